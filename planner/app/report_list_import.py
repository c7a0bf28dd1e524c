"""An officer's report list into the plan: new report lines and the tracking of the sessions
named, through the editor's own checks; one new plan, committed as one edit."""

from __future__ import annotations

from planner.app.edits import EditError, put_report, put_tracking
from planner.domain.model import Plan
from planner.intake.report_table import ReportList


def apply_report_list(plan: Plan, rl: ReportList) -> Plan:
    """Raises EditError naming the report or tracking row the plan refuses."""
    for r in rl.new_reports:
        data = {"id": r.id, "title": r.title, "agenda_item": r.agenda_item}
        try:
            plan = put_report(plan, data)
        except EditError as exc:
            raise EditError(exc.field, f"{r.id}: {exc.message}") from None
    for t in rl.tracking:
        data = {
            "report": t.report,
            "session": t.session,
            "status": str(t.status),
            "document_symbol": t.document_symbol,
            "officer": t.officer,
            "notes": t.notes,
        }
        try:
            plan = put_tracking(plan, data)
        except EditError as exc:
            raise EditError(exc.field, f"{t.report} @ {t.session}: {exc.message}") from None
    return plan
