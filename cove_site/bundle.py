"""Rule parameters for the engine, derived from the validated data (the engine never sees YAML)."""

from __future__ import annotations

from pathlib import Path

from babel import Locale

from .formatting import BABEL_LOCALE
from .model import LANGUAGES, CallYear, known_countries, load_years

# Which facts each rule's parameters come from: a rule is `unconfirmed` for a year when any of them
# is not plainly seen in a source for that year.
RULE_FACTS: dict[str, tuple[str, ...]] = {
    "coordinator": ("countries.eu", "countries.associated"),
    "min-full-partners": ("partnership.min_full_partners",),
    "min-countries": ("partnership.min_countries", "countries.eu", "countries.associated"),
    "min-eu-member-states": ("partnership.min_eu_member_states",),
    "country-composition": ("partnership.enterprise_types", "partnership.vet_types"),
    "eqf-levels": ("eqf.min", "eqf.max"),
    "tertiary-needs-lower-level": ("eqf.tertiary_min", "eqf.lower_max"),
    "tertiary-needs-work-based": ("eqf.tertiary_needs_work_based",),
    "excluded-country": ("countries.excluded",),
}


def year_parameters(call: CallYear) -> dict:
    """One year's rule parameters, in the shape HACKING.md documents."""
    value = call.value
    return {
        "year": call.year,
        "countries": {group: sorted(value(f"countries.{group}") or []) for group in ("eu", "associated", "excluded")},
        "min_full_partners": value("partnership.min_full_partners"),
        "min_countries": value("partnership.min_countries"),
        "min_eu_member_states": value("partnership.min_eu_member_states"),
        "enterprise_types": list(value("partnership.enterprise_types")),
        "vet_types": list(value("partnership.vet_types")),
        "eqf": {"min": value("eqf.min"), "max": value("eqf.max"),
                "tertiary_min": value("eqf.tertiary_min"), "lower_max": value("eqf.lower_max")},
        "unconfirmed": [rule for rule, facts in RULE_FACTS.items()
                        if any(call.fact(name)["status"] != "seen" for name in facts)],
    }


def build_bundle(years: dict[int, CallYear]) -> dict:
    codes = sorted(known_countries())
    return {
        "latest": max(years),
        "known_countries": codes,
        "country_names": {lang: {code: Locale.parse(BABEL_LOCALE[lang]).territories.get(code, code) for code in codes}
                          for lang in LANGUAGES},
        "years": {str(year): year_parameters(call) for year, call in sorted(years.items())},
    }


def load_bundle(data_dir: Path) -> dict:
    """Load, validate and convert the data in one call; raises model.DataError with every problem."""
    return build_bundle(load_years(Path(data_dir)))
