"""Hostile text in every free-text field of the data (titles, notes, descriptions, source names) reaches the
pages as text: the safety gate still passes and the markup shows up as visible characters. That includes
Markdown: a link to javascript:, an image from another host, an attribute list with an event handler and
emphasis stay the characters they are (issue 11), and every page carries a Content-Security-Policy.

(Organisation names typed into the checker: tests/browser/test_checker_form.py.)
"""

from __future__ import annotations

import shutil

import yaml
from bs4 import BeautifulSoup
from gate_helpers import explain

from cove_site.build import build_site
from cove_site.gates import links, safety
from cove_site.gates.site import html_pages
from cove_site.yamlsource import read_yaml

MARKDOWN = '[x](javascript:alert(3)) ![t](https://evil.example/t.png) {: onclick="alert(4)" } `c` *e* | a |'
HOSTILE = '<script>alert("cove")</script><img src=x onerror=alert(1)> "quoted" \'single\' & </td> ' + MARKDOWN + " "
ROOT_CONFIG = safety.Path(__file__).resolve().parents[2] / "mkdocs.yml"


def poison(node):
    """Prefix every translated text ({nl, en, fr}) and every source title and publisher with HOSTILE."""
    if isinstance(node, dict):
        if {"nl", "en", "fr"} <= set(node) and all(isinstance(node[k], str) for k in ("nl", "en", "fr")):
            return {k: HOSTILE + v if k in ("nl", "en", "fr") else v for k, v in node.items()}
        return {k: HOSTILE + v if k in ("title", "publisher") and isinstance(v, str) else poison(v)
                for k, v in node.items()}
    if isinstance(node, list):
        return [poison(item) for item in node]
    return node


def test_hostile_text_in_the_data_is_shown_as_text_and_never_runs(data_copy, tmp_path):
    for path in sorted((data_copy / "calls").glob("*.yaml")):
        data = read_yaml(path).data  # YAML 1.2, as the site reads it (NO stays Norway)
        path.write_text(yaml.safe_dump(poison(data), allow_unicode=True, sort_keys=False), encoding="utf-8")
    site = tmp_path / "site"
    result = build_site(site, ROOT_CONFIG, env={"COVE_DATA_DIR": str(data_copy), "COVE_BROWSER_CHECKER": "false"})
    assert result.returncode == 0, result.stderr[-3000:]

    report = safety.check(site)
    assert not report.failed, explain(report)
    assert not [p for p in links.check(site).errors if p.rule == "off-site-src"]
    shown = markdown_shown = 0
    for page in html_pages(site):
        doc = BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")
        assert not doc.find("img", src="x"), page
        assert not doc.find("img", src=lambda src: src and "evil.example" in src), page
        assert not doc.find(href=lambda href: href and href.strip().lower().startswith("javascript:")), page
        assert not doc.find(onclick=True) and not doc.find(["em", "code"], string=["e", "c"]), page
        assert not [s for s in doc.find_all("script") if 'alert("cove")' in (s.string or "")], page
        assert doc.find("meta", attrs={"http-equiv": "Content-Security-Policy"}), page
        shown += doc.get_text().count('<script>alert("cove")</script>')
        markdown_shown += doc.get_text().count(MARKDOWN)
    assert shown > 100, "the hostile text should be visible as text on the pages"
    assert markdown_shown > 100, "the Markdown should be visible as the characters it is made of"
    shutil.rmtree(site)
