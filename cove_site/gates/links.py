"""No broken links: every internal href, src, srcset and #fragment in the built site resolves to a file
(and an element id), across languages and years. External links are listed in a report, never fetched;
anything a page *loads* (src, srcset, poster, data, a stylesheet or icon link) from another host is an error.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urljoin, urlsplit

from . import Report
from .site import html_pages, lang_of, local_file, site_path, site_url, soup

LINK_ATTRS = ("href", "src", "poster", "data", "action")
# Only these schemes leave the site on purpose; anything else unknown is reported as an error.
EXTERNAL_SCHEMES = ("http", "https", "mailto", "tel")
_CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")


# <link rel=...> values that make the browser fetch the href while the page loads.
LOADED_RELS = {"stylesheet", "icon", "preload", "modulepreload", "prefetch", "manifest", "apple-touch-icon"}


def loaded(tag) -> set[str]:
    """The URLs among `references(tag)` that the browser fetches as part of the page (not links to follow)."""
    urls = {tag[a] for a in ("src", "poster", "data") if isinstance(tag.get(a), str)}
    for attr in ("srcset", "imagesrcset"):
        if tag.get(attr):
            urls |= {candidate.split()[0] for candidate in tag[attr].split(",") if candidate.strip()}
    if tag.name == "link" and LOADED_RELS & set(tag.get("rel") or []) and isinstance(tag.get("href"), str):
        urls.add(tag["href"])
    return urls


def references(tag) -> list[str]:
    """Every URL a tag refers to, srcset candidates included."""
    urls = [tag[a] for a in LINK_ATTRS if isinstance(tag.get(a), str)]
    for attr in ("srcset", "imagesrcset"):
        if tag.get(attr):
            urls += [candidate.split()[0] for candidate in tag[attr].split(",") if candidate.strip()]
    return urls


def _ids(site: Path, page: str) -> set[str]:
    doc = soup(site, page)
    return {t["id"] for t in doc.find_all(id=True)} | {t["name"] for t in doc.find_all("a", attrs={"name": True})}


def check(site: Path, report_file: Path | None = None) -> Report:
    report = Report("links")
    base = site_url(site)
    external: dict[str, set[str]] = {}
    checked = 0
    for page in html_pages(site):
        lang = lang_of(page)
        page_url = urljoin(base, page)
        for tag in soup(site, page).find_all(True):
            fetched = loaded(tag)
            for raw in references(tag):
                url = raw.strip()
                if not url:
                    continue
                scheme = urlsplit(url).scheme.lower()
                absolute = urljoin(page_url, url)
                inside = site_path(absolute, base)
                if inside is None:
                    if raw in fetched and scheme != "data":
                        report.add(page, lang, "off-site-src", f"<{tag.name}> loads {url[:120]!r} from another host")
                    elif scheme in EXTERNAL_SCHEMES:
                        external.setdefault(absolute, set()).add(page)
                    elif not scheme:
                        report.add(page, lang, "outside-site", f"<{tag.name}> {url!r} leaves the site's address {base}")
                    elif scheme != "data":
                        report.add(page, lang, "unknown-scheme", f"<{tag.name}> links to {url!r}")
                    continue
                checked += 1
                _resolve(site, report, page, lang, tag.name, url, unquote(urlsplit(inside).path),
                         urlsplit(absolute).fragment)
    checked += _check_css(site, report)
    _check_sitemap(site, report, base)
    if report_file:
        report_file.parent.mkdir(parents=True, exist_ok=True)
        report_file.write_text("".join(f"{url}\t{' '.join(sorted(pages))}\n" for url, pages in sorted(external.items())),
                               encoding="utf-8")
    report.figures.append(f"{checked} internal references checked; {len(external)} external links listed"
                          + (f" in {report_file}" if report_file else " (not fetched)"))
    return report


def _resolve(site, report, page, lang, tag, url, path, fragment) -> None:
    target = local_file(site, path)
    if target is None:
        report.add(page, lang, "dead-link", f"<{tag}> {url!r}: nothing is published at /{path}")
        return
    if fragment and target.suffix == ".html":
        target_page = target.relative_to(site).as_posix()
        if unquote(fragment) not in _ids(site, target_page):
            report.add(page, lang, "dead-anchor", f"<{tag}> {url!r}: {target_page} has no element with id {fragment!r}")


def _check_css(site: Path, report: Report) -> int:
    """url(...) references in our own stylesheets (the theme's bundled CSS is left to the theme)."""
    count = 0
    for css in sorted(site.glob("assets/*.css")) + sorted(site.glob("assets/checker/*.css")):
        rel = css.relative_to(site).as_posix()
        for url in _CSS_URL.findall(css.read_text(encoding="utf-8")):
            if urlsplit(url).scheme or url.startswith("#"):
                continue
            count += 1
            path = (PurePosixPath(rel).parent / urlsplit(url).path).as_posix()
            if local_file(site, path) is None:
                report.add(rel, "-", "dead-link", f"url({url}) in {rel}: nothing is published there")
    return count


def _check_sitemap(site: Path, report: Report, base: str) -> None:
    sitemap = site / "sitemap.xml"
    if not sitemap.is_file():
        return
    for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap.read_text(encoding="utf-8")):
        path = site_path(loc.strip(), base)
        if path is None or local_file(site, unquote(path)) is None:
            report.add("sitemap.xml", "-", "dead-link", f"sitemap entry {loc.strip()} is not published under {base}")
