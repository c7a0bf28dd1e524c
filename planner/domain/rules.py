"""SPEC §3: which sessions a rule names. Rules yield only sessions that exist."""

from __future__ import annotations

from datetime import date

from planner.domain.calendar import BodySessions, Calendar, runs_past
from planner.domain.model import (
    AfterEvent,
    AtSession,
    NextSession,
    Periodic,
    Rule,
    Session,
    WithSeries,
)
from planner.domain.recurrence import upcoming


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


def beyond_horizon(rule: Rule, effective: date, calendar: Calendar) -> int | None:
    """The year of the first occurrence `rule` would have after the plan's horizon, where
    only the horizon stops it (a series or a `periodic` rule running on); else None."""
    horizon = calendar.horizon
    if rule.body not in calendar.cut_bodies:
        return None  # the body's sessions end before the horizon: nothing is cut off
    bodies = calendar.by_body.get(rule.body)
    match rule:
        case Periodic():
            year = _periodic_first_year(rule, calendar)
            if year is None:
                return None
            if year <= horizon.year:
                year += -(-(horizon.year + 1 - year) // rule.every_years) * rule.every_years
            return year if rule.until is None or year <= rule.until else None
        case NextSession():
            reference = effective
        case AfterEvent():
            event = calendar.events.get(rule.event)
            if event is None:
                return None
            reference = event.end
        case WithSeries():
            return _series_beyond(rule, effective, calendar)
        case _:
            return None
    if bodies is not None and bodies.first_eligible(reference, rule.prep_weeks) is not None:
        return None
    return max(reference.year, horizon.year) + 1 if reference <= horizon else None


def _periodic_first_year(rule: Periodic, calendar: Calendar) -> int | None:
    if isinstance(rule.first, str):
        anchor = calendar.sessions.get(rule.first)
        return None if anchor is None else anchor.start.year
    return rule.first


def _series_beyond(rule: WithSeries, effective: date, calendar: Calendar) -> int | None:
    """An event of the series inside the horizon whose report session lies past it, or the
    series' next event past the horizon (when only the horizon ends the series)."""
    bodies = calendar.by_body.get(rule.body)
    low = rule.start or effective
    for event in calendar.series_events.get(rule.series, ()):
        if event.end < low or (rule.until is not None and event.end > rule.until):
            continue
        if bodies is None or bodies.first_eligible(event.end, rule.prep_weeks) is None:
            return event.end.year + 1
    series = calendar.event_series.get(rule.series)
    if series is None or not runs_past(series, calendar.horizon):
        return None
    after = date(calendar.horizon.year + 1, 1, 1)
    nxt = upcoming(series.rrule, series.start, series.until, after, 1)
    if not nxt or nxt[0] < after or (rule.until is not None and nxt[0] > rule.until):
        return None
    return nxt[0].year + 1


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
