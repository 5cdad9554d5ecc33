"""Rule parameters for the engine, derived from the validated data (the engine never sees YAML)."""

from __future__ import annotations

from pathlib import Path

from .engine.messages import LANGS as ENGINE_LANGS
from .data.locales import babel_locale
from .model import CallYear, known_countries, load_years

# The data fact behind each rule parameter the engine reads. A parameter whose fact is not plainly `seen`
# for a year goes into that year's `unconfirmed` with its status, so the engine can say what to verify.
PARAMETER_FACTS: dict[str, str] = {
    "min_full_partners": "partnership.min_full_partners",
    "min_countries": "partnership.min_countries",
    "min_eu_member_states": "partnership.min_eu_member_states",
    "enterprise_types": "partnership.enterprise_types",
    "vet_types": "partnership.vet_types",
    "countries.eu": "countries.eu",
    "countries.associated": "countries.associated",
    "countries.excluded": "countries.excluded",
    "eqf.min": "eqf.min",
    "eqf.max": "eqf.max",
    "eqf.tertiary_min": "eqf.tertiary_min",
    "eqf.lower_max": "eqf.lower_max",
    "eqf.tertiary_needs_work_based": "eqf.tertiary_needs_work_based",
}

# The facts behind each checklist rule, for pages that show how certain a rule's values are (the rules table).
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
                "tertiary_min": value("eqf.tertiary_min"), "lower_max": value("eqf.lower_max"),
                "tertiary_needs_work_based": value("eqf.tertiary_needs_work_based", True)},
        "unconfirmed": {name: call.fact(fact)["status"] for name, fact in PARAMETER_FACTS.items()
                        if call.fact(fact)["status"] != "seen"},
    }


def build_bundle(years: dict[int, CallYear]) -> dict:
    codes = sorted(known_countries())
    return {
        "latest": max(years),
        "known_countries": codes,
        # Every language the engine speaks (a language is added with its catalogue; HACKING.md: Catalogues).
        "country_names": {lang: {code: babel_locale(lang).territories.get(code, code) for code in codes}
                          for lang in ENGINE_LANGS},
        "years": {str(year): year_parameters(call) for year, call in sorted(years.items())},
    }


def load_bundle(data_dir: Path) -> dict:
    """Load, validate and convert the data in one call; raises model.DataError with every problem."""
    return build_bundle(load_years(Path(data_dir)))
