"""Sessions and deadlines as an iCalendar file (icalendar library).

UIDs are stable (derived from ids, not from time), so importing the file again
updates the events instead of duplicating them. Text from the plan is made safe for
a content line (no control characters, no lone surrogates) and bounded in length,
so a huge title gives a readable entry, not a calendar that takes minutes to write.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from planner.domain.calendar import Calendar as PlanCalendar
from planner.domain.engine import Recalculation
from planner.domain.model import Plan

UID_DOMAIN = "mandate-planner"
REMINDER = timedelta(days=7)
MAX_LINE = 300  # characters of a summary, location, category or calendar name
MAX_DESCRIPTION = 3000
MAX_UID = 1000
# RFC 5545 TEXT holds no control character but tab and line break; a lone surrogate has no UTF-8
_NOT_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")


def ics_text(text: str, limit: int = MAX_LINE) -> str:
    """Plan text as an iCalendar value: unsafe characters become U+FFFD; cut at `limit`."""
    text = _NOT_TEXT.sub("\ufffd", text[: limit + 1])
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class IcsFilter:
    bodies: frozenset[str] = frozenset()  # empty: all
    officer: str = ""  # only requirements tracked to this officer (deadlines)

    def wants_body(self, body: str) -> bool:
        return not self.bodies or body in self.bodies


def _all_day(event: Event, day: date, last: date | None = None) -> None:
    event.add("dtstart", day)
    event.add("dtend", (last or day) + timedelta(days=1))  # DTEND is exclusive for dates


def build_ics(
    plan: Plan,
    calendar: PlanCalendar,
    result: Recalculation,
    flt: IcsFilter = IcsFilter(),
    *,
    stamp: datetime | None = None,
    plan_id: str = "",
    today: date | None = None,
) -> Calendar:
    """`plan_id` makes the UIDs the plan's own; deadlines before `today` get no reminder."""
    stamp = stamp or datetime.now(UTC)
    today = today or stamp.date()
    domain = f"{plan_id}.{UID_DOMAIN}" if plan_id else UID_DOMAIN
    cal = Calendar()
    cal.add("prodid", "-//Mandate Planner//mandate-planner//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", ics_text(plan.title or "Mandate Planner"))
    for s in calendar.sorted_sessions():
        if not flt.wants_body(s.body) or flt.officer:
            continue
        ev = Event()
        ev.add("uid", ics_text(f"session-{s.id}@{domain}", MAX_UID))
        ev.add("dtstamp", stamp)
        ev.add("summary", ics_text(f"{s.body}: {s.name}"))
        _all_day(ev, s.start, s.end)
        if s.location:
            ev.add("location", ics_text(s.location))
        ev.add("categories", ["Session", ics_text(s.body)])
        ev.add("status", "CONFIRMED" if s.status == "confirmed" else "TENTATIVE")
        cal.add_component(ev)
    for r in result.requirements:
        if not flt.wants_body(r.body):
            continue
        if flt.officer and (r.tracking is None or r.tracking.officer != flt.officer):
            continue
        for kind, day in (("submission", r.submission_due), ("issuance", r.issuance_due)):
            ev = Event()
            ev.add("uid", ics_text(f"{kind}-{r.report}-{r.session}@{domain}", MAX_UID))
            ev.add("dtstamp", stamp)
            ev.add(
                "summary",
                ics_text(
                    f"{'Submit' if kind == 'submission' else 'Issue'}: {_short(r.title or r.report)}"
                    f" for {_session(r.body, r.session_name)}"
                ),
            )
            _all_day(ev, day)
            ev.add(
                "description",
                ics_text(
                    f"{r.title}\nMandated by {', '.join(r.mandated_by)}\nSession opens {r.session_start.isoformat()}",
                    MAX_DESCRIPTION,
                ),
            )
            ev.add("categories", ["Deadline", ics_text(r.body)])
            if day >= today:  # a reminder of a deadline already past would only nag
                alarm = Alarm()
                alarm.add("action", "DISPLAY")
                alarm.add(
                    "description",
                    ics_text(
                        f"{kind.capitalize()} deadline in a week: {_short(r.title or r.report)}"
                    ),
                )
                alarm.add("trigger", -REMINDER)
                ev.add_component(alarm)
            cal.add_component(ev)
    return cal


def _short(title: str, limit: int = 70) -> str:
    """A report's title as a calendar's one-line summary shows it (names, not ids)."""
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def _session(body: str, name: str) -> str:
    return name if body in name else f"{body} {name}"


def write_ics(cal: Calendar, path: Path) -> None:
    from planner.store.files import check_target, write_bytes

    check_target(path)  # before the work of serialising
    write_bytes(path, cal.to_ical())
