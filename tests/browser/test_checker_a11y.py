"""axe-core finds no WCAG 2.x A/AA violation on the checker: empty, with errors, with a verdict."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from checker_helpers import checker_url, config_of, fill_organisation, wait_for_result

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

pytestmark = pytest.mark.skipif(not AXE.exists(), reason="axe-core is not installed (npm ci)")


def violations(page) -> list[dict]:
    if not page.evaluate("typeof window.axe === 'object'"):
        _inject(page)
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS)
    return [{"id": v["id"], "nodes": [n["target"] for n in v["nodes"]][:5]} for v in result["violations"]]


def _inject(page) -> None:
    # The page's CSP forbids inline scripts, so axe runs as an evaluated script via the DevTools protocol.
    page.evaluate(AXE.read_text(encoding="utf-8") + "\n;undefined")


@pytest.mark.parametrize("lang", ("nl", "en", "fr"))
def test_checker_has_no_axe_violations_in_any_state(watched, served, lang):
    page = watched.page
    page.goto(checker_url(served, lang))
    wait_for_result(page)
    found = {"empty": violations(page)}

    config = config_of(page)
    page.get_by_role("button", name=config["strings"]["add_org"], exact=True).click()
    page.get_by_role("button", name=config["strings"]["check_button"], exact=True).click()
    page.wait_for_selector("#cove-error-summary:not([hidden])")
    found["errors"] = violations(page)

    page.get_by_role("button", name=config["strings"]["remove_org_label"].format(number=1)).click()
    fill_organisation(page, config, 0, "Noorderpoort", "NL", "coordinator", "vet-provider")
    fill_organisation(page, config, 1, "Bedrijf", "BE", "full-partner", "enterprise")
    wait_for_result(page)
    page.wait_for_selector("#cove-result[data-verdict]", state="attached")
    page.locator("#cove-result details.cove-passes > summary").first.click()  # the met rules, opened
    found["verdict"] = violations(page)
    assert {state: v for state, v in found.items() if v} == {}, json.dumps(found, indent=1)
