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
from typing import TYPE_CHECKING

from babel import Locale

from .data.errors import DataError
from .site_strings import LANGUAGES
from .yamlsource import YamlDocument, read_yaml

if TYPE_CHECKING:
    import jsonschema

SCHEMA_PATH = ("schema", "call-year.schema.json")
_TYPE_NAMES = {
    "integer": "an integer", "string": "text", "boolean": "true or false", "array": "a list",
    "object": "a mapping", "null": "null", "number": "a number",
}


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


SCHEMA_DIR = Path(__file__).resolve().parent.parent.joinpath("data", "schema")


def _schema_file(schema_dir: Path, name: str) -> dict:
    """One schema file, itself checked: a broken schema file is a DataError that names it."""
    path = Path(schema_dir, name)
    shown = _relative(path)
    try:
        contents = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise DataError([f"{shown}:1: cannot read the schema: {error.strerror or error}"]) from None
    except UnicodeDecodeError:
        raise DataError([f"{shown}:1: the schema is not UTF-8 text"]) from None
    except (ValueError, RecursionError) as error:
        where = f"{error.lineno}" if isinstance(error, json.JSONDecodeError) else "1"
        raise DataError([f"{shown}:{where}: the schema is not valid JSON: {getattr(error, 'msg', error)}"]) from None
    import jsonschema  # here, not at the top: a build that reads its data from the build cache never needs it

    try:
        jsonschema.Draft202012Validator.check_schema(contents)
    except jsonschema.SchemaError as error:
        where = "/".join(str(part) for part in error.absolute_path) or "(top)"
        raise DataError([f"{shown}:1: the schema is not a valid JSON Schema at {where}: {error.message}"]) from None
    except RecursionError:
        raise DataError([f"{shown}:1: the schema is nested too deeply"]) from None
    return contents


@cache
def validator(name: str = SCHEMA_PATH[1], schema_dir: Path = SCHEMA_DIR):
    """A jsonschema validator for one schema file; the other schema files of the folder resolve by their $id."""
    import jsonschema

    schemas, registry = _schemas(Path(schema_dir))
    if name not in schemas:
        schemas = {**schemas, name: _schema_file(schema_dir, name)}
    return jsonschema.Draft202012Validator(schemas[name], registry=registry)


@cache
def _schemas(schema_dir: Path):
    """Every schema file of the folder, each checked once (checking a schema costs more than using it)."""
    from referencing import Registry, Resource

    schemas, registry = {}, Registry()
    for path in sorted(schema_dir.glob("*.schema.json")):
        schemas[path.name] = contents = _schema_file(schema_dir, path.name)
        registry = registry.with_resource(contents.get("$id", path.name), Resource.from_contents(contents))
    return schemas, registry


def schema_dir_of(data_dir: Path) -> Path:
    """The data's own schema folder (data_dir/schema/), or the repository's when the folder has none."""
    own = Path(data_dir, "schema")
    return own if own.is_dir() else SCHEMA_DIR


def check_document(doc: YamlDocument, schema: str, semantic, schema_dir: Path = SCHEMA_DIR) -> list[tuple[tuple, str]]:
    """(path, message) for every problem of one parsed file: parse, then schema, then `semantic(doc)`."""
    found = [(where, message) for _, where, message in doc.problems]
    if doc.data is not None and not doc.problems:
        try:
            errors = list(validator(schema, Path(schema_dir)).iter_errors(doc.data))
        except DataError:
            raise
        except Exception as error:  # noqa: BLE001 - the data are plain values: what fails here is the schema
            raise DataError([f"{_relative(Path(schema_dir, schema))}:1: the schema cannot be applied "
                             f"({type(error).__name__}): {str(error)[:200]}"]) from None
        found += [pair for error in errors for pair in _describe(error)]
        if not found:
            found += semantic(doc)
    return found


