"""Who changed what in a team plan: one audit row per edit, written in the edit's own
transaction, with every record it touched before and after (interchange JSON)."""

from __future__ import annotations

import json
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import Connection, Select, Table, select, text, union_all

from planner.store.records import RecordChange, describe, key_from_text, key_text, record_json
from planner.store.schema import AuditRecordRow, AuditRow, AuditTableRow

AUDIT = cast(Table, AuditRow.__table__)
AUDIT_RECORDS = cast(Table, AuditRecordRow.__table__)
AUDIT_ROWS = cast(Table, AuditTableRow.__table__)
NOT_APPLIED = "not applied: lost a conflict"


@dataclass(frozen=True, slots=True)
class AuditRecord:
    table: str
    key: Hashable
    before: str | None
    after: str | None
    note: str = ""

    @property
    def what(self) -> str:
        return describe(self.table, self.key)


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One edit as the History panel lists it."""

    id: int
    at: datetime
    who: str
    description: str
    records: tuple[AuditRecord, ...]
    # made outside the planner (a hand-written SQL session): the records are the rows the
    # database saw change, as JSON of their columns, not interchange records
    by_hand: bool = False


def begin_audit(conn: Connection, description: str) -> int:
    """The audit row of the edit under way (who, when and its transaction filled by the
    server), written before its records so the database's own record of each row the
    edit writes (`audit_rows`, by trigger) joins this entry."""
    audit_id = conn.execute(
        text("INSERT INTO audit (description) VALUES (:description) RETURNING id"),
        {"description": description},
    ).scalar_one()
    assert isinstance(audit_id, int)  # audit.id is an integer key
    return audit_id


def write_audit(
    conn: Connection,
    audit_id: int,
    changes: Sequence[RecordChange],
    discarded: Sequence[RecordChange] = (),
    *,
    channel: str,
    announcement: str,
) -> None:
    """The records of the edit `audit_id` (`begin_audit`), and the NOTIFY on `channel`
    that announces it (`{"by": announcement, "audit": id}`), in one round trip.
    `discarded` are versions that lost a conflict: kept here, not applied."""
    records = [(c, "") for c in changes] + [(c, NOT_APPLIED) for c in discarded]
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None  # a Connection in use always holds its DBAPI connection
    # the arrays go in binary (%b): in text, psycopg escapes each quote of each JSON value
    # in Python (ten megabytes of notes took 6 s; in binary, 10 ms)
    dbapi.cursor().execute(
        "WITH r AS (INSERT INTO audit_records (audit, kind, key, before, after, note)"
        " SELECT %(audit)s::integer, u.* FROM unnest(%(kinds)b::text[], %(keys)b::text[],"
        " %(befores)b::text[], %(afters)b::text[], %(notes)b::text[]) AS u)"
        " SELECT pg_notify(%(channel)s, json_build_object("
        "'by', %(by)s::text, 'audit', %(audit)s::integer)::text)",
        {
            "audit": audit_id,
            "kinds": [c.table for c, _ in records],
            "keys": [key_text(c.key) for c, _ in records],
            "befores": [record_json(c.table, c.before) for c, _ in records],
            "afters": [record_json(c.table, c.after) for c, _ in records],
            "notes": [note for _, note in records],
            "channel": channel,
            "by": announcement,
        },
    )


def _touching(table: str, key: Hashable) -> Select[tuple[int]]:
    """The audit rows of the edits that wrote a record: as the planner recorded it (kept
    versions only) or as the database saw its row change."""
    k = key_text(key)
    by_app = select(AUDIT_RECORDS.c.audit).where(
        AUDIT_RECORDS.c.kind == table, AUDIT_RECORDS.c.key == k, AUDIT_RECORDS.c.note == ""
    )
    by_row = select(AUDIT_ROWS.c.audit).where(AUDIT_ROWS.c.kind == table, AUDIT_ROWS.c.key == k)
    touched = union_all(by_app, by_row).subquery()
    return select(touched.c.audit)


def last_change(conn: Connection, table: str, key: Hashable) -> tuple[str, datetime] | None:
    """Who last changed a record and when (None if no audited edit did)."""
    row = conn.execute(
        select(AUDIT.c.who, AUDIT.c.at)
        .where(AUDIT.c.id.in_(_touching(table, key)))
        .order_by(AUDIT.c.id.desc())
        .limit(1)
    ).first()
    return (row[0], row[1]) if row else None


def history(
    conn: Connection,
    *,
    who: str | None = None,
    table: str | None = None,
    key: Hashable | None = None,
    limit: int = 200,
) -> list[AuditEntry]:
    """The latest edits, newest first: of the whole plan, of one user, or of one record."""
    query = select(AUDIT.c.id, AUDIT.c.at, AUDIT.c.who, AUDIT.c.description, AUDIT.c.by_hand)
    if who is not None:
        query = query.where(AUDIT.c.who == who)
    if table is not None and key is not None:
        query = query.where(AUDIT.c.id.in_(_touching(table, key)))
    heads = conn.execute(query.order_by(AUDIT.c.id.desc()).limit(limit)).all()
    if not heads:
        return []
    records: dict[int, list[AuditRecord]] = {}
    planner_edits = [h[0] for h in heads if not h[4]]
    if planner_edits:
        found = conn.execute(
            select(
                AUDIT_RECORDS.c.audit,
                AUDIT_RECORDS.c.kind,
                AUDIT_RECORDS.c.key,
                AUDIT_RECORDS.c.before,
                AUDIT_RECORDS.c.after,
                AUDIT_RECORDS.c.note,
            )
            .where(AUDIT_RECORDS.c.audit.in_(planner_edits))
            .order_by(AUDIT_RECORDS.c.id)
        )
        for audit_id, kind, k, before, after, note in found:
            records.setdefault(audit_id, []).append(
                AuditRecord(kind, key_from_text(kind, k), before, after, note)
            )
    by_hand = [h[0] for h in heads if h[4]]
    if by_hand:
        rows = conn.execute(
            select(
                AUDIT_ROWS.c.audit,
                AUDIT_ROWS.c.kind,
                AUDIT_ROWS.c.key,
                AUDIT_ROWS.c.before,
                AUDIT_ROWS.c.after,
            )
            .where(AUDIT_ROWS.c.audit.in_(by_hand))
            .order_by(AUDIT_ROWS.c.id)
        )
        for audit_id, kind, k, before, after in rows:
            records.setdefault(audit_id, []).append(
                AuditRecord(kind, key_from_text(kind, k), before, after)
            )
    return [
        AuditEntry(i, at, w, d, tuple(records.get(i, ())), bool(hand))
        for i, at, w, d, hand in heads
    ]


def json_value(text: str | None) -> object:
    return None if text is None else json.loads(text)
