"""How the checker page gets its runtime: precompressed files with their own types, the compiled
stdlib and lock named by their hashes, and no competition from Material's search until the reader
opens search (which then works as everywhere else), nor from Material's bundle until the first answer."""

from __future__ import annotations

from urllib.parse import urlsplit

from checker_helpers import checker_url, config_of, wait_for_result

SEARCH_FILES = ("/workers/search.", "/search_index.json")
# Notes, at the moment the result region first shows an answer, whether Material's bundle has run yet.
AT_FIRST_ANSWER = """
new MutationObserver((changes, observer) => {
  const region = document.getElementById("cove-result");
  if (!region || !["verdict", "empty", "incomplete", "failed"].includes(region.dataset.state)) return;
  window.__themeAtFirstAnswer = typeof window.viewport$ === "object";
  observer.disconnect();
}).observe(document, {subtree: true, childList: true, attributes: true, attributeFilter: ["data-state"]});
"""


def test_runtime_arrives_brotli_compressed_with_its_own_types_and_long_caching(watched, served):
    page = watched.page
    responses = {}
    page.on("response", lambda response: responses.__setitem__(urlsplit(response.url).path, response))
    page.goto(checker_url(served, "en"))
    wait_for_result(page)
    urls = config_of(page)["urls"]
    wasm = next(r for path, r in responses.items() if path.endswith("/pyodide.asm.wasm"))
    stdlib = next(r for path, r in responses.items() if path.endswith(urlsplit(urls["stdlib"]).path.rsplit("/", 1)[1]))
    for response, kind in ((wasm, "application/wasm"), (stdlib, "application/zip")):
        headers = response.all_headers()
        assert headers["content-encoding"] == "br" and headers["content-type"] == kind
        assert "immutable" in headers["cache-control"]
    assert not [path for path in responses if path.endswith("/python_stdlib.zip")], "the full stdlib is not shipped"
    assert watched.console_errors == []


def test_search_starts_only_when_the_reader_opens_it_and_then_finds_pages(watched, served):
    page = watched.page
    page.goto(checker_url(served, "en"))
    wait_for_result(page)
    page.wait_for_timeout(500)
    assert not [u for u in watched.requests if any(part in u for part in SEARCH_FILES)]
    page.locator("input[data-md-component=search-query]").click()
    page.keyboard.type("Erasmus")
    page.locator(".md-search-result__item").first.wait_for(timeout=30_000)
    assert all(any(part in u for u in watched.requests) for part in SEARCH_FILES)
    assert watched.console_errors == []


def test_material_starts_after_the_first_answer_and_then_works(watched, served):
    page = watched.page
    page.add_init_script(AT_FIRST_ANSWER)
    page.goto(checker_url(served, "fr"))
    wait_for_result(page)
    page.wait_for_function("() => typeof window.viewport$ === 'object'", timeout=10_000)  # the bundle ran, after
    assert page.evaluate("window.__themeAtFirstAnswer") is False
    assert len([u for u in watched.requests if "/assets/javascripts/bundle." in u]) == 1
    # Material is set up on the page as on any other: the back-to-top button appears when scrolling back up.
    page.mouse.wheel(0, 3000)
    page.wait_for_timeout(300)
    page.mouse.wheel(0, -400)
    page.locator(".md-top").wait_for(state="visible", timeout=10_000)
    assert watched.console_errors == []


def test_a_reader_who_clicks_before_the_first_answer_starts_material_at_once(watched, served):
    page = watched.page
    page.context.route("**/pyodide.asm.wasm", lambda route: None)  # the runtime never arrives
    page.goto(checker_url(served, "nl"))
    page.wait_for_selector("#cove-result[data-state=waiting]", state="attached")
    assert page.evaluate("typeof window.viewport$") == "undefined"
    page.locator("h1").click()
    page.wait_for_function("() => typeof window.viewport$ === 'object'", timeout=10_000)
