"""Language metadata: <html lang> matches the page's language; hreflang alternates are absolute,
page-level (not the language's home), two-way and include x-default; switcher entries declare their language.

Search engines and screen readers rely on these; a wrong alternate sends readers to the wrong page.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin, urlsplit

from . import Report
from .site import DEFAULT_LANG, LANGS, html_pages, lang_of, local_file, site_path, site_url, soup, url_path


def _alternates(doc) -> dict[str, str]:
    return {link.get("hreflang"): link.get("href", "") for link in doc.find_all("link", rel="alternate")
            if link.get("hreflang")}


def check(site: Path) -> Report:
    report = Report("language")
    base = site_url(site)
    pages = [p for p in html_pages(site) if p != "404.html"]
    alternates: dict[str, dict[str, str]] = {}  # page -> lang -> site-relative path of its alternate
    for page in pages:
        lang, doc = lang_of(page), soup(site, page)
        declared = (doc.html or {}).get("lang", "") if doc.html else ""
        if declared.split("-")[0].lower() != lang:
            report.add(page, lang, "html-lang", f'<html lang="{declared}"> on a page of language {lang!r}')
        links = _alternates(doc)
        for missing in sorted(set(LANGS + ("x-default",)) - set(links)):
            report.add(page, lang, "hreflang-missing", f"no <link rel=alternate hreflang={missing}>")
        alternates[page] = {}
        for code, href in links.items():
            if not urlsplit(href).scheme:
                report.add(page, lang, "hreflang-absolute", f"hreflang={code} href {href!r} is not an absolute URL")
            inside = site_path(urljoin(base, href), base)
            target = local_file(site, inside) if inside is not None else None
            if target is None:
                report.add(page, lang, "hreflang-target", f"hreflang={code} {href!r} is not a page of this site ({base})")
                continue
            alternates[page][code] = target.relative_to(site).as_posix()
        if alternates[page].get(lang) not in (None, page):
            report.add(page, lang, "hreflang-self", f"hreflang={lang} points to {alternates[page][lang]}, not to this page")
        if "x-default" in alternates[page] and DEFAULT_LANG in alternates[page] \
                and alternates[page]["x-default"] != alternates[page][DEFAULT_LANG]:
            report.add(page, lang, "x-default", f"x-default points to {alternates[page]['x-default']}, "
                                                f"not to the {DEFAULT_LANG} page {alternates[page][DEFAULT_LANG]}")
        _check_switcher(site, report, page, lang, doc)
    for page, links in alternates.items():
        lang = lang_of(page)
        for code, target in links.items():
            if code == "x-default" or code == lang:
                continue
            if lang_of(target) != code:
                report.add(page, lang, "hreflang-language", f"hreflang={code} points to {target}, a page in {lang_of(target)}")
            elif _is_home(target) and not _is_home(page):
                report.add(page, lang, "hreflang-page-level", f"hreflang={code} points to the language home {target}, "
                                                              "not to this page's translation")
            elif alternates.get(target, {}).get(lang) != page:
                report.add(page, lang, "hreflang-two-way", f"hreflang={code} points to {target}, which does not point back "
                                                           f"(its hreflang={lang} is {alternates.get(target, {}).get(lang)})")
    report.figures.append(f"{len(pages)} pages: html lang, {len(LANGS)} alternates + x-default, language switcher")
    return report


def _is_home(page: str) -> bool:
    return url_path(page) in ("",) + tuple(f"{code}/" for code in LANGS)


def _check_switcher(site: Path, report: Report, page: str, lang: str, doc) -> None:
    """Each entry of Material's language menu says which language it leads to, and its name is in that language."""
    entries = doc.select(".md-select__link")
    if not entries:
        report.add(page, lang, "switcher-missing", "no language switcher (.md-select__link) on the page")
    for entry in entries:
        name = " ".join(entry.get_text().split())
        code = entry.get("hreflang")
        if code not in LANGS:
            report.add(page, lang, "switcher-hreflang", f"switcher entry {name!r} has hreflang={code!r}")
        elif code != lang and (entry.get("lang") or "").split("-")[0] != code:
            report.add(page, lang, "switcher-lang",
                       f'switcher entry {name!r} is {code} text on a {lang} page without lang="{code}" (WCAG 3.1.2)')
