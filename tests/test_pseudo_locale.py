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


@pytest.fixture(scope="module")
def site_with_xx(tmp_path_factory, code_with_xx):
    """The whole site built from a copy of the repository with "xx" added the way HACKING.md says: its catalogue
    (code_with_xx), its pages (docs/*.xx.md, here the English ones) and one language entry in mkdocs.yml. Material
    has no words for a pseudo-locale, so the copy gives it English ones (a real language has its own)."""
    root = tmp_path_factory.mktemp("repo-xx")
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in filter(None, listed.decode().split("\0")):
        if (ROOT / name).is_file():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, root / name)
    shutil.rmtree(root / "cove_site")
    shutil.copytree(code_with_xx / "cove_site", root / "cove_site")
    (root / "node_modules").symlink_to(ROOT / "node_modules")
    for page in (root / "docs").rglob("*.en.md"):
        shutil.copy2(page, page.with_name(page.name.replace(".en.md", ".xx.md")))
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs.yml").write_text(config.replace("  - cove:\n", "        - {locale: xx, name: Pseudo, build: true}\n"
                                                    "  - cove:\n", 1), encoding="utf-8")
    material = __import__("material").__path__[0]
    (root / "overrides" / "partials" / "languages").mkdir(parents=True, exist_ok=True)
    shutil.copy2(os.path.join(material, "templates", "partials", "languages", "en.html"),
                 root / "overrides" / "partials" / "languages" / "xx.html")
    done = subprocess.run([sys.executable, "-m", "cove_site.build", "--site-dir", str(root / "site")], cwd=root,
                          capture_output=True, text=True, timeout=900,
                          env={**os.environ, "PYTHONPATH": str(root), "COVE_BROWSER_CHECKER": "false"})
    assert done.returncode == 0, done.stderr[-3000:]
    return root / "site"


def test_a_new_language_builds_its_pages_from_its_catalogue(site_with_xx):
    home = (site_with_xx / "xx" / "index.html").read_text(encoding="utf-8")
    assert pseudo("The call at a glance") in home
    rules = (site_with_xx / "xx" / "rules" / "index.html").read_text(encoding="utf-8")
    assert pseudo("Coordinator") in rules  # the rules table: site strings
    assert pseudo("Every rule")[:-1] in rules  # the readings (engine/readings.py, from the catalogue)
    years = sorted(p.name for p in (site_with_xx / "xx" / "years").iterdir())
    assert years and all((site_with_xx / "xx" / "years" / y / "funding" / "index.html").is_file() for y in years)


def test_adding_a_language_leaves_the_others_as_they_were(site_with_xx):
    assert "De oproep in het kort" in (site_with_xx / "index.html").read_text(encoding="utf-8")
    assert "appel en bref" in (site_with_xx / "fr" / "index.html").read_text(encoding="utf-8")
    assert "⟦" not in (site_with_xx / "en" / "index.html").read_text(encoding="utf-8")
