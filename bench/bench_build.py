"""The site's build next to a plain Material build of the same rendered pages, in interleaved rounds.

First the real build runs once with a hook that saves every page's Markdown as the cove plugin rendered
it (front matter kept, less the checker's template). Then, round after round, rotating which goes
first: `mkdocs build --strict` of the real site as a maintainer rebuilds it (cove plugin, overrides,
i18n, search, runtime staging, with the build cache of earlier builds: cove_site/site/build_cache.py),
the same build with the cache off (`COVE_BUILD_CACHE=off`: every page rendered, checked and typeset
again, as in a fresh clone), and the saved pages with the same theme, i18n and search but no cove plugin
and no overrides. Each figure is the median of the per-round ratios, with their range, for wall time and
for CPU time (user+sys of the build process: less sensitive to other work on a shared machine).
Budget (issue 15): build / plain <= 1.1 (the build with its cache; the one without is printed too).

Run: `python bench/bench_build.py [ROUNDS]` (default 7). Prints figures only; no test times anything.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent

DUMP_HOOK = '''
import os, yaml
from pathlib import Path
OUT = Path(os.environ["COVE_BENCH_DUMP"])

def on_page_markdown(markdown, page, config, files):
    meta = {k: v for k, v in page.meta.items() if k != "template"}
    target = OUT / page.file.src_uri
    target.parent.mkdir(parents=True, exist_ok=True)
    front = "---\\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\\n\\n" if meta else ""
    target.write_text(front + markdown, encoding="utf-8")
    return markdown
'''


def run_build(config: Path, site: Path, env: dict | None = None) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one `mkdocs build --strict` into a fresh folder."""
    shutil.rmtree(site, ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config),
                           "--site-dir", str(site)], capture_output=True, text=True,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        sys.exit(f"{config} did not build:\n{done.stderr[-3000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml as data: `!ENV [NAME, default]` gives the default."""


_ConfigLoader.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1])


def plain_config(work: Path) -> Path:
    """Dump the rendered pages once and write a Material config that builds them without the plugin."""
    real = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader)
    dump = work / "rendered"
    hook = work / "dump_hook.py"
    hook.write_text(DUMP_HOOK, encoding="utf-8")
    dumping = {**real, "docs_dir": str(ROOT / "docs"), "hooks": [str(hook)],
               "theme": {**real["theme"], "custom_dir": str(ROOT / "overrides")},
               "plugins": [{"cove": {"data_dir": str(ROOT / "data"), "browser_checker": False}} if isinstance(p, dict) and "cove" in p else p
                           for p in real["plugins"]]}
    dumping.pop("watch", None)
    (work / "dump.yml").write_text(yaml.safe_dump(dumping, allow_unicode=True), encoding="utf-8")
    run_build(work / "dump.yml", work / "dump-site", {"COVE_BENCH_DUMP": str(dump)})
    for asset in (ROOT / "docs").rglob("*"):  # stylesheets and scripts the config names
        if asset.is_file() and asset.suffix != ".md":
            target = dump / asset.relative_to(ROOT / "docs")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(asset, target)
    plain = {**real, "docs_dir": str(dump), "theme": {k: v for k, v in real["theme"].items() if k != "custom_dir"},
             "plugins": [p for p in real["plugins"] if not (isinstance(p, dict) and "cove" in p)]}
    plain.pop("watch", None)
    (work / "plain.yml").write_text(yaml.safe_dump(plain, allow_unicode=True), encoding="utf-8")
    return work / "plain.yml"


def main(rounds: int = 7) -> None:
    with tempfile.TemporaryDirectory(prefix="cove-bench-build-") as tmp:
        work = Path(tmp)
        plain = plain_config(work)
        pages = len(list((work / "rendered").rglob("*.md")))
        run_build(ROOT / "mkdocs.yml", work / "site")  # warm: runtime and build caches, bytecode of both stacks
        builds = [("site", ROOT / "mkdocs.yml", None), ("uncached", ROOT / "mkdocs.yml", {"COVE_BUILD_CACHE": "off"}),
                  ("plain", plain, None)]
        times = {name: [] for name, _, _ in builds}
        for n in range(rounds):
            for name, config, env in builds[n % 3:] + builds[:n % 3]:
                times[name].append(run_build(config, work / name, env))
    median = statistics.median

    def ratio(name: str, at: int) -> str:
        r = [a[at] / b[at] for a, b in zip(times[name], times["plain"])]
        return f"{median(r):.2f}x ({min(r):.2f}-{max(r):.2f})"

    rows = [(f"{label}", f"wall {median(t[0] for t in times[name]):.2f} s, cpu {median(t[1] for t in times[name]):.2f} s")
            for name, label in (("site", "site build"), ("uncached", "site build, no cache"), ("plain", "plain build"))]
    rows += [("site / plain, cpu", f"{ratio('site', 1)}; budget <= 1.1"), ("site / plain, wall", ratio("site", 0)),
             ("no cache / plain, cpu", ratio("uncached", 1)), ("no cache / plain, wall", ratio("uncached", 0))]
    print(f"{pages} rendered pages; {rounds} interleaved rounds (median, min-max)")
    print("\n".join(f"{name + ':':<26}{value}" for name, value in rows))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
