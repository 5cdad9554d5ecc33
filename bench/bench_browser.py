"""The browser checker's cost, measured in one Chromium run on loopback (a figure, not a test).

- cold time from navigation to the first verdict on the checker page, against a bare page that
  loads the same Pyodide files in a module worker and runs one line of Python (ratio, medians);
- bytes the checker page and the home page transfer (the server here does not compress, so the
  gzip figure is what a compressing server would send for the same files);
- time of one check of the 2,000-organisation partnership (bench_engine.py's) inside the browser.

Run: `python bench/bench_browser.py [RUNS]`. Prints a table; writes bench/results/browser.json.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_engine import SIZE, partnership  # noqa: E402
from cove_site.build import build_site  # noqa: E402
from cove_site.runtime import pyodide_version  # noqa: E402

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
RESULTS = ROOT / "bench" / "results" / "browser.json"
TIMEOUT_MS = 120_000

BARE_HTML = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bare</title>
<script type="module" src="bare.mjs"></script></head><body><p id="out">loading</p></body></html>"""
# One line of Python in the same kind of module worker the checker uses, from the same files.
BARE_MJS = """const worker = new Worker(new URL("bare-worker.mjs", import.meta.url), {type: "module"});
worker.onmessage = (e) => { const out = document.getElementById("out"); out.textContent = e.data; out.dataset.done = ""; };
"""
BARE_WORKER = """import {loadPyodide} from "./assets/pyodide/%s/pyodide.mjs";
const py = await loadPyodide({indexURL: new URL("./assets/pyodide/%s/", import.meta.url).href});
self.postMessage(String(py.runPython("1 + 1")));
"""
# Drives the site's own worker.mjs with the protocol the checker page uses.
CHECK_IN_WORKER = """async ([doc, runs]) => {
  const base = new URL("./", location.href);
  const worker = new Worker(new URL("assets/checker/worker.mjs", base), {type: "module"});
  const next = () => new Promise((resolve) => worker.addEventListener("message", function on(e) {
    if (e.data.type === "progress") return;
    worker.removeEventListener("message", on); resolve(e.data); }));
  worker.postMessage({type: "load", runtimeURL: new URL("assets/pyodide/%s/", base).href,
                      rulesURL: new URL("assets/checker/rules.json", base).href, enginePackage: "cove-engine"});
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


class _Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".mjs": "text/javascript", ".wasm": "application/wasm"}

    def log_message(self, *args):
        pass


def serve_site(work: Path) -> tuple[http.server.ThreadingHTTPServer, str, Path]:
    site = work / "site"
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Handler, directory=str(site)))
    base = f"http://127.0.0.1:{server.server_port}/"
    result = build_site(site, ROOT / "mkdocs.yml", env={"SITE_URL": base})
    if result.returncode:
        sys.exit(result.stderr[-3000:])
    version = pyodide_version(ROOT)
    (site / "bare.html").write_text(BARE_HTML, encoding="utf-8")
    (site / "bare.mjs").write_text(BARE_MJS, encoding="utf-8")
    (site / "bare-worker.mjs").write_text(BARE_WORKER % (version, version), encoding="utf-8")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, base, site


def cold_load(browser, url: str, selector: str, site: Path, base: str) -> dict:
    """One cold visit in a fresh context (empty cache): seconds to `selector`, bytes fetched."""
    context = browser.new_context()
    page = context.new_page()
    fetched: list[str] = []
    context.on("requestfinished", lambda request: fetched.append(request.url))
    start = time.perf_counter()
    page.goto(url)
    page.wait_for_selector(selector, state="attached", timeout=TIMEOUT_MS)
    seconds = time.perf_counter() - start
    page.wait_for_load_state("networkidle")
    context.close()
    files = [site / urlsplit(u).path.removeprefix(urlsplit(base).path).lstrip("/") for u in fetched if u.startswith(base)]
    files = [f / "index.html" if f.is_dir() else f for f in files]
    raw = sum(f.stat().st_size for f in files if f.is_file())
    zipped = sum(len(gzip.compress(f.read_bytes(), 6)) for f in files if f.is_file())
    return {"seconds": seconds, "requests": len(fetched), "bytes": raw, "gzip_bytes": zipped}


def main(runs: int = 5) -> dict:
    with tempfile.TemporaryDirectory(prefix="cove-bench-") as tmp, sync_playwright() as playwright:
        server, base, site = serve_site(Path(tmp))
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        checker, bare = [], []
        for _ in range(runs):  # interleaved, so drift in machine load hits both alike
            checker.append(cold_load(browser, base + "checker/", "#cove-result[data-state=verdict]", site, base))
            bare.append(cold_load(browser, base + "bare.html", "#out[data-done]", site, base))
        home = cold_load(browser, base, "body", site, base)
        page = browser.new_page()
        page.goto(base + "bare.html")
        check_ms = page.evaluate(CHECK_IN_WORKER % pyodide_version(ROOT), [partnership(), 5])
        browser.close()
        server.shutdown()
    checker_s = statistics.median(r["seconds"] for r in checker)
    bare_s = statistics.median(r["seconds"] for r in bare)
    results = {
        "runs": runs,
        "chromium_first_verdict_s": round(checker_s, 3),
        "bare_pyodide_one_line_s": round(bare_s, 3),
        "ratio_checker_to_bare": round(checker_s / bare_s, 3),
        "checker_page": {k: checker[0][k] for k in ("requests", "bytes", "gzip_bytes")},
        "home_page": {k: home[k] for k in ("requests", "bytes", "gzip_bytes")},
        f"check_{SIZE}_orgs_ms": {"first": round(check_ms[0], 1), "median_next": round(statistics.median(check_ms[1:]), 1)},
        "all_runs_s": {"checker": [round(r["seconds"], 3) for r in checker], "bare": [round(r["seconds"], 3) for r in bare]},
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print_table(results)
    return results


def print_table(r: dict) -> None:
    kib = 1024
    rows = [
        ("cold navigation -> first verdict (checker)", f"{r['chromium_first_verdict_s']:.2f} s"),
        ("cold bare Pyodide + one line of Python", f"{r['bare_pyodide_one_line_s']:.2f} s"),
        ("ratio checker / bare", f"{r['ratio_checker_to_bare']:.2f}x"),
        ("checker page: requests / raw / gzip", f"{r['checker_page']['requests']} / {r['checker_page']['bytes'] / kib:,.0f} KiB / {r['checker_page']['gzip_bytes'] / kib:,.0f} KiB"),
        ("home page: requests / raw / gzip", f"{r['home_page']['requests']} / {r['home_page']['bytes'] / kib:,.0f} KiB / {r['home_page']['gzip_bytes'] / kib:,.0f} KiB"),
        (f"one check, {SIZE} organisations (first / median)", f"{r[f'check_{SIZE}_orgs_ms']['first']:.1f} / {r[f'check_{SIZE}_orgs_ms']['median_next']:.1f} ms"),
    ]
    width = max(len(name) for name, _ in rows)
    print(f"Chromium, loopback, median of {r['runs']} cold runs")
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
