"""Lighthouse (pinned 12.2.3, the last line that runs on Node 20, mobile settings) on the home and checker pages.

Gated, as the median of RUNS runs (single runs are noisy on shared 2-core machines): accessibility 1.0 and best
practices at least 0.95 on both pages; on the checker page, performance at least 0.90 and a cumulative layout
shift below 0.1 (the form's room is laid out before first paint). The home page's performance is reported.

Lighthouse loads the site from `compressed_server`: text compressed with gzip over HTTP/1.1 keep-alive, as
static hosts send it (GitHub and GitLab Pages, Netlify, Cloudflare). A plain static server sends Material's
138 kB stylesheet uncompressed, which alone costs the simulated phone about a second before first paint.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import json
import os
import statistics
import subprocess
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path

from . import Report
from .browser import CHROMIUM
from .site import lang_of, url_path

ROOT = Path(__file__).resolve().parents[2]
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking"
PAGES = ("index.html", "checker/index.html")
MINIMUM = {"accessibility": 1.0, "best-practices": 0.95}
#: Page-specific minimum scores, on top of MINIMUM.
PAGE_MINIMUM = {"checker/index.html": {"performance": 0.90}}
#: Largest median cumulative layout shift allowed per page.
MAX_LAYOUT_SHIFT = {"checker/index.html": 0.1}
RUNS = 3
CATEGORIES = ("performance", "accessibility", "best-practices")
COMPRESSED_TYPES = ("text/", "application/json", "application/javascript", "image/svg+xml")


class _CompressingHandler(http.server.SimpleHTTPRequestHandler):
    """Static files; text gzip-compressed when the browser accepts it; keep-alive connections."""

    protocol_version = "HTTP/1.1"
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".mjs": "text/javascript", ".wasm": "application/wasm", ".json": "application/json"}

    def log_message(self, *args):
        pass

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path) and self.path.split("?", 1)[0].endswith("/"):
            path = os.path.join(path, "index.html")
        kind = self.guess_type(path)
        if not (os.path.isfile(path) and kind.startswith(COMPRESSED_TYPES)
                and "gzip" in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        with open(path, "rb") as handle:
            body = gzip.compress(handle.read(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)


@contextmanager
def compressed_server(site: Path):
    """Serve `site` on loopback as a compressing host does; yields the base URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_CompressingHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()


def run_once(url: str) -> dict:
    """One Lighthouse run; the parsed JSON report."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        result = subprocess.run(
            [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out}",
             f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={FLAGS}"],
            env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True, timeout=240)
        if result.returncode != 0 or not out.is_file():
            raise RuntimeError(f"lighthouse failed on {url}: {result.stderr[-800:]}")
        return json.loads(out.read_text(encoding="utf-8"))


def failing_audits(lhr: dict, category: str) -> list[str]:
    audits = lhr["audits"]
    return [f"{ref['id']}: {audits[ref['id']]['title']}" for ref in lhr["categories"][category]["auditRefs"]
            if ref.get("weight") and audits[ref["id"]].get("score") is not None and audits[ref["id"]]["score"] < 1]


def _layout_shift(lhr: dict) -> float:
    return lhr["audits"]["cumulative-layout-shift"]["numericValue"]


def check(base_url: str, pages=PAGES, runs: int = RUNS) -> Report:
    report = Report("lighthouse")
    for page in pages:
        lhrs = [run_once(base_url + url_path(page)) for _ in range(runs)]
        scores = {c: statistics.median(l["categories"][c]["score"] or 0 for l in lhrs) for c in CATEGORIES}
        shift = statistics.median(_layout_shift(l) for l in lhrs)
        each = "/".join(f"{l['categories']['performance']['score'] or 0:.2f}" for l in lhrs)
        report.figures.append(f"{page}: " + ", ".join(f"{c} {s:.2f}" for c, s in scores.items())
                              + f", layout shift {shift:.3f} (median of {runs}; performance {each})")
        for category, minimum in {**MINIMUM, **PAGE_MINIMUM.get(page, {})}.items():
            if scores[category] < minimum:
                median_run = sorted(lhrs, key=lambda l: l["categories"][category]["score"] or 0)[runs // 2]
                report.add(page, lang_of(page), f"lighthouse:{category}",
                           f"median score {scores[category]:.2f} < {minimum}; failing audits: "
                           + "; ".join(failing_audits(median_run, category)))
        if page in MAX_LAYOUT_SHIFT and shift >= MAX_LAYOUT_SHIFT[page]:
            report.add(page, lang_of(page), "lighthouse:layout-shift",
                       f"median cumulative layout shift {shift:.3f} >= {MAX_LAYOUT_SHIFT[page]}")
    return report
