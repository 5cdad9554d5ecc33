"""Lighthouse (pinned 12.2.3, the last line that runs on Node 20) on the home and checker pages:
accessibility must score 1.0 and best practices at least 0.95, as the median of 3 runs (single runs are
noisy); performance is reported, not gated (it measures this machine as much as the site).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import tempfile
from pathlib import Path

from . import Report
from .browser import CHROMIUM
from .site import lang_of, url_path

ROOT = Path(__file__).resolve().parents[2]
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking"
PAGES = ("index.html", "checker/index.html")
MINIMUM = {"accessibility": 1.0, "best-practices": 0.95}
RUNS = 3


def run_once(url: str) -> dict:
    """One Lighthouse run; the parsed JSON report."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        result = subprocess.run(
            [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out}",
             "--only-categories=performance,accessibility,best-practices", f"--chrome-flags={FLAGS}"],
            env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True, timeout=240)
        if result.returncode != 0 or not out.is_file():
            raise RuntimeError(f"lighthouse failed on {url}: {result.stderr[-800:]}")
        return json.loads(out.read_text(encoding="utf-8"))


def failing_audits(lhr: dict, category: str) -> list[str]:
    audits = lhr["audits"]
    return [f"{ref['id']}: {audits[ref['id']]['title']}" for ref in lhr["categories"][category]["auditRefs"]
            if ref.get("weight") and audits[ref["id"]].get("score") is not None and audits[ref["id"]]["score"] < 1]


def check(base_url: str, pages=PAGES, runs: int = RUNS) -> Report:
    report = Report("lighthouse")
    for page in pages:
        lhrs = [run_once(base_url + url_path(page)) for _ in range(runs)]
        scores = {c: statistics.median(l["categories"][c]["score"] or 0 for l in lhrs)
                  for c in ("performance", "accessibility", "best-practices")}
        report.figures.append(f"{page}: " + ", ".join(f"{c} {s:.2f}" for c, s in scores.items()) + f" (median of {runs})")
        for category, minimum in MINIMUM.items():
            if scores[category] < minimum:
                median_run = sorted(lhrs, key=lambda l: l["categories"][category]["score"] or 0)[runs // 2]
                report.add(page, lang_of(page), f"lighthouse:{category}",
                           f"median score {scores[category]:.2f} < {minimum}; failing audits: "
                           + "; ".join(failing_audits(median_run, category)))
    return report
