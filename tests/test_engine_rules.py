"""Engine behaviour that the case files cannot show: year-aware parameters, order, determinism, limits.

Uses a small bundle built here from the contract in HACKING.md, so these tests do not depend on data/.
"""

from __future__ import annotations

import copy
import json

import pytest

from cove_site.engine import RULE_IDS, run

EU = ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU",
      "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"]
ASSOCIATED = ["IS", "LI", "MK", "NO", "RS", "TR"]
OTHERS = ["BY", "GB", "MA", "RU", "UA", "XK"]
NAMES = {"nl": {"NL": "Nederland", "BE": "België", "NO": "Noorwegen", "DE": "Duitsland"},
         "en": {"NL": "Netherlands", "BE": "Belgium", "NO": "Norway", "DE": "Germany"},
         "fr": {"NL": "Pays-Bas", "BE": "Belgique", "NO": "Norvège", "DE": "Allemagne"}}


def make_bundle(**year_changes) -> dict:
    year = {"year": 2022, "countries": {"eu": EU, "associated": ASSOCIATED, "excluded": []},
            "min_full_partners": 8, "min_countries": 4, "min_eu_member_states": 2,
            "enterprise_types": ["enterprise", "sector-representative"], "vet_types": ["vet-provider"],
            "eqf": {"min": 3, "max": 8, "tertiary_min": 6, "lower_max": 5}, "unconfirmed": {}}
    later = copy.deepcopy(year) | {"year": 2024} | year_changes
    return {"latest": 2024, "known_countries": sorted(EU + ASSOCIATED + OTHERS), "country_names": NAMES,
            "years": {"2022": year, "2024": later}}


def org(name, country, type, role="full-partner"):
    return {"name": name, "country": country, "role": role, "type": type}


def eligible_partnership(call=2022) -> dict:
    orgs = []
    for code in ("NL", "BE", "DE", "NO"):
        orgs += [org(f"School {code}", code, "vet-provider"), org(f"Firm {code}", code, "enterprise")]
    orgs[0]["role"] = "coordinator"
    return {"call": call, "eqf_levels": [4, 5], "work_based_learning": True, "organisations": orgs}


def statuses(result: dict) -> dict:
    return {f["rule"]: f["status"] for f in result["findings"]}


def finding(result: dict, rule: str) -> dict:
    return next(f for f in result["findings"] if f["rule"] == rule)


def test_an_eligible_partnership_lists_its_met_rules_in_rule_order():
    result = run(eligible_partnership(), make_bundle())
    assert [f["rule"] for f in result["findings"]] == [r for r in RULE_IDS if not r.startswith("tertiary-needs")]
    assert result["verdict"] == "eligible" and result["eligible"] is True and "caveat" not in result


def test_failures_come_first_then_depends_then_passes_then_notes():
    partnership = eligible_partnership()
    partnership["organisations"][0]["role"] = "full-partner"           # no coordinator: fail
    partnership["organisations"][1]["type"] = "higher-education"     # NL enterprise side gone
    partnership["organisations"].append(org("Kyiv College", "UA", "vet-provider"))  # a note
    bundle = make_bundle(unconfirmed={"enterprise_types": "inferred"})
    result = run(partnership, bundle, "en", call=2024)
    order = [f["status"] for f in result["findings"]]
    assert order == sorted(order, key=["fail", "depends", "pass", "note"].index)
    assert order[0] == "fail" and "depends" in order and order[-1] == "note"
    assert result["verdict"] == "not-eligible" and result["eligible"] is False


def test_same_input_gives_byte_identical_json():
    partnership = eligible_partnership()
    partnership["organisations"].append(org("Kyiv College", "UA", "vet-provider"))
    partnership["organisations"].append(org("Brussels Branch", "BE", "enterprise", "affiliated-entity"))
    outputs = {json.dumps(run(copy.deepcopy(partnership), make_bundle(), lang), ensure_ascii=False)
               for lang in ["fr"] * 3}
    assert len(outputs) == 1


def test_call_argument_overrides_the_documents_year():
    bundle = make_bundle(min_full_partners=10)
    assert run(eligible_partnership(call=2022), bundle)["eligible"] is True
    result = run(eligible_partnership(call=2022), bundle, "en", call=2024)
    assert result["call"] == 2024 and statuses(result)["min-full-partners"] == "fail"
    assert finding(result, "min-full-partners")["action"] == (
        "Add 2 more full partners from EU Member States or third countries associated to the Programme.")


def test_latest_year_applies_without_a_call():
    partnership = eligible_partnership()
    del partnership["call"]
    assert run(partnership, make_bundle())["call"] == 2024


