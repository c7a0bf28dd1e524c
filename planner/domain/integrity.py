"""The references a plan's records make, and the shapes they keep: the rules import holds a
JSON plan to (SPEC §6), as functions on plan values. Import (`store/interchange.py`) and
every plan file read from disk (`store/mapping.py`) call these same functions, so a plan
file written by another version or by other hands is held to exactly the rules of import,
and `dump` of any plan that loads gives JSON that `import` accepts.

Each check gives a `Problem` (data; the store words it) or None. Every walk is iterative
and linear in the size of the plan: a parent chain or a merge chain of any length is
checked without recursion, each link once.
"""

from __future__ import annotations

from collections.abc import Collection, Container, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from operator import attrgetter
from typing import Any

from planner.domain.bounds import (
    Problem,
    ProblemCode,
)
from planner.domain.calendar import events_of_series, sessions_of_series
from planner.domain.model import (
    AfterEvent,
    AtSession,
    Body,
    Decision,
    Effect,
    Mandate,
    Periodic,
    Plan,
    Rule,
    Session,
    SessionSeries,
    WithSeries,
)

C = ProblemCode
Record = tuple[str, str]
NOWHERE: Record = ("", "")  # import names the place by its JSON path, in `field`


class Kind(StrEnum):
    """The kinds of record a reference names (as the messages say them)."""

    BODY = "body"
    SESSION = "session"
    SESSION_SERIES = "session series"
    EVENT_SERIES = "event series"
    EVENT = "event"
    REPORT = "report"


def at(place: str, sub: str) -> str:
    return f"{place}.{sub}" if place else sub


# --- one rule each ------------------------------------------------------------------------


def unknown(place: str, kind: Kind, ref: object, record: Record = NOWHERE) -> Problem:
    return Problem(record, place, C.UNKNOWN_REFERENCE, ref, str(kind))


def known(
    place: str, kind: Kind, ref: object, ids: Container[object], record: Record = NOWHERE
) -> Problem | None:
    """A reference names a record of its kind that the plan holds."""
    return None if ref in ids else unknown(place, kind, ref, record)


def session_ref(
    place: str,
    ref: str,
    sessions: Mapping[str, Session],
    body: str | None = None,
    record: Record = NOWHERE,
) -> Problem | None:
    """A session of the calendar (explicit or projected), of `body` when one is given."""
    s = sessions.get(ref)
    if s is None:
        return unknown(place, Kind.SESSION, ref, record)
    if body is not None and s.body != body:
        return Problem(record, place, C.SESSION_OF_OTHER_BODY, ref, s.body, body)
    return None


def series_ref(
    place: str,
    ref: str,
    series: Mapping[str, SessionSeries],
    body: str,
    record: Record = NOWHERE,
) -> Problem | None:
    """A session names a series of its own body."""
    ss = series.get(ref)
    if ss is None:
        return unknown(place, Kind.SESSION_SERIES, ref, record)
    if ss.body != body:
        return Problem(record, place, C.SERIES_OF_OTHER_BODY, ref, ss.body, body)
    return None


def mandate_shape(place: str, m: Mandate, record: Record = NOWHERE) -> Problem | None:
    """What each effect needs: a rule to add or replace, two different sessions to defer,
    another report to merge into."""
    effect = m.effect
    if m.rule is None and effect in (Effect.ADD, Effect.REPLACE):
        return Problem(record, place, C.RULE_MISSING, str(effect))
    if effect == Effect.DEFER:
        if m.from_session is None or m.to_session is None:
            return Problem(record, place, C.DEFER_SESSIONS_MISSING)
        if m.from_session == m.to_session:
            return Problem(record, at(place, "to_session"), C.DEFER_SAME_SESSION, m.to_session)
    if effect == Effect.MERGE:
        if m.into is None:
            return Problem(record, place, C.INTO_MISSING)
        if m.into == m.report:
            return Problem(record, at(place, "into"), C.MERGE_INTO_ITSELF, m.report)
    return None


