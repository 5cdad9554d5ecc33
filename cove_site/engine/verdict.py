"""From rule outcomes to findings and one verdict an adviser would sign: pass, fail, depends or note.

- pass: met as the checker reads the call.
- fail: not met as the checker reads it, nor under all the other documented readings together, and every
  parameter the failure rests on is confirmed for the year.
- depends: not met as read, but met under other readings (named), or resting on an unconfirmed parameter.
- note: changes no outcome (a met rule resting on an unconfirmed parameter, a reading that made no difference).
"""

from __future__ import annotations

from itertools import combinations

from .messages import QuietTexts, Texts
from .partnership import Partnership
from .rules import (ALL_OTHER_READINGS, DEPENDS, FAIL, FULL_ROLES, NOTE, PASS, RULE_READINGS, Check, Reading, Year,
                    composition_gaps, outcomes)

ORDER = {FAIL: 0, DEPENDS: 1, PASS: 2, NOTE: 3}
# Parameters in the order the caveat names them; parameters with the same words are named once.
PARAMETERS = ("min_full_partners", "min_countries", "min_eu_member_states", "enterprise_types", "vet_types",
              "countries.eu", "countries.associated", "countries.excluded", "eqf.min", "eqf.max",
              "eqf.tertiary_min", "eqf.lower_max", "eqf.tertiary_needs_work_based")


def quiet(texts: Texts) -> Texts:
    """The same language without words, for runs whose statuses count but whose messages are never shown."""
    return QuietTexts(texts.lang, texts.names)


def _parameters(texts: Texts, names) -> str:
    phrases = []
    for name in PARAMETERS:
        if name in names and texts(f"param-{name}") not in phrases:
            phrases.append(texts(f"param-{name}"))
    return texts.join(phrases, limit=None)


def _met_under(rule_id: str, partnership: Partnership, year: Year, texts: Texts) -> list[tuple[str, ...]]:
    """The smallest sets of other readings under which the rule is met: every passing set of the smallest size."""
    flags = RULE_READINGS.get(rule_id, ())
    texts = quiet(texts)
    for size in range(1, len(flags) + 1):
        found = [subset for subset in combinations(flags, size)
                 if outcomes(partnership, year, texts, Reading(**dict.fromkeys(subset, True)),
                             only=(rule_id,))[rule_id].status == PASS]
        if found:
            return found
    return []


def _condition(flag: str, flags: tuple[str, ...], partnership: Partnership, year: Year, texts: Texts) -> str:
    """The reading `flag` as a clause about this partnership ('affiliated entities counted for ...')."""
    t = texts
    check = Check(partnership, year, texts, Reading())
    gaps = composition_gaps(check)
    if flag == "affiliated_in_composition":
        orgs = [org for org in partnership.organisations if org.role == "affiliated-entity" and org.country in gaps]
        return t("if-affiliated", orgs=t.orgs(orgs))
    if flag in ("higher_education_as_vet", "public_authority_as_vet"):
        kind = "higher-education" if flag == "higher_education_as_vet" else "public-authority"
        orgs = [org for code, lacks in gaps.items() if "vet" in lacks
                for org in check.consortium.members[code] if org.type == kind]
        return t(f"if-{kind}", orgs=t.orgs(orgs))
    if flag == "employer_as_enterprise":
        orgs = [org for code, lacks in gaps.items() if "enterprise" in lacks
                for org in check.consortium.members[code] if org.type == "employer"]
        return t("if-employer", orgs=t.orgs(orgs))
    if flag == "tertiary_focus_only":
        params = check.eqf_params()
        return t("if-tertiary-focus", lower=t.join([str(n) for n in check.levels(params["min"], params["lmax"])],
                                                   limit=None))
    if flag == "composition_in_min_countries":
        under = Check(partnership, year, texts, Reading(**{f: True for f in flags if f != flag}))
        complete = [code for code in under.consortium.countries if code not in composition_gaps(under)]
        return t("if-min-countries", min=year.min_countries, count=len(complete), countries=t.countries(complete))
    orgs = [org for org in partnership.organisations
            if org.role in FULL_ROLES and year.groups.group(org.country) == "non-associated"]
    return t("if-non-associated", orgs=t.orgs(orgs))


def _depends_on_readings(rule_id: str, partnership: Partnership, year: Year, texts: Texts) -> str:
    """'It would be met if ... It would also be met if ...', then what to verify for each reading involved."""
    sentences, involved = [], []
    for number, subset in enumerate(_met_under(rule_id, partnership, year, texts)):
        clauses = [_condition(flag, subset, partnership, year, texts) for flag in subset]
        sentences.append(texts("met-if" if number == 0 else "met-also-if", condition=texts.join(clauses, limit=None)))
        involved += [flag for flag in subset if flag not in involved]
    verify = []
    for flag in involved:
        if texts(f"verify-{flag}") not in verify:
            verify.append(texts(f"verify-{flag}"))
    return " ".join(sentences + verify)


