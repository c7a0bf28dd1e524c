"""File ▸ Import Report List (.xlsx, .csv)…: an officer's own list of reports into report
lines and tracking. Each column is mapped to a field (guessed from its header, or as last
corrected for a file of the same layout), with a preview and what the rows will give;
the result is committed as one undoable edit."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.app.edits import EditError
from planner.app.report_list_import import apply_report_list
from planner.app.workspace import Workspace
from planner.domain.model import Plan
from planner.intake.errors import IntakeError
from planner.intake.report_table import FIELDS, Table, guess_mapping, plan_rows, read_table
from planner.timeline.translatable import QT_TRANSLATE_NOOP
from planner.ui.widgets import named
from planner.ui.wording import words

if TYPE_CHECKING:
    from planner.ui.main_window import MainWindow

SETTING = "import/report-list/"
PREVIEW_ROWS = 20
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("ReportListDialog", "Report title"),
    "id": QT_TRANSLATE_NOOP("ReportListDialog", "Report id"),
    "agenda_item": QT_TRANSLATE_NOOP("ReportListDialog", "Agenda item"),
    "session": QT_TRANSLATE_NOOP("ReportListDialog", "Session"),
    "status": QT_TRANSLATE_NOOP("ReportListDialog", "Status"),
    "officer": QT_TRANSLATE_NOOP("ReportListDialog", "Officer"),
    "document_symbol": QT_TRANSLATE_NOOP("ReportListDialog", "Document symbol"),
    "notes": QT_TRANSLATE_NOOP("ReportListDialog", "Notes"),
}
PROBLEMS = {
    "no-title": QT_TRANSLATE_NOOP("ReportListDialog", "row %1: no report title"),
    "unknown-report": QT_TRANSLATE_NOOP("ReportListDialog", "row %1: no report line %2"),
    "unknown-session": QT_TRANSLATE_NOOP("ReportListDialog", "row %1: no session %2"),
    "unknown-status": QT_TRANSLATE_NOOP("ReportListDialog", "row %1: status %2 not known (planned)"),
    "repeated": QT_TRANSLATE_NOOP("ReportListDialog", "row %1: %2 given twice"),
}  # fmt: skip


def import_report_list(window: MainWindow) -> None:
    ws = window.workspace
    if ws.read_only:
        QMessageBox.information(
            window,
            QCoreApplication.translate("ReportListDialog", "Read-only"),
            words().read_only(ws.read_only_reason, ws.read_only_detail),
        )
        return
    name, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("ReportListDialog", "Choose a Report List"),
        "",
        QCoreApplication.translate("ReportListDialog", "Report lists (*.xlsx *.csv)"),
    )
    if not name:
        return
    try:
        table = read_table(Path(name))
    except IntakeError as exc:
        QMessageBox.warning(
            window, QCoreApplication.translate("ReportListDialog", "Import Report List"), str(exc)
        )
        return
    dialog = ReportListDialog(ws, table, window.settings, window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_plan is None:
        return
    text = QCoreApplication.translate("ReportListDialog", "Import report list %1").replace(
        "%1", table.source
    )
    window.editing.commit(dialog.result_plan, text)


class ReportListDialog(QDialog):
    """Columns mapped to fields, a preview, what the rows give. `result_plan` once accepted."""

    def __init__(
        self,
        workspace: Workspace,
        table: Table,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportListDialog")
        self.setWindowTitle(self.tr("Import Report List from %1").replace("%1", table.source))
        self.resize(1100, 600)
        self.workspace = workspace
        self.table = table
        self.settings = settings
        self.result_plan: Plan | None = None
        width = len(table.headers)
        self.grid = named(
            QTableWidget(min(PREVIEW_ROWS, len(table.rows)) + 1, width), "reportListPreview"
        )
        self.grid.setHorizontalHeaderLabels(list(table.headers))
        self.grid.setVerticalHeaderLabels(
            [self.tr("Field")] + [str(n) for n in range(2, 2 + PREVIEW_ROWS)]
        )
        self.combos: list[QComboBox] = []
        mapping = self.remembered() or guess_mapping(table.headers)
        for c in range(width):
            combo = named(QComboBox(), f"mapping-{c}")
            combo.addItem(self.tr("(ignore)"), "")
            for name in FIELDS:
                combo.addItem(
                    QCoreApplication.translate("ReportListDialog", FIELD_LABELS[name]), name
                )
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(c, ""))))
            combo.currentIndexChanged.connect(self.refresh)
            self.grid.setCellWidget(0, c, combo)
            self.combos.append(combo)
        for r, row in enumerate(table.rows[:PREVIEW_ROWS], start=1):
            for c, value in enumerate(row):
                self.grid.setItem(r, c, QTableWidgetItem(value))
        self.grid.resizeColumnsToContents()
        self.summary = named(QLabel(), "reportListSummary")
        self.summary.setWordWrap(True)
        self.problems = named(QLabel(), "reportListProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #8A5A00;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("importReportList")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Choose what each column holds; a report title is needed in each row."))
        )
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.refresh()

    def mapping(self) -> dict[int, str]:
        return {
            c: combo.currentData() for c, combo in enumerate(self.combos) if combo.currentData()
        }

    def remembered(self) -> dict[int, str]:
        if self.settings is None:
            return {}
        raw = self.settings.value(SETTING + self.table.shape, "")
        try:
            stored = json.loads(str(raw)) if raw else {}
        except ValueError:
            return {}
        if not isinstance(stored, dict):
            return {}
        width = len(self.table.headers)
        return {
            int(k): v
            for k, v in stored.items()
            if str(k).isdigit() and int(k) < width and v in FIELDS
        }

    def refresh(self) -> None:
        mapping = self.mapping()
        names = list(mapping.values())
        if len(names) != len(set(names)):
            self.summary.setText(self.tr("A field is chosen for two columns."))
            self.problems.setText("")
            self.ok.setEnabled(False)
            return
        plan = self.workspace.plan
        rl = plan_rows(self.table, mapping, plan, self.workspace.engine.calendar)
        counted = Counted()
        self.summary.setText(
            ", ".join(
                (
                    counted.new(len(rl.new_reports)),
                    counted.known(len(rl.known)),
                    counted.tracking(len(rl.tracking)),
                )
            )
        )
        lines = [
            QCoreApplication.translate("ReportListDialog", PROBLEMS[code])
            .replace("%1", str(row))
            .replace("%2", value)
            for row, code, value in rl.problems[:8]
        ]
        if len(rl.problems) > 8:
            lines.append("…")
        self.problems.setText("; ".join(lines))
        self.ok.setEnabled(bool(rl.new_reports or rl.tracking))

    def accept(self) -> None:
        mapping = self.mapping()
        rl = plan_rows(self.table, mapping, self.workspace.plan, self.workspace.engine.calendar)
        try:
            self.result_plan = apply_report_list(self.workspace.plan, rl)
        except EditError as exc:
            self.problems.setText(exc.message)
            return
        if self.settings is not None:
            self.settings.setValue(
                SETTING + self.table.shape, json.dumps({str(k): v for k, v in mapping.items()})
            )
        super().accept()


class Counted(QObject):
    """Texts with a number; a QObject so lupdate finds their plural forms."""

    def new(self, n: int) -> str:
        return self.tr("%n new report line(s)", "", n)

    def known(self, n: int) -> str:
        return self.tr("%n already in the plan", "", n)

    def tracking(self, n: int) -> str:
        return self.tr("%n tracking row(s)", "", n)
