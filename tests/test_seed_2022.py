"""Every fact of the seed text (the Dutch 2022 call text in /work/shared/seed) is on the built 2022 pages.

Each entry reads a fact out of the seed with a pattern, so a changed seed fails here too, and names the Dutch
2022 page that must show it. Where the site deliberately corrects the seed's Dutch (a mistranslation), the
correction is written down in the entry, with the reason.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

import pytest

SEED = Path(os.environ.get("COVE_SEED", "/work/shared/seed/cove-call-2022.nl.txt"))
WORDS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8}

pytestmark = pytest.mark.skipif(not SEED.is_file(), reason=f"seed text not found at {SEED}")


def plain(text: str) -> str:
    """Compare as a reader sees it: no-break spaces as spaces, one space for any run, typographic quotes plain."""
    text = unicodedata.normalize("NFKC", text).replace("“", '"').replace("”", '"').replace("„", '"')
    return " ".join(text.split())


def seed() -> str:
    return plain(SEED.read_text(encoding="utf-8"))


def number(word: str) -> int:
    return int(word) if word.isdigit() else WORDS[word]


def items(listed: str) -> list[str]:
    """'bv. a, b, c enz.' -> ['a', 'b', 'c']"""
    listed = re.sub(r"^bv\.\s*", "", listed.strip())
    listed = re.sub(r"\s*enz\.?$", "", listed)
    return [part.strip() for part in listed.split(",")]


# Where the site's Dutch differs from the seed's on purpose (reason in the data's note for that fact).
CORRECTED = {
    "ruimtevaart": "luchtvaart",  # the English call says "aeronautics"; the seed mistranslates it
    "duurzame ontwikkelingsdoelstellingen": "duurzameontwikkelingsdoelstellingen",  # one compound noun
    "het bijspijkeren van de vaardigheden van lageropgeleiden": "bijscholing van laaggeschoolden",
}

# (id, pattern in the seed, 2022 page, expected texts derived from the match)
SEED_FACTS = [
    ("objective", r"(Deze actie ondersteunt de geleidelijke opzet en ontwikkeling van Europese platformen .*?samenwerkingsplatformen\.)",
     "objectives/", lambda m: [m[1]]),
    ("upward-convergence", r"(De platformen streven naar \"opwaartse convergentie\" .*?groei en innovatie\.)",
     "objectives/", lambda m: [m[1]]),
    ("target-group-levels", r"op niveaus (\d) tot (\d) van het Europees kwalificatiekader",
     "objectives/", lambda m: [f"op niveau {m[1]} tot {m[2]} van het Europees kwalificatiekader"]),
    ("target-group-providers", r"met inbegrip van het (hoger secundair) niveau, .*?\((bv\. .*? enz\.)\)",
     "objectives/", lambda m: [f"het {m[1]} niveau", "postsecundair niet-tertiair", *items(m[2])]),
    ("tertiary-rule", r"EQF-niveaus (\d) tot en met (\d)\) moeten ten minste een ander kwalificatieniveau tussen EQF-niveaus (\d) tot en met (\d)",
     "objectives/", lambda m: [f"EQF-niveau {m[1]} tot en met {m[2]}", f"tussen {m[3]} en {m[4]}"]),
    ("work-based", r"(sterk werkgebaseerde) component", "objectives/", lambda m: ["sterke component werkplekleren"]),
    ("sectors", r"specifieke sectoren \((bv\. .*? enz\.)\)", "objectives/",
     lambda m: [CORRECTED.get(item, item) for item in items(m[1])]),
    ("challenges", r"maatschappelijke uitdagingen aan te pakken \((bv\. .*? enz\.)\)", "objectives/",
     lambda m: [CORRECTED.get(item, item) for item in items(m[1])]),
    ("full-partners", r"minimaal (\w+) volwaardige partners, uit minstens (\w+) programmalanden \(waaronder ten minste (\w+) EU-lidstaten\)",
     "participation/", lambda m: [f"Ten minste {number(m[1])} volwaardige partners", f"ten minste {number(m[2])} EU-lidstaten",
                                  f"ten minste {number(m[3])} landen EU-lidstaten"]),
    ("per-country", r"(ten minste 1 onderneming of organisatie die het bedrijfsleven of de sector vertegenwoordigt); en (?:• )?(ten minste 1 aanbieder van beroepsonderwijs en -opleiding \(op secundair en/of tertiair niveau\))",
     "participation/", lambda m: [m[1], m[2]]),
    ("grant", r"projectduur van (\d+) maanden\) is een projectfinanciering voorzien van maximaal €(\d{1,3}(?:\.\d{3})+)",
     "funding/", lambda m: [f"{m[1]} maanden", f"€ {m[2]}"]),
    ("applicant", r"die de projectaanvraag doet (namens alle deelnemende organisaties)", "apply/", lambda m: [m[1]]),
    ("deadline", r"ten laatste op (\d+ \w+) om (\d\d:\d\d) uur \(Belgische tijd\)",
     "apply/", lambda m: [f"{m[1]} 2022, {m[2]} (Brusselse tijd)"]),
    ("agency", r"(Europees Uitvoerend Agentschap onderwijs en cultuur \(EACEA\))", "apply/", lambda m: [m[1]]),
]


@pytest.mark.parametrize("fact, pattern, path, expected", SEED_FACTS, ids=[f[0] for f in SEED_FACTS])
def test_seed_fact_is_on_the_2022_page(page, fact, pattern, path, expected):
    match = re.search(pattern, seed())
    assert match, f"the seed no longer says this ({fact}): {pattern}"
    shown = plain(page("nl", f"years/2022/{path}").select_one("article").get_text(" "))
    for text in expected(match):
        assert plain(text) in shown, f"{fact}: {text!r} is not on years/2022/{path}"


@pytest.mark.parametrize("lang, heading", [("nl", "Doel van de actie"), ("en", "What the action supports"),
                                            ("fr", "Ce que l'action soutient")])
def test_the_three_missing_parts_are_on_the_2022_page_in_every_language(page, lang, heading):
    article = page(lang, "years/2022/objectives/").select_one("article")
    headings = [plain(h.get_text(" ")).rstrip(" ¶") for h in article.select("h2")]
    assert heading in headings
    text = plain(article.get_text(" "))
    wanted = {"nl": ["opwaartse convergentie", "postsecundair niet-tertiair", "hogescholen"],
              "en": ["upward convergence", "post-secondary non-tertiary", "universities of applied sciences"],
              "fr": ["convergence ascendante", "post-secondaire non tertiaire", "hautes écoles spécialisées"]}[lang]
    for phrase in wanted:
        assert phrase in text, phrase
