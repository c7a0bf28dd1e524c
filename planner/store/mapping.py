"""Domain values ⇄ table rows. Loading reads raw rows in bulk (no N+1, no ORM identity map)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from datetime import date
from typing import Any, Protocol, TypeVar

from sqlalchemy import Connection

from planner.domain.bounds import Problem, plan_problems
from planner.domain.engine import gc_paused
from planner.domain.integrity import (
    projected_problems,
    reference_problems,
    shape_problems,
)
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
from planner.domain.soundness import plan_is_sound
from planner.store.errors import PlanFormatError, PlanOutOfBoundsError
from planner.store.fields import parse_date
from planner.store.problem_text import problem_detail

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

# Of a rule, only the fields its kind reads (`_rule`): six columns, not ten. Fetching one
# column of one row costs ~0.1 µs whatever it holds (CPython's sqlite3 releases the GIL for
# each), and the UN-scale plan has 40,000 mandates. Each CASE keeps one SQL type (a server).
_MANDATE_COLUMNS = (
    "decision, report, effect, rule_type, rule_body,"
    " CASE rule_type WHEN 'periodic' THEN first_session WHEN 'at_session' THEN rule_session"
    " WHEN 'after_event' THEN rule_event WHEN 'with_series' THEN rule_series END,"
    " CASE rule_type WHEN 'periodic' THEN every_years ELSE prep_weeks END,"
    " CASE rule_type WHEN 'periodic' THEN first_year END,"
    " CASE rule_type WHEN 'periodic' THEN until_year END,"
    " CASE rule_type WHEN 'with_series' THEN from_date END,"
    " CASE rule_type WHEN 'with_series' THEN until_date END,"
    ' from_session, to_session, "into"'
)
# what converting a row can raise on values other hands wrote (text in an integer or date
# column, an unknown status, …): each becomes a PlanFormatError naming the table and row
LOAD_ERRORS = (
    ValueError,
    KeyError,
    TypeError,
    OverflowError,
    IndexError,
    AssertionError,
    AttributeError,
)
R = TypeVar("R")


def _day(value: Any) -> date:
    if type(value) is date:  # a server gives dates; SQLite gives ISO text
        return value
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError(f"bad date {value!r} (expected YYYY-MM-DD)") from None


def _opt_day(value: Any) -> date | None:
    return None if value is None else _day(value)


def _cause(exc: BaseException) -> str:
    if isinstance(exc, KeyError):
        return f"unknown value {exc.args[0]!r}" if exc.args else "unknown value"
    return str(exc) or type(exc).__name__


def _each(table: str, rows: Sequence[Any], make: Callable[[Any], R], key: int = 0) -> tuple[R, ...]:
    """The records of `rows`; a row that cannot be one is named (`table[id]`), found by a
    second, slower pass only when the fast one failed."""
    try:
        return tuple(map(make, rows))
    except LOAD_ERRORS:
        for row in rows:
            try:
                make(row)
            except LOAD_ERRORS as exc:
                raise PlanFormatError(f"{table}[{row[key]}]", _cause(exc)) from None
        raise


new_tuple = tuple.__new__


def _rule(row: Sequence[Any]) -> Rule | None:
    """The rule of a mandate row (`_MANDATE_COLUMNS`: its type and body at 3 and 4, then the
    session, event or series it names, its number (every_years, else prep_weeks), a
    periodic rule's first year and last year, a series rule's dates), built as the tuple it
    is: a NamedTuple's own __new__ is a Python function, and the UN-scale plan has 34,000
    rules. The most frequent kinds first."""
    kind = row[3]
    if kind is None:
        return None
    if kind == "periodic":
        first = row[5]  # a session, else a year
        return new_tuple(Periodic, (row[4], row[6], row[7] if first is None else first, row[8]))
    if kind == "next_session":
        return new_tuple(NextSession, (row[4], row[6] or 0))
    if kind == "at_session":
        return new_tuple(AtSession, (row[4], row[5]))
    if kind == "after_event":
        return new_tuple(AfterEvent, (row[4], row[5], row[6] or 0))
    if kind == "with_series":
        return new_tuple(
            WithSeries, (row[4], row[5], row[6] or 0, _opt_day(row[9]), _opt_day(row[10]))
        )
    raise ValueError(f"unknown rule type {kind!r}")


def _horizon(text: Any) -> int:
    if text is None:
        return DEFAULT_HORIZON_YEARS
    try:
        years = int(text)
    except (TypeError, ValueError, OverflowError):
        raise PlanFormatError("plan_info[horizon_years]", f"not a number: {text!r}") from None
    if type(text) is float or not 1 <= years <= MAX_HORIZON_YEARS:
        raise PlanFormatError(
            "plan_info[horizon_years]", f"{text!r} years (allowed: 1 to {MAX_HORIZON_YEARS})"
        )
    return years


def _calendar_as_of(text: object) -> str:
    if text is None or text == "":
        return ""
    parse_date(text, "plan_info[calendar_as_of]")  # as import reads it
    return str(text)


# Each record's version, by (table, key): what an edit of a team plan must find unchanged.
Versions = dict[tuple[str, Hashable], int]


def load_plan(conn: Connection, versions: Versions | None = None) -> Plan:
    """Read every table in one pass each, ordered as the interchange file had them, and
    hold the plan to the rules of import before anything else is done with it.

    A file holds what import and the editor let in, unless an older version or other
    hands wrote it. So: a row that cannot be read (text in a date column, an unknown
    status) and a plan that breaks a rule of import (text where text belongs, a reference
    to nothing, a body its own ancestor, a cycle of merges) raise PlanFormatError naming
    the table and row. Its values are held to the engine's bounds too (all but the
    occurrence cap, which needs the series expanded: `planner.app.documents` and the
    engine check it), and a plan outside them raises PlanOutOfBoundsError, which
    carries the plan as read (so it can still be shown). Each check is linear.
    `versions`, when given, is filled with each record's version (team plans, offline
    copies)."""
    # the checks make small acyclic values too: no collection walks the plan
    with gc_paused(kept=True):
        plan = _load_plan(conn, versions)
        if plan_is_sound(plan):  # the quick form of the four checks below
            return plan
        _refuse(shape_problems(plan))
        problems, refs = reference_problems(plan)
        _refuse(problems)
        bounds = plan_problems(plan, expand=False)  # the engine expands the series itself
        if bounds:
            raise out_of_bounds(plan, tuple(bounds))
        # references to projected sessions: only once the series are within bounds
        _refuse(projected_problems(refs))
    return plan


def out_of_bounds(plan: Plan, problems: tuple[Problem, ...]) -> PlanOutOfBoundsError:
    first, more = problems[0], len(problems) - 1
    detail = problem_detail(first) + (f" (and {more} more)" if more else "")
    return PlanOutOfBoundsError(first.where, detail, plan, problems)


def _refuse(problems: list[Problem]) -> None:
    if problems:
        first, more = problems[0], len(problems) - 1
        detail = problem_detail(first) + (f" (and {more} more)" if more else "")
        raise PlanFormatError(first.where, detail)


class RecordReader:
    """Rows of one kind of record → domain values, all of them or only some (by key, on a
    server), with their versions when asked."""

    def __init__(self, conn: Connection, versions: Versions | None = None) -> None:
        dbapi = conn.connection.dbapi_connection
        assert dbapi is not None  # a Connection in use always holds its DBAPI connection
        self.cursor = dbapi.cursor()
        self.sqlite = conn.dialect.name == "sqlite"
        self.versions = versions

    def rows(self, sql: str, params: Sequence[Any] = ()) -> Sequence[Any]:
        # plain DBAPI tuples: loading 10^5 rows through Row objects costs a third more
        self.cursor.execute(sql, params)
        return self.cursor.fetchall()

    def optional(self, table: str, *columns: str) -> str:
        """The columns a later schema added, as empty text in a file not yet upgraded
        (a read-only view of an older plan). A server's plan is always current."""
        if not self.sqlite:
            return ", ".join(columns)
        have = {r[1] for r in self.rows(f"PRAGMA table_info({table})")}
        return ", ".join(c if c in have else f"'' AS {c}" for c in columns)

    def _where(self, keys: Sequence[Hashable] | None, key_sql: str) -> tuple[str, list[Any]]:
        if keys is None:
            return "", []
        if "," in key_sql:  # (report, session)
            firsts, seconds = [], []
            for k in keys:
                assert isinstance(k, tuple)  # a tracking key
                firsts.append(k[0])
                seconds.append(k[1])
            return (
                f" WHERE ({key_sql}) IN (SELECT * FROM unnest(%s::text[], %s::text[]))",
                [firsts, seconds],
            )
        return f" WHERE {key_sql} = ANY(%s)", [list(keys)]

    def read(
        self,
        table: str,
        key_sql: str,
        columns: str,
        make: Callable[[Any], R],
        key: Callable[[R], Hashable],
        keys: Sequence[Hashable] | None = None,
        name_at: int = 0,
    ) -> tuple[R, ...]:
        """Items of `table` in plan order; only those with `keys` when given (a server)."""
        where, params = self._where(keys, key_sql)
        if self.versions is None:
            found = self.rows(f"SELECT {columns} FROM {table}{where} ORDER BY position", params)
            return _each(table, found, make, name_at)
        found = self.rows(
            f"SELECT {columns}, version FROM {table}{where} ORDER BY position", params
        )
        items = _each(table, [r[:-1] for r in found], make, name_at)
        versions = self.versions
        for item, row in zip(items, found, strict=True):
            versions[(table, key(item))] = row[-1]
        return items

    def info(self) -> dict[str, Any]:
        if self.versions is None:
            return dict(self.rows("SELECT key, value FROM plan_info"))
        found = self.rows("SELECT key, value, version FROM plan_info")
        for k, _v, version in found:
            self.versions[("plan_info", k)] = version
        return {k: v for k, v, _ in found}

    # --- one reader per kind ------------------------------------------------------

    def bodies(self, keys: Sequence[Hashable] | None = None) -> tuple[Body, ...]:
        return self.read(
            "bodies",
            "id",
            "id, name, parent, submission_weeks, issuance_weeks",
            lambda r: Body(*r),
            _by_id,
            keys,
        )

    def session_series(self, keys: Sequence[Hashable] | None = None) -> tuple[SessionSeries, ...]:
        return self.read(
            "session_series",
            "id",
            "id, body, name, rrule, duration_days, start, until, ends_before_next,"
            f" number_offset, location, {self.optional('session_series', 'source')}",
            lambda r: SessionSeries(
                r[0], r[1], r[2], r[3], r[4], _day(r[5]), _opt_day(r[6]), bool(r[7]), *r[8:]
            ),
            _by_id,
            keys,
        )

    def sessions(self, keys: Sequence[Hashable] | None = None) -> tuple[Session, ...]:
        statuses = {s.value: s for s in SessionStatus}
        formats = {f.value: f for f in SessionFormat}
        return self.read(
            "sessions",
            "id",
            'id, body, series, name, start, "end", location, status,'
            f" {self.optional('sessions', 'format', 'source', 'notes')}",
            lambda r: Session(
                r[0],
                r[1],
                r[3],
                _day(r[4]),
                _day(r[5]),
                r[6],
                statuses[r[7]],
                r[2],
                formats[r[8]],
                r[9],
                r[10],
            ),
            _by_id,
            keys,
        )

    def event_series(self, keys: Sequence[Hashable] | None = None) -> tuple[EventSeries, ...]:
        return self.read(
            "event_series",
            "id",
            "id, name, rrule, duration_days, start, until, tentative, number_offset,"
            f" location, {self.optional('event_series', 'source')}",
            lambda r: EventSeries(
                r[0], r[1], r[2], r[3], _day(r[4]), _opt_day(r[5]), bool(r[6]), r[7], r[8], r[9]
            ),
            _by_id,
            keys,
        )

    def events(self, keys: Sequence[Hashable] | None = None) -> tuple[Event, ...]:
        return self.read(
            "events",
            "id",
            'id, name, start, "end", location, series, tentative,'
            f" {self.optional('events', 'source')}",
            lambda r: Event(r[0], r[1], _day(r[2]), _day(r[3]), r[4], r[5], bool(r[6]), r[7]),
            _by_id,
            keys,
        )

    def reports(self, keys: Sequence[Hashable] | None = None) -> tuple[Report, ...]:
        return self.read(
            "reports",
            "id",
            f"id, title, agenda_item, word_limit, {self.optional('reports', 'short_title')}",
            lambda r: Report(*r),
            _by_id,
            keys,
        )

    def decisions(self, keys: Sequence[Hashable] | None = None) -> tuple[Decision, ...]:
        by_decision: dict[int, list[Mandate]] = {}
        effects = {e.value: e for e in Effect}
        current, bucket = None, []
        row: Any = None
        where, params = self._where(keys, "symbol")
        # row by row from the cursor, not fetched all first: each row is read while it is
        # fresh in the cache, and 40,000 of them are never held at once
        mandates = self.cursor.execute(
            f"SELECT {_MANDATE_COLUMNS} FROM mandates"
            + (f" WHERE decision IN (SELECT pk FROM decisions{where})" if where else "")
            + " ORDER BY decision, position",
            params,
        )
        try:
            for row in mandates:
                if row[0] != current:  # rows come grouped by decision
                    current = row[0]
                    bucket = by_decision[current] = []
                # built as the tuple it is (see `_rule`): the UN-scale plan has 40,000 mandates
                bucket.append(
                    new_tuple(
                        Mandate, (row[1], effects[row[2]], _rule(row), row[11], row[12], row[13])
                    )
                )
        except LOAD_ERRORS as exc:
            mark = "?" if self.sqlite else "%s"
            found = self.rows(f"SELECT symbol FROM decisions WHERE pk = {mark}", (row[0],))
            symbol = found[0][0] if found else f"pk {row[0]}"
            where_ = f"decisions[{symbol}].mandates[{len(bucket)}]"
            raise PlanFormatError(where_, _cause(exc)) from None
        statuses = {s.value: s for s in DecisionStatus}
        return self.read(
            "decisions",
            "symbol",
            "pk, symbol, body, adopted, effective, status, title, notes",
            lambda r: new_tuple(
                Decision,
                (
                    r[1],
                    r[2],
                    _day(r[3]),
                    r[6],
                    statuses[r[5]],
                    _opt_day(r[4]),
                    r[7],
                    tuple(by_decision.get(r[0], ())),
                ),
            ),
            _by_symbol,
            keys,
            name_at=1,
        )

    def tracking(self, keys: Sequence[Hashable] | None = None) -> tuple[Tracking, ...]:
        statuses = {s.value: s for s in TrackingStatus}
        return self.read(
            "tracking",
            "report, session",
            "report, session, status, document_symbol, officer, word_estimate, notes",
            lambda r: Tracking(r[0], r[1], statuses[r[2]], r[3], r[4], r[5], r[6]),
            _by_tracking_key,
            keys,
        )


class _Identified(Protocol):
    """A record keyed by its id (bodies, series, sessions, events, report lines)."""

    @property
    def id(self) -> str: ...


def _by_id(item: _Identified) -> str:
    return item.id


def _by_symbol(item: Decision) -> str:
    return item.symbol


def _by_tracking_key(item: Tracking) -> tuple[str, str]:
    return item.key


def plan_with_info(info: dict[str, Any], **parts: Any) -> Plan:
    return Plan(
        title=info.get("title", ""),
        horizon_years=_horizon(info.get("horizon_years")),
        calendar_as_of=_calendar_as_of(info.get("calendar_as_of")),
        **{k: tuple(v) for k, v in parts.items()},
    )


def _load_plan(conn: Connection, versions: Versions | None) -> Plan:
    read = RecordReader(conn, versions)
    return plan_with_info(
        read.info(),
        bodies=read.bodies(),
        session_series=read.session_series(),
        sessions=read.sessions(),
        event_series=read.event_series(),
        events=read.events(),
        reports=read.reports(),
        decisions=read.decisions(),
        tracking=read.tracking(),
    )
