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
            "eqf": {"min": 3, "max": 8, "tertiary_min": 6, "lower_max": 5}, "unconfirmed": []}
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


def test_findings_come_in_the_fixed_rule_order():
    result = run(eligible_partnership(), make_bundle())
    assert [f["rule"] for f in result["findings"]] == list(RULE_IDS)
    assert result["eligible"] is True


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
    result = run(eligible_partnership(call=2022), bundle, call=2024)
    assert result["call"] == 2024 and statuses(result)["min-full-partners"] == "fail"


def test_latest_year_applies_without_a_call():
    partnership = eligible_partnership()
    del partnership["call"]
    assert run(partnership, make_bundle())["call"] == 2024


def test_employer_counts_on_the_enterprise_side_only_in_years_that_say_so():
    partnership = eligible_partnership(call=None)
    partnership["organisations"][3]["type"] = "employer"  # Firm BE becomes a hospital
    bundle = make_bundle(enterprise_types=["enterprise", "employer", "sector-representative"])
    assert statuses(run(partnership, bundle, call=2024))["country-composition"] == "pass"
    assert statuses(run(partnership, bundle, call=2022))["country-composition"] == "fail"


def test_excluded_country_fails_in_every_role_only_in_its_year():
    partnership = eligible_partnership()
    partnership["organisations"].append(org("Minsk Lyceum", "BY", "other", "associated-partner"))
    bundle = make_bundle(countries={"eu": EU, "associated": ASSOCIATED, "excluded": ["BY", "RU"]})
    assert statuses(run(partnership, bundle, call=2024))["excluded-country"] == "fail"
    assert statuses(run(partnership, bundle, call=2022))["excluded-country"] == "pass"


def test_unconfirmed_rule_warns_instead_of_failing_and_says_what_it_would_be():
    partnership = eligible_partnership()
    for item, code in zip(partnership["organisations"][2:6], ["RS", "RS", "TR", "TR"]):
        item["country"] = code
    bundle = make_bundle(unconfirmed=["min-eu-member-states"])
    result = run(partnership, bundle, "en", call=2024)
    finding = result["findings"][RULE_IDS.index("min-eu-member-states")]
    assert finding["status"] == "warn" and result["eligible"] is True
    assert "not confirmed" in finding["message"] and "2024" in finding["message"] and "not met" in finding["message"]


def test_a_year_without_an_eu_minimum_passes_that_rule_and_says_so():
    result = run(eligible_partnership(), make_bundle(min_eu_member_states=None), "en", call=2024)
    finding = result["findings"][RULE_IDS.index("min-eu-member-states")]
    assert finding == {"rule": "min-eu-member-states", "status": "pass",
                       "message": "The 2024 call sets no minimum number of EU Member States."}


def test_reading_findings_appear_only_when_the_partnership_has_the_case():
    plain = run(eligible_partnership(), make_bundle())
    assert not any(f["rule"].startswith("reading-") for f in plain["findings"])
    partnership = eligible_partnership()
    partnership["organisations"].append(org("Kyiv College", "UA", "vet-provider"))
    rules = [f["rule"] for f in run(partnership, make_bundle())["findings"]]
    assert rules == list(RULE_IDS) + ["reading-non-associated-partners"]


def test_long_lists_are_cut_after_ten_names():
    partnership = eligible_partnership()
    partnership["organisations"] += [org(f"Partner {n}", "UA", "other") for n in range(1990)]
    result = run(partnership, make_bundle(), "en")
    message = result["findings"][RULE_IDS.index("min-full-partners")]["message"]
    assert "Partner 9 (UA, UA) and 1980 others" in message
    assert "Partner 10 " not in message


def test_names_are_returned_as_given_without_escaping():
    partnership = eligible_partnership()
    partnership["organisations"][0]["name"] = "<b>Tom & Jerry's</b> \"VET\""
    message = run(partnership, make_bundle(), "en")["findings"][0]["message"]
    assert "<b>Tom & Jerry's</b> \"VET\" (Netherlands, NL)" in message


def test_unknown_country_name_falls_back_to_the_code():
    partnership = eligible_partnership()
    partnership["organisations"][0]["country"] = "at"
    assert "(AT, AT)" in run(partnership, make_bundle(), "en")["findings"][0]["message"]


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
