"""The call's formal rules, each run under one reading of the call text. Parameters come from one year of
the bundle, never from constants here.

A rule takes a `Check` and returns an `Outcome`: met or not, what it found in words, the smallest change that
would meet it, and which of the year's parameters a failure rests on (so a parameter that no official source
confirms turns the failure into "depends"). `RULES` fixes the order; verdict.py combines the readings.
"""

from __future__ import annotations

from collections import namedtuple

from .countries import Groups
from .messages import Texts
from .partnership import Organisation, Partnership

PASS, FAIL, DEPENDS, NOTE = "pass", "fail", "depends", "note"
FULL_ROLES = ("coordinator", "full-partner")


READING_FLAGS = (
    "affiliated_in_composition",     # 1. affiliated entities count for their country's composition
    "higher_education_as_vet",       # 2. a higher education institution counts as a tertiary VET provider
    "composition_in_min_countries",  # 3. `min_countries` countries with both sides are enough
    "non_associated_count",          # 4. non-associated full partners count towards the minimum
    "employer_as_enterprise",        # 5. other employers count on the enterprise side in every year
    "public_authority_as_vet",       # 6. a public body that runs VET schools counts as their VET provider
    "tertiary_focus_only",           # 7. work-based learning only when tertiary is the project's focus
)
# Every flag False: the readings this checker applies; each flag switches on another documented reading
# (readings.py explains each in words). Named tuples, not dataclasses: see partnership.py.
Reading = namedtuple("Reading", READING_FLAGS, defaults=(False,) * len(READING_FLAGS))
ALL_OTHER_READINGS = Reading(**{flag: True for flag in READING_FLAGS})


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
        self.work_based_required = params["eqf"].get("tertiary_needs_work_based", True)
        # parameter name -> its status, for every parameter no official source confirms for this year
        self.unconfirmed: dict[str, str] = dict(params.get("unconfirmed") or {})
        self._sorted: tuple[Partnership, Sorting] | None = None

    def sorting(self, partnership: Partnership) -> Sorting:
        """The reading-independent sorting of one partnership, made once however many readings run."""
        if self._sorted is None or self._sorted[0] is not partnership:
            self._sorted = (partnership, Sorting(partnership, self))
        return self._sorted[1]


# status: PASS or FAIL under the reading the rule ran with; message: what the rule found, in words;
# action: the smallest change that would meet the rule (FAIL only); rests_on: the year's parameters the
# outcome rests on.
Outcome = namedtuple("Outcome", "status message action rests_on", defaults=("", ()))


class Sorting:
    """Who is what, whatever the reading: full partners that count (by country, with the types each country
    has), the organisations that do not count, by reason, and those in each country that take part in another
    role. Made once per check and shared by every reading (see Year.sorting), so a reading costs the countries
    it looks at, not another walk through 2,000 organisations."""

    def __init__(self, partnership: Partnership, year: Year):
        groups = year.groups
        self.counted: list[Organisation] = []
        self.skipped: dict[str, list[Organisation]] = {
            "excluded": [], "non-associated": [], "affiliated": [], "associated": []}
        self.members: dict[str, list[Organisation]] = {}
        # country -> its affiliated entities and associated partners, in document order (what to promote)
        self.others: dict[str, list[Organisation]] = {}
        for org in partnership.organisations:
            if org.role not in FULL_ROLES:
                self.skipped["affiliated" if org.role == "affiliated-entity" else "associated"].append(org)
                self.others.setdefault(org.country, []).append(org)
            elif org.country in groups.programme:
                self.counted.append(org)
                self.members.setdefault(org.country, []).append(org)
            else:
                self.skipped[groups.group(org.country)].append(org)
        self.types: dict[str, set[str]] = {code: {org.type for org in orgs} for code, orgs in self.members.items()}
        # the types a counted country's affiliated entities add when they count for its composition
        self.affiliated_types: dict[str, set[str]] = {}
        for org in self.skipped["affiliated"]:
            if org.country in self.members:
                self.affiliated_types.setdefault(org.country, set()).add(org.type)


class Consortium:
    """Who counts under a reading: full partners from EU Member States and associated countries, the
    organisations that do not count (by reason), and each counted country's members and their types."""

    def __init__(self, partnership: Partnership, year: Year, reading: Reading):
        sorting = year.sorting(partnership)
        self.counted, self.skipped = sorting.counted, sorting.skipped
        self.full_partners = len(self.counted)
        if reading.non_associated_count:
            self.full_partners += len(self.skipped["non-associated"])
        self.members: dict[str, list[Organisation]] = sorting.members
        self.types: dict[str, set[str]] = sorting.types
        if reading.affiliated_in_composition and self.skipped["affiliated"]:
            self.members = {code: list(orgs) for code, orgs in sorting.members.items()}
            for org in self.skipped["affiliated"]:
                if org.country in self.members:
                    self.members[org.country].append(org)
            added = sorting.affiliated_types
            self.types = {code: types | added[code] if code in added else types for code, types in self.types.items()}
        self.countries = list(self.members)
        self.eu_countries = [code for code in self.countries if code in year.groups.eu]


