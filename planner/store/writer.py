"""Writing plans: everything at once (import), or only what an edit changed.

Plan values are immutable and edits share unchanged parts, so "what changed"
is found by identity and costs little even on the UN-scale plan.

Every write of a record raises its version. Given the versions the writer read (a team
plan, an offline copy), a record whose version moved meanwhile is not written: the edit
is refused with the records in conflict (`VersionConflict`), never a silent overwrite.
Rows are written parents first and deleted children first, so the order suits a server
that checks every reference at once as well as SQLite's deferred checks.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any, TypeVar

from sqlalchemy import Connection, Insert, Table, delete, insert, select, tuple_, update

from planner.domain.model import Body, Decision, Plan
from planner.store import mapping
from planner.store.errors import PlanChangedError
from planner.store.mapping import Versions
from planner.store.records import RecordChange, info_of
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
K = TypeVar("K", bound=Hashable)


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


def _key_text(key: object) -> str:
    if isinstance(key, tuple | list):
        return ", ".join(map(str, key[:3])) + (" …" if len(key) > 3 else "")
    return str(key)


def write_all(conn: Connection, plan: Plan, versions: Versions | None = None) -> None:
    """Fill empty tables with `plan` (import and new files); with `versions`, each record
    keeps the version it has there (an offline copy of a team plan)."""
    _defer_foreign_keys(conn)
    for name, value in info_of(plan).items():
        _set_info(conn, name, value, _version_of(versions, "plan_info", name))
    for attr, table, key, row, _cols in _SIMPLE:
        items = getattr(plan, attr)
        if attr == "bodies":
            items = _parents_first(items)
        rows = [row(item, i) for i, item in _positions(getattr(plan, attr), items)]
        if versions is not None:
            for r, (_, item) in zip(rows, _positions(getattr(plan, attr), items), strict=True):
                r["version"] = _version_of(versions, table.name, key(item))
        if rows:
            conn.execute(insert(table), rows)
    _insert_decisions(conn, list(enumerate(plan.decisions)), versions)


def _version_of(versions: Versions | None, table: str, key: Hashable) -> int:
    return 1 if versions is None else versions.get((table, key), 1)


def _defer_foreign_keys(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")


def _positions(all_items: Sequence[T], items: Sequence[T]) -> list[tuple[int, T]]:
    """`items` (a reordering of `all_items`) with each one's position in `all_items`."""
    if items is all_items:
        return list(enumerate(items))
    at = {id(x): i for i, x in enumerate(all_items)}
    return [(at[id(x)], x) for x in items]


def _parents_first(bodies: Sequence[Body]) -> Sequence[Body]:
    """Bodies ordered so a parent is written before the bodies under it (linear time)."""
    by_id = {b.id: b for b in bodies}
    if all(b.parent is None or b.parent not in by_id for b in bodies):
        return bodies
    out: list[Body] = []
    placed: set[str] = set()
    for body in bodies:
        chain: list[Body] = []
        seen: set[str] = set()
        node: Body | None = body
        while node is not None and node.id not in placed and node.id not in seen:
            chain.append(node)
            seen.add(node.id)
            node = by_id.get(node.parent) if node.parent is not None else None
        for b in reversed(chain):  # the topmost unplaced ancestor first
            placed.add(b.id)
            out.append(b)
    return out


def _insert_new(conn: Connection, table: Table, row: dict[str, Any]) -> bool:
    """Insert `row` unless its key (or a unique column) is taken; whether it was inserted."""
    statement: Insert
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        statement = postgresql_insert(table).values(row).on_conflict_do_nothing()
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        statement = sqlite_insert(table).values(row).on_conflict_do_nothing()
    return conn.execute(statement.returning(*table.primary_key.columns)).first() is not None


def _set_info(conn: Connection, key: str, value: str, version: int = 1) -> None:
    conn.execute(delete(PLAN_INFO).where(PLAN_INFO.c.key == key))
    conn.execute(insert(PLAN_INFO), [{"key": key, "value": value, "version": version}])


def _insert_decisions(
    conn: Connection, items: Sequence[tuple[int, Decision]], versions: Versions | None = None
) -> None:
    if not items:
        return
    rows = [mapping.decision_row(d, i) for i, d in items]
    if versions is not None:
        for r, (_, d) in zip(rows, items, strict=True):
            r["version"] = versions.get(("decisions", d.symbol), 1)
    if len(rows) <= _FEW:  # an edit: the keys come back with the rows, no second query
        returning = insert(DECISIONS).returning(DECISIONS.c.symbol, DECISIONS.c.pk)
        pks = {symbol: pk for symbol, pk in conn.execute(returning, rows)}
        _insert_mandates(conn, items, pks)
        return
    conn.execute(insert(DECISIONS), rows)
    _insert_mandates(conn, items)


_FEW = 20


