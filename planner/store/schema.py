"""The plan file's tables (SQLAlchemy 2 typed declarative).

Natural ids are primary keys where the plan format promises stable ids
(bodies, series, sessions, events, reports). Decisions get a surrogate key so a
symbol can be corrected without rewriting its mandates. Rule references to
sessions are plain text, because a rule may name a *projected* session that
has no row. `position` keeps the order of the interchange file, so export →
import → export is identical.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _version() -> Mapped[int]:
    """Each record's version (schema 0005): raised by every write of the record, so a
    writer that read an older version is refused instead of overwriting (team plans)."""
    return mapped_column(Integer, default=1, server_default="1")


class PlanInfo(Base):
    """Key/value facts about the plan itself (title, application id)."""

    __tablename__ = "plan_info"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = _version()


class BodyRow(Base):
    __tablename__ = "bodies"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    parent: Mapped[str | None] = mapped_column(ForeignKey("bodies.id", ondelete="RESTRICT"))
    submission_weeks: Mapped[int] = mapped_column(Integer, default=10)
    issuance_weeks: Mapped[int] = mapped_column(Integer, default=6)
    version: Mapped[int] = _version()
    __table_args__ = (
        CheckConstraint("submission_weeks >= 0 AND issuance_weeks >= 0", name="lead_times"),
    )


class SessionSeriesRow(Base):
    __tablename__ = "session_series"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(ForeignKey("bodies.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(Text)
    rrule: Mapped[str] = mapped_column(Text)
    duration_days: Mapped[int] = mapped_column(Integer)
    start: Mapped[date] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)
    ends_before_next: Mapped[bool] = mapped_column(default=False)
    number_offset: Mapped[int] = mapped_column(Integer, default=0)
    location: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="", server_default="")
    version: Mapped[int] = _version()
    __table_args__ = (CheckConstraint("duration_days >= 1", name="duration"),)


class SessionRow(Base):
    __tablename__ = "sessions"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(ForeignKey("bodies.id", ondelete="RESTRICT"), index=True)
    series: Mapped[str | None] = mapped_column(ForeignKey("session_series.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(Text)
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date] = mapped_column(Date)
    location: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String, default="confirmed")
    format: Mapped[str] = mapped_column(String, default="", server_default="")
    source: Mapped[str] = mapped_column(Text, default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    version: Mapped[int] = _version()
    __table_args__ = (
        CheckConstraint('"end" >= start', name="span"),
        CheckConstraint("status IN ('confirmed', 'projected')", name="status"),
    )


class EventSeriesRow(Base):
    __tablename__ = "event_series"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    rrule: Mapped[str] = mapped_column(Text)
    duration_days: Mapped[int] = mapped_column(Integer)
    start: Mapped[date] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)
    tentative: Mapped[bool] = mapped_column(default=False)
    number_offset: Mapped[int] = mapped_column(Integer, default=0)
    location: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="", server_default="")
    version: Mapped[int] = _version()
    __table_args__ = (CheckConstraint("duration_days >= 1", name="duration"),)


class EventRow(Base):
    __tablename__ = "events"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date] = mapped_column(Date)
    location: Mapped[str] = mapped_column(Text, default="")
    series: Mapped[str | None] = mapped_column(ForeignKey("event_series.id", ondelete="SET NULL"))
    tentative: Mapped[bool] = mapped_column(default=False)
    source: Mapped[str] = mapped_column(Text, default="", server_default="")
    version: Mapped[int] = _version()
    __table_args__ = (CheckConstraint('"end" >= start', name="span"),)


class ReportRow(Base):
    __tablename__ = "reports"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    agenda_item: Mapped[str] = mapped_column(Text, default="")
    word_limit: Mapped[int] = mapped_column(Integer, default=8500)
    short_title: Mapped[str] = mapped_column(Text, default="", server_default="")
    version: Mapped[int] = _version()
    __table_args__ = (CheckConstraint("word_limit >= 1", name="word_limit"),)


class DecisionRow(Base):
    __tablename__ = "decisions"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    symbol: Mapped[str] = mapped_column(String, unique=True)
    position: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(ForeignKey("bodies.id", ondelete="RESTRICT"))
    adopted: Mapped[date] = mapped_column(Date)
    effective: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String, default="adopted")
    title: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # `effective` may precede `adopted` (SPEC §4); schema 0003 dropped the check against it
    version: Mapped[int] = _version()
    __table_args__ = (
        CheckConstraint("status IN ('adopted', 'draft', 'withdrawn')", name="status"),
    )


class MandateRow(Base):
    __tablename__ = "mandates"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    decision: Mapped[int] = mapped_column(
        ForeignKey("decisions.pk", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    report: Mapped[str] = mapped_column(ForeignKey("reports.id", ondelete="RESTRICT"), index=True)
    effect: Mapped[str] = mapped_column(String)
    rule_type: Mapped[str | None] = mapped_column(String)
    rule_body: Mapped[str | None] = mapped_column(ForeignKey("bodies.id", ondelete="RESTRICT"))
    rule_session: Mapped[str | None] = mapped_column(String)
    rule_event: Mapped[str | None] = mapped_column(String)
    rule_series: Mapped[str | None] = mapped_column(String)
    prep_weeks: Mapped[int | None] = mapped_column(Integer)
    every_years: Mapped[int | None] = mapped_column(Integer)
    first_year: Mapped[int | None] = mapped_column(Integer)
    first_session: Mapped[str | None] = mapped_column(String)
    until_year: Mapped[int | None] = mapped_column(Integer)
    from_date: Mapped[date | None] = mapped_column(Date)
    until_date: Mapped[date | None] = mapped_column(Date)
    from_session: Mapped[str | None] = mapped_column(String)
    to_session: Mapped[str | None] = mapped_column(String)
    into: Mapped[str | None] = mapped_column(ForeignKey("reports.id", ondelete="RESTRICT"))
    __table_args__ = (
        UniqueConstraint("decision", "position", name="uq_mandates_decision_position"),
        CheckConstraint(
            "effect IN ('add', 'replace', 'terminate', 'defer', 'merge')", name="effect"
        ),
        CheckConstraint(
            "rule_type IS NULL OR rule_type IN "
            "('at_session', 'next_session', 'after_event', 'periodic', 'with_series')",
            name="rule_type",
        ),
        CheckConstraint("effect NOT IN ('add', 'replace') OR rule_type IS NOT NULL", name="rule"),
    )


class TrackingRow(Base):
    __tablename__ = "tracking"
    report: Mapped[str] = mapped_column(
        ForeignKey("reports.id", ondelete="RESTRICT"), primary_key=True
    )
    session: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String, default="planned")
    document_symbol: Mapped[str] = mapped_column(Text, default="")
    officer: Mapped[str] = mapped_column(Text, default="")
    word_estimate: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = _version()
    __table_args__ = (
        CheckConstraint(
            "status IN ('planned', 'forecast', 'submitted', 'issued', 'considered')",
            name="status",
        ),
        CheckConstraint("word_estimate IS NULL OR word_estimate >= 0", name="words"),
    )


class SettingRow(Base):
    """Per-plan view settings (drafts shown, as-of date, visible range). Added in schema 2."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AuditRow(Base):
    """One edit of a team plan (schema 0005): who (the database user), when, what.

    On PostgreSQL `who` and `at` come from the server (column defaults an editor may not
    override), so the audit says who the database knows, not what a client claims."""

    __tablename__ = "audit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    who: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    # schema 0007: the server's transaction (one edit, one row) and whether the database
    # itself made the row, for changes written outside the planner (hand-written SQL)
    xact: Mapped[int | None] = mapped_column(BigInteger)
    by_hand: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    __table_args__ = (Index("uq_audit_xact", "xact", unique=True),)


