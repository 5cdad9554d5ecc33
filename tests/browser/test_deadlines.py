"""Deadlines in the browser: the reader's own time zone, and the call's state as of the moment of viewing."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from cove_site.call_state import call_state
from cove_site.model import load_years
from cove_site.plugin import template_view
from cove_site.site_strings import text
from site_helpers import LANGS, ROOT, lang_prefix

YEARS = load_years(ROOT / "data")
LATEST = YEARS[max(YEARS)]
VIEW = template_view(LATEST.facts)
SHOWN = "[data-cove-call-state] [data-cove-state]:not([hidden])"


def plain(words: str) -> str:
    """Text as compared here: French no-break spaces as plain spaces."""
    return words.replace("\u00a0", " ").replace("\u202f", " ")


def moments() -> list[tuple[datetime, str]]:
    """(moment, expected state) around the latest call's opening and deadline, from the data."""
    deadline = LATEST.deadline
    opening = LATEST.value("call.opening")
    cases = [(deadline + timedelta(days=1), "closed")]
    if opening:
        opens = datetime.combine(date.fromisoformat(opening), datetime.min.time(), deadline.tzinfo)
        cases += [(opens - timedelta(days=2), "forthcoming"), (opens + timedelta(days=2), "open")]
    else:
        cases.append((deadline - timedelta(days=2), "not-closed"))
    return cases


@pytest.mark.parametrize("moment, state", moments())
def test_reference_decision_agrees_with_the_data(moment, state):
    assert call_state(VIEW, moment) == state


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("moment, state", moments())
def test_call_state_follows_the_readers_clock_not_the_build_date(browser, served, lang, moment, state):
    context = browser.new_context()
    page = context.new_page()
    page.clock.set_fixed_time(moment)
    for path in ("apply/", ""):
        page.goto(served["root"] + lang_prefix(lang) + path)
        shown = page.eval_on_selector_all(
            SHOWN, "els => els.map(e => [e.dataset.coveState, e.querySelector('.cove-badge__word').textContent])")
        assert shown, f"no call state on {lang}/{path}"
        for key, word in shown:
            assert (key, word) == (state, text(f"state_{state}", lang)), path
        # The date of the build only stands in for readers without JavaScript.
        assert page.locator("[data-cove-as-of]:visible").count() == 0
    # The home page says what comes next: for a closed call, that the next one is not yet published.
    if state == "closed":
        next_call = text("line_closed", lang, deadline="").split(".")[-2].strip()
        assert plain(next_call) in plain(page.locator(".cove-start__state").inner_text())
    context.close()


def _local_deadline(browser, served, lang: str, locale: str) -> tuple[str, datetime]:
    """The reader's-time line of the latest deadline on the apply page, read in New York, and that deadline
    in New York time as the page should show it."""
    context = browser.new_context(timezone_id="America/New_York", locale=locale)
    page = context.new_page()
    page.goto(served["root"] + f"{lang}/apply/")
    local = page.locator("[data-cove-local-time]").first.text_content()
    context.close()
    return local, LATEST.deadline.astimezone(ZoneInfo("America/New_York"))


def test_deadline_is_also_shown_in_the_readers_time_zone(browser, served):
    local, expected = _local_deadline(browser, served, "en", "en-US")
    assert f"{expected.hour:02d}:{expected.minute:02d}" in local, local
    assert text("your_time", "en") in local


def test_french_readers_see_their_local_time_written_17_h(browser, served):
    """The reader's own time follows French usage too ("11 h", not "11:00"), as the page's Brussels time does."""
    local, expected = _local_deadline(browser, served, "fr", "fr-FR")
    minutes = f"\u00a0{expected.minute:02d}" if expected.minute else ""
    assert f" {expected.hour}\u00a0h{minutes}" in local, local
    assert not any(a.isdigit() and b == ":" for a, b in zip(local, local[1:])), local
    assert text("your_time", "fr") in local


@pytest.mark.parametrize("lang", LANGS)
def test_without_javascript_the_state_at_the_build_shows_with_its_date(browser, served, lang):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(served["root"] + lang_prefix(lang))
    box = page.locator(".cove-start__state [data-cove-call-state]")
    # The page says the date of the build (Brussels); the state shown is the state at some moment of that day.
    built = date.fromisoformat(box.locator("[data-cove-as-of]").get_attribute("data-cove-as-of"))
    day = datetime(built.year, built.month, built.day, tzinfo=ZoneInfo("Europe/Brussels"))
    shown = box.locator("[data-cove-state]:visible")
    assert shown.count() == 1
    assert shown.get_attribute("data-cove-state") in {call_state(VIEW, day), call_state(VIEW, day + timedelta(hours=23, minutes=59))}
    assert box.locator("[data-cove-as-of]").is_visible()
    assert text("state_as_of", lang, date="").strip() in plain(box.inner_text())
    context.close()
