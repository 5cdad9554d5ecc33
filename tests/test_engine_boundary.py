"""The engine ships alone to the browser: it must import only the standard library and itself."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import json, sys

BLOCKED = ("yaml", "jinja2", "mkdocs", "babel", "markdown", "jsonschema")

class Block:
    def find_spec(self, name, path=None, target=None):
        top = name.partition(".")[0]
        if top in BLOCKED or (name.startswith("cove_site.") and not name.startswith("cove_site.engine")):
            raise ImportError(f"the engine must not import {name}")
        return None

sys.meta_path.insert(0, Block())
before = set(sys.modules)
import cove_site.engine as engine
bundle = {"latest": 2022, "known_countries": ["NL"], "country_names": {"en": {}},
          "years": {"2022": {"year": 2022, "countries": {"eu": ["NL"], "associated": [], "excluded": []},
                             "min_full_partners": 8, "min_countries": 4, "min_eu_member_states": 2,
                             "enterprise_types": ["enterprise"], "vet_types": ["vet-provider"],
                             "eqf": {"min": 3, "max": 8, "tertiary_min": 6, "lower_max": 5}, "unconfirmed": []}}}
partnership = {"eqf_levels": [6], "organisations": [
    {"name": "A", "country": "nl", "role": "coordinator", "type": "vet-provider"},
    {"name": "B", "country": "NL", "role": "affiliated-entity", "type": "enterprise"}]}
result = engine.run(partnership, bundle, "en")
engine.run([], bundle, "fr")
new = sorted(name for name in set(sys.modules) - before)
print(json.dumps({"modules": new, "stdlib": sorted(sys.stdlib_module_names), "eligible": result["eligible"]}))
"""


def test_engine_imports_only_the_standard_library_and_itself():
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    stdlib = set(report["stdlib"])
    foreign = [name for name in report["modules"]
               if name.partition(".")[0] not in stdlib and name not in ("cove_site", "cove_site.engine")
               and not name.startswith("cove_site.engine.") and not name.startswith("_")]
    assert foreign == []
    assert report["eligible"] is False


def test_engine_sources_do_not_open_files():
    """Only `catalogue.py` opens a file: its own compiled catalogue, package data next to it (issue 14)."""
    for source in (ROOT / "cove_site" / "engine").glob("*.py"):
        text = source.read_text(encoding="utf-8")
        if source.name == "catalogue.py":
            assert text.count("open(") == 1 and "open(mo_path(lang)" in text and "os.path.dirname(os.path.abspath(__file__))" in text
            continue
        assert "open(" not in text and "read_text" not in text and "pathlib" not in text, source.name