def located(doc: YamlDocument, found: list[tuple[tuple, str]]) -> list[tuple[str, int, str]]:
    """Problems as (file, line, `file:line: field: message`), the line taken from where the field is."""
    shown = _relative(doc.path)
    result = []
    for where, message in found:
        line = next((ln for ln, w, m in doc.problems if w == where and m == message), None) or doc.line_of(where)
        result.append((shown, line, f"{shown}:{line}: {field_name(where)}: {message}" if where
                       else f"{shown}:{line}: {message}"))
    return result


def _describe(error: jsonschema.ValidationError) -> list[tuple[tuple, str]]:
    """Turn one schema error into (path, message) pairs a maintainer can act on."""
    where = tuple(error.absolute_path)
    kind, expected, got = error.validator, error.validator_value, error.instance
    if "propertyNames" in error.schema_path:  # a key itself is wrong: name it, on its own line
        where += (got,)
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
        if "@" in expected:
            return [(where, f"expected an e-mail address, got {got!r}")]
        if "0-9 /" in expected:
            return [(where, f"expected a telephone number, got {got!r}")]
        if expected.startswith("^[a-z][a-z0-9-]"):
            return [(where, f"expected an id of lower-case letters, digits and hyphens, got {got!r}")]
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


def source_problems(data: dict) -> list[tuple[tuple, str]]:
    """Every fact cites defined sources, `seen` needs a first-hand one, copies name their original, no source
    is unused. Shared by the year files and the programme-wide files (glossary, guidance)."""
    found: list[tuple[tuple, str]] = []
    sources = data["sources"]
    cited: set[str] = set()

    def visit(node, where):
        if isinstance(node, dict):
            if "status" in node and isinstance(node.get("sources"), list):
                for index, source in enumerate(node["sources"]):
                    cited.add(source)
                    if source not in sources:
                        found.append((where + ("sources", index), f"unknown source '{source}' (define it under 'sources')"))
                for index, source in enumerate(node["sources"]):
                    original = sources.get(source, {}).get("copy_of")
                    if original and original not in node["sources"]:
                        found.append((where + ("sources", index), f"cites the copy '{source}' without its original "
                                                                   f"'{original}' (cite the primary source too)"))
                third_party = [sources.get(s, {}).get("third_party", False) for s in node["sources"]]
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
    for name, source in sources.items():
        original = source.get("copy_of")
        if original is not None:
            if original not in sources:
                found.append((("sources", name, "copy_of"), f"unknown source '{original}' (define it under 'sources')"))
            elif original == name:
                found.append((("sources", name, "copy_of"), "a source cannot be a copy of itself"))
    for unused in sorted(set(sources) - cited):
        found.append((("sources", unused), f"source '{unused}' is never cited"))
    return found


def _semantic_problems(doc: YamlDocument) -> list[tuple[tuple, str]]:
    """Checks a schema cannot express: cross-references, real dates, known countries, sane ranges."""
    data = doc.data
    found: list[tuple[tuple, str]] = []
    if doc.path.stem != str(data["year"]):
        found.append((("year",), f"the file {doc.path.name} must hold year {doc.path.stem}, not {data['year']}"))
    found += source_problems(data)

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
    schema_dir = schema_dir_of(Path(data_dir))
    problems: list[tuple[str, int, str]] = []
    years: dict[int, CallYear] = {}
    for path in files:
        doc = read_yaml(path)
        found = check_document(doc, SCHEMA_PATH[1], _semantic_problems, schema_dir)
        problems += located(doc, found)
        if not found:
            years[doc.data["year"]] = CallYear(doc.data["year"], path, doc.data)
    if problems:
        raise DataError([text for _, _, text in sorted(set(problems))])
    return dict(sorted(years.items()))


def fact_paths(node: dict, prefix: str = ""):
    """(dotted path, fact) for every fact in a year's data, in file order."""
    for key, value in node.items():
        if isinstance(value, dict) and "status" in value:
            yield prefix + key, value
        elif isinstance(value, dict) and key != "sources":
            yield from fact_paths(value, f"{prefix}{key}.")
