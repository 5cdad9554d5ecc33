"""The pages an applicant needs besides the call's facts: before you apply, money, what a project must do,
who to ask, the glossary, the next call and the sources, in every language, each fact with its source."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urljoin, urlsplit

import pytest

from cove_site.formatting import Formatter
from cove_site.model import load_years
from cove_site.programme_data import load_programme
from site_helpers import LANGS, ROOT, lang_prefix

YEARS = load_years(ROOT / "data")
LATEST = max(YEARS)
PROGRAMME = load_programme(ROOT / "data")
NEW_PAGES = ("before-you-apply/", "project/", "contact/", "glossary/", "next-call/")
NBSP, NNBSP = "\u00a0", "\u202f"


def plain(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def article(page, lang, path):
    return page(lang, path).select_one("article")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", NEW_PAGES)
def test_every_fact_on_the_new_pages_names_its_source(page, lang, path):
    blocks = article(page, lang, path).select(".cove-source")
    assert blocks, "no sourced fact on the page"
    for block in blocks:
        assert block.select("a.cove-cite"), block.get_text(" ")


@pytest.mark.parametrize("lang, minimum, share", [
    ("nl", f"€{NBSP}5.000.000", "20%"), ("en", "€5,000,000", "20%"), ("fr", f"5{NNBSP}000{NNBSP}000{NBSP}€", f"20{NBSP}%")])
def test_funding_computes_the_co_financing_from_the_data(page, lang, minimum, share):
    grant = YEARS[LATEST].value("funding.max_grant_eur")
    rate = YEARS[LATEST].value("funding.rate_percent")
    assert grant * 100 // rate == 5_000_000 and 100 - rate == 20  # the figures below come from these facts
    text = article(page, lang, "funding/").get_text(" ")
    assert minimum in text and share in text


@pytest.mark.parametrize("lang, printed", [("nl", "Forfaitaire financiering"), ("en", "Lump-sum funding"),
                                           ("fr", "Financement forfaitaire")])
def test_funding_explains_the_lump_sum_instead_of_a_yes(page, lang, printed):
    text = plain(article(page, lang, "funding/").get_text(" "))
    assert printed not in text
    assert article(page, lang, "funding/").select_one('a[href$="glossary/#term-lump-sum"]')


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", ["participation/", "rules/", "years/2022/participation/", "funding/"])
def test_pages_link_to_glossary_terms_that_exist(built_site, page, lang, path):
    here = "http://site/" + lang_prefix(lang) + path
    links = [a["href"] for a in article(page, lang, path).select("a[href]") if "glossary/" in a["href"]]
    assert links, f"{path} has no link to the glossary"
    glossary = page(lang, "glossary/")
    for href in links:
        target = urlsplit(urljoin(here, href))
        assert target.path == "/" + lang_prefix(lang) + "glossary/", href
        if target.fragment:
            assert glossary.select_one(f"#{target.fragment}"), href


@pytest.mark.parametrize("lang", LANGS)
def test_glossary_has_every_term_with_the_other_languages(page, lang):
    glossary = article(page, lang, "glossary/")
    for key, entry in PROGRAMME.glossary["terms"].items():
        if entry.get("shown") is False:
            continue  # a term of the site's own (the checker's name), kept for the forbidden-forms test
        block = glossary.select_one(f"#term-{key}")
        assert block, key
        text = plain(block.get_text(" "))
        for other in LANGS:
            assert plain(entry["term"][other]["value"]) in text, (key, other)


@pytest.mark.parametrize("lang", LANGS)
def test_who_to_ask_gives_the_eacea_mailbox_and_each_national_agency(page, lang):
    contact = article(page, lang, "contact/")
    assert contact.select_one('a[href="mailto:eacea-eplus-vet@ec.europa.eu"]')
    for key, found in PROGRAMME.guidance["contacts"]["national"].items():
        assert contact.select_one(f'a[href="{found["value"]["url"]}"]'), key


@pytest.mark.parametrize("lang, words", [("nl", "Nog niet gepubliceerd"), ("en", "Not yet published"),
                                         ("fr", "Pas encore publié")])
def test_next_call_says_plainly_when_it_is_not_published(page, lang, words):
    outlook = YEARS[LATEST].facts.get("outlook", {}).get("next_call", {})
    text = plain(article(page, lang, "next-call/").get_text(" "))
    if outlook.get("status") == "unknown":
        assert words in text
    for item in YEARS[LATEST].value("outlook.associations", []):
        assert plain(item[lang]) in text


@pytest.mark.parametrize("lang", LANGS)
def test_sources_page_lists_each_source_on_one_line_with_publisher_and_date(page, lang):
    sources = page(lang, "sources/")
    for year, call in YEARS.items():
        for key, source in call.facts["sources"].items():
            line = sources.select_one(f"#source-{year}-{key}")
            assert line and line.name == "li", (year, key)
            assert line.select_one(f'a[href="{source["url"]}"]'), (year, key)
            if source.get("publisher"):
                # The publisher as the reader's language names it (or by its own name).
                assert plain(Formatter(lang).publisher(source)) in plain(line.get_text(" ")), (year, key)
    undated = {"nl": "zonder datum", "en": "undated", "fr": "sans date"}[lang]
    assert undated in sources.select_one(f"#source-{LATEST}-epos").get_text(" ")
    assert "2025" in sources.select_one(f"#source-{LATEST}-ft-{LATEST}").get_text(" ")


@pytest.mark.parametrize("path", NEW_PAGES + ("funding/",))
def test_new_french_text_follows_french_typography(page, path):
    for block in article(page, "fr", path).select("p, li, h1, h2, blockquote"):
        text = block.get_text()
        text = re.sub(r"https?://\S+", "", text)
        assert not re.search(r"\w [;:!?]", text), text[:120]
        assert "« " not in text and " »" not in text, text[:120]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", NEW_PAGES)
def test_new_pages_avoid_the_forms_the_glossary_rejects(page, lang, path):
    text = plain(article(page, lang, path).get_text(" ")).casefold()
    terms = {value.casefold() for value in PROGRAMME.terms(lang).values()}
    for key, entry in PROGRAMME.glossary["terms"].items():
        for form in (entry.get("avoid") or {}).get(lang, []):
            if form.casefold() in terms:
                continue  # the right term for another concept (e.g. admissibility), wrong only for this one
            assert form.casefold() not in text, (key, form)
