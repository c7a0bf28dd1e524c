"""Writing plans: everything at once (import), or only what an edit changed.

Plan values are immutable and edits share unchanged parts, so "what changed"
is found by identity and costs little even on the UN-scale plan.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any, TypeVar

from sqlalchemy import Connection, Table, delete, insert, select, update

from planner.domain.model import Decision, Plan
from planner.store import mapping
from planner.store.errors import PlanChangedError
from planner.store.schema import (
    Base,
    BodyRow,
    DecisionRow,
    EventRow,
    EventSeriesRow,
    MandateRow,
    PlanInfo,
    ReportRow,
    SessionRow,
    SessionSeriesRow,
    TrackingRow,
)

T = TypeVar("T")


def _t(row: type[Base]) -> Table:
    """The table a mapped class is declared on (SQLAlchemy types `__table__` as any FromClause)."""
    table = row.__table__
    assert isinstance(table, Table)
    return table


BODIES: Table = _t(BodyRow)
SESSION_SERIES: Table = _t(SessionSeriesRow)
SESSIONS: Table = _t(SessionRow)
EVENT_SERIES: Table = _t(EventSeriesRow)
EVENTS: Table = _t(EventRow)
REPORTS: Table = _t(ReportRow)
DECISIONS: Table = _t(DecisionRow)
MANDATES: Table = _t(MandateRow)
TRACKING: Table = _t(TrackingRow)
PLAN_INFO: Table = _t(PlanInfo)

# (plan attribute, table, key of an item, row of an item, key columns)
_SIMPLE: tuple[
    tuple[
        str, Table, Callable[[Any], Hashable], Callable[[Any, int], dict[str, Any]], tuple[str, ...]
    ],
    ...,
] = (
    ("bodies", BODIES, lambda b: b.id, mapping.body_row, ("id",)),
    ("session_series", SESSION_SERIES, lambda s: s.id, mapping.session_series_row, ("id",)),
    ("sessions", SESSIONS, lambda s: s.id, mapping.session_row, ("id",)),
    ("event_series", EVENT_SERIES, lambda s: s.id, mapping.event_series_row, ("id",)),
    ("events", EVENTS, lambda e: e.id, mapping.event_row, ("id",)),
    ("reports", REPORTS, lambda r: r.id, mapping.report_row, ("id",)),
    ("tracking", TRACKING, lambda t: t.key, mapping.tracking_row, ("report", "session")),
)


def _where(table: Table, columns: tuple[str, ...], key: Hashable) -> Any:
    values = key if isinstance(key, tuple) else (key,)
    clause = None
    for col, value in zip(columns, values, strict=True):
        term = table.c[col] == value
        clause = term if clause is None else clause & term
    return clause


def _exactly(conn: Connection, statement: Any, rows: int, table: Table, key: object) -> None:
    """Run an UPDATE or DELETE that must change `rows` rows: fewer means another program
    changed the file since we read it, and the edit (its transaction) is not committed."""
    if conn.execute(statement).rowcount != rows:
        if isinstance(key, tuple | list):
            key = ", ".join(map(str, key[:3])) + (" …" if len(key) > 3 else "")
        raise PlanChangedError(table.name, str(key))


def write_all(conn: Connection, plan: Plan) -> None:
    """Fill empty tables with `plan` (import and new files)."""
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    _set_info(conn, "title", plan.title)
    _set_info(conn, "horizon_years", str(plan.horizon_years))
    if plan.calendar_as_of:
        _set_info(conn, "calendar_as_of", plan.calendar_as_of)
    for attr, table, _key, row, _cols in _SIMPLE:
        rows = [row(item, i) for i, item in enumerate(getattr(plan, attr))]
        if rows:
            conn.execute(insert(table), rows)
    _insert_decisions(conn, list(enumerate(plan.decisions)))


def _set_info(conn: Connection, key: str, value: str) -> None:
    conn.execute(delete(PLAN_INFO).where(PLAN_INFO.c.key == key))
    conn.execute(insert(PLAN_INFO), [{"key": key, "value": value}])


def _insert_decisions(conn: Connection, items: Sequence[tuple[int, Decision]]) -> None:
    if not items:
        return
    conn.execute(insert(DECISIONS), [mapping.decision_row(d, i) for i, d in items])
    symbols = [d.symbol for _, d in items]
    pks: dict[str, int] = {}
    for chunk in range(0, len(symbols), 500):
        part = symbols[chunk : chunk + 500]
        query = select(DECISIONS.c.symbol, DECISIONS.c.pk).where(DECISIONS.c.symbol.in_(part))
        pks.update((symbol, pk) for symbol, pk in conn.execute(query))
    rows = [
        mapping.mandate_row(m, pks[d.symbol], j) for _, d in items for j, m in enumerate(d.mandates)
    ]
    if rows:
        conn.execute(insert(MANDATES), rows)


def _diff(
    old: Sequence[T], new: Sequence[T], key: Callable[[T], Hashable]
) -> tuple[list[Hashable], list[tuple[int, T]], list[tuple[int, T]], list[tuple[int, Hashable]]]:
    """(removed keys, changed items with position, added items with position, moved positions)."""
    if old is new:
        return [], [], [], []
    if len(old) == len(new):  # the usual edit: items changed in place, found by identity
        changed_at = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a is not b]
        if all(key(old[i]) == key(new[i]) for i in changed_at):
            return [], [(i, new[i]) for i in changed_at if old[i] != new[i]], [], []
    old_at = {key(x): (i, x) for i, x in enumerate(old)}
    new_keys: set[Hashable] = set()
    changed: list[tuple[int, T]] = []
    added: list[tuple[int, T]] = []
    moved: list[tuple[int, Hashable]] = []
    for i, x in enumerate(new):
        k = key(x)
        new_keys.add(k)
        prev = old_at.get(k)
        if prev is None:
            added.append((i, x))
        elif prev[1] is not x and prev[1] != x:
            changed.append((i, x))
        elif prev[0] != i:
            moved.append((i, k))
    removed = [k for k in old_at if k not in new_keys]
    return removed, changed, added, moved


def save_changes(conn: Connection, old: Plan, new: Plan) -> int:
    """Write what differs between `old` (what the file holds) and `new`. Returns rows touched."""
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    touched = 0
    if old.title != new.title:
        _set_info(conn, "title", new.title)
        touched += 1
    if old.horizon_years != new.horizon_years:
        _set_info(conn, "horizon_years", str(new.horizon_years))
        touched += 1
    if old.calendar_as_of != new.calendar_as_of:
        _set_info(conn, "calendar_as_of", new.calendar_as_of)
        touched += 1
    for attr, table, key, row, cols in _SIMPLE:
        removed, changed, added, moved = _diff(getattr(old, attr), getattr(new, attr), key)
        for k in removed:
            _exactly(conn, delete(table).where(_where(table, cols, k)), 1, table, k)
        for i, item in changed:
            k = key(item)
            _exactly(
                conn, update(table).where(_where(table, cols, k)).values(row(item, i)), 1, table, k
            )
        if added:
            conn.execute(insert(table), [row(item, i) for i, item in added])
        for i, k in moved:
            _exactly(
                conn, update(table).where(_where(table, cols, k)).values(position=i), 1, table, k
            )
        touched += len(removed) + len(changed) + len(added) + len(moved)

    removed, changed, added, moved = _diff(old.decisions, new.decisions, lambda d: d.symbol)
    gone = removed + [d.symbol for _, d in changed]
    for chunk in range(0, len(gone), 500):
        part = gone[chunk : chunk + 500]
        _exactly(
            conn, delete(DECISIONS).where(DECISIONS.c.symbol.in_(part)), len(part), DECISIONS, part
        )
    _insert_decisions(conn, changed + added)
    for i, sym in moved:
        where = DECISIONS.c.symbol == sym
        _exactly(conn, update(DECISIONS).where(where).values(position=i), 1, DECISIONS, sym)
    return touched + len(gone) + len(added) + len(moved)
