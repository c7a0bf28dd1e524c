"""A plan of one's own: blank, or the part of a plan (the UN calendar) for chosen bodies.

Qt-free, so File ▸ New Plan's choices are tested without a window. The subset stays
a valid interchange plan: every reference in it points at something it keeps.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from planner.domain.calendar import Calendar
from planner.domain.model import AtSession, Effect, Mandate, Periodic, Plan, Session


@dataclass(frozen=True, slots=True)
class BodyNode:
    """A body and the bodies under it, as the New Plan dialog lists them."""

    id: str
    name: str
    children: tuple[BodyNode, ...] = ()


@dataclass(frozen=True, slots=True)
class Subset:
    """The new plan, and the bodies it holds only for what its decisions refer to: the
    adopting body of a kept decision, the body of a session a kept mandate names (that
    one session comes along), and the parents of those. They bring no calendar of
    their own."""

    plan: Plan
    context_bodies: tuple[str, ...] = ()


def body_tree(plan: Plan) -> tuple[BodyNode, ...]:
    """The plan's bodies under their parents, in the plan's order."""
    children: dict[str | None, list[str]] = {}
    names = {b.id: b.name for b in plan.bodies}
    for b in plan.bodies:
        children.setdefault(b.parent if b.parent in names else None, []).append(b.id)

    def node(bid: str) -> BodyNode:
        return BodyNode(bid, names[bid], tuple(node(c) for c in children.get(bid, ())))

    return tuple(node(bid) for bid in children.get(None, ()))


def descendants(plan: Plan, body: str) -> set[str]:
    """`body` and every body under it."""
    below: dict[str, list[str]] = {}
    for b in plan.bodies:
        if b.parent is not None:
            below.setdefault(b.parent, []).append(b.id)
    out, todo = set(), [body]
    while todo:
        cur = todo.pop()
        if cur not in out:
            out.add(cur)
            todo.extend(below.get(cur, ()))
    return out


def with_ancestors(plan: Plan, bodies: Iterable[str]) -> set[str]:
    """`bodies` and the bodies above them: a child keeps its parent in the plan."""
    parents = {b.id: b.parent for b in plan.bodies}
    out: set[str] = set()
    for bid in bodies:
        cur: str | None = bid
        while cur is not None and cur in parents and cur not in out:
            out.add(cur)
            cur = parents[cur]
    return out


def blank_plan(title: str, horizon_years: int | None = None) -> Plan:
    plan = Plan(title=title)
    return plan if horizon_years is None else replace(plan, horizon_years=horizon_years)


def subset_plan(source: Plan, chosen: Iterable[str], title: str) -> Subset:
    """The calendar of the `chosen` bodies (and their parents) with the decisions, reports
    and tracking that still make sense there; their requirements are the source's.

    - Sessions and session series of the kept bodies; every event and event series
      (conferences and reviews belong to no body).
    - A mandate stays when it can act on a kept body: its rule targets one, or it has
      no rule (terminate, merge: every body), or it defers from a session the new plan
      has. A session it names elsewhere comes along as an explicit session.
    - A decision stays while it keeps a mandate (one that never had any, if its
      adopting body is kept); the adopting body comes along, so a GA resolution that
      asks ECOSOC for a report still explains it.
    - A report line goes when it lost every mandate naming it; tracking goes with its
      report, or with its session.

    Only an occurrence deferred into a kept session from a body left out is lost:
    what it defers, the left-out body's own calendar produced.
    """
    kept = with_ancestors(source, chosen)
    calendar_plan = replace(
        source,
        title=title,
        bodies=tuple(b for b in source.bodies if b.id in kept),
        sessions=tuple(s for s in source.sessions if s.body in kept),
        session_series=tuple(s for s in source.session_series if s.body in kept),
        reports=(),
        decisions=(),
        tracking=(),
    )
    old_sessions = Calendar(source).sessions
    have = set(Calendar(calendar_plan).sessions)
    brought: dict[str, Session] = {}

    def acts_here(m: Mandate) -> bool:
        if m.effect is Effect.DEFER:
            return m.from_session in have or m.from_session in brought
        return m.rule.body in kept if m.rule is not None else True

    kept_mandates: set[tuple[str, int]] = set()
    changed = True
    while changed:  # a kept defer can bring the session another defer starts from
        changed = False
        for d in source.decisions:
            for i, m in enumerate(d.mandates):
                if (d.symbol, i) in kept_mandates or not acts_here(m):
                    continue
                kept_mandates.add((d.symbol, i))
                changed = True
                for sid in _named_sessions(m):
                    if sid not in have and sid not in brought:
                        brought[sid] = replace(old_sessions[sid], series=None)

    decisions = []
    for d in source.decisions:
        mandates = tuple(m for i, m in enumerate(d.mandates) if (d.symbol, i) in kept_mandates)
        if mandates or (not d.mandates and d.body in kept):
            decisions.append(
                d if len(mandates) == len(d.mandates) else d._replace(mandates=mandates)
            )
    referred = {d.body for d in decisions} | {s.body for s in brought.values()}
    referred |= {m.rule.body for d in decisions for m in d.mandates if m.rule is not None}
    context = with_ancestors(source, referred) - kept

    named_before = {r for d in source.decisions for m in d.mandates for r in (m.report, m.into)}
    named_now = {r for d in decisions for m in d.mandates for r in (m.report, m.into)}
    reports = tuple(r for r in source.reports if r.id in named_now or r.id not in named_before)
    report_ids = {r.id for r in reports}
    tracking = tuple(
        t
        for t in source.tracking
        if t.report in report_ids
        and (t.session in have or t.session in brought or t.session not in old_sessions)
    )
    brought_in_order = tuple(brought[sid] for sid in old_sessions if sid in brought)
    plan = replace(
        calendar_plan,
        bodies=tuple(b for b in source.bodies if b.id in kept or b.id in context),
        sessions=(*calendar_plan.sessions, *brought_in_order),
        reports=reports,
        decisions=tuple(decisions),
        tracking=tracking,
    )
    return Subset(plan, tuple(b.id for b in source.bodies if b.id in context))


def _named_sessions(m: Mandate) -> list[str]:
    named = [sid for sid in (m.from_session, m.to_session) if sid is not None]
    if isinstance(m.rule, AtSession):
        named.append(m.rule.session)
    if isinstance(m.rule, Periodic) and isinstance(m.rule.first, str):
        named.append(m.rule.first)
    return named
