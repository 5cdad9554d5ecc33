"""The browser checker's cost, measured in Chromium against a bare Pyodide page, in interleaved pairs.

Each pair loads the checker page (navigation -> first verdict) and a bare page that starts the same
Pyodide the stock way (its full `python_stdlib.zip`, `loadPyodide({indexURL})`, one line of Python) in
a module worker: every visit in a fresh browser profile, served by the site's own server (precompressed
files, caching headers: cove_site/site/serve.py). Figures are medians of the paired ratios with their
range, so drift in the machine's load cancels out:

- cold: checker / bare, both first visits;
- warm: the checker's second visit in the same profile (browser restarted, HTTP cache and Chromium's
  compiled-WebAssembly cache kept) / the pair's bare cold visit; with `--wasm-cache`, also a third visit
  after deleting only the compiled-wasm cache, to see what that cache is worth (third / second);
- throttled: cold pairs again under Chromium's network emulation, 20 Mbit/s down, 40 ms latency;
- the checker page's transfer (brotli: each file's .br sibling, or its brotli size when the server sends
  it plain) and the runtime bytes of content pages (should be 0);
- checks of a 2,000-organisation partnership in the checker's own worker, once the page has given its first
  verdict: the first, and the median of the 20 later ones.

Run: `python bench/bench_browser.py [PAIRS] [--wasm-cache]` (default 15 pairs). Prints a table; writes bench/results/browser.json.
Budgets (issue 15): cold <= 0.5, warm <= 0.35, transfer <= 4.6 MB, content pages 0, later checks <= 25 ms.
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import brotli
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_engine import SIZE, partnership  # noqa: E402
from cove_site.build import build_site  # noqa: E402
from cove_site.runtime import RUNTIME_FILES, pyodide_package_dir  # noqa: E402
from cove_site.site.precompress import precompress_tree  # noqa: E402
from cove_site.site.serve import start_server  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
RESULTS = ROOT / "bench" / "results" / "browser.json"
TIMEOUT_MS = 180_000
# Checks of the 2,000-organisation partnership in one worker: the first, then 20 "later checks" (a reader editing the
# form re-checks on every change; the first few still run while the JIT warms up, so 6 were too few to tell).
CHECKS = 21
THROTTLE = {"offline": False, "latency": 40, "downloadThroughput": 20_000_000 / 8, "uploadThroughput": 20_000_000 / 8}
CHECKER = ("checker/", "#cove-result[data-state=verdict], #cove-result[data-state=empty]")  # the first answer of the engine
BARE = ("bench-bare/", "#out[data-done]")
CONTENT_PAGES = ("", "participation/", "en/funding/", "fr/")

BARE_HTML = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bare</title>
<script type="module" src="bare.mjs"></script></head><body><p id="out">loading</p></body></html>"""
BARE_MJS = """const worker = new Worker(new URL("bare-worker.mjs", import.meta.url), {type: "module"});
worker.onmessage = (e) => { const out = document.getElementById("out"); out.textContent = e.data; out.dataset.done = ""; };
"""
BARE_WORKER = """import {loadPyodide} from "./pyodide/pyodide.mjs";
const py = await loadPyodide({indexURL: new URL("./pyodide/", import.meta.url).href});
self.postMessage(String(py.runPython("1 + 1")));
"""
# Drives the site's own worker.mjs, with the URLs of the checker page's config, as the page does.
CHECK_IN_WORKER = """async ([doc, runs]) => {
  const config = JSON.parse(document.getElementById("cove-checker-config").textContent);
  const url = (u) => new URL(u, document.baseURI).href;
  const worker = new Worker(url(config.urls.worker), {type: "module"});
  const next = () => new Promise((resolve) => worker.addEventListener("message", function on(e) {
    if (e.data.type === "progress") return;
    worker.removeEventListener("message", on); resolve(e.data); }));
  worker.postMessage({type: "load", runtimeURL: url(config.urls.runtime), stdlibURL: url(config.urls.stdlib),
                      lockURL: url(config.urls.lock), rulesURL: url(config.urls.rules), enginePackage: config.engine_package});
  const ready = await next();
  if (ready.type !== "ready") throw new Error(JSON.stringify(ready));
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    worker.postMessage({type: "check", id: i + 1, partnership: doc, lang: "nl", call: null});
    const answer = await next();
    if (answer.type !== "result" || !answer.result.findings) throw new Error(JSON.stringify(answer).slice(0, 300));
    times.push(performance.now() - start);
  }
  worker.terminate();
  return times;
}"""


