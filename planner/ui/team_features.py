"""What a window adds for team plans: File ▸ Open Team Plan…, Take Offline Copy…, Bring
Changes Back…, the History dock (who changed what, `team_history`), others' edits
arriving while open, and a lost server: said once in the status bar, the unsaved edit
offered again when the server is back.

Others' edits arrive by the socket of the connection that LISTENs for them: a
QSocketNotifier reads an announcement as soon as it is there. A slow timer is the safety
net: it finds a connection that died without a word, and while the server cannot be
reached it tries again every few seconds (the listening socket is a new one then)."""

from __future__ import annotations

from collections.abc import Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QSocketNotifier,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.domain.model import Plan
from planner.store.address import PlanLocation, TeamAddress, parse_team_url, server_and_database
from planner.store.errors import PlanConnectionError, PlanError
from planner.ui.team_history import HistoryPanel
from planner.ui.wording import fill_in

if TYPE_CHECKING:
    from planner.store.offline import OfflineConflict
    from planner.ui.main_window import MainWindow


def _ops() -> ModuleType:
    """The team-plan operations (psycopg and all), loaded when a team plan is open: a
    window on a plan file starts without them."""
    from planner.app import team

    return team


SAFETY_MS = 30_000  # asks the server whether the listening connection still lives
RETRY_MS = 5000  # while the server cannot be reached


# how a saved window state names the History dock (QDataStream writes UTF-16 big-endian)
HISTORY_DOCK = "dock-audit".encode("utf-16-be")


class _Cancelled(PlanError):
    pass


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
        self.notifier: QSocketNotifier | None = None
        self.listening = False
        self.timer = QTimer(self, interval=SAFETY_MS)
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
            window.installEventFilter(self)  # stops listening when the window closes
            self.listen()

    def place_history(self, layout: object) -> None:
        """Once the window's layout is restored: a layout that knew the History (a window
        state naming its dock) keeps it where the officer put it; otherwise it is a tab
        beside the legend, raised. Stacked under the inspector and the legend, a
        768-pixel screen left it one row of edits and no changes."""
        if self.panel is None:
            return
        if isinstance(layout, QByteArray) and HISTORY_DOCK in layout.data():
            return
        window = self.main
        window.tabifyDockWidget(window.docks["legend"], window.docks["audit"])
        window.docks["audit"].raise_()
        # an edit's records and its before and after need more than the inspector's width:
        # the right-hand docks take 28 % of the window (380 to 560 pixels)
        width = min(560, max(380, window.width() * 28 // 100))
        window.resizeDocks([window.docks["audit"]], [width], Qt.Orientation.Horizontal)

    def _changed(self, _change: object) -> None:
        if self.panel is not None and self.panel.isVisible():
            self.panel.refresh()

    def _selection_changed(self, *_: object) -> None:
        if self.panel is not None and self.panel.scope.currentIndex() == 1:
            self.panel.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.main and event.type() == QEvent.Type.Close:
            self.stop()  # before the window closes the plan's connections
        return False

    # --- others' edits and a lost server ------------------------------------------------

    def listen(self) -> None:
        """Take in others' edits as they are announced (and start the safety net)."""
        self.listening = True
        self._watch()
        self.timer.start()

    def stop(self) -> None:
        """Take in no more of others' edits (the window closes, or a test holds them)."""
        self.listening = False
        self.timer.stop()
        self._unwatch()

    def _watch(self) -> None:
        """Watch the socket announcements arrive on; a new one after a reconnect."""
        socket = _ops().listening_socket(self.main.workspace) if self.listening else None
        if self.notifier is not None and self.notifier.socket() == socket:
            return
        self._unwatch()
        if socket is not None:
            self.notifier = QSocketNotifier(socket, QSocketNotifier.Type.Read, self)
            self.notifier.activated.connect(self._readable)

    def _unwatch(self) -> None:
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.deleteLater()
            self.notifier = None

    def _readable(self, *_: object) -> None:
        """Something arrived on the listening socket: an announcement, or the connection's
        end (then poll finds the server lost, and the timer listens again when it can)."""
        self.poll(check=False)

    def poll(self, *, check: bool = True) -> None:
        """Take in others' announced edits; `check`: ask the server whether the listening
        connection lives (the safety net), else read only what arrived."""
        try:
            _ops().poll_others(self.main.workspace, check=check)  # listeners refresh the views
        except PlanConnectionError as exc:
            self._unwatch()  # that socket is gone: the timer tries a new one
            if not self.unreachable:
                self.unreachable = True
                self.timer.setInterval(RETRY_MS)
                self.main.statusBar().showMessage(str(exc))
            return
        except PlanError as exc:
            self.main.statusBar().showMessage(str(exc), 8000)
            return
        self._watch()  # a dropped connection may have been replaced by a new one
        if self.unreachable:
            self.unreachable = False
            self.timer.setInterval(SAFETY_MS)
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
        self._unwatch()
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


def recent_label(location: PlanLocation) -> str:
    """How File ▸ Open Recent names a plan: a file by its path, a team plan as
    "NAME — database on server" (its address in the status tip)."""
    if not isinstance(location, TeamAddress):
        return str(location).replace("&", "&&")
    host, database = server_and_database(location)
    text = (
        fill_in(
            QCoreApplication.translate("TeamFeatures", "%1 — %2 on %3"),
            location.plan,
            database,
            host,
        )
        if host
        else fill_in(
            QCoreApplication.translate("TeamFeatures", "%1 — %2 on this computer"),
            location.plan,
            database,
        )
    )
    return text.replace("&", "&&")


def recent_labels(locations: Sequence[PlanLocation]) -> list[str]:
    """Each recent plan's label; two team plans that read alike (the same plan and database
    on two servers of this computer) also show their address."""
    labels = [recent_label(p) for p in locations]
    return [
        f"{text} ({str(p).replace('&', '&&')})" if labels.count(text) > 1 else text
        for text, p in zip(labels, locations, strict=True)
    ]
