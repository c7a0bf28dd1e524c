"""SPEC §3: which sessions a rule names. Rules yield only sessions that exist."""

from __future__ import annotations

from datetime import date

from planner.domain.calendar import BodySessions, Calendar
from planner.domain.model import (
    AfterEvent,
    AtSession,
    NextSession,
    Periodic,
    Rule,
    Session,
    WithSeries,
)


def occurrences(rule: Rule, effective: date, calendar: Calendar) -> list[Session]:
    """The sessions `rule` names for a decision effective on `effective`, in start order."""
    bodies = calendar.by_body.get(rule.body)
    if bodies is None:
        return []
    match rule:
        case AtSession():
            s = calendar.sessions.get(rule.session)
            return [s] if s is not None and s.body == rule.body else []
        case NextSession():
            return _one(bodies.first_eligible(effective, rule.prep_weeks))
        case AfterEvent():
            event = calendar.events.get(rule.event)
            if event is None:
                return []
            return _one(bodies.first_eligible(event.end, rule.prep_weeks))
        case Periodic():
            return _periodic(rule, bodies, calendar)
        case WithSeries():
            return _with_series(rule, effective, bodies, calendar)
    raise TypeError(f"unknown rule {rule!r}")  # pragma: no cover - closed union


def _one(session: Session | None) -> list[Session]:
    return [] if session is None else [session]


def _periodic(rule: Periodic, bodies: BodySessions, calendar: Calendar) -> list[Session]:
    """SPEC §3: the body's first session of each N-th year from `first` up to `until`;
    a session id as `first` is itself the first occurrence, unless it falls after `until`."""
    found: list[Session] = []
    last = rule.until if rule.until is not None else bodies.last_year
    if isinstance(rule.first, str):
        anchor = calendar.sessions.get(rule.first)
        if anchor is None or (rule.until is not None and anchor.start.year > rule.until):
            return []
        year = anchor.start.year
        found.append(anchor)
        year += rule.every_years
    else:
        year = rule.first
    if last is None:
        return found
    while year <= last:
        s = bodies.first_in(year)
        if s is not None:
            found.append(s)
        year += rule.every_years
    return found


def _with_series(
    rule: WithSeries, effective: date, bodies: BodySessions, calendar: Calendar
) -> list[Session]:
    low = rule.start or effective
    found: list[Session] = []
    seen: set[str] = set()
    for event in calendar.series_events.get(rule.series, ()):
        if event.end < low or (rule.until is not None and event.end > rule.until):
            continue
        s = bodies.first_eligible(event.end, rule.prep_weeks)
        if s is not None and s.id not in seen:
            seen.add(s.id)
            found.append(s)
    return found