def test_employer_counts_on_the_enterprise_side_in_years_that_say_so_and_depends_before():
    partnership = eligible_partnership(call=None)
    partnership["organisations"][3]["type"] = "employer"  # Firm BE becomes a hospital
    bundle = make_bundle(enterprise_types=["enterprise", "employer", "sector-representative"])
    assert statuses(run(partnership, bundle, call=2024))["country-composition"] == "pass"
    earlier = run(partnership, bundle, "en", call=2022)
    assert statuses(earlier)["country-composition"] == "depends"
    assert "It would be met if other employers counted on the enterprise side (Firm BE (Belgium, BE))" in finding(
        earlier, "country-composition")["message"]


def test_excluded_country_fails_in_every_role_only_in_its_year():
    partnership = eligible_partnership()
    partnership["organisations"].append(org("Minsk Lyceum", "BY", "other", "associated-partner"))
    bundle = make_bundle(countries={"eu": EU, "associated": ASSOCIATED, "excluded": ["BY", "RU"]})
    assert statuses(run(partnership, bundle, call=2024))["excluded-country"] == "fail"
    assert statuses(run(partnership, bundle, call=2022))["excluded-country"] == "pass"


def test_an_unmet_rule_on_an_unconfirmed_value_depends_and_is_never_green():
    partnership = eligible_partnership()
    for item, code in zip(partnership["organisations"][2:6], ["RS", "RS", "TR", "TR"]):
        item["country"] = code
    bundle = make_bundle(unconfirmed={"min_eu_member_states": "inferred"})
    result = run(partnership, bundle, "en", call=2024)
    unmet = finding(result, "min-eu-member-states")
    assert unmet["status"] == "depends" and result["verdict"] == "depends" and result["eligible"] is None
    assert "no official source confirms for the 2024 call" in unmet["message"]
    assert unmet["action"] == "Add full partners from 1 more EU Member State."
    assert result["caveat"].startswith("Not confirmed for the 2024 call: no official source we could consult "
                                       "confirms the minimum number of EU Member States.")


def test_a_met_rule_on_an_unconfirmed_value_is_a_note_and_the_caveat_is_said_once():
    bundle = make_bundle(unconfirmed={"min_full_partners": "unconfirmed"})
    result = run(eligible_partnership(), bundle, "en", call=2024)
    assert result["verdict"] == "eligible"
    assert finding(result, "min-full-partners")["status"] == "note"
    assert "not confirmed" not in " ".join(f["message"] for f in result["findings"])
    assert "the minimum number of full partners" in result["caveat"]


def test_unconfirmed_values_the_result_does_not_rest_on_are_not_in_the_caveat():
    bundle = make_bundle(unconfirmed={"countries.associated": "inferred"})
    with_norway = run(eligible_partnership(), bundle, "en", call=2024)
    assert "the list of third countries associated to the Programme" in with_norway["caveat"]
    partnership = eligible_partnership()
    for item in partnership["organisations"][6:]:
        item["country"] = "AT"
    assert "caveat" not in run(partnership, bundle, "en", call=2024)


def test_a_year_without_an_eu_minimum_passes_that_rule_and_says_so():
    result = run(eligible_partnership(), make_bundle(min_eu_member_states=None), "en", call=2024)
    assert finding(result, "min-eu-member-states") == {
        "rule": "min-eu-member-states", "title": "Minimum number of EU Member States", "status": "pass",
        "message": "The 2024 call sets no minimum number of EU Member States."}


def test_a_year_where_the_eu_minimum_is_unknown_does_not_apply_it_and_notes_that():
    bundle = make_bundle(min_eu_member_states=None, unconfirmed={"min_eu_member_states": "unknown"})
    result = run(eligible_partnership(), bundle, "en", call=2024)
    assert finding(result, "min-eu-member-states")["status"] == "note"
    assert "does not apply one" in finding(result, "min-eu-member-states")["message"]
    assert result["verdict"] == "eligible"


def test_reading_notes_appear_only_when_the_partnership_has_the_case():
    plain = run(eligible_partnership(), make_bundle())
    assert not any(f["rule"].startswith("reading-") for f in plain["findings"])
    partnership = eligible_partnership()
    partnership["organisations"].append(org("Kyiv College", "UA", "vet-provider"))
    notes = [f for f in run(partnership, make_bundle())["findings"] if f["status"] == "note"]
    assert [f["rule"] for f in notes] == ["reading-non-associated-partners"]


def test_a_university_as_the_only_provider_depends_and_says_to_declare_it():
    partnership = eligible_partnership()
    partnership["organisations"][4] = org("Hochschule Niederrhein", "DE", "higher-education")
    result = run(partnership, make_bundle(), "en")
    composition = finding(result, "country-composition")
    assert composition["status"] == "depends" and result["verdict"] == "depends"
    assert "these higher education institutions counted as VET providers at tertiary level: Hochschule " \
           "Niederrhein (Germany, DE)" in composition["message"]
    assert "If Hochschule Niederrhein (Germany, DE) provides VET at tertiary level, declare it as a VET provider." \
           in composition["action"]


