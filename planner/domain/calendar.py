"""Sessions and events as they stand once series are projected.

Series are RFC 5545 recurrences (read and bounded by `recurrence`). A projected
session gets the id `{series}-{year}` (`{series}-{year}-2`, `-3`, … for further
sessions of the same series in one year); an explicit session with that id
replaces that projection, and one that names the series with an id matching no
projection replaces the series' first projection of its start year.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Container, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import TypeVar

from planner.domain.model import (
    MAX_YEAR,
    Body,
    Event,
    EventSeries,
    Plan,
    Session,
    SessionSeries,
    SessionStatus,
)
from planner.domain.recurrence import (
    RecurrenceError,
    clear_caches,
    format_name,
    occurrence_dates,
)


def _numbered_ids(series_id: str, starts: Sequence[date]) -> list[str]:
    ids: list[str] = []
    per_year: dict[int, int] = {}
    for d in starts:
        k = per_year.get(d.year, 0) + 1
        per_year[d.year] = k
        ids.append(f"{series_id}-{d.year}" if k == 1 else f"{series_id}-{d.year}-{k}")
    return ids


def _ends(starts: Sequence[date], duration_days: int, ends_before_next: bool) -> list[date]:
    span = timedelta(days=duration_days - 1)
    ends = [s + span for s in starts]
    if ends_before_next:
        for i in range(len(starts) - 1):
            ends[i] = starts[i + 1] - timedelta(days=1)
    return ends


@lru_cache(maxsize=4096)
def project_sessions(series: SessionSeries) -> tuple[Session, ...]:
    """The sessions a series projects; cached by value like `occurrence_dates`."""
    starts = occurrence_dates(series.rrule, series.start, series.until)
    ends = _ends(starts, series.duration_days, series.ends_before_next)
    return tuple(
        Session(
            id=sid,
            body=series.body,
            name=format_name(series.name, s.year, series.number_offset),
            start=s,
            end=e,
            location=series.location,
            status=SessionStatus.PROJECTED,
            series=series.id,
        )
        for sid, s, e in zip(_numbered_ids(series.id, starts), starts, ends, strict=True)
    )


@lru_cache(maxsize=1024)
def project_events(series: EventSeries) -> tuple[Event, ...]:
    starts = occurrence_dates(series.rrule, series.start, series.until)
    ends = _ends(starts, series.duration_days, False)
    return tuple(
        Event(
            id=eid,
            name=format_name(series.name, s.year, series.number_offset),
            start=s,
            end=e,
            location=series.location,
            series=series.id,
            tentative=series.tentative,
        )
        for eid, s, e in zip(_numbered_ids(series.id, starts), starts, ends, strict=True)
    )


_Dated = TypeVar("_Dated", Session, Event)


def _displaced(explicit: Iterable[_Dated], projected_ids: Container[str]) -> set[str]:
    """SPEC §2: the projections that explicit records displace without taking their ids. One
    of a series whose id matches no projection takes the place of that series' first
    projection of its start year, whose id is `{series}-{year}`."""
    return {
        f"{x.series}-{x.start.year}" for x in explicit if x.series and x.id not in projected_ids
    }


def _merge_explicit(explicit: Iterable[_Dated], projected: Iterable[_Dated]) -> list[_Dated]:
    """SPEC §2: an explicit record overrides the projection with its id, and displaces one
    (`_displaced`). So a postponed session (`ecosoc-2014` held in 2015) leaves 2015's
    projection be."""
    merged = list(explicit)
    projected = list(projected)
    taken = {x.id for x in merged}
    taken.update(_displaced(merged, {p.id for p in projected}))
    merged.extend(p for p in projected if p.id not in taken)
    return merged


def _end_before_next(
    sessions: list[Session], first_projected: int, series: Iterable[SessionSeries]
) -> list[Session]:
    """SPEC §2: with `ends_before_next`, a projected session ends the day before the series'
    next session *after overrides* opens (a confirmed session moved earlier included)."""
    fitted = {s.id: s for s in series if s.ends_before_next}
    if not fitted:
        return sessions
    members: dict[str, list[int]] = {}
    for i, s in enumerate(sessions):
        if s.series in fitted:
            members.setdefault(s.series, []).append(i)
    out = list(sessions)
    for sid, indices in members.items():
        span = timedelta(days=fitted[sid].duration_days - 1)
        indices.sort(key=lambda i: (sessions[i].start, sessions[i].id))
        following: date | None = None  # the first start later than the current one
        latest: date | None = None
        for i in reversed(indices):
            s = sessions[i]
            if latest is not None and s.start < latest:
                following = latest
            latest = s.start
            if i < first_projected:
                continue  # an explicit session keeps the dates it was given
            end = following - timedelta(days=1) if following is not None else s.start + span
            if end != s.end:
                out[i] = replace(s, end=end)
    return out


def weeks_before(day: date, weeks: int) -> date:
    return day - timedelta(weeks=weeks)


@dataclass(frozen=True, slots=True)
class BodySessions:
    """One body's sessions in start order, with the lookups the rules need."""

    body: Body
    sessions: tuple[Session, ...]
    starts: tuple[int, ...]  # date ordinals, ascending
    deadlines: tuple[int, ...]  # submission deadline ordinals, ascending
    first_in_year: dict[int, int]  # year -> index of the first session starting that year

    @classmethod
    def build(cls, body: Body, sessions: Iterable[Session]) -> BodySessions:
        ordered = tuple(sorted(sessions, key=lambda s: (s.start, s.id)))
        lead = timedelta(weeks=body.submission_weeks)
        first: dict[int, int] = {}
        for i, s in enumerate(ordered):
            first.setdefault(s.start.year, i)
        return cls(
            body=body,
            sessions=ordered,
            starts=tuple(s.start.toordinal() for s in ordered),
            deadlines=tuple((s.start - lead).toordinal() for s in ordered),
            first_in_year=first,
        )

    def first_eligible(self, reference: date, prep_weeks: int = 0) -> Session | None:
        """SPEC §3: the first session starting after `reference` whose submission deadline
        is on or after reference + prep (with no lead time, not the session opening that day)."""
        ready = bisect_left(self.deadlines, (reference + timedelta(weeks=prep_weeks)).toordinal())
        i = max(ready, bisect_right(self.starts, reference.toordinal()))
        return self.sessions[i] if i < len(self.sessions) else None

    def first_in(self, year: int) -> Session | None:
        i = self.first_in_year.get(year)
        return None if i is None else self.sessions[i]

    @property
    def last_year(self) -> int | None:
        return self.sessions[-1].start.year if self.sessions else None