# Readings whose case a partnership can contain: (note rule id, reading flag, who the reading is about, read
# from the partnership's sorting: `counted` are the full partners from programme countries).
READING_CASES = (
    ("reading-affiliated-entities", "affiliated_in_composition", lambda s, y: s.skipped["affiliated"]),
    ("reading-higher-education", "higher_education_as_vet",
     lambda s, y: [o for o in s.counted if o.type == "higher-education"]),
    ("reading-non-associated-partners", "non_associated_count", lambda s, y: s.skipped["non-associated"]),
    ("reading-other-employers", "employer_as_enterprise",
     lambda s, y: [] if "employer" in y.enterprise_types else [o for o in s.counted if o.type == "employer"]),
)


def _reading_notes(partnership: Partnership, year: Year, texts: Texts, current: dict) -> list[dict]:
    """A note for each reading whose case the partnership contains and that, on its own, changes nothing."""
    notes, sorting, silent = [], year.sorting(partnership), quiet(texts)
    for rule_id, flag, members in READING_CASES:
        orgs = members(sorting, year)
        if not orgs:
            continue
        touched = tuple(rule for rule, flags in RULE_READINGS.items() if flag in flags and rule in current)
        other = outcomes(partnership, year, silent, Reading(**{flag: True}), only=touched)
        if all(other[rule].status == current[rule].status for rule in touched):
            notes.append({"rule": rule_id, "title": texts(f"rule-{rule_id}"), "status": NOTE,
                          "message": texts(f"note-{flag}", orgs=texts.orgs(orgs))})
    return notes


def findings(partnership: Partnership, year: Year, texts: Texts) -> tuple[list[dict], list[str]]:
    """Every finding, ordered fail, depends, pass, note (rule order within each), and the unconfirmed
    parameters the outcomes rest on (for the caveat said once above them)."""
    current = outcomes(partnership, year, texts, Reading())
    failing = tuple(rule for rule, outcome in current.items() if outcome.status == FAIL)
    # A rule no reading touches (RULE_READINGS) comes out the same under all of them: only the others run again.
    other = dict(current)
    if touched := tuple(rule for rule in failing if rule in RULE_READINGS):
        other.update(outcomes(partnership, year, quiet(texts), ALL_OTHER_READINGS, only=touched))
    found = []
    for rule_id, outcome in current.items():
        entry = {"rule": rule_id, "title": texts(f"rule-{rule_id}"), "status": outcome.status,
                 "message": outcome.message}
        if outcome.status == PASS:
            if any(name in year.unconfirmed for name in outcome.rests_on):
                entry["status"] = NOTE
        elif other[rule_id].status == PASS:
            entry["status"] = DEPENDS
            entry["message"] += " " + _depends_on_readings(rule_id, partnership, year, texts)
        else:
            unconfirmed = [name for name in other[rule_id].rests_on if name in year.unconfirmed]
            if unconfirmed:
                entry["status"] = DEPENDS
                entry["message"] += " " + texts("depends-unconfirmed", call=year.year,
                                                params=_parameters(texts, unconfirmed))
        if outcome.status == FAIL:
            entry["action"] = outcome.action
        found.append(entry)
    found += _reading_notes(partnership, year, texts, current)
    resting = {name for outcome in current.values() for name in outcome.rests_on if name in year.unconfirmed}
    return sorted(found, key=lambda entry: ORDER[entry["status"]]), [n for n in PARAMETERS if n in resting]


def verdict(found: list[dict]) -> str:
    statuses = {entry["status"] for entry in found}
    return "not-eligible" if FAIL in statuses else "depends" if DEPENDS in statuses else "eligible"


def summary(texts: Texts, call: int, outcome: str, found: list[dict]) -> str:
    if outcome == "eligible":
        return texts("verdict-eligible", call=call)
    status = FAIL if outcome == "not-eligible" else DEPENDS
    count = sum(entry["status"] == status for entry in found)
    return texts(f"verdict-{outcome}-{'one' if count == 1 else 'other'}", call=call, count=count)


def caveat(texts: Texts, year: Year, unconfirmed: list[str]) -> str:
    """Said once, above the findings: which parameters the outcomes rest on that no official source confirms."""
    return texts("caveat", call=year.year, params=_parameters(texts, unconfirmed)) if unconfirmed else ""
