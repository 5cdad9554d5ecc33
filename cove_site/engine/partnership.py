"""Turn a parsed partnership document into checked values, or into every problem it has.

Validators return problems relative to the value they look at; the caller prefixes its own key or index
as the problems come back up (as jsonschema does), so each problem ends up with its full path. Problems
come out in document order: keys as they appear, then the missing ones of the same mapping.
"""

from __future__ import annotations

from collections import namedtuple

from . import limits
from .countries import normalise

ROLES = ("coordinator", "full-partner", "affiliated-entity", "associated-partner")
TYPES = ("vet-provider", "enterprise", "sector-representative", "higher-education", "public-authority",
         "research", "employer", "other")
REQUIRED = ("eqf_levels", "organisations")
EQF_LEVELS = range(1, 9)  # the EQF itself has eight levels; the call's own range is a rule, not a format


# Named tuples, not dataclasses: importing dataclasses (and the inspect module it pulls in) costs the CLI
# about a third of Python's own start (bench/bench_cli.py).
class Organisation(namedtuple("Organisation", "index name country role type")):
    __slots__ = ()

    @property
    def is_full_partner(self) -> bool:
        return self.role in ("coordinator", "full-partner")


Partnership = namedtuple("Partnership", "call eqf_levels work_based_learning organisations")


# A problem: (path parts, message key, message parameters). Parameters named `found` hold the raw value.
Problem = tuple[tuple, str, dict]


def _under(part: str | int, problems: list[Problem]) -> list[Problem]:
    return [((part,) + path, key, params) for path, key, params in problems]


def _kind(value: object, expected: str, check) -> list[Problem]:
    return [] if check(value) else [((), "error-kind", {"expected": expected, "found": value})]


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _fields(doc: dict, checks: dict, required: tuple) -> list[Problem]:
    """Each key checked where it stands; the missing ones after them (they have no place in the document)."""
    problems = []
    for key, value in doc.items():
        found = checks[key](value) if key in checks else [
            ((), "error-unknown-key", {"key": limits.shorten(str(key)), "keys": tuple(checks)})]
        if found:
            problems += _under(str(key), found)
    return problems + [((), "error-missing", {"key": key}) for key in required if key not in doc]


def _text(value: object) -> list[Problem]:
    if problems := _kind(value, "kind-text", lambda v: isinstance(v, str)):
        return problems
    if len(value) > limits.MAX_TEXT_LENGTH:
        return [((), "error-too-long", {"length": len(value), "limit": limits.MAX_TEXT_LENGTH})]
    return []


def _choice(value: object, choices: tuple, key: str) -> list[Problem]:
    if problems := _text(value):
        return problems
    if not value.isascii() or value.strip().lower() not in choices:
        return [((), key, {"value": limits.shorten(value), "allowed": choices})]
    return []


def _country(value: object, known_countries: frozenset) -> list[Problem]:
    """Only ASCII letters count as a code: upper-casing 'ﬁ' or 'ıs' must not turn them into FI or IS."""
    if problems := _text(value):
        return problems
    letters = "".join(value.split())
    if letters.isascii() and letters.isalpha() and normalise(value) in known_countries:
        return []
    return [((), "error-country", {"value": limits.shorten(value)})]


class _Memo(dict):
    """function(value), computed once per distinct value: 2,000 organisations name a dozen countries and four
    roles. A plain dict to read (the lookup stays in C); only a value not seen yet calls the function."""

    __slots__ = ("function",)

    def __init__(self, function):
        super().__init__()
        self.function = function

    def __missing__(self, value):
        result = self[value] = self.function(value)
        return result


