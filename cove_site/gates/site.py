"""What every gate needs to know about a built site: its pages, their language, its public address."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:  # BeautifulSoup is imported when a gate parses a page, not by the build's safety gate
    from bs4 import BeautifulSoup

LANGS = ("nl", "en", "fr")
DEFAULT_LANG = "nl"
# Generated folders that hold no pages of ours (the checker's runtime ships its own files).
SKIPPED = ("assets/", "search/")


def html_pages(site: Path) -> list[str]:
    """Every published HTML page, as a path relative to the site ("en/funding/index.html")."""
    pages = (p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    return sorted(p for p in pages if not p.startswith(SKIPPED))


def lang_of(page: str) -> str:
    """nl at the root, en and fr under their own folder."""
    first = page.split("/", 1)[0]
    return first if first in LANGS and first != DEFAULT_LANG else DEFAULT_LANG


def url_path(page: str) -> str:
    """"en/funding/index.html" -> "en/funding/" (how the page is linked with directory URLs)."""
    return page.removesuffix("index.html")


def is_content_page(page: str) -> bool:
    """Pages readers read; the checker page is the one allowed to load the Python runtime."""
    return page.endswith("index.html") and "checker/" not in page


@lru_cache(maxsize=512)
def _parse(path: Path, mtime: int) -> BeautifulSoup:
    from bs4 import BeautifulSoup

    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def soup(site: Path, page: str) -> BeautifulSoup:
    """Parsed page (cached per file version; treat it as read-only)."""
    path = site / page
    return _parse(path, path.stat().st_mtime_ns)


def site_url(site: Path) -> str:
    """The public address the site was built for, read from the home page's canonical link."""
    link = soup(site, "index.html").find("link", rel="canonical")
    url = link["href"] if link else "/"
    return url if url.endswith("/") else url + "/"


def local_file(site: Path, url_path_: str) -> Path | None:
    """The file a site-relative URL path serves ("en/funding/" -> en/funding/index.html), or None."""
    clean = PurePosixPath("/" + url_path_).as_posix().lstrip("/")
    if ".." in PurePosixPath(clean).parts:
        return None
    target = site / clean
    if target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


def site_path(url: str, base: str) -> str | None:
    """The part of an absolute `url` under `base` ("http://h/cove/en/" under "http://h/cove/" -> "en/")."""
    parts, root = urlsplit(url), urlsplit(base)
    if (parts.scheme, parts.netloc) != (root.scheme, root.netloc) or not parts.path.startswith(root.path):
        return None
    return parts.path[len(root.path):]
