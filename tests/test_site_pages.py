"""The built site, page by page and language by language, as a reader (or a crawler) receives it."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import pytest

from site_helpers import LANGS, PAGES, lang_prefix

NBSP, NNBSP = "\u00a0", "\u202f"
SITE = "http://127.0.0.1:8000/"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", PAGES)
def test_every_page_exists_in_every_language_with_its_lang_attribute(page, lang, path):
    assert page(lang, path).html["lang"] == lang


@pytest.mark.parametrize("lang, amount, deadline", [
    ("nl", f"€{NBSP}4.000.000", "7 september 2022, 17:00 (Brusselse tijd)"),
    ("en", "€4,000,000", "7 September 2022, 17:00 (Brussels time)"),
    ("fr", f"4{NNBSP}000{NNBSP}000{NBSP}€", f"7 septembre 2022, 17{NBSP}h (heure de Bruxelles)"),
])
def test_year_home_shows_key_facts_formatted_for_the_locale(page, lang, amount, deadline):
    table = page(lang, "years/2022/").select_one("#glance-2022 dl.cove-fact-list").get_text(" ")
    assert amount in table
    assert deadline in table
    assert "48" in table and "8" in table and "4" in table


@pytest.mark.parametrize("lang", LANGS)
def test_deadline_carries_the_instant_with_its_utc_offset(page, lang):
    times = {t["datetime"] for t in page(lang, "years/2022/apply/").select("time[datetime]")}
    assert times == {"2022-09-07T17:00:00+02:00"}


@pytest.mark.parametrize("lang, expected", [
    ("nl", ["Noorwegen", "Noord-Macedonië", "Turkije"]),
    ("en", ["Norway", "North Macedonia", "Türkiye"]),
    ("fr", ["Norvège", "Macédoine du Nord", "Turquie"]),
])
def test_country_names_come_in_the_page_language(page, lang, expected):
    text = page(lang, "participation/").get_text(" ")
    for name in expected:
        assert name in text


@pytest.mark.parametrize("lang, unknown", [("nl", "niet bekend"), ("en", "not known"), ("fr", "inconnu")])
def test_a_fact_nobody_published_is_shown_as_unknown(page, lang, unknown):
    # 2024's results were never published: the numbers table says so instead of showing zero.
    row = page(lang, "numbers/").select_one('#cove-numbers tr[data-year="2024"]')
    assert unknown in row.select_one('[data-field="funded"]').get_text(" ")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", PAGES)
def test_language_switcher_lands_on_the_same_page(page, lang, path):
    links = {a["hreflang"]: a["href"] for a in page(lang, path).select("a.md-select__link[hreflang]")}
    assert set(links) == set(LANGS)
    here = urljoin(SITE, lang_prefix(lang) + path)
    for other, href in links.items():
        assert urljoin(here, href) == urljoin(SITE, lang_prefix(other) + path)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", PAGES)
def test_hreflang_alternates_are_absolute_page_level_two_way_with_x_default(page, lang, path):
    links = {link["hreflang"]: link["href"] for link in page(lang, path).select("link[hreflang]")
             if "alternate" in link["rel"]}
    assert set(links) == set(LANGS) | {"x-default"}
    for other in LANGS:
        assert links[other] == urljoin(SITE, lang_prefix(other) + path)
        back = {l["hreflang"]: l["href"] for l in page(other, path).select("link[hreflang]")}
        assert back[lang] == urljoin(SITE, lang_prefix(lang) + path)
    assert links["x-default"] == urljoin(SITE, path)


@pytest.mark.parametrize("lang", LANGS)
def test_navigation_links_stay_in_the_language(page, lang):
    here = urljoin(SITE, lang_prefix(lang))
    for a in page(lang).select("nav.md-nav--primary a.md-nav__link[href]"):
        target = urlsplit(urljoin(here, a["href"])).path
        assert target.startswith("/" + lang_prefix(lang)), a["href"]
        if lang == "nl":
            assert not re.match(r"^/(en|fr)/", target)


@pytest.mark.parametrize("lang", LANGS)
def test_search_index_of_each_language_covers_all_its_pages(built_site, lang):
    """Every page of a language is in that language's own index (the per-language split loses none)."""
    import json
    prefix = "" if lang == "nl" else f"{lang}/"
    index = json.loads((built_site / prefix / "search" / "search_index.json").read_text())
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    for path in PAGES:
        assert path in locations, path


def test_no_page_loads_anything_from_another_host(built_site):
    """Scripts, styles, fonts, images and frames all come from the site itself (links to read are fine)."""
    from bs4 import BeautifulSoup

    navigational = {"alternate", "canonical", "prev", "next"}
    offenders = []
    for html in built_site.rglob("*.html"):
        soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        for tag in soup.select("script[src], link[href], img[src], iframe[src], source[src], video[src], audio[src], object[data]"):
            if tag.name == "link" and navigational & set(tag.get("rel", [])):
                continue
            url = tag.get("src") or tag.get("href") or tag.get("data")
            if urlsplit(url).netloc:
                offenders.append(f"{html.relative_to(built_site)}: <{tag.name} {url}>")
        assert "fonts.googleapis" not in str(soup) and "fonts.gstatic" not in str(soup)
    for css in built_site.rglob("*.css"):
        assert not re.search(r"@import\s+url\(\s*['\"]?https?:", css.read_text(encoding="utf-8")), css
    assert offenders == []


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", ["", "participation/", "funding/", "years/2022/", "years/2021/participation/"])
def test_every_fact_names_its_sources_listed_once_per_block(page, lang, path):
    blocks = page(lang, path).select(".cove-fact-block")
    assert blocks
    for block in blocks:
        listed = [li["id"] for li in block.select("ol.cove-refs > li")]
        urls = [li.select_one("a.cove-cite")["href"] for li in block.select("ol.cove-refs > li")]
        assert len(urls) == len(set(urls)), f"a source is listed twice: {urls}"
        for dd in block.select("dl.cove-fact-list dd"):
            refs = [a["href"].removeprefix("#") for a in dd.select("a.cove-ref")]
            assert refs or dd.select_one(".cove-badge--unknown"), dd.get_text(" ")
            assert set(refs) <= set(listed), (refs, listed)
        assert set(listed) == {a["href"].removeprefix("#") for a in block.select("a.cove-ref")}, "an unused source"
