"""French typography as one rule (issue 14): every French page, every French sentence of the engine (each key
rendered with sample values), every reading and every checker string has a no-break space before ":" and a
narrow no-break space before ";", "?" and "!" and inside « », never a plain space or none."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from cove_site.bundle import load_bundle
from cove_site.checker_strings import strings_for
from cove_site.cli import format_text
from cove_site.engine import run
from cove_site.engine.messages import Texts
from cove_site.engine.readings import READINGS
from cove_site.engine.typography import NBSP, NNBSP, french_text, typeset
from cove_site.typography import french_spacing
from site_helpers import ROOT, engine_sentences

#: A high sign after a plain space, or glued to a word and followed by a space or the end.
_WRONG = re.compile(r"(?:[ \t\n]|(?<=[\w)\]}»'’\"]))([:;?!])(?=\s|$)")
_WRONG_COLON_SPACE = re.compile(r"\u202f:")  # a colon takes the wider no-break space
_WRONG_HIGH_SPACE = re.compile(r"\u00a0[;?!]")  # ; ? ! take the narrow one


def wrong_spaces(text: str) -> list[str]:
    hits = [m for m in _WRONG.finditer(text)] + [m for m in _WRONG_COLON_SPACE.finditer(text)] + \
        [m for m in _WRONG_HIGH_SPACE.finditer(text)]
    hits += [m for m in re.finditer(r"«[^\u202f]|[^\u202f]»", text)]
    return [repr(text[max(0, m.start() - 25):m.end() + 10]) for m in hits]


@pytest.mark.parametrize("text, expected", [
    ("Appel {call}: ce", f"Appel {{call}}{NBSP}: ce"),
    ("Quels niveaux ?", f"Quels niveaux{NNBSP}?"),
    ("Quels niveaux?", f"Quels niveaux{NNBSP}?"),
    ("a; b", f"a{NNBSP}; b"),
    ("le texte « {value} »", f"le texte «{NNBSP}{{value}}{NNBSP}»"),
    ("17:00, https://example.org/?a=1 et Funding &amp; Tenders", "17:00, https://example.org/?a=1 et Funding &amp; Tenders"),
])
def test_the_rule_puts_the_right_space_and_leaves_times_addresses_and_entities_alone(text, expected):
    assert french_text(text) == expected
    assert french_text(expected) == expected  # idempotent: texts may already carry the spaces


def test_only_french_is_typeset():
    assert typeset("Call 2022: yes; no?", "en") == "Call 2022: yes; no?"
    assert typeset("Oproep 2022: ja", "nl") == "Oproep 2022: ja"


def test_the_page_renderer_uses_the_same_rule():
    assert french_spacing("<p>Appel: oui ; non ?</p>") == f"<p>{french_text('Appel: oui ; non ?')}</p>"


def test_every_french_engine_sentence_has_the_french_spaces():
    wrong = {key: wrong_spaces(text) for key, text in engine_sentences("fr")}
    assert not {key: hits for key, hits in wrong.items() if hits}


def test_every_french_reading_and_checker_string_has_the_french_spaces():
    wrong = {entry["id"]: wrong_spaces(entry["fr"]) for entry in READINGS}
    wrong |= {key: wrong_spaces(text) for key, text in strings_for("fr").items()}
    assert not {key: hits for key, hits in wrong.items() if hits}


def test_the_french_cli_output_has_the_french_spaces():
    bundle = load_bundle(ROOT / "data")
    coordinator = {"name": "Lycée A", "country": "FR", "role": "coordinator", "type": "vet-provider"}
    texts = Texts("fr", bundle["country_names"]["fr"])
    for partnership in ({"call": 2022, "eqf_levels": [4, 9], "organisations": [coordinator]},
                        {"call": 2022, "eqf_levels": [6], "organisations": [coordinator]}):
        out = format_text(run(partnership, bundle, "fr"), texts)
        assert not wrong_spaces(out), wrong_spaces(out)


def test_every_french_page_has_the_french_spaces(built_site):
    wrong = {}
    for path in sorted((built_site / "fr").rglob("*.html")):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for tag in soup(["script", "style", "pre", "code", "textarea"]):
            tag.decompose()
        hits = [hit for block in soup.find_all(string=True) for hit in wrong_spaces(re.sub(r"https?://\S+", "", block))]
        if hits:
            wrong[path.relative_to(built_site).as_posix()] = hits[:3]
    assert not wrong, wrong
