"""Calendar files (.ics) for each call deadline, made with icalendar so calendar programs get the time zone right."""

from __future__ import annotations

from datetime import timedelta, timezone
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event

from .formatting import Formatter
from .model import LANGUAGES, CallYear
from .site_strings import text

BRUSSELS = ZoneInfo("Europe/Brussels")


def ics_path(year: int, lang: str) -> str:
    """Where the deadline of `year` lives, relative to the site root."""
    return f"ics/cove-{year}-deadline.{lang}.ics"


def deadline_calendar(call: CallYear, lang: str) -> bytes:
    """One event at the deadline, in Brussels time with its VTIMEZONE, and a reminder a week before."""
    instant = call.deadline.astimezone(BRUSSELS)
    cal = Calendar()
    cal.add("prodid", "-//CoVE call portal//cove-site//" + lang.upper())
    cal.add("version", "2.0")
    event = Event()
    event.add("uid", f"cove-{call.year}-deadline@cove-site")
    event.add("dtstamp", call.deadline.astimezone(timezone.utc))
    event.add("dtstart", instant)
    event.add("dtend", instant)
    event.add("summary", text("ics_summary", lang, year=call.year))
    event.add("description", text("ics_description", lang, id=call.value("call.id") or "",
                                        time=Formatter(lang).time(instant)))
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", text("ics_summary", lang, year=call.year))
    alarm.add("trigger", timedelta(days=-7))
    event.add_component(alarm)
    cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()


def calendar_files(years: dict[int, CallYear]) -> dict[str, bytes]:
    """Every calendar file of the site: its path under the site root -> its bytes."""
    return {ics_path(year, lang): deadline_calendar(call, lang)
            for year, call in years.items() if call.deadline is not None for lang in LANGUAGES}

