"""Replays every partnership in tests/cases/ through the engine with the real data, in all three languages.

The browser tests replay the same files; see tests/cases/README.md for the format.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from cove_site.bundle import load_bundle
from cove_site.engine import LANGS, RULE_IDS, run

ROOT = Path(__file__).resolve().parent.parent
CASES = {path.stem: json.loads(path.read_text(encoding="utf-8"))
         for path in sorted((ROOT / "tests" / "cases").glob("*.json"))}
PARTNERSHIPS = [name for name, case in CASES.items() if "partnership" in case]


@pytest.fixture(scope="module")
def bundle() -> dict:
    return load_bundle(ROOT / "data")


def bundle_for(bundle: dict, case: dict) -> dict:
    """The bundle with the case's `year_patch` applied to the year it checks (mappings merge one level)."""
    if "year_patch" not in case:
        return bundle
    patched = copy.deepcopy(bundle)
    year = patched["years"][str(case.get("call") or case["partnership"].get("call") or patched["latest"])]
    for key, value in case.get("year_patch", {}).items():
        year[key] = year[key] | value if isinstance(value, dict) else value
    return patched


def outcome(result: dict) -> tuple[dict, dict]:
    """(what `expect` compares with, the messages by rule id or error path)."""
    if "errors" in result:
        return {"errors": [e["path"] for e in result["errors"]]}, {e["path"]: e["message"] for e in result["errors"]}
    statuses = {f["rule"]: f["status"] for f in result["findings"]}
    return {"eligible": result["eligible"], "status": statuses}, {f["rule"]: f["message"] for f in result["findings"]}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", PARTNERSHIPS)
def test_case_gives_the_expected_result(bundle, name, lang):
    case = CASES[name]
    got, messages = outcome(run(case["partnership"], bundle_for(bundle, case), lang, case.get("call")))
    assert got == case["expect"]
    for key, phrases in case.get("expect_messages", {}).get(lang, {}).items():
        for phrase in phrases:
            assert phrase in messages[key]


def test_a_partnership_without_call_is_checked_against_the_latest_year(bundle):
    partnership = {key: value for key, value in CASES["pass-minimal-eligible"]["partnership"].items() if key != "call"}
    result = run(partnership, bundle, "en")
    assert result["call"] == bundle["latest"] == max(int(year) for year in bundle["years"])
    assert result == run({**partnership, "call": bundle["latest"]}, bundle, "en")


def test_every_rule_has_a_passing_and_a_failing_case():
    statuses = [case["expect"]["status"] for case in CASES.values() if "status" in case["expect"]]
    for rule in RULE_IDS:
        assert any(s[rule] == "pass" for s in statuses), rule
        assert any(s[rule] == "fail" for s in statuses), rule


def test_the_issue_situations_all_have_cases():
    wanted = ["pass-aliases-el-uk", "pass-lower-case-codes", "pass-non-associated-full-partners",
              "fail-affiliated-entities-do-not-count", "fail-associated-partners-do-not-count", "fail-mixed",
              "fail-coordinator-two", "fail-coordinator-none", "fail-coordinator-non-associated"]
    assert set(wanted) <= set(CASES)
    assert sum("errors" in case["expect"] for case in CASES.values()) >= 15


def test_realistic_consortia_have_15_to_25_organisations():
    realistic = [case for name, case in CASES.items() if name.startswith("realistic-")]
    assert len(realistic) >= 2
    assert all(15 <= len(case["partnership"]["organisations"]) <= 25 for case in realistic)


def test_full_status_is_expected_for_every_rule():
    """Each expectation names every rule, so a case cannot silently skip one."""
    for name, case in CASES.items():
        if "status" in case["expect"]:
            assert list(case["expect"]["status"])[:len(RULE_IDS)] == list(RULE_IDS), name
