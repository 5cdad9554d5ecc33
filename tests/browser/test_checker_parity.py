"""Every case opened as a share link gives the CLI's answer: same verdict, same status for every finding
(or, for invalid input, the same error paths). One page load; cases arrive through `hashchange`. The table
cases, the rule-breakers and the funded consortia all take part."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from pathlib import Path

from checker_helpers import checker_url, statuses, wait_for_result

ROOT = Path(__file__).resolve().parents[2]
CASES = {p.stem: json.loads(p.read_text(encoding="utf-8"))
         for folder in ("", "rule-breakers", "real-funded")
         for p in sorted((ROOT / "tests" / "cases" / folder).glob("*.json"))}
# A share link carries the document only; a case that overrides the year (`call` beside the
# document, like `--call`) has no link form.
LINKABLE = {name: case["partnership"] for name, case in CASES.items() if "partnership" in case and "call" not in case}


def cli_answer(doc, tmp_path: Path, lang: str) -> dict:
    path = tmp_path / "partnership.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "cove_site.cli", "check", str(path), "--format", "json", "--lang", lang],
                          capture_output=True, text=True, cwd=ROOT, check=False)
    assert done.returncode in (0, 1, 2, 3), done.stderr
    return json.loads(done.stdout)


def share_hash(doc) -> str:
    return "#p=" + base64.urlsafe_b64encode(json.dumps(doc).encode("utf-8")).decode().rstrip("=")


def browser_answer(page, doc) -> dict:
    page.evaluate("document.getElementById('cove-result').dataset.state = 'pending'")
    page.evaluate("h => { location.hash = h; }", share_hash(doc))
    if not isinstance(doc, dict):  # not a partnership at all: the page says so and keeps the form
        page.wait_for_selector("[data-cove-notice]:not([hidden])", state="attached")
        return {"errors": "not-a-partnership"}
    state = wait_for_result(page, ("verdict", "incomplete", "empty"))
    if state == "empty":
        return {"empty": True}
    if state == "incomplete":
        paths = page.eval_on_selector_all("#cove-error-summary li", "els => els.map(e => e.dataset.path)")
        return {"errors": paths}
    return {"verdict": page.get_attribute("#cove-result", "data-verdict"), "status": statuses(page)}


def comparable(cli: dict, doc) -> dict:
    if "errors" in cli:
        return {"errors": "not-a-partnership" if not isinstance(doc, dict) else [e["path"] for e in cli["errors"]]}
    if isinstance(doc, dict) and doc.get("organisations") == []:
        return {"empty": True}  # the page asks for organisations instead of showing a verdict
    return {"verdict": cli["verdict"], "status": {f["rule"]: f["status"] for f in cli["findings"]}}


def test_every_linkable_case_gives_the_cli_verdict(watched, served, tmp_path):
    assert len(LINKABLE) >= 60
    page = watched.page
    page.goto(checker_url(served, "en"))
    wait_for_result(page)
    mismatches = {}
    for name, doc in LINKABLE.items():
        expected = comparable(cli_answer(doc, tmp_path, "en"), doc)
        got = browser_answer(page, doc)
        if got != expected:
            mismatches[name] = {"cli": expected, "browser": got}
    assert mismatches == {}
    assert not watched.console_errors
