"""The checker page's text and choices: complete in every language and in step with the engine."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cove_site.bundle import load_bundle
from cove_site.checker_page import (HEAD_SCRIPT, checker_config, checker_links, finalize_checker_html,
                                    inline_script_hashes, write_vocabulary)
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


@pytest.mark.parametrize("key", sorted(STRINGS))
def test_french_strings_space_their_punctuation_the_french_way(key):
    """A no-break space before ':', a narrow no-break space before ';', '?', '!' and inside « »."""
    text = STRINGS[key]["fr"]
    assert not re.search(r"(?<![\u00a0\d]):", text), text
    assert not re.search(r"(?<!\u202f)[;?!]", text), text
    assert not re.search(r"«(?!\u202f)|(?<!\u202f)»", text), text


def test_every_engine_role_and_type_has_a_label():
    assert {f"role_{r}" for r in ROLES} | {f"type_{t}" for t in TYPES} <= set(STRINGS)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_config_names_every_known_country_once_and_groups_them_per_year(bundle, lang):
    config = checker_config(lang, bundle, "../..")
    codes = [code for code, _ in config["country_names"]]
    assert sorted(codes) == sorted(set(codes)) == sorted(bundle["known_countries"])
    names = dict(config["country_names"])
    assert names["NL"] == bundle["country_names"][lang]["NL"]
    for year, params in bundle["years"].items():
        groups = config["by_year"][year]["groups"]
        assert set(groups["eu"]) == set(params["countries"]["eu"]) and groups["eu"]
        assert set(groups["associated"]) == set(params["countries"]["associated"])
        assert set(groups["eu"]) | set(groups["associated"]) <= set(codes)
    assert config["urls"]["runtime"].startswith("../../assets/pyodide/")
    assert config["urls"]["vocabulary"] == "../../assets/checker/vocabulary.json"


def test_country_names_sort_as_readers_expect(bundle):
    names = [name for _, name in checker_config("fr", bundle, "..")["country_names"]]
    assert names.index("Espagne") < names.index("Estonie") < names.index("Finlande")


def test_checklist_takes_its_numbers_from_the_data(bundle):
    year = bundle["years"][str(bundle["latest"])]
    items = {i["rule"]: i["text"] for i in checker_config("en", bundle, "")["checklist"]["items"]}
    assert f"At least {year['min_full_partners']} full partners" in items["min-full-partners"]


def test_csp_pins_inline_scripts_by_hash_on_the_checker_page_only():
    head = '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; script-src \'self\' \'wasm-unsafe-eval\'; style-src \'self\'">'
    body = ('<div id="cove-checker"></div><script>var a=1</script><script type="application/json">{}</script>'
            '<script src="../assets/javascripts/bundle.0123abcd.min.js"></script>')
    html = finalize_checker_html(head + body)
    hashes = inline_script_hashes(head + body)
    assert len(hashes) == 1 and f"'wasm-unsafe-eval' {hashes[0]};" in html
    assert ('<script src="../assets/site/theme-later.js" data-cove-theme="../assets/javascripts/bundle.0123abcd.min.js">'
            in html)
    assert finalize_checker_html(head + "<script>var a=1</script>") == head + "<script>var a=1</script>"


def test_pasted_rows_can_use_names_and_labels_of_every_language(bundle, tmp_path):
    paste = json.loads(write_vocabulary(tmp_path, bundle).read_text(encoding="utf-8"))
    assert set(paste["countries"]) == set(bundle["known_countries"])
    assert paste["countries"]["NL"] == ["Nederland", "Netherlands", "Pays-Bas"]
    assert paste["aliases"] == {"EL": "GR", "UK": "GB"}
    assert paste["roles"]["full-partner"] == ["Volwaardige partner", "Full partner", "Partenaire à part entière"]
    assert set(paste["types"]) == set(TYPES) and set(paste["roles"]) == set(ROLES)
    assert {"Name", "Naam", "Nom"} <= set(paste["headers"]["name"])


def test_eqf_help_links_to_the_glossary_only_when_the_build_has_one(tmp_path):
    assert checker_links("fr", tmp_path)["eqf"] == "../rules/"
    (tmp_path / "glossary.fr.md").write_text("# Glossaire\n", encoding="utf-8")
    links = checker_links("fr", tmp_path)
    assert links["eqf"] == "../glossary/#term-eqf" and links["eqf_text"] == STRINGS["eqf_link_glossary"]["fr"]
    assert checker_links("nl", tmp_path)["eqf"] == "../rules/"


def test_head_script_reserves_the_form_before_first_paint_and_names_the_kept_rows():
    assert HEAD_SCRIPT.startswith('document.documentElement.classList.remove("no-js");'
                                  'document.documentElement.classList.add("js","cove-js");')
    assert "cove-checker:rows" in HEAD_SCRIPT and "<" not in HEAD_SCRIPT
