"""Who changed what in a team plan: one audit row per edit, written in the edit's own
transaction, with every record it touched before and after (interchange JSON)."""

from __future__ import annotations

import json
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import Connection, Table, select, text

from planner.store.records import RecordChange, describe, key_from_text, key_text, record_json
from planner.store.schema import AuditRecordRow, AuditRow

AUDIT = cast(Table, AuditRow.__table__)
AUDIT_RECORDS = cast(Table, AuditRecordRow.__table__)
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


def write_audit(
    conn: Connection,
    description: str,
    changes: Sequence[RecordChange],
    discarded: Sequence[RecordChange] = (),
    *,
    channel: str,
    announcement: str,
) -> int:
    """The audit row of one edit (who and when filled by the server) and its records, and
    the NOTIFY on `channel` that announces it (`{"by": announcement, "audit": id}`), in one
    round trip. `discarded` are versions that lost a conflict: kept here, not applied."""
    records = [(c, "") for c in changes] + [(c, NOT_APPLIED) for c in discarded]
    audit_id: int = conn.execute(
        text(
            "WITH a AS (INSERT INTO audit (description) VALUES (:description) RETURNING id),"
            " r AS (INSERT INTO audit_records (audit, kind, key, before, after, note)"
            " SELECT a.id, u.* FROM a, unnest(CAST(:kinds AS text[]), CAST(:keys AS text[]),"
            " CAST(:befores AS text[]), CAST(:afters AS text[]), CAST(:notes AS text[])) AS u)"
            " SELECT a.id, pg_notify(:channel, json_build_object("
            "'by', CAST(:by AS text), 'audit', a.id)::text) FROM a"
        ),
        {
            "description": description,
            "kinds": [c.table for c, _ in records],
            "keys": [key_text(c.key) for c, _ in records],
            "befores": [record_json(c.table, c.before) for c, _ in records],
            "afters": [record_json(c.table, c.after) for c, _ in records],
            "notes": [note for _, note in records],
            "channel": channel,
            "by": announcement,
        },
    ).scalar_one()
    return audit_id


def last_change(conn: Connection, table: str, key: Hashable) -> tuple[str, datetime] | None:
    """Who last changed a record and when (None if no audited edit did)."""
    row = conn.execute(
        select(AUDIT.c.who, AUDIT.c.at)
        .join(AUDIT_RECORDS, AUDIT_RECORDS.c.audit == AUDIT.c.id)
        .where(AUDIT_RECORDS.c.kind == table, AUDIT_RECORDS.c.key == key_text(key))
        .where(AUDIT_RECORDS.c.note == "")
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
    query = select(AUDIT.c.id, AUDIT.c.at, AUDIT.c.who, AUDIT.c.description)
    if who is not None:
        query = query.where(AUDIT.c.who == who)
    if table is not None and key is not None:
        touched = select(AUDIT_RECORDS.c.audit).where(
            AUDIT_RECORDS.c.kind == table, AUDIT_RECORDS.c.key == key_text(key)
        )
        query = query.where(AUDIT.c.id.in_(touched))
    heads = conn.execute(query.order_by(AUDIT.c.id.desc()).limit(limit)).all()
    if not heads:
        return []
    records: dict[int, list[AuditRecord]] = {}
    found = conn.execute(
        select(
            AUDIT_RECORDS.c.audit,
            AUDIT_RECORDS.c.kind,
            AUDIT_RECORDS.c.key,
            AUDIT_RECORDS.c.before,
            AUDIT_RECORDS.c.after,
            AUDIT_RECORDS.c.note,
        )
        .where(AUDIT_RECORDS.c.audit.in_([h[0] for h in heads]))
        .order_by(AUDIT_RECORDS.c.id)
    )
    for audit_id, kind, k, before, after, note in found:
        records.setdefault(audit_id, []).append(
            AuditRecord(kind, key_from_text(kind, k), before, after, note)
        )
    return [AuditEntry(i, at, w, d, tuple(records.get(i, ()))) for i, at, w, d in heads]


def json_value(text: str | None) -> object:
    return None if text is None else json.loads(text)
