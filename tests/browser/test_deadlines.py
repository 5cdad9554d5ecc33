"""Deadlines in the browser: the reader's own time zone, and open/closed as of the moment of viewing."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from cove_site.model import load_years
from cove_site.site_strings import text
from site_helpers import LANGS, ROOT

YEARS = load_years(ROOT / "data")
LATEST = YEARS[max(YEARS)]


def moments() -> list[tuple[datetime, str]]:
    """(moment, expected state key) around the latest call's opening and deadline, from the data."""
    deadline = LATEST.deadline
    opening = LATEST.value("call.opening")
    cases = [(deadline + timedelta(days=1), "call_closed")]
    if opening:
        opens = datetime.combine(date.fromisoformat(opening), datetime.min.time(), deadline.tzinfo)
        cases += [(opens - timedelta(days=2), "call_not_yet_open"), (opens + timedelta(days=2), "call_open")]
    else:
        cases.append((deadline - timedelta(days=2), "call_opening_unknown"))
    return cases


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("moment, state", moments())
def test_call_state_follows_the_readers_clock_not_the_build_date(browser, served, lang, moment, state):
    context = browser.new_context()
    page = context.new_page()
    page.clock.set_fixed_time(moment)
    page.goto(served["root"] + ("" if lang == "nl" else f"{lang}/") + "apply/")
    badge = page.locator("[data-cove-deadline-state]").first
    assert badge.text_content() == text(state, lang)
    context.close()


def test_deadline_is_also_shown_in_the_readers_time_zone(browser, served):
    context = browser.new_context(timezone_id="America/New_York", locale="en-US")
    page = context.new_page()
    page.goto(served["root"] + "en/apply/")
    local = page.locator("[data-cove-local-time]").first.text_content()
    deadline = LATEST.deadline
    # 17:00 in Brussels in summer is 11:00 in New York
    assert f"{(deadline.hour - 6):02d}:{deadline.minute:02d}" in local, local
    assert text("your_time", "en") in local
    context.close()
