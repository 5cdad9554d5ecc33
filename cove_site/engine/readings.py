"""How this checker reads the call text where it is silent or ambiguous: written down once, here.

`READINGS` is data so the site's rules page can render it in each language: the English source is `SOURCE`
below, the translations are in the catalogues (context "reading.<id>"; HACKING.md: Catalogues). The entries whose id starts
with `reading-` are the documented other readings (rules.Reading flags): a rule not met as the checker reads
the call but met under them, applied together, is "depends", never "fail" (verdict.py).
"""

from __future__ import annotations

from .catalogue import translate
from .messages import LANGS
from .typography import typeset

CONTEXT = "reading"

# The documented reading behind each rules.Reading flag.
READING_IDS: dict[str, str] = {
    "affiliated_in_composition": "reading-affiliated-entities",
    "higher_education_as_vet": "reading-higher-education",
    "composition_in_min_countries": "reading-composition-min-countries",
    "non_associated_count": "reading-non-associated-partners",
    "employer_as_enterprise": "reading-other-employers",
    "public_authority_as_vet": "reading-public-authorities",
    "tertiary_focus_only": "reading-tertiary-focus",
}

#: The English source of every reading (msgid; msgctxt "reading.<id>"), in the order the rules page shows them.
SOURCE: dict[str, str] = {
    "outcomes": (
        "Every rule gets one of four outcomes. Met: the rule is met as the checker reads the call. Not met: the "
        "rule is not met, not even under all the other readings below together, and the values it rests on are "
        "confirmed by an official source for that year. Depends: the rule is not met as the checker reads the call "
        "but is met under another reading, or it rests on a value not confirmed for that year; the checker says "
        "what to verify. Note: information that changes no outcome. The verdict is \"does not meet\" as soon as one "
        "rule is not met, otherwise \"depends\" as soon as one rule depends, and otherwise \"meets\"."
    ),
    "reading-affiliated-entities": (
        "Affiliated entities never count towards the minimum number of full partners. The checker does not count "
        "them for the enterprise and the VET provider each country needs either. Other reading: they do count for "
        "their country's composition."
    ),
    "reading-higher-education": (
        "An organisation declared as a higher education institution does not count as a VET provider. Other "
        "reading: it counts as a VET provider at tertiary level. The call speaks of VET providers \"at secondary "
        "and/or tertiary level\", such as universities of applied sciences and polytechnics: an institution that "
        "offers professional programmes should be declared as a VET provider."
    ),
    "reading-composition-min-countries": (
        "Every country with full partners that count needs an enterprise and a VET provider among them. Other "
        "reading: it is enough that the call's minimum number of countries (for example 4) have both, whatever the "
        "organisations in the other countries are."
    ),
    "reading-non-associated-partners": (
        "Organisations from third countries not associated to the Programme may be full partners, but the checker "
        "does not count them towards the minimum number of full partners, the number of countries or the "
        "composition per country. Other reading: they count towards the minimum number of full partners (never "
        "towards the number of countries)."
    ),
    "reading-other-employers": (
        "In the years whose call names only enterprises, industry and sector representative organisations, another "
        "employer (such as a hospital) does not count on the enterprise side. Other reading: it does count, as the "
        "calls from 2024 say explicitly."
    ),
    "reading-public-authorities": (
        "An organisation declared as a public authority does not count as a VET provider. Other reading: a public "
        "body that runs the VET schools taking part (in some countries public schools have no legal personality of "
        "their own) counts as their provider."
    ),
    "reading-tertiary-focus": (
        "A project that targets any EQF level from 6 to 8 counts as focusing on tertiary level, so it also needs a "
        "level from 3 to 5 and a strong work-based learning component. Other reading: a project that also targets "
        "lower levels does not focus on tertiary level and does not necessarily need that component."
    ),
    "full-partners": (
        "Full partners are the coordinator and the organisations with the role full partner. Associated partners "
        "never count. When a partnership has more than one coordinator, the coordinator rule is not met and all of "
        "them count as full partners."
    ),
    "declared-types": (
        "The checker uses the type the applicant declares for each organisation and guesses nothing from names. "
        "Which types count on the enterprise side is set by each year's data (other employers only in the years "
        "whose call names them)."
    ),
    "country-codes": (
        "Country codes are ISO 3166-1 codes in any case; the EU's codes EL (Greece) and UK (United Kingdom) are "
        "accepted as GR and GB. XK (Kosovo) is a valid third country not associated to the Programme."
    ),
    "excluded-countries": (
        "An organisation from a country excluded in a year (such as Belarus and Russia) may not take part in any "
        "role; it does not count anywhere either."
    ),
    "unconfirmed-values": (
        "When no official source confirms a value for a year (only third-party sources, or inferred from other "
        "years), the checker says so once, above the findings. A rule resting on such a value depends when it is "
        "not met and is a note when it is met. A year for which it is not known whether a minimum number of EU "
        "Member States applies does not get that rule."
    ),
    "eqf-levels": (
        "The EQF levels are the levels the project targets. Tertiary is the year's range (2022: 6 to 8); a lower "
        "level is one from the minimum to the highest lower level (2022: 3 to 5)."
    ),
}

#: Every reading in every language the engine speaks, as that language writes it (French spacing), read from
#: the catalogues: [{"id": ..., "nl": ..., "en": ..., "fr": ...}].
READINGS: list[dict[str, str]] = [
    {"id": key, **{lang: typeset(translate(lang, f"{CONTEXT}.{key}", text), lang) for lang in LANGS}}
    for key, text in SOURCE.items()]
