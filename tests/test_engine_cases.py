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
CASE_DIR = ROOT / "tests" / "cases"


def load_cases(folder: Path) -> dict:
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))}


CASES = load_cases(CASE_DIR)
RULE_BREAKERS = load_cases(CASE_DIR / "rule-breakers")
REAL_FUNDED = load_cases(CASE_DIR / "real-funded")
PARTNERSHIPS = [name for name, case in CASES.items() if "partnership" in case]
STATUS_ORDER = ["fail", "depends", "pass", "note"]


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
    return {"verdict": result["verdict"], "status": statuses}, {f["rule"]: f["message"] for f in result["findings"]}


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


def test_every_rule_has_a_passing_and_a_failing_case_and_every_outcome_appears():
    statuses = [case["expect"]["status"] for case in CASES.values() if "status" in case["expect"]]
    for rule in RULE_IDS:
        assert any(s.get(rule) == "pass" for s in statuses), rule
        if rule != "tertiary-levels":  # "does not apply" is never a failure
            assert any(s.get(rule) == "fail" for s in statuses), rule
    found = {status for s in statuses for status in s.values()}
    assert found == set(STATUS_ORDER)
    assert {case["expect"]["verdict"] for case in CASES.values() if "verdict" in case["expect"]} == {
        "eligible", "not-eligible", "depends"}


def test_the_issue_situations_all_have_cases():
    wanted = ["pass-aliases-el-uk", "pass-lower-case-codes", "pass-non-associated-full-partners",
              "fail-affiliated-entities-do-not-count", "fail-associated-partners-do-not-count", "fail-mixed",
              "fail-coordinator-two", "fail-coordinator-none", "fail-coordinator-non-associated",
              "depends-unconfirmed-rule", "depends-higher-education-as-vet-provider", "depends-four-complete-countries",
              "fail-spain-has-no-enterprise"]
    assert set(wanted) <= set(CASES)
    assert sum("errors" in case["expect"] for case in CASES.values()) >= 15


def test_realistic_consortia_have_15_to_25_organisations():
    realistic = [case for name, case in CASES.items() if name.startswith("realistic-")]
    assert len(realistic) >= 2
    assert all(15 <= len(case["partnership"]["organisations"]) <= 25 for case in realistic)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", PARTNERSHIPS)
def test_findings_come_failures_first_and_every_unmet_rule_says_what_to_change(bundle, name, lang):
    case = CASES[name]
    result = run(case["partnership"], bundle_for(bundle, case), lang, case.get("call"))
    if "errors" in result:
        return
    statuses = [f["status"] for f in result["findings"]]
    assert statuses == sorted(statuses, key=STATUS_ORDER.index)
    for finding in result["findings"]:
        assert bool(finding.get("action")) == (finding["status"] in ("fail", "depends")), finding["rule"]


@pytest.mark.parametrize("lang", LANGS)
def test_messages_show_no_internal_names(bundle, lang):
    """Rule ids, organisation type codes and field names belong to the JSON, never to the sentences."""
    internal = set(RULE_IDS) - {"coordinator"} | {"work_based_learning", "eqf_levels", "full-partner", "vet-provider",
                                "sector-representative", "higher-education", "affiliated-entity", "true"}
    for name in PARTNERSHIPS + list(RULE_BREAKERS):
        case = CASES.get(name) or RULE_BREAKERS[name]
        result = run(case["partnership"], bundle_for(bundle, case), lang, case.get("call"))
        texts = [result.get("summary", ""), result.get("caveat", "")]
        texts += [f["message"] + " " + f.get("action", "") for f in result.get("findings", [])]
        for text in texts:
            words = set(text.replace("(", " ").replace(")", " ").replace(",", " ").replace(".", " ").split())
            assert not words & internal, (name, words & internal)


