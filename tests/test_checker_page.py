"""The built checker page in each language: root element, strict CSP, config block, no-JS checklist."""

from __future__ import annotations

import json

import pytest

from mkdocs.exceptions import PluginError

from cove_site.checker_page import CSP, HEAD_SCRIPT, THEME_LATER, defer_theme_bundle, inline_script_hashes

LANGS = ("nl", "en", "fr")


def _html(built_site, lang: str) -> str:
    prefix = "" if lang == "nl" else f"{lang}/"
    return (built_site / prefix / "checker" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", LANGS)
def test_checker_page_is_built_with_its_root_config_and_checklist(built_site, page, lang):
    soup = page(lang, "checker/")
    assert soup.find(id="cove-checker") is not None
    config = json.loads(soup.find("script", id="cove-checker-config").string)
    assert config["lang"] == lang and config["urls"]["runtime"].endswith(f"/assets/pyodide/{config['urls']['runtime'].split('/')[-2]}/")
    assert len(soup.select(".cove-checklist li[data-rule]")) >= 7
    assert not soup.select("[onclick], [onload], [onerror], [oninput], [onchange]")


@pytest.mark.parametrize("lang", LANGS)
def test_checker_csp_comes_before_any_script_and_pins_every_inline_script(built_site, lang):
    html = _html(built_site, lang)
    head = html.split("</head>", 1)[0]
    meta = head.index('http-equiv="Content-Security-Policy"')
    assert meta < head.find("<script")
    policy = head[meta:].split('content="', 1)[1].split('"', 1)[0]
    assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy
    for directive in CSP.split("; "):
        if not directive.startswith("script-src"):
            assert directive in policy
    missing = [h for h in inline_script_hashes(html) if h not in policy]
    assert missing == [], "call cove_site.checker_page.finalize_checker_html(output) in the plugin's on_post_page"


@pytest.mark.parametrize("lang", LANGS)
def test_checker_form_is_laid_out_before_first_paint_and_links_to_the_developers_page(built_site, page, lang):
    html = _html(built_site, lang)
    head = html.split("</head>", 1)[0]
    assert f"<script>{HEAD_SCRIPT}</script>" in head  # blocking, so html.cove-js shows the form's room at once
    soup = page(lang, "checker/")
    assert not soup.select_one("[data-cove-app]").has_attr("hidden")
    assert soup.select_one("[data-cove-eqf] input#cove-eqf-4") is not None  # the boxes are there before the module
    assert soup.select_one(".cove-developers a")["href"] == "../developers/"
    assert "cove-site" not in soup.select_one("#cove-checker").get_text()
    developers = page(lang, "developers/").get_text()
    assert "cove-site check" in developers and "--format json" in developers


@pytest.mark.parametrize("lang", LANGS)
def test_checker_page_starts_materials_bundle_later_and_other_pages_at_once(built_site, lang):
    """The checker page names the same bundle as every other page, through theme-later.js; its worker starts
    from the head before the stylesheets (an inline script after them would wait for them)."""
    prefix = "" if lang == "nl" else f"{lang}/"
    other = (built_site / prefix / "rules" / "index.html").read_text(encoding="utf-8")
    sources = [part.split('"', 1)[0] for part in other.split('<script src="')[1:]]
    bundle = next(src for src in sources if "/javascripts/bundle." in src)
    html = _html(built_site, lang)
    assert f'<script src="{bundle}">' not in html
    later = f'<script src="{bundle.split("assets/", 1)[0]}assets/site/{THEME_LATER}" data-cove-theme="{bundle}"></script>'
    assert later in html
    assert (built_site / "assets" / "site" / THEME_LATER).is_file()
    head = html.split("</head>", 1)[0]
    assert head.index(f"<script>{HEAD_SCRIPT}</script>") < head.index('<link rel="stylesheet"')


def test_a_checker_page_without_materials_bundle_stops_the_build():
    with pytest.raises(PluginError, match="Material's bundle script once, found it 0 times"):
        defer_theme_bundle("<html><body><script src='elsewhere.js'></script></body></html>")
