"""Facts stay consistent: each year's deadline, maximum grant, duration and call budget, as shown on the
home, funding and apply pages and in the calendar files, equal the data in data/calls/<year>.yaml.

Expected texts come from the same Formatter the pages use, so this catches stale copies, a wrong year's
facts on a year page, or a hand-typed number; it does not re-test Babel's formatting.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime
from pathlib import Path

from bs4 import BeautifulSoup

from cove_site.formatting import Formatter
from cove_site.model import load_years

from . import Report
from .site import DEFAULT_LANG, LANGS, soup

ROOT = Path(__file__).resolve().parents[2]
FACTS = {  # label key in site_strings -> (path in the data, Formatter method)
    "deadline": ("application.deadline", "deadline"),
    "max_grant": ("funding.max_grant_eur", "money"),
    "duration": ("funding.duration_months", "months"),
    "call_budget": ("funding.call_budget_eur", "money"),
}
PAGES = {"": ("deadline", "max_grant", "duration", "call_budget"),
         "funding/": ("max_grant", "duration", "call_budget"),
         "apply/": ("deadline",)}


def plain(text: str) -> str:
    """Compare texts as readers see them: no-break spaces as spaces, runs of white space as one."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _shown(markup) -> str:
    return plain(BeautifulSoup(str(markup), "html.parser").get_text())


def year_pages(years: list[int], latest: int, lang: str, name: str) -> list[str]:
    prefix = "" if lang == DEFAULT_LANG else f"{lang}/"
    return [f"{prefix}years/{year}/{name}index.html" for year in years] + [f"{prefix}{name}index.html"]


def check(site: Path, data_dir: Path = ROOT / "data") -> Report:
    report = Report("consistency")
    years = load_years(data_dir)
    latest = max(years)
    checked = 0
    for lang in LANGS:
        f = Formatter(lang)
        for name, keys in PAGES.items():
            for page in year_pages(list(years), latest, lang, name):
                year = int(page.split("years/")[1][:4]) if "years/" in page else latest
                if not (site / page).is_file():
                    report.add(page, lang, "page-missing", f"the {year} page {name or 'home'} is not published")
                    continue
                call = years[year]
                for key in keys:
                    path, method = FACTS[key]
                    checked += 1
                    _check_fact(report, page, lang, soup(site, page), f.t(key), _shown(getattr(f, method)(call.fact(path))), year)
                if "deadline" in keys:
                    _check_deadline_markup(report, page, lang, soup(site, page), call)
        for year, call in years.items():
            checked += _check_ics(report, site, lang, year, call)
    report.figures.append(f"{len(years)} programme year(s) x {len(LANGS)} languages: {checked} facts compared with the data")
    return report


def _labelled_values(article) -> list[tuple[str, str]]:
    """(label, value) of every table row (first cell, second cell) and every description list term and its value."""
    pairs = []
    for row in article.select("tr"):
        cells = row.find_all(["th", "td"])
        if cells:
            pairs.append((plain(cells[0].get_text()), plain(cells[1].get_text(" ")) if len(cells) > 1 else ""))
    for term in article.select("dt"):
        value = term.find_next_sibling("dd")
        pairs.append((plain(term.get_text()), plain(value.get_text(" ")) if value else ""))
    return pairs


def _check_fact(report: Report, page: str, lang: str, doc, label: str, expected: str, year: int) -> None:
    article = doc.select_one("article") or doc
    rows = [value for shown, value in _labelled_values(article) if shown == label]
    for value in rows:
        if not value.startswith(expected):
            report.add(page, lang, "fact-differs", f"{label} ({year}) shows {value[:80]!r}; the data says {expected!r}")
    if not rows and expected not in plain(article.get_text()):
        report.add(page, lang, "fact-missing", f"{label} ({year}): {expected!r} is not on the page")


def _check_deadline_markup(report: Report, page: str, lang: str, doc, call) -> None:
    """What the page's script reads (data-cove-deadline, <time datetime>) must be the same instant."""
    value = call.value("application.deadline")
    for block in doc.select("[data-cove-deadline]"):
        if (block.get("data-cove-deadline") or None) != value:
            report.add(page, lang, "deadline-attribute", f"data-cove-deadline={block.get('data-cove-deadline')!r}; "
                                                         f"the {call.year} data says {value!r}")
        for time in block.select("time[datetime]"):
            if value and datetime.fromisoformat(time["datetime"]) != datetime.fromisoformat(value):
                report.add(page, lang, "deadline-attribute", f"<time datetime={time['datetime']!r}>; the data says {value!r}")


def _check_ics(report: Report, site: Path, lang: str, year: int, call) -> int:
    from icalendar import Calendar

    name = f"ics/cove-{year}-deadline.{lang}.ics"
    value = call.value("application.deadline")
    if not value:
        return 0
    path = site / name
    if not path.is_file():
        report.add(name, lang, "ics-missing", f"no calendar file for the {year} deadline")
        return 1
    events = [c for c in Calendar.from_ical(path.read_bytes()).walk("VEVENT")]
    starts = [e.decoded("DTSTART") for e in events]
    if len(events) != 1 or starts[0] != datetime.fromisoformat(value):
        report.add(name, lang, "ics-differs", f"DTSTART {[s.isoformat() for s in starts]}; the {year} data says {value}")
    elif str(year) not in str(events[0].get("SUMMARY", "")):
        report.add(name, lang, "ics-differs", f"SUMMARY {events[0].get('SUMMARY')!r} does not name the year {year}")
    return 1
