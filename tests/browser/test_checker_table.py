"""The organisations table as a school coordinator uses it, in each language: typing a consortium with the
keyboard (key presses and clicks counted and printed), pasting it from a spreadsheet, undoing a removal, coming
back after a reload or in another language, the phone's verdict bar, the focused verdict heading and the
printout. Each test walks one person's session through one page load per language (two where the language
changes), so the suite pays for as few runtime loads as it can.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from playwright.sync_api import expect
from checker_helpers import CONSORTIUM, RUNTIME_TIMEOUT_MS, checker_url, config_of, country_name, org_field, wait_for_result

LANGS = ("nl", "en", "fr")
NEXT_LANG = {"nl": "en", "en": "fr", "fr": "nl"}
TYPING_BUDGET = 40  # key presses and clicks beyond the names, for 8 organisations from 4 countries
PASTE_BUDGET = 3  # actions to paste a list
PRINT_PAGES = 2  # A4 pages for 8 organisations
PHONE = {"width": 390, "height": 844}
PARTNERS = CONSORTIUM  # eligible for the latest call with EQF levels 4 and 5


def _fold(text: str) -> str:
    return unicodedata.normalize("NFD", text).encode("ascii", "ignore").decode().lower()


def _verdict(page, value: str) -> None:
    page.wait_for_selector(f'#cove-result[data-verdict="{value}"]', state="attached", timeout=RUNTIME_TIMEOUT_MS)


def _rows(page) -> list[list[str]]:
    """Each row of the table as [name, type, country as shown, role]."""
    return page.eval_on_selector_all("[data-cove-orgs] > tr", "rows => rows.map(r => "
                                     "[...r.querySelectorAll('input, select')].map(c => c.value))")


def _expected_rows(config, partners) -> list[list[str]]:
    return [[name, kind, country_name(config, country), role] for name, country, role, kind in partners]


class Actions:
    """Key presses and clicks, counted; the names themselves are typed without counting."""

    def __init__(self, page):
        self.page = page
        self.count = 0

    def press(self, key: str, times: int = 1) -> None:
        for _ in range(times):
            self.page.keyboard.press(key)
            self.count += 1

    def click(self, locator) -> None:
        locator.click()
        self.count += 1

    def type_name(self, text: str) -> None:
        self.page.keyboard.type(text)


def _type_ahead(config, kind: str) -> tuple[str, int]:
    """The letter that picks `kind` in its select by typing, and how many presses it takes from "Choose…"."""
    labels = [label for _, label in config["types"]]
    wanted = dict(config["types"])[kind]
    letter = _fold(wanted)[0]
    same = [label for label in labels if _fold(label).startswith(letter)]
    return letter, same.index(wanted) + 1


def _say(capsys, text: str) -> None:
    with capsys.disabled():
        print(f"\n{text}", flush=True)


def _header_bottom(page) -> float:
    box = page.locator(".md-header").bounding_box()
    return box["y"] + box["height"]


def _assert_fully_visible(page, selector: str, below: float) -> None:
    box = page.locator(selector).bounding_box()
    height = page.viewport_size["height"]
    assert box and box["y"] >= below - 0.5 and box["y"] + box["height"] <= height + 0.5, (selector, box, below)


def _print_pages(page) -> int:
    page.wait_for_selector('[data-cove-print][data-ready="true"]', state="attached")
    pdf = page.pdf(format="A4")
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


@pytest.mark.parametrize("lang", LANGS)
def test_typing_a_consortium_then_reload_language_switch_undo_and_print(watched, served, lang, capsys):
    page = watched.page
    page.goto(checker_url(served, lang))
    wait_for_result(page, ("empty",))
    config = config_of(page)
    strings = config["strings"]

    # Type eight organisations from four countries, keyboard first; only the names are free.
    actions = Actions(page)
    actions.click(org_field(page, config, "name", 0))
    above = None
    for index, (name, country, _role, kind) in enumerate(PARTNERS):
        actions.type_name(name)
        actions.press("Tab")
        letter, presses = _type_ahead(config, kind)
        actions.press(letter, presses)
        if country != above:  # a new row already has the country of the row above
            actions.press("Tab")
            for char in country.lower():
                actions.press(char)
        above = country
        if index < len(PARTNERS) - 1:
            actions.press("Enter")
    typed = actions.count
    for level in (4, 5):
        actions.click(page.get_by_label(strings["eqf_level"].format(level=level), exact=True))
    _say(capsys, f"[{lang}] typing 8 organisations from 4 countries: {typed} key presses and clicks beyond the "
                 f"names (budget {TYPING_BUDGET}); {actions.count - typed} more clicks for the EQF levels")
    assert _rows(page) == _expected_rows(config, PARTNERS)
    assert typed <= TYPING_BUDGET
    _verdict(page, "eligible")

    # "Check partnership": the focused heading is in full view under Material's header.
    page.get_by_role("button", name=strings["check_button"], exact=True).click()
    expect(page.locator("#cove-result-heading")).to_be_focused(timeout=RUNTIME_TIMEOUT_MS)
    _assert_fully_visible(page, "#cove-result-heading", _header_bottom(page))

    # A reload finds the partnership again, kept on this device.
    page.reload()
    expect(page.locator("[data-cove-orgs] > tr")).to_have_count(8)
    assert _rows(page) == _expected_rows(config, PARTNERS)
    assert page.is_checked("#cove-eqf-4") and page.is_checked("#cove-eqf-5")
    expect(page.locator("[data-cove-keep-note]")).to_have_text(strings["keep_note"])

    # The language switcher carries it to the same page in the next language.
    other = NEXT_LANG[lang]
    page.locator(".md-header .md-select").hover()
    page.locator(f".md-select__link[hreflang='{other}']").click()
    page.wait_for_url(re.compile(rf"{re.escape(checker_url(served, other))}$"))
    config = config_of(page)
    strings = config["strings"]
    expect(page.locator("[data-cove-orgs] > tr")).to_have_count(8)
    assert _rows(page) == _expected_rows(config, PARTNERS)
    _verdict(page, "eligible")

    # Remove offers Undo, still there ten seconds later (waited for once: Playwright's fake clock upsets
    # Material's own timers, and the offer has no timer of its own in any language).
    page.get_by_role("button", name=strings["remove_org_label"].format(number=3), exact=True).click()
    expect(page.locator("[data-cove-orgs] > tr")).to_have_count(7)
    undo = page.locator("[data-cove-undo]").get_by_role("button", name=strings["undo"], exact=True)
    expect(page.locator("[data-cove-undo]")).to_contain_text(strings["org_removed"].format(number=3))
    _verdict(page, "not-eligible")
    if lang == "en":
        page.wait_for_timeout(10_500)
    undo.click()
    expect(page.locator("[data-cove-orgs] > tr")).to_have_count(8)
    assert _rows(page) == _expected_rows(config, PARTNERS)
    assert page.evaluate("document.activeElement.id") == "cove-org-2-name"
    _verdict(page, "eligible")

    # Paper: the verdict and its findings, then the partnership as one table; no controls, no command line.
    page.emulate_media(media="print")
    assert page.locator("#cove-form").is_hidden() and page.locator(".cove-share").is_hidden()
    assert page.locator("[data-cove-print-rows] > tr").count() == 8
    result_y = page.locator("#cove-result").bounding_box()["y"]
    assert result_y < page.locator("[data-cove-print]").bounding_box()["y"]
    printed = page.locator("#cove-checker").inner_text()
    assert "cove-site" not in printed and strings["check_button"] not in printed
    pages = _print_pages(page)
    page.emulate_media(media="screen")
    _say(capsys, f"[{other}] printing 8 organisations: {pages} A4 page(s) (budget {PRINT_PAGES})")
    assert pages <= PRINT_PAGES
    assert not watched.console_errors


def _spreadsheet(lang: str, config: dict) -> str:
    """The eight partners as a spreadsheet would give them, in a different shape for each page language."""
    if lang == "nl":  # tabs, an English header, English country names and labels
        lines = ["Name\tCountry\tRole\tType of organisation"]
        names = {"NL": "Netherlands", "BE": "Belgium", "DE": "Germany", "NO": "Norway"}
        roles = {"coordinator": "Coordinator", "full-partner": "Full partner"}
        types = {"vet-provider": "VET provider", "enterprise": "Enterprise", "sector-representative": "Sector representative"}
        lines += [f"{n}\t{names[c]}\t{roles[r]}\t{types[t]}" for n, c, r, t in PARTNERS]
    elif lang == "en":  # semicolons, a French header, French names and labels
        lines = ["Nom;Pays;Rôle;Type d'organisation"]
        names = {"NL": "Pays-Bas", "BE": "Belgique", "DE": "Allemagne", "NO": "Norvège"}
        roles = {"coordinator": "Coordinateur", "full-partner": "Partenaire à part entière"}
        types = {"vet-provider": "Prestataire d'EFP", "enterprise": "Entreprise", "sector-representative": "Organisation représentative du secteur"}
        lines += [f"{n};{names[c]};{roles[r]};{types[t]}" for n, c, r, t in PARTNERS]
    else:  # commas, no header, codes and Dutch labels, a quoted name with a comma, type before country
        types = {"vet-provider": "Aanbieder van beroepsonderwijs en -opleiding", "enterprise": "Onderneming",
                 "sector-representative": "Organisatie die de sector vertegenwoordigt"}
        lines = [f'"{n}",{types[t]},{c.lower()},{r}' for n, c, r, t in PARTNERS]
    return "\n".join(lines) + "\n"


FORTY_COUNTRIES = ("NL", "BE", "DE", "FR", "ES", "IT", "PT", "AT", "FI", "NO")
FORTY_TYPES = ("vet-provider", "enterprise", "vet-provider", "sector-representative")


def _forty_with_a_bad_line(config: dict) -> tuple[str, int, list[tuple]]:
    """40 organisations, tab-separated with codes and labels of the page, and one unreadable line among them."""
    types = dict(config["types"])
    roles = dict(config["roles"])
    partners = [(f"Organisation {n + 1:02d}", FORTY_COUNTRIES[n // 4], "coordinator" if n == 0 else "full-partner",
                 FORTY_TYPES[n % 4]) for n in range(40)]
    lines = [f"{n}\t{c}\t{roles[r]}\t{types[t]}" for n, c, r, t in partners]
    bad_line = 18
    lines.insert(bad_line - 1, f"Atlantis Academy\tXX\t{roles['full-partner']}\t{types['vet-provider']}")
    return "\n".join(lines), bad_line, partners


def _paste(page, actions: Actions, strings: dict, text: str) -> None:
    """Open the paste box, paste `text` with the keyboard (a real clipboard paste), wait for the preview."""
    actions.click(page.get_by_role("button", name=strings["paste_open"], exact=True))
    page.evaluate("text => navigator.clipboard.writeText(text)", text)
    expect(page.locator("#cove-paste-text")).to_be_focused()
    actions.press("ControlOrMeta+V")
    expect(page.get_by_role("button", name=strings["paste_replace"], exact=True)).to_be_enabled()


def _bar_in_view(page, step: str, verdict: str | None = None) -> None:
    """After a change, the phone's verdict bar sits under the header, in the viewport, saying what the panel says."""
    if verdict:
        page.wait_for_selector(f'[data-cove-bar][data-verdict="{verdict}"]', state="attached", timeout=RUNTIME_TIMEOUT_MS)
    bar = page.locator("[data-cove-bar]")
    assert bar.is_visible(), step
    box = bar.bounding_box()
    assert box["y"] >= _header_bottom(page) - 0.5 and box["y"] + box["height"] <= PHONE["height"], (step, box)
    assert page.get_attribute("[data-cove-bar]", "data-state") == page.get_attribute("#cove-result", "data-state"), step


