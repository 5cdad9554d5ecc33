"""Valid HTML: the Nu Html Checker (vnu, from npm `vnu-jar`, run with Java 17) over every page.

Errors fail the gate; warnings are listed. vnu runs once over all pages (a JVM start costs seconds).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from . import Report
from .site import html_pages, lang_of

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# vnu checks files as file: URLs, where CSP 'self' matches nothing, so it calls every same-site stylesheet
# and script "blocked". Browsers load them; the safety gate checks the CSP against inline scripts itself.
_FILE_URL_ARTEFACT = "Resource violates Content Security Policy"
# vnu also counts JSON data blocks as inline scripts a CSP blocks; browsers never run them, so nothing is blocked.
_DATA_BLOCK = ("Inline script violates Content Security Policy", 'type="application/json"')


def check(site: Path) -> Report:
    report = Report("html")
    pages = html_pages(site)
    if not VNU_JAR.is_file():
        report.add("-", "-", "vnu-missing", f"{VNU_JAR} not found: run `npm ci` (package.json pins vnu-jar)")
        return report
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always", *(str(site / p) for p in pages)],
        capture_output=True, text=True)
    try:
        messages = json.loads(result.stderr or "{}").get("messages", [])
    except json.JSONDecodeError:
        report.add("-", "-", "vnu-failed", f"vnu printed no JSON: {result.stderr[:500]}")
        return report
    prefix = site.resolve().as_uri().removeprefix("file://")
    for m in messages:
        page = m.get("url", "").removeprefix("file:").removeprefix(prefix).lstrip("/") or "-"
        if _FILE_URL_ARTEFACT in m.get("message", "") or all(t in m.get("message", "") + m.get("extract", "")
                                                               for t in _DATA_BLOCK):
            continue
        severity = "error" if m["type"] in ("error", "non-document-error") or m.get("subType") == "fatal" else "warning"
        where = f"line {m['lastLine']}: " if "lastLine" in m else ""
        extract = " ".join(m.get("extract", "").split())[:120]
        report.add(page, lang_of(page), "vnu", f"{where}{m['message']}" + (f" [{extract}]" if extract else ""), severity)
    report.figures.append(f"{len(pages)} pages checked: {len(report.errors)} errors, "
                          f"{len(report.problems) - len(report.errors)} warnings")
    return report
