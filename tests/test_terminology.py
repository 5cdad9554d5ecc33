"""One terminology (issue 14): no form that data/glossary.yaml rejects, and none of the wrong forms the language
review found, appears on any built page in any language, in any checker string or in anything the engine says."""

from __future__ import annotations

import html
import re

import pytest

from cove_site.checker_strings import STRINGS as CHECKER_STRINGS
from cove_site.engine.readings import READINGS
from cove_site.programme_data import load_programme
from site_helpers import LANGS, ROOT, engine_sentences

PROGRAMME = load_programme(ROOT / "data")

#: Wrong forms the review found that are no term of the glossary (matched with their case: "ATTENTION" is the
#: CLI's old warning word, "attention" is ordinary French).
REVIEW_FINDINGS = {
    "nl": ["Als hij geldt", "ruimtevaart", "Gunningscriteria", "Geschiktheidscheck"],
    "en": ["5and", "and 5and"],
    "fr": ["non connu", "compte compte", "ce qui atteint le minimum", "ATTENTION", "portail Funding"],
}


def rejected_forms(lang: str) -> list[str]:
    """The glossary's `avoid` forms for `lang`, minus those that are the right term for another concept
    (nl "ontvankelijkheid" is wrong for eligibility and right for admissibility)."""
    terms = {value.casefold() for value in PROGRAMME.terms(lang).values()}
    return sorted({form for entry in PROGRAMME.glossary["terms"].values()
                   for form in (entry.get("avoid") or {}).get(lang, []) if form.casefold() not in terms})


def found(text: str, lang: str) -> list[str]:
    """Every rejected form (case-insensitive) and review finding (case-sensitive) in `text`."""
    text = re.sub(r"\s+", " ", text.replace("\u2019", "'"))
    folded = text.casefold()
    hits = [form for form in rejected_forms(lang) if form.casefold() in folded]
    return hits + [form for form in REVIEW_FINDINGS[lang] if form in text]


def page_files(site, lang):
    for path in sorted(site.rglob("*.html")):
        top = path.relative_to(site).parts[0]
        if (top if top in ("en", "fr") else "nl") == lang:
            yield path


def test_the_glossary_rejects_the_forms_the_review_found():
    assert "Partnerschappen voor topkwaliteit" in rejected_forms("nl")
    assert "gunningscriteria" in rejected_forms("nl")
    assert "werkplekcomponent" in rejected_forms("nl") and "en situation de travail" in rejected_forms("fr")
    assert "ontvankelijkheid" not in rejected_forms("nl")  # the term for admissibility


@pytest.mark.parametrize("lang", LANGS)
def test_no_built_page_uses_a_rejected_form(built_site, lang):
    """Raw HTML with its character references read, so titles, tooltips and the checker's strings block count."""
    wrong = {}
    for path in page_files(built_site, lang):
        hits = found(html.unescape(path.read_text(encoding="utf-8")), lang)
        if hits:
            wrong[path.relative_to(built_site).as_posix()] = hits
    assert not wrong, wrong


@pytest.mark.parametrize("lang", LANGS)
def test_no_engine_sentence_or_reading_uses_a_rejected_form(lang):
    wrong = {key: found(text, lang) for key, text in engine_sentences(lang)}
    wrong |= {f"reading {entry['id']}": found(entry[lang], lang) for entry in READINGS}
    assert not {key: hits for key, hits in wrong.items() if hits}


@pytest.mark.parametrize("lang", LANGS)
def test_no_checker_string_uses_a_rejected_form(lang):
    wrong = {key: found(texts[lang], lang) for key, texts in CHECKER_STRINGS.items()}
    assert not {key: hits for key, hits in wrong.items() if hits}


@pytest.mark.parametrize("lang, name", [("nl", "subsidiabiliteitstoets"), ("en", "eligibility checker"),
                                        ("fr", "vérificateur d'éligibilité")])
def test_the_checker_has_one_name_per_language_and_the_glossary_holds_it(page, lang, name):
    assert PROGRAMME.terms(lang)["eligibility-checker"] == name
    assert name.casefold() in page(lang, "checker/").select_one("h1").get_text().casefold()