def parent_problem(bodies: Sequence[Body]) -> tuple[int, Problem] | None:
    """Known parents, and no body its own ancestor: the index of the body at fault and the
    problem (at its `parent`). Each body is walked once (linear)."""
    parents = {b.id: b.parent for b in bodies}
    for i, b in enumerate(bodies):
        if b.parent is not None and b.parent not in parents:
            return i, unknown("parent", Kind.BODY, b.parent)
    rooted: set[str] = set()  # bodies whose ancestry ends at a root
    for i, b in enumerate(bodies):
        trail: list[str] = []
        on_trail: set[str] = set()
        cur: str | None = b.id
        while cur is not None and cur not in rooted:
            if cur in on_trail:
                return i, Problem(NOWHERE, "parent", C.OWN_ANCESTOR, b.id)
            trail.append(cur)
            on_trail.add(cur)
            cur = parents[cur]
        rooted.update(trail)
    return None


def merge_cycle(decisions: Sequence[Decision]) -> tuple[int, Problem] | None:
    """SPEC §4: merges that form a cycle at one and the same effective date are refused; a
    merge and a later merge back each apply from their own date. The index of the decision
    whose merge closes the first cycle found, and the problem (at that mandate's `into`)."""
    by_date: dict[date, list[tuple[str, str, int, int]]] = {}
    merge = Effect.MERGE
    for di, d in enumerate(decisions):
        for mi, m in enumerate(d.mandates):
            if m.effect is merge and m.into:
                by_date.setdefault(d.effective_date, []).append((m.report, m.into, di, mi))
    for edges in by_date.values():
        found = first_cycle(edges)
        if found is not None:
            return found
    return None


def first_cycle(edges: list[tuple[str, str, int, int]]) -> tuple[int, Problem] | None:
    """Depth first with an explicit stack, so a chain of any length needs no recursion."""
    targets: dict[str, set[str]] = {}
    where: dict[tuple[str, str], tuple[int, int]] = {}
    for report, into, di, mi in edges:
        targets.setdefault(report, set()).add(into)
        where.setdefault((report, into), (di, mi))
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    for root in sorted(targets):
        if root in state:
            continue
        trail = [root]
        stack = [iter(sorted(targets.get(root, ())))]
        state[root] = 1
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                state[trail.pop()] = 2
                stack.pop()
                continue
            if state.get(nxt) == 1:
                cycle = (*trail[trail.index(nxt) :], nxt)
                di, mi = where[(trail[-1], nxt)]
                return di, Problem(NOWHERE, f"mandates[{mi}].into", C.CYCLIC_MERGE, cycle)
            if nxt not in state:
                state[nxt] = 1
                trail.append(nxt)
                stack.append(iter(sorted(targets.get(nxt, ()))))
    return None


def first_duplicate(keys: Iterable[Hashable]) -> tuple[int, int] | None:
    """The index of the first key seen before, and of its first occurrence."""
    keys = list(keys)
    if len(set(keys)) == len(keys):
        return None
    seen: dict[Hashable, int] = {}
    for i, k in enumerate(keys):
        first = seen.setdefault(k, i)
        if first != i:
            return i, first
    return None


# --- a whole plan, as read from a file ------------------------------------------------------
# One pass over each collection, the usual case (all is well) inline and cheap; a record at
# fault is then looked at again, field by field, to name what is wrong. A reference needs no
# check of its type: it is fine when it names a record, whose id is checked as text itself.


def _texts_ok(nonempty: tuple[object, ...], texts: tuple[object, ...] = ()) -> bool:
    for v in nonempty:
        if type(v) is not str or not v.strip():
            return False
    # a loop, not all(…): a generator costs twice as much, for each of 10^4 records
    for v in texts:  # noqa: SIM110
        if type(v) is not str:
            return False
    return True


def _text_problems(
    record: Record, nonempty: dict[str, object], texts: dict[str, object], out: list[Problem]
) -> None:
    for name, v in nonempty.items():
        if type(v) is not str:
            out.append(Problem(record, name, C.NOT_TEXT, v))
        elif not v.strip():
            out.append(Problem(record, name, C.EMPTY, v))
    for name, v in texts.items():
        if type(v) is not str:
            out.append(Problem(record, name, C.NOT_TEXT, v))


