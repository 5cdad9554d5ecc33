"""The organisations table with long lists: the longest main-thread task (budget 200 ms) while the checker page
opens a partnership of N organisations from a link, pastes N rows, removes the first row and puts it back, and
types into the last row, next to the same steps with 8 organisations in the same run (a ratio, not a timed test).

Run: `python bench/bench_checker_table.py [SIZE ...]` (default 40 1000 5000). Prints a table; writes
bench/results/checker_table.json. Chromium's "longtask" entries are tasks over 50 ms; none over 50 ms reads 0.
"""

from __future__ import annotations

import base64
import json
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cove_site.build import build_site  # noqa: E402
from cove_site.gates.lighthouse import compressed_server  # noqa: E402

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
RESULTS = ROOT / "bench" / "results" / "checker_table.json"
BUDGET_MS = 200
SHOWN_ROWS = 200  # rows the paste preview shows (pastebox.mjs)
TIMEOUT_MS = 180_000
COUNTRIES = ("NL", "BE", "DE", "FR", "ES", "IT", "PT", "AT", "FI", "NO", "PL", "CZ")
TYPES = ("vet-provider", "enterprise", "vet-provider", "sector-representative")
OBSERVER = """window.__tasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__tasks.push(e.duration); })
  .observe({type: "longtask", buffered: true});"""


def partnership(size: int) -> dict:
    orgs = [{"name": f"Organisation {n + 1}", "country": COUNTRIES[n % len(COUNTRIES)],
             "role": "coordinator" if n == 0 else "full-partner", "type": TYPES[n % len(TYPES)]} for n in range(size)]
    return {"eqf_levels": [4, 5], "work_based_learning": False, "organisations": orgs}


def rows_text(size: int) -> str:
    return "\n".join(f"{o['name']}\t{o['country']}\t{o['role']}\t{o['type']}" for o in partnership(size)["organisations"])


def longest(page) -> int:
    """The longest task since the last call, in ms (0 when none passed 50 ms)."""
    tasks = page.evaluate("window.__tasks.splice(0)")
    return round(max(tasks, default=0))


def settle(page, size: int) -> None:
    # Polled every 300 ms with O(1) reads: the measuring must not add long tasks of its own.
    page.wait_for_function("""n => [...document.querySelector('.cove-table').tBodies].reduce((sum, b) => sum + b.childElementCount, 0) === n
        && document.querySelector('[data-cove-print]').dataset.ready === 'true'
        && ['verdict', 'incomplete'].includes(document.getElementById('cove-result').dataset.state)""",
                           arg=size, timeout=TIMEOUT_MS, polling=300)
    page.wait_for_timeout(800)  # the check's answer and the save land after the table


def measure(browser, base: str, size: int) -> dict:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    context.add_init_script(OBSERVER)
    page = context.new_page()
    figures = {}
    link = base + "en/checker/#p=" + base64.urlsafe_b64encode(json.dumps(partnership(size)).encode()).decode().rstrip("=")
    start = time.perf_counter()
    page.goto(link)
    settle(page, size)
    figures["open link"] = (longest(page), round(time.perf_counter() - start, 2))

    # CSS selectors, not roles: Playwright's role queries compute every accessible name, slow with 5,000 rows.
    page.click("[data-cove-paste-open]", timeout=TIMEOUT_MS)
    page.wait_for_selector("#cove-paste-text", state="visible", timeout=TIMEOUT_MS)
    page.evaluate("text => navigator.clipboard.writeText(text)", rows_text(size))
    longest(page)
    start = time.perf_counter()
    page.keyboard.press("Control+V")  # a real paste (Playwright's fill types line by line: far slower than a paste)
    page.wait_for_selector("[data-cove-paste-replace]:not([disabled])", timeout=TIMEOUT_MS)
    page.wait_for_function("n => document.querySelector('.cove-paste__table tbody')?.childElementCount === n",
                           arg=min(size, SHOWN_ROWS), timeout=TIMEOUT_MS, polling=300)
    figures["paste preview"] = (longest(page), round(time.perf_counter() - start, 2))
    start = time.perf_counter()
    page.click("[data-cove-paste-replace]")
    settle(page, size)
    figures["replace"] = (longest(page), round(time.perf_counter() - start, 2))

    start = time.perf_counter()
    page.click('[data-cove-orgs] button[data-org-action="remove"][data-index="0"]', timeout=TIMEOUT_MS)
    settle(page, size - 1)
    page.click("[data-cove-undo] button", timeout=TIMEOUT_MS)
    settle(page, size)
    figures["remove and undo"] = (longest(page), round(time.perf_counter() - start, 2))

    start = time.perf_counter()
    page.click(f"#cove-org-{size - 1}-name", timeout=TIMEOUT_MS)
    page.keyboard.type(" and more")
    settle(page, size)
    figures["type in the last row"] = (longest(page), round(time.perf_counter() - start, 2))
    context.close()
    return figures


def main(sizes: list[int]) -> dict:
    with tempfile.TemporaryDirectory(prefix="cove-bench-table-") as tmp, sync_playwright() as playwright:
        site = Path(tmp) / "site"
        result = build_site(site, ROOT / "mkdocs.yml")
        if result.returncode:
            sys.exit(result.stderr[-3000:])
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        with compressed_server(site) as base:
            results = {size: measure(browser, base, size) for size in [8, *sizes]}
        browser.close()
    print(f"longest main-thread task in ms (budget {BUDGET_MS}) / seconds until settled, per step")
    steps = list(results[8])
    print(f"{'organisations':>14} " + " ".join(f"{step:>22}" for step in steps))
    for size, figures in results.items():
        print(f"{size:>14} " + " ".join(f"{figures[s][0]:>11} ms {figures[s][1]:>6} s" for s in steps))
    over = {size: [s for s in steps if results[size][s][0] > BUDGET_MS] for size in results}
    print("over budget:", {size: steps for size, steps in over.items() if steps} or "none")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({str(k): v for k, v in results.items()}, indent=2) + "\n", encoding="utf-8")
    return results


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [40, 1000, 5000])
