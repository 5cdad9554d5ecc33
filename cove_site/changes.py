"""What changed between consecutive programme years, computed from the data (nothing typed by hand)."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from .checker_strings import STRINGS as CHECKER_STRINGS
from .formatting import Formatter
from .model import CallYear

# (label key in site_strings, fact path, how to show it)
COMPARED = (
    ("deadline", "application.deadline", "deadline"),
    ("call_budget", "funding.call_budget_eur", "money"),
    ("max_grant", "funding.max_grant_eur", "money"),
    ("duration", "funding.duration_months", "months"),
    ("min_full_partners", "partnership.min_full_partners", "number"),
    ("min_countries", "partnership.min_countries", "number"),
    ("min_eu_member_states", "partnership.min_eu_member_states", "number"),
    ("enterprise_side", "partnership.enterprise_types", "org_types"),
    ("vet_side", "partnership.vet_types", "org_types"),
    ("eu_member_states", "countries.eu", "countries"),
    ("associated_countries", "countries.associated", "countries"),
    ("excluded_countries", "countries.excluded", "countries"),
)


@dataclass(frozen=True)
class Change:
    label: str
    before: Markup
    after: Markup


def org_types(f: Formatter, fact: dict) -> Markup:
    names = [CHECKER_STRINGS[f"type_{t}"][f.lang] for t in fact.get("value") or []]
    return Markup(escape(", ".join(names))) + f.mark(fact)


def _shown(f: Formatter, how: str, fact: dict) -> Markup:
    if how == "org_types":
        return org_types(f, fact)
    if how == "number" and fact.get("status") != "unknown" and fact.get("value") is None:
        return Markup(escape(f.t("no_such_rule")))
    return getattr(f, how)(fact)


def _comparable(how: str, fact: dict):
    value = fact.get("value")
    if how in ("countries", "org_types") and value is not None:
        return sorted(value)
    return value


def changes_between(before: CallYear, after: CallYear, f: Formatter) -> list[Change]:
    """Every compared fact whose value differs between the two years (a newly unknown fact counts)."""
    found = []
    for label, path, how in COMPARED:
        old, new = before.fact(path), after.fact(path)
        if _comparable(how, old) != _comparable(how, new):
            found.append(Change(f.t(label), _shown(f, how, old), _shown(f, how, new)))
    return found


def all_changes(years: dict[int, CallYear], f: Formatter) -> list[tuple[int, int, list[Change]]]:
    """(year before, year after, changes) for each pair of consecutive years, in the formatter's language."""
    ordered = sorted(years)
    return [(a, b, changes_between(years[a], years[b], f)) for a, b in zip(ordered, ordered[1:])]
