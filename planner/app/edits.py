"""Edits to a plan: each takes the plan and a record as the forms hold it (a JSON-like
dict), checks it with exactly the rules of import, and returns the new plan.

Nothing is written here; `Workspace.apply` commits the result in one
transaction. A refused edit raises `EditError` naming the field, so a form
can show the message at that field.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from planner.domain.calendar import Calendar
from planner.domain.integrity import parent_problem
from planner.domain.model import (
    MAX_HORIZON_YEARS,
    AfterEvent,
    AtSession,
    Decision,
    DecisionStatus,
    Periodic,
    Plan,
    Report,
    Session,
    SessionStatus,
    Tracking,
    WithSeries,
)
from planner.domain.recurrence import RecurrenceError
from planner.domain.symbols import SymbolError, normalise_symbol
from planner.store.errors import PlanFormatError
from planner.store.interchange import RecordReader, check_merge_cycles
from planner.store.problem_text import recurrence_message

T = TypeVar("T")


class EditError(ValueError):
    """An edit that cannot be made. `field` is the path inside the record ("" = the whole).

    `message` is English (the validator's); `code` and `values` say it as data, for the
    forms to word in the user's language ("" when the validator gave no code)."""

    def __init__(
        self, field: str, message: str, code: str = "", values: tuple[object, ...] = ()
    ) -> None:
        self.field = field
        self.message = message
        self.code = code
        self.values = values
        super().__init__(f"{field}: {message}" if field else message)


def _checked(fn: Callable[[], T]) -> T:
    try:
        return fn()
    except PlanFormatError as exc:
        raise EditError(exc.path, exc.detail, exc.code, exc.values) from None


def _calendar_of(plan: Plan, calendar: Calendar | None) -> Calendar:
    return calendar if calendar is not None else Calendar(plan)


def _replace_item(
    items: Sequence[T], key: Callable[[T], object], old_key: object | None, new: T
) -> tuple[T, ...]:
    """Put `new` where the item keyed `old_key` was (or at the end)."""
    out = list(items)
    if old_key is not None:
        for i, item in enumerate(out):
            if key(item) == old_key:
                out[i] = new
                return tuple(out)
    out.append(new)
    return tuple(out)


# --- decisions ---------------------------------------------------------------------


def put_decision(
    plan: Plan,
    data: dict[str, Any],
    *,
    replacing: str | None = None,
    new_reports: Iterable[Report] = (),
    calendar: Calendar | None = None,
) -> Plan:
    """Add a decision, or replace the one with symbol `replacing`; `new_reports` are report
    lines created in the same edit (the editor's "new report")."""
    new_reports = tuple(new_reports)
    status = str(data.get("status") or "adopted")
    try:
        parsed = normalise_symbol(
            str(data.get("symbol") or ""),
            str(data.get("body") or "") or None,
            draft=status == "draft",
        )
    except SymbolError as exc:
        raise EditError("symbol", str(exc), exc.code, exc.values) from None
    data = {**data, "symbol": parsed.symbol}
    existing = {r.id for r in plan.reports}
    for r in new_reports:
        if r.id in existing:
            raise EditError(
                "mandates",
                f'report "{r.id}" exists already; pick it instead of creating it',
                "report-exists",
                (r.id,),
            )
        if not r.title.strip():
            raise EditError(
                "mandates", f'give the new report "{r.id}" a title', "report-needs-title", (r.id,)
            )
    reader = RecordReader(plan, _calendar_of(plan, calendar))
    reader.allow_reports({r.id for r in new_reports})
    decision = _checked(lambda: reader.decision(data))
    if decision.symbol != replacing and any(d.symbol == decision.symbol for d in plan.decisions):
        raise EditError(
            "symbol",
            f"{decision.symbol} is already in the plan",
            "symbol-taken",
            (decision.symbol,),
        )
    others = [(f"decisions[{d.symbol}]", d) for d in plan.decisions if d.symbol != replacing]
    _checked(lambda: check_merge_cycles([*others, ("decision", decision)]))
    decisions = _replace_item(plan.decisions, lambda d: d.symbol, replacing, decision)
    return replace(plan, decisions=decisions, reports=(*plan.reports, *new_reports))


def delete_decision(plan: Plan, symbol: str) -> Plan:
    if not any(d.symbol == symbol for d in plan.decisions):
        raise EditError("", f"{symbol} is not in the plan")
    return replace(plan, decisions=tuple(d for d in plan.decisions if d.symbol != symbol))


def decision_to_form(d: Decision) -> dict[str, Any]:
    """The decision as the editor's form holds it (the interchange shape)."""
    from planner.store.interchange import plan_to_json

    return plan_to_json(Plan(decisions=(d,)))["decisions"][0]


# --- references: what depends on what -------------------------------------------------


@dataclass(frozen=True, slots=True)
class Dependent:
    where: str
    what: str


def dependents(plan: Plan, kind: str, key: str) -> list[Dependent]:
    """Everything in `plan` that refers to the body, report, session, event or series `key`."""
    out: list[Dependent] = []
    if kind == "body":
        out += [
            Dependent(f"bodies[{b.id}]", f"{b.id} is under {key}")
            for b in plan.bodies
            if b.parent == key
        ]
        out += [
            Dependent(f"session_series[{s.id}]", f"series {s.id}")
            for s in plan.session_series
            if s.body == key
        ]
        out += [
            Dependent(f"sessions[{s.id}]", f"session {s.id}")
            for s in plan.sessions
            if s.body == key
        ]
        out += [
            Dependent(f"decisions[{d.symbol}]", f"adopted by {key}: {d.symbol}")
            for d in plan.decisions
            if d.body == key
        ]
    if kind == "event_series":
        out += [
            Dependent(f"events[{e.id}]", f"event {e.id}") for e in plan.events if e.series == key
        ]
    if kind == "session_series":
        out += [
            Dependent(f"sessions[{s.id}]", f"session {s.id}")
            for s in plan.sessions
            if s.series == key
        ]
    if kind == "report":
        out += [
            Dependent(f"tracking[{t.report}@{t.session}]", f"tracking at {t.session}")
            for t in plan.tracking
            if t.report == key
        ]
    for d in plan.decisions:
        for i, m in enumerate(d.mandates):
            if _mandate_refers(m, kind, key):
                out.append(
                    Dependent(
                        f"decisions[{d.symbol}].mandates[{i}]",
                        f"{d.symbol}, mandate {i + 1} ({m.effect} {m.report})",
                    )
                )
    return out


def _mandate_refers(m: Any, kind: str, key: str) -> bool:
    rule = m.rule
    if kind == "report":
        return m.report == key or m.into == key
    if kind == "body":
        return rule is not None and rule.body == key
    if kind == "session":
        return (
            key in (m.from_session, m.to_session)
            or (isinstance(rule, AtSession) and rule.session == key)
            or (isinstance(rule, Periodic) and rule.first == key)
        )
    if kind == "event":
        return isinstance(rule, AfterEvent) and rule.event == key
    if kind == "event_series":
        return isinstance(rule, WithSeries) and rule.series == key
    return False


def broken_references(plan: Plan, calendar: Calendar) -> list[str]:
    """Mandates naming sessions or events the calendar no longer has (after a calendar edit)."""
    problems = []
    for d in plan.decisions:
        for i, m in enumerate(d.mandates):
            where = f"{d.symbol}, mandate {i + 1}"
            for sid in (m.from_session, m.to_session):
                if sid and sid not in calendar.sessions:
                    problems.append(f"{where}: session {sid} would no longer exist")
            rule = m.rule
            if isinstance(rule, AtSession) and rule.session not in calendar.sessions:
                problems.append(f"{where}: session {rule.session} would no longer exist")
            if (
                isinstance(rule, Periodic)
                and isinstance(rule.first, str)
                and rule.first not in calendar.sessions
            ):
                problems.append(f"{where}: session {rule.first} would no longer exist")
            if isinstance(rule, AfterEvent) and rule.event not in calendar.events:
                problems.append(f"{where}: event {rule.event} would no longer exist")
    return problems


def _calendar_edit(plan: Plan, new: Plan) -> Plan:
    """Refuse a calendar change that would leave mandates pointing at nothing."""
    try:
        calendar = Calendar(new)
    except RecurrenceError as exc:
        raise EditError(
            "name" if exc.is_pattern else "rrule", recurrence_message(exc), "recurrence", (exc,)
        ) from None
    broken = broken_references(new, calendar)
    if broken:
        more = f" (and {len(broken) - 3} more)" if len(broken) > 3 else ""
        raise EditError("", "; ".join(broken[:3]) + more, "would-break", (len(broken),))
    return new


def _delete(plan: Plan, kind: str, key: str, attr: str, key_of: Callable[[Any], str]) -> Plan:
    deps = dependents(plan, kind, key)
    if deps:
        listing = "; ".join(d.what for d in deps[:5]) + (
            f" (and {len(deps) - 5} more)" if len(deps) > 5 else ""
        )
        raise EditError(
            "",
            f"{key} is used by {listing}",
            "in-use",
            (key, tuple(dict.fromkeys(d.where.split("[", 1)[-1].split("]", 1)[0] for d in deps))),
        )
    items = getattr(plan, attr)
    if not any(key_of(x) == key for x in items):
        raise EditError("", f"{key} is not in the plan")
    kept: dict[str, Any] = {attr: tuple(x for x in items if key_of(x) != key)}
    return replace(plan, **kept)


# --- other records -----------------------------------------------------------------------


def _put(
    plan: Plan,
    attr: str,
    record: Any,
    key_of: Callable[[Any], str],
    replacing: str | None,
    what: str,
) -> Plan:
    key = key_of(record)
    if replacing is not None and key != replacing:
        raise EditError(
            "id", f"the id of a {what} cannot change (it is referred to by that id)", "id-fixed"
        )
    if replacing is None and any(key_of(x) == key for x in getattr(plan, attr)):
        raise EditError("id", f'a {what} "{key}" is already in the plan', "duplicate", (key,))
    put: dict[str, Any] = {attr: _replace_item(getattr(plan, attr), key_of, replacing, record)}
    return replace(plan, **put)


def put_body(plan: Plan, data: dict[str, Any], replacing: str | None = None) -> Plan:
    body = _checked(lambda: RecordReader(plan, Calendar(plan)).body(data))
    if body.parent is not None:
        ids = {b.id for b in plan.bodies} | {body.id}
        if body.parent not in ids:
            raise EditError(
                "parent", f'unknown body "{body.parent}"', "unknown-body", (body.parent,)
            )
        edited = [b for b in plan.bodies if b.id != body.id] + [body]
        if parent_problem(edited) is not None:  # the plan had no loop: this one is through body
            raise EditError("parent", f"{body.id} would be its own ancestor", "own-ancestor")
    return _calendar_edit(plan, _put(plan, "bodies", body, lambda b: b.id, replacing, "body"))


def put_report(plan: Plan, data: dict[str, Any], replacing: str | None = None) -> Plan:
    report = _checked(lambda: RecordReader(plan, Calendar(plan)).report(data))
    return _put(plan, "reports", report, lambda r: r.id, replacing, "report")


def put_session(
    plan: Plan, data: dict[str, Any], replacing: str | None = None, calendar: Calendar | None = None
) -> Plan:
    """Add or change an explicit session; confirming a projected one keeps its id and series."""
    cal = _calendar_of(plan, calendar)
    session: Session = _checked(lambda: RecordReader(plan, cal).session(data))
    explicit = {s.id for s in plan.sessions}
    if replacing is None and session.id in cal.sessions and session.id not in explicit:
        replacing_projected = cal.sessions[session.id]
        if replacing_projected.series != session.series:
            raise EditError(
                "series", f"{session.id} is projected by series {replacing_projected.series}"
            )
        new = replace(plan, sessions=(*plan.sessions, session))
    else:
        new = _put(
            plan,
            "sessions",
            session,
            lambda s: s.id,
            replacing if replacing in explicit else None,
            "session",
        )
    return _calendar_edit(plan, new)


def confirm_session(plan: Plan, projected: Session, **changes: Any) -> Plan:
    """Turn a projected session into a confirmed one (real dates, place)."""
    session = replace(projected, status=SessionStatus.CONFIRMED, **changes)
    data = {
        "id": session.id,
        "series": session.series,
        "body": session.body,
        "name": session.name,
        "start": session.start.isoformat(),
        "end": session.end.isoformat(),
        "location": session.location,
        "status": "confirmed",
    }
    return put_session(plan, data)


def put_session_series(plan: Plan, data: dict[str, Any], replacing: str | None = None) -> Plan:
    series = _checked(lambda: RecordReader(plan, Calendar(plan)).session_series(data))
    return _calendar_edit(
        plan, _put(plan, "session_series", series, lambda s: s.id, replacing, "session series")
    )


def put_event(plan: Plan, data: dict[str, Any], replacing: str | None = None) -> Plan:
    event = _checked(lambda: RecordReader(plan, Calendar(plan)).event(data))
    return _calendar_edit(plan, _put(plan, "events", event, lambda e: e.id, replacing, "event"))


def put_event_series(plan: Plan, data: dict[str, Any], replacing: str | None = None) -> Plan:
    series = _checked(lambda: RecordReader(plan, Calendar(plan)).event_series(data))
    return _calendar_edit(
        plan, _put(plan, "event_series", series, lambda s: s.id, replacing, "event series")
    )


def put_tracking(plan: Plan, data: dict[str, Any]) -> Plan:
    """Set the tracking of one requirement (keyed by report and session)."""
    tracking: Tracking = _checked(lambda: RecordReader(plan, Calendar(plan)).tracking(data))
    return replace(
        plan, tracking=_replace_item(plan.tracking, lambda t: t.key, tracking.key, tracking)
    )


def delete_tracking(plan: Plan, report: str, session: str) -> Plan:
    return replace(plan, tracking=tuple(t for t in plan.tracking if t.key != (report, session)))


def delete_body(plan: Plan, key: str) -> Plan:
    return _delete(plan, "body", key, "bodies", lambda b: b.id)


def delete_report(plan: Plan, key: str) -> Plan:
    return _delete(plan, "report", key, "reports", lambda r: r.id)


def delete_session(plan: Plan, key: str) -> Plan:
    """Remove an explicit session (a projected one comes back from its series)."""
    if any(s.id == key for s in plan.sessions):
        new = replace(plan, sessions=tuple(s for s in plan.sessions if s.id != key))
        return _calendar_edit(plan, new)
    raise EditError(
        "",
        f"{key} is projected by its series; change the series instead",
        "projected",
        (key,),
    )


def delete_event(plan: Plan, key: str) -> Plan:
    return _calendar_edit(plan, _delete(plan, "event", key, "events", lambda e: e.id))


def withdraw(plan: Plan, symbol: str) -> Plan:
    d = next((d for d in plan.decisions if d.symbol == symbol), None)
    if d is None:
        raise EditError("", f"{symbol} is not in the plan")
    return replace(
        plan,
        decisions=tuple(
            x._replace(status=DecisionStatus.WITHDRAWN) if x is d else x for x in plan.decisions
        ),
    )


def set_horizon(plan: Plan, years: int) -> Plan:
    """How many years past the current year the series project (a plan setting). Refused
    when a shorter horizon would take away a projected session a mandate names."""
    if not 1 <= years <= MAX_HORIZON_YEARS:
        raise EditError(
            "horizon_years", f"must be from 1 to {MAX_HORIZON_YEARS} years, got {years}"
        )
    if years == plan.horizon_years:
        return plan
    return _calendar_edit(plan, replace(plan, horizon_years=years))
