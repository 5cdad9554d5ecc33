"""Fixtures and helpers for the gate tests, imported by name into the test modules.

The browser fixtures `served` and `browser` come from tests/conftest.py (one server for every folder).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cove_site.gates.__main__ import summary

@pytest.fixture
def broken_site(built_site, tmp_path):
    """A writable copy of the built site (without the 13 MB Python runtime, which no static gate reads)."""
    copy = tmp_path / "site"
    shutil.copytree(built_site, copy, ignore=shutil.ignore_patterns("pyodide"))
    return copy


def edit(site: Path, page: str, old: str, new: str, every: bool = False) -> None:
    """Change one page of a broken copy; fails loudly when the text to replace is not there."""
    path = site / page
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {page}"
    path.write_text(text.replace(old, new, -1 if every else 1), encoding="utf-8")


def failures(report) -> set[tuple[str, str]]:
    """(page, rule) of each error, for asserting which gate rule caught a broken page."""
    return {(p.page, p.rule) for p in report.errors}


def explain(report) -> str:
    return summary([report])