def prepare_site(work: Path, server) -> tuple[str, Path]:
    """Build the site for the server's address and add the bare page with stock Pyodide files."""
    site = work / "site"
    base = f"http://127.0.0.1:{server.server_port}/"
    result = build_site(site, ROOT / "mkdocs.yml", env={"SITE_URL": base})
    if result.returncode:
        sys.exit(result.stderr[-3000:])
    bare = site / "bench-bare"
    (bare / "pyodide").mkdir(parents=True)
    for name in (*RUNTIME_FILES, "python_stdlib.zip", "pyodide-lock.json"):
        shutil.copyfile(pyodide_package_dir(ROOT) / name, bare / "pyodide" / name)
    precompress_tree([bare / "pyodide"], ROOT / "node_modules" / ".cache" / "cove-runtime" / "compressed")
    (bare / "index.html").write_text(BARE_HTML, encoding="utf-8")
    (bare / "bare.mjs").write_text(BARE_MJS, encoding="utf-8")
    (bare / "bare-worker.mjs").write_text(BARE_WORKER, encoding="utf-8")
    return base, site


class Profile:
    """A browser profile on disk; each `visit` starts Chromium on it, loads one page, and closes it."""

    def __init__(self, playwright, root: Path, throttle: bool = False):
        self.playwright, self.dir, self.throttle = playwright, Path(tempfile.mkdtemp(dir=root)), throttle

    def visit(self, url: str, selector: str, settle_ms: int = 0) -> dict:
        context = self.playwright.chromium.launch_persistent_context(
            str(self.dir), executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            page = context.new_page()
            fetched = []
            context.on("requestfinished", lambda request: fetched.append(request))
            if self.throttle:
                cdp = context.new_cdp_session(page)
                cdp.send("Network.enable")
                cdp.send("Network.emulateNetworkConditions", THROTTLE)
            start = time.perf_counter()
            page.goto(url, timeout=TIMEOUT_MS)  # a loaded machine under throttling can take over 30 s
            page.wait_for_selector(selector, state="attached", timeout=TIMEOUT_MS)
            seconds = time.perf_counter() - start
            page.wait_for_timeout(settle_ms)  # a first visit lets Chromium write its caches (wasm: after tier-up)
            return {"seconds": seconds, "urls": [r.url for r in fetched]}
        finally:
            context.close()

    def forget_compiled_wasm(self) -> None:
        shutil.rmtree(self.dir / "Default" / "Code Cache" / "wasm", ignore_errors=True)


def paired(ratios: list[float]) -> dict:
    return {"median": round(statistics.median(ratios), 3), "min": round(min(ratios), 3), "max": round(max(ratios), 3),
            "all": [round(r, 3) for r in ratios]}


def brotli_bytes(urls: list[str], base: str, site: Path) -> tuple[int, int]:
    """(files, brotli bytes) of the site files behind `urls`: the .br sibling if any, else brotli q11."""
    files = set()
    for url in urls:
        if url.startswith(base):
            path = site / urlsplit(url).path.removeprefix(urlsplit(base).path)
            path = path / "index.html" if path.is_dir() else path
            if path.is_file():
                files.add(path)
    total = 0
    for path in files:
        sibling = path.with_name(path.name + ".br")
        total += sibling.stat().st_size if sibling.is_file() else len(brotli.compress(path.read_bytes(), quality=11))
    return len(files), total


def runtime_bytes(urls: list[str], base: str, site: Path) -> int:
    return brotli_bytes([u for u in urls if "/assets/pyodide/" in u or "/assets/checker/" in u], base, site)[1]


def main(pairs: int = 15, wasm_cache: bool = False) -> dict:
    with tempfile.TemporaryDirectory(prefix="cove-bench-") as tmp, sync_playwright() as playwright:
        work = Path(tmp)
        server = start_server(work / "site")
        base, site = prepare_site(work, server)
        checker_url = base + CHECKER[0]
        cold, warm, code_cache, throttled, rows = [], [], [], [], []
        checker_urls: list[str] = []
        for n in range(pairs):
            checker, bare = Profile(playwright, work), Profile(playwright, work)
            order = [(checker, CHECKER), (bare, BARE)]
            times = {}
            for profile, (path, selector) in order if n % 2 == 0 else order[::-1]:
                visit = profile.visit(base + path, selector, 2500 if profile is checker else 0)
                times[path] = visit["seconds"]
                if profile is checker:
                    checker_urls = visit["urls"]
            second = checker.visit(checker_url, CHECKER[1])["seconds"]
            cold.append(times[CHECKER[0]] / times[BARE[0]])
            warm.append(second / times[BARE[0]])
            rows.append({"checker_cold_s": round(times[CHECKER[0]], 3), "bare_cold_s": round(times[BARE[0]], 3),
                         "checker_second_s": round(second, 3)})
            if wasm_cache:  # a third visit with only the compiled-wasm cache deleted
                checker.forget_compiled_wasm()
                third = checker.visit(checker_url, CHECKER[1])["seconds"]
                code_cache.append(third / second)
                rows[-1]["checker_second_without_wasm_cache_s"] = round(third, 3)
            print(f"pair {n + 1:2}: " + ", ".join(f"{k} {v:5.2f}" for k, v in rows[-1].items()), flush=True)
        throttled_rows = []
        for n in range(pairs):
            times = {}
            order = [CHECKER, BARE]
            for path, selector in order if n % 2 == 0 else order[::-1]:
                times[path] = Profile(playwright, work, throttle=True).visit(base + path, selector)["seconds"]
            throttled.append(times[CHECKER[0]] / times[BARE[0]])
            throttled_rows.append({"checker_s": round(times[CHECKER[0]], 3), "bare_s": round(times[BARE[0]], 3)})
            print(f"throttled pair {n + 1:2}: checker {times[CHECKER[0]]:5.2f} s, bare {times[BARE[0]]:5.2f} s", flush=True)
        content = {path: runtime_bytes(Profile(playwright, work).visit(base + path, "body")["urls"], base, site)
                   for path in CONTENT_PAGES}
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--headless", *CHROMIUM_ARGS])
        page = browser.new_page()
        page.goto(checker_url)
        page.wait_for_selector(CHECKER[1], state="attached", timeout=TIMEOUT_MS)  # the page's own worker is done starting
        check_ms = page.evaluate(CHECK_IN_WORKER, [partnership(), CHECKS])
        browser.close()
        files, transfer = brotli_bytes(checker_urls, base, site)
        server.shutdown()
    results = {
        "pairs": pairs,
        "cold_checker_over_bare": paired(cold),
        "warm_checker_second_visit_over_bare_cold": paired(warm),
        **({"second_visit_without_compiled_wasm_cache_over_with": paired(code_cache)} if code_cache else {}),
        "throttled_20mbit_40ms_cold_checker_over_bare": paired(throttled),
        "median_seconds": {key: round(statistics.median(r[key] for r in rows), 3) for key in rows[0]}
        | {f"throttled_{key}": round(statistics.median(r[key] for r in throttled_rows), 3) for key in throttled_rows[0]},
        "checker_page_transfer": {"files": files, "brotli_bytes": transfer},
        "content_pages_runtime_bytes": content,
        f"check_{SIZE}_orgs_ms": {"first": round(check_ms[0], 1), "median_later": round(statistics.median(check_ms[1:]), 1)},
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print_table(results)
    return results


def print_table(r: dict) -> None:
    def ratio(key: str) -> str:
        return f"{r[key]['median']:.2f}x ({r[key]['min']:.2f}-{r[key]['max']:.2f})"

    seconds = r["median_seconds"]
    rows = [
        ("cold: checker first verdict / bare Pyodide start", ratio("cold_checker_over_bare") + "  budget <= 0.5"),
        ("warm: checker second visit / bare cold", ratio("warm_checker_second_visit_over_bare_cold") + "  budget <= 0.35"),
        *([("second visit without compiled-wasm cache / with", ratio("second_visit_without_compiled_wasm_cache_over_with"))]
          if "second_visit_without_compiled_wasm_cache_over_with" in r else []),
        ("throttled 20 Mbit/s 40 ms: checker / bare (cold)", ratio("throttled_20mbit_40ms_cold_checker_over_bare")),
        ("median seconds: checker cold / second visit / bare cold",
         f"{seconds['checker_cold_s']:.2f} / {seconds['checker_second_s']:.2f} / {seconds['bare_cold_s']:.2f} s"),
        ("median seconds throttled: checker / bare", f"{seconds['throttled_checker_s']:.2f} / {seconds['throttled_bare_s']:.2f} s"),
        ("checker page transfer, brotli", f"{r['checker_page_transfer']['brotli_bytes'] / 1e6:.2f} MB in "
         f"{r['checker_page_transfer']['files']} files  budget <= 4.6 MB"),
        ("content pages, runtime bytes", ", ".join(f"/{p}: {b}" for p, b in r["content_pages_runtime_bytes"].items())),
        (f"one check, {SIZE} organisations (first / median later)",
         f"{r[f'check_{SIZE}_orgs_ms']['first']:.1f} / {r[f'check_{SIZE}_orgs_ms']['median_later']:.1f} ms  budget <= 25 ms"),
    ]
    width = max(len(name) for name, _ in rows)
    print(f"\nChromium, loopback via cove_site.site.serve, {r['pairs']} interleaved pairs (median of paired ratios, min-max)")
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--wasm-cache"]
    main(int(arguments[0]) if arguments else 15, wasm_cache="--wasm-cache" in sys.argv)
