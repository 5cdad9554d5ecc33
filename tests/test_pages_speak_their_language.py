"""Each page speaks its reader's language all the way: French typography and times, sources named in the
reader's language, no English footer from the theme, and a search index per language. Read from the real build."""

from __future__ import annotations

import json
import re
from datetime import datetime

import pytest
from bs4 import BeautifulSoup, Comment

from cove_site.formatting import Formatter
from cove_site.model import load_years
from cove_site.programme_data import load_programme
from cove_site.site.search import LUNR_LANGUAGE
from cove_site.site_strings import text
from cove_site.typography import NBSP, NNBSP
from site_helpers import LANGS, ROOT, lang_prefix

YEARS = load_years(ROOT / "data")
PROGRAMME = load_programme(ROOT / "data")
# Text that keeps its own punctuation: code, scripts, titles of cited works (<cite>), passages in another
# language (lang="en", ...), and quotations between « » (cited as written, often in the call's English).
SKIPPED = ("script", "style", "pre", "code", "textarea", "cite", "svg")
READ_ATTRIBUTES = ("title", "aria-label", "alt", "placeholder")
BOUNDARY = "\x00"


def html_pages(site, lang):
    for html in sorted(site.rglob("*.html")):
        path = html.relative_to(site).as_posix()
        first = path.split("/")[0]
        page_lang = first if first in ("en", "fr") else "nl"
        if page_lang == lang and path != "404.html":
            yield path, BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")


def foreign(node) -> bool:
    """Inside an element the French rules do not apply to (see SKIPPED)."""
    for parent in node.parents:
        if parent.name in SKIPPED:
            return True
        lang = parent.get("lang") if hasattr(parent, "get") else None
        if lang:
            return not lang.startswith("fr")
    return False


def french_text(soup) -> str:
    """The page's French text in reading order, then its tooltips and accessible names; text left out is a
    boundary, so a mark right after it is not judged."""
    parts = []
    for node in soup.find_all(string=True):
        parts.append(BOUNDARY if isinstance(node, Comment) or foreign(node) else str(node))
    for tag in soup.find_all(True):
        if foreign(tag) or tag.name in SKIPPED:
            continue
        for attribute in READ_ATTRIBUTES:
            # A link's title to another site is the title of the document it cites, as published.
            if attribute == "title" and tag.name == "a" and re.match(r"https?://", tag.get("href", "")):
                continue
            if tag.get(attribute):
                parts += [BOUNDARY, tag[attribute]]
    words = "".join(parts)
    words = re.sub(r"«[^«»]*»", lambda m: "«" + NBSP + BOUNDARY + NBSP + "»", words)
    return re.sub(r"https?://\S+|\d{1,2}:\d{2}", BOUNDARY, words)


# A plain space, or none, before : ; ? ! (the colon needs a no-break space, the others a narrow one).
WRONG_SPACING = re.compile(
    rf"[^{NBSP}{BOUNDARY}\s]:(?=\s|$)|[^{NNBSP}{NBSP}{BOUNDARY}\s(\[][;?!]|[ \t\n]+[:;?!]")


def test_french_pages_have_a_no_break_space_before_every_colon_semicolon_question_and_exclamation_mark(built_site):
    """French typography is a rule of every French page, not a habit of some strings."""
    wrong = []
    for path, soup in html_pages(built_site, "fr"):
        words = french_text(soup)
        wrong += [f"{path}: {words[max(0, m.start() - 40):m.end() + 10]!r}" for m in WRONG_SPACING.finditer(words)]
    assert not wrong, f"{len(wrong)} places, e.g. " + "\n".join(wrong[:15])


def test_the_typography_check_catches_a_missing_or_plain_space():
    """The check above would fail on the mistakes it is there for."""
    soup = BeautifulSoup("<p>Source: X ; Y! Z ?</p><cite>Title: kept</cite><p lang='en'>Note: kept</p>", "html.parser")
    assert [m.group(0) for m in WRONG_SPACING.finditer(french_text(soup))] == ["e:", " ;", "Y!", " ?"]


@pytest.mark.parametrize("lang, shown", [("nl", "17:00"), ("en", "17:00"), ("fr", f"17{NBSP}h")])
def test_deadline_times_read_as_the_language_writes_them(page, lang, shown):
    """French writes "17 h", not "17:00"; the other languages keep the 24-hour clock."""
    deadline = page(lang, "years/2022/").select_one("#glance-2022 time[datetime]").get_text()
    assert shown in deadline


def test_french_times_with_minutes_read_17_h_30():
    assert Formatter("fr").time(datetime.fromisoformat("2022-09-07T17:30:00+02:00")) == f"17{NBSP}h{NBSP}30"
    assert Formatter("en").time(datetime.fromisoformat("2022-09-07T17:30:00+02:00")) == "17:30"