def horizon_end(plan: Plan, today: date | None = None) -> date:
    """The last day series are projected to: the end of the year `horizon_years` after
    the current one (a plan setting)."""
    year = (today or date.today()).year + plan.horizon_years
    return date(min(year, MAX_YEAR), 12, 31)


_Series = TypeVar("_Series", SessionSeries, EventSeries)


def _to_horizon(series: _Series, end: date) -> _Series:
    if series.until is not None and series.until <= end:
        return series
    return replace(series, until=end)


def runs_past(series: SessionSeries | EventSeries, end: date) -> bool:
    """Whether the horizon, not the series, ends its projection."""
    return series.until is None or series.until > end


class Calendar:
    """All sessions and events of a plan, series projected to the plan's horizon,
    explicit ones winning. `today` fixes the horizon (default: the real today)."""

    def __init__(self, plan: Plan, today: date | None = None) -> None:
        self.horizon = horizon_end(plan, today)
        self.bodies: dict[str, Body] = {b.id: b for b in plan.bodies}
        #: bodies whose sessions the horizon cuts off (a series of theirs runs past it)
        self.cut_bodies: frozenset[str] = frozenset(
            ss.body for ss in plan.session_series if runs_past(ss, self.horizon)
        )
        projected_s: list[Session] = []
        for ss in plan.session_series:
            projected_s.extend(project_sessions(_to_horizon(ss, self.horizon)))
        sessions = _end_before_next(
            _merge_explicit(plan.sessions, projected_s), len(plan.sessions), plan.session_series
        )
        self.sessions: dict[str, Session] = {s.id: s for s in sessions}
        grouped: dict[str, list[Session]] = {b: [] for b in self.bodies}
        for s in sessions:
            grouped.setdefault(s.body, []).append(s)
        self.by_body: dict[str, BodySessions] = {
            b: BodySessions.build(self.bodies[b], ss)
            for b, ss in grouped.items()
            if b in self.bodies
        }

        projected_e: list[Event] = []
        self.event_series: dict[str, EventSeries] = {es.id: es for es in plan.event_series}
        for es in plan.event_series:
            projected_e.extend(project_events(_to_horizon(es, self.horizon)))
        events = _merge_explicit(plan.events, projected_e)
        self.events: dict[str, Event] = {e.id: e for e in events}
        by_series: dict[str, list[Event]] = {}
        for e in events:
            if e.series:
                by_series.setdefault(e.series, []).append(e)
        self.series_events: dict[str, list[Event]] = {
            k: sorted(v, key=lambda e: (e.start, e.id)) for k, v in by_series.items()
        }

        self.deadlines: dict[str, tuple[date, date]] = {}
        for s in sessions:
            body = self.bodies.get(s.body)
            if body is not None:
                self.deadlines[s.id] = (
                    weeks_before(s.start, body.submission_weeks),
                    weeks_before(s.start, body.issuance_weeks),
                )

    def submission_due(self, session: Session) -> date:
        return self.deadlines[session.id][0]

    def issuance_due(self, session: Session) -> date:
        return self.deadlines[session.id][1]

    def sorted_sessions(self) -> list[Session]:
        return sorted(self.sessions.values(), key=lambda s: (s.start, s.body, s.id))

    def sorted_events(self) -> list[Event]:
        return sorted(self.events.values(), key=lambda e: (e.start, e.id))