class Check:
    """One partnership against one year's rules under one reading, with the words to say it in."""

    __slots__ = ("partnership", "year", "texts", "reading", "consortium")

    def __init__(self, partnership: Partnership, year: Year, texts: Texts, reading: Reading):
        self.partnership, self.year, self.texts, self.reading = partnership, year, texts, reading
        self.consortium = Consortium(partnership, year, reading)

    def levels(self, low: int, high: int) -> list[int]:
        return [level for level in self.partnership.eqf_levels if low <= level <= high]

    def eqf_params(self) -> dict:
        eqf = self.year.eqf
        return {"min": eqf["min"], "max": eqf["max"], "tmin": eqf["tertiary_min"], "lmax": eqf["lower_max"]}

    def vet_types(self) -> tuple[str, ...]:
        extra = (("higher-education",) if self.reading.higher_education_as_vet else ()) + (
            ("public-authority",) if self.reading.public_authority_as_vet else ())
        return self.year.vet_types + extra

    def enterprise_types(self) -> tuple[str, ...]:
        wanted = self.reading.employer_as_enterprise and "employer" not in self.year.enterprise_types
        return self.year.enterprise_types + (("employer",) if wanted else ())


def _numbers(t: Texts, levels, word: str = "and") -> str:
    return t.join([str(level) for level in levels], word=word, limit=None)


def _associated(c: Check) -> tuple[str, ...]:
    """A count that includes full partners from associated countries rests on the list of those countries."""
    counted = c.consortium.countries
    return ("countries.associated",) if any(code in c.year.groups.associated for code in counted) else ()


def _plural(t: Texts, key: str, count: int, **params) -> str:
    return t(f"{key}-{'one' if count == 1 else 'other'}", count=count, **params)


# -- the rules ---------------------------------------------------------------------------------------------

def coordinator(c: Check) -> Outcome:
    t = c.texts
    coordinators = [org for org in c.partnership.organisations if org.role == "coordinator"]
    if not coordinators:
        return Outcome(FAIL, t("coordinator-none"), t("action-coordinator-none"))
    if len(coordinators) > 1:
        return Outcome(FAIL, t("coordinator-many", count=len(coordinators), orgs=t.orgs(coordinators)),
                       t("action-coordinator-many"))
    org = coordinators[0]
    group = c.year.groups.group(org.country)
    if group in ("eu", "associated"):
        return Outcome(PASS, t(f"coordinator-{group}", org=t.org(org)), rests_on=(f"countries.{group}",))
    key = "coordinator-excluded" if group == "excluded" else "coordinator-outside"
    rests_on = ("countries.excluded",) if group == "excluded" else ("countries.associated",)
    return Outcome(FAIL, t(key, org=t.org(org), call=c.year.year), t("action-coordinator-outside", org=t.org(org)),
                   rests_on)


def min_full_partners(c: Check) -> Outcome:
    t, consortium, minimum = c.texts, c.consortium, c.year.min_full_partners
    met = consortium.full_partners >= minimum
    sentences = [t(f"full-partners-{'pass' if met else 'fail'}", count=consortium.full_partners, min=minimum)]
    for reason, orgs in consortium.skipped.items():
        if orgs:
            sentences.append(t(f"not-counted-{reason}", orgs=t.orgs(orgs)))
    if met:
        return Outcome(PASS, " ".join(sentences), rests_on=("min_full_partners",) + _associated(c))
    action = _plural(t, "action-full-partners", minimum - consortium.full_partners)
    promotable = [org for org in consortium.skipped["associated"] if org.country in c.year.groups.programme]
    if promotable:
        action += " " + t("action-promote-associated", orgs=t.orgs(promotable))
    rests_on = ("min_full_partners",) + (("countries.associated",) if consortium.skipped["non-associated"] else ())
    return Outcome(FAIL, " ".join(sentences), action, rests_on)


