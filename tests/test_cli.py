"""`cove-site check` end to end with the real data: exit codes, formats, standard input, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from cove_site.cli import main
from cove_site.engine.typography import french_text

ROOT = Path(__file__).resolve().parent.parent
CASES = {path.stem: json.loads(path.read_text(encoding="utf-8"))
         for path in sorted((ROOT / "tests" / "cases").glob("*.json"))}
# Cases with a year_patch need a year that data/ does not have (yet); the engine tests cover them.
REPLAYABLE = [name for name, case in CASES.items() if "year_patch" not in case and "call" not in case]


def expected_exit(expect: dict) -> int:
    return 2 if "errors" in expect else {"eligible": 0, "not-eligible": 1, "depends": 3}[expect["verdict"]]


def check(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["check", *args])
    out, err = capsys.readouterr()
    return code, out, err


def write_case(tmp_path: Path, case: dict, suffix: str) -> Path:
    if "text" in case:
        target = tmp_path / case["filename"]
        target.write_text(case["text"], encoding=case.get("encoding", "utf-8"))
    else:
        target = tmp_path / f"partnership{suffix}"
        dump = json.dumps if suffix == ".json" else lambda doc: yaml.safe_dump(doc, allow_unicode=True)
        target.write_text(dump(case["partnership"]), encoding="utf-8")
    return target


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
@pytest.mark.parametrize("name", REPLAYABLE)
def test_cli_replays_case_with_exit_code_and_json(capsys, tmp_path, name, suffix):
    case = CASES[name]
    code, out, err = check(capsys, str(write_case(tmp_path, case, suffix)), "--format", "json", "--lang", "en")
    result = json.loads(out)
    assert code == expected_exit(case["expect"])
    if "errors" in result:
        assert {"errors": [e["path"] for e in result["errors"]]} == case["expect"]
        messages = {e["path"]: e["message"] for e in result["errors"]}
        for path, phrases in case.get("expect_messages", {}).get("en", {}).items():
            assert all(phrase in messages[path] for phrase in phrases), messages[path]
    else:
        assert {"verdict": result["verdict"],
                "status": {f["rule"]: f["status"] for f in result["findings"]}} == case["expect"]
        assert result["eligible"] == {"eligible": True, "not-eligible": False, "depends": None}[result["verdict"]]
    assert "Traceback" not in out + err


def test_text_format_shows_the_verdict_then_failures_first_with_plain_rule_names_and_what_to_change(capsys, tmp_path):
    path = write_case(tmp_path, CASES["fail-country-composition"], ".yaml")
    code, out, _ = check(capsys, str(path), "--lang", "en")
    lines = out.splitlines()
    assert code == 1
    assert lines[0] == "Call 2022: this partnership does not meet the formal rules: 1 rule is not met."
    assert lines[1].startswith("[NOT MET] Enterprise and VET provider in each country — Every country with ")
    assert lines[2].startswith("    What to change — Add a full partner from Germany (DE) that is a VET provider.")
    assert lines[3].startswith("[MET] Coordinator — The coordinator, ROC Kop van Noord (Netherlands, NL)")
    assert "country-composition" not in out and "tertiary-needs" not in out
    assert len(lines) == 10


def test_a_partnership_that_depends_exits_3_and_says_what_to_verify(capsys, tmp_path):
    path = write_case(tmp_path, CASES["depends-higher-education-as-vet-provider"], ".json")
    code, out, _ = check(capsys, str(path), "--lang", "en")
    assert code == 3
    assert out.splitlines()[0] == ("Call 2022: whether this partnership meets the formal rules depends on 1 point "
                                   "to verify.")
    assert "[DEPENDS] Enterprise and VET provider in each country — " in out
    assert "If Satakunnan ammattikorkeakoulu (Finland, FI) provides VET at tertiary level, declare it as a VET " \
           "provider." in out


def test_help_states_every_exit_code():
    done = subprocess.run([sys.executable, "-m", "cove_site.cli", "check", "--help"], cwd=ROOT,
                          capture_output=True, text=True)
    text = " ".join(done.stdout.split())
    for phrase in ("0 eligible", "1 not eligible", "3 depends", "2 the input"):
        assert phrase in text


def test_default_language_is_dutch(capsys, tmp_path):
    code, out, _ = check(capsys, str(write_case(tmp_path, CASES["pass-minimal-eligible"], ".yaml")))
    assert code == 0
    assert out.splitlines()[0].startswith("Oproep 2022: dit partnerschap voldoet aan")
    assert "[VOLDAAN] Coördinator — " in out


def test_invalid_input_lists_every_problem_with_its_path_in_the_chosen_language(capsys, tmp_path):
    path = write_case(tmp_path, CASES["invalid-many-problems-in-document-order"], ".yaml")
    code, out, err = check(capsys, str(path), "--lang", "fr")
    assert code == 2 and out == ""
    assert err.splitlines() == [french_text(line) for line in [  # French spaces: tests/test_french_typography.py
        "Les données contiennent des erreurs ; le partenariat n'a pas été vérifié.",
        "eqf_levels[1]: le niveau CEC 10 n'existe pas ; le CEC compte les niveaux 1 à 8",
        "organisations[1].country: code de pays inconnu « XX »",
        "organisations[1].role: rôle inconnu « partner » ; choisissez coordinator, full-partner, "
        "affiliated-entity ou associated-partner",
        "organisations[2].type: type d'organisation inconnu « shop » ; choisissez vet-provider, enterprise, "
        "sector-representative, higher-education, public-authority, research, employer ou other",
        "organisations[2]: la clé obligatoire « name » est absente",
        "work_based_learning: doit être true ou false, et non le texte « no »",
    ]]


def test_unknown_year_says_which_years_exist(capsys, tmp_path):
    path = write_case(tmp_path, CASES["pass-minimal-eligible"], ".yaml")
    code, _, err = check(capsys, str(path), "--call", "2019", "--lang", "en")
    assert code == 2
    assert "call: no rules are known for the 2019 call; available years: 2021, 2022," in err


def test_missing_file_exits_2_without_a_traceback(capsys, tmp_path):
    code, _, err = check(capsys, str(tmp_path / "nowhere.yaml"), "--lang", "en")
    assert code == 2
    assert "nowhere.yaml cannot be read" in err and "Traceback" not in err


def test_file_that_is_not_utf8_exits_2(capsys, tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("name: Ålesund\xff".encode("latin-1"))
    code, _, err = check(capsys, str(path), "--lang", "en")
    assert code == 2 and "is not UTF-8 text" in err


def test_broken_data_prints_its_problems_and_exits_2(capsys, tmp_path):
    code, out, err = check(capsys, "-", "--data", str(tmp_path))
    assert code == 2 and out == ""
    assert err.strip() and "Traceback" not in err


def run_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cove_site.cli", "check", *args], input=stdin, cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8")


def test_dash_reads_standard_input():
    done = run_cli("-", "--lang", "en", "--format", "json", stdin=CASES["text-yaml-norway-unquoted"]["text"])
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["verdict"] == "eligible"


def test_broken_yaml_on_standard_input_names_the_line():
    done = run_cli("-", "--lang", "en", stdin=CASES["text-broken-yaml"]["text"])
    assert done.returncode == 2
    assert "not valid YAML or JSON" in done.stderr and "line 3" in done.stderr
    assert "Traceback" not in done.stderr


def test_json_output_is_byte_identical_across_runs():
    text = json.dumps(CASES["realistic-agrifood-cove"]["partnership"])
    outputs = {run_cli("-", "--format", "json", "--lang", "fr", stdin=text).stdout for _ in range(3)}
    assert len(outputs) == 1


def test_console_script_is_installed_as_cove_site():
    script = Path(sys.executable).parent / "cove-site"
    if not script.exists():
        pytest.skip("the package is not installed (pip install -e .)")
    done = subprocess.run([str(script), "check", "-", "--lang", "en"], input="[]", capture_output=True, text=True)
    assert done.returncode == 2 and "the input must be a partnership" in done.stderr
