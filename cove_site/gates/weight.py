"""Page weight: what a content page costs a reader on a phone plan. Budget: 150 KiB compressed per page,
no Pyodide file (only the checker page may load the Python runtime), and nothing from another host.

A page's cost is its HTML, what the HTML references (stylesheets, scripts, images, icons) and what its
scripts fetch once running (Material's search worker, index and stemmers, sitemaps). The last part is
measured by loading pages in Chromium: once per language and set of scripts, since pages that share
their scripts make the same requests. Each file counts gzip-compressed (level 6, what common servers
use), because the loopback server does not compress.
"""

from __future__ import annotations

import gzip
from functools import cache
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from . import Report
from .site import html_pages, is_content_page, lang_of, local_file, site_path, site_url, soup, url_path

BUDGET_BYTES = 150 * 1024
_LOADED_RELS = {"stylesheet", "icon", "preload", "modulepreload", "manifest", "apple-touch-icon"}


@cache
def gzip_size(path: Path, mtime: int) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))


def static_references(site: Path, page: str, base: str) -> set[str]:
    """Absolute URLs the browser fetches because the HTML says so (links to other pages excluded)."""
    doc, page_url = soup(site, page), urljoin(base, url_path(page))
    urls = {page_url}
    for tag in doc.find_all(["link", "script", "img", "source", "video", "audio", "iframe", "embed", "object"]):
        if tag.name == "link" and not _LOADED_RELS & set(tag.get("rel") or []):
            continue
        for attr in ("href", "src", "data", "poster"):
            if tag.get(attr):
                urls.add(urljoin(page_url, tag[attr]))
        for candidate in (tag.get("srcset") or "").split(","):
            if candidate.strip():
                urls.add(urljoin(page_url, candidate.split()[0]))
    return urls


def requested(tab, url: str) -> set[str]:
    """URLs a page requests until no new request has started for half a second."""
    urls: list[str] = []
    listener = lambda request: urls.append(request.url)  # noqa: E731
    tab.on("request", listener)
    try:
        tab.goto(url, wait_until="load")
        seen = -1
        while seen != len(urls):
            seen = len(urls)
            tab.wait_for_timeout(500)
    finally:
        tab.remove_listener("request", listener)
    return set(urls)


def _off_site(url: str, base_url: str, built_for: str) -> bool:
    """A request that leaves the site (data: and blob: URLs stay in the page)."""
    if urlsplit(url).scheme.lower() in ("data", "blob", "about"):
        return False
    return site_path(url, base_url) is None and site_path(url, built_for) is None


def check(site: Path, base_url: str, browser, pages: list[str] | None = None) -> Report:
    report = Report("weight")
    built_for = site_url(site)
    pages = [p for p in (pages or html_pages(site)) if is_content_page(p)]
    groups: dict[tuple, list[str]] = {}
    for page in pages:
        scripts = frozenset(s["src"].rsplit("/", 1)[-1] for s in soup(site, page).find_all("script", src=True))
        groups.setdefault((lang_of(page), scripts), []).append(page)

    def size(url: str) -> int:
        inside = site_path(url, base_url)
        inside = inside if inside is not None else site_path(url, built_for)
        target = local_file(site, inside.split("?")[0]) if inside is not None else None
        return gzip_size(target, target.stat().st_mtime_ns) if target else 0

    context = browser.new_context(service_workers="block")
    tab = context.new_page()
    sizes = {}
    try:
        for members in groups.values():
            sample = members[0]
            dynamic = requested(tab, base_url + url_path(sample)) - static_references(site, sample, base_url)
            for page in members:
                urls = static_references(site, page, base_url) | dynamic
                sizes[page] = sum(size(u) for u in urls)
                for url in sorted(u for u in urls if _off_site(u, base_url, built_for)):
                    report.add(page, lang_of(page), "off-site-request", f"the page loads {url[:120]} from another host")
                for url in sorted(u for u in urls if "pyodide" in u.lower()):
                    report.add(page, lang_of(page), "no-pyodide", f"a content page requests a Pyodide file: {url}")
                if sizes[page] > BUDGET_BYTES:
                    report.add(page, lang_of(page), "page-weight", f"{sizes[page] / 1024:.1f} KiB compressed, over the "
                                                                   f"{BUDGET_BYTES // 1024} KiB budget")
    finally:
        context.close()
    if sizes:
        heaviest = max(sizes, key=sizes.get)
        report.figures.append(f"{len(sizes)} content pages ({len(groups)} loaded in Chromium): "
                              f"{min(sizes.values()) / 1024:.1f}-{sizes[heaviest] / 1024:.1f} KiB compressed "
                              f"(heaviest {heaviest}); budget {BUDGET_BYTES // 1024} KiB")
    return report
