"""Accessibility of every page: axe-core (from node_modules) in Chromium, WCAG 2.0/2.1/2.2 A and AA rules,
in the light and the dark colour scheme, on a desktop and a 360 px wide phone viewport. No rule is disabled:
a violation is fixed in the theme (docs/assets/a11y.css) or in the page, never silenced here.
"""

from __future__ import annotations

import re
from pathlib import Path

from . import Report
from .browser import inject_axe
from .site import html_pages, lang_of, url_path

_YEAR_PAGE = re.compile(r"years/(?P<year>\d{4})/(?P<section>[^/]*)")
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
SCHEMES = ("light", "dark")
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 740}


def axe_violations(tab, base_url: str) -> list[dict]:
    """Run axe on the page as it is now; violations with their first few offending elements."""
    inject_axe(tab, base_url)
    return tab.evaluate("""tags => axe.run(document, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]})
        .then(r => r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, count: v.nodes.length,
            nodes: v.nodes.slice(0, 3).map(n => n.target.join(" ") + (n.failureSummary ? " — " +
                n.failureSummary.split("\\n").slice(1, 2).join("").trim() : ""))})))""", TAGS)


def describe(violation: dict) -> str:
    return (f"{violation['help']} ({violation['impact']}, {violation['count']} element(s)): "
            + "; ".join(violation["nodes"]))


def representative(pages: list[str]) -> list[str]:
    """Pages with their own template: the per-year copies (years/<year>/...) repeat the latest year's pages."""
    return [p for p in pages if "years/" not in p]


def sampled(pages: list[str]) -> list[str]:
    """Every page, except that each per-year copy (a year's page in one of its sections) is checked in one
    language, a different one from year to year and section to section: the copies share their templates
    with the representative pages (checked in every language and mode), so what differs is each year's data,
    which every language shows the same way. A third of the copies, every year and section still covered."""
    langs = sorted({lang_of(p) for p in pages})
    keep = []
    for page in pages:
        match = _YEAR_PAGE.search(page)
        if match is None:
            keep.append(page)
            continue
        turn = (int(match["year"]) + sum(map(ord, match["section"]))) % len(langs)
        if lang_of(page) == langs[turn]:
            keep.append(page)
    return keep


def check(site: Path, base_url: str, browser, pages: list[str] | None = None,
          all_modes: list[str] | None = None) -> Report:
    """The pages (default: `sampled`: every page, each year's copies in one language) in light at desktop
    width; `all_modes` pages (default: the representative ones, in every language) also at 360 px and in
    dark at both widths. The colour scheme needs a fresh load (Material
    picks its palette on load); the width does not, so one load serves two widths."""
    report = Report("accessibility")
    pages = [p for p in (pages or sampled(html_pages(site))) if p != "404.html"]
    all_modes = set(representative(pages) if all_modes is None else all_modes)
    runs = 0
    for scheme in SCHEMES:
        context = browser.new_context(color_scheme=scheme, viewport=DESKTOP, service_workers="block")
        tab = context.new_page()
        try:
            for page in pages if scheme == "light" else [p for p in pages if p in all_modes]:
                tab.set_viewport_size(DESKTOP)
                tab.goto(base_url + url_path(page), wait_until="load")
                for width, viewport in (("", DESKTOP), (" 360px", PHONE)):
                    if width and page not in all_modes:
                        continue
                    tab.set_viewport_size(viewport)
                    runs += 1
                    for violation in axe_violations(tab, base_url):
                        report.add(page, lang_of(page), f"axe:{violation['id']}", f"[{scheme}{width}] {describe(violation)}")
        finally:
            context.close()
    report.figures.append(f"axe-core {', '.join(TAGS)}: {len(pages)} pages light/desktop, {len(all_modes)} of them "
                          f"also dark and 360 px: {runs} runs, {len(report.errors)} violations")
    return report
