"""What a window does with a team plan, beyond editing: others' edits coming in, the
history, undoing an edit of the history, offline copies.

Every function takes the open `Workspace`; edits go through `Workspace.apply` (one
transaction, versions checked, audited)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from planner.app.audit_diff import RecordDiff, entry_diff
from planner.app.workspace import Change, Workspace
from planner.domain.calendar import Calendar
from planner.domain.model import Plan
from planner.store.audit import AuditEntry
from planner.store.errors import PlanError, PlanFormatError
from planner.store.interchange import RecordReader
from planner.store.offline import BroughtBack, OfflineConflict, bring_back, take_offline_copy
from planner.store.records import BY_TABLE, INFO_FIELDS, READER_METHOD
from planner.store.team import TeamStore


def team_store(ws: Workspace) -> TeamStore | None:
    return ws.store if isinstance(ws.store, TeamStore) else None


def poll_others(ws: Workspace, *, check: bool = True) -> Change | None:
    """Others' edits, if any were announced (never waits). PlanConnectionError while the
    server cannot be reached; the next poll after it is back reads what was missed.
    `check=False` when the listening socket was found readable (no round trip)."""
    store = team_store(ws)
    if store is None or not store.poll(check=check):
        return None
    return ws.take_in_others()


def listening_socket(ws: Workspace) -> int | None:
    """The socket others' announcements arrive on (None while the server is lost)."""
    store = team_store(ws)
    return None if store is None else store.listening_socket()


def edit_diff(ws: Workspace, entry: AuditEntry) -> list[RecordDiff]:
    """What an edit of the history changed, field by field (see `audit_diff`)."""
    return entry_diff(ws.plan, entry)


def history(
    ws: Workspace, *, who: str | None = None, table: str | None = None, key: Any = None
) -> list[AuditEntry]:
    store = team_store(ws)
    return [] if store is None else store.history(who=who, table=table, key=key)


def undo_entry(ws: Workspace, entry: AuditEntry) -> Change:
    """Undo an edit from the history (anyone's): its records go back to their state
    before it, as a new edit of one's own (audited, refused if they changed since)."""
    if entry.by_hand:  # rows as the database saw them, not records the planner can put back
        raise PlanError(
            f"cannot undo: {entry.who}'s edit was made outside the planner (by SQL);"
            " undo it the same way"
        )
    plan = ws.plan
    reader = RecordReader(plan, Calendar(plan))
    reader.allow_reports({r.id for r in plan.reports})
    for r in entry.records:
        if r.note:  # a version that was never applied
            continue
        plan = _put(plan, reader, r.table, r.key, r.before)
    return ws.apply(plan, f"Undo {entry.who}'s edit: {entry.description or entry.id}")


def _put(plan: Plan, reader: RecordReader, table: str, key: Any, data: str | None) -> Plan:
    from dataclasses import replace

    if table == "plan_info":
        if str(key) not in INFO_FIELDS:
            return plan
        value = json.loads(data) if data is not None else None
        if key == "horizon_years":
            return replace(plan, horizon_years=int(value or plan.horizon_years))
        if key == "title":
            return replace(plan, title=value or "")
        return replace(plan, calendar_as_of=value or "")
    kind = BY_TABLE[table]
    items = list(getattr(plan, kind.attr))
    at = next((i for i, x in enumerate(items) if kind.key(x) == key), None)
    if data is None:
        if at is not None:
            del items[at]
    else:
        try:
            value = getattr(reader, READER_METHOD[table])(json.loads(data))
        except PlanFormatError as exc:
            raise PlanError(f"cannot undo: {exc}") from None
        if at is None:
            items.append(value)
        else:
            items[at] = value
    records: dict[str, Any] = {kind.attr: tuple(items)}  # the one field of this kind
    return replace(plan, **records)


def take_copy(ws: Workspace, dest: Path) -> None:
    store = team_store(ws)
    if store is None:
        raise PlanError("only a team plan can be taken offline")
    take_offline_copy(store, dest)


def bring_changes_back(
    ws: Workspace,
    copy: Path,
    choose: Callable[[Sequence[OfflineConflict]], set[tuple[str, Any]]],
) -> BroughtBack:
    """Apply an offline copy's changes; the window then shows the result."""
    store = team_store(ws)
    if store is None:
        raise PlanError("open the team plan the copy was taken of first")
    try:
        return bring_back(store, copy, choose)
    finally:
        ws.follow_store("Offline changes brought back")
