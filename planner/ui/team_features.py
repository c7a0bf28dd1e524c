"""What a window adds for team plans: File ▸ Open Team Plan…, Take Offline Copy…, Bring
Changes Back…, the History dock (who changed what), others' edits arriving while open,
and a lost server: said once in the status bar, the unsaved edit offered again when the
server is back."""

from __future__ import annotations

from collections.abc import Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.model import Plan
from planner.store.address import TeamAddress, parse_team_url
from planner.store.errors import PlanConnectionError, PlanError
from planner.timeline.painter import DecisionSel, EventSel, RequirementSel, SessionSel

if TYPE_CHECKING:
    from planner.store.audit import AuditEntry
    from planner.store.offline import OfflineConflict
    from planner.ui.main_window import MainWindow


def _ops() -> ModuleType:
    """The team-plan operations (psycopg and all), loaded when a team plan is open: a
    window on a plan file starts without them."""
    from planner.app import team

    return team


POLL_MS = 500  # others' edits appear within a second
RETRY_MS = 5000  # while the server cannot be reached


class _Cancelled(PlanError):
    pass


def _selected_record(window: MainWindow) -> tuple[str, Any] | None:
    match window.timeline.selection:
        case DecisionSel(symbol):
            return ("decisions", symbol)
        case SessionSel(sid):
            return ("sessions", sid)
        case EventSel(eid):
            return ("events", eid)
        case RequirementSel() as sel:
            return ("tracking", sel.key)
    return None


class HistoryPanel(QWidget):
    """The audit of a team plan: every edit, or those of one record or one officer."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.scope = QComboBox()
        self.scope.addItems([self.tr("All edits"), self.tr("This record"), self.tr("This officer")])
        self.scope.currentIndexChanged.connect(self.refresh)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Edit"), self.tr("Records")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.undo_button = QPushButton(self.tr("Undo This Edit"))
        self.undo_button.clicked.connect(self.undo_selected)
        self.undo_button.setEnabled(not window.workspace.read_only)
        top = QHBoxLayout()
        top.addWidget(self.scope)
        top.addStretch(1)
        top.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.entries: list[AuditEntry] = []

    def refresh(self) -> None:
        ws = self.window_.workspace
        if ws.team is None:
            return
        ops = _ops()
        store = ops.team_store(ws)
        scope = self.scope.currentIndex()
        try:
            if scope == 1:
                record = _selected_record(self.window_)
                found = ops.history(ws, table=record[0], key=record[1]) if record else []
            elif scope == 2:
                found = ops.history(ws, who=store.user)
            else:
                found = ops.history(ws)
        except PlanError as exc:
            self.window_.statusBar().showMessage(str(exc), 8000)
            return
        self.entries = found
        self.table.setRowCount(len(found))
        for row, e in enumerate(found):
            cells = (
                f"{e.at.astimezone():%Y-%m-%d %H:%M:%S}",
                e.who,
                e.description,
                ", ".join(r.what for r in e.records[:5]) + (" …" if len(e.records) > 5 else ""),
            )
            for col, value in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(value))

    def undo_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        entry = self.entries[rows[0].row()]
        try:
            _ops().undo_entry(self.window_.workspace, entry)
        except PlanError as exc:
            QMessageBox.warning(self, self.tr("Undo This Edit"), str(exc))
        self.refresh()


class ConflictDialog(QDialog):
    """Records changed both offline and on the server: both versions side by side; the
    officer keeps one of each."""

    def __init__(self, conflicts: Sequence[OfflineConflict], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed on both sides"))
        self.conflicts = list(conflicts)
        self.choices: list[QButtonGroup] = []
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.addWidget(QLabel(self.tr("Yours (offline)")), 0, 1)
        grid.addWidget(QLabel(self.tr("Theirs (now on the server)")), 0, 2)
        for i, c in enumerate(self.conflicts, start=1):
            when = f"{c.theirs_at:%Y-%m-%d %H:%M}" if c.theirs_at else "?"
            who = self.tr("changed by %1 at %2").replace("%1", c.theirs_by).replace("%2", when)
            grid.addWidget(QLabel(f"{c.what}\n{who}"), i, 0)
            group = QButtonGroup(self)
            for col, (text, value) in enumerate(
                ((self.tr("Keep yours"), c.mine_json()), (self.tr("Keep theirs"), c.theirs_json())),
                start=1,
            ):
                box = QVBoxLayout()
                view = QPlainTextEdit(value)
                view.setReadOnly(True)
                choice = QRadioButton(text)
                group.addButton(choice, col)
                box.addWidget(view)
                box.addWidget(choice)
                grid.addLayout(box, i, col)
            group.button(2).setChecked(True)
            self.choices.append(group)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.resize(900, 600)

    def mine(self) -> set[tuple[str, Any]]:
        return {
            (c.table, c.key)
            for c, group in zip(self.conflicts, self.choices, strict=True)
            if group.checkedId() == 1
        }


class TeamPlanDialog(QDialog):
    """Host, database, user and plan; libpq finds the rest (service file, .pgpass, sslmode)."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open Team Plan"))
        self.host = QLineEdit()
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.plan = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Plan"), self.plan)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def address(self) -> TeamAddress:
        from urllib.parse import quote

        user = self.user.text().strip()
        netloc = (quote(user, safe="") + "@" if user else "") + self.host.text().strip()
        db = quote(self.database.text().strip(), safe="")
        return parse_team_url(f"postgresql://{netloc}/{db}?plan={quote(self.plan.text().strip())}")


