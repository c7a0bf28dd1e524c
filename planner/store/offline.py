"""Offline copies of a team plan, and bringing their changes back.

Taking a copy writes an ordinary plan file that remembers its origin (the plan, the copy's
id) and the version of every record as taken; the server notes the copy. Edits made in the
copy are kept as operations (`offline_ops`: the record, its version as taken, before and
after). Bringing the copy back applies them to the team plan in one transaction: a record
nobody else touched meanwhile simply takes the copy's value; where someone did, the
officer sees both versions and chooses. Nothing is lost: the version not kept stays in the
audit. The server marks the copy as returned in the same transaction, so a copy (or a copy
of the copy file) comes back only once.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text

from planner.domain.bounds import PlanNotComputable, check_plan
from planner.domain.calendar import Calendar
from planner.domain.model import Plan
from planner.store.errors import PlanError, PlanFileError, PlanFormatError, PlanReadOnlyError
from planner.store.problem_text import problem_detail
from planner.store.records import (
    BY_TABLE,
    INFO_FIELDS,
    READER_METHOD,
    RecordChange,
    RecordIndex,
    describe,
    key_from_text,
    record_json,
)

ORIGIN = "offline_origin"  # plan_info keys of an offline copy
COPY_ID = "offline_copy"
TAKEN_AT = "offline_taken_at"
RETURNED = "offline_returned"


@dataclass(frozen=True, slots=True)
class OfflineConflict:
    """A record changed both offline and on the server since the copy was taken."""

    table: str
    key: Hashable
    mine: Any  # the copy's value (None: removed offline)
    theirs: Any  # the team plan's value now (None: removed there)
    theirs_by: str
    theirs_at: datetime | None

    @property
    def what(self) -> str:
        return describe(self.table, self.key)

    def mine_json(self) -> str:
        return _pretty(self.table, self.mine)

    def theirs_json(self) -> str:
        return _pretty(self.table, self.theirs)


@dataclass(frozen=True, slots=True)
class BroughtBack:
    applied: int
    conflicts: tuple[OfflineConflict, ...]
    kept_mine: int


def _pretty(table: str, item: Any) -> str:
    found = record_json(table, item)
    if found is None:
        return "(removed)"
    return json.dumps(json.loads(found), ensure_ascii=False, indent=1)


def take_offline_copy(store: Any, dest: Path) -> str:
    """Write an offline copy of the open team plan `store` (a TeamStore) at `dest` (a new
    plan file); returns the copy's id."""
    from planner.store.database import create_plan_file

    if store.read_only:
        raise PlanReadOnlyError(
            f"{store.address}: an offline copy is for editing, and {store.read_only_reason}",
            store.read_only_reason,
        )
    copy_id = uuid.uuid4().hex
    with store.server_errors("noting the offline copy"), store.engine.begin() as conn:
        conn.execute(text("INSERT INTO offline_copies (id) VALUES (:id)"), {"id": copy_id})
        taken_at = conn.execute(text("SELECT now()")).scalar_one()
    extra = {ORIGIN: str(store.address), COPY_ID: copy_id, TAKEN_AT: taken_at.isoformat()}
    create_plan_file(dest, store.plan, versions=store.versions(), extra_info=extra)
    return copy_id


@dataclass(frozen=True, slots=True)
class _Copy:
    origin: str
    copy_id: str
    returned: str
    taken_at: str
    plan: Plan
    ops: list[tuple[str, Hashable, int | None]]  # (table, key, version as taken), first op each


def _read_copy(path: Path) -> _Copy:
    from planner.store.database import read_plan_file

    plan = read_plan_file(path)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            info = dict(conn.execute("SELECT key, value FROM plan_info"))
            rows = conn.execute(
                "SELECT kind, key, base_version FROM offline_ops ORDER BY seq"
            ).fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise PlanFileError(f"{path}: cannot read its offline changes ({exc})") from None
    if COPY_ID not in info:
        raise PlanFileError(f"{path}: not an offline copy of a team plan")
    first: dict[tuple[str, Hashable], int | None] = {}
    for kind, key, base in rows:
        first.setdefault((kind, key_from_text(kind, key)), base)
    ops = [(t, k, v) for (t, k), v in first.items()]
    return _Copy(
        info[ORIGIN], info[COPY_ID], info.get(RETURNED, ""), info.get(TAKEN_AT, ""), plan, ops
    )


def copy_origin(path: Path) -> str:
    """The address of the team plan the copy at `path` was taken of (PlanFileError when
    the file is not an offline copy)."""
    return _read_copy(path).origin


def pending_operations(path: Path) -> int:
    """How many records the copy at `path` changed offline."""
    return len(_read_copy(path).ops)


