"""Bad data stops the build with `file:line: field: message`, every problem at once, never a traceback."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cove_site.build import build_atomically, build_site
from cove_site.model import DataError, load_years
from site_helpers import ROOT

YEAR = "calls/2022.yaml"


def break_data(data: Path, old: str, new: str) -> None:
    path = data / YEAR
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text not found: {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems(data: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_years(data)
    return caught.value.problems


def line_of(data: Path, needle: str) -> int:
    """The line where `needle` ends (a needle may span lines)."""
    text = (data / YEAR).read_text(encoding="utf-8")
    assert needle in text, needle
    return text[:text.index(needle) + len(needle)].count("\n") + 1


BAD_DATA = [
    pytest.param("min_full_partners: {value: 8,", "min_full_partners: {value: acht,",
                 "min_full_partners: {value: acht", "partnership.min_full_partners: expected an integer, got 'acht'",
                 id="wrong-type"),
    pytest.param("  duration_months: {value: 48, sources: [seed], status: seen}\n", "",
                 "funding:", "funding.duration_months: missing field 'duration_months'", id="missing-field"),
    pytest.param("  lump_sum:\n", "  lump_sum_rate: {value: 80, sources: [seed], status: seen}\n  lump_sum:\n",
                 "lump_sum_rate", "funding.lump_sum_rate: unknown key 'lump_sum_rate'", id="unknown-key"),
    pytest.param('value: "2022-09-07T17:00:00+02:00"', 'value: "7 september 2022"',
                 'value: "7 september 2022"', "application.deadline: expected a date and time with its UTC offset",
                 id="bad-instant"),
    pytest.param('value: "2021-11-24"', 'value: "2021-11-31"', 'value: "2021-11-31"',
                 "call.publication: not a real date: '2021-11-31'", id="impossible-date"),
    pytest.param("[IS, LI, MK, NO, RS, TR]", "[IS, LI, MK, NO, RS, TR, QQ]", "[IS, LI, MK, NO, RS, TR, QQ]",
                 "countries.associated[6]: unknown country code 'QQ'", id="unknown-country"),
    pytest.param("  funded: {value: 13", "  funded: {value: 12, sources: [neth-er-2022], status: seen}\n  funded: {value: 13",
                 "funded: {value: 13", "results.funded: the key 'funded' appears twice in the same mapping (lines", id="duplicate-key"),
    pytest.param("      fr: Un partenaire dépose", "      de: Un partenaire dépose",
                 "  applicant:\n    value:", "application.applicant.fr: missing translation 'fr'", id="missing-translation"),
    pytest.param("sources: [neth-er-2022], status: seen}\n  funded", "sources: [nether], status: seen}\n  funded",
                 "sources: [nether]", "results.submitted.sources[0]: unknown source 'nether'", id="unknown-source"),
    pytest.param("  max_grant_eur: {value: 4000000, sources: [seed, accesseurope], status: seen}",
                 "  max_grant_eur: {value: 4000000, sources: [seed, accesseurope], status: certain}",
                 "status: certain", "funding.max_grant_eur.status: 'certain' is not one of", id="bad-status"),
    pytest.param("  opening:\n    status: unknown", "  opening:\n    value: '2021-11-24'\n    status: unknown",
                 "    value: '2021-11-24'", "call.opening: a fact with status 'unknown' must not have a value",
                 id="unknown-with-value"),
    pytest.param("[IS, LI, MK, NO, RS, TR]", "[IS, LI, MK, NO, RS, TR, AT]", "[IS, LI, MK, NO, RS, TR, AT]",
                 "countries.associated: country 'AT' is in both 'eu' and 'associated'", id="country-in-two-groups"),
    pytest.param("year: 2022", "year: 2023", "year: 2023", "year: the file 2022.yaml must hold year 2022, not 2023",
                 id="year-mismatch"),
    pytest.param("  tertiary_min: {value: 6,", "  tertiary_min: {value: 12,", "tertiary_min: {value: 12",
                 "eqf.tertiary_min: must be at most 8, got 12", id="out-of-range"),
    pytest.param("    publisher: Neth-ER\n", "    publisher: Neth-ER\n    third_party: true\n",
                 "submitted: {value: 76", "results.submitted.status: a fact that only third-party sources state is "
                 "'unconfirmed', not 'seen'", id="seen-needs-a-first-hand-source"),
    pytest.param("    url: https://neth-er.eu/", "    url: neth-er.eu/", "url: neth-er.eu/",
                 "sources.neth-er-2022.url: expected a web address", id="bad-url"),
]


@pytest.mark.parametrize("old, new, line_text, message", BAD_DATA)
def test_bad_data_is_reported_with_file_line_and_field(data_copy, old, new, line_text, message):
    break_data(data_copy, old, new)
    found = problems(data_copy)
    expected_prefix = f"{YEAR}:{line_of(data_copy, line_text)}: "
    assert any(p.endswith(expected_prefix + message) or (expected_prefix + message) in p for p in found), found


def test_broken_yaml_names_its_line(data_copy):
    break_data(data_copy, "eqf:\n", "eqf: [\n")
    [problem] = problems(data_copy)
    assert re.search(r"calls/2022\.yaml:\d+: not valid YAML", problem)


def test_every_problem_is_reported_at_once(data_copy):
    break_data(data_copy, "min_full_partners: {value: 8,", "min_full_partners: {value: acht,")
    break_data(data_copy, "  duration_months: {value: 48,", "  duration_months: {value: veel,")
    break_data(data_copy, "      fr: Un partenaire dépose", "      de: Un partenaire dépose")
    assert len(problems(data_copy)) >= 4


def test_norway_stays_a_country_code_not_a_boolean(data_copy):
    years = load_years(data_copy)
    assert "NO" in years[2022].value("countries.associated")


def test_mkdocs_build_fails_with_the_message_and_no_traceback(data_copy, tmp_path):
    break_data(data_copy, "min_full_partners: {value: 8,", "min_full_partners: {value: acht,")
    result = build_site(tmp_path / "site", ROOT / "mkdocs.yml",
                        env={"COVE_DATA_DIR": str(data_copy), "COVE_BROWSER_CHECKER": "false"})
    assert result.returncode != 0
    assert "partnership.min_full_partners: expected an integer, got 'acht'" in result.stderr
    assert "Traceback" not in result.stderr


def test_failed_build_leaves_the_previous_site_in_place(data_copy, tmp_path, monkeypatch):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("previous site")
    break_data(data_copy, "min_full_partners: {value: 8,", "min_full_partners: {value: acht,")
    monkeypatch.setenv("COVE_DATA_DIR", str(data_copy))
    monkeypatch.setenv("COVE_BROWSER_CHECKER", "false")
    assert build_atomically(site, ROOT / "mkdocs.yml") != 0
    assert (site / "index.html").read_text() == "previous site"
    assert [p.name for p in tmp_path.iterdir()] == ["data", "site"]


def test_hostile_text_in_data_reaches_pages_as_text(data_copy, tmp_path):
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    break_data(data_copy, "ERASMUS-EDU-2022-PEX-COVE\n", f"'ERASMUS {hostile}'\n")
    break_data(data_copy, "      en: One partner applies", f"      en: {hostile} One partner applies")
    result = build_site(tmp_path / "site", ROOT / "mkdocs.yml",
                        env={"COVE_DATA_DIR": str(data_copy), "COVE_BROWSER_CHECKER": "false"})
    assert result.returncode == 0, result.stderr
    for html in (tmp_path / "site").rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        assert "<script>alert" not in text and "onerror=alert" not in text.replace("&lt;img src=x onerror=alert", "")
    apply_en = (tmp_path / "site" / "en" / "years" / "2022" / "apply" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert" in apply_en
