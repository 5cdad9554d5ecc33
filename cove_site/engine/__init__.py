"""The CoVE eligibility checker. Standard library only and no file reading, so the browser (Pyodide) runs
exactly the code the CLI runs; rule parameters arrive in the bundle (see HACKING.md)."""

from __future__ import annotations

from .messages import LANGS, MESSAGES, Texts
from .partnership import build, validate
from .readings import READINGS
from .rules import RULES, Year
from .verdict import caveat, findings, summary, verdict

__all__ = ["LANGS", "MESSAGES", "READINGS", "RULE_IDS", "STATUSES", "VERDICTS", "run", "describe_path"]

RULE_IDS = tuple(rule_id for rule_id, _ in RULES)
STATUSES = ("fail", "depends", "pass", "note")
VERDICTS = ("eligible", "not-eligible", "depends")
ELIGIBLE = {"eligible": True, "not-eligible": False, "depends": None}
_SHORT = 40  # a wrong value is quoted up to this many characters


def describe_path(parts: tuple) -> str:
    """('organisations', 3, 'country') -> 'organisations[3].country'; the document itself is ''."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _describe(t: Texts, value: object) -> str:
    """A wrong value as a phrase: 'the text 'abc'', 'the number 5', 'a list'."""
    if value is None:
        return t("found-null")
    if isinstance(value, bool):
        return t("found-boolean", value=str(value).lower())
    if isinstance(value, (int, float)):
        return t("found-number", value=value)
    if isinstance(value, str):
        return t("found-text", value=value if len(value) <= _SHORT else value[:_SHORT] + "…")
    if isinstance(value, (list, tuple)):
        return t("kind-list")
    if isinstance(value, dict):
        return t("kind-mapping")
    return t("found-other", value=type(value).__name__)


def _message(t: Texts, key: str, params: dict) -> str:
    params = dict(params)
    if "found" in params:
        params["found"] = _describe(t, params["found"])
    if "expected" in params:
        params["expected"] = t(params["expected"])
    for name in ("allowed", "keys"):
        if name in params:
            params[name] = t.join(list(params[name]), word="or" if name == "allowed" else "and", limit=None)
    if "years" in params:
        params["years"] = t.join([str(year) for year in params["years"]], limit=None)
    return t(key, **params)


def run(partnership: object, bundle: dict, lang: str = "nl", call: int | None = None) -> dict:
    """Check a parsed partnership document against one year of the bundle; `call` overrides its `call` key.

    Returns {"call", "verdict", "eligible", "summary", "caveat"?, "findings"} or, for input that cannot be
    checked, {"errors"}; the same input always gives the same dict, built in a fixed order. `eligible` is
    true, false or null (depends), for readers of the earlier shape.
    """
    texts = Texts(lang, bundle["country_names"].get(lang))
    years = tuple(sorted(int(year) for year in bundle["years"]))
    problems = validate(partnership, frozenset(bundle["known_countries"]), years, call)
    if problems:
        return {"errors": [{"path": describe_path(path), "message": _message(texts, key, params)}
                           for path, key, params in problems]}
    checked = build(partnership, bundle["latest"], call)
    year = Year(bundle["years"][str(checked.call)])
    found, unconfirmed = findings(checked, year, texts)
    outcome = verdict(found)
    result = {"call": year.year, "verdict": outcome, "eligible": ELIGIBLE[outcome],
              "summary": summary(texts, year.year, outcome, found)}
    if note := caveat(texts, year, unconfirmed):
        result["caveat"] = note
    result["findings"] = found
    return result
