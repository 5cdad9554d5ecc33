"""The checker page's text and choices: complete in every language and in step with the engine."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cove_site.bundle import load_bundle
from cove_site.checker_page import checker_config, finalize_checker_html, inline_script_hashes
from cove_site.checker_strings import LANGUAGES, STRINGS
from cove_site.engine.partnership import ROLES, TYPES

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def bundle() -> dict:
    return load_bundle(ROOT / "data")


@pytest.mark.parametrize("key", sorted(STRINGS))
def test_every_string_exists_in_every_language_with_the_same_placeholders(key):
    texts = STRINGS[key]
    assert set(texts) == set(LANGUAGES)
    assert all(text.strip() for text in texts.values())
    placeholders = {lang: set(re.findall(r"\{(\w+)\}", text)) for lang, text in texts.items()}
    assert len({frozenset(p) for p in placeholders.values()}) == 1, placeholders


def test_every_engine_role_and_type_has_a_label():
    assert {f"role_{r}" for r in ROLES} | {f"type_{t}" for t in TYPES} <= set(STRINGS)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_config_groups_every_known_country_once_per_year(bundle, lang):
    config = checker_config(lang, bundle, "../..")
    for year, params in bundle["years"].items():
        groups = config["by_year"][year]["countries"]
        assert [g["group"] for g in groups] == ["eu", "associated", "other"]
        codes = [code for g in groups for code, _ in g["options"]]
        assert sorted(codes) == sorted(set(codes) | set(bundle["known_countries"]))
        assert [c for c, _ in groups[0]["options"]] != [] and {c for c, _ in groups[0]["options"]} == set(params["countries"]["eu"])
    assert config["urls"]["runtime"].startswith("../../assets/pyodide/")


def test_country_names_sort_as_readers_expect(bundle):
    eu = checker_config("fr", bundle, "..")["by_year"][str(bundle["latest"])]["countries"][0]["options"]
    names = [name for _, name in eu]
    assert names.index("Espagne") < names.index("Estonie") < names.index("Finlande")


def test_checklist_takes_its_numbers_from_the_data(bundle):
    year = bundle["years"][str(bundle["latest"])]
    items = {i["rule"]: i["text"] for i in checker_config("en", bundle, "")["checklist"]["items"]}
    assert f"At least {year['min_full_partners']} full partners" in items["min-full-partners"]


def test_csp_pins_inline_scripts_by_hash_on_the_checker_page_only():
    head = '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; script-src \'self\' \'wasm-unsafe-eval\'; style-src \'self\'">'
    body = '<div id="cove-checker"></div><script>var a=1</script><script type="application/json">{}</script><script src="x.js"></script>'
    html = finalize_checker_html(head + body)
    hashes = inline_script_hashes(head + body)
    assert len(hashes) == 1 and f"'wasm-unsafe-eval' {hashes[0]};" in html
    assert finalize_checker_html(head + "<script>var a=1</script>") == head + "<script>var a=1</script>"