def shape_problems(plan: Plan) -> list[Problem]:
    """Text where text belongs, and not empty where import needs some (ids, names, titles);
    checked before the bounds, which read names and rules as text."""
    out: list[Problem] = []
    if type(plan.title) is not str:
        out.append(Problem(("plan_info", "title"), "value", C.NOT_TEXT, plan.title))
    for b in plan.bodies:
        if not _texts_ok((b.id, b.name)):
            _text_problems(("bodies", str(b.id)), {"id": b.id, "name": b.name}, {}, out)
    for s in plan.session_series:
        if not _texts_ok((s.id, s.name, s.rrule), (s.location, s.source)):
            _text_problems(
                ("session_series", str(s.id)),
                {"id": s.id, "name": s.name, "rrule": s.rrule},
                {"location": s.location, "source": s.source},
                out,
            )
    for x in plan.sessions:
        if not _texts_ok((x.id, x.name), (x.location, x.source, x.notes)):
            _text_problems(
                ("sessions", str(x.id)),
                {"id": x.id, "name": x.name},
                {"location": x.location, "source": x.source, "notes": x.notes},
                out,
            )
    for e in plan.event_series:
        if not _texts_ok((e.id, e.name, e.rrule), (e.location, e.source)):
            _text_problems(
                ("event_series", str(e.id)),
                {"id": e.id, "name": e.name, "rrule": e.rrule},
                {"location": e.location, "source": e.source},
                out,
            )
    for ev in plan.events:
        if not _texts_ok((ev.id, ev.name), (ev.location, ev.source)):
            _text_problems(
                ("events", str(ev.id)),
                {"id": ev.id, "name": ev.name},
                {"location": ev.location, "source": ev.source},
                out,
            )
    for r in plan.reports:
        if not _texts_ok((r.id, r.title), (r.agenda_item, r.short_title)):
            _text_problems(
                ("reports", str(r.id)),
                {"id": r.id, "title": r.title},
                {"agenda_item": r.agenda_item, "short_title": r.short_title},
                out,
            )
    for d in plan.decisions:
        if not _texts_ok((d.symbol,), (d.title, d.notes)):
            _text_problems(
                ("decisions", str(d.symbol)),
                {"symbol": d.symbol},
                {"title": d.title, "notes": d.notes},
                out,
            )
    for t in plan.tracking:
        if not _texts_ok((t.session,), (t.document_symbol, t.officer, t.notes)):
            _text_problems(
                ("tracking", f"{t.report}@{t.session}"),
                {"session": t.session},
                {"document_symbol": t.document_symbol, "officer": t.officer, "notes": t.notes},
                out,
            )
    return out


@dataclass
class _Pending:
    """References to sessions or events that only a projection can hold: resolved once the
    series are known to be within bounds, projecting only the series they can come from."""

    # (id, record, place, body): the place is spelt out only for a fault, (i, field) being
    # field `field` of the record's mandate i
    refs: list[tuple[str, Record, str | tuple[int, str], str | None]] = field(default_factory=list)

    def add(self, ref: str, record: Record, place: str, body: str | None = None) -> None:
        self.refs.append((ref, record, place, body))

    def series_named(self, series_ids: Collection[str]) -> set[str]:
        return series_named({r[0] for r in self.refs}, series_ids)


def series_named(refs: Iterable[str], series_ids: Collection[str]) -> set[str]:
    """The series whose projections could bear these ids (`{series}-{year}…`)."""
    wanted: set[str] = set()
    every = len(series_ids)
    for ref in refs:
        i = ref.find("-")
        while i != -1:
            if ref[:i] in series_ids:
                wanted.add(ref[:i])
            i = ref.find("-", i + 1)
        if len(wanted) == every:  # a large plan names them all early on
            break
    return wanted


@dataclass
class References:
    """What a plan's records may name, and the references it could not settle without
    projecting series (`sessions`, `events`)."""

    plan: Plan
    problems: list[Problem] = field(default_factory=list)
    body_ids: set[str] = field(init=False)
    series: dict[str, SessionSeries] = field(init=False)
    event_series_ids: set[str] = field(init=False)
    report_ids: set[str] = field(init=False)
    session_ids: dict[str, Session] = field(init=False)
    event_ids: set[str] = field(init=False)
    sessions: _Pending = field(default_factory=_Pending)
    events: _Pending = field(default_factory=_Pending)

    def __post_init__(self) -> None:
        plan = self.plan
        self.body_ids = {b.id for b in plan.bodies}
        self.series = {s.id: s for s in plan.session_series}
        self.event_series_ids = {s.id for s in plan.event_series}
        self.report_ids = {r.id for r in plan.reports}
        self.session_ids = {s.id: s for s in plan.sessions}
        self.event_ids = {e.id for e in plan.events}

    def session(self, ref: Any, record: Record, place: str, body: str | None = None) -> None:
        s = self.session_ids.get(ref)
        if s is not None and (body is None or s.body == body):
            return
        if type(ref) is str and ref:
            self.sessions.add(ref, record, place, body)  # perhaps a projection's id
        else:
            self.problems.append(Problem(record, place, C.NOT_TEXT, ref))

    def event(self, ref: object, record: Record, place: str) -> None:
        if ref in self.event_ids:
            return
        if type(ref) is str and ref:
            self.events.add(ref, record, place)
        else:
            self.problems.append(Problem(record, place, C.NOT_TEXT, ref))


