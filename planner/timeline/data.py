"""What the timeline shows, arranged for drawing: lanes, and per lane its items sorted
by date for culling with bisect. Built from a plan, its calendar and a result; no Qt."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Generic, TypeVar

from planner.domain.calendar import Calendar
from planner.domain.engine import ChangeSet, Recalculation
from planner.domain.model import Body, Decision, DecisionStatus, Event, Plan, Session
from planner.domain.results import Requirement

EPOCH_YEAR = 2012


class Mark(StrEnum):
    """How a requirement looks: tracking status, or a problem that overrides it."""

    PLANNED = "planned"
    FORECAST = "forecast"
    SUBMITTED = "submitted"
    ISSUED = "issued"
    CONSIDERED = "considered"
    OVERDUE = "overdue"
    CANNOT = "cannot-be-met"


# when several requirements share a marker, the most pressing one decides its look
MARK_URGENCY = [
    Mark.CANNOT,
    Mark.OVERDUE,
    Mark.PLANNED,
    Mark.FORECAST,
    Mark.SUBMITTED,
    Mark.ISSUED,
    Mark.CONSIDERED,
]


def mark_of(r: Requirement) -> Mark:
    if r.cannot_be_met:
        return Mark.CANNOT
    if r.overdue:
        return Mark.OVERDUE
    return Mark(str(r.status))


@dataclass(frozen=True, slots=True)
class BodyLane:
    """One body's sessions in start order, with its requirements per session."""

    body: Body
    depth: int
    children: tuple[str, ...]
    sessions: tuple[Session, ...]
    starts: tuple[int, ...]
    longest: int  # the longest session in days, to find sessions begun left of the view
    requirements: dict[str, tuple[Requirement, ...]]
    stack: int  # most requirements at one session
    _worst: dict[str, Mark] = field(default_factory=dict, compare=False, repr=False)

    @property
    def worst(self) -> dict[str, Mark]:
        """Per session, the most pressing state among its requirements (cached)."""
        cached = self._worst
        if not cached and self.requirements:
            rank = {m: i for i, m in enumerate(MARK_URGENCY)}
            for sid, reqs in self.requirements.items():
                cached[sid] = min((mark_of(r) for r in reqs), key=rank.__getitem__)
        return cached

    def visible(self, first_day: int, last_day: int) -> Sequence[Session]:
        lo = bisect_left(self.starts, first_day - self.longest)
        hi = bisect_right(self.starts, last_day)
        return self.sessions[lo:hi]


T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Dated(Generic[T]):
    """Items of one kind sorted by a day, for culling."""

    items: tuple[T, ...]
    days: tuple[int, ...]
    longest: int = 0

    def visible(self, first_day: int, last_day: int) -> Sequence[T]:
        lo = bisect_left(self.days, first_day - self.longest)
        hi = bisect_right(self.days, last_day)
        return self.items[lo:hi]