def bring_back(
    store: Any,
    path: Path,
    choose: Callable[[Sequence[OfflineConflict]], set[tuple[str, Hashable]]],
) -> BroughtBack:
    """Apply the offline copy at `path` to the open team plan `store`, in one transaction.

    `choose` is shown the conflicts (records changed on both sides) and returns those
    where the copy's version wins; for the others the team's version stays, and the
    copy's is written to the audit as not applied. Refused (nothing written) when the copy
    is of another plan, was already brought back, or its changes no longer fit the plan."""
    copy = _read_copy(path)
    if copy.returned:
        raise PlanError(f"{path}: its changes were already brought back ({copy.returned})")
    if store.read_only:
        raise PlanReadOnlyError(
            f"{store.address}: {store.read_only_reason}", store.read_only_reason
        )
    store.refresh()
    with store.server_errors("reading the offline copy's record"), store.engine.connect() as c:
        row = c.execute(
            text("SELECT returned_at, returned_by FROM offline_copies WHERE id = :id"),
            {"id": copy.copy_id},
        ).first()
    if row is None:
        raise PlanFileError(f"{path}: an offline copy of {copy.origin}, not of {store.address}")
    if row[0] is not None:
        raise PlanError(
            f"{path}: its changes were already brought back by {row[1]} at {row[0]:%Y-%m-%d %H:%M}"
        )
    team: Plan = store.plan
    conflicts = []
    clean = []
    copy_records, team_records = RecordIndex(copy.plan), RecordIndex(team)
    for table, key, base in copy.ops:
        now = store.version_of(table, key)
        mine = copy_records.get(table, key)
        theirs = team_records.get(table, key)
        if now == base or mine == theirs:
            clean.append((table, key, mine))
            continue
        who, at = store.last_change(table, key)
        conflicts.append(OfflineConflict(table, key, mine, theirs, who, at))
    wins = choose(conflicts) if conflicts else set()
    kept_mine = [c for c in conflicts if (c.table, c.key) in wins]
    discarded = tuple(
        RecordChange(c.table, c.key, c.theirs, c.mine)
        for c in conflicts
        if (c.table, c.key) not in wins
    )
    applied = clean + [(c.table, c.key, c.mine) for c in kept_mine]
    merged = _merged(team, applied)
    _check(merged, applied, path)

    def mark_returned(conn: Connection) -> None:
        done = conn.execute(
            text(
                "UPDATE offline_copies SET returned_at = now(), returned_by = current_user"
                " WHERE id = :id AND returned_at IS NULL"
            ),
            {"id": copy.copy_id},
        ).rowcount
        if done != 1:
            raise PlanError(f"{path}: its changes were already brought back")

    description = f"Brought back the offline copy taken at {copy.taken_at[:16]} ({path.name})"
    store.save(merged, description, discarded=discarded, also=mark_returned)
    _mark_copy(path)
    return BroughtBack(len(applied), tuple(conflicts), len(kept_mine))


def _merged(team: Plan, applied: Sequence[tuple[str, Hashable, Any]]) -> Plan:
    """The team plan with the copy's values of `applied` records (added ones at the end)."""
    by_table: dict[str, dict[Hashable, Any]] = {}
    for table, key, value in applied:
        by_table.setdefault(table, {})[key] = value
    changes: dict[str, Any] = {}
    info = by_table.pop("plan_info", {})
    for field in INFO_FIELDS:
        if field in info:
            value = info[field]
            if field == "horizon_years":
                changes[field] = int(value) if value is not None else team.horizon_years
            else:
                changes[field] = value or ""
    for table, values in by_table.items():
        kind = BY_TABLE[table]
        items = getattr(team, kind.attr)
        out = []
        seen = set()
        for item in items:
            k = kind.key(item)
            if k in values:
                seen.add(k)
                if values[k] is not None:
                    out.append(values[k])
            else:
                out.append(item)
        out += [v for k, v in values.items() if k not in seen and v is not None]
        changes[kind.attr] = tuple(out)
    return replace(team, **changes)


def _check(merged: Plan, applied: Sequence[tuple[str, Hashable, Any]], path: Path) -> None:
    """The merged plan must pass the rules of import: each record the copy brings is read
    again against it (all decisions when calendar records changed)."""
    from planner.store import interchange

    reader = interchange.RecordReader(merged, Calendar(merged))
    reader.allow_reports({r.id for r in merged.reports})
    tables = {t for t, _, _ in applied}
    calendar_moved = bool(
        tables & {"sessions", "session_series", "bodies", "events", "event_series", "reports"}
    )
    checks: list[tuple[str, Any]] = [(t, v) for t, _, v in applied if v is not None]
    if calendar_moved:
        checks += [("decisions", d) for d in merged.decisions]
    try:
        for table, value in checks:
            if table != "plan_info":
                getattr(reader, READER_METHOD[table])(
                    json.loads(record_json(table, value) or "null")
                )
        interchange.check_merge_cycles(
            [(f"decisions[{i}]", d) for i, d in enumerate(merged.decisions)]
        )
        check_plan(merged)
    except PlanFormatError as exc:
        raise PlanFormatError(
            "",
            f"{path}: the offline changes no longer fit the team plan ({exc}); nothing was"
            " brought back",
        ) from None
    except PlanNotComputable as exc:
        raise PlanFormatError(
            "",
            f"{path}: the offline changes no longer fit the team plan"
            f" ({problem_detail(exc.problems[0])}); nothing was brought back",
        ) from None


def _mark_copy(path: Path) -> None:
    """Note in the copy that it came back (the server's note is what counts)."""
    try:
        conn = sqlite3.connect(path)
        try:
            with conn:
                conn.execute("DELETE FROM plan_info WHERE key = ?", (RETURNED,))
                conn.execute(
                    "INSERT INTO plan_info (key, value) VALUES (?, ?)",
                    (RETURNED, datetime.now().astimezone().isoformat(timespec="seconds")),
                )
        finally:
            conn.close()
    except sqlite3.Error:
        pass
