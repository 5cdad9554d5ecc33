"""Browser fixtures (registered for every test folder by tests/conftest.py, so one server serves them all): the real site, served on 127.0.0.1 by the site's own server (precompressed files, content types and caching headers as hosts are told to serve them), in Debian's Chromium.

The site is built here (not with the shared `built_site`) because it must know the address it is
served from: Material's language switcher fetches sitemaps under `site_url`, so a site built for
another port would send requests off the origin. Two builds share one server: one for the root
and one for the sub-path /cove/ (sub-path hosting).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from cove_site.build import build_site
from cove_site.site.serve import start_server

playwright_api = pytest.importorskip("playwright.sync_api")

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
LANGS = ("nl", "en", "fr")
SUB_PATH = "cove/"


@pytest.fixture(scope="session")
def served(tmp_path_factory):
    """Base URLs of the site served on loopback: {"root": ".../", "sub": ".../cove/", "dir": Path}."""
    if not CHROMIUM.exists():
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    serve_dir = tmp_path_factory.mktemp("served")
    server = start_server(serve_dir)
    origin = f"http://127.0.0.1:{server.server_port}/"
    staging = tmp_path_factory.mktemp("builds")
    for target, site_url in ((serve_dir, origin), (serve_dir / SUB_PATH, origin + SUB_PATH)):
        built = staging / ("sub" if target != serve_dir else "root")
        result = build_site(built, ROOT / "mkdocs.yml", env={"SITE_URL": site_url})
        assert result.returncode == 0, result.stderr[-3000:]
        shutil.copytree(built, target, dirs_exist_ok=True)
    yield {"root": origin, "sub": origin + SUB_PATH, "dir": serve_dir, "origin": origin.rstrip("/")}
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Watched:
    """A page plus everything it did that a test may want to forbid."""

    page: object
    origin: str
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)

    def foreign_requests(self) -> list[str]:
        own = urlsplit(self.origin)
        return [u for u in self.requests
                if urlsplit(u).scheme in ("http", "https", "ws", "wss") and urlsplit(u).netloc != own.netloc]

    def pyodide_requests(self) -> list[str]:
        return [u for u in self.requests if "/assets/pyodide/" in u or "pyodide" in u.rsplit("/", 1)[-1]]


@pytest.fixture
def watched(browser, served):
    """A fresh browser context and page that records requests and console errors."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    record = Watched(page=page, origin=served["origin"])
    page.on("request", lambda request: record.requests.append(request.url))
    page.on("console", lambda msg: msg.type == "error"
            and record.console_errors.append(f"{msg.text} {msg.location}"))
    page.on("pageerror", lambda error: record.console_errors.append(f"pageerror: {error}"))
    context.on("weberror", lambda error: record.console_errors.append(f"weberror: {error.error}"))
    yield record
    context.close()
