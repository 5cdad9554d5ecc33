"""Shared fixtures: the real site, built once per test session with the real `mkdocs build`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from cove_site.build import build_site

from browser_fixtures import browser, served, watched  # noqa: F401 (session fixtures shared by all folders)
from site_helpers import ROOT, lang_prefix


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The site as `make build` makes it (strict build, browser checker included)."""
    site = tmp_path_factory.mktemp("built") / "site"
    result = build_site(site, ROOT / "mkdocs.yml")
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="session")
def page(built_site):
    """Parsed HTML of a built page: page("en", "funding/")."""
    cache: dict[tuple[str, str], BeautifulSoup] = {}

    def load(lang: str, path: str = "") -> BeautifulSoup:
        key = (lang, path)
        if key not in cache:
            html = (built_site / lang_prefix(lang) / path / "index.html").read_text(encoding="utf-8")
            cache[key] = BeautifulSoup(html, "html.parser")
        return cache[key]

    return load


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A writable copy of data/ for tests that break it on purpose."""
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    return target
