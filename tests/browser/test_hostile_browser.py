"""Hostile share links and imported files in the browser checker (issue 11), and the CSP on content pages.

For every attack: no dialog, no request to another host, the previous verdict is gone the moment the new
partnership arrives, the answer is the CLI's for the same bytes (the worker hands them to the engine's own
JSON reader), and the form survives. The longest main-thread task is measured from a Chromium trace, as the
processor time of the task (`tdur` of the renderer's RunTask events): on a 2-core machine shared with other
work, wall time mostly measures the other work. Like the main-thread gate, a case gets up to three tries and
fails only when every try has a task over the 200 ms budget; the wall times (PerformanceObserver
"longtask") are printed next to it.
"""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from pathlib import Path

import pytest
from checker_helpers import checker_url, config_of, statuses, wait_for_result

ROOT = Path(__file__).resolve().parents[2]
CASES = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "tests" / "cases").glob("*.json"))}
ELIGIBLE = CASES["pass-minimal-eligible"]["partnership"]
BUDGET_MS = 200
TRIES = 3
# Records every state the result region goes through, every dialog and every long task.
RECORDER = """
window.__coveStates = []; window.__coveLongTasks = [];
new PerformanceObserver(list => { for (const e of list.getEntries()) window.__coveLongTasks.push(Math.round(e.duration)); })
  .observe({type: "longtask", buffered: true});
document.addEventListener("DOMContentLoaded", () => {
  const region = document.getElementById("cove-result");
  if (!region) return;
  new MutationObserver(() => window.__coveStates.push(region.dataset.state + ":" + (region.dataset.verdict ?? "")))
    .observe(region, {attributes: true, attributeFilter: ["data-state", "data-verdict"]});
});
"""
ORG = {"name": "Noorderpoort", "country": "NL", "role": "full-partner", "type": "vet-provider"}
INVALID_ORG = {"name": "", "country": "XX", "role": "boss", "type": "shop"}


def doc_bytes(doc) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def with_orgs(count: int, org: dict) -> bytes:
    return doc_bytes({**ELIGIBLE, "organisations": ELIGIBLE["organisations"] + [org] * (count - 8)})


def share_hash(data: bytes) -> str:
    return "#p=" + base64.urlsafe_b64encode(data).decode().rstrip("=")


def cli_answer(data: bytes, tmp_path: Path, lang: str = "en") -> dict:
    (tmp_path / "partnership.json").write_bytes(data)  # named as the browser names an imported file
    done = subprocess.run([sys.executable, "-m", "cove_site.cli", "check", "partnership.json", "--format", "json",
                           "--lang", lang, "--data", str(ROOT / "data")], capture_output=True, text=True,
                          cwd=tmp_path, check=False)
    assert done.returncode in (0, 1, 2, 3), done.stderr
    return json.loads(done.stdout)


def comparable_cli(result: dict) -> dict:
    if "errors" in result:
        return {"errors": [(e["path"], e["message"]) for e in result["errors"]]}
    return {"verdict": result["verdict"], "status": {f["rule"]: f["status"] for f in result["findings"]}}


def same_answer(cli: dict, browser: dict, strings: dict) -> bool:
    """Equal, except that the page words an empty field of the form its own way ("Enter the name of ...")."""
    if "errors" not in cli or "errors" not in browser:
        return cli == browser
    if [p for p, _ in cli["errors"]] != [p for p, _ in browser["errors"]]:
        return False
    page_words = {value for key, value in strings.items() if key.startswith("err_")}
    return all(_unnamed(c) == _unnamed(b) or any(_fits(b, words) for words in page_words)
               for (_, c), (_, b) in zip(cli["errors"], browser["errors"]))


def _unnamed(message: str) -> str:
    """A link has no file name: the engine then says "the input" where the CLI names the file."""
    return message.removeprefix("partnership.json ").removeprefix("the input ")


def _fits(text: str, template: str) -> bool:
    head, _, tail = template.partition("{number}")
    return text.startswith(head) and text.endswith(tail)