@dataclass(frozen=True, slots=True)
class TimelineData:
    plan: Plan
    result: Recalculation
    lanes: dict[str, BodyLane]
    roots: tuple[str, ...]
    events: Dated[Event]
    decisions: Dated[Decision]
    first_day: int
    last_day: int
    by_key: dict[tuple[str, str], Requirement] = field(default_factory=dict)
    horizon: date | None = None  # where the plan's projections end

    @classmethod
    def build(
        cls, plan: Plan, calendar: Calendar, result: Recalculation, *, show_withdrawn: bool = False
    ) -> TimelineData:
        by_session: dict[str, list[Requirement]] = {}
        for r in result.requirements:
            by_session.setdefault(r.session, []).append(r)
        children: dict[str | None, list[str]] = {}
        for b in plan.bodies:
            parent = b.parent if b.parent in calendar.bodies else None
            children.setdefault(parent, []).append(b.id)
        depth: dict[str, int] = {}
        pending = [(root, 0) for root in children.get(None, ())]
        while pending:  # iterative: a chain of bodies may be thousands deep
            bid, d = pending.pop()
            depth[bid] = d
            pending.extend((c, d + 1) for c in children.get(bid, ()))
        lanes: dict[str, BodyLane] = {}
        for b in plan.bodies:
            bs = calendar.by_body.get(b.id)
            sessions = bs.sessions if bs else ()
            reqs = {s.id: tuple(by_session[s.id]) for s in sessions if s.id in by_session}
            lanes[b.id] = BodyLane(
                body=b,
                depth=depth.get(b.id, 0),
                children=tuple(children.get(b.id, ())),
                sessions=sessions,
                starts=tuple(s.start.toordinal() for s in sessions),
                longest=max(((s.end - s.start).days for s in sessions), default=0) + 1,
                requirements=reqs,
                stack=max((len(v) for v in reqs.values()), default=0),
            )
        events = sorted(calendar.events.values(), key=lambda e: (e.start, e.id))
        decisions = sorted(
            (d for d in plan.decisions if show_withdrawn or d.status != DecisionStatus.WITHDRAWN),
            key=lambda d: (d.adopted, d.symbol),
        )
        first, last = _span(calendar.sessions.values(), events, decisions)
        return cls(
            plan=plan,
            result=result,
            lanes=lanes,
            roots=tuple(children.get(None, ())),
            events=Dated(
                tuple(events),
                tuple(e.start.toordinal() for e in events),
                max(((e.end - e.start).days for e in events), default=0) + 1,
            ),
            decisions=Dated(tuple(decisions), tuple(d.adopted.toordinal() for d in decisions)),
            first_day=first.toordinal(),
            last_day=last.toordinal(),
            by_key={r.key: r for r in result.requirements},
            horizon=calendar.horizon,
        )

    def patched(
        self, plan: Plan, result: Recalculation, changes: ChangeSet, *, show_withdrawn: bool = False
    ) -> TimelineData:
        """This data after an edit that left the calendar alone: only the lanes of bodies
        whose requirements changed are rebuilt."""
        touched = [*changes.added, *changes.removed, *changes.changed]
        bodies = {r.body for r in touched}
        by_key = dict(self.by_key)
        for r in changes.removed:
            by_key.pop(r.key, None)
        for r in (*changes.added, *changes.changed):
            by_key[r.key] = r
        lanes = dict(self.lanes)
        if bodies:
            per_session: dict[str, list[Requirement]] = {}
            for r in result.requirements:
                if r.body in bodies:
                    per_session.setdefault(r.session, []).append(r)
            for b in bodies:
                lane = lanes.get(b)
                if lane is None:
                    continue
                reqs = {
                    s.id: tuple(per_session[s.id]) for s in lane.sessions if s.id in per_session
                }
                lanes[b] = replace(
                    lane,
                    requirements=reqs,
                    stack=max((len(v) for v in reqs.values()), default=0),
                    _worst={},
                )
        decisions = self.decisions
        if plan.decisions is not self.plan.decisions:
            ds = sorted(
                (
                    d
                    for d in plan.decisions
                    if show_withdrawn or d.status != DecisionStatus.WITHDRAWN
                ),
                key=lambda d: (d.adopted, d.symbol),
            )
            decisions = Dated(tuple(ds), tuple(d.adopted.toordinal() for d in ds))
        first = min([self.first_day, *decisions.days[:1]])
        last = max([self.last_day, *decisions.days[-1:]])
        return replace(
            self,
            plan=plan,
            result=result,
            lanes=lanes,
            decisions=decisions,
            first_day=first,
            last_day=last,
            by_key=by_key,
        )

    def body_order(self, collapsed: Iterable[str] = (), hidden: Iterable[str] = ()) -> list[str]:
        """Bodies top to bottom: parents before their children, collapsed children left out."""
        collapsed, hidden = set(collapsed), set(hidden)
        out: list[str] = []

        def walk(bid: str) -> None:
            if bid not in hidden:
                out.append(bid)
            if bid not in collapsed:
                for c in self.lanes[bid].children:
                    walk(c)

        for root in self.roots:
            walk(root)
        return out


def _span(
    sessions: Iterable[Session], events: Iterable[Event], decisions: Iterable[Decision]
) -> tuple[date, date]:
    """What fit-all shows: every session, event and decision drawn (from 2012 at least)."""
    starts = [date(EPOCH_YEAR, 1, 1)]
    ends = [date(EPOCH_YEAR + 10, 12, 31)]
    for s in sessions:
        starts.append(s.start)
        ends.append(s.end)
    for e in events:
        starts.append(e.start)
        ends.append(e.end)
    for d in decisions:
        starts.append(d.adopted)
        ends.append(d.adopted)
    return min(starts), max(ends)
