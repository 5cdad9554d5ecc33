"""Load and validate the call facts in data/: the one place that decides whether the data is usable.

Every problem is collected (all files, all fields) and reported as `file:line: field: message`,
so a maintainer fixes everything in one pass and never sees a traceback.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path

import jsonschema
from babel import Locale

from .site_strings import LANGUAGES
from .yamlsource import YamlDocument, read_yaml

SCHEMA_PATH = ("schema", "call-year.schema.json")
_TYPE_NAMES = {
    "integer": "an integer", "string": "text", "boolean": "true or false", "array": "a list",
    "object": "a mapping", "null": "null", "number": "a number",
}


class DataError(Exception):
    """The data cannot be used; `problems` lists every reason as `file:line: field: message`."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class CallYear:
    """The validated facts of one programme year; `facts` mirrors the YAML file."""

    year: int
    path: Path
    facts: dict

    def fact(self, dotted: str) -> dict:
        node = self.facts
        for part in dotted.split("."):
            node = node[part]
        return node

    def value(self, dotted: str, default=None):
        return self.fact(dotted).get("value", default)

    @property
    def deadline(self) -> datetime | None:
        raw = self.value("application.deadline")
        return datetime.fromisoformat(raw) if raw else None


# CLDR territory codes that are not ISO 3166-1 countries (reserved, grouping or pseudo codes).
_NOT_ISO = frozenset({"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"})


@cache
def known_countries() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes as Babel knows them, plus XK (Kosovo), which the EU uses."""
    names = Locale("en").territories
    return frozenset(code for code in names if len(code) == 2 and code.isalpha() and code not in _NOT_ISO) | {"XK"}


def field_name(where: tuple) -> str:
    """`('partnership', 'min_full_partners', 'value')` -> `partnership.min_full_partners` (facts hide `.value`)."""
    text = ""
    for part in where:
        if part == "value":
            continue
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(file)"


def _validator(data_dir: Path) -> jsonschema.Draft202012Validator:
    """The data's JSON Schema (data_dir/schema/), itself checked: a broken schema file is a DataError too."""
    path = Path(data_dir, *SCHEMA_PATH)
    shown = _relative(path)
    try:
        schema = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise DataError([f"{shown}:1: cannot read the schema: {error.strerror or error}"]) from None
    except UnicodeDecodeError:
        raise DataError([f"{shown}:1: the schema is not UTF-8 text"]) from None
    except (ValueError, RecursionError) as error:
        where = f"{error.lineno}" if isinstance(error, json.JSONDecodeError) else "1"
        raise DataError([f"{shown}:{where}: the schema is not valid JSON: {getattr(error, 'msg', error)}"]) from None
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
    except jsonschema.SchemaError as error:
        where = "/".join(str(part) for part in error.absolute_path) or "(top)"
        raise DataError([f"{shown}:1: the schema is not a valid JSON Schema at {where}: {error.message}"]) from None
    except RecursionError:
        raise DataError([f"{shown}:1: the schema is nested too deeply"]) from None
    return jsonschema.Draft202012Validator(schema)


def _describe(error: jsonschema.ValidationError) -> list[tuple[tuple, str]]:
    """Turn one schema error into (path, message) pairs a maintainer can act on."""
    where = tuple(error.absolute_path)
    kind, expected, got = error.validator, error.validator_value, error.instance
    if kind == "type":
        wanted = " or ".join(_TYPE_NAMES.get(t, t) for t in ([expected] if isinstance(expected, str) else expected))
        return [(where, f"expected {wanted}, got {got!r}")]
    if kind == "required":
        missing = [name for name in expected if name not in got]
        return [(where + (name,), f"missing translation '{name}'" if name in LANGUAGES else f"missing field '{name}'")
                for name in missing]
    if kind == "additionalProperties":
        allowed = set(error.schema.get("properties", {}))
        return [(where + (key,), f"unknown key '{key}' (allowed: {', '.join(sorted(allowed))})")
                for key in got if key not in allowed]
    if kind == "pattern":
        if "T" in expected:
            return [(where, f"expected a date and time with its UTC offset, like 2022-09-07T17:00:00+02:00, got {got!r}")]
        if expected.startswith("^\\d{4}"):
            return [(where, f"expected a date like 2022-09-07, got {got!r}")]
        if "A-Z" in expected:
            return [(where, f"expected a two-letter upper-case country code, got {got!r}")]
        return [(where, f"expected a web address starting with https://, got {got!r}")]
    if kind == "enum":
        return [(where, f"{got!r} is not one of: {', '.join(map(str, expected))}")]
    if kind == "not":
        return [(where + ("value",), "a fact with status 'unknown' must not have a value")]
    if kind == "minimum":
        return [(where, f"must be at least {expected}, got {got!r}")]
    if kind == "maximum":
        return [(where, f"must be at most {expected}, got {got!r}")]
    if kind == "uniqueItems":
        return [(where, "lists the same item twice")]
    if kind in ("minItems", "minLength", "minProperties"):
        return [(where, "must not be empty")]
    if kind == "maxLength":
        return [(where, f"is {len(got)} characters long; at most {expected} are allowed")]
    return [(where, error.message)]