def browser_answer(page) -> dict:
    state = wait_for_result(page, ("verdict", "incomplete"))
    if state == "incomplete":
        items = page.eval_on_selector_all("#cove-error-summary li",
                                          "els => els.map(e => [e.dataset.path, e.textContent])")
        return {"errors": [tuple(item) for item in items]}
    return {"verdict": page.get_attribute("#cove-result", "data-verdict"), "status": statuses(page)}


@pytest.fixture
def checker(watched, served):
    """The English checker with the recorder, showing the eligible partnership's verdict, and its dialogs."""
    page = watched.page
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.add_init_script(RECORDER)
    page.goto(checker_url(served, "en") + share_hash(doc_bytes(ELIGIBLE)))
    wait_for_result(page)
    assert page.get_attribute("#cove-result", "data-verdict") == "eligible"
    return page, dialogs


def open_link(page, data: bytes | str) -> None:
    page.evaluate("() => { window.__coveStates = []; window.__coveLongTasks = []; }")
    page.evaluate("h => { location.hash = h; }", data if isinstance(data, str) else share_hash(data))
    page.wait_for_function("() => window.__coveStates.length > 0")  # the new partnership has arrived


_IMPORTS: list[Path] = []


@pytest.fixture(autouse=True)
def _import_folder(tmp_path):
    _IMPORTS[:] = [tmp_path / "imports"]
    _IMPORTS[0].mkdir()


def open_file(page, data: bytes, name: str = "partnership.json") -> None:
    """Choose a file in the import field. It is written to disk first: a file given as a buffer would be
    decoded from base64 on the page's own main thread by Playwright, and measured as the page's work."""
    path = _IMPORTS[0] / name
    path.write_bytes(data)
    page.evaluate("() => { window.__coveStates = []; window.__coveLongTasks = []; }")
    page.set_input_files("#cove-import", files=[str(path)])
    page.wait_for_function("() => window.__coveStates.length > 0")


def back_to_eligible(page, how: str) -> None:
    """The eligible partnership again (as a file when the attacks come as files: the link would be unchanged)."""
    open_file(page, doc_bytes(ELIGIBLE)) if how == "file" else open_link(page, doc_bytes(ELIGIBLE))
    page.wait_for_function("() => document.getElementById('cove-result').dataset.verdict === 'eligible'")


def assert_cleared_first(page) -> None:
    """The first change after the new partnership arrived took the old verdict away."""
    states = page.evaluate("window.__coveStates")
    assert states and states[0] == "waiting:", states


def settle(page) -> None:
    """Wait until the table has finished rendering its rows in batches."""
    count, stable = -1, 0
    while stable < 2:
        page.wait_for_timeout(300)
        now = page.evaluate("document.querySelectorAll('.cove-row:not(.cove-row--head)').length")
        stable, count = (stable + 1, now) if now == count else (0, now)


def longest_task_cpu_ms(trace: bytes) -> int:
    """The most processor time one task of the page's main thread took, from a Chromium trace."""
    events = json.loads(trace)["traceEvents"]
    main = {(e["pid"], e["tid"]) for e in events
            if e.get("name") == "thread_name" and e.get("args", {}).get("name") == "CrRendererMain"}
    return round(max((e.get("tdur", 0) for e in events if e.get("name") == "RunTask" and e.get("ph") == "X"
                      and (e["pid"], e["tid"]) in main), default=0) / 1000)


