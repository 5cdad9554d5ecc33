"""Whether a call is forthcoming, open or closed at a given moment, decided from the dates in the data.

The reader's browser makes the same decision when the page is read (docs/assets/site/deadline.mjs); the build
uses this module for what a reader without JavaScript sees (dated), and the tests use it as the reference.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

#: Every state a call can be in; "not-closed" is a call whose deadline is ahead but whose opening date nobody
#: published, so the site does not claim it is open.
STATES = ("forthcoming", "open", "not-closed", "closed")
# An opening date has no time: the start of that day in Brussels, where calls open in winter (UTC+1).
_OPENING_OFFSET = timezone(timedelta(hours=1))


def opening_instant(opening: str | None) -> datetime | None:
    return datetime.combine(date.fromisoformat(opening), time(0), _OPENING_OFFSET) if opening else None


def deadline_instant(deadline: str | None) -> datetime | None:
    return datetime.fromisoformat(deadline) if deadline else None


def state_at(now: datetime, deadline: datetime | None, opens: datetime | None) -> str:
    if deadline and now >= deadline:
        return "closed"
    if opens:
        return "open" if now >= opens else "forthcoming"
    return "not-closed" if deadline else "forthcoming"


def call_state(call: dict, now: datetime) -> str:
    """The state of a year's call (its template view: `call.application.deadline`, `call.call.opening`) at `now`."""
    return state_at(now, deadline_instant(call["application"]["deadline"].get("value")),
                    opening_instant(call["call"]["opening"].get("value")))
