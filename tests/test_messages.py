"""The message catalogue: complete in nl, en and fr, same placeholders, official terms, natural lists."""

from __future__ import annotations

import string

import pytest

from cove_site.engine import LANGS, MESSAGES, READINGS, RULE_IDS, STATUSES
from cove_site.engine.messages import Texts
from cove_site.engine.partnership import TYPES
from cove_site.engine.rules import READING_FLAGS
from cove_site.engine.verdict import PARAMETERS, READING_CASES


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def test_every_key_exists_in_every_language():
    keys = set(MESSAGES["en"])
    for lang in LANGS:
        assert set(MESSAGES[lang]) == keys, lang


@pytest.mark.parametrize("key", sorted(MESSAGES["en"]))
def test_a_key_has_the_same_placeholders_in_every_language(key):
    assert {lang: placeholders(MESSAGES[lang][key]) for lang in LANGS} == {
        lang: placeholders(MESSAGES["en"][key]) for lang in LANGS}


def test_every_type_status_rule_parameter_and_reading_has_its_words():
    notes = [rule for rule, _, _ in READING_CASES]
    for lang in LANGS:
        catalogue = MESSAGES[lang]
        assert all(f"type-{name}" in catalogue and f"type-a-{name}" in catalogue for name in TYPES)
        assert all(f"status-{status}" in catalogue for status in STATUSES)
        assert all(f"rule-{rule}" in catalogue for rule in (*RULE_IDS, *notes))
        assert all(f"param-{name}" in catalogue for name in PARAMETERS)
        assert all(f"verify-{flag}" in catalogue for flag in READING_FLAGS)
        assert all(f"note-{flag}" in catalogue for _, flag, _ in READING_CASES)


@pytest.mark.parametrize("lang, joined", [("nl", "A, B en C"), ("en", "A, B and C"), ("fr", "A, B et C")])
def test_lists_are_joined_the_way_each_language_writes_them(lang, joined):
    texts = Texts(lang)
    assert texts.join(["A", "B", "C"]) == joined
    assert texts.join(["A"]) == "A"


@pytest.mark.parametrize("lang, terms", [
    ("nl", ["volwaardige partners", "EU-lidstaten", "met het programma geassocieerde derde landen",
            "aanbieder van beroepsonderwijs en -opleiding", "gelieerde entiteit"]),
    ("en", ["full partners", "EU Member States", "third country associated to the Programme", "VET provider",
            "affiliated entity", "associated partner"]),
    ("fr", ["partenaires à part entière", "États membres de l'UE", "pays tiers associés au programme",
            "prestataire d'EFP", "entité affiliée", "partenaire associé"]),
])
def test_official_erasmus_terms_are_used(lang, terms):
    catalogue = " ".join(MESSAGES[lang].values())
    for term in terms:
        assert term in catalogue, term


def test_readings_are_written_once_in_every_language_with_unique_ids():
    ids = [reading["id"] for reading in READINGS]
    assert len(ids) == len(set(ids))
    assert {"outcomes", "reading-non-associated-partners", "reading-affiliated-entities", "reading-higher-education",
            "reading-composition-min-countries"} <= set(ids)
    for reading in READINGS:
        assert all(reading[lang].strip().endswith(".") for lang in LANGS), reading["id"]


@pytest.mark.parametrize("lang", LANGS)
def test_sentences_after_a_colon_start_in_lower_case_except_names(lang):
    """A verdict line reads 'Call 2022: this partnership ...', not 'Call 2022: This partnership ...'."""
    for key, text in MESSAGES[lang].items():
        for part in text.split(": ")[1:]:
            first = part[:1]
            assert not (first.isupper() and not part.startswith(("{", "EU", "EQF", "EACEA", "VET", "EFP", "CEC"))), key


def test_every_other_reading_the_engine_applies_is_documented_in_words():
    from cove_site.engine.readings import READING_IDS

    assert set(READING_IDS) == set(READING_FLAGS)
    assert set(READING_IDS.values()) <= {reading["id"] for reading in READINGS}
