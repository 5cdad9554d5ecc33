"""The gettext catalogues (issue 14): one .po per language that translators can use, complete, with no fuzzy
entry, the same placeholders as the English source, and compiled into the .mo the engine and the site read."""

from __future__ import annotations

import gettext
import io
import string

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from cove_site import checker_strings, site_strings
from cove_site.catalogues import source_entries
from cove_site.engine import messages, readings
from cove_site.engine.catalogue import LOCALE_DIR, catalogue_languages, mo_path

AREAS = {"engine": messages, "site": site_strings, "reading": readings, "checker": checker_strings}
LANGS = catalogue_languages()


def po(lang: str):
    with open(mo_path(lang).removesuffix(".mo") + ".po", "rb") as handle:
        return read_po(handle)


def contexts_of_the_sources() -> set[str]:
    return {f"{area}.{key}" for area, module in AREAS.items() for key in module.SOURCE}


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def test_dutch_and_french_have_a_catalogue():
    assert {"nl", "fr"} <= set(LANGS)


def test_the_extractor_reads_every_source_text_of_the_modules():
    for area, module in AREAS.items():
        entries = source_entries(open(module.__file__, encoding="utf-8").read())
        assert {key: text for _, key, text in entries} == module.SOURCE, area


def test_the_template_holds_every_source_text_and_nothing_else():
    with open(f"{LOCALE_DIR}/cove.pot", "rb") as handle:
        template = read_po(handle)
    assert {m.context: m.id for m in template if m.id} == {
        f"{area}.{key}": text for area, module in AREAS.items() for key, text in module.SOURCE.items()}


@pytest.mark.parametrize("lang", LANGS)
def test_no_untranslated_fuzzy_or_stale_entry_ships(lang):
    catalogue = po(lang)
    entries = [m for m in catalogue if m.id]
    assert not catalogue.fuzzy
    assert not [m.context for m in entries if m.fuzzy], "fuzzy"
    assert not [m.context for m in entries if not m.string], "untranslated"
    assert not catalogue.obsolete
    assert {m.context: m.id for m in entries} == {m.context: m.id for m in _template_entries()}


def _template_entries():
    with open(f"{LOCALE_DIR}/cove.pot", "rb") as handle:
        return [m for m in read_po(handle) if m.id]


@pytest.mark.parametrize("lang", LANGS)
def test_every_translation_has_the_placeholders_of_its_source(lang):
    wrong = {m.context: (sorted(placeholders(m.id)), sorted(placeholders(m.string)))
             for m in po(lang) if m.id and placeholders(m.id) != placeholders(m.string)}
    assert not wrong


@pytest.mark.parametrize("lang", LANGS)
def test_the_committed_mo_is_the_compiled_po(lang):
    """`make messages-compile` was run: the .mo the engine reads says what the .po says."""
    with open(mo_path(lang), "rb") as handle:
        shipped = gettext.GNUTranslations(handle)
    assert not [m.context for m in po(lang) if m.id and shipped.pgettext(m.context, m.id) != m.string]
    compiled = io.BytesIO()
    write_mo(compiled, po(lang))
    with open(mo_path(lang), "rb") as handle:
        assert handle.read() == compiled.getvalue()


@pytest.mark.parametrize("lang", LANGS)
def test_the_engine_and_the_site_read_their_words_from_the_catalogue(lang):
    catalogue = {m.context: m.string for m in po(lang) if m.id}
    assert messages.MESSAGES[lang]["verdict-invalid"] == catalogue["engine.verdict-invalid"]
    assert site_strings.text("key_facts", lang) == catalogue["site.key_facts"]


def test_the_modules_hold_no_translated_text():
    """Only English source text is left in the modules (the languages live in the catalogues)."""
    for module in AREAS.values():
        code = open(module.__file__, encoding="utf-8").read()
        for lang in ("nl", "fr"):
            assert f'"{lang}": "' not in code and f'"{lang}": {{' not in code, (module.__name__, lang)