def min_countries(c: Check) -> Outcome:
    t, countries, minimum = c.texts, c.consortium.countries, c.year.min_countries
    if len(countries) >= minimum:
        return Outcome(PASS, t("countries-pass", count=len(countries), countries=t.countries(countries), min=minimum),
                       rests_on=("min_countries",) + _associated(c))
    rests_on = ("min_countries",) + (("countries.associated",) if c.consortium.skipped["non-associated"] else ())
    return Outcome(FAIL, t("countries-fail", count=len(countries), countries=t.countries(countries), min=minimum),
                   _plural(t, "action-countries", minimum - len(countries)), rests_on)


def min_eu_member_states(c: Check) -> Outcome:
    t, countries, minimum = c.texts, c.consortium.eu_countries, c.year.min_eu_member_states
    if minimum is None:
        unknown = "min_eu_member_states" in c.year.unconfirmed
        return Outcome(PASS, t("eu-unknown" if unknown else "eu-none", call=c.year.year),
                       rests_on=("min_eu_member_states",))
    if len(countries) >= minimum:
        return Outcome(PASS, t("eu-pass", count=len(countries), countries=t.countries(countries), min=minimum),
                       rests_on=("min_eu_member_states",))
    return Outcome(FAIL, t("eu-fail", count=len(countries), countries=t.countries(countries), min=minimum),
                   _plural(t, "action-eu", minimum - len(countries)), ("min_eu_member_states",))


def composition_gaps(c: Check) -> dict[str, tuple[str, ...]]:
    """Each counted country that lacks a side, with the sides it lacks ('enterprise', 'vet')."""
    gaps = {}
    wanted = (("enterprise", c.enterprise_types()), ("vet", c.vet_types()))
    for code, types in c.consortium.types.items():
        lacks = tuple(side for side, accepted in wanted if types.isdisjoint(accepted))
        if lacks:
            gaps[code] = lacks
    return gaps


def _country_action(c: Check, code: str, lacks: tuple[str, ...]) -> str:
    """What to do in one country: add a full partner of the missing kind, or promote one that takes part in
    another role, or declare a higher education institution that provides tertiary VET as a VET provider."""
    t, year = c.texts, c.year
    sentences = []
    for side, accepted in (("enterprise", year.enterprise_types), ("vet", year.vet_types)):
        if side not in lacks:
            continue
        sentence = t("action-add-side", country=t.country(code), types=t.types(accepted, article=True))
        others = [org for org in year.sorting(c.partnership).others.get(code, ()) if org.type in accepted]
        if others:
            sentence += " " + t(f"action-promote-{others[0].role}", org=t.org(others[0]))
        sentences.append(sentence)
        if side == "vet":
            members = c.consortium.members.get(code, ())
            for kind, key in (("higher-education", "action-declare-vet"), ("public-authority", "action-declare-vet-body")):
                found = [org for org in members if org.type == kind]
                if found:
                    sentences.append(t(key, org=t.org(found[0])))
    return " ".join(sentences)


def country_composition(c: Check) -> Outcome:
    t, year = c.texts, c.year
    sides = {"enterprise_side": t.types(c.enterprise_types()), "vet_side": t.types(c.vet_types())}
    if not c.consortium.members:
        return Outcome(PASS, t("composition-empty"))
    gaps = composition_gaps(c)
    if not gaps:
        return Outcome(PASS, t("composition-pass", **sides), rests_on=("enterprise_types", "vet_types"))
    complete = [code for code in c.consortium.countries if code not in gaps]
    if c.reading.composition_in_min_countries and len(complete) >= year.min_countries:
        return Outcome(PASS, t("composition-pass-min-countries", count=len(complete),
                               countries=t.countries(complete), min=year.min_countries, **sides))
    lines = [t("composition-fail", **sides)]
    lines += [t("lacks-both" if len(lacks) == 2 else f"lacks-{lacks[0]}", country=t.country(code), **sides)
              for code, lacks in list(gaps.items())[:t.limit]]
    if len(gaps) > t.limit:
        lines.append(t("more-countries", count=len(gaps) - t.limit))
    actions = [] if t.quiet else [_country_action(c, code, lacks) for code, lacks in list(gaps.items())[:t.limit]]
    sides_missing = {side for lacks in gaps.values() for side in lacks}
    rests_on = tuple(f"{side}_types" for side in ("enterprise", "vet") if side in sides_missing)
    return Outcome(FAIL, " ".join(lines), " ".join(actions), rests_on)


