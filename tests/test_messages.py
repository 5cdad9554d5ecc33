"""The message catalogue: complete in nl, en and fr, same placeholders, official terms, natural lists."""

from __future__ import annotations

import string

import pytest

from cove_site.engine import LANGS, MESSAGES, READINGS
from cove_site.engine.messages import Texts
from cove_site.engine.partnership import TYPES
from cove_site.engine.rules import FAIL, PASS, WARN


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


def test_every_organisation_type_and_status_has_a_label():
    for lang in LANGS:
        assert all(f"type-{name}" in MESSAGES[lang] for name in TYPES)
        assert all(f"status-{status}" in MESSAGES[lang] for status in (PASS, FAIL, WARN))


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
    assert {"reading-non-associated-partners", "reading-affiliated-entities"} <= set(ids)
    for reading in READINGS:
        assert all(reading[lang].strip().endswith(".") for lang in LANGS), reading["id"]
