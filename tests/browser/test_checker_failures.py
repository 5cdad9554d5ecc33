"""When something goes wrong the page says so in its language and keeps what the person typed."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect
from checker_helpers import checker_url, config_of, fill_organisation, wait_for_result

NO_WASM = "Object.defineProperty(globalThis, 'WebAssembly', {value: undefined, configurable: true});"


def _type_something(page) -> dict:
    config = config_of(page)
    fill_organisation(page, config, 0, "Noorderpoort", "NL", "coordinator", "vet-provider")
    return config


def _assert_failed_and_kept(page, config, reason_key):
    wait_for_result(page, ("failed",))  # the runtime timeout: a loaded machine may take a while to give up
    strings = config["strings"]
    assert page.text_content("[data-cove-result-lead]") == strings[reason_key]
    assert strings["failed_keep"] in page.text_content("#cove-result")
    assert page.input_value("#cove-org-0-name") == "Noorderpoort"


@pytest.mark.parametrize("lang", ("nl", "en", "fr"))
def test_broken_share_link_is_explained_and_form_stays_usable(watched, served, lang):
    page = watched.page
    page.goto(checker_url(served, lang) + "#p=eyJvcmdhbmlzYXRpb25zIjpb")  # cut-off JSON
    strings = config_of(page)["strings"]
    expect(page.locator("[data-cove-notice]")).to_have_text(strings["link_bad"])
    wait_for_result(page, ("incomplete",))  # the engine's own answer for the link's bytes, as the CLI gives it
    assert "JSON" in page.text_content("#cove-error-summary")
    _type_something(page)
    assert page.input_value("#cove-org-0-name") == "Noorderpoort"
    assert watched.console_errors == []


@pytest.mark.parametrize("content", [b"not json at all", b"[1, 2, 3]", b"\xff\xfe\x00"])
def test_import_of_a_file_that_is_no_partnership_keeps_the_form(watched, served, content):
    page = watched.page
    page.goto(checker_url(served, "en"))
    config = _type_something(page)
    page.set_input_files("#cove-import", files=[{"name": "notes.json", "mimeType": "application/json", "buffer": content}])
    expect(page.locator("[data-cove-notice]")).to_have_text(config["strings"]["import_bad"].format(file="notes.json"))
    assert page.input_value("#cove-org-0-name") == "Noorderpoort"


def test_import_and_export_use_the_cli_shape(watched, served, tmp_path):
    page = watched.page
    page.goto(checker_url(served, "fr"))
    doc = {"call": 2022, "eqf_levels": [5], "work_based_learning": True,
           "organisations": [{"name": "CFA Bâtiment", "country": "fr", "role": "coordinator", "type": "vet-provider"}]}
    page.set_input_files("#cove-import", files=[{"name": "p.json", "mimeType": "application/json",
                                                  "buffer": json.dumps(doc).encode()}])
    wait_for_result(page)
    assert page.input_value("#cove-org-0-name") == "CFA Bâtiment"
    with page.expect_download() as download:
        page.get_by_role("button", name=config_of(page)["strings"]["export"], exact=True).click()
    saved = tmp_path / "out.json"
    download.value.save_as(saved)
    assert json.loads(saved.read_text(encoding="utf-8")) == doc


def test_blocked_webassembly_file_gives_a_runtime_message(watched, served):
    page = watched.page
    page.context.route("**/pyodide.asm.wasm", lambda route: route.abort())
    page.goto(checker_url(served, "nl"))
    config = _type_something(page)
    _assert_failed_and_kept(page, config, "failed_runtime")


def test_browser_without_webassembly_gets_a_clear_message(watched, served):
    page = watched.page
    page.context.add_init_script(NO_WASM)  # also reaches the worker's global scope
    page.goto(checker_url(served, "fr"))
    config = _type_something(page)
    _assert_failed_and_kept(page, config, "failed_no-wasm")


def test_missing_worker_file_gives_a_message(watched, served):
    page = watched.page
    page.route("**/assets/checker/worker.mjs", lambda route: route.fulfill(status=404, body="gone"))
    page.goto(checker_url(served, "en"))
    config = _type_something(page)
    _assert_failed_and_kept(page, config, "failed_worker")
