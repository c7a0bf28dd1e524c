"""Meeting calendars (.ics, one event per session, as the UN publishes its meetings) read
and matched to the plan's sessions, so projected sessions can be confirmed with their
real dates and place.

`read_meetings` parses the file with `icalendar` (size-capped, one-line errors);
`match_meetings` finds, for each event, the body it names (by the body's name in the
plan, its id, or the UN's own names) and that body's session: by the session number
the title gives ("70th session", "seventieth session"), else the session starting
nearest to it (within `NEAR_DAYS`). Nothing here changes a plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from planner.domain.calendar import Calendar
from planner.domain.model import Plan, Session, SessionStatus
from planner.intake.errors import IntakeError, TooLarge, WrongContent
from planner.intake.lexicon import BODIES
from planner.intake.ordinals import ordinal_value
from planner.intake.plan_match import session_number

MAX_BYTES = 5 * 1024 * 1024  # a year of every UN meeting is well under 1 MB
MAX_EVENTS = 5000
NEAR_DAYS = 120  # an event this far from a projected session may still be that session


@dataclass(frozen=True, slots=True)
class Meeting:
    summary: str
    start: date
    end: date  # the last day (an all-day DTEND is exclusive; it is turned inclusive)
    location: str = ""
    uid: str = ""
    url: str = ""  # the event's page, when the calendar gives one
    calendar: str = ""  # the file it was read from

    @property
    def source(self) -> str:
        """Where the dates come from, for the session's `source`: the event's page, or the
        calendar file and the event's id."""
        if self.url:
            return self.url
        return f"{self.calendar}: {self.uid}" if self.uid else self.calendar


@dataclass(frozen=True, slots=True)
class MeetingMatch:
    """What one event says about the plan. `kind`: "confirm" (a projected session gets real
    dates), "update" (a confirmed session's dates or place differ), "same" (nothing to
    change), "unmatched" (no body or session found; `reason` says which)."""

    meeting: Meeting
    kind: str
    session: Session | None = None
    body: str = ""
    reason: str = ""


def read_meetings(data: bytes, source: str) -> list[Meeting]:
    """The events of an iCalendar file, in start order. Raises IntakeError (one line)."""
    from icalendar import Calendar as ICalendar

    if len(data) > MAX_BYTES:
        raise TooLarge(source, f"more than {MAX_BYTES // 2**20} MB")
    if b"BEGIN:VCALENDAR" not in data[:4096].upper():
        raise WrongContent(source, "not an iCalendar (.ics) file")
    try:
        cal = ICalendar.from_ical(data)
    except (ValueError, IndexError, KeyError, TypeError) as exc:
        raise WrongContent(source, f"not a readable iCalendar file ({_one_line(exc)})") from None
    out: list[Meeting] = []
    for event in cal.walk("VEVENT"):
        if len(out) >= MAX_EVENTS:
            raise TooLarge(source, f"more than {MAX_EVENTS} events")
        start = _day(event.get("DTSTART"))
        if start is None:
            continue
        end = _day(event.get("DTEND"))
        all_day = not isinstance(event.get("DTSTART").dt, datetime)
        if end is None:
            end = start
        elif all_day and end > start:
            end -= timedelta(days=1)  # DTEND of an all-day event is the day after
        if end < start:
            end = start
        out.append(
            Meeting(
                _one_line(str(event.get("SUMMARY", ""))),
                start,
                end,
                _one_line(str(event.get("LOCATION", ""))),
                _one_line(str(event.get("UID", ""))),
                _one_line(str(event.get("URL", ""))),
                source,
            )
        )
    if not out:
        raise WrongContent(source, "no events with a start date")
    return sorted(out, key=lambda m: (m.start, m.summary))


def _day(prop: object) -> date | None:
    """The day of a DTSTART/DTEND; None when absent or not a date (icalendar keeps a
    broken value and raises on reading it: that event is left out)."""
    try:
        value = getattr(prop, "dt", None)
    except ValueError:
        return None
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None


def _one_line(value: object) -> str:
    return " ".join(str(value).split())[:300]


# --- matching ------------------------------------------------------------------------------

_UN_NAMES = {
    acronym: re.compile(r"\b(?:" + "|".join(names) + r")\b", re.IGNORECASE)
    for acronym, names in BODIES.items()
}
_NUMBER = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th|e|er|ème|º|°)?\s+(?:session|período)", re.I)
_WORDS_NUMBER = re.compile(
    r"\b((?:[\w\u00e0-\u00ff-]+\s+){0,3}?[\w\u00e0-\u00ff-]+)\s+(?:session|período)", re.I
)


def find_body(summary: str, plan: Plan) -> str | None:
    """The plan's body an event title names: its name (the longest that fits), its id as a
    word ("CSW70", "(StatCom)"), or the UN's own name of it."""
    text = summary.lower()
    named = sorted(
        (b for b in plan.bodies if b.name and _short(b.name) in text), key=lambda b: -len(b.name)
    )
    if named:
        return named[0].id
    for b in sorted(plan.bodies, key=lambda b: -len(b.id)):
        if re.search(rf"(?<![\w-]){re.escape(b.id)}(?:\d|\b)", summary, re.IGNORECASE):
            return b.id
    ids = {b.id for b in plan.bodies}
    for acronym, rx in _UN_NAMES.items():
        if acronym in ids and rx.search(summary):
            return acronym
    return None


def _short(name: str) -> str:
    """A body's name without what its plan name adds in brackets."""
    return re.sub(r"\s*\(.*?\)\s*", " ", name).strip().lower()


def _number_in(summary: str) -> int | None:
    m = _NUMBER.search(summary)
    if m:
        return int(m.group(1))
    for m in _WORDS_NUMBER.finditer(summary):
        for lang in ("en", "fr", "es"):
            n = ordinal_value(m.group(1).split(" of ")[-1], lang)
            if n:
                return n
    return None


def match_meetings(meetings: list[Meeting], plan: Plan, calendar: Calendar) -> list[MeetingMatch]:
    out: list[MeetingMatch] = []
    taken: set[str] = set()
    for m in meetings:
        body = find_body(m.summary, plan)
        if body is None or body not in calendar.by_body:
            out.append(MeetingMatch(m, "unmatched", reason="no-body"))
            continue
        sessions = [s for s in calendar.by_body[body].sessions if s.id not in taken]
        number = _number_in(m.summary)
        found = None
        if number is not None:
            found = next((s for s in sessions if session_number(s, plan) == number), None)
        if found is None:
            near = [s for s in sessions if abs((s.start - m.start).days) <= NEAR_DAYS]
            found = min(near, key=lambda s: abs((s.start - m.start).days), default=None)
        if found is None:
            out.append(MeetingMatch(m, "unmatched", body=body, reason="no-session"))
            continue
        taken.add(found.id)
        if found.status == SessionStatus.PROJECTED:
            kind = "confirm"
        elif (found.start, found.end) != (m.start, m.end) or (
            m.location and m.location != found.location
        ):
            kind = "update"
        else:
            kind = "same"
        out.append(MeetingMatch(m, kind, found, body))
    return out


def read_meetings_file(path: object) -> list[Meeting]:
    """Read an .ics file from disk (checked for size before reading)."""
    from pathlib import Path

    p = Path(str(path))
    try:
        if p.stat().st_size > MAX_BYTES:
            raise TooLarge(p.name, f"more than {MAX_BYTES // 2**20} MB")
        data = p.read_bytes()
    except OSError as exc:
        raise IntakeError(p.name, exc.strerror or str(exc)) from None
    return read_meetings(data, p.name)