HOSTILE_LINKS = [
    ("nested-10000", ("[" * 10_000 + "]" * 10_000).encode()),
    ("object-nested-10000", ('{"a":' * 10_000 + "1" + "}" * 10_000).encode()),
    ("lone-surrogate", b'{"eqf_levels": [4], "organisations": [{"name": "\\ud800", "country": "NL", '
                       b'"role": "coordinator", "type": "vet-provider"}]}'),
    ("integer-5000-digits", b'{"call": ' + b"7" * 5000 + b', "eqf_levels": [4], "organisations": []}'),
    ("duplicate-organisations", b'{"eqf_levels": [4],\n"organisations": [],\n"organisations": []}'),
    ("duplicate-country", b'{"eqf_levels": [4], "organisations": [{"name": "A", "country": "NO",\n'
                          b'"country": "CH", "role": "coordinator", "type": "vet-provider"}]}'),
    ("country-lookalikes", doc_bytes({**ELIGIBLE, "organisations": [{**ORG, "country": "\ufb01"},
                                                                    {**ORG, "country": "\u0131s"}]})),
    ("nan", b'{"call": NaN, "eqf_levels": [4], "organisations": []}'),
    ("6000-organisations", with_orgs(6_000, ORG)),
    ("3000-organisations-checked-not-shown", with_orgs(3_000, ORG)),
    ("1000-invalid-organisations", with_orgs(1_000, INVALID_ORG)),
    ("script-in-names", doc_bytes({**ELIGIBLE, "organisations": [
        {**ORG, "name": '<img src=x onerror="alert(1)"><script>alert(2)</script>', "role": "coordinator"},
        {**ORG, "name": "javascript:alert(3)"}, {**ORG, "name": "\x1b[31m\u202e"}]})),
    ("not-utf8", b'{"eqf_levels": [4], "organisations": [], "x": "\xff\xfe"}'),
    ("not-a-partnership", b"[1, 2, 3]"),
]


@pytest.mark.parametrize("how", ["link", "file"])
def test_hostile_links_and_files_get_the_cli_answer_and_clear_the_old_verdict(checker, watched, tmp_path, how):
    page, dialogs = checker
    strings = config_of(page)["strings"]
    mismatches = {}
    for name, data in HOSTILE_LINKS:
        expected = comparable_cli(cli_answer(data, tmp_path))
        if how == "link":
            open_link(page, data)
        else:
            open_file(page, data)
        got = browser_answer(page)
        assert_cleared_first(page)
        if not same_answer(expected, got, strings):
            mismatches[name] = {"cli": expected, "browser": got}
        back_to_eligible(page, how)  # a verdict again before the next attack
    assert mismatches == {}
    assert dialogs == [] and page.evaluate("window.__pwned") is None
    assert watched.foreign_requests() == [] and watched.console_errors == []


def test_a_deep_import_over_an_eligible_verdict_is_shown_as_an_error_and_the_form_survives(checker, watched):
    page, dialogs = checker
    strings = config_of(page)["strings"]
    open_file(page, ("[" * 10_000 + "]" * 10_000).encode(), "deep.json")
    assert wait_for_result(page, ("incomplete",)) == "incomplete"
    assert_cleared_first(page)
    assert page.get_attribute("#cove-result", "data-verdict") is None
    assert page.text_content("[data-cove-result-lead]") != strings["verdict_eligible"]
    assert "nested too deeply: more than 32 levels" in page.text_content("#cove-error-summary")
    assert page.is_visible("[data-cove-notice]")
    assert page.input_value("#cove-org-0-name") == ELIGIBLE["organisations"][0]["name"]  # the form is kept
    page.get_by_role("button", name=strings["check_button"], exact=True).click()  # and still works
    page.fill("#cove-org-0-name", "ROC Kop van Noord (edited)")
    page.locator("#cove-org-0-name").blur()
    page.wait_for_function("() => document.getElementById('cove-result').dataset.verdict === 'eligible'")
    assert dialogs == [] and watched.foreign_requests() == [] and watched.console_errors == []


def test_over_the_size_limit_nothing_is_read_and_the_form_stays(checker, watched):
    page, _ = checker
    config = config_of(page)
    big = with_orgs(30_000, ORG)
    assert len(big) > config["limits"]["max_input_bytes"]
    open_file(page, big, "huge.json")
    notice = config["strings"]["import_too_large"].format(file="huge.json", limit=config["limits"]["max_input_mb"])
    page.wait_for_selector("[data-cove-notice]:not([hidden])")
    assert page.text_content("[data-cove-notice]") == notice
    assert_cleared_first(page)
    open_link(page, big)
    page.wait_for_function("t => document.querySelector('[data-cove-notice]').textContent === t",
                           arg=config["strings"]["link_too_large"].format(limit=config["limits"]["max_input_mb"]))
    wait_for_result(page)
    assert page.input_value("#cove-org-0-name") == ELIGIBLE["organisations"][0]["name"]
    assert watched.console_errors == []