def _insert_mandates(
    conn: Connection, items: Sequence[tuple[int, Decision]], pks: dict[str, int] | None = None
) -> None:
    if not items:
        return
    symbols = [d.symbol for _, d in items]
    if pks is not None:
        symbols = []
    pks = dict(pks or {})
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
    old: Sequence[T], new: Sequence[T], key: Callable[[T], K]
) -> tuple[list[K], list[tuple[int, T]], list[tuple[int, T]], list[tuple[int, K]]]:
    """(removed keys, changed items with position, added items with position, moved positions)."""
    if old is new:
        return [], [], [], []
    if len(old) == len(new):  # the usual edit: items changed in place, found by identity
        changed_at = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a is not b]
        if all(key(old[i]) == key(new[i]) for i in changed_at):
            return [], [(i, new[i]) for i in changed_at if old[i] != new[i]], [], []
    old_at = {key(x): (i, x) for i, x in enumerate(old)}
    new_keys: set[K] = set()
    changed: list[tuple[int, T]] = []
    added: list[tuple[int, T]] = []
    moved: list[tuple[int, K]] = []
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


class VersionConflict(Exception):
    """Records changed (or removed, or added) by someone else since they were read."""

    def __init__(self, records: list[tuple[str, Hashable]]) -> None:
        self.records = records
        super().__init__(", ".join(f"{t} {k}" for t, k in records))


class _Writer:
    """One edit's writes, checking and raising versions as it goes."""

    def __init__(self, conn: Connection, versions: Versions | None) -> None:
        self.conn = conn
        self.versions = versions
        self.new_versions: Versions = {}
        self.conflicts: list[tuple[str, Hashable]] = []
        self.changes: list[RecordChange] = []

    def _guard(self, table: Table, key: Hashable) -> Any:
        if self.versions is None:
            return None
        return table.c.version == self.versions.get((table.name, key), 1)

    def _bumped(self, table: Table, key: Hashable) -> int | None:
        if self.versions is None:
            return None
        version = self.versions.get((table.name, key), 1) + 1
        self.new_versions[(table.name, key)] = version
        return version

    def update(
        self, table: Table, cols: tuple[str, ...], key: Hashable, row: dict[str, Any]
    ) -> None:
        clause = _where(table, cols, key)
        guard = self._guard(table, key)
        if guard is not None:
            clause = clause & guard
        version = self._bumped(table, key)
        values = dict(row, version=table.c.version + 1 if version is None else version)
        done = self.conn.execute(update(table).where(clause).values(values)).rowcount == 1
        self._check(done, table, key)

    def delete(self, table: Table, cols: tuple[str, ...], key: Hashable) -> None:
        clause = _where(table, cols, key)
        guard = self._guard(table, key)
        if guard is not None:
            clause = clause & guard
        done = self.conn.execute(delete(table).where(clause)).rowcount == 1
        self._check(done, table, key)
        if self.versions is not None:
            self.new_versions[(table.name, key)] = 0  # gone

    def delete_many(self, table: Table, column: str, keys: Sequence[str]) -> None:
        """`delete` of many records keyed by one column, each at the version it was read:
        one statement per 500 rather than a round trip to the server each (bringing back
        an offline copy rewrites hundreds of decisions)."""
        if self.versions is None or len(keys) <= _FEW:
            for key in keys:
                self.delete(table, (column,), key)
            return
        versions, keyed = self.versions, table.c[column]
        for chunk in range(0, len(keys), 500):
            part = keys[chunk : chunk + 500]
            read = [(key, versions.get((table.name, key), 1)) for key in part]
            statement = delete(table).where(tuple_(keyed, table.c.version).in_(read))
            done = {row[0] for row in self.conn.execute(statement.returning(keyed))}
            for key in part:
                self._check(key in done, table, key)
                self.new_versions[(table.name, key)] = 0  # gone

    def _check(self, done: bool, table: Table, key: Hashable) -> None:
        """A row to write that is not there (or not as read): with versions, a conflict
        to name; in a file, another program changed it (nothing of the edit is kept)."""
        if done:
            return
        if self.versions is not None:
            self.conflicts.append((table.name, key))
        else:
            raise PlanChangedError(table.name, _key_text(key))

    def move(self, table: Table, cols: tuple[str, ...], key: Hashable, position: int) -> None:
        statement = update(table).where(_where(table, cols, key)).values(position=position)
        self._check(self.conn.execute(statement).rowcount == 1, table, key)

    def insert(self, table: Table, rows: list[dict[str, Any]], keys: list[Hashable]) -> None:
        """New records; with versions, one that someone else added meanwhile is a conflict."""
        if not rows:
            return
        if self.versions is None:
            self.conn.execute(insert(table), rows)
            return
        for row, k in zip(rows, keys, strict=True):
            if not _insert_new(self.conn, table, dict(row, version=1)):
                self.conflicts.append((table.name, k))
            self.new_versions[(table.name, k)] = 1

    def raise_conflicts(self) -> None:
        if self.conflicts:
            raise VersionConflict(self.conflicts)

    def info(self, key: str, old: str | None, new: str | None) -> None:
        if old == new:
            return
        self.changes.append(RecordChange("plan_info", key, old, new))
        if self.versions is None:  # a file: the row may be missing in an older plan
            _set_info(self.conn, key, new or "")
        elif new is None:
            self.delete(PLAN_INFO, ("key",), key)
        elif old is None:
            self.insert(PLAN_INFO, [{"key": key, "value": new}], [key])
        else:
            self.update(PLAN_INFO, ("key",), key, {"value": new})


