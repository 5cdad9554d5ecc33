"""A person fills in the checker form in each language and gets the engine's verdict."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from checker_helpers import CONSORTIUM, RUNTIME_TIMEOUT_MS, checker_url, config_of, fill_organisation, org_field, statuses, wait_for_result

LANGS = ("nl", "en", "fr")
HOSTILE = '<img src=x onerror="window.__pwned=1"><b>ROC</b> "Kop" & \'Noord\''
PARTNERS = [(HOSTILE, *CONSORTIUM[0][1:]), *CONSORTIUM[1:]]


def _verdict(page, value: str) -> None:
    page.wait_for_selector(f'#cove-result[data-verdict="{value}"]', state="attached", timeout=RUNTIME_TIMEOUT_MS)


@pytest.mark.parametrize("lang", LANGS)
def test_person_fills_eight_organisations_and_sees_the_verdict_update(watched, served, lang):
    page = watched.page
    page.goto(checker_url(served, lang))
    config = config_of(page)
    strings = config["strings"]
    for level in (4, 5):
        page.get_by_label(strings["eqf_level"].format(level=level), exact=True).check()
    page.get_by_label(strings["wbl_label"], exact=True).check()
    for index, partner in enumerate(PARTNERS):
        fill_organisation(page, config, index, *partner)

    _verdict(page, "eligible")
    assert page.text_content("[data-cove-result-lead]") == strings["verdict_eligible"]
    assert "fail" not in statuses(page).values()

    page.get_by_role("button", name=strings["remove_org_label"].format(number=8)).click()
    _verdict(page, "not-eligible")
    assert statuses(page)["min-full-partners"] == "fail"
    failed = page.locator("#cove-result li.cove-finding").first
    assert failed.get_attribute("data-status") == "fail"  # failures come first
    assert failed.locator(".cove-finding__action").inner_text().startswith(strings["what_to_change"])
    assert page.evaluate("document.activeElement.id") == "cove-org-6-name"  # focus stays in the list

    # Eight again, but Norway now has two schools and no enterprise: never a green verdict (not eligible, or
    # depends where the year's types on the enterprise side are not confirmed).
    fill_organisation(page, config, 7, "Stavanger fagskole Sandnes", "NO", "full-partner", "vet-provider")
    page.wait_for_selector('#cove-result [data-rule="min-full-partners"]:not([data-status="fail"])', state="attached")
    assert page.get_attribute("#cove-result", "data-verdict") in ("not-eligible", "depends")
    assert statuses(page)["country-composition"] in ("fail", "depends")
    assert page.locator("[data-cove-orgs] > tr").count() == 8
    assert not watched.console_errors


def test_organisation_names_with_html_stay_text_in_form_and_verdict(watched, served):
    page = watched.page
    page.goto(checker_url(served, "en"))
    config = config_of(page)
    fill_organisation(page, config, 0, HOSTILE, "NL", "coordinator", "vet-provider")
    fill_organisation(page, config, 1, HOSTILE + " 2", "BE", "coordinator", "enterprise")
    wait_for_result(page)
    coordinator = page.text_content('#cove-result [data-rule="coordinator"]')
    assert "<b>ROC</b>" in coordinator  # the engine names both coordinators, shown literally
    assert page.locator("#cove-checker b, #cove-checker img").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert org_field(page, config, "name", 0).input_value() == HOSTILE


def test_empty_organisation_on_submit_gives_error_summary_and_inline_errors(watched, served):
    page = watched.page
    page.goto(checker_url(served, "nl"))
    strings = config_of(page)["strings"]
    page.get_by_role("button", name=strings["add_org"], exact=True).click()
    wait_for_result(page, ("empty",))  # an empty new row is not a problem yet: no red verdict, nothing shouted
    assert page.is_hidden("#cove-error-summary")

    page.get_by_role("button", name=strings["check_button"], exact=True).click()
    page.wait_for_selector("#cove-error-summary:not([hidden])")
    assert page.evaluate("document.activeElement.id") == "cove-error-summary"
    items = page.locator("#cove-error-summary li")
    assert items.count() == 3  # name, country and type; the role has a default (coordinator for the first row)
    assert items.all_text_contents() == [strings[f"err_{field}"].format(number=1) for field in ("name", "country", "type")]
    assert page.get_attribute("#cove-org-0-name", "aria-invalid") == "true"
    assert "cove-org-0-name-error" in page.get_attribute("#cove-org-0-name", "aria-describedby")
    assert page.get_attribute("#cove-org-0-role", "aria-invalid") is None

    items.nth(1).get_by_role("link").click()
    assert page.evaluate("document.activeElement.id") == "cove-org-0-country"
    page.fill("#cove-org-0-country", "NL")
    expect(items).to_have_count(2)
    assert not watched.console_errors


def test_copy_link_round_trips_the_partnership(watched, served):
    page = watched.page
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(checker_url(served, "fr"))
    config = config_of(page)
    page.get_by_label(config["strings"]["eqf_level"].format(level=6), exact=True).check()
    fill_organisation(page, config, 0, "Lycée Émile Zola", "FR", "coordinator", "vet-provider")
    wait_for_result(page)
    page.get_by_role("button", name=config["strings"]["copy_link"], exact=True).click()
    expect(page.locator("[data-cove-share-status]")).to_have_text(config["strings"]["link_copied"])
    link = page.input_value("#cove-link")
    assert "#p=" in link and page.evaluate("navigator.clipboard.readText()") == link

    other = page.context.new_page()
    other.goto(link)
    wait_for_result(other)
    assert other.input_value("#cove-org-0-name") == "Lycée Émile Zola"
    assert other.is_checked("#cove-eqf-6")
    assert statuses(other) == statuses(page)