@pytest.mark.parametrize("name, data", [
    ("1000-invalid-organisations", with_orgs(1_000, INVALID_ORG)),
    ("1000-organisations", with_orgs(1_000, ORG)),
    ("5000-organisations", with_orgs(5_000, ORG)),
    ("10000-invalid-organisations", with_orgs(10_000, INVALID_ORG)),
    ("100000-organisations", with_orgs(100_000, ORG)),
])
def test_no_main_thread_task_over_200ms_for_any_input_up_to_the_cap(watched, served, browser, name, data):
    page = watched.page
    page.add_init_script(RECORDER)
    page.goto(checker_url(served, "en"))
    wait_for_result(page)
    cpu, wall = [], []
    for attempt in range(TRIES):
        browser.start_tracing(page=page, categories=["toplevel", "disabled-by-default-devtools.timeline"])
        try:
            open_file(page, data, f"{name}-{attempt}.json")
            wait_for_result(page, ("verdict", "incomplete", "empty"))  # over the size limit: the empty form stays
            settle(page)
        finally:
            trace = browser.stop_tracing()
        cpu.append(longest_task_cpu_ms(trace))
        wall.append(max(page.evaluate("window.__coveLongTasks"), default=0))
        if cpu[-1] <= BUDGET_MS:
            break
    print(f"{name} ({len(data):,} bytes): longest main-thread task {cpu} ms of processor time, {wall} ms wall time")
    assert min(cpu) <= BUDGET_MS, f"longest main-thread task {cpu} ms in {len(cpu)} tries"
    assert watched.console_errors == []


TEXT_PARITY = [name for name, case in CASES.items() if name.startswith(("text-json-", "invalid-parity-"))]


@pytest.mark.parametrize("how", ["link", "file"])
def test_parity_cases_say_what_the_cli_says(checker, tmp_path, how):
    """4.0, 2022.0, 2^53+1, 1e400 and UTF-16: the browser reads the bytes as the CLI does (issue 11)."""
    page, _ = checker
    strings = config_of(page)["strings"]
    assert len(TEXT_PARITY) >= 5
    mismatches = {}
    for name in TEXT_PARITY:
        case = CASES[name]
        data = case["text"].encode(case.get("encoding", "utf-8")) if "text" in case else \
            json.dumps(case["partnership"]).encode()
        expected = comparable_cli(cli_answer(data, tmp_path))
        open_link(page, data) if how == "link" else open_file(page, data)
        got = browser_answer(page)
        if not same_answer(expected, got, strings) or [p for p, _ in got.get("errors", [])] != case["expect"]["errors"]:
            mismatches[name] = {"cli": expected, "browser": got}
        back_to_eligible(page, how)
    assert mismatches == {}


def test_the_csp_blocks_a_script_that_got_into_a_content_page(watched, served):
    """Were escaping ever to fail, the policy still stops the script, the handler and the remote image."""
    page = watched.page
    original = (served["dir"] / "funding" / "index.html").read_text(encoding="utf-8")
    assert '<meta http-equiv="Content-Security-Policy"' in original
    injected = original.replace("<h1", '<script>window.__pwned = 1</script><img alt="" src="http://127.0.0.1:9/t.png">'
                                       '<img alt="" src="data:," onerror="window.__pwned = 2"><h1', 1)
    folder = served["dir"] / "zz-hostile-csp"
    folder.mkdir()
    try:
        (folder / "index.html").write_text(injected, encoding="utf-8")
        page.add_init_script("window.__violations = []; document.addEventListener('securitypolicyviolation', "
                             "e => window.__violations.push(e.violatedDirective));")
        failed = {}
        page.on("requestfailed", lambda request: failed.setdefault(request.url, request.failure))
        page.goto(served["root"] + "zz-hostile-csp/", wait_until="load")
        page.wait_for_timeout(300)
        assert page.evaluate("window.__pwned") is None
        violations = page.evaluate("window.__violations")
        assert any(v.startswith("script-src") for v in violations) and any(v.startswith("img-src") for v in violations)
        # Chromium reports the image as a request that the policy stopped before it left the browser.
        assert failed.get("http://127.0.0.1:9/t.png") in ("csp", "net::ERR_BLOCKED_BY_CSP"), failed
    finally:
        (folder / "index.html").unlink()
        folder.rmdir()