def _organisation_check(known_countries: frozenset):
    """The check of one organisation entry (built once per document, run for each organisation)."""
    checks = {
        "name": lambda v: _text(v) or ([((), "error-empty-name", {})] if not v.strip() else []),
        "country": lambda v: _country(v, known_countries),
        "role": lambda v: _choice(v, ROLES, "error-role"),
        "type": lambda v: _choice(v, TYPES, "error-org-type"),
    }
    required = tuple(checks)
    # Whether a text is a valid country, role or type: decided by the general check, once per distinct text.
    country_ok, role_ok, type_ok = (_Memo(lambda v, check=checks[key]: not check(v))
                                    for key in ("country", "role", "type"))

    def check(doc: object) -> list[Problem]:
        """The usual entry (a mapping of four valid texts) in one pass: 2,000 of them must not cost 2,000
        walks through the general checks, which only say what is wrong."""
        if type(doc) is dict and len(doc) == 4:
            name, country, role, kind = doc.get("name"), doc.get("country"), doc.get("role"), doc.get("type")
            if (type(name) is str and type(country) is str and type(role) is str and type(kind) is str
                    and role_ok[role] and type_ok[kind] and country_ok[country]
                    and 0 < len(name) <= limits.MAX_TEXT_LENGTH and not name.isspace()):
                return []
        return _kind(doc, "kind-mapping", lambda v: isinstance(v, dict)) or _fields(doc, checks, required)

    return check


def _listed(value: object, item_check, limit: int = limits.MAX_LIST_ITEMS,
            too_many: str = "error-too-many") -> list[Problem]:
    if problems := _kind(value, "kind-list", lambda v: isinstance(v, list)):
        return problems
    if len(value) > limit:  # refused before any entry is looked at, so a million entries cost nothing
        return [((), too_many, {"count": len(value), "limit": limit})]
    problems = []
    for index, item in enumerate(value):
        if found := item_check(item):
            problems += _under(index, found)
    return problems


def _eqf_level(value: object) -> list[Problem]:
    if problems := _kind(value, "kind-integer", _is_int):
        return problems
    return [] if value in EQF_LEVELS else [((), "error-eqf", {"value": value})]


def _year(value: object, years: tuple[int, ...]) -> list[Problem]:
    if problems := _kind(value, "kind-integer", _is_int):
        return problems
    return [] if value in years else [((), "error-year", {"value": value, "years": years})]


def validate(doc: object, known_countries: frozenset, years: tuple[int, ...], call: int | None) -> list[Problem]:
    """Every problem of the document; `call`, when given, overrides the document's own year."""
    checks = {
        "call": lambda v: [] if call is not None else _year(v, years),
        "eqf_levels": lambda v: _listed(v, _eqf_level),
        "work_based_learning": lambda v: _kind(v, "kind-boolean", lambda b: isinstance(b, bool)),
        "organisations": lambda v: _listed(v, _organisation_check(known_countries), limits.MAX_ORGANISATIONS,
                                           "error-too-many-organisations"),
    }
    if not isinstance(doc, dict):
        return [((), "error-root", {"expected": "kind-mapping", "keys": tuple(checks), "found": doc})]
    overridden = _under("call", _year(call, years)) if call is not None else []
    return _listed_at_most(overridden + _fields(doc, checks, REQUIRED))


def _listed_at_most(problems: list[Problem], limit: int = limits.MAX_LISTED_ERRORS) -> list[Problem]:
    """The first `limit` problems and one that counts the rest: 200,000 lines help nobody."""
    if len(problems) <= limit:
        return problems
    return problems[:limit] + [((), "error-more", {"count": len(problems) - limit})]


def build(doc: dict, default_call: int, call: int | None) -> Partnership:
    """The checked values of a document that `validate` found no problem in."""
    codes, words = _Memo(normalise), _Memo(lambda text: text.strip().lower())
    # tuple.__new__ rather than Organisation(...), whose __new__ is a Python function: a third of the time
    # 2,000 organisations take to build.
    organisation = tuple.__new__
    organisations = tuple([
        organisation(Organisation, (index, item["name"].strip(), codes[item["country"]], words[item["role"]],
                                    words[item["type"]]))
        for index, item in enumerate(doc["organisations"])
    ])
    return Partnership(
        call=call if call is not None else doc.get("call", default_call),
        eqf_levels=tuple(sorted(set(doc["eqf_levels"]))),
        work_based_learning=doc.get("work_based_learning", False),
        organisations=organisations,
    )
