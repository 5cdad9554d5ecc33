"""Adding a language is a catalogue (issue 14): in a copy of the code, a pseudo-locale "xx" made from the
template (every English text transformed, placeholders kept) and compiled with Babel is spoken by the engine,
offered by the CLI and used by the site's strings, with no line of Python changed."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from cove_site.engine.catalogue import LOCALE_DIR
from site_helpers import ROOT

_PLACEHOLDER = re.compile(r"(\{[^{}]*\})")


def pseudo(text: str) -> str:
    """'Call {call}: ok' -> '⟦Ƈȧŀŀ {call}: ǿķ⟧': visibly translated, placeholders untouched."""
    table = str.maketrans("aceiklnoruCEO", "ȧƈḗīķŀƞǿřŭƇḖǾ")
    return "⟦" + "".join(part if _PLACEHOLDER.fullmatch(part) else part.translate(table)
                         for part in _PLACEHOLDER.split(text)) + "⟧"


@pytest.fixture(scope="module")
def code_with_xx(tmp_path_factory):
    """A copy of cove_site/ plus data/, with cove_site/engine/locale/xx/LC_MESSAGES/cove.{po,mo}."""
    root = tmp_path_factory.mktemp("xx")
    shutil.copytree(ROOT / "cove_site", root / "cove_site", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "data", root / "data")
    with open(os.path.join(LOCALE_DIR, "cove.pot"), "rb") as handle:
        catalogue = read_po(handle, locale="en")
    catalogue.locale = None
    for message in catalogue:
        if message.id:
            message.string = pseudo(message.id)
    folder = root / "cove_site" / "engine" / "locale" / "xx" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with open(folder / "cove.po", "wb") as handle:
        write_po(handle, catalogue, width=0)
    with open(folder / "cove.mo", "wb") as handle:
        write_mo(handle, catalogue)
    return root


def python(root, code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(root)}, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_pseudo_keeps_placeholders():
    assert pseudo("Call {call}: ok") == "⟦Ƈȧŀŀ {call}: ǿķ⟧"


def test_the_engine_speaks_a_language_that_has_a_catalogue(code_with_xx):
    out = json.loads(python(code_with_xx, """
import json
from cove_site.engine import LANGS, run
from cove_site.bundle import load_bundle
from pathlib import Path
result = run({"call": 2022, "eqf_levels": [4], "organisations": [
    {"name": "A", "country": "NL", "role": "coordinator", "type": "vet-provider"}]}, load_bundle(Path("data")), "xx")
print(json.dumps({"langs": LANGS, "result": result}))
"""))
    assert out["langs"] == ["nl", "en", "fr", "xx"]
    texts = [out["result"]["summary"]] + [f["message"] for f in out["result"]["findings"]]
    assert all(text.startswith("⟦") and text.endswith("⟧") for text in texts), texts
    assert "2022" in out["result"]["summary"]


def test_the_cli_offers_the_new_language(code_with_xx, tmp_path):
    case = tmp_path / "p.json"
    case.write_text(json.dumps({"call": 2022, "eqf_levels": [4], "organisations": [
        {"name": "A", "country": "NL", "role": "coordinator", "type": "vet-provider"}]}), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "cove_site.cli", "check", str(case), "--lang", "xx",
                           "--data", str(code_with_xx / "data")], cwd=code_with_xx, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(code_with_xx)}, timeout=120)
    assert done.returncode == 1, done.stderr
    first = done.stdout.splitlines()[0]
    assert first.startswith("⟦") and first.endswith("⟧") and "2022" in first, first


def test_the_site_strings_come_from_the_new_catalogue(code_with_xx):
    out = python(code_with_xx, "from cove_site.site_strings import text; print(text('key_facts', 'xx'))")
    assert out.strip() == pseudo("The call at a glance")