class AuditRecordRow(Base):
    """A record one edit touched: its state before and after (interchange JSON, null when
    absent). `note` marks a version that lost a conflict and was not applied."""

    __tablename__ = "audit_records"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    audit: Mapped[int] = mapped_column(ForeignKey("audit.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String)
    key: Mapped[str] = mapped_column(Text)
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (Index("ix_audit_records_kind_key", "kind", "key"),)


class AuditTableRow(Base):
    """A row of a plan content table as the database saw it change (schema 0007): written
    by the server's triggers for every insert, update and delete, whoever made it (the
    planner or a hand-written SQL session), under the audit row of its transaction. Its
    state before and after is the row as JSON (null when absent); no role but the plan's
    owner may change these rows."""

    __tablename__ = "audit_rows"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    audit: Mapped[int] = mapped_column(ForeignKey("audit.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String)
    key: Mapped[str] = mapped_column(Text)
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (Index("ix_audit_rows_kind_key", "kind", "key"),)


class OfflineCopyRow(Base):
    """An offline copy taken of a team plan; `returned_at` is set when its changes came
    back, so a copy can be brought back only once."""

    __tablename__ = "offline_copies"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    taken_by: Mapped[str] = mapped_column(Text)
    taken_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    returned_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    returned_by: Mapped[str | None] = mapped_column(Text)


class OfflineOpRow(Base):
    """An edit made in an offline copy, kept as an operation on one record: the version the
    record had when the copy was taken, and the record before and after (JSON)."""

    __tablename__ = "offline_ops"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String)
    key: Mapped[str] = mapped_column(Text)
    base_version: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
