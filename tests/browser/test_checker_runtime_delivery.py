"""How the checker page gets its runtime: precompressed files with their own types, the compiled
stdlib and lock named by their hashes, and no competition from Material's search until the reader
opens search (which then works as everywhere else)."""

from __future__ import annotations

from urllib.parse import urlsplit

from checker_helpers import checker_url, config_of, wait_for_result

SEARCH_FILES = ("/workers/search.", "/search_index.json")


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
