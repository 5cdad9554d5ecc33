"""The rules page's table: every formal rule of the checker as a row, every programme year as a column.

The rows follow the checker's own rule list per year (`checker_page.checklist`), so a rule the engine gains or
renames shows up here by itself. Readers never see rule ids: each rule's name and explanation come from
site_strings (`rule_<id>`, `rule_<id>_explained`), and the build fails naming the missing keys when a rule has
none. A cell shows the year's value of the rule, "not in this call" when the year has no such rule, and the
badge of the least certain fact the value comes from (bundle.RULE_FACTS).
"""

from __future__ import annotations

import re

from babel.numbers import format_decimal
from markupsafe import Markup, escape

from .bundle import RULE_FACTS
from .checker_page import RULE_IDS, checklist
from .formatting import Formatter

# Least certain last: a cell carries the badge of the least certain fact behind it.
_CERTAINTY = ("seen", "inferred", "unconfirmed", "unknown")


def _number(f: Formatter, value) -> str | None:
    return None if value is None else format_decimal(value, locale=f.locale)


def _value(f: Formatter, rule: str, p: dict):
    """The year's value of a known rule as a short phrase (None: a parameter is not known); KeyError otherwise."""
    eqf = p["eqf"]
    if rule == "coordinator":
        return f.t("exactly_one")
    if rule == "min-full-partners":
        return _number(f, p["min_full_partners"])
    if rule == "min-countries":
        return _number(f, p["min_countries"])
    if rule == "min-eu-member-states":
        return _number(f, p["min_eu_member_states"])
    if rule == "country-composition":
        return f.tm("both_kinds", first=f.org_types({"value": p["enterprise_types"], "status": "seen"}),
                    second=f.org_types({"value": p["vet_types"], "status": "seen"}))
    if None in eqf.values() and rule.startswith(("eqf", "tertiary")):
        return None
    if rule == "eqf-levels":
        return f.t("range", low=eqf["min"], high=eqf["max"])
    if rule == "tertiary-needs-lower-level":
        return f.t("from_level_also", level=eqf["tertiary_min"], low=eqf["min"], high=eqf["lower_max"])
    if rule == "tertiary-needs-work-based":
        return f.t("from_level", level=eqf["tertiary_min"])
    if rule == "excluded-country":
        return f.countries({"value": p["countries"]["excluded"], "status": "seen"})
    raise KeyError(rule)


def _least_certain(view: dict, rule: str) -> str:
    statuses = ["seen"]
    for path in RULE_FACTS.get(rule, ()):
        node = view
        for key in path.split("."):
            node = node.get(key, {}) if isinstance(node, dict) else {}
        statuses.append(node.get("status", "seen"))
    return max(statuses, key=_CERTAINTY.index)


def _cell(f: Formatter, rule: str, params: dict, view: dict, sentence: str | None) -> Markup:
    status = _least_certain(view, rule)
    if sentence is None:
        return f.badge("unknown") if status == "unknown" else Markup(escape(f.t("not_in_call")))
    try:
        value = _value(f, rule, params)
    except KeyError:  # a rule this table has no short form for: its checklist sentence says it all
        value = sentence
    if value is None:
        return f.badge("unknown")
    badge = f.badge(status) if status in ("inferred", "unconfirmed") else Markup("")
    return Markup(escape(value)) + (Markup(" ") + badge if badge else Markup(""))


def _spans(years: list[int], cells: list[Markup]) -> list[tuple[int, int, Markup, int]]:
    """Consecutive years with the same cell as one span (first year, last year, cell, number of years):
    [(2021, 2023, "2", 3), (2024, 2026, "3", 3)]. The table merges them; the phone list groups them."""
    spans: list[list] = []
    for year, cell in zip(years, cells):
        if spans and spans[-1][2] == cell:
            spans[-1][1] = year
            spans[-1][3] += 1
        else:
            spans.append([year, year, cell, 1])
    return [tuple(span) for span in spans]


def rules_table(f: Formatter, bundle: dict, views: dict[int, dict]) -> dict:
    """{"years": [2021, ...], "rows": [{"name", "explained", "cells": [one per year], "spans"}]}."""
    years = sorted(int(year) for year in bundle["years"])
    present = {year: {item["rule"]: item["text"] for item in checklist(f.lang, bundle, year)["items"]}
               for year in years}
    listed = [rule for rule in RULE_IDS if any(rule in present[year] for year in years)]
    listed += [rule for year in years for rule in present[year] if rule not in listed]
    rows = []
    for rule in dict.fromkeys(listed):
        missing = [key for key in (f"rule_{rule}", f"rule_{rule}_explained") if not _has_string(f, key)]
        if missing:
            raise KeyError(f"site_strings has no reader name for the checker rule {rule!r}: add {', '.join(missing)}")
        cells = [_cell(f, rule, bundle["years"][str(year)], views[year], present[year].get(rule)) for year in years]
        rows.append({"name": f.t(f"rule_{rule}"), "explained": f.t(f"rule_{rule}_explained"), "cells": cells,
                     "spans": _spans(years, cells)})
    return {"years": years, "rows": rows}


def _has_string(f: Formatter, key: str) -> bool:
    try:
        f.t(key)
    except KeyError:
        return False
    return True


def readable(f: Formatter, words: str) -> str:
    """A text about the rules with every rule id replaced by the rule's name for readers, in quotes. Only ids
    that cannot be an ordinary word count ("excluded-country", not "coordinator")."""
    names = {rule: f.t(f"rule_{rule}") for rule in RULE_IDS if "-" in rule and _has_string(f, f"rule_{rule}")}
    if not names:
        return words
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?![\w-])")
    return pattern.sub(lambda m: f.t("quoted", text=names[m[1]]), words)