class TeamFeatures(QObject):
    def __init__(self, window: MainWindow, file_menu: QMenu, before: QAction) -> None:
        super().__init__(window)
        self.main = window
        ws = window.workspace
        self.is_team = ws.team is not None
        self.pending: tuple[Plan, str] | None = None
        self.unreachable = False
        self.open_action = QAction(self.tr("Open &Team Plan…"), window)
        self.open_action.triggered.connect(self.open_dialog)
        self.copy_action = QAction(self.tr("Take &Offline Copy…"), window)
        self.copy_action.triggered.connect(self.take_offline_copy)
        self.back_action = QAction(self.tr("&Bring Changes Back…"), window)
        self.back_action.triggered.connect(self.bring_changes_back)
        for action in (self.open_action, self.copy_action, self.back_action):
            file_menu.insertAction(before, action)
        editable = self.is_team and not ws.read_only
        self.copy_action.setEnabled(editable)
        self.back_action.setEnabled(editable)
        self.panel: HistoryPanel | None = None
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.poll)
        if self.is_team:
            self.panel = HistoryPanel(window)
            window._dock(
                "audit", self.tr("History"), self.panel, Qt.DockWidgetArea.RightDockWidgetArea
            )
            self.panel.refresh()
            window.editing.on_failure = self.edit_failed
            ws.listeners.append(self._changed)
            listener = self._changed  # a window handing its plan to a new one lets go of it
            window.destroyed.connect(
                lambda *_: ws.listeners.remove(listener) if listener in ws.listeners else None
            )
            window.timeline.selectionChanged.connect(self._selection_changed)
            self.timer.start()

    def _changed(self, _change: object) -> None:
        if self.panel is not None and self.panel.isVisible():
            self.panel.refresh()

    def _selection_changed(self, *_: object) -> None:
        if self.panel is not None and self.panel.scope.currentIndex() == 1:
            self.panel.refresh()

    # --- others' edits and a lost server ------------------------------------------------

    def poll(self) -> None:
        try:
            _ops().poll_others(self.main.workspace)  # listeners refresh the views
        except PlanConnectionError as exc:
            if not self.unreachable:
                self.unreachable = True
                self.timer.setInterval(RETRY_MS)
                self.main.statusBar().showMessage(str(exc))
            return
        except PlanError as exc:
            self.main.statusBar().showMessage(str(exc), 8000)
            return
        if self.unreachable:
            self.unreachable = False
            self.timer.setInterval(POLL_MS)
            self.main.statusBar().showMessage(self.tr("Connected to the server again"), 5000)
            self.offer_pending()

    def edit_failed(self, new_plan: Plan, text: str, exc: PlanError) -> bool:
        """A lost server: keep the edit to offer again (True: handled here)."""
        if not isinstance(exc, PlanConnectionError):
            if self.panel is not None:
                self.panel.refresh()
            return False
        self.pending = (new_plan, text)
        self.unreachable = True
        self.timer.setInterval(RETRY_MS)
        self.main.statusBar().showMessage(
            self.tr("Not saved, the server cannot be reached: “%1” will be offered again").replace(
                "%1", text
            )
        )
        return True

    def offer_pending(self) -> None:
        if self.pending is None:
            return
        plan, text = self.pending
        self.pending = None
        answer = QMessageBox.question(
            self.main,
            self.tr("Connected to the server again"),
            self.tr("Save your edit “%1” now?").replace("%1", text),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.main.editing.commit(plan, text)

    # --- commands ------------------------------------------------------------------------

    def open_dialog(self) -> None:
        dialog = TeamPlanDialog(self.main)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            address = dialog.address()
        except PlanError as exc:
            QMessageBox.warning(self.main, self.tr("Open Team Plan"), str(exc))
            return
        if self.main.opener is not None:
            self.main.opener(address)

    def take_offline_copy(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.main, self.tr("Take Offline Copy"), "", self.tr("Plans (*.sqlite)")
        )
        if not name:
            return
        from pathlib import Path

        target = Path(name) if name.endswith(".sqlite") else Path(name + ".sqlite")
        try:
            _ops().take_copy(self.main.workspace, target)
        except PlanError as exc:
            QMessageBox.warning(self.main, self.tr("Take Offline Copy"), str(exc))
            return
        self.main.statusBar().showMessage(
            self.tr("Offline copy saved as %1").replace("%1", str(target)), 8000
        )

    def bring_changes_back(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.main, self.tr("Bring Changes Back"), "", self.tr("Plans (*.sqlite)")
        )
        if not name:
            return
        from pathlib import Path

        def choose(conflicts: Sequence[OfflineConflict]) -> set[tuple[str, Any]]:
            dialog = ConflictDialog(conflicts, self.main)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                raise _Cancelled("")
            return dialog.mine()

        try:
            result = _ops().bring_changes_back(self.main.workspace, Path(name), choose)
        except _Cancelled:
            return
        except PlanError as exc:
            QMessageBox.warning(self.main, self.tr("Bring Changes Back"), str(exc))
            return
        self.main.statusBar().showMessage(
            self.tr("%n change(s) brought back", "", result.applied), 8000
        )
        if self.panel is not None:
            self.panel.refresh()
