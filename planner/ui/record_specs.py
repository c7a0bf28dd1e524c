"""The forms for bodies, reports, sessions, series, events and tracking. Field keys are
the interchange format's, so a form's values go straight through import's validation."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from planner.app import edits
from planner.domain.bounds import MAX_DURATION, MAX_NUMBER_OFFSET, MAX_WEEKS, MAX_WORDS
from planner.domain.model import (
    DEFAULT_ISSUANCE_WEEKS,
    DEFAULT_SUBMISSION_WEEKS,
    DEFAULT_WORD_LIMIT,
    Body,
    Event,
    EventSeries,
    Plan,
    Report,
    Session,
    SessionSeries,
    Tracking,
    TrackingStatus,
)
from planner.domain.results import Requirement
from planner.ui.record_editor import Field, RecordSpec
from planner.ui.wording import elided, fill_in


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _recurrence_fields(example: str) -> list[Field]:
    """The fields every series has: its RRULE (the example is syntax, not translated), its
    duration and its date range."""
    return [
        Field(
            "rrule",
            QCoreApplication.translate("Records", "Recurrence (RRULE)"),
            placeholder=example,
        ),
        Field(
            "duration_days",
            QCoreApplication.translate("Records", "Days"),
            "int",
            minimum=1,
            maximum=MAX_DURATION,
        ),
        Field("from", QCoreApplication.translate("Records", "From"), "date"),
        Field("until", QCoreApplication.translate("Records", "Until"), "optdate"),
    ]


def _numbering_fields() -> list[Field]:
    return [
        Field(
            "number_offset",
            QCoreApplication.translate("Records", "Number = year −"),
            "int",
            minimum=-MAX_NUMBER_OFFSET,
            maximum=MAX_NUMBER_OFFSET,
        ),
        Field("location", QCoreApplication.translate("Records", "Location")),
    ]


def body_spec(plan: Plan, body: Body | None) -> RecordSpec:
    parents = [""] + [b.id for b in plan.bodies if body is None or b.id != body.id]
    return RecordSpec(
        fill_in(QCoreApplication.translate("Records", "Body %1"), body.id)
        if body
        else QCoreApplication.translate("Records", "New body"),
        [
            Field(
                "id",
                QCoreApplication.translate("Records", "Id"),
                readonly=body is not None,
                placeholder=QCoreApplication.translate("Records", "e.g. CSW"),
            ),
            Field("name", QCoreApplication.translate("Records", "Name")),
            Field("parent", QCoreApplication.translate("Records", "Parent"), "choice", parents),
            Field(
                "submission_weeks",
                QCoreApplication.translate("Records", "Submission (weeks before)"),
                "int",
                maximum=MAX_WEEKS,
            ),
            Field(
                "issuance_weeks",
                QCoreApplication.translate("Records", "Issuance (weeks before)"),
                "int",
                maximum=MAX_WEEKS,
            ),
        ],
        lambda p, d: edits.put_body(p, d, body.id if body else None),
        {
            "id": body.id if body else "",
            "name": body.name if body else "",
            "parent": body.parent if body else "",
            "submission_weeks": body.submission_weeks if body else DEFAULT_SUBMISSION_WEEKS,
            "issuance_weeks": body.issuance_weeks if body else DEFAULT_ISSUANCE_WEEKS,
        },
    )


def report_spec(plan: Plan, report: Report | None) -> RecordSpec:
    return RecordSpec(
        fill_in(
            QCoreApplication.translate("Records", "Report line “%1”"),
            elided(report.title or report.id),
        )
        if report
        else QCoreApplication.translate("Records", "New report line"),
        [
            Field(
                "id",
                QCoreApplication.translate("Records", "Id"),
                readonly=report is not None,
                placeholder=QCoreApplication.translate("Records", "a short stable id"),
            ),
            Field("title", QCoreApplication.translate("Records", "Title")),
            Field(
                "short_title",
                QCoreApplication.translate("Records", "Short title"),
                placeholder=report.label
                if report
                else QCoreApplication.translate("Records", "for labels; derived from the title"),
            ),
            Field("agenda_item", QCoreApplication.translate("Records", "Agenda item")),
            Field(
                "word_limit",
                QCoreApplication.translate("Records", "Word limit"),
                "int",
                minimum=1,
                maximum=MAX_WORDS,
            ),
        ],
        lambda p, d: edits.put_report(p, d, report.id if report else None),
        {
            "id": report.id if report else "",
            "title": report.title if report else "",
            "short_title": report.short_title if report else "",
            "agenda_item": report.agenda_item if report else "",
            "word_limit": report.word_limit if report else DEFAULT_WORD_LIMIT,
        },
    )


def session_spec(plan: Plan, session: Session | None, body: str | None = None) -> RecordSpec:
    """Editing a projected session confirms it with real dates and place."""
    explicit = session is not None and any(s.id == session.id for s in plan.sessions)
    title = (
        QCoreApplication.translate("Records", "New session")
        if session is None
        else (
            fill_in(QCoreApplication.translate("Records", "Session: %1"), session.name)
            if explicit
            else fill_in(QCoreApplication.translate("Records", "Confirm %1"), session.name)
        )
    )
    series = [""] + [s.id for s in plan.session_series]
    return RecordSpec(
        title,
        [
            Field("id", QCoreApplication.translate("Records", "Id"), readonly=session is not None),
            Field(
                "body",
                QCoreApplication.translate("Records", "Body"),
                "choice",
                [b.id for b in plan.bodies],
                readonly=session is not None,
            ),
            Field(
                "series",
                QCoreApplication.translate("Records", "Series"),
                "choice",
                series,
                readonly=session is not None,
            ),
            Field("name", QCoreApplication.translate("Records", "Name")),
            Field("start", QCoreApplication.translate("Records", "Opens"), "date"),
            Field("end", QCoreApplication.translate("Records", "Closes"), "date"),
            Field("location", QCoreApplication.translate("Records", "Location")),
            Field(
                "status",
                QCoreApplication.translate("Records", "Status"),
                "choice",
                ["confirmed", "projected"],
            ),
        ],
        lambda p, d: edits.put_session(
            p,
            {**d, "series": d.get("series") or None},
            session.id if explicit and session else None,
        ),
        {
            "id": session.id if session else "",
            "body": session.body if session else (body or ""),
            "series": (session.series or "") if session else "",
            "name": session.name if session else "",
            "start": _iso(session.start) if session else None,
            "end": _iso(session.end) if session else None,
            "location": session.location if session else "",
            "status": "confirmed",
        },
    )


def session_series_spec(plan: Plan, series: SessionSeries | None) -> RecordSpec:
    return RecordSpec(
        fill_in(QCoreApplication.translate("Records", "Session series %1"), series.id)
        if series
        else QCoreApplication.translate("Records", "New session series"),
        [
            Field("id", QCoreApplication.translate("Records", "Id"), readonly=series is not None),
            Field(
                "body",
                QCoreApplication.translate("Records", "Body"),
                "choice",
                [b.id for b in plan.bodies],
            ),
            Field(
                "name",
                QCoreApplication.translate("Records", "Name pattern"),
                placeholder=QCoreApplication.translate(
                    "Records", "Substantive session of {year}; {ordinal} session"
                ),
            ),
            *_recurrence_fields("FREQ=YEARLY;BYMONTH=7;BYDAY=1MO"),
            Field(
                "ends_before_next",
                QCoreApplication.translate("Records", "Runs until the next opens"),
                "bool",
            ),
            *_numbering_fields(),
        ],
        lambda p, d: edits.put_session_series(p, d, series.id if series else None),
        {
            "id": series.id if series else "",
            "body": series.body if series else (plan.bodies[0].id if plan.bodies else ""),
            "name": series.name if series else "",
            "rrule": series.rrule if series else "FREQ=YEARLY;BYMONTH=7;BYDAY=1MO",
            "duration_days": series.duration_days if series else 5,
            "from": _iso(series.start) if series else f"{date.today().year}-01-01",
            "until": _iso(series.until) if series else None,
            "ends_before_next": series.ends_before_next if series else False,
            "number_offset": series.number_offset if series else 0,
            "location": series.location if series else "",
        },
    )


def event_spec(plan: Plan, event: Event | None) -> RecordSpec:
    return RecordSpec(
        fill_in(QCoreApplication.translate("Records", "Event: %1"), event.name)
        if event
        else QCoreApplication.translate("Records", "New event"),
        [
            Field("id", QCoreApplication.translate("Records", "Id"), readonly=event is not None),
            Field("name", QCoreApplication.translate("Records", "Name")),
            Field("start", QCoreApplication.translate("Records", "Starts"), "date"),
            Field("end", QCoreApplication.translate("Records", "Ends"), "date"),
            Field("location", QCoreApplication.translate("Records", "Location")),
            Field(
                "series",
                QCoreApplication.translate("Records", "Series"),
                "choice",
                [""] + [s.id for s in plan.event_series],
            ),
            Field("tentative", QCoreApplication.translate("Records", "Tentative"), "bool"),
        ],
        lambda p, d: edits.put_event(
            p,
            {**d, "series": d.get("series") or None},
            event.id if event and any(e.id == event.id for e in p.events) else None,
        ),
        {
            "id": event.id if event else "",
            "name": event.name if event else "",
            "start": _iso(event.start) if event else None,
            "end": _iso(event.end) if event else None,
            "location": event.location if event else "",
            "series": (event.series or "") if event else "",
            "tentative": event.tentative if event else False,
        },
    )


def event_series_spec(plan: Plan, series: EventSeries | None) -> RecordSpec:
    return RecordSpec(
        fill_in(QCoreApplication.translate("Records", "Event series: %1"), series.name)
        if series
        else QCoreApplication.translate("Records", "New event series"),
        [
            Field("id", QCoreApplication.translate("Records", "Id"), readonly=series is not None),
            Field("name", QCoreApplication.translate("Records", "Name pattern")),
            *_recurrence_fields("FREQ=YEARLY;INTERVAL=5;BYMONTH=9;BYMONTHDAY=20"),
            Field("tentative", QCoreApplication.translate("Records", "Tentative"), "bool"),
            *_numbering_fields(),
        ],
        lambda p, d: edits.put_event_series(p, d, series.id if series else None),
        {
            "id": series.id if series else "",
            "name": series.name if series else "",
            "rrule": series.rrule if series else "FREQ=YEARLY;INTERVAL=5;BYMONTH=9;BYMONTHDAY=20",
            "duration_days": series.duration_days if series else 3,
            "from": _iso(series.start) if series else f"{date.today().year}-01-01",
            "until": _iso(series.until) if series else None,
            "tentative": series.tentative if series else True,
            "number_offset": series.number_offset if series else 0,
            "location": series.location if series else "",
        },
    )


def tracking_spec(plan: Plan, requirement: Requirement) -> RecordSpec:
    t: Tracking | None = requirement.tracking
    return RecordSpec(
        fill_in(
            QCoreApplication.translate("Records", "Track “%1” at %2"),
            elided(requirement.title or requirement.report),
            requirement.session_name,
        ),
        [
            Field("report", QCoreApplication.translate("Records", "Report"), readonly=True),
            Field("session", QCoreApplication.translate("Records", "Session"), readonly=True),
            Field(
                "status",
                QCoreApplication.translate("Records", "Status"),
                "choice",
                [s.value for s in TrackingStatus],
            ),
            Field(
                "document_symbol",
                QCoreApplication.translate("Records", "Document symbol"),
                placeholder=QCoreApplication.translate("Records", "e.g. A/67/123-E/2012/45"),
            ),
            Field("officer", QCoreApplication.translate("Records", "Responsible officer")),
            Field(
                "word_estimate",
                QCoreApplication.translate("Records", "Word estimate"),
                "optint",
                placeholder=QCoreApplication.translate("Records", "optional"),
            ),
            Field("notes", QCoreApplication.translate("Records", "Notes"), "multiline"),
        ],
        edits.put_tracking,
        {
            "report": requirement.report,
            "session": requirement.session,
            "status": str(t.status) if t else "planned",
            "document_symbol": t.document_symbol if t else "",
            "officer": t.officer if t else "",
            "word_estimate": t.word_estimate if t else None,
            "notes": t.notes if t else "",
        },
    )
