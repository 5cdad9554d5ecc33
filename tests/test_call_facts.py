"""The facts a reviewer checked against public sources (issue 10) stay as the sources say, and the rule
parameters of 2023-2026 are either stated by that year's texts or say what was searched."""

from __future__ import annotations

import pytest

from cove_site.bundle import PARAMETER_FACTS
from cove_site.model import fact_paths
from cove_site.model import load_years
from site_helpers import ROOT

YEARS = load_years(ROOT / "data")
RULE_PARAMETERS = sorted(set(PARAMETER_FACTS.values())
                         | {"partnership.affiliated_entities_are_applicants", "partnership.country_rule_wording"})


def fact(year: int, path: str) -> dict:
    return YEARS[year].fact(path)


def test_2022_call_budget_is_the_48_million_the_czech_national_agency_gives():
    budget = fact(2022, "funding.call_budget_eur")
    assert (budget["value"], budget["status"]) == (48_000_000, "seen")
    assert "dzs-2022" in budget["sources"]


def test_2022_excludes_belarus_as_the_call_text_says():
    excluded = fact(2022, "countries.excluded")
    assert excluded["value"] == ["BY"] and excluded["status"] == "seen"
    assert "Russia" in excluded["note"]["en"]  # not verified, and the note says so


@pytest.mark.parametrize("year", [2021, 2022])
def test_the_example_sector_is_aeronautics_not_aerospace(year):
    sectors = [s["en"] for s in fact(year, "action.example_sectors")["value"]]
    assert "aeronautics" in sectors and "aerospace" not in sectors
    assert "luchtvaart" in [s["nl"] for s in fact(year, "action.example_sectors")["value"]]


@pytest.mark.parametrize("year", [2023, 2024, 2025, 2026])
def test_each_year_since_2023_has_its_own_wording(year):
    action = YEARS[year].facts["action"]
    for key in ("aim", "characteristics", "levels", "societal_challenges", "objective"):
        assert action[key]["status"] == "seen", key
    challenges = " ".join(item["en"] for item in action["societal_challenges"]["value"])
    assert "resource depletion" not in challenges
    levels = " ".join(item["en"] for item in action["levels"]["value"])
    assert "outreach, quality and effectiveness of existing centres" in levels
    assert action["example_sectors"]["value"] == []  # the call gives no examples any more


def test_2023_funded_15_and_the_14_is_explained():
    funded = fact(2023, "results.funded")
    assert funded["value"] == 15 and "eacea-2024-03" in funded["sources"]
    assert "preliminary" in funded["note"]["en"]


def test_2021_deadline_hour_is_seen():
    assert fact(2021, "application.deadline")["status"] == "seen"


def test_2024_duration_is_seen_in_the_portal_summary():
    assert fact(2024, "funding.duration_months")["status"] == "seen"


def test_2023_publication_records_the_conflicting_date():
    assert "24 November 2022" in fact(2023, "call.publication")["note"]["en"]


@pytest.mark.parametrize("year", [2023, 2024, 2025, 2026])
def test_the_eu_minimum_is_unknown_since_2023_and_not_applied(year):
    minimum = fact(year, "partnership.min_eu_member_states")
    assert minimum["status"] == "unknown" and "value" not in minimum
    assert "not applied" in minimum["note"]["en"]


def test_2026_call_notes_rest_on_first_hand_sources_only():
    sources = YEARS[2026].facts["sources"]
    info = fact(2026, "call.info")
    assert not any(sources[s].get("third_party") and not sources[s].get("copy_of") for s in info["sources"])
    assert fact(2026, "application.page_limit")["status"] == "seen"
    assert fact(2026, "award_criteria.seal_of_excellence")["status"] == "unconfirmed"


@pytest.mark.parametrize("year", [2023, 2024, 2025, 2026])
@pytest.mark.parametrize("path", RULE_PARAMETERS)
def test_a_rule_parameter_not_seen_says_why(year, path):
    """Every 2023-2026 rule parameter that is not plainly seen has a note (what was searched or found)."""
    found = YEARS[year].fact(path) if path in dict(fact_paths(YEARS[year].facts)) else None
    if found is None or found["status"] == "seen":
        return
    assert found.get("note"), f"{year} {path} is {found['status']} without a note"


@pytest.mark.parametrize("year", sorted(YEARS))
def test_affiliated_entities_as_applicants_is_recorded_every_year(year):
    assert "affiliated_entities_are_applicants" in YEARS[year].facts["partnership"]


@pytest.mark.parametrize("year", [2022, 2023, 2024, 2026])
def test_the_per_country_rule_is_quoted_in_the_sources_language(year):
    wording = fact(year, "partnership.country_rule_wording")["value"]
    assert wording["lang"] in ("nl", "en") and len(wording["quote"]) > 40
    assert set(wording["translation"]) == {"nl", "en", "fr"}


@pytest.mark.parametrize("year", sorted(YEARS))
def test_a_copy_of_commission_data_is_never_the_only_source(year):
    sources = YEARS[year].facts["sources"]
    for path, found in fact_paths(YEARS[year].facts):
        for source in found.get("sources", []):
            original = sources[source].get("copy_of")
            if original:
                assert original in found["sources"], f"{year} {path} cites {source} without {original}"
                assert sources[source].get("third_party"), f"{source} is a copy and thus third-party"
