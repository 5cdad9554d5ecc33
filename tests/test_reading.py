"""What a reader is told about facts, read from the built pages: status badges and their explanation, the call's
state as decided from the data's dates, rule names instead of ids, French spacing."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from cove_site.call_state import state_at
from cove_site.checker_page import RULE_IDS
from cove_site.formatting import Formatter
from cove_site.model import load_years
from cove_site.site_strings import text
from cove_site.typography import NBSP, NNBSP, french_spacing
from site_helpers import LANGS, ROOT

YEARS = load_years(ROOT / "data")
SITE = "http://127.0.0.1:8000/"
STATUSES = ("unconfirmed", "inferred", "unknown")


def pages(site, lang=None):
    for html in sorted(site.rglob("*.html")):
        path = html.relative_to(site).as_posix()
        page_lang = path.split("/")[0] if path.split("/")[0] in ("en", "fr") else "nl"
        if path == "404.html" or (lang and page_lang != lang):
            continue
        yield path, BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")


def test_every_badge_names_its_status_and_links_to_its_explanation(built_site):
    badges, explanations = 0, {}
    for path, soup in pages(built_site):
        for badge in soup.select("a.cove-badge"):
            badges += 1
            status = next(c.removeprefix("cove-badge--") for c in badge["class"] if c.startswith("cove-badge--"))
            word = badge.select_one(".cove-badge__word").get_text()
            assert status in STATUSES, (path, status)
            assert badge["aria-label"].startswith(word) and badge.get("title"), (path, str(badge))
            target = urlsplit(urljoin(urljoin(SITE, path), badge["href"]))
            assert target.path.endswith("/how-we-source/") and target.fragment == status, (path, badge["href"])
            if target.path not in explanations:
                html = (built_site / target.path.lstrip("/") / "index.html").read_text(encoding="utf-8")
                explanations[target.path] = set(re.findall(r'\bid="([^"]+)"', html))
            assert status in explanations[target.path], f"{target.path} does not explain {status}"
    assert badges > 100


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("year", sorted(YEARS))
def test_seen_facts_carry_no_badge_and_other_facts_carry_theirs(page, lang, year):
    f = Formatter(lang)
    items = {item.select_one("dt").get_text(): item.select_one("dd")
             for item in page(lang, f"years/{year}/").select(f"#glance-{year} .cove-fact-list__item")}
    for label, path in (("max_grant", "funding.max_grant_eur"), ("duration", "funding.duration_months"),
                        ("call_budget", "funding.call_budget_eur")):
        status = YEARS[year].fact(path)["status"]
        badges = [c.removeprefix("cove-badge--") for b in items[f.t(label)].select(".cove-badge") for c in b["class"]
                  if c.startswith("cove-badge--")]
        assert badges == ([] if status == "seen" else [status]), (label, status, badges)


@pytest.mark.parametrize("lang", LANGS)
def test_how_we_source_facts_explains_each_status_once_and_is_in_the_menu(page, lang):
    explained = page(lang, "how-we-source/")
    for status in STATUSES:
        assert len(explained.select(f"#{status}")) == 1
        assert explained.select_one(f"#{status} .cove-badge__word").get_text() == \
            text("unknown" if status == "unknown" else f"status_{status}", lang)
    menu = [urlsplit(a["href"]).path for a in page(lang).select("nav.md-nav--primary a.md-nav__link")]
    assert "how-we-source/" in menu


@pytest.mark.parametrize("lang", LANGS)
def test_every_checker_rule_has_a_name_and_an_explanation_for_readers(lang):
    for rule in RULE_IDS:
        assert text(f"rule_{rule}", lang) and text(f"rule_{rule}_explained", lang)


def test_french_pages_put_no_break_spaces_before_high_punctuation_and_inside_guillemets(built_site):
    wrong = []
    for path, soup in pages(built_site, "fr"):
        for tag in soup(["script", "style", "pre", "code", "textarea"]):
            tag.decompose()
        words = soup.get_text()
        wrong += [f"{path}: …{m.string[max(0, m.start() - 30):m.end() + 10]!r}"
                  for m in re.finditer(r"\s[:;?!»]|«\s", words) if m.group(0)[0] not in (NBSP, NNBSP)
                  and m.group(0)[-1] not in (NBSP, NNBSP)]
    assert not wrong, wrong[:5]


def test_french_spacing_leaves_code_scripts_and_times_alone():
    html = ('<p title="Note : oui">Où : ici ; là ? « oui » 17:00</p><code>a : b</code>'
            '<script type="application/json">{"a" : "b ?"}</script>')
    assert french_spacing(html) == (f'<p title="Note{NBSP}: oui">Où{NBSP}: ici{NNBSP}; là{NNBSP}? «{NNBSP}oui{NNBSP}» 17:00</p>'
                                    '<code>a : b</code><script type="application/json">{"a" : "b ?"}</script>')


DEADLINE = datetime(2026, 9, 3, 17, tzinfo=timezone(timedelta(hours=2)))
OPENS = datetime(2025, 12, 4, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize("now, deadline, opens, state", [
    (OPENS - timedelta(seconds=1), DEADLINE, OPENS, "forthcoming"),
    (OPENS, DEADLINE, OPENS, "open"),
    (DEADLINE - timedelta(seconds=1), DEADLINE, OPENS, "open"),
    (DEADLINE, DEADLINE, OPENS, "closed"),
    (DEADLINE - timedelta(days=1), DEADLINE, None, "not-closed"),
    (DEADLINE + timedelta(days=1), DEADLINE, None, "closed"),
    (OPENS, None, None, "forthcoming"),
    (OPENS + timedelta(days=1), None, OPENS, "open"),
])
def test_call_state_is_decided_from_the_opening_and_the_deadline(now, deadline, opens, state):
    assert state_at(now, deadline, opens) == state


@pytest.mark.parametrize("lang", LANGS)
def test_a_deadline_without_javascript_shows_the_state_at_the_build_with_its_date(page, lang):
    box = page(lang, "years/2021/apply/").select_one(".cove-deadline + [data-cove-call-state]")
    shown = [s["data-cove-state"] for s in box.select("[data-cove-state]") if not s.has_attr("hidden")]
    assert shown == ["closed"]
    built = date.fromisoformat(box.select_one("[data-cove-as-of]")["data-cove-as-of"])
    noon = datetime(built.year, built.month, built.day, 12, tzinfo=timezone.utc)
    assert box.select_one("[data-cove-as-of]").get_text().strip("()") == text(
        "state_as_of", lang, date=Formatter(lang, now=noon).as_of())



@pytest.mark.parametrize("lang", LANGS)
def test_a_past_years_closed_call_points_to_the_next_years_call(page, lang):
    years = sorted(YEARS)
    closed = page(lang, f"years/{years[0]}/").select_one('.cove-start__state [data-cove-state="closed"]').get_text(" ")
    assert str(years[1]) in closed
    assert text("line_closed", lang, deadline="").split(".")[-2].split()[-1] not in closed