_DUPLICATES = (
    ("bodies", "body id"),
    ("session_series", "session series id"),
    ("sessions", "session id"),
    ("event_series", "event series id"),
    ("events", "event id"),
    ("reports", "report id"),
)


_ID = attrgetter("id")
_SYMBOL = attrgetter("symbol")
_TRACKING_KEY = attrgetter("report", "session")  # Tracking.key, without a call to a property


def reference_problems(plan: Plan) -> tuple[list[Problem], References]:
    """Ids unique, every reference known (of the right body where it matters), no body its
    own ancestor, no cycle of merges at one date. References to projected sessions and
    events are left in the returned `References` for `projected_problems`."""
    refs = References(plan)
    out = refs.problems
    for attr, what in _DUPLICATES:
        items = getattr(plan, attr)
        dup = first_duplicate(map(_ID, items))
        if dup is not None:
            key = items[dup[0]].id
            out.append(Problem((attr, str(key)), "id", C.DUPLICATE, key, what))
    dup = first_duplicate(map(_SYMBOL, plan.decisions))
    if dup is not None:
        symbol = plan.decisions[dup[0]].symbol
        out.append(Problem(("decisions", symbol), "symbol", C.DUPLICATE, symbol, "decision symbol"))
    dup = first_duplicate(map(_TRACKING_KEY, plan.tracking))
    if dup is not None:
        t = plan.tracking[dup[0]]
        key = f"{t.report}@{t.session}"
        out.append(
            Problem(
                ("tracking", key), "session", C.DUPLICATE, key, "tracking for (report, session)"
            )
        )

    found = parent_problem(plan.bodies)
    if found is not None:
        i, p = found
        out.append(_placed(p, ("bodies", plan.bodies[i].id)))
    for ss in plan.session_series:
        if ss.body not in refs.body_ids:
            out.append(unknown("body", Kind.BODY, ss.body, ("session_series", ss.id)))
    for s in plan.sessions:
        record = ("sessions", s.id)
        if s.body not in refs.body_ids:
            out.append(unknown("body", Kind.BODY, s.body, record))
        if s.series is not None:
            problem = series_ref("series", s.series, refs.series, s.body, record)
            if problem is not None:
                out.append(problem)
    for e in plan.events:
        if e.series is not None and e.series not in refs.event_series_ids:
            out.append(unknown("series", Kind.EVENT_SERIES, e.series, ("events", e.id)))
    _decisions(plan.decisions, refs)
    found = merge_cycle(plan.decisions)
    if found is not None:
        i, p = found
        out.append(_placed(p, ("decisions", plan.decisions[i].symbol)))
    for t in plan.tracking:
        if t.report not in refs.report_ids:
            record = ("tracking", f"{t.report}@{t.session}")
            out.append(unknown("report", Kind.REPORT, t.report, record))
    return out, refs


def _placed(problem: Problem, record: Record) -> Problem:
    return Problem(record, problem.field, problem.code, problem.value, problem.low, problem.high)


def _decisions(decisions: Sequence[Decision], refs: References) -> None:
    """Every mandate and its rule: the usual case inline, places spelt out only for a
    fault. (A Mandate is a tuple: unpacking it is the quick way to its fields.)"""
    out, pending = refs.problems, refs.sessions.refs
    body_ids, report_ids, session_ids = refs.body_ids, refs.report_ids, refs.session_ids
    add = Effect.ADD
    for d in decisions:
        if d.body not in body_ids:
            out.append(unknown("body", Kind.BODY, d.body, ("decisions", d.symbol)))
        for i, m in enumerate(d.mandates):
            report, effect, rule, from_session, to_session, into = m
            if report not in report_ids:
                out.append(unknown("report", Kind.REPORT, report, _in(d, i)))
            if into is not None and into not in report_ids:
                out.append(unknown("into", Kind.REPORT, into, _in(d, i)))
            if from_session is not None and from_session not in session_ids:
                _pending(from_session, d, i, "from_session", pending, out)
            if to_session is not None and to_session not in session_ids:
                _pending(to_session, d, i, "to_session", pending, out)
            if effect is not add or rule is None:
                shape = mandate_shape("", m)
                if shape is not None:
                    out.append(_placed(shape, _in(d, i)))
            if rule is not None and (
                rule.body not in body_ids or not _rule_fine(rule, refs, session_ids)
            ):
                _rule_refs(rule, refs, ("decisions", d.symbol), f"mandates[{i}].rule")


