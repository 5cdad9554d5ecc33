"""The site's build next to a plain Material build of the same rendered pages, in interleaved pairs.

First the real build runs once with a hook that saves every page's Markdown as the cove plugin rendered
it (front matter kept, less the checker's template). Then, pair after pair, alternating which goes
first: `mkdocs build --strict` of the real site (cove plugin, overrides, i18n, search, runtime staging
from a warm cache), and of the saved pages with the same theme, i18n and search but no cove plugin and
no overrides. Each figure is the median of the paired ratios, with their range, for wall time and for
CPU time (user+sys of the build process: less sensitive to other work on a shared machine).
Budget (issue 15): build / plain <= 1.1.

Run: `python bench/bench_build.py [PAIRS]` (default 7). Prints figures only; no test times anything.
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


def main(pairs: int = 7) -> None:
    with tempfile.TemporaryDirectory(prefix="cove-bench-build-") as tmp:
        work = Path(tmp)
        plain = plain_config(work)
        pages = len(list((work / "rendered").rglob("*.md")))
        run_build(ROOT / "mkdocs.yml", work / "site")  # warm: runtime cache, bytecode of both stacks
        wall, cpu, site_s, plain_s = [], [], [], []
        for n in range(pairs):
            order = [("site", ROOT / "mkdocs.yml"), ("plain", plain)]
            times = {}
            for name, config in order if n % 2 == 0 else order[::-1]:
                times[name] = run_build(config, work / name)
            site_s.append(times["site"])
            plain_s.append(times["plain"])
            wall.append(times["site"][0] / times["plain"][0])
            cpu.append(times["site"][1] / times["plain"][1])
    median = statistics.median
    rows = [("site build", f"wall {median(s[0] for s in site_s):.2f} s, cpu {median(s[1] for s in site_s):.2f} s"),
            ("plain build", f"wall {median(s[0] for s in plain_s):.2f} s, cpu {median(s[1] for s in plain_s):.2f} s"),
            ("ratio site / plain, wall", f"{median(wall):.2f}x ({min(wall):.2f}-{max(wall):.2f})"),
            ("ratio site / plain, cpu", f"{median(cpu):.2f}x ({min(cpu):.2f}-{max(cpu):.2f}); budget <= 1.1")]
    print(f"{pages} rendered pages; {pairs} interleaved pairs (median, min-max)")
    print("\n".join(f"{name + ':':<26}{value}" for name, value in rows))

if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
