"""Accessibility (axe-core), page weight and main-thread budgets, measured in Chromium on the served site;
the same gates failing on a page broken on purpose; and Lighthouse on the home and checker pages.

Pages come from the shared `built_site`; they are loaded from helper fixture `served` (the same site, built
for the address it is served from). Broken pages are added to the served folder under zz-gates-*/ for
one test and removed afterwards.
"""

from __future__ import annotations

import os
import shutil
import time

import pytest
from gate_helpers import explain, failures

from cove_site.gates import accessibility, lighthouse, main_thread, weight
from cove_site.gates.browser import AXE
from cove_site.gates.site import html_pages

pytestmark = pytest.mark.skipif(not AXE.exists(), reason="axe-core is not installed (npm ci)")
# A CSP-blocked runtime must be reported well before the page's own give-up timer (checker_page.LOAD_TIMEOUT_SECONDS).
CSP_MESSAGE_WITHIN_S = 20


@pytest.fixture
def extra_page(served):
    """Add a page to the served site (at the depth of funding/, so its relative URLs work) for one test."""
    made = []

    def add(name: str, html: str, files: dict[str, bytes] = {}) -> str:
        folder = served["dir"] / name
        folder.mkdir()
        made.append(folder)
        (folder / "index.html").write_text(html, encoding="utf-8")
        for file, content in files.items():
            (folder / file).write_bytes(content)
        return f"{name}/index.html"

    yield add
    for folder in made:
        shutil.rmtree(folder)


def _funding_page(served) -> str:
    return (served["dir"] / "funding" / "index.html").read_text(encoding="utf-8")


def test_every_page_and_each_years_data_have_no_axe_violations_in_light_dark_and_at_360px(built_site, served, browser):
    report = accessibility.check(served["dir"], served["root"], browser, accessibility.sampled(html_pages(built_site)))
    assert not report.failed, explain(report)


def test_image_without_alt_text_fails_accessibility(served, browser, extra_page):
    html = _funding_page(served).replace("<h1", '<img src="../assets/images/favicon.png"><h1', 1)
    page = extra_page("zz-gates-no-alt", html)
    report = accessibility.check(served["dir"], served["root"], browser, [page], all_modes=[])
    assert (page, "axe:image-alt") in failures(report), explain(report)


def test_content_pages_stay_within_the_weight_budget_and_load_no_pyodide(built_site, served, browser):
    report = weight.check(served["dir"], served["root"], browser, html_pages(built_site))
    assert not report.failed, explain(report)


def test_oversized_page_fails_weight(served, browser, extra_page):
    html = _funding_page(served).replace("<h1", '<img alt="" src="photo.jpg"><h1', 1)
    page = extra_page("zz-gates-oversized", html, {"photo.jpg": os.urandom(weight.BUDGET_BYTES)})
    report = weight.check(served["dir"], served["root"], browser, [page])
    assert (page, "page-weight") in failures(report), explain(report)


def test_content_page_that_loads_pyodide_fails_weight(served, browser, extra_page):
    html = _funding_page(served).replace("</head>", '<link rel="preload" as="fetch" crossorigin '
                                                   'href="../assets/pyodide/x/pyodide.mjs"></head>', 1)
    page = extra_page("zz-gates-pyodide", html)
    assert (page, "no-pyodide") in failures(weight.check(served["dir"], served["root"], browser, [page]))


def test_content_page_that_loads_from_another_host_fails_weight(served, browser, extra_page):
    # Another port of the loopback address is another origin (and nothing listens on port 9).
    html = _funding_page(served).replace("<h1", '<img alt="" src="http://127.0.0.1:9/pixel.png"><h1', 1)
    page = extra_page("zz-gates-off-site", html)
    report = weight.check(served["dir"], served["root"], browser, [page])
    assert (page, "off-site-request") in failures(report), explain(report)


def test_checker_runtime_loads_without_main_thread_tasks_over_200ms(served, browser):
    # One language: the three checker pages run the same code; `python -m cove_site.gates` measures all three.
    report = main_thread.check(served["dir"], served["root"], browser, langs=("nl",))
    assert not report.failed, explain(report)


def test_checker_with_a_failed_runtime_has_no_axe_violations(served, browser):
    """The fourth checker state (empty, errors and verdict: tests/browser/test_checker_a11y.py)."""
    found = {}
    for scheme in ("light", "dark"):
        context = browser.new_context(color_scheme=scheme)
        tab = context.new_page()
        tab.route("**/pyodide.asm.wasm", lambda route: route.abort())
        tab.goto(served["root"] + "en/checker/")
        tab.wait_for_selector('#cove-result[data-state="failed"]', state="attached", timeout=60_000)
        found[scheme] = accessibility.axe_violations(tab, served["root"])
        context.close()
    assert found == {"light": [], "dark": []}


def test_checker_says_so_quickly_when_a_csp_blocks_webassembly(served, browser):
    """A host that sends a CSP without 'wasm-unsafe-eval' must not leave the checker hanging silently.

    The runtime compiles WebAssembly in the worker, and a worker obeys the CSP of its own response (the
    page's <meta> policy does not reach it), so the blocking policy is put on the worker script's response.
    """
    context = browser.new_context()
    tab = context.new_page()

    def strict_worker(route):
        response = route.fetch()
        route.fulfill(response=response, headers={**response.headers, "content-security-policy":
                                                  "default-src 'self'; script-src 'self'; connect-src 'self'"})

    context.route("**/assets/checker/worker.mjs", strict_worker)
    started = time.monotonic()
    tab.goto(served["root"] + "checker/")
    tab.wait_for_selector('#cove-result[data-state="failed"]', state="attached", timeout=CSP_MESSAGE_WITHIN_S * 1000)
    elapsed = time.monotonic() - started
    lead = tab.text_content("[data-cove-result-lead]").strip()
    context.close()
    assert lead and elapsed < CSP_MESSAGE_WITHIN_S, (lead, elapsed)


@pytest.mark.skipif(not lighthouse.LIGHTHOUSE.exists(), reason="lighthouse is not installed (npm ci)")
def test_home_and_checker_pass_lighthouse_and_the_checker_is_fast_and_still(served, capsys):
    """Accessibility 1.0 and best practices >= 0.95 on both pages; on the checker page (mobile) performance >= 0.90
    and layout shift < 0.1. Medians of 3 runs each (about 100 s in all), served compressed as hosts do; it runs
    offline here, so it is part of `make test`."""
    with lighthouse.compressed_server(served["dir"]) as base:
        report = lighthouse.check(base)
    with capsys.disabled():
        print("\n" + "\n".join(report.figures), flush=True)
    assert not report.failed, explain(report)


def test_lighthouse_server_compresses_text_as_hosts_do(served):
    import urllib.request

    with lighthouse.compressed_server(served["dir"]) as base:
        asked = urllib.request.Request(base + "checker/", headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(asked) as answer:
            assert answer.headers["Content-Encoding"] == "gzip"
            assert b'id="cove-checker"' in __import__("gzip").decompress(answer.read())
        with urllib.request.urlopen(base + "checker/") as plain:
            assert plain.headers["Content-Encoding"] is None and b'id="cove-checker"' in plain.read()
