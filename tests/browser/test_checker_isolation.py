"""The checker talks to nobody but its own origin; content pages load no Pyodide byte; and the
site works when served under a sub-path."""

from __future__ import annotations

import pytest
from checker_helpers import checker_url, config_of, fill_organisation, wait_for_result

CONTENT_PAGES = ("", "participation/", "en/", "en/funding/", "fr/", "fr/objectives/")


def test_checker_requests_stay_on_the_origin_and_log_no_errors(watched, served):
    page = watched.page
    page.goto(checker_url(served, "nl"))
    wait_for_result(page)
    assert watched.pyodide_requests(), "the checker should have loaded the runtime"
    assert watched.foreign_requests() == []
    assert watched.console_errors == []


@pytest.mark.parametrize("path", CONTENT_PAGES)
def test_content_page_requests_no_pyodide_file(watched, served, path):
    page = watched.page
    page.goto(served["root"] + path, wait_until="networkidle")
    assert watched.pyodide_requests() == []
    assert not [u for u in watched.requests if "/assets/checker/" in u]
    assert watched.foreign_requests() == []
    assert watched.console_errors == []


@pytest.mark.parametrize("lang", ("nl", "fr"))
def test_checker_works_under_a_sub_path(watched, served, lang):
    page = watched.page
    page.goto(checker_url(served, lang, base="sub"))
    config = config_of(page)
    fill_organisation(page, config, 0, "Graafschap College", "NL", "coordinator", "vet-provider")
    wait_for_result(page)
    sub = served["sub"]
    runtime = [u for u in watched.pyodide_requests() if u.endswith(".wasm")]
    assert runtime and all(u.startswith(sub) for u in runtime)
    assert all(u.startswith(sub) for u in watched.requests if u.startswith(served["origin"]) and "/assets/" in u)
    assert watched.foreign_requests() == []
    assert watched.console_errors == []
