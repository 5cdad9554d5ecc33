"""Search in the reader's language, in real Chromium on the served site: each language searches its own pages
with its own stemmer, accents or none, a year's pages under their year, and all of it under the site's CSP."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

import pytest

from site_helpers import LANGS, lang_prefix

RESULTS = ".md-search-result__item > a"
QUERY = "input[data-md-component=search-query]"


def fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def search(watched, url: str, words: str) -> list[str]:
    """Type `words` into the search box of `url`; the paths of the results, best first."""
    tab = watched.page
    tab.goto(url)
    tab.click(QUERY)
    tab.keyboard.type(words, delay=20)
    tab.wait_for_function("selector => document.querySelectorAll(selector).length > 0", arg=RESULTS, timeout=30_000)
    tab.wait_for_timeout(300)  # the last keystroke's results replace the earlier ones
    return [urlsplit(href).path for href in tab.eval_on_selector_all(RESULTS, "els => els.map(e => e.href)")]


def in_language(path: str, lang: str, root: str = "/") -> bool:
    inside = path.removeprefix(root)
    first = inside.split("/")[0]
    return first == lang if lang != "nl" else first not in ("en", "fr")


@pytest.mark.parametrize("lang", LANGS)
def test_search_lists_only_pages_in_the_readers_language(watched, served, lang):
    """"Erasmus" is on every page in every language: a reader still gets only their own language's pages."""
    found = search(watched, served["root"] + lang_prefix(lang), "Erasmus")
    assert len(found) >= 5
    assert [p for p in found if not in_language(p, lang)] == []
    assert not watched.console_errors and not watched.foreign_requests()


@pytest.mark.parametrize("lang", LANGS)
def test_a_years_pages_are_found_under_their_year(watched, served, lang):
    """"2022 budget" leads to the funding page of the 2022 call first."""
    found = search(watched, served["root"] + lang_prefix(lang), "2022 budget")
    assert found[0] == f"/{lang_prefix(lang)}years/2022/funding/"
    assert [p for p in found if not in_language(p, lang)] == []


@pytest.mark.parametrize("words", ["éligibilité", "eligibilite", "Éligibilité", "eligibilité"])
def test_french_search_finds_the_checker_with_or_without_accents(watched, served, words):
    found = search(watched, served["root"] + "fr/", words)
    assert found[0] == "/fr/checker/", found[:5]
    assert not watched.console_errors


@pytest.mark.parametrize("lang", LANGS)
def test_the_checker_is_found_by_the_words_of_its_title_typed_without_accents(watched, served, page, lang):
    """The longest word of the checker's title, typed whole and without accents, finds it among the first
    results in every language (the language's stemmer meets a whole word, accents fold)."""
    title = page(lang, "checker/").select_one("h1").get_text(" ", strip=True)
    word = max(re.split(r"[\s'’\-()]+", title), key=len)
    found = search(watched, served["root"] + lang_prefix(lang) + "checker/", fold(word))
    assert f"/{lang_prefix(lang)}checker/" in found[:3], (word, found[:5])
    # On the checker page search starts only when opened, under the checker's own, stricter policy.
    assert not watched.console_errors and not watched.foreign_requests()


def test_english_search_stems_the_word_the_reader_types(watched, served):
    """"partnerships" and "partner" meet in the English stemmer: the participation page has both."""
    found = search(watched, served["root"] + "en/", "partnerships")
    assert "/en/participation/" in found


def test_search_works_under_a_sub_path_in_each_language(watched, served):
    for lang in LANGS:
        found = search(watched, served["sub"] + lang_prefix(lang), "2022 budget")
        assert found[0] == f"/cove/{lang_prefix(lang)}years/2022/funding/"
        assert all(in_language(p, lang, "/cove/") for p in found)
    assert not watched.console_errors and not watched.foreign_requests()