@pytest.mark.parametrize("name", sorted(RULE_BREAKERS))
def test_a_partnership_that_breaks_a_rule_beyond_any_reading_is_never_eligible(bundle, name):
    """Not eligible in every year whose data confirms the broken rule; where only third parties state the rule for
    a year (or it is inferred), the rule depends on that value - and says so - but the verdict is never green."""
    case = RULE_BREAKERS[name]
    for year in bundle["years"]:
        result = run(case["partnership"], bundle, "en", int(year))
        findings = {f["rule"]: f for f in result["findings"]}
        for rule in case["expect"]["not_met"]:
            finding = findings[rule]
            assert finding["status"] == "fail" or (
                finding["status"] == "depends" and "which no official source confirms" in finding["message"]), (
                year, rule, finding["message"])
        unconfirmed = [rule for rule in case["expect"]["not_met"] if findings[rule]["status"] == "depends"]
        assert result["verdict"] == ("depends" if unconfirmed and not any(
            f["status"] == "fail" for f in result["findings"]) else case["expect"]["every_year"]), year


def test_rule_breakers_are_not_eligible_in_every_year_that_confirms_the_rules(bundle):
    confirmed = [year for year in ("2022", "2023", "2024")]
    for name, case in RULE_BREAKERS.items():
        for year in confirmed:
            assert run(case["partnership"], bundle, "en", int(year))["verdict"] == "not-eligible", (name, year)


def test_there_are_at_least_ten_rule_breakers():
    assert len(RULE_BREAKERS) >= 10


@pytest.mark.parametrize("name", sorted(REAL_FUNDED))
def test_a_consortium_that_eacea_funded_is_never_not_eligible_for_its_year(bundle, name):
    case = REAL_FUNDED[name]
    assert case["source"]["url"].startswith("https://"), "every real consortium names its public source"
    result = run(case["partnership"], bundle, "en")
    assert result["call"] == case["project"]["call"]
    assert result["verdict"] in ("eligible", "depends"), [
        (f["rule"], f["message"]) for f in result["findings"] if f["status"] == "fail"]


def test_at_least_ten_funded_consortia_from_2021_to_2024_calibrate_the_checker():
    assert len(REAL_FUNDED) >= 10
    assert {case["project"]["call"] for case in REAL_FUNDED.values()} <= {2021, 2022, 2023, 2024}


SPAIN = {"eqf_levels": [4, 5], "work_based_learning": True, "organisations": [
    {"name": "ROC Rivierenland", "country": "NL", "role": "coordinator", "type": "vet-provider"},
    {"name": "Betuwe Techniek B.V.", "country": "NL", "role": "full-partner", "type": "enterprise"},
    {"name": "Centrum Deeltijds Onderwijs Gent", "country": "BE", "role": "full-partner", "type": "vet-provider"},
    {"name": "Ghent Maritime Services NV", "country": "BE", "role": "full-partner", "type": "enterprise"},
    {"name": "Berufskolleg Krefeld", "country": "DE", "role": "full-partner", "type": "vet-provider"},
    {"name": "Niederrhein Anlagenbau GmbH", "country": "DE", "role": "full-partner", "type": "enterprise"},
    {"name": "Instituto de FP Bidasoa", "country": "ES", "role": "full-partner", "type": "vet-provider"},
    {"name": "CIFP Easo", "country": "ES", "role": "full-partner", "type": "vet-provider"}]}


def test_the_spain_example_is_never_eligible(bundle):
    """Spain has two VET providers and no enterprise: red where the year's rule is confirmed, never green."""
    for year, params in bundle["years"].items():
        result = run(SPAIN, bundle, "en", int(year))
        composition = next(f for f in result["findings"] if f["rule"] == "country-composition")
        expected = "depends" if "enterprise_types" in params["unconfirmed"] else "not-eligible"
        assert result["verdict"] == expected, year
        assert "Add a full partner from Spain (ES) that is an enterprise" in composition["action"]


def test_the_russia_example_is_not_eligible_where_the_data_excludes_russia(bundle):
    partnership = json.loads(json.dumps(SPAIN))
    partnership["organisations"][7] = {"name": "Talleres Gipuzkoa S.L.", "country": "ES", "role": "full-partner",
                                       "type": "enterprise"}
    partnership["organisations"].append({"name": "Kazan Technical College", "country": "RU", "role": "full-partner",
                                         "type": "vet-provider"})
    excluding = [year for year, params in bundle["years"].items() if "RU" in params["countries"]["excluded"]]
    assert str(bundle["latest"]) in excluding
    for year in excluding:
        result = run(partnership, bundle, "en", int(year))
        assert result["verdict"] != "eligible", year
        assert any(f["rule"] == "excluded-country" and f["status"] in ("fail", "depends") for f in result["findings"])
