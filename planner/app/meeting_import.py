"""Meetings read from an .ics file into the plan: projected sessions confirmed with their
real dates and place, confirmed ones corrected; one new plan, committed as one edit."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from planner.app.edits import EditError, put_session
from planner.domain.calendar import Calendar
from planner.domain.model import Plan
from planner.intake.meetings import MeetingMatch

CHANGES = ("confirm", "update")


def apply_meetings(
    plan: Plan, matches: Sequence[MeetingMatch], chosen: Collection[int] | None = None
) -> tuple[Plan, list[str]]:
    """The plan with the chosen matches (indexes; None: every one that changes something)
    applied through the editor's own checks, and the sessions changed.

    Raises EditError naming the event when the plan refuses a change (e.g. dates that
    overlap the body's next session)."""
    changed: list[str] = []
    for i, mm in enumerate(matches):
        if mm.kind not in CHANGES or mm.session is None:
            continue
        if chosen is not None and i not in chosen:
            continue
        s, m = mm.session, mm.meeting
        explicit = any(x.id == s.id for x in plan.sessions)
        data = {
            "id": s.id,
            "series": s.series,
            "body": s.body,
            "name": s.name,
            "start": m.start.isoformat(),
            "end": m.end.isoformat(),
            "location": m.location or s.location,
            "status": "confirmed",
            "format": str(s.format),
            "source": m.source or s.source,
            "notes": s.notes,
        }
        try:
            plan = put_session(
                plan, data, replacing=s.id if explicit else None, calendar=Calendar(plan)
            )
        except EditError as exc:
            raise EditError(exc.field, f"{m.summary}: {exc.message}") from None
        changed.append(s.id)
    return plan, changed
