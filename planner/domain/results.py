"""What a recalculation produces: requirements, displaced occurrences, diagnostics."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from planner.domain.diagnostics import Diagnostic
from planner.domain.model import Tracking, TrackingStatus


@dataclass(frozen=True, slots=True)
class RecalcOptions:
    """`as_of`: ignore decisions adopted after it. `today`: reference for overdue."""

    as_of: date | None = None
    with_drafts: bool = False
    today: date | None = None

    @property
    def reference(self) -> date:
        return self.as_of or self.today or date.today()


class Requirement(NamedTuple):
    """Report `report` due at session `session` (a tuple: tens of thousands are built per run)."""

    report: str
    title: str
    session: str
    session_name: str
    body: str
    session_start: date
    session_end: date
    session_status: str
    submission_due: date
    issuance_due: date
    mandated_by: tuple[str, ...]
    created_by: str
    tracking: Tracking | None = None
    overdue: bool = False
    cannot_be_met: bool = False
    short_title: str = ""  # the report line's label

    @property
    def key(self) -> tuple[str, str]:
        return (self.report, self.session)

    @property
    def status(self) -> TrackingStatus:
        return self.tracking.status if self.tracking else TrackingStatus.PLANNED

    @property
    def sort_key(self) -> tuple[date, str, str, str]:
        return (self.session_start, self.body, self.report, self.session)

    def to_json(self) -> dict[str, object]:
        t = self.tracking
        return {
            "report": self.report,
            "title": self.title,
            "short_title": self.short_title,
            "body": self.body,
            "session": self.session,
            "session_name": self.session_name,
            "session_start": self.session_start.isoformat(),
            "session_end": self.session_end.isoformat(),
            "session_status": self.session_status,
            "submission_due": self.submission_due.isoformat(),
            "issuance_due": self.issuance_due.isoformat(),
            "mandated_by": list(self.mandated_by),
            "status": str(self.status),
            "overdue": self.overdue,
            "cannot_be_met": self.cannot_be_met,
            "document_symbol": t.document_symbol if t else "",
            "officer": t.officer if t else "",
            "word_estimate": t.word_estimate if t else None,
        }


class Displacement(StrEnum):
    REPLACED = "replaced"
    TERMINATED = "terminated"
    DEFERRED = "deferred"
    MERGED = "merged"


class Displaced(NamedTuple):
    """An occurrence a decision took away or moved; kept so the app can say why."""

    report: str
    session: str
    kind: Displacement
    by: str
    mandated_by: tuple[str, ...]
    to_report: str | None = None
    to_session: str | None = None

    @property
    def destination(self) -> tuple[str, str] | None:
        """Where a deferral or a merge moved the requirement, as (report, session): the
        key of the requirement it became. None when it was taken away, not moved."""
        if self.kind == Displacement.DEFERRED and self.to_session:
            return (self.report, self.to_session)
        if self.kind == Displacement.MERGED and self.to_report:
            return (self.to_report, self.session)
        return None

    def reason(self) -> str:
        match self.kind:
            case Displacement.REPLACED:
                return f"replaced by {self.by}"
            case Displacement.TERMINATED:
                return f"terminated by {self.by}"
            case Displacement.DEFERRED:
                return f"deferred to {self.to_session} by {self.by}"
            case Displacement.MERGED:
                return f"merged into {self.to_report} by {self.by}"
        return self.kind  # pragma: no cover - closed enum


@dataclass(slots=True)
class ReportResult:
    """One report line's share of a recalculation (the unit of incremental work)."""

    requirements: list[Requirement] = field(default_factory=list)
    displaced: list[Displaced] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
