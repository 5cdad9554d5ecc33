"""Bad data in data/glossary.yaml and data/guidance.yaml is reported like bad year data: `file:line: field:
message`, every problem at once, and the build stops without a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from cove_site.build import build_site
from cove_site.model import DataError, load_years
from cove_site.programme_data import load_programme
from site_helpers import ROOT


def break_file(data: Path, name: str, old: str, new: str) -> int:
    """Replace `old` by `new` in data/<name>; returns the line where `new` starts."""
    path = data / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text not found: {old!r}"
    line = text[:text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return line


def problems(data: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_programme(data)
    return caught.value.problems


BAD = [
    pytest.param("glossary.yaml", "      fr: {value: coordinateur, sources: [agence-fr-lexique], status: seen}\n", "",
                 "terms.coordinator.term.fr: missing translation 'fr'", 0, id="missing-language"),
    pytest.param("glossary.yaml", "  coordinator:\n", "  Coordinator:\n",
                 "expected an id of lower-case letters, digits and hyphens, got 'Coordinator'", 0, id="bad-term-id"),
    pytest.param("glossary.yaml", "      nl: {value: volwaardige partner, sources: [seed]",
                 "      nl: {value: volwaardige partner, sources: [nowhere]",
                 "terms.full-partner.term.nl.sources[0]: unknown source 'nowhere'", 0, id="unknown-source"),
    pytest.param("glossary.yaml", "      nl: [gunningscriteria]", "      nl: [toekenningscriteria]",
                 "terms.award-criteria.avoid.nl[0]: 'toekenningscriteria' is the term itself", 0, id="avoid-the-term"),
    pytest.param("glossary.yaml", "      en: {value: full partner,", "      en: {value: coordinator,",
                 "terms.full-partner.term.en: the same term as 'coordinator' (one term per concept)", 0,
                 id="one-term-per-concept"),
    pytest.param("guidance.yaml", "      email: eacea-eplus-vet@ec.europa.eu", "      email: eacea-eplus-vet",
                 "contacts.eacea.email: expected an e-mail address, got 'eacea-eplus-vet'", 0, id="bad-email"),
    pytest.param("guidance.yaml", "    sources: [ft-2026, ft-2026-topic, na-bibb-2026]",
                 "    sources: [ft-2026-topic, na-bibb-2026]",
                 "contacts.eacea.sources[0]: cites the copy 'ft-2026-topic' without its original 'ft-2026'", 0,
                 id="copy-without-original"),
    pytest.param("guidance.yaml", '    date: "2023-01-27"', '    date: "27 January 2023"',
                 "sources.eacea-info-2023.date: expected a date like 2022-09-07, got '27 January 2023'", 0,
                 id="bad-source-date"),
    pytest.param("guidance.yaml", "  lear:\n", "  lear_role:\n", "before_apply.lear_role: unknown key 'lear_role'", 0,
                 id="unknown-key"),
]


@pytest.mark.parametrize("name, old, new, message, _", BAD)
def test_bad_programme_data_is_reported_with_file_line_and_field(data_copy, name, old, new, message, _):
    line = break_file(data_copy, name, old, new)
    found = problems(data_copy)
    assert any(message in p for p in found), found
    assert all(p.startswith(f"{name}:") or "/" in p.split(":")[0] for p in found), found
    if "missing" not in message:
        assert any(p.split(":")[1] == str(line) for p in found if message in p), (line, found)


def test_every_problem_of_both_files_is_reported_at_once(data_copy):
    break_file(data_copy, "glossary.yaml", "      nl: [gunningscriteria]", "      nl: [toekenningscriteria]")
    break_file(data_copy, "guidance.yaml", "      email: eacea-eplus-vet@ec.europa.eu", "      email: nope")
    found = problems(data_copy)
    assert any("glossary.yaml" in p for p in found) and any("guidance.yaml" in p for p in found)


def test_a_missing_programme_file_is_named(data_copy):
    (data_copy / "glossary.yaml").unlink()
    assert any("glossary.yaml:1: cannot read the file" in p for p in problems(data_copy))


def test_year_files_are_still_loaded_when_a_programme_file_is_broken(data_copy):
    break_file(data_copy, "guidance.yaml", "      email: eacea-eplus-vet@ec.europa.eu", "      email: nope")
    assert load_years(data_copy)


def test_the_build_names_the_problem_without_a_traceback(data_copy, tmp_path):
    break_file(data_copy, "glossary.yaml", "      nl: [gunningscriteria]", "      nl: [toekenningscriteria]")
    result = build_site(tmp_path / "site", ROOT / "mkdocs.yml",
                        env={"COVE_DATA_DIR": str(data_copy), "COVE_BROWSER_CHECKER": "false"})
    assert result.returncode != 0
    assert "'toekenningscriteria' is the term itself" in result.stderr
    assert "Traceback" not in result.stderr