def _pending(
    ref: object,
    d: Decision,
    i: int,
    sub: str,
    pending: list[tuple[str, Record, str | tuple[int, str], str | None]],
    out: list[Problem],
) -> None:
    if type(ref) is str and ref:  # perhaps a projection's id
        pending.append((ref, ("decisions", d.symbol), (i, sub), None))
    else:
        out.append(Problem(_in(d, i), sub, C.NOT_TEXT, ref))


def _in(d: Decision, i: int) -> Record:
    """Mandate `i` of `d`, as a record (its fields then read `decisions[SYM].mandates[i].F`)."""
    return ("decisions", f"{d.symbol}].mandates[{i}")


def _rule_fine(rule: Rule, refs: References, session_ids: Mapping[str, Session]) -> bool:
    """The quick form of `_rule_refs`: False when it has something to say (or to defer).
    The most frequent kinds of rule first."""
    if isinstance(rule, Periodic):
        first = rule.first
        if type(first) is int:
            return True
        s = session_ids.get(str(first))
        return s is not None and s.body == rule.body
    if isinstance(rule, AtSession):
        s = session_ids.get(rule.session)
        return s is not None and s.body == rule.body
    if isinstance(rule, AfterEvent):
        return rule.event in refs.event_ids
    if isinstance(rule, WithSeries):
        start, until = rule.start, rule.until
        return rule.series in refs.event_series_ids and (
            start is None or until is None or start <= until
        )
    return True


def _rule_refs(rule: Rule, refs: References, record: Record, place: str) -> None:
    out = refs.problems
    body = rule.body
    if body not in refs.body_ids:
        out.append(unknown(at(place, "body"), Kind.BODY, body, record))
    if isinstance(rule, AtSession):
        refs.session(rule.session, record, at(place, "session"), body)
    elif isinstance(rule, AfterEvent):
        refs.event(rule.event, record, at(place, "event"))
    elif isinstance(rule, Periodic):
        if type(rule.first) is not int:  # a year (held to the bounds), or a session
            refs.session(rule.first, record, at(place, "first"), body)
    elif isinstance(rule, WithSeries):
        if rule.series not in refs.event_series_ids:
            out.append(unknown(at(place, "series"), Kind.EVENT_SERIES, rule.series, record))
        if rule.start is not None and rule.until is not None and rule.until < rule.start:
            out.append(Problem(record, at(place, "until"), C.BEFORE_START, rule.until, rule.start))


def projected_problems(refs: References, today: date | None = None) -> list[Problem]:
    """The references `reference_problems` left: sessions and events a series projects (to
    the plan's horizon, as import sees them), projecting only the series they can name.
    A reference into a series that cannot be projected (past the occurrence cap) is left
    to the engine's bounds check, which refuses that series."""
    out: list[Problem] = []
    plan = refs.plan
    if refs.sessions.refs:
        wanted = refs.sessions.series_named(refs.series)
        sessions, failed = sessions_of_series(plan, wanted, today)
        for ref, record, where, body in refs.sessions.refs:
            s = sessions.get(ref)
            if s is None or (body is not None and s.body != body):
                if failed and series_named((ref,), failed):
                    continue
                place = where if isinstance(where, str) else f"mandates[{where[0]}].{where[1]}"
                out.append(
                    session_ref(place, ref, sessions, body, record)
                    or unknown(place, Kind.SESSION, ref, record)
                )
    if refs.events.refs:
        wanted = refs.events.series_named(refs.event_series_ids)
        events, failed = events_of_series(plan, wanted, today)
        for ref, record, where, _body in refs.events.refs:
            if ref not in events and not (failed and series_named((ref,), failed)):
                place = where if isinstance(where, str) else f"mandates[{where[0]}].{where[1]}"
                out.append(unknown(place, Kind.EVENT, ref, record))
    return out