def sessions_of_series(
    plan: Plan, series_ids: Collection[str], today: date | None = None
) -> tuple[dict[str, Session], set[str]]:
    """The sessions `Calendar(plan, today).sessions` holds under their ids, for the explicit
    sessions and the projections of `series_ids` only: checking a few references to
    projected sessions need not project every series. (Ends may differ: ids and bodies
    do not.) Also the series that cannot be projected (past the occurrence cap: the
    engine's bounds check says so)."""
    end = horizon_end(plan, today)
    projected: list[Session] = []
    failed: set[str] = set()
    for ss in plan.session_series:
        if ss.id in series_ids:
            try:
                projected.extend(project_sessions(_to_horizon(ss, end)))
            except RecurrenceError:
                failed.add(ss.id)
    return {s.id: s for s in _merge_explicit(plan.sessions, projected)}, failed


@lru_cache(maxsize=4096)
def _projected_ids(series: SessionSeries) -> tuple[str, ...]:
    return tuple(s.id for s in project_sessions(series))


def session_bodies_of_series(
    plan: Plan, series_ids: Collection[str], today: date | None = None
) -> tuple[dict[str, str], set[str]]:
    """What `sessions_of_series` gives, each session's body only: what checking references
    needs. The projections' ids are cached per series, so no session is built or walked
    (a UN-scale plan reads 17,000 projected sessions on every load)."""
    end = horizon_end(plan, today)
    bodies: dict[str, str] = {}
    failed: set[str] = set()
    for ss in plan.session_series:
        if ss.id in series_ids:
            try:
                bodies.update(dict.fromkeys(_projected_ids(_to_horizon(ss, end)), ss.body))
            except RecurrenceError:
                failed.add(ss.id)
    for gone in _displaced(plan.sessions, bodies):
        bodies.pop(gone, None)
    bodies.update({s.id: s.body for s in plan.sessions})  # explicit sessions win
    return bodies, failed


def events_of_series(
    plan: Plan, series_ids: Collection[str], today: date | None = None
) -> tuple[dict[str, Event], set[str]]:
    """As `sessions_of_series`, for `Calendar(plan, today).events`."""
    end = horizon_end(plan, today)
    projected: list[Event] = []
    failed: set[str] = set()
    for es in plan.event_series:
        if es.id in series_ids:
            try:
                projected.extend(project_events(_to_horizon(es, end)))
            except RecurrenceError:
                failed.add(es.id)
    return {e.id: e for e in _merge_explicit(plan.events, projected)}, failed


def clear_projection_caches() -> None:
    """Forget every projected series (benchmarks measure a cold start with this)."""
    clear_caches()
    project_sessions.cache_clear()
    _projected_ids.cache_clear()
    project_events.cache_clear()