@pytest.mark.parametrize("lang, colon, separator", [("nl", ": ", "; "), ("en", ": ", "; "),
                                                    ("fr", f"{NBSP}: ", f"{NNBSP}; ")])
def test_labels_and_lists_of_sources_are_punctuated_by_the_language(page, lang, colon, separator):
    """The "Source: A; B" of a fact comes from the language: French puts a no-break space before the colon and a
    narrow one before the semicolon."""
    cited = [p for p in page(lang, "years/2022/objectives/").select("p.cove-source, p") if p.select("a.cove-cite")]
    assert cited, "no fact with its sources on the 2022 objectives page"
    several = [p.get_text() for p in cited if len(p.select("a.cove-cite")) > 1]
    assert any(colon in text for text in several) and any(separator in text for text in several), several[:2]


def all_sources():
    for year, call in YEARS.items():
        yield from call.facts["sources"].values()
    yield from PROGRAMME.guidance["sources"].values()
    yield from PROGRAMME.glossary["sources"].values()


@pytest.mark.parametrize("lang", ("nl", "fr"))
def test_sources_are_named_in_the_readers_language_never_by_an_english_description(built_site, lang):
    """A publisher with a name in the reader's language is called by it (Europese Commissie, Commission
    européenne); one without keeps its own name (Dům zahraniční spolupráce), never the English description."""
    english = {s["publisher_names"]["en"] for s in all_sources() if "en" in s.get("publisher_names", {})}
    english |= {s["publisher"] for s in all_sources() if lang in s.get("publisher_names", {})}
    english -= {s.get("publisher_names", {}).get(lang) for s in all_sources()}
    assert "European Commission" in english
    shown = {}
    for path, soup in html_pages(built_site, lang):
        for link in soup.select("a.cove-cite"):
            name = link.get_text(" ", strip=True)
            if name in english:
                shown.setdefault(name, path)
    assert not shown, shown


@pytest.mark.parametrize("lang, expected", [
    ("nl", "Europese Commissie"), ("fr", "Commission européenne"), ("en", "European Commission"),
    ("nl", "Dům zahraniční spolupráce (DZS)"), ("fr", "Dům zahraniční spolupráce (DZS)"),
    ("en", "Czech National Agency for International Education and Research (DZS)"),
])
def test_a_publishers_name_falls_back_to_its_own_not_to_english(page, lang, expected):
    names = {a.get_text(" ", strip=True) for a in page(lang, "years/2022/").select("a.cove-cite")}
    names |= {a.get_text(" ", strip=True) for a in page(lang, "years/2021/").select("a.cove-cite")}
    assert expected in names


@pytest.mark.parametrize("lang", LANGS)
def test_no_page_says_made_with_material_for_mkdocs(built_site, lang):
    """Material's footer line is English on every page; the site leaves it out (extra.generator: false)."""
    said = [path for path, soup in html_pages(built_site, lang) if "Made with" in soup.get_text()
            or soup.select_one(".md-copyright a[href*='squidfunk']")]
    assert not said, said[:5]


@pytest.mark.parametrize("lang", LANGS)
def test_heading_anchors_are_titled_in_the_pages_language(built_site, lang):
    expected = text("permalink", lang)
    titles = {a.get("title") for _, soup in html_pages(built_site, lang) for a in soup.select("a.headerlink")}
    assert titles == {expected}


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_has_its_own_search_index_with_its_own_stemmer(built_site, lang):
    """One index per language, holding that language's pages only, searched with its own lunr language."""
    index = json.loads((built_site / lang_prefix(lang) / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == [LUNR_LANGUAGE[lang]]
    assert "stemmer" in index["config"]["pipeline"]
    locations = [doc["location"] for doc in index["docs"]]
    assert not [loc for loc in locations if re.match(r"(en|fr)/", loc)], "another language's page in the index"
    assert (built_site / "assets" / "javascripts" / "lunr" / "min" / f"lunr.{LUNR_LANGUAGE[lang]}.min.js").exists() \
        or lang == "en"
    # Every page of earlier programme years is in it (the latest year's copies repeat the pages at the top).
    for year in sorted(YEARS)[:-1]:
        assert f"years/{year}/funding/" in locations


@pytest.mark.parametrize("lang", LANGS)
def test_pages_look_for_search_in_their_own_language(page, lang):
    """Material finds the index under its config's `base`: the page's language root."""
    config = json.loads(page(lang, "funding/").select_one("#__config").string)
    assert config["base"].rstrip("/").endswith("" if lang == "nl" else f"/{lang}")
    assert "/workers/cove-search.js?material=search." in config["search"]
