"""Every programme year on the site: year pages, switcher, deadlines, calendar files, changes and numbers."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar

from cove_site.build import build_site
from cove_site.formatting import Formatter
from cove_site.model import load_years
from cove_site.new_year import MARK, start_new_year
from site_helpers import LANGS, ROOT, lang_prefix

YEARS = load_years(ROOT / "data")
LATEST = max(YEARS)
YEAR_PAGES = ("", "objectives/", "participation/", "funding/", "apply/")


def read(site: Path, lang: str, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / lang_prefix(lang) / path / "index.html").read_text(encoding="utf-8"), "html.parser")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("year", sorted(YEARS))
def test_every_year_has_its_pages_in_every_language(built_site, lang, year):
    for path in YEAR_PAGES:
        html = read(built_site, lang, f"years/{year}/{path}")
        assert html.html["lang"] == lang
        assert str(year) in html.select_one("nav.cove-years a[aria-current=page]").get_text()


@pytest.mark.parametrize("lang", LANGS)
def test_home_presents_the_latest_call(page, lang):
    assert str(LATEST) in page(lang).select_one("h1").get_text()
    current = page(lang).select_one("nav.cove-years a[aria-current=page]")
    assert current.get_text() == str(LATEST)


@pytest.mark.parametrize("lang", LANGS)
def test_year_switcher_offers_every_year_newest_first(page, lang):
    years = [int(a.get_text()) for a in page(lang, "funding/").select("nav.cove-years a")]
    assert years == sorted(YEARS, reverse=True)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("year", sorted(YEARS))
def test_year_pages_show_that_years_deadline(built_site, lang, year):
    deadline = YEARS[year].value("application.deadline")
    times = {t["datetime"] for t in read(built_site, lang, f"years/{year}/apply/").select("time[datetime]")}
    if deadline is None:
        assert times == set()
    else:
        assert times == {datetime.fromisoformat(deadline).isoformat()}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("year", [y for y in sorted(YEARS) if YEARS[y].deadline])
def test_ics_file_carries_the_deadline_instant_in_brussels_time(built_site, lang, year):
    calendar = Calendar.from_ical((built_site / "ics" / f"cove-{year}-deadline.{lang}.ics").read_bytes())
    [event] = calendar.walk("VEVENT")
    start = event.decoded("dtstart")
    assert start == YEARS[year].deadline
    assert str(start.tzinfo) == "Europe/Brussels"
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Europe/Brussels"
    # 17:00 in Brussels in summer is 15:00 UTC
    if YEARS[year].deadline.utcoffset().total_seconds() == 7200:
        assert start.astimezone(timezone.utc).hour == YEARS[year].deadline.hour - 2


@pytest.mark.parametrize("lang", LANGS)
def test_deadline_links_to_its_calendar_file(built_site, page, lang):
    link = page(lang, "apply/").select_one("a.cove-ics")
    target = (built_site / lang_prefix(lang) / "apply" / link["href"]).resolve()
    assert target.is_file() and target.name == f"cove-{LATEST}-deadline.{lang}.ics"


@pytest.mark.parametrize("lang", LANGS)
def test_numbers_table_matches_the_data_and_shows_gaps_as_unknown(page, lang):
    f = Formatter(lang)
    rows = {int(r["data-year"]): r for r in page(lang, "numbers/").select("#cove-numbers tbody tr")}
    assert sorted(rows) == sorted(YEARS)
    for year, row in rows.items():
        budget = YEARS[year].fact("funding.call_budget_eur")
        cell = row.select_one('[data-field="call_budget_eur"]').get_text()
        assert cell == BeautifulSoup(str(f.money(budget)), "html.parser").get_text()
        if budget.get("value") is None:
            assert cell == f.t("unknown")
    svg = page(lang, "numbers/").select_one("svg#cove-chart-budget")
    assert svg["role"] == "img" and svg.select_one("title") and svg.select_one("desc")
    bars = svg.select("rect.cove-chart__bar")
    assert len(bars) == sum(1 for c in YEARS.values() if c.value("funding.call_budget_eur") is not None)


@pytest.mark.parametrize("lang", LANGS)
def test_changes_page_compares_each_pair_of_consecutive_years(page, lang):
    headings = [h.get_text(" ", strip=True) for h in page(lang, "changes/").select("article h2")]
    ordered = sorted(YEARS)
    expected = [f"{a} → {b}" for a, b in zip(ordered, ordered[1:])][::-1]
    assert [h.split(" ¶")[0].replace("¶", "").strip() for h in headings] == expected


def test_new_year_command_starts_a_valid_year_that_the_site_shows_everywhere(data_copy, tmp_path):
    target = start_new_year(data_copy, LATEST + 1)
    text = target.read_text(encoding="utf-8")
    assert f"'{MARK}:" in text
    # A maintainer fills the marked deadline, as the procedure in the README says.
    text = text.replace(f"  deadline:\n    status: unknown\n    note:\n      nl: '{MARK}: nog niet bekend voor {LATEST + 1}.'\n"
                        f"      en: '{MARK}: not known yet for {LATEST + 1}.'\n"
                        f"      fr: '{MARK} : pas encore connu pour {LATEST + 1}.'\n",
                        f"  deadline:\n    value: '{LATEST + 1}-06-10T17:00:00+02:00'\n    sources: [maintainer]\n    status: seen\n")
    text = text.replace("sources:\n", "sources:\n  maintainer:\n    title: Programme Guide (test)\n"
                        "    url: https://erasmus-plus.ec.europa.eu/programme-guide\n", 1)
    target.write_text(text, encoding="utf-8")
    new = load_years(data_copy)[LATEST + 1]
    assert new.value("application.deadline") == f"{LATEST + 1}-06-10T17:00:00+02:00"
    site = tmp_path / "site"
    result = build_site(site, ROOT / "mkdocs.yml", env={"COVE_DATA_DIR": str(data_copy), "COVE_BROWSER_CHECKER": "false"})
    assert result.returncode == 0, result.stderr
    year = str(LATEST + 1)
    for lang in LANGS:
        assert year in read(site, lang, "").select_one("h1").get_text()
        assert read(site, lang, f"years/{year}/funding/").html["lang"] == lang
        assert f"{LATEST} → {year}" in read(site, lang, "changes/").get_text()
        assert read(site, lang, "numbers/").select_one(f'#cove-numbers tr[data-year="{year}"]')
        assert (site / "ics" / f"cove-{year}-deadline.{lang}.ics").is_file()
        assert f"{year}" in read(site, lang, "rules/").get_text()


def test_new_year_refuses_to_overwrite_or_go_back(data_copy):
    from cove_site.model import DataError
    with pytest.raises(DataError):
        start_new_year(data_copy, LATEST)
