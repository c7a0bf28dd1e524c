"""File ▸ Import Meetings (.ics)…: confirm projected sessions with the dates a published
meeting calendar gives. Each event is listed with the session it matches and what it
changes; the ticked ones are committed as one undoable edit."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.app.edits import EditError
from planner.app.meeting_import import CHANGES, apply_meetings
from planner.app.workspace import Workspace
from planner.domain.model import Plan
from planner.intake.errors import IntakeError
from planner.intake.meetings import MeetingMatch, match_meetings, read_meetings_file
from planner.timeline.painter import SessionSel
from planner.ui.widgets import named
from planner.ui.wording import words

if TYPE_CHECKING:
    from datetime import date

    from planner.ui.main_window import MainWindow

INDEX = Qt.ItemDataRole.UserRole
QUIET = "#5F6B7A"


def import_meetings(window: MainWindow) -> None:
    """The menu command: choose an .ics file, review the matches, commit the ticked ones."""
    ws = window.workspace
    if ws.read_only:
        QMessageBox.information(
            window,
            QCoreApplication.translate("MeetingsDialog", "Read-only"),
            words().read_only(ws.read_only_reason, ws.read_only_detail),
        )
        return
    name, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("MeetingsDialog", "Choose a Meeting Calendar"),
        "",
        QCoreApplication.translate("MeetingsDialog", "Calendars (*.ics)"),
    )
    if not name:
        return
    try:
        meetings = read_meetings_file(Path(name))
    except IntakeError as exc:
        QMessageBox.warning(
            window, QCoreApplication.translate("MeetingsDialog", "Import Meetings"), str(exc)
        )
        return
    matches = match_meetings(meetings, ws.plan, ws.engine.calendar)
    dialog = MeetingsDialog(ws, matches, Path(name).name, window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_plan is None:
        return
    text = QCoreApplication.translate("MeetingsDialog", "Confirm sessions from %1").replace(
        "%1", Path(name).name
    )
    change = window.editing.commit(dialog.result_plan, text)
    if change is not None and dialog.changed:
        window.select(SessionSel(dialog.changed[0]))


class MeetingsDialog(QDialog):
    """The events of a calendar and the sessions they confirm. `result_plan` once accepted."""

    def __init__(
        self,
        workspace: Workspace,
        matches: list[MeetingMatch],
        source: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetingsDialog")
        self.setWindowTitle(self.tr("Import Meetings from %1").replace("%1", source))
        self.resize(1000, 560)
        self.workspace = workspace
        self.matches = matches
        self.result_plan: Plan | None = None
        self.changed: list[str] = []
        self.tree = named(QTreeWidget(), "meetingTree")
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Meeting"), self.tr("Dates"), self.tr("Session"), self.tr("Change")]
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        for i, mm in enumerate(matches):
            item = QTreeWidgetItem(self.tree)
            item.setData(0, INDEX, i)
            item.setText(0, mm.meeting.summary)
            item.setToolTip(0, mm.meeting.summary)
            item.setText(1, f"{_day(mm.meeting.start)} – {_day(mm.meeting.end)}")
            item.setText(2, mm.session.name if mm.session is not None else "")
            item.setText(3, self._change_text(mm))
            if mm.kind in CHANGES:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked)
            else:
                for c in range(4):
                    item.setForeground(c, QBrush(QColor(QUIET)))
        self.error = named(QLabel(), "meetingError")
        self.error.setStyleSheet("color: #B3261E;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(
            self.tr("&Confirm Sessions"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setObjectName("confirmSessions")
        self.ok.setEnabled(any(mm.kind in CHANGES for mm in matches))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("Ticked meetings confirm their session with the meeting's dates and place.")
            )
        )
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _change_text(self, mm: MeetingMatch) -> str:
        if mm.kind == "confirm":
            return self.tr("confirms the projected session")
        if mm.kind == "update":
            s = mm.session
            assert s is not None
            return (
                self.tr("changes %1 – %2").replace("%1", _day(s.start)).replace("%2", _day(s.end))
            )
        if mm.kind == "same":
            return self.tr("as in the plan")
        if mm.reason == "no-body":
            return self.tr("no body of the plan named")
        return self.tr("no session of %1 near these dates").replace("%1", mm.body)

    def chosen(self) -> list[int]:
        out = []
        for k in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(k)
            if item is not None and item.checkState(0) == Qt.CheckState.Checked:
                out.append(int(item.data(0, INDEX)))
        return out

    def accept(self) -> None:
        try:
            plan, changed = apply_meetings(self.workspace.plan, self.matches, self.chosen())
        except EditError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        if not changed:
            self.reject()
            return
        self.result_plan, self.changed = plan, changed
        super().accept()


def _day(d: date) -> str:
    return QLocale().toString(QDate(d.year, d.month, d.day), "d MMM yyyy")
