"""The maintainers' page states the checker's limits from the one place that sets them (issue 11)."""

from __future__ import annotations

import re

import pytest

from cove_site.engine import limits

HEADINGS = {"nl": "Grenzen", "en": "Limits", "fr": "Limites"}


@pytest.mark.parametrize("lang", ("nl", "en", "fr"))
def test_the_maintainers_page_lists_every_limit_the_checker_applies(page, lang):
    doc = page(lang, "developers/")
    heading = next(h for h in doc.select("h2") if h.get_text(strip=True).startswith(HEADINGS[lang]))
    table = heading.find_next("table")
    numbers = {int(re.sub(r"\D", "", cell)) for row in table.select("tbody tr")
               for cell in re.findall(r"\d[\d.,\u202f\u00a0 ]*\d|\d", row.get_text(" "))}
    assert set(limits.as_dict().values()) <= numbers
    assert "cove_site/engine/limits.py" in heading.find_next("p").get_text()


@pytest.mark.parametrize("lang", ("nl", "en", "fr"))
def test_the_maintainers_page_explains_every_exit_code_of_the_cli(page, lang):
    doc = page(lang, "developers/")
    codes = {row.select_one("td").get_text(strip=True) for table in doc.select("table") for row in table.select("tbody tr")
             if row.select_one("td") and row.select_one("td").get_text(strip=True).isdigit()}
    assert {"0", "1", "2", "3", "4"} <= codes