def _semantic_problems(doc: YamlDocument) -> list[tuple[tuple, str]]:
    """Checks a schema cannot express: cross-references, real dates, known countries, sane ranges."""
    data = doc.data
    found: list[tuple[tuple, str]] = []
    if doc.path.stem != str(data["year"]):
        found.append((("year",), f"the file {doc.path.name} must hold year {doc.path.stem}, not {data['year']}"))
    cited: set[str] = set()

    def visit(node, where):
        if isinstance(node, dict):
            if "status" in node and isinstance(node.get("sources"), list):
                for index, source in enumerate(node["sources"]):
                    cited.add(source)
                    if source not in data["sources"]:
                        found.append((where + ("sources", index), f"unknown source '{source}' (define it under 'sources')"))
                third_party = [data["sources"].get(s, {}).get("third_party", False) for s in node["sources"]]
                if node["status"] == "seen" and all(third_party):
                    found.append((where + ("status",), "a fact that only third-party sources state is 'unconfirmed', "
                                                       "not 'seen'"))
            for key, value in node.items():
                if key != "sources" or where:
                    visit(value, where + (key,))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                visit(value, where + (index,))

    visit({k: v for k, v in data.items() if k != "sources"}, ())
    for unused in sorted(set(data["sources"]) - cited):
        found.append((("sources", unused), f"source '{unused}' is never cited"))

    for group, fact in data["countries"].items():
        for index, code in enumerate(fact.get("value", [])):
            if code not in known_countries():
                found.append((("countries", group, "value", index), f"unknown country code '{code}'"))
    groups = {g: set(f.get("value", [])) for g, f in data["countries"].items()}
    for first, second in (("eu", "associated"), ("eu", "excluded"), ("associated", "excluded")):
        for code in sorted(groups[first] & groups[second]):
            found.append((("countries", second, "value"), f"country '{code}' is in both '{first}' and '{second}'"))

    for where in (("call", "opening"), ("call", "publication")):
        raw = data["call"][where[1]].get("value")
        if raw:
            try:
                date.fromisoformat(raw)
            except ValueError:
                found.append((where + ("value",), f"not a real date: {raw!r}"))
    raw = data["application"]["deadline"].get("value")
    if raw:
        try:
            datetime.fromisoformat(raw)
        except ValueError:
            found.append((("application", "deadline", "value"), f"not a real date and time: {raw!r}"))

    eqf = {k: f.get("value") for k, f in data["eqf"].items()}
    if None not in (eqf["min"], eqf["lower_max"], eqf["tertiary_min"], eqf["max"]):
        if not eqf["min"] <= eqf["lower_max"] < eqf["tertiary_min"] <= eqf["max"]:
            found.append((("eqf",), "EQF levels must satisfy min <= lower_max < tertiary_min <= max"))
    return found


def _relative(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def load_years(data_dir: Path) -> dict[int, CallYear]:
    """Every `data/calls/<year>.yaml`, validated; raises DataError listing all problems of all files."""
    files = sorted(Path(data_dir, "calls").glob("*.yaml"))
    if not files:
        raise DataError([f"{_relative(Path(data_dir, 'calls'))}: no programme year files (<year>.yaml) found"])
    validator = _validator(Path(data_dir))
    problems: list[tuple[str, int, str]] = []
    years: dict[int, CallYear] = {}
    for path in files:
        doc = read_yaml(path)
        shown = _relative(path)
        found = [(where, message) for _, where, message in doc.problems]
        if doc.data is not None and not doc.problems:
            try:
                errors = list(validator.iter_errors(doc.data))
            except Exception as error:  # noqa: BLE001 - the data are plain values: what fails here is the schema
                raise DataError([f"{_relative(Path(data_dir, *SCHEMA_PATH))}:1: the schema cannot be applied "
                                 f"({type(error).__name__}): {str(error)[:200]}"]) from None
            found += [pair for error in errors for pair in _describe(error)]
            if not found:
                found += _semantic_problems(doc)
        for where, message in found:
            line = next((ln for ln, w, m in doc.problems if w == where and m == message), None) or doc.line_of(where)
            problems.append((shown, line, f"{shown}:{line}: {field_name(where)}: {message}" if where
                             else f"{shown}:{line}: {message}"))
        if not found:
            years[doc.data["year"]] = CallYear(doc.data["year"], path, doc.data)
    if problems:
        raise DataError([text for _, _, text in sorted(set(problems))])
    return dict(sorted(years.items()))
