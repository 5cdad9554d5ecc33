"""The call's formal rules. Parameters come from one year of the bundle, never from constants here.

A rule takes a `Check` and returns (status, message). `RULES` fixes the order of the findings. Where the
call text can be read two ways, `Reading` holds the choice, so the same rules can be run under the other
reading to say what would change (see readings.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from .countries import Groups
from .messages import Texts
from .partnership import Organisation, Partnership

PASS, FAIL, WARN = "pass", "fail", "warn"


@dataclass(frozen=True)
class Reading:
    """The defaults are the readings this checker applies; each flag is the other reading."""

    non_associated_count: bool = False       # full partners from non-associated countries count toward the minimum
    affiliated_in_composition: bool = False  # affiliated entities count for their country's composition


class Year:
    """One year's parameters from the bundle, with the country groups as sets."""

    def __init__(self, params: dict):
        self.year = params["year"]
        self.groups = Groups(params["countries"])
        self.min_full_partners = params["min_full_partners"]
        self.min_countries = params["min_countries"]
        self.min_eu_member_states = params["min_eu_member_states"]
        self.enterprise_types = tuple(params["enterprise_types"])
        self.vet_types = tuple(params["vet_types"])
        self.eqf = params["eqf"]
        self.unconfirmed = frozenset(params.get("unconfirmed") or ())


class Consortium:
    """Who counts under a reading: the full partners from EU Member States and associated countries, the
    organisations that do not count (grouped by reason), and each counted country's members."""

    def __init__(self, partnership: Partnership, year: Year, reading: Reading):
        groups = year.groups
        self.counted: list[Organisation] = []
        self.skipped: dict[str, list[Organisation]] = {
            "excluded": [], "non-associated": [], "affiliated": [], "associated": []}
        for org in partnership.organisations:
            if org.role == "affiliated-entity":
                self.skipped["affiliated"].append(org)
            elif org.role == "associated-partner":
                self.skipped["associated"].append(org)
            elif org.country in groups.programme:
                self.counted.append(org)
            else:
                self.skipped[groups.group(org.country)].append(org)
        self.full_partners = len(self.counted)
        if reading.non_associated_count:
            self.full_partners += len(self.skipped["non-associated"])
        self.members: dict[str, list[Organisation]] = {}
        for org in self.counted:
            self.members.setdefault(org.country, []).append(org)
        if reading.affiliated_in_composition:
            for org in self.skipped["affiliated"]:
                if org.country in self.members:
                    self.members[org.country].append(org)
        self.countries = list(self.members)
        self.eu_countries = [code for code in self.countries if code in groups.eu]


@dataclass
class Check:
    partnership: Partnership
    year: Year
    texts: Texts
    consortium: Consortium

    def levels(self, low: int, high: int) -> list[int]:
        return [level for level in self.partnership.eqf_levels if low <= level <= high]

    def eqf_params(self) -> dict:
        eqf = self.year.eqf
        return {"min": eqf["min"], "max": eqf["max"], "tmin": eqf["tertiary_min"], "lmax": eqf["lower_max"]}


def _numbers(t: Texts, levels: list[int]) -> str:
    return t.join([str(level) for level in levels], limit=None)


def coordinator(c: Check) -> tuple[str, str]:
    t = c.texts
    coordinators = [org for org in c.partnership.organisations if org.role == "coordinator"]
    if not coordinators:
        return FAIL, t("coordinator-none")
    if len(coordinators) > 1:
        return FAIL, t("coordinator-many", count=len(coordinators), orgs=t.orgs(coordinators))
    org = coordinators[0]
    group = c.year.groups.group(org.country)
    if group in ("eu", "associated"):
        return PASS, t(f"coordinator-{group}", org=t.org(org))
    return FAIL, t("coordinator-outside", org=t.org(org))


def min_full_partners(c: Check) -> tuple[str, str]:
    t, consortium, minimum = c.texts, c.consortium, c.year.min_full_partners
    status = PASS if consortium.full_partners >= minimum else FAIL
    sentences = [t(f"full-partners-{status}", count=consortium.full_partners, min=minimum)]
    for reason, orgs in consortium.skipped.items():
        if orgs:
            sentences.append(t(f"not-counted-{reason}", orgs=t.orgs(orgs)))
    return status, " ".join(sentences)


