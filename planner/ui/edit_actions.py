"""The editing commands of the window: new, edit, delete, track, find, context menus."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QDialog, QInputDialog, QLineEdit, QMenu, QMessageBox

from planner.app import edits
from planner.app.edits import EditError
from planner.app.workspace import Workspace
from planner.domain.model import Plan
from planner.timeline.painter import (
    DecisionSel,
    EventSel,
    RequirementSel,
    Selection,
    SessionSel,
    hit_selection,
)
from planner.ui.changes_panel import change_lines, change_summary
from planner.ui.decision_editor import DecisionEditor
from planner.ui.record_editor import RecordEditor, RecordSpec
from planner.ui.record_specs import (
    body_spec,
    event_series_spec,
    event_spec,
    report_spec,
    session_series_spec,
    session_spec,
    tracking_spec,
)
from planner.ui.wording import Names, day_text, elided, fill_in, words

if TYPE_CHECKING:
    from planner.ui.main_window import MainWindow


class EditActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    @property
    def ws(self) -> Workspace:
        return self.window.workspace

    @property
    def names(self) -> Names:
        return Names(self.ws.plan, self.ws.engine.calendar)

    def _commit(self, plan: Plan, text: str, reveal: Selection | None = None) -> bool:
        change = self.window.editing.commit(plan, text)
        if change is not None and reveal is not None:
            self.window.select(reveal)
        return change is not None

    def _refuse_read_only(self) -> bool:
        if self.ws.read_only:
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("EditActions", "Read-only"),
                words().read_only(self.ws.read_only_reason, self.ws.read_only_detail),
            )
            return True
        return False

    # --- decisions ----------------------------------------------------------------------

    def new_decision(self, at: date | None = None) -> None:
        if self._refuse_read_only():
            return
        editor = DecisionEditor(self.ws, adopted=at, parent=self.window)
        if editor.exec() == QDialog.DialogCode.Accepted and editor.result_plan is not None:
            self._commit(
                editor.result_plan,
                QCoreApplication.translate("EditActions", "Add %1").replace(
                    "%1", editor.decision_symbol
                ),
                DecisionSel(editor.decision_symbol),
            )

    def edit_decision(self, symbol: str) -> None:
        if self._refuse_read_only():
            return
        decision = next((d for d in self.ws.plan.decisions if d.symbol == symbol), None)
        if decision is None:
            return
        editor = DecisionEditor(self.ws, decision, parent=self.window)
        if editor.exec() == QDialog.DialogCode.Accepted and editor.result_plan is not None:
            self._commit(
                editor.result_plan,
                QCoreApplication.translate("EditActions", "Edit %1").replace(
                    "%1", editor.decision_symbol
                ),
                DecisionSel(editor.decision_symbol),
            )

    # --- other records ----------------------------------------------------------------

    def edit_record(self, spec: RecordSpec, text: str, reveal: Selection | None = None) -> bool:
        if self._refuse_read_only():
            return False
        editor = RecordEditor(self.ws.plan, spec, parent=self.window)
        if editor.exec() == QDialog.DialogCode.Accepted and editor.result_plan is not None:
            return self._commit(editor.result_plan, text, reveal)
        return False

    def edit(self, sel: Selection | None) -> None:
        """Open the right editor for the selected item (double-click, Enter, F2)."""
        if sel is None:
            return
        plan = self.ws.plan
        cal = self.ws.engine.calendar
        if isinstance(sel, DecisionSel):
            self.edit_decision(sel.symbol)
        elif isinstance(sel, RequirementSel):
            self.track(sel.key)
        elif isinstance(sel, SessionSel):
            s = cal.sessions.get(sel.id)
            if s is not None:
                explicit = any(x.id == s.id for x in plan.sessions)
                text = (
                    QCoreApplication.translate("EditActions", "Edit %1")
                    if explicit
                    else QCoreApplication.translate("EditActions", "Confirm %1")
                )
                self.edit_record(
                    session_spec(plan, s), fill_in(text, self.names.session(s.id)), sel
                )
        elif isinstance(sel, EventSel):
            e = cal.events.get(sel.id)
            if e is not None:
                text = QCoreApplication.translate("EditActions", "Edit %1")
                self.edit_record(event_spec(plan, e), fill_in(text, e.name), sel)

    def track(self, key: tuple[str, str]) -> None:
        r = self.window.scene.data.by_key.get(key)
        if r is not None:
            self.edit_record(
                tracking_spec(self.ws.plan, r),
                fill_in(
                    QCoreApplication.translate("EditActions", "Track “%1” at %2"),
                    elided(r.title or r.report),
                    self.names.session(r.session),
                ),
                RequirementSel(*key),
            )

    def add(self, kind: str) -> None:
        plan = self.ws.plan
        specs = {
            "body": (body_spec(plan, None), QCoreApplication.translate("EditActions", "Add body")),
            "report": (
                report_spec(plan, None),
                QCoreApplication.translate("EditActions", "Add report line"),
            ),
            "session": (
                session_spec(plan, None),
                QCoreApplication.translate("EditActions", "Add session"),
            ),
            "session_series": (
                session_series_spec(plan, None),
                QCoreApplication.translate("EditActions", "Add session series"),
            ),
            "event": (
                event_spec(plan, None),
                QCoreApplication.translate("EditActions", "Add event"),
            ),
            "event_series": (
                event_series_spec(plan, None),
                QCoreApplication.translate("EditActions", "Add event series"),
            ),
        }
        spec, text = specs[kind]
        self.edit_record(spec, text)

    def edit_body(self, body_id: str) -> None:
        body = next((b for b in self.ws.plan.bodies if b.id == body_id), None)
        if body is not None:
            self.edit_record(
                body_spec(self.ws.plan, body),
                QCoreApplication.translate("EditActions", "Edit body %1").replace("%1", body_id),
            )

    # --- deleting ----------------------------------------------------------------------------

    def delete(self, sel: Selection | None) -> None:
        """Delete the selection, after saying what will change."""
        if sel is None or self._refuse_read_only():
            return
        plan = self.ws.plan
        try:
            if isinstance(sel, DecisionSel):
                new = edits.delete_decision(plan, sel.symbol)
                changes = self.ws.preview(new)
                detail = (
                    change_summary(changes)
                    + "\n\n"
                    + "\n".join(
                        line[0]
                        for line in change_lines(changes, {b.id: b.name for b in plan.bodies})[:15]
                    )
                )
                text = QCoreApplication.translate("EditActions", "Delete %1").replace(
                    "%1", sel.symbol
                )
            elif isinstance(sel, SessionSel):
                new = edits.delete_session(plan, sel.id)
                detail = QCoreApplication.translate(
                    "EditActions",
                    "The session goes back to its projected dates (if a series projects it).",
                )
                text = fill_in(
                    QCoreApplication.translate("EditActions", "Delete %1"),
                    self.names.session(sel.id),
                )
            elif isinstance(sel, EventSel):
                new = edits.delete_event(plan, sel.id)
                detail = ""
                text = fill_in(
                    QCoreApplication.translate("EditActions", "Delete %1"),
                    self.names.event(sel.id),
                )
            elif isinstance(sel, RequirementSel):
                report, session = sel.key
                if not any(t.key == (report, session) for t in plan.tracking):
                    return
                new = edits.delete_tracking(plan, report, session)
                detail = QCoreApplication.translate(
                    "EditActions", "The requirement stays; only its tracking is cleared."
                )
                text = fill_in(
                    QCoreApplication.translate("EditActions", "Clear tracking of “%1” at %2"),
                    self.names.report(report, 60),
                    self.names.session(session),
                )
            else:
                return
        except EditError as exc:
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("EditActions", "Cannot delete"),
                words().edit_error(exc),
            )
            return
        asked = fill_in(QCoreApplication.translate("EditActions", "%1?"), text)
        answer = QMessageBox.question(self.window, text, f"{asked}\n\n{detail}".strip())
        if answer == QMessageBox.StandardButton.Yes:
            self._commit(new, text)

    def edit_report(self, report_id: str) -> None:
        report = next((r for r in self.ws.plan.reports if r.id == report_id), None)
        if report is not None:
            self.edit_record(
                report_spec(self.ws.plan, report),
                fill_in(
                    QCoreApplication.translate("EditActions", "Edit “%1”"),
                    elided(report.title or report_id),
                ),
            )

    def delete_record(self, kind: str, key: str) -> None:
        """Delete a body or report line; refused, with the list, while anything uses it."""
        if self._refuse_read_only():
            return
        action = {"body": edits.delete_body, "report": edits.delete_report}[kind]
        name = key if kind == "body" else self.names.report(key, 60)
        try:
            new = action(self.ws.plan, key)
        except EditError as exc:
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("EditActions", "Cannot delete"),
                words().edit_error(exc, subject=name),
            )
            return
        text = fill_in(
            QCoreApplication.translate("EditActions", "Delete the body %1")
            if kind == "body"
            else QCoreApplication.translate("EditActions", "Delete the report line “%1”"),
            name,
        )
        asked = fill_in(QCoreApplication.translate("EditActions", "%1?"), text)
        if QMessageBox.question(self.window, text, asked) == QMessageBox.StandardButton.Yes:
            self._commit(new, text)

    # --- find ---------------------------------------------------------------------------------

    def find_items(self) -> dict[str, Selection]:
        """Everything findable, by the text a user would type."""
        plan = self.ws.plan
        items: dict[str, Selection] = {}
        for d in plan.decisions:
            items[f"{d.symbol} — {d.title}"] = DecisionSel(d.symbol)
        for r in self.window.scene.data.result.requirements:
            items.setdefault(
                f"{r.title} ({r.report}) — {r.session_name}", RequirementSel(r.report, r.session)
            )
        for s in self.ws.engine.calendar.sessions.values():
            items[f"{s.name} ({s.id})"] = SessionSel(s.id)
        for e in self.ws.engine.calendar.events.values():
            items[f"{e.name} ({e.id})"] = EventSel(e.id)
        return items

    def find(self) -> None:
        items = self.find_items()
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(QCoreApplication.translate("EditActions", "Find"))
        dialog.setLabelText(
            QCoreApplication.translate(
                "EditActions", "Decision symbol, report title or session name:"
            )
        )
        dialog.setObjectName("findDialog")
        edit = dialog.findChild(QLineEdit)
        if edit is not None:
            completer = QCompleter(QStringListModel(sorted(items)), dialog)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.go_to(dialog.textValue(), items)

    def go_to(self, text: str, items: dict[str, Selection] | None = None) -> bool:
        items = items or self.find_items()
        needle = text.strip().casefold()
        if not needle:
            return False
        hit = items.get(text)
        if hit is None:  # a label that starts with the text beats one that only contains it
            starts = [sel for label, sel in items.items() if label.casefold().startswith(needle)]
            contains = [sel for label, sel in items.items() if needle in label.casefold()]
            hit = next(iter(starts or contains), None)
        if hit is None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("EditActions", "Nothing matches “%1”").replace(
                    "%1", text
                ),
                4000,
            )
            return False
        self.window.select(hit)
        return True

    # --- context menu ---------------------------------------------------------------------------

    def context_menu(self, pos: QPoint) -> None:
        view = self.window.timeline
        if self.window.meeting:
            return
        hit = view.hit_at(pos.toPointF())
        menu = QMenu(view)
        sel = hit_selection(hit) if hit is not None else None
        if sel is not None:
            view.set_selection(sel)
            menu.addAction(_edit_label(sel), lambda: self.edit(sel))
            if isinstance(sel, DecisionSel):
                symbol = sel.symbol
                menu.addAction(
                    QCoreApplication.translate("EditActions", "Withdraw"),
                    lambda: self._commit(
                        edits.withdraw(self.ws.plan, symbol),
                        QCoreApplication.translate("EditActions", "Withdraw %1").replace(
                            "%1", symbol
                        ),
                    ),
                )
            menu.addAction(
                QCoreApplication.translate("EditActions", "Clear tracking…")
                if isinstance(sel, RequirementSel)
                else QCoreApplication.translate("EditActions", "Delete…"),
                lambda: self.delete(sel),
            )
        elif hit is not None and hit.kind in ("lane", "twisty"):
            menu.addAction(
                QCoreApplication.translate("EditActions", "Edit body %1…").replace(
                    "%1", str(hit.key)
                ),
                lambda: self.edit_body(str(hit.key)),
            )
            menu.addAction(
                QCoreApplication.translate("EditActions", "Delete body %1…").replace(
                    "%1", str(hit.key)
                ),
                lambda: self.delete_record("body", str(hit.key)),
            )
            menu.addAction(
                QCoreApplication.translate("EditActions", "Add session…"),
                lambda: self.edit_record(
                    session_spec(self.ws.plan, None, str(hit.key)),
                    QCoreApplication.translate("EditActions", "Add session"),
                ),
            )
        else:
            day = date.fromordinal(max(1, int(view.vp.day_at(pos.x()))))
            menu.addAction(
                QCoreApplication.translate("EditActions", "Add decision here (%1)…").replace(
                    "%1", day_text(day)
                ),
                lambda: self.new_decision(day),
            )
            menu.addAction(
                QCoreApplication.translate("EditActions", "Add event…"), lambda: self.add("event")
            )
        menu.exec(view.viewport().mapToGlobal(pos))


def _edit_label(sel: Selection) -> str:
    """The context menu's first entry: what editing the item under the mouse does."""
    match sel:
        case DecisionSel():
            return QCoreApplication.translate("EditActions", "Edit decision…")
        case RequirementSel():
            return QCoreApplication.translate("EditActions", "Track requirement…")
        case SessionSel():
            return QCoreApplication.translate("EditActions", "Edit or confirm session…")
        case EventSel():
            return QCoreApplication.translate("EditActions", "Edit event…")
