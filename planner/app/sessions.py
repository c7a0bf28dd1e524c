"""The expanded calendar as a list: every session of a plan, explicit or projected.

Used by `planner sessions` and by the window's inspector; a projected session
names the series (and so the rule) that projected it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from planner.domain.calendar import Calendar
from planner.domain.model import Plan, Session

SESSIONS_FORMAT = "mandate-planner-sessions/1"


@dataclass(frozen=True, slots=True)
class SessionFilter:
    """Sessions overlapping [first, last] (either end open), of one body and its children."""

    first: date | None = None
    last: date | None = None
    body: str | None = None


def _with_children(plan: Plan, body: str) -> set[str]:
    children: dict[str | None, list[str]] = {}
    for b in plan.bodies:
        children.setdefault(b.parent, []).append(b.id)
    found, todo = {body}, [body]
    while todo:
        for child in children.get(todo.pop(), ()):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def list_sessions(plan: Plan, calendar: Calendar, where: SessionFilter) -> list[Session]:
    """The sessions `where` selects, by start date, then body, then id."""
    bodies = _with_children(plan, where.body) if where.body else None
    return [
        s
        for s in calendar.sorted_sessions()
        if (bodies is None or s.body in bodies)
        and (where.first is None or s.end >= where.first)
        and (where.last is None or s.start <= where.last)
    ]


def sessions_json(plan: Plan, sessions: list[Session]) -> dict[str, Any]:
    names = {b.id: b.name for b in plan.bodies}
    return {
        "format": SESSIONS_FORMAT,
        "sessions": [
            {
                "id": s.id,
                "body": s.body,
                "body_name": names.get(s.body, ""),
                "name": s.name,
                "start": s.start.isoformat(),
                "end": s.end.isoformat(),
                "place": s.location,
                "status": str(s.status),
                "format": str(s.format),
                "source": s.source,
                "series": s.series,
            }
            for s in sessions
        ],
    }
