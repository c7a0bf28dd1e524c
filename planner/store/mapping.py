"""Domain values ⇄ table rows. Loading reads raw rows in bulk (no N+1, no ORM identity map)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection

from planner.domain.bounds import Problem, plan_problems
from planner.domain.engine import gc_paused
from planner.domain.model import (
    DEFAULT_HORIZON_YEARS,
    MAX_HORIZON_YEARS,
    AfterEvent,
    AtSession,
    Body,
    Decision,
    DecisionStatus,
    Effect,
    Event,
    EventSeries,
    Mandate,
    NextSession,
    Periodic,
    Plan,
    Report,
    Rule,
    Session,
    SessionFormat,
    SessionSeries,
    SessionStatus,
    Tracking,
    TrackingStatus,
    WithSeries,
)
from planner.store.errors import PlanOutOfBoundsError
from planner.store.problem_text import problem_detail

_day = date.fromisoformat


def _opt_day(text: str | None) -> date | None:
    return None if text is None else _day(text)


# --- rows for writing -------------------------------------------------------------


def body_row(b: Body, position: int) -> dict[str, Any]:
    return {
        "id": b.id,
        "position": position,
        "name": b.name,
        "parent": b.parent,
        "submission_weeks": b.submission_weeks,
        "issuance_weeks": b.issuance_weeks,
    }


def session_series_row(s: SessionSeries, position: int) -> dict[str, Any]:
    return {
        "id": s.id,
        "position": position,
        "body": s.body,
        "name": s.name,
        "rrule": s.rrule,
        "duration_days": s.duration_days,
        "start": s.start,
        "until": s.until,
        "ends_before_next": s.ends_before_next,
        "number_offset": s.number_offset,
        "location": s.location,
        "source": s.source,
    }


def session_row(s: Session, position: int) -> dict[str, Any]:
    return {
        "id": s.id,
        "position": position,
        "body": s.body,
        "series": s.series,
        "name": s.name,
        "start": s.start,
        "end": s.end,
        "location": s.location,
        "status": str(s.status),
        "format": str(s.format),
        "source": s.source,
        "notes": s.notes,
    }


def event_series_row(s: EventSeries, position: int) -> dict[str, Any]:
    return {
        "id": s.id,
        "position": position,
        "name": s.name,
        "rrule": s.rrule,
        "duration_days": s.duration_days,
        "start": s.start,
        "until": s.until,
        "tentative": s.tentative,
        "number_offset": s.number_offset,
        "location": s.location,
        "source": s.source,
    }


def event_row(e: Event, position: int) -> dict[str, Any]:
    return {
        "id": e.id,
        "position": position,
        "name": e.name,
        "start": e.start,
        "end": e.end,
        "location": e.location,
        "series": e.series,
        "tentative": e.tentative,
        "source": e.source,
    }


def report_row(r: Report, position: int) -> dict[str, Any]:
    return {
        "id": r.id,
        "position": position,
        "title": r.title,
        "agenda_item": r.agenda_item,
        "word_limit": r.word_limit,
        "short_title": r.short_title,
    }


def decision_row(d: Decision, position: int) -> dict[str, Any]:
    return {
        "symbol": d.symbol,
        "position": position,
        "body": d.body,
        "adopted": d.adopted,
        "effective": d.effective,
        "status": str(d.status),
        "title": d.title,
        "notes": d.notes,
    }


_EMPTY_RULE: dict[str, Any] = {
    "rule_type": None,
    "rule_body": None,
    "rule_session": None,
    "rule_event": None,
    "rule_series": None,
    "prep_weeks": None,
    "every_years": None,
    "first_year": None,
    "first_session": None,
    "until_year": None,
    "from_date": None,
    "until_date": None,
}


def mandate_row(m: Mandate, decision_pk: int, position: int) -> dict[str, Any]:
    row: dict[str, Any] = {
        "decision": decision_pk,
        "position": position,
        "report": m.report,
        "effect": str(m.effect),
        "from_session": m.from_session,
        "to_session": m.to_session,
        "into": m.into,
        **_EMPTY_RULE,
    }
    rule = m.rule
    if rule is None:
        return row
    row["rule_type"] = rule.type
    row["rule_body"] = rule.body
    match rule:
        case AtSession():
            row["rule_session"] = rule.session
        case NextSession():
            row["prep_weeks"] = rule.prep_weeks
        case AfterEvent():
            row["rule_event"] = rule.event
            row["prep_weeks"] = rule.prep_weeks
        case Periodic():
            row["every_years"] = rule.every_years
            if isinstance(rule.first, str):
                row["first_session"] = rule.first
            else:
                row["first_year"] = rule.first
            row["until_year"] = rule.until
        case WithSeries():
            row["rule_series"] = rule.series
            row["prep_weeks"] = rule.prep_weeks
            row["from_date"] = rule.start
            row["until_date"] = rule.until
    return row


def tracking_row(t: Tracking, position: int) -> dict[str, Any]:
    return {
        "report": t.report,
        "session": t.session,
        "position": position,
        "status": str(t.status),
        "document_symbol": t.document_symbol,
        "officer": t.officer,
        "word_estimate": t.word_estimate,
        "notes": t.notes,
    }


# --- reading -----------------------------------------------------------------------

_MANDATE_COLUMNS = (
    "decision, report, effect, rule_type, rule_body, rule_session, rule_event, rule_series,"
    " prep_weeks, every_years, first_year, first_session, until_year, from_date, until_date,"
    ' from_session, to_session, "into"'
)


def _rule(fields: tuple[Any, ...]) -> Rule | None:
    (
        kind,
        body,
        session,
        event,
        series,
        prep,
        every,
        first_year,
        first_session,
        until_year,
        from_date,
        until_date,
    ) = fields
    if kind is None:
        return None
    if kind == "at_session":
        return AtSession(body, session)
    if kind == "next_session":
        return NextSession(body, prep or 0)
    if kind == "after_event":
        return AfterEvent(body, event, prep or 0)
    if kind == "periodic":
        return Periodic(
            body, every, first_session if first_session is not None else first_year, until_year
        )
    return WithSeries(body, series, prep or 0, _opt_day(from_date), _opt_day(until_date))


def _horizon(text: str | None) -> int:
    if text is None:
        return DEFAULT_HORIZON_YEARS
    years = int(text)
    if not 1 <= years <= MAX_HORIZON_YEARS:
        raise ValueError(f"horizon of {years} years (allowed: 1 to {MAX_HORIZON_YEARS})")
    return years


def load_plan(conn: Connection) -> Plan:
    """Read every table in one pass each, ordered as the interchange file had them.

    A file holds what import and the editor let in, unless an older version or other
    hands wrote it: its values are held to the engine's bounds here too (all but the
    occurrence cap, which needs the series expanded: `planner.app.documents` and the
    engine check it), and a plan outside them raises PlanOutOfBoundsError, which
    carries the plan as read."""
    with gc_paused():
        plan = _load_plan(conn)
    problems = plan_problems(plan, expand=False)  # the engine expands the series itself
    if problems:
        raise out_of_bounds(plan, tuple(problems))
    return plan


def out_of_bounds(plan: Plan, problems: tuple[Problem, ...]) -> PlanOutOfBoundsError:
    first, more = problems[0], len(problems) - 1
    detail = problem_detail(first) + (f" (and {more} more)" if more else "")
    return PlanOutOfBoundsError(first.where, detail, plan, problems)


def _load_plan(conn: Connection) -> Plan:

    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]

    def rows(sql: str) -> Sequence[Any]:
        # plain DBAPI tuples: loading 10^5 rows through Row objects costs a third more
        return cursor.execute(sql).fetchall()

    def optional(table: str, *columns: str) -> str:
        """The columns a later schema added, as empty text in a file not yet upgraded
        (a read-only view of an older plan)."""
        have = {r[1] for r in rows(f"PRAGMA table_info({table})")}
        return ", ".join(c if c in have else f"'' AS {c}" for c in columns)

    info = dict(rows("SELECT key, value FROM plan_info"))
    bodies = tuple(
        Body(i, n, p, sw, iw)
        for i, n, p, sw, iw in rows(
            "SELECT id, name, parent, submission_weeks, issuance_weeks FROM bodies"
            " ORDER BY position"
        )
    )
    series = tuple(
        SessionSeries(i, b, n, rr, dd, _day(s), _opt_day(u), bool(ebn), no, loc, src)
        for i, b, n, rr, dd, s, u, ebn, no, loc, src in rows(
            "SELECT id, body, name, rrule, duration_days, start, until, ends_before_next,"
            f" number_offset, location, {optional('session_series', 'source')}"
            " FROM session_series ORDER BY position"
        )
    )
    session_statuses = {s.value: s for s in SessionStatus}
    formats = {f.value: f for f in SessionFormat}
    sessions = tuple(
        Session(i, b, n, _day(s), _day(e), loc, session_statuses[st], ser, formats[f], src, nt)
        for i, b, ser, n, s, e, loc, st, f, src, nt in rows(
            'SELECT id, body, series, name, start, "end", location, status,'
            f" {optional('sessions', 'format', 'source', 'notes')} FROM sessions"
            " ORDER BY position"
        )
    )
    event_series = tuple(
        EventSeries(i, n, rr, dd, _day(s), _opt_day(u), bool(t), no, loc, src)
        for i, n, rr, dd, s, u, t, no, loc, src in rows(
            "SELECT id, name, rrule, duration_days, start, until, tentative, number_offset,"
            f" location, {optional('event_series', 'source')} FROM event_series"
            " ORDER BY position"
        )
    )
    events = tuple(
        Event(i, n, _day(s), _day(e), loc, ser, bool(t), src)
        for i, n, s, e, loc, ser, t, src in rows(
            'SELECT id, name, start, "end", location, series, tentative,'
            f" {optional('events', 'source')} FROM events ORDER BY position"
        )
    )
    reports = tuple(
        Report(i, t, a, w, st)
        for i, t, a, w, st in rows(
            "SELECT id, title, agenda_item, word_limit,"
            f" {optional('reports', 'short_title')} FROM reports ORDER BY position"
        )
    )
    by_decision: dict[int, list[Mandate]] = {}
    effects = {e.value: e for e in Effect}
    rules: dict[tuple[Any, ...], Rule | None] = {}  # identical rules share one value
    rules_get = rules.get
    current, bucket = None, []
    for row in rows(f"SELECT {_MANDATE_COLUMNS} FROM mandates ORDER BY decision, position"):
        if row[0] != current:  # rows come grouped by decision
            current = row[0]
            bucket = by_decision[current] = []
        key = row[3:15]
        rule = rules_get(key)
        if rule is None:
            rule = rules[key] = _rule(key)
        bucket.append(Mandate(row[1], effects[row[2]], rule, row[15], row[16], row[17]))
    statuses = {s.value: s for s in DecisionStatus}
    decisions = tuple(
        Decision(
            sym, b, _day(a), t, statuses[st], _opt_day(eff), notes, tuple(by_decision.get(pk, ()))
        )
        for pk, sym, b, a, eff, st, t, notes in rows(
            "SELECT pk, symbol, body, adopted, effective, status, title, notes FROM decisions"
            " ORDER BY position"
        )
    )
    tracking_statuses = {s.value: s for s in TrackingStatus}
    tracking = tuple(
        Tracking(r, s, tracking_statuses[st], ds, o, w, n)
        for r, s, st, ds, o, w, n in rows(
            "SELECT report, session, status, document_symbol, officer, word_estimate, notes"
            " FROM tracking ORDER BY position"
        )
    )
    return Plan(
        title=info.get("title", ""),
        horizon_years=_horizon(info.get("horizon_years")),
        calendar_as_of=info.get("calendar_as_of", ""),
        bodies=bodies,
        sessions=sessions,
        session_series=series,
        events=events,
        event_series=event_series,
        reports=reports,
        decisions=decisions,
        tracking=tracking,
    )
