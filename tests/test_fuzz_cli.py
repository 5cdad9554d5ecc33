"""Fuzzing `cove-site check` (issue 11): a few hundred generated partnership documents and byte strings per
run, seeded, so a failure replays. The CLI may only exit 0, 1, 2 or 3, never prints a traceback, and says
what the engine says for the same bytes.

The CLI runs in this process (a subprocess per example would take minutes); `load_bundle` is given the
real bundle, loaded once, instead of reading data/ again for every example.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from cove_site import cli
from cove_site.bundle import load_bundle
from cove_site.engine import run
from cove_site.engine import document
from cove_site.engine.document import check_json
from cove_site.engine.partnership import ROLES, TYPES

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = load_bundle(ROOT / "data")
VERDICT_CODES = {0, 1, 2, 3}
FUZZ = settings(max_examples=300, deadline=None, database=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# Values a partnership file holds, right and wrong: codes with odd case and spaces, lookalike letters,
# control and bidi characters, numbers at the edges of what JSON and Python agree on.
TEXT = st.one_of(
    st.sampled_from(["NL", " be ", "el", "UK", "XK", "NO", "fi", "\ufb01", "\u0131s", "CH", "", "  "]),
    st.sampled_from(ROLES + TYPES + ("Coordinator", "partner", "full partner")),
    st.text(max_size=30),
    st.text(alphabet=st.sampled_from("ab\x00\x1b\x07\x9b\u202e\u2066\ud800\n\t'\"<>&[](){}*_`!#"), max_size=12),
)
NUMBER = st.one_of(st.integers(-10, 2030), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
                   st.sampled_from([4.0, 2022.0, 2 ** 53 + 1, 10 ** 40]))
SCALAR = st.one_of(st.none(), st.booleans(), NUMBER, TEXT)
ANY = st.recursive(SCALAR, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                    st.dictionaries(TEXT, inner, max_size=4)), max_leaves=12)
ORGANISATION = st.one_of(
    st.fixed_dictionaries({"name": TEXT, "country": TEXT, "role": st.sampled_from(ROLES) | TEXT,
                           "type": st.sampled_from(TYPES) | TEXT},
                          optional={"extra": ANY}),
    ANY,
)
DOCUMENT = st.one_of(
    st.fixed_dictionaries({}, optional={
        "call": st.sampled_from([2021, 2022, 2026]) | NUMBER | TEXT,
        "eqf_levels": st.lists(st.integers(0, 9) | NUMBER, max_size=6) | ANY,
        "work_based_learning": st.booleans() | SCALAR,
        "organisations": st.lists(ORGANISATION, max_size=12) | ANY,
        "notes": ANY,
    }),
    ANY,
)


@pytest.fixture
def real_bundle(monkeypatch):
    monkeypatch.setattr(cli, "cached_bundle", lambda data: BUNDLE)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """One folder for every example (each example overwrites its files)."""
    return tmp_path_factory.mktemp("fuzz")


def check(capsys, path: Path, *args: str) -> tuple[int, str, str]:
    code = cli.main(["check", str(path), *args])
    out, err = capsys.readouterr()
    assert code in VERDICT_CODES, (code, out, err)
    assert "Traceback" not in out + err
    return code, out, err


def exit_code(result: dict) -> int:
    """The exit code that goes with a result: 2 for errors, else the verdict's (3 when it depends)."""
    if "errors" in result:
        return 2
    if "verdict" in result:
        return {"eligible": 0, "not-eligible": 1, "depends": 3}[result["verdict"]]
    return 0 if result["eligible"] else 1


@seed(20251111)
@FUZZ
@given(doc=DOCUMENT, lang=st.sampled_from(["nl", "en", "fr"]))
def test_generated_documents_get_the_engines_answer(real_bundle, capsys, folder, doc, lang):
    data = json.dumps(doc, ensure_ascii=False).encode("utf-8", "surrogatepass")
    as_json = folder / "p.json"
    as_json.write_bytes(data)
    code, out, _ = check(capsys, as_json, "--format", "json", "--lang", lang)
    expected = check_json(data, BUNDLE, lang, source=str(as_json))
    assert json.loads(out) == expected
    assert code == exit_code(expected)

    as_yaml = folder / "p.yaml"  # the same document as YAML: any code but a crash, and text output
    as_yaml.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8", errors="surrogatepass")
    code, out, err = check(capsys, as_yaml, "--lang", lang)
    assert "\x1b" not in out + err and "\u202e" not in out + err


@seed(20251112)
@FUZZ
@given(data=st.one_of(
    st.binary(max_size=200),
    st.text(alphabet=st.sampled_from('{}[]:,"\\ \n0123456789.eE-+truefalsnNaIiy\u00e9\ud800'), max_size=80)
      .map(lambda text: text.encode("utf-8", "surrogatepass")),
    DOCUMENT.map(lambda doc: json.dumps(doc).encode()[:-1]),  # cut off: never valid
), suffix=st.sampled_from([".json", ".yaml"]))
def test_generated_bytes_never_crash_the_cli(real_bundle, capsys, folder, data, suffix):
    path = folder / f"bytes{suffix}"
    path.write_bytes(data)
    code, out, err = check(capsys, path, "--format", "json", "--lang", "en")
    result = json.loads(out)
    assert code == exit_code(result)
    if suffix == ".json":
        assert result == check_json(data, BUNDLE, "en", source=str(path))


def test_a_generated_valid_partnership_agrees_with_the_engine_run(real_bundle, capsys, tmp_path):
    """The property's oracle itself: for a readable document, check_json is engine.run on the document."""
    doc = {"call": 2022, "eqf_levels": [4, 5], "organisations": [
        {"name": "A", "country": "nl", "role": "coordinator", "type": "vet-provider"}]}
    assert check_json(json.dumps(doc).encode(), BUNDLE, "fr") == run(doc, BUNDLE, "fr")


@seed(20251202)
@FUZZ
@given(text=st.text(alphabet=st.sampled_from('"[]{}\\a:, \u00e9'), max_size=40))
def test_the_depth_check_finds_the_brackets_outside_strings_with_or_without_its_fast_path(text):
    """The reader keeps only quotes and brackets when the text has no backslash; it must count the same brackets
    as emptying every string with the regex first, whatever the strings hold."""
    emptied = document._STRING.sub('""', text).encode("ascii", "replace")
    assert document._brackets(text) == emptied.translate(None, document._NOT_BRACKETS)