@pytest.mark.parametrize("lang", LANGS)
def test_pasting_on_a_phone_keeps_the_verdict_bar_in_view(browser, served, lang, capsys):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(checker_url(served, lang))
    wait_for_result(page, ("empty",))
    config = config_of(page)
    strings = config["strings"]
    _bar_in_view(page, "loaded")
    assert page.text_content("[data-cove-bar-outcome]") == strings["bar_empty"]

    # Eight organisations from a spreadsheet in at most three actions: open, paste, replace.
    actions = Actions(page)
    _paste(page, actions, strings, _spreadsheet(lang, config))
    expect(page.locator(".cove-paste__table tbody tr")).to_have_count(8)
    expect(page.locator(".cove-paste__problems li")).to_have_count(0)
    actions.click(page.get_by_role("button", name=strings["paste_replace"], exact=True))
    _say(capsys, f"[{lang}] pasting 8 organisations: {actions.count} actions (budget {PASTE_BUDGET})")
    assert actions.count <= PASTE_BUDGET
    assert _rows(page) == _expected_rows(config, PARTNERS)
    _bar_in_view(page, "pasted 8, no EQF level yet", "not-eligible")
    assert page.text_content("[data-cove-bar-count]") == strings["bar_fails_one"]

    page.get_by_label(strings["eqf_level"].format(level=4), exact=True).check()
    _bar_in_view(page, "EQF level", "eligible")
    assert page.text_content("[data-cove-bar-count]") == strings["bar_all_met"]

    page.get_by_role("button", name=strings["remove_org_label"].format(number=2), exact=True).click()
    _bar_in_view(page, "removed", "not-eligible")
    page.locator("[data-cove-undo]").get_by_role("button", name=strings["undo"], exact=True).click()
    _bar_in_view(page, "undone", "eligible")

    # Forty, one line of which cannot be read: it is listed with its reason, the other forty come in.
    text, bad_line, partners = _forty_with_a_bad_line(config)
    _paste(page, Actions(page), strings, text)
    expect(page.locator(".cove-paste__table tbody tr")).to_have_count(40)
    problem = page.locator(".cove-paste__problems li")
    expect(problem).to_have_count(1)
    assert problem.get_attribute("data-line") == str(bad_line)
    reason = strings["paste_unknown"].format(value="XX")
    assert problem.text_content().startswith(strings["paste_problem"].format(line=bad_line, reason=reason))
    expect(page.locator(".cove-paste__bad")).to_have_text(strings["paste_bad_one"])
    page.get_by_role("button", name=strings["paste_replace"], exact=True).click()
    expect(page.locator("[data-cove-orgs] > tr")).to_have_count(40)
    assert _rows(page) == _expected_rows(config, partners)
    _bar_in_view(page, "pasted 40", "eligible")

    # Replacing can be undone too; then a change deep in the list, and the bar is still in view.
    org_field(page, config, "type", 39).select_option("other")
    _bar_in_view(page, "changed row 40")
    page.get_by_role("button", name=strings["check_button"], exact=True).click()
    expect(page.locator("#cove-result-heading")).to_be_focused(timeout=RUNTIME_TIMEOUT_MS)
    _bar_in_view(page, "checked")
    bar = page.locator("[data-cove-bar]").bounding_box()
    _assert_fully_visible(page, "#cove-result-heading", bar["y"] + bar["height"])
    assert errors == []
    context.close()


def test_without_javascript_the_rules_show_as_a_checklist_and_no_dead_form(browser, served):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(checker_url(served, "en"))
    assert page.locator(".cove-checklist li").count() >= 7
    assert page.locator("[data-cove-app]").is_hidden()
    assert page.locator("noscript").count() == 1
    context.close()