def test_four_complete_countries_make_a_fifth_incomplete_one_depend_on_the_reading():
    partnership = eligible_partnership()
    partnership["organisations"].append(org("Liceo Tecnico Bolzano", "IT", "vet-provider"))
    result = run(partnership, make_bundle(), "en")
    composition = finding(result, "country-composition")
    assert composition["status"] == "depends"
    assert "It would be met if only 4 countries needed both; 4 countries have both" in composition["message"]
    assert composition["action"] == ("Add a full partner from IT (IT) that is an enterprise or a sector "
                                     "representative organisation.")


def test_three_complete_countries_are_not_enough_under_any_reading():
    partnership = eligible_partnership()
    for item in partnership["organisations"][6:]:
        item["type"] = "vet-provider"  # Norway loses its enterprise
    result = run(partnership, make_bundle(), "en")
    assert finding(result, "country-composition")["status"] == "fail" and result["verdict"] == "not-eligible"


def test_an_associated_partner_of_the_missing_kind_is_named_in_what_to_change():
    partnership = eligible_partnership()
    partnership["organisations"][7]["role"] = "associated-partner"  # Firm NO
    partnership["organisations"].append(org("Firm NO 2", "NO", "enterprise", "associated-partner"))
    action = finding(run(partnership, make_bundle(), "en"), "country-composition")["action"]
    assert "Or make Firm NO (Norway, NO), now an associated partner, a full partner." in action


def test_projects_without_tertiary_levels_get_one_finding_for_both_tertiary_rules():
    rules = [f["rule"] for f in run(eligible_partnership(), make_bundle(), "en")["findings"]]
    assert "tertiary-levels" in rules and not any(rule.startswith("tertiary-needs") for rule in rules)
    partnership = eligible_partnership()
    partnership["eqf_levels"] = [5, 6]
    rules = [f["rule"] for f in run(partnership, make_bundle(), "en")["findings"]]
    assert "tertiary-levels" not in rules and {"tertiary-needs-lower-level", "tertiary-needs-work-based"} <= set(rules)


def test_long_lists_are_cut_after_ten_names():
    partnership = eligible_partnership()
    partnership["organisations"] += [org(f"Partner {n}", "UA", "other") for n in range(1990)]
    result = run(partnership, make_bundle(), "en")
    message = finding(result, "min-full-partners")["message"]
    assert "Partner 9 (UA, UA) and 1980 others" in message
    assert "Partner 10 " not in message


def test_names_are_returned_as_given_without_escaping():
    partnership = eligible_partnership()
    partnership["organisations"][0]["name"] = "<b>Tom & Jerry's</b> \"VET\""
    message = finding(run(partnership, make_bundle(), "en"), "coordinator")["message"]
    assert "<b>Tom & Jerry's</b> \"VET\" (Netherlands, NL)" in message


def test_unknown_country_name_falls_back_to_the_code():
    partnership = eligible_partnership()
    partnership["organisations"][0]["country"] = "at"
    assert "(AT, AT)" in finding(run(partnership, make_bundle(), "en"), "coordinator")["message"]


def test_errors_and_findings_never_come_together():
    result = run({"eqf_levels": [4], "organisations": [{"name": "X"}]}, make_bundle(), "en")
    assert set(result) == {"errors"}
    assert result["errors"] == [
        {"path": "organisations[0]", "message": "required key 'country' is missing"},
        {"path": "organisations[0]", "message": "required key 'role' is missing"},
        {"path": "organisations[0]", "message": "required key 'type' is missing"}]


def test_call_argument_for_an_unknown_year_lists_the_years():
    result = run(eligible_partnership(), make_bundle(), "nl", call=2031)
    assert result == {"errors": [{"path": "call", "message":
                                  "voor de oproep 2031 zijn geen regels bekend; beschikbare jaren: 2022 en 2024"}]}


def test_unknown_language_is_a_programming_error():
    with pytest.raises(ValueError):
        run(eligible_partnership(), make_bundle(), "de")


@pytest.mark.parametrize("change", [{}, {"country": "XK"}, {"country": "RU"}, {"role": "associated-partner"},
                                    {"type": "higher-education"}, {"role": "affiliated-entity"}])
def test_rules_no_reading_touches_come_out_the_same_under_all_of_them(change):
    """verdict.findings runs only the rules in RULE_READINGS again under the other readings."""
    from cove_site.engine.messages import Texts
    from cove_site.engine.partnership import build
    from cove_site.engine.rules import ALL_OTHER_READINGS, RULE_READINGS, Reading, Year, outcomes

    doc = eligible_partnership()
    doc["organisations"][0] |= change
    doc["organisations"][3] |= change
    bundle = make_bundle()
    partnership, year, texts = build(doc, 2022, None), Year(bundle["years"]["2022"]), Texts("en")
    current = outcomes(partnership, year, texts, Reading())
    other = outcomes(partnership, year, texts, ALL_OTHER_READINGS)
    assert {rule: outcome for rule, outcome in current.items() if rule not in RULE_READINGS} == {
        rule: outcome for rule, outcome in other.items() if rule not in RULE_READINGS}