def eqf_levels(c: Check) -> Outcome:
    t, params = c.texts, c.eqf_params()
    levels = c.partnership.eqf_levels
    rests_on = ("eqf.min", "eqf.max")
    if not levels:
        return Outcome(FAIL, t("eqf-none", **params), t("action-eqf-none", **params), rests_on)
    outside = [level for level in levels if level not in c.levels(params["min"], params["max"])]
    if outside:
        return Outcome(FAIL, t("eqf-outside", levels=_numbers(t, outside), **params),
                       t("action-eqf-outside", levels=_numbers(t, outside), **params), rests_on)
    return Outcome(PASS, t("eqf-pass", levels=_numbers(t, levels), **params), rests_on=rests_on)


def tertiary_levels(c: Check) -> Outcome | None:
    """The two tertiary rules in one finding when the project targets no tertiary level (None otherwise)."""
    params = c.eqf_params()
    if c.levels(params["tmin"], params["max"]):
        return None
    return Outcome(PASS, c.texts("tertiary-not-applicable", **params), rests_on=("eqf.tertiary_min",))


def tertiary_needs_lower_level(c: Check) -> Outcome | None:
    t, params = c.texts, c.eqf_params()
    tertiary = c.levels(params["tmin"], params["max"])
    if not tertiary:
        return None
    lower = c.levels(params["min"], params["lmax"])
    shown = {"tertiary": _numbers(t, tertiary), "lower": _numbers(t, lower), **params}
    if lower:
        return Outcome(PASS, t("lower-level-pass", **shown), rests_on=("eqf.tertiary_min", "eqf.lower_max"))
    choices = _numbers(t, range(params["min"], params["lmax"] + 1), word="or")
    return Outcome(FAIL, t("lower-level-fail", **shown), t("action-lower-level", choices=choices),
                   ("eqf.tertiary_min", "eqf.lower_max"))


def tertiary_needs_work_based(c: Check) -> Outcome | None:
    t, params = c.texts, c.eqf_params()
    tertiary = c.levels(params["tmin"], params["max"])
    if not tertiary or not c.year.work_based_required:
        return None
    if c.partnership.work_based_learning:
        return Outcome(PASS, t("work-based-pass", tertiary=_numbers(t, tertiary), **params),
                       rests_on=("eqf.tertiary_needs_work_based",))
    if c.reading.tertiary_focus_only and c.levels(params["min"], params["lmax"]):
        return Outcome(PASS, t("work-based-not-focus", tertiary=_numbers(t, tertiary), **params))
    return Outcome(FAIL, t("work-based-fail", tertiary=_numbers(t, tertiary), **params), t("action-work-based"),
                   ("eqf.tertiary_needs_work_based",))


def excluded_country(c: Check) -> Outcome:
    t, year = c.texts, c.year
    excluded = year.groups.excluded
    if not excluded:
        return Outcome(PASS, t("excluded-none", call=year.year), rests_on=("countries.excluded",))
    orgs = [org for org in c.partnership.organisations if org.country in excluded]
    if not orgs:
        return Outcome(PASS, t("excluded-pass", countries=t.countries(sorted(excluded))),
                       rests_on=("countries.excluded",))
    present = t.countries(sorted({org.country for org in orgs}))
    return Outcome(FAIL, t("excluded-fail", call=year.year, countries=present, orgs=t.orgs(orgs)),
                   t("action-excluded", call=year.year, countries=present, orgs=t.orgs(orgs)),
                   ("countries.excluded",))


RULES = (
    ("coordinator", coordinator),
    ("min-full-partners", min_full_partners),
    ("min-countries", min_countries),
    ("min-eu-member-states", min_eu_member_states),
    ("country-composition", country_composition),
    ("eqf-levels", eqf_levels),
    ("tertiary-levels", tertiary_levels),
    ("tertiary-needs-lower-level", tertiary_needs_lower_level),
    ("tertiary-needs-work-based", tertiary_needs_work_based),
    ("excluded-country", excluded_country),
)

# The readings that can change each rule's outcome (the others never touch it).
RULE_READINGS: dict[str, tuple[str, ...]] = {
    "min-full-partners": ("non_associated_count",),
    "country-composition": ("affiliated_in_composition", "higher_education_as_vet", "public_authority_as_vet",
                            "employer_as_enterprise", "composition_in_min_countries"),
    "tertiary-needs-work-based": ("tertiary_focus_only",),
}

def outcomes(partnership: Partnership, year: Year, texts: Texts, reading: Reading,
             only: tuple[str, ...] | None = None) -> dict[str, Outcome]:
    """Every applicable rule's outcome under one reading (or only the rules named in `only`)."""
    check = Check(partnership, year, texts, reading)
    found = {}
    for rule_id, rule in RULES:
        if only is None or rule_id in only:
            outcome = rule(check)
            if outcome is not None:
                found[rule_id] = outcome
    return found