def min_countries(c: Check) -> tuple[str, str]:
    countries, minimum = c.consortium.countries, c.year.min_countries
    status = PASS if len(countries) >= minimum else FAIL
    return status, c.texts(f"countries-{status}", count=len(countries), countries=c.texts.countries(countries),
                           min=minimum)


def min_eu_member_states(c: Check) -> tuple[str, str]:
    countries, minimum = c.consortium.eu_countries, c.year.min_eu_member_states
    if minimum is None:
        return PASS, c.texts("eu-none", call=c.year.year)
    status = PASS if len(countries) >= minimum else FAIL
    return status, c.texts(f"eu-{status}", count=len(countries), countries=c.texts.countries(countries), min=minimum)


def country_composition(c: Check) -> tuple[str, str]:
    t, year = c.texts, c.year
    sides = {"enterprise_side": t.types(year.enterprise_types), "vet_side": t.types(year.vet_types)}
    if not c.consortium.members:
        return PASS, t("composition-empty")
    gaps = []
    for code, members in c.consortium.members.items():
        types = {org.type for org in members}
        lacks = [side for side, wanted in (("enterprise", year.enterprise_types), ("vet", year.vet_types))
                 if types.isdisjoint(wanted)]
        if lacks:
            key = "lacks-both" if len(lacks) == 2 else f"lacks-{lacks[0]}"
            gaps.append(t(key, country=t.country(code), **sides))
    if not gaps:
        return PASS, t("composition-pass", **sides)
    return FAIL, " ".join([t("composition-fail", **sides)] + gaps)


def eqf_levels(c: Check) -> tuple[str, str]:
    t, params = c.texts, c.eqf_params()
    levels = c.partnership.eqf_levels
    if not levels:
        return FAIL, t("eqf-none", **params)
    outside = [level for level in levels if level not in c.levels(params["min"], params["max"])]
    if outside:
        return FAIL, t("eqf-outside", levels=_numbers(t, outside), **params)
    return PASS, t("eqf-pass", levels=_numbers(t, list(levels)), **params)


def _tertiary(c: Check, satisfied, pass_key: str, fail_key: str) -> tuple[str, str]:
    """The two rules for projects at tertiary level: not applicable without a tertiary level."""
    t, params = c.texts, c.eqf_params()
    tertiary = c.levels(params["tmin"], params["max"])
    if not tertiary:
        return PASS, t("tertiary-not-applicable", **params)
    lower = c.levels(params["min"], params["lmax"])
    status = PASS if satisfied(lower) else FAIL
    return status, t(pass_key if status == PASS else fail_key, tertiary=_numbers(t, tertiary),
                     lower=_numbers(t, lower), **params)


def tertiary_needs_lower_level(c: Check) -> tuple[str, str]:
    return _tertiary(c, bool, "lower-level-pass", "lower-level-fail")


def tertiary_needs_work_based(c: Check) -> tuple[str, str]:
    return _tertiary(c, lambda _: c.partnership.work_based_learning, "work-based-pass", "work-based-fail")


def excluded_country(c: Check) -> tuple[str, str]:
    t, year = c.texts, c.year
    excluded = year.groups.excluded
    if not excluded:
        return PASS, t("excluded-none", call=year.year)
    orgs = [org for org in c.partnership.organisations if org.country in excluded]
    if not orgs:
        return PASS, t("excluded-pass", countries=t.countries(sorted(excluded)))
    present = sorted({org.country for org in orgs})
    return FAIL, t("excluded-fail", call=year.year, countries=t.countries(present), orgs=t.orgs(orgs))


RULES = (
    ("coordinator", coordinator),
    ("min-full-partners", min_full_partners),
    ("min-countries", min_countries),
    ("min-eu-member-states", min_eu_member_states),
    ("country-composition", country_composition),
    ("eqf-levels", eqf_levels),
    ("tertiary-needs-lower-level", tertiary_needs_lower_level),
    ("tertiary-needs-work-based", tertiary_needs_work_based),
    ("excluded-country", excluded_country),
)


def statuses(partnership: Partnership, year: Year, texts: Texts, reading: Reading) -> dict[str, tuple[str, str]]:
    """Every rule's (status, message) under one reading, before `unconfirmed` turns any into a warning."""
    check = Check(partnership, year, texts, Consortium(partnership, year, reading))
    return {rule_id: rule(check) for rule_id, rule in RULES}
