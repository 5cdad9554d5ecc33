"""Start next programme year's data file from the latest one, marking every fact a maintainer must check.

Rules and texts are carried over with status `inferred` and a note starting with CHECK; facts that change
every year (dates, budget, results, award criteria, references) start as `unknown`. The new file is valid
as it stands, so the site builds and shows every carried-over fact as inferred until someone confirms it.
"""

from __future__ import annotations

import copy
from pathlib import Path

import yaml

from .model import DataError, fact_paths, load_years

# Facts that are new every year: they start unknown rather than carried over.
YEARLY = ("call.parent_call", "call.opening", "call.publication", "call.info", "funding.call_budget_eur",
          "application.deadline", "reference.programme_guide", "results.submitted", "results.funded",
          "award_criteria.criteria", "award_criteria.overall_threshold", "award_criteria.seal_of_excellence",
          "outlook.next_call", "outlook.associations")
MARK = "CHECK"


def _note(previous: int, year: int, carried: bool) -> dict:
    if carried:
        return {"nl": f"{MARK}: overgenomen uit {previous}; te bevestigen met de programmagids {year}.",
                "en": f"{MARK}: carried over from {previous}; confirm with the {year} Programme Guide.",
                "fr": f"{MARK} : repris de {previous} ; à confirmer avec le guide du programme {year}."}
    return {"nl": f"{MARK}: nog niet bekend voor {year}.", "en": f"{MARK}: not known yet for {year}.",
            "fr": f"{MARK} : pas encore connu pour {year}."}


def next_year_facts(previous: dict, year: int) -> dict:
    facts = copy.deepcopy(previous)
    facts["year"] = year
    for path, fact in fact_paths(facts):
        if path == "call.id":
            fact.update(value=fact["value"].replace(str(previous["year"]), str(year)), status="inferred",
                        note=_note(previous["year"], year, True))
        elif path in YEARLY or fact["status"] == "unknown":
            fact.clear()
            fact.update(status="unknown", note=_note(previous["year"], year, False))
        else:
            fact.update(status="inferred", note=_note(previous["year"], year, True))
    cited = {s for _, fact in fact_paths(facts) for s in fact.get("sources", [])}
    facts["sources"] = {k: v for k, v in previous["sources"].items() if k in cited}
    return facts


def start_new_year(data_dir: Path, year: int) -> Path:
    """Write data/calls/<year>.yaml from the latest year; refuses to overwrite or to go back in time."""
    years = load_years(data_dir)
    latest = max(years)
    target = Path(data_dir, "calls", f"{year}.yaml")
    if target.exists():
        raise DataError([f"{target}: already exists; edit it instead"])
    if year <= latest:
        raise DataError([f"{year}: the latest programme year is {latest}; a new year must come after it"])
    facts = next_year_facts(years[latest].facts, year)
    header = (f"# yaml-language-server: $schema=../schema/call-year.schema.json\n"
              f"# Started from {latest} by `cove-site new-year {year}`. Every fact whose note starts with {MARK}\n"
              f"# must be checked against the {year} sources: set its value, sources and status, remove the note.\n")
    text = header + yaml.safe_dump(facts, sort_keys=False, allow_unicode=True, width=110)
    tmp = target.with_suffix(".yaml.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)
    load_years(data_dir)  # the new file must be valid as written
    return target
