"""The site as a new reader meets it, at 360 and 390 px (phones) and 1280 px (desktop), in nl, en and fr.

Every page is visited once per width in one browser context, and everything is measured in the page's own
JavaScript (survey.js); the tests below judge the measurements: nothing scrolls sideways, no word is broken inside,
the home page starts plainly, a year page keeps the reader in its year, the rules page is one table.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from cove_site.bundle import build_bundle
from cove_site.checker_page import RULE_IDS
from cove_site.engine.readings import READINGS
from cove_site.model import load_years
from cove_site.formatting import Formatter
from cove_site.plugin import YEAR_PAGES, template_view
from cove_site.rules_table import rules_table
from cove_site.site_strings import text
from site_helpers import LANGS, ROOT, lang_prefix

SURVEY_JS = (Path(__file__).parent / "survey.js").read_text(encoding="utf-8")
YEARS = load_years(ROOT / "data")
LATEST = max(YEARS)
VIEWPORTS = {360: 740, 390: 844, 1280: 800}
PHONES = (360, 390)
YEAR_PATHS = tuple("" if name == "index" else f"{name}/" for name in YEAR_PAGES)
_YEAR_URL = re.compile(r"^(?:(?P<lang>en|fr)/)?years/(?P<year>\d{4})/(?P<rest>.*)$")


def site_pages(site: Path) -> list[str]:
    """Every page of the root build, as a path under the site ("", "en/funding/", "years/2022/apply/")."""
    pages = []
    for html in sorted(site.rglob("index.html")):
        path = html.parent.relative_to(site).as_posix()
        if path.split("/")[0] in ("cove", "assets", "search"):
            continue
        pages.append("" if path == "." else path + "/")
    return pages


def split(path: str) -> tuple[str, int | None, str]:
    """("en", 2022, "funding/") for en/years/2022/funding/; ("nl", None, "rules/") for rules/."""
    match = _YEAR_URL.match(path)
    if match:
        return match["lang"] or "nl", int(match["year"]), match["rest"]
    lang = path.split("/")[0] if path.split("/")[0] in ("en", "fr") else "nl"
    return lang, None, path.removeprefix(f"{lang}/") if lang != "nl" else path


def year_of_page(path: str) -> int | None:
    """The programme year a page is about, or None for a page that covers all years or none."""
    _, year, rest = split(path)
    if year is not None:
        return year
    return LATEST if rest in YEAR_PATHS else None


@pytest.fixture(scope="module")
def survey(browser, served):
    """survey(width) -> {page path: what survey.js measured there}, each width measured once."""
    measured: dict[int, dict[str, dict]] = {}

    def at(width: int) -> dict[str, dict]:
        if width not in measured:
            context = browser.new_context(viewport={"width": width, "height": VIEWPORTS[width]})
            context.route("**/search/search_index.json", lambda route: route.abort())  # not needed to read
            page = context.new_page()
            results = {}
            for path in site_pages(served["dir"]):
                page.goto(served["root"] + path)
                results[path] = page.evaluate(SURVEY_JS)
            context.close()
            measured[width] = results
        return measured[width]

    return at


@pytest.mark.parametrize("width", sorted(VIEWPORTS))
def test_no_page_scrolls_sideways(survey, width):
    offenders = {path: found["overflow"] for path, found in survey(width).items() if found["overflow"]}
    assert not offenders, f"{len(offenders)} page(s) at {width} px: {dict(list(offenders.items())[:5])}"


@pytest.mark.parametrize("width", sorted(VIEWPORTS))
def test_no_word_is_broken_across_lines(survey, width):
    offenders = {path: found["broken"] for path, found in survey(width).items() if found["broken"]}
    assert not offenders, f"{len(offenders)} page(s) at {width} px: {dict(list(offenders.items())[:5])}"


@pytest.mark.parametrize("width", PHONES)
def test_home_page_fact_groups_fit_two_phone_screens(survey, width):
    cells = {path: found["narrowestCell"] for path, found in survey(width).items() if found["narrowestCell"]}
    narrowest = min(cells, key=cells.get)
    print(f"\n{width} px: narrowest table cell on any page {cells[narrowest]} px ({narrowest})")
    for lang in LANGS:
        home = survey(width)[lang_prefix(lang)]
        print(f"{width} px {lang}: home page {home['height']} px tall, fact groups {home['factBlocks']} px")
        assert home["factBlocks"], "the home page has no fact group"
        assert max(home["factBlocks"]) <= 2 * VIEWPORTS[width], home["factBlocks"]


def test_year_pages_keep_every_link_in_their_year(survey, served):
    """From every page of a programme year, every link that is not the year or language switcher stays in that
    year: a year page of the same year, a page about all years at that year's section when it has one, or a page
    that is about no year in particular."""
    origin = served["root"]
    checked, wrong = 0, []
    for path, found in survey(1280).items():
        year = year_of_page(path)
        if year is None:
            continue
        for href in found["links"]:
            if not href.startswith(origin):
                continue
            target, _, fragment = href.removeprefix(origin).partition("#")
            checked += 1
            problem = _leaves_the_year(served["dir"], year, target, fragment)
            if problem:
                wrong.append(f"{path} -> {href}: {problem}")
    assert checked > 1000
    assert not wrong, f"{len(wrong)} link(s) leave their year, e.g. " + "; ".join(wrong[:6])


def _leaves_the_year(site: Path, year: int, target: str, fragment: str) -> str | None:
    if target.endswith(".ics"):
        return None if f"-{year}-" in target else "the calendar file of another year"
    target_year = year_of_page(target)
    if target_year is not None:
        return None if target_year == year else f"lands in {target_year}"
    if fragment.startswith("year-") and fragment != f"year-{year}":
        return f"lands at the section on {fragment[5:]}"
    page = site / target / "index.html"
    if page.is_file() and f'id="year-{year}"' in page.read_text(encoding="utf-8") and fragment != f"year-{year}":
        return f"the page has a section on {year}, but the link does not go there"
    return None


def test_year_pages_carry_their_year_in_h1_and_title_below_the_year_switcher(survey):
    pages = [(path, found) for path, found in survey(1280).items() if year_of_page(path) is not None]
    assert len(pages) == len(LANGS) * len(YEAR_PATHS) * (len(YEARS) + 1)
    for path, found in pages:
        year = str(year_of_page(path))
        assert year in found["h1"] and year in found["title"], (path, found["h1"], found["title"])
        assert found["title"].startswith(found["h1"]), (path, found["title"])
        assert found["switcherBeforeH1"], f"{path}: the year switcher moved"


@pytest.mark.parametrize("lang", LANGS)
def test_home_page_opens_plainly_with_the_call_state_and_the_checker(browser, served, lang):
    context = browser.new_context(viewport={"width": 390, "height": VIEWPORTS[390]})
    page = context.new_page()
    page.goto(served["root"] + lang_prefix(lang))
    order = page.evaluate("""() => [...document.querySelectorAll(
        'article h1, article .cove-start__lead, article .cove-start__state, article a.cove-cta, article .cove-fact-block')]
        .map(e => e.tagName === 'H1' ? 'h1' : e.className.split(' ').find(c => c.startsWith('cove-')))""")
    assert order[:5] == ["h1", "cove-start__lead", "cove-start__state", "cove-cta", "cove-fact-block"], order
    lead = page.locator(".cove-start__lead").inner_text()
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", lead.strip()) if s]
    assert len(sentences) <= 3, sentences
    view = template_view(YEARS[LATEST].facts)
    assert view["action"]["name"]["value"][lang] in lead
    assert str(view["partnership"]["min_full_partners"]["value"]) in lead
    state = page.locator(".cove-start__state [data-cove-state]:visible")
    assert state.count() == 1
    assert state.get_attribute("data-cove-state") in ("forthcoming", "open", "not-closed", "closed")
    badge = state.locator(".cove-badge")
    assert badge.locator(".cove-badge__word").inner_text() == text(f"state_{state.get_attribute('data-cove-state')}", lang)
    cta = page.get_by_role("link", name=text("check_cta", lang))
    assert urlsplit(cta.get_attribute("href")).path.endswith("checker/")
    assert cta.bounding_box()["y"] < 2 * VIEWPORTS[390]
    context.close()


@pytest.mark.parametrize("path", ["participation/", "apply/", "years/2022/participation/", "years/2021/apply/"])
@pytest.mark.parametrize("lang", LANGS)
def test_who_can_take_part_and_how_to_apply_lead_to_the_checker(survey, served, lang, path):
    full = lang_prefix(lang) + path
    links = survey(1280)[full]["ctas"]
    assert links and all(urlsplit(href).path.endswith("/checker/") for href in links), links


@pytest.mark.parametrize("lang", LANGS)
def test_every_deadline_has_the_call_state_badge_next_to_it(survey, lang):
    for path, found in survey(1280).items():
        if split(path)[0] == lang:
            assert found["deadlinesWithoutState"] == 0, path


@pytest.mark.parametrize("lang", LANGS)
def test_rules_page_is_one_table_rules_as_rows_years_as_columns(browser, served, lang):
    expected = rules_table(Formatter(lang), build_bundle(YEARS), {y: template_view(c.facts) for y, c in YEARS.items()})
    context = browser.new_context(viewport={"width": 1280, "height": VIEWPORTS[1280]})
    page = context.new_page()
    page.goto(served["root"] + lang_prefix(lang) + "rules/")
    tables = page.locator("article table:visible")
    assert tables.count() == 1
    header = tables.locator("thead th").all_inner_texts()
    assert header[1:] == [str(year) for year in sorted(YEARS)]
    rows = tables.locator("tbody tr")
    shown = [rows.nth(i).locator("th .cove-rules__name").inner_text() for i in range(rows.count())]
    assert shown == [row["name"] for row in expected["rows"]]
    for i in range(rows.count()):
        cells = rows.nth(i).locator("td")
        spanned = sum(int(cells.nth(c).get_attribute("colspan") or 1) for c in range(cells.count()))
        assert spanned == len(YEARS), shown[i]
        assert rows.nth(i).locator(".cove-rules__explained").inner_text().strip()
    if "min-eu-member-states" in RULE_IDS and any(c.value("partnership.min_eu_member_states") is None
                                                  for c in YEARS.values()):
        assert text("not_in_call", lang) in tables.inner_text()
    visible = page.locator("article").inner_text()
    ids = [rule for rule in list(RULE_IDS) + [r["id"] for r in READINGS] if "-" in rule]  # not plain words
    leaked = [rule for rule in ids if re.search(rf"(?<![\w-]){re.escape(rule)}(?![\w-])", visible)]
    assert not leaked, f"rule ids shown to readers: {leaked}"
    # On a phone the same rules are a list, one entry per rule with its years grouped.
    page.set_viewport_size({"width": 390, "height": VIEWPORTS[390]})
    assert page.locator("article table:visible").count() == 0
    assert page.locator(".cove-rules__list .cove-rules__name:visible").all_inner_texts() == shown
    context.close()