def save_changes(
    conn: Connection, old: Plan, new: Plan, versions: Versions | None = None
) -> tuple[int, list[RecordChange], Versions]:
    """Write what differs between `old` (what the store holds) and `new`.

    Returns the rows touched, the records changed (before and after) and their new
    versions (0 for a record removed). With `versions` (those read), raises
    VersionConflict when any record written had moved on meanwhile."""
    _defer_foreign_keys(conn)
    w = _Writer(conn, versions)
    old_info, new_info = info_of(old), info_of(new)
    for name in dict.fromkeys([*old_info, *new_info]):
        w.info(name, old_info.get(name), new_info.get(name))
    touched = len(w.changes)
    removals: list[tuple[Table, tuple[str, ...], list[Hashable]]] = []
    for attr, table, key, row, cols in _SIMPLE:
        old_items, new_items = getattr(old, attr), getattr(new, attr)
        removed, changed, added, moved = _diff(old_items, new_items, key)
        if not (removed or changed or added or moved):
            continue
        old_by_key = {key(x): x for x in old_items} if removed or changed else {}
        if attr == "bodies" and added:
            order = {id(b): n for n, b in enumerate(_parents_first([b for _, b in added]))}
            added.sort(key=lambda pair: order[id(pair[1])])
        w.insert(table, [row(item, i) for i, item in added], [key(item) for _, item in added])
        for i, item in changed:
            w.update(table, cols, key(item), row(item, i))
        for i, k in moved:
            w.move(table, cols, k, i)
        if attr == "bodies" and removed:
            gone = [old_by_key[k] for k in removed]
            removed = [b.id for b in reversed(list(_parents_first(gone)))]
        removals.append((table, cols, removed))
        w.changes += [RecordChange(table.name, k, old_by_key[k], None) for k in removed]
        w.changes += [RecordChange(table.name, key(x), old_by_key[key(x)], x) for _, x in changed]
        w.changes += [RecordChange(table.name, key(x), None, x) for _, x in added]
        touched += len(removed) + len(changed) + len(added) + len(moved)

    touched += _save_decisions(w, old.decisions, new.decisions)
    for table, cols, keys in reversed(removals):
        for k in keys:
            w.delete(table, cols, k)
    w.raise_conflicts()
    return touched, w.changes, w.new_versions


def _symbol(decision: Decision) -> str:
    return decision.symbol


def _save_decisions(w: _Writer, old: Sequence[Decision], new: Sequence[Decision]) -> int:
    """Write the decisions that differ, each rewritten whole with its mandates; the rows
    touched."""
    removed, changed, added, moved = _diff(old, new, _symbol)
    old_decisions = {d.symbol: d for d in old} if removed or changed else {}
    gone = removed + [d.symbol for _, d in changed]
    if w.versions is None:
        for chunk in range(0, len(gone), 500):
            part = gone[chunk : chunk + 500]
            deleted = w.conn.execute(delete(DECISIONS).where(DECISIONS.c.symbol.in_(part)))
            if deleted.rowcount != len(part):
                raise PlanChangedError("decisions", _key_text(part))
        _insert_decisions(w.conn, changed + added)
    else:
        w.delete_many(DECISIONS, "symbol", gone)
        w.raise_conflicts()
        for _, d in changed:
            w._bumped(DECISIONS, d.symbol)
        fresh = []
        for i, d in added:
            if _insert_new(w.conn, DECISIONS, dict(mapping.decision_row(d, i), version=1)):
                fresh.append((i, d))
            else:
                w.conflicts.append(("decisions", d.symbol))
            w.new_versions[("decisions", d.symbol)] = 1
        w.raise_conflicts()
        _insert_decisions(w.conn, changed, w.new_versions)
        _insert_mandates(w.conn, fresh)
    for i, sym in moved:
        w.move(DECISIONS, ("symbol",), sym, i)
    w.changes += [RecordChange("decisions", s, old_decisions[s], None) for s in removed]
    w.changes += [
        RecordChange("decisions", d.symbol, old_decisions[d.symbol], d) for _, d in changed
    ]
    w.changes += [RecordChange("decisions", d.symbol, None, d) for _, d in added]
    return len(gone) + len(added) + len(moved)
