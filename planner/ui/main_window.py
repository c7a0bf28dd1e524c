"""The planner window: the timeline in the middle, panels in docks around it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QRect,
    QSettings,
    Qt,
    QTimer,
    Signal,
    qVersion,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolBar,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from planner import __version__
from planner.app.locations import recent_locations, remember_plan
from planner.app.workspace import Change, ReadOnly, Workspace
from planner.store.address import PlanLocation
from planner.store.errors import PlanError
from planner.timeline.geometry import Viewport
from planner.timeline.painter import Selection
from planner.timeline.scene import TimelineScene
from planner.timeline.style import HIGH_CONTRAST, LIGHT
from planner.ui.changes_panel import WhatChangedPanel, WhatIfPanel, change_summary
from planner.ui.date_field import DateField
from planner.ui.edit_actions import EditActions
from planner.ui.export_dialogs import ExportCommands
from planner.ui.hint import SEEN as HINT_CLOSED
from planner.ui.hint import FirstViewHint
from planner.ui.i18n import LANGUAGES, SETTING, chosen_language
from planner.ui.legend_panel import LegendPanel, legend_scroller
from planner.ui.panels import (
    DeadlinesPanel,
    InspectorPanel,
    LanesPanel,
    ProblemsPanel,
    RequirementsPanel,
)
from planner.ui.plan_commands import PlanCommands, calendar_note
from planner.ui.refresh import CatchesUp, ChangeListener, on_screen
from planner.ui.shortcuts import ShortcutTable, keep_shortcuts_left_to_right
from planner.ui.timeline_view import TimelineView
from planner.ui.undo import Editing
from planner.ui.widgets import named, pydate, qdate
from planner.ui.window_actions import ACTIONS, MENU_TITLES, MENUS, ActionSpec, Menu
from planner.ui.wording import fill_in, words

SETTINGS_ORG = "Mandate Planner"
SETTINGS_APP = "mandate-planner"


@dataclass
class CarriedState:
    """What a window hands to the window that replaces it (a language change): the undo
    history, the docks as arranged, the view, the selection and the lanes shown."""

    stack: QUndoStack
    dock_state: QByteArray
    geometry: QRect
    viewport: Viewport
    navigated: bool
    selection: Selection | None
    hidden: set[str]
    collapsed: set[str]


class MainWindow(QMainWindow):
    """One window per open plan. `opener` opens another plan in its own window (File ▸
    Open) and returns that window, or None when the plan was not opened (it says why)."""

    painted = Signal()
    languageChangeRequested = Signal(str)  # a language code; the application rebuilds the window
    # what the action table (window_actions.py) reaches, declared for its type checking
    timeline: TimelineView
    edits: EditActions
    exports: ExportCommands
    plan_commands: PlanCommands
    actions_by_name: dict[str, QAction]  # declared here: handlers made before the table use it
    editing: Editing

    def __init__(
        self,
        workspace: Workspace,
        *,
        today: date | None = None,
        opener: Callable[[PlanLocation], MainWindow | None] | None = None,
        settings: QSettings | None = None,
        carried: CarriedState | None = None,
    ) -> None:
        super().__init__()
        self.workspace = workspace
        self.today = today or workspace.options.today or date.today()
        self.opener = opener
        self.settings = settings or QSettings(SETTINGS_ORG, SETTINGS_APP)
        self.scene = TimelineScene(workspace)
        self.timeline = TimelineView(self.scene, today=self.today)
        self.timeline.setObjectName("timeline")
        self.hint = FirstViewHint()
        self.hint.draftsRequested.connect(lambda: self.actions_by_name["drafts"].setChecked(True))
        self.hint.closed.connect(lambda: self.settings.setValue(HINT_CLOSED, True))
        centre = named(QWidget(), "centre")
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.hint)
        column.addWidget(self.timeline, 1)
        self.setCentralWidget(centre)
        self.hint.setVisible(self.settings.value(HINT_CLOSED) not in (True, "true"))
        self.setObjectName("mainWindow")
        self.setMinimumSize(800, 500)

        self.inspector = InspectorPanel(self.scene)
        self.requirements = RequirementsPanel(workspace)
        self.deadlines = DeadlinesPanel(workspace, self.today)
        self.problems = ProblemsPanel(workspace)
        self.lanes = LanesPanel(self.scene)
        self.what_changed = WhatChangedPanel()
        self.what_if = WhatIfPanel(workspace)
        # each edit's Change is handed to these, in this order, once the timeline has it
        self.panels: list[ChangeListener] = [
            self.lanes,
            self.requirements,
            self.deadlines,
            self.problems,
            self.inspector,
            self.what_changed,
            self.what_if,
        ]
        self.legend = LegendPanel()
        self.editing = Editing(workspace, self, carried.stack if carried else None)
        self.edits = EditActions(self)
        self.exports = ExportCommands(self)
        self.plan_commands = PlanCommands(self)
        self.meeting = False
        self.handing_over = False
        self.history = QUndoView(self.editing.stack)
        self.history.setEmptyLabel(self.tr("Opened plan"))
        self.docks: dict[str, QDockWidget] = {}
        self._dock(
            "inspector", self.tr("Inspector"), self.inspector, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self._dock("lanes", self.tr("Lanes"), self.lanes, Qt.DockWidgetArea.LeftDockWidgetArea)
        self._dock(
            "requirements",
            self.tr("Requirements"),
            self.requirements,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self._dock(
            "deadlines",
            self.tr("Deadlines"),
            self.deadlines,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self._dock(
            "problems", self.tr("Problems"), self.problems, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self._dock(
            "changes",
            self.tr("What Changed"),
            self.what_changed,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self._dock(
            "whatif",
            self.tr("What-if: Drafts"),
            self.what_if,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self._dock(
            "history", self.tr("Undo History"), self.history, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self._dock(
            "legend",
            self.tr("Legend"),
            legend_scroller(self.legend),
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        self.tabifyDockWidget(self.docks["requirements"], self.docks["deadlines"])
        self.tabifyDockWidget(self.docks["deadlines"], self.docks["problems"])
        self.tabifyDockWidget(self.docks["problems"], self.docks["changes"])
        self.tabifyDockWidget(self.docks["changes"], self.docks["whatif"])
        self.docks["history"].hide()
        self.docks["requirements"].raise_()
        self.docks["lanes"].hide()

        for panel in (self.requirements, self.deadlines, self.problems):
            panel.selectRequested.connect(self.select)
        self.timeline.selectionChanged.connect(self.inspector.show_selection)
        self.timeline.activated.connect(self.edits.edit)
        self.timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.timeline.customContextMenuRequested.connect(self.edits.context_menu)
        self.what_changed.selectRequested.connect(self.select)
        self.requirements.trackRequested.connect(self.edits.track)
        self.requirements.editReportRequested.connect(self.edits.edit_report)
        self.requirements.deleteReportRequested.connect(
            lambda report: self.edits.delete_record("report", report)
        )
        self.lanes.changed.connect(self.timeline.refresh)
        workspace.listeners.append(self._changed)

        self._build_actions()
        self._build_status_bar()
        self._show_status()
        self._update_title()
        if carried is None:
            self._restore_layout()
            self.team.place_history(self.settings.value("window/state"))
        else:
            self._take_over(carried)
            self.team.place_history(carried.dock_state)
        # thinned backups of the open plan: one now, then every ten minutes while open
        self._backup_timer = QTimer(self, interval=10 * 60 * 1000)
        self._backup_timer.timeout.connect(self._backup)
        if workspace.store is not None and not workspace.read_only:
            QTimer.singleShot(2000, self._backup)
            self._backup_timer.start()
        self.timeline.painted.connect(self.painted)

    # --- construction -------------------------------------------------------------

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> None:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{name}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.docks[name] = dock
        dock.visibilityChanged.connect(lambda visible, name=name: self._dock_shown(name, visible))

    # The import dialogs are imported when first used: their readers (pypdf, the
    # resolution and meeting parsers) take a tenth of a second to import, before the
    # window's first paint otherwise.
    def _import_resolutions(self) -> None:
        from planner.ui.import_resolutions import import_resolutions

        import_resolutions(self)

    def _import_report_list(self) -> None:
        from planner.ui.import_report_list import import_report_list

        import_report_list(self)

    def _import_meetings(self) -> None:
        from planner.ui.import_meetings import import_meetings

        import_meetings(self)

    def _action(self, spec: ActionSpec) -> QAction:
        """One declared command as a QAction of this window (its keys assigned later)."""
        if spec.handler is None:  # the history's own: its text names what it undoes
            stack = self.editing.stack
            make = stack.createUndoAction if spec.id == "undo" else stack.createRedoAction
            action = make(self, QCoreApplication.translate("MainWindow", spec.text))
        else:
            action = QAction(QCoreApplication.translate("MainWindow", spec.text), self)
            action.setCheckable(spec.checkable)
            slot = spec.handler(self)
            (action.toggled if spec.checkable else action.triggered).connect(slot)
        action.setObjectName(spec.object_name)
        if spec.keys:
            self.shortcuts.want(action, spec.keys)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.shortcuts = ShortcutTable()
        a = {spec.id: self._action(spec) for spec in ACTIONS}
        a["drafts"].setChecked(self.workspace.options.with_drafts)
        self.leave_meeting = QShortcut(
            QKeySequence(Qt.Key.Key_Escape), self, self.leave_meeting_mode
        )
        self.leave_meeting.setEnabled(False)
        self.shortcuts.assign()
        if self.isRightToLeft():
            keep_shortcuts_left_to_right(a.values())
        self.actions_by_name = a

        menus = self._build_menus(a)
        file_menu, edit_menu, view_menu = menus["file"], menus["edit"], menus["view"]
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.insertMenu(a["save_as"], self.recent_menu)
        from planner.ui.team_features import TeamFeatures  # team plans (PostgreSQL)

        self.team = TeamFeatures(self, file_menu, _item_before(file_menu, a["import_plan"]))
        add_menu = self.add_menu = QMenu(self.tr("&Add"), self)
        for kind, label in (
            ("report", self.tr("Report Line…")),
            ("body", self.tr("Body…")),
            ("session", self.tr("Session…")),
            ("session_series", self.tr("Session Series…")),
            ("event", self.tr("Event…")),
            ("event_series", self.tr("Event Series…")),
        ):
            add_menu.addAction(label, partial(self.edits.add, kind))
        edit_menu.insertMenu(_item_before(edit_menu, a["find"]), add_menu)
        self.language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        current = chosen_language(self.settings)
        for lang in LANGUAGES:
            act = self.language_menu.addAction(lang.native)
            act.setCheckable(True)
            act.setChecked(lang.code == current)
            act.setData(lang.code)
            group.addAction(act)
            act.triggered.connect(lambda _checked=False, code=lang.code: self.choose_language(code))
        view_menu.addSeparator()
        for dock in self.docks.values():
            view_menu.addAction(dock.toggleViewAction())

        bar = QToolBar(self.tr("Main"), self)
        bar.setObjectName("toolbar-main")
        bar.setMovable(False)
        for spec in ACTIONS:
            if spec.toolbar:
                bar.addAction(a[spec.id])
        bar.addSeparator()
        self.as_of_check = named(QCheckBox(self.tr("As of")), "asOfCheck")
        self.as_of_date = DateField()  # recalculates when editing ends, not per keystroke
        self.as_of_date.setObjectName("asOfDate")
        as_of = self.workspace.options.as_of
        self.as_of_date.setDate(qdate(as_of or self.today))
        self.as_of_check.setChecked(as_of is not None)
        self.as_of_date.setEnabled(as_of is not None)
        self.as_of_check.toggled.connect(self._as_of_changed)
        self.as_of_date.dateChanged.connect(self._as_of_changed)
        bar.addWidget(self.as_of_check)
        bar.addWidget(self.as_of_date)
        self.addToolBar(bar)

    def _build_menus(self, a: dict[str, QAction]) -> dict[Menu, QMenu]:
        """The menu bar from the table: each menu's actions in order, groups separated."""
        menus = {
            m: self.menuBar().addMenu(QCoreApplication.translate("MainWindow", MENU_TITLES[m]))
            for m in MENUS
        }
        last: dict[Menu, int] = {}
        for spec in ACTIONS:
            if spec.menu is None:
                continue
            if spec.menu in last and last[spec.menu] != spec.group:
                menus[spec.menu].addSeparator()
            last[spec.menu] = spec.group
            menus[spec.menu].addAction(a[spec.id])
        return menus

    def _build_status_bar(self) -> None:
        self.status_plan = named(QLabel(), "statusPlan")
        self.status_plan.setMinimumWidth(80)  # a long title is elided, never the markers
        self.status_read_only = named(QLabel(), "statusReadOnly")
        self.status_read_only.setStyleSheet("font-weight: bold; color: #B3261E;")
        self.status_counts = named(QLabel(), "statusCounts")
        self.status_scope = named(QLabel(), "statusScope")
        sb = self.statusBar()
        sb.addWidget(self.status_plan, 1)
        sb.addPermanentWidget(self.status_read_only)
        sb.addPermanentWidget(self.status_counts)
        sb.addPermanentWidget(self.status_scope)

    # --- refresh from changes -------------------------------------------------------------

    def _changed(self, change: Change) -> None:
        """The timeline follows the change, then each panel (`on_change`), then the
        status bar."""
        cs = change.requirements
        self.scene.rebuild(None if change.options_changed else cs)
        flash = {r.key for r in cs.added} | {r.key for r in cs.changed}
        self.timeline.refresh(flash=flash if not change.options_changed else None)
        for panel in self.panels:
            panel.on_change(change)
        self._show_status()
        if not change.options_changed and not cs.empty:
            self.statusBar().showMessage(
                fill_in(self.tr("%1: %2"), change.description, change_summary(cs)), 6000
            )

    def _show_status(self) -> None:
        """The counts, the scope, the plan's title and whether it can be edited."""
        ws = self.workspace
        result = ws.result()
        problems = sum(1 for d in result.diagnostics if str(d.level) in ("error", "warning"))
        self._show_plan_title()
        self._sync_read_only()
        self.status_counts.setText(
            self.tr("%n requirement(s)", "", len(result.requirements))
            + " · "
            + self.tr("%n problem(s)", "", problems)
        )
        scope = self.tr("drafts included") if ws.options.with_drafts else self.tr("adopted only")
        if ws.options.as_of:
            scope += " · " + self.tr("as of %1").replace("%1", ws.options.as_of.isoformat())
        self.status_scope.setText(scope)
        self.docks["problems"].setWindowTitle(self.tr("Problems (%n)", "", problems))

    def _on_screen(self, name: str) -> bool:
        return on_screen(self.docks[name].widget())

    def _dock_shown(self, name: str, visible: bool) -> None:
        """A panel that put off a refresh while tabbed away catches up when shown."""
        widget = self.docks[name].widget()
        if visible and isinstance(widget, CatchesUp):
            widget.catch_up()

    def _backup(self) -> None:
        try:
            self.workspace.backup_now()
        # a failed backup must not disturb the work
        except (OSError, sqlite3.Error, PlanError) as exc:
            why = getattr(exc, "strerror", None) or str(exc)
            self.statusBar().showMessage(fill_in(self.tr("Backup failed: %1"), why), 8000)

    def _update_title(self) -> None:
        """The plan, its file and whether it is read-only; Qt adds the application's name
        (its display name) after it, so it is not written here."""
        path = self.workspace.plan_path
        title = self.workspace.title + (f" ({path.name})" if path else "")
        if self.workspace.read_only and not self.meeting:
            title = self.tr("%1 — read-only").replace("%1", title)
        self.setWindowTitle(title)

    def _show_plan_title(self) -> None:
        label, title = self.status_plan, self.workspace.title
        width = max(80, label.width() - 4)
        label.setText(label.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, width))
        label.setToolTip(title)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self._show_plan_title)  # once the status bar has its new size

    def _sync_read_only(self) -> None:
        """Editing commands are off while the plan cannot be edited; the status bar and
        the title say so, and why."""
        ws = self.workspace
        editable = not ws.read_only
        stack = self.editing.stack
        history = {"undo": stack.canUndo(), "redo": stack.canRedo()}
        for spec in ACTIONS:
            if spec.editing:
                self.actions_by_name[spec.id].setEnabled(editable and history.get(spec.id, True))
        self.add_menu.setEnabled(editable)
        marker = self.status_read_only
        marker.setVisible(ws.read_only)
        marker.setText(self.tr("Read-only") if ws.read_only else "")
        marker.setToolTip(
            words().read_only(ws.read_only_reason, ws.read_only_detail) if ws.read_only else ""
        )
        self._update_title()

    # --- commands --------------------------------------------------------------------------

    def select(self, sel: Selection) -> None:
        self.timeline.set_selection(sel, reveal=True)
        self.timeline.ensure_visible(sel)

    def show_what_if(self) -> None:
        self.docks["whatif"].show()
        self.docks["whatif"].raise_()
        self.what_if.refresh()

    def _as_of_changed(self, *_: object) -> None:
        on = self.as_of_check.isChecked()
        self.as_of_date.setEnabled(on)
        wanted = pydate(self.as_of_date.date()) if on else None
        if wanted != self.workspace.options.as_of:
            self.workspace.set_options(as_of=wanted)

    def set_as_of(self, day: date | None) -> None:
        """Show the plan as it stood on `day` (None: as it stands now)."""
        if day is not None:
            self.as_of_date.setDate(qdate(day))
        self.as_of_check.setChecked(day is not None)
        self._as_of_changed()

    def choose_as_of(self) -> None:
        self.as_of_check.setChecked(True)
        self.as_of_date.setFocus()

    # --- meeting mode ------------------------------------------------------------------

    def set_meeting_mode(self, on: bool) -> None:
        """Full screen, large type, high contrast, read-only, no docks; ←/→ walk the
        sessions; Esc leaves."""
        if on == self.meeting:
            return
        self.meeting = on
        if on:
            self._before_meeting = (
                self.saveState(),
                self.isFullScreen(),
                self.workspace.read_only,
                self.workspace.read_only_reason,
            )
            for dock in self.docks.values():
                dock.hide()
            for bar in self.findChildren(QToolBar):
                bar.hide()
            self._hint_shown = self.hint.isVisible()
            self.hint.hide()
            self.menuBar().hide()
            self.workspace.read_only = True
            self.workspace.read_only_reason = ReadOnly.MEETING
            self.timeline.theme = HIGH_CONTRAST
            self.timeline.meeting = True
            self.showFullScreen()
        else:
            state, was_full, read_only, reason = self._before_meeting
            self.workspace.read_only, self.workspace.read_only_reason = read_only, reason
            self.timeline.theme = LIGHT
            self.timeline.meeting = False
            self.menuBar().show()
            for bar in self.findChildren(QToolBar):
                bar.show()
            self.hint.setVisible(self._hint_shown)
            self.restoreState(state)
            if not was_full:
                self.showNormal()
        for spec in ACTIONS:
            if spec.meeting_off:
                self.actions_by_name[spec.id].setEnabled(not on)
        if not on:  # the plan's own state and the history decide, as before the meeting
            self._sync_read_only()
        self.actions_by_name["meeting"].setChecked(on)
        self.leave_meeting.setEnabled(on)
        self.timeline.setFocus()
        self.timeline.viewport().update()

    def choose_language(self, code: str) -> None:
        """Remember the language and ask the application to rebuild this window in it."""
        self.settings.setValue(SETTING, code)
        self.languageChangeRequested.emit(code)

    def leave_meeting_mode(self) -> None:
        self.set_meeting_mode(False)

    def set_drafts(self, on: bool) -> None:
        if on != self.workspace.options.with_drafts:
            self.workspace.set_options(with_drafts=on)

    def open_dialog(self) -> None:
        folder = str(self.workspace.plan_path.parent) if self.workspace.plan_path else ""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open plan"), folder, self.tr("Plans (*.sqlite *.json);;All files (*)")
        )
        if name and self.opener is not None:
            self.opener(Path(name))

    def save_as_dialog(self) -> None:
        ws = self.workspace
        if ws.store is None:
            QMessageBox.information(
                self, self.tr("Save As"), self.tr("This plan is not a plan file; import it first.")
            )
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save plan as"), str(ws.plan_path or ""), self.tr("Plans (*.sqlite)")
        )
        if not name:
            return
        target = Path(name) if name.endswith(".sqlite") else Path(name + ".sqlite")
        try:
            ws.store.copy_to(target)
        except PlanError as exc:
            QMessageBox.warning(self, self.tr("Save As"), str(exc))
            return
        remember_plan(target)
        self.statusBar().showMessage(self.tr("Saved a copy as %1").replace("%1", str(target)), 5000)

    def _fill_recent(self) -> None:
        from planner.ui.team_features import recent_labels  # plan files and team plans

        self.recent_menu.clear()
        locations = recent_locations()
        if not locations:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
        for p, label in zip(locations, recent_labels(locations), strict=True):
            action = self.recent_menu.addAction(label, partial(self._open_recent, p))
            action.setStatusTip(str(p))

    def _open_recent(self, location: PlanLocation) -> None:
        if self.opener is not None:
            self.opener(location)

    def about(self) -> None:
        from planner.ui.fonts import bundled_font_licences

        fonts = bundled_font_licences()
        font_text = "<br>".join(fonts) if fonts else self.tr("system fonts")
        QMessageBox.about(
            self,
            self.tr("About Mandate Planner"),
            f"<b>Mandate Planner {__version__}</b><br>"
            + self.tr(
                "Which reports the Secretary-General owes to which session, why, and by when."
            )
            + (
                f"<br><br>{note}"
                if (note := calendar_note(self.workspace.plan.calendar_as_of))
                else ""
            )
            + "<br><br>Qt "
            + qVersion()
            + ", PySide6 (LGPL v3); SQLAlchemy, Alembic, openpyxl (MIT);"
            " python-dateutil, icalendar (BSD/Apache 2.0); python-docx (MIT).<br><br><b>"
            + self.tr("Fonts")
            + "</b><br>"
            + font_text,
        )

    # --- layout memory ------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        """The window as it was left, if that fits the screen it opens on now; otherwise
        (another monitor, a smaller laptop screen) most of the current screen."""
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)
        saved_on = self.settings.value("window/screen")
        restored = (
            isinstance(geometry, QByteArray)
            and not geometry.isEmpty()
            and saved_on in (None, _size_text(available))
            and self.restoreGeometry(geometry)
            and usable_on(self.frameGeometry(), available, known_screen=saved_on is not None)
        )
        if not restored:
            if self.isMaximized() or self.isFullScreen():
                self.showNormal()
            width = max(self.minimumWidth(), int(available.width() * 0.9))
            height = max(self.minimumHeight(), int(available.height() * 0.9))
            self.resize(width, height)
            self.move(
                available.x() + max(0, (available.width() - width) // 2),
                available.y() + max(0, (available.height() - height) // 2),
            )
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        if not restored or not isinstance(state, QByteArray) or state.isEmpty():
            height = self.height()
            self.resizeDocks(
                [self.docks["requirements"]], [int(height * 0.28)], Qt.Orientation.Vertical
            )
            self.resizeDocks([self.docks["inspector"]], [300], Qt.Orientation.Horizontal)
            # the inspector holds a few lines until something is selected; the legend
            # takes the rest of the right-hand side
            self.resizeDocks(
                [self.docks["inspector"], self.docks["legend"]],
                [height // 3, 2 * height // 3],
                Qt.Orientation.Vertical,
            )

    def carry_over(self) -> CarriedState:
        """Hand the undo history and the view to a window replacing this one."""
        view = self.timeline
        return CarriedState(
            self.editing.stack,
            self.saveState(),
            self.geometry(),
            view.vp,
            view._navigated,
            view.selection,
            set(self.scene.hidden),
            set(self.scene.collapsed),
        )

    def _take_over(self, carried: CarriedState) -> None:
        self.setGeometry(carried.geometry)
        self.restoreState(carried.dock_state)
        self.scene.hidden, self.scene.collapsed = set(carried.hidden), set(carried.collapsed)
        self.scene.invalidate_rows()
        self.lanes.reload()
        view = self.timeline
        if carried.navigated:
            view.set_viewport(carried.viewport)
        view.set_selection(carried.selection)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        if self.screen() is not None:
            self.settings.setValue("window/screen", _size_text(self.screen().availableGeometry()))
        location = self.workspace.plan_path or self.workspace.team
        if location is not None:
            remember_plan(location)
        if self.workspace.listeners and self._changed in self.workspace.listeners:
            self.workspace.listeners.remove(self._changed)
        if not self.handing_over:  # a language change hands the open plan to a new window
            self.workspace.close()
        super().closeEvent(event)


def _item_before(menu: QMenu, action: QAction) -> QAction:
    """The menu item just above `action` (the separator opening its group)."""
    items = menu.actions()
    return items[items.index(action) - 1]


def _size_text(rect: QRect) -> str:
    return f"{rect.width()}x{rect.height()}"


def usable_on(frame: QRect, available: QRect, *, known_screen: bool) -> bool:
    """A restored window is usable when it lies on the screen (a few pixels of frame may
    stick out). Saved without the screen's size (older settings), it must also not be
    shrunk into a corner: at least half the screen's width and height."""
    if not available.adjusted(-16, -16, 16, 16).contains(frame):
        return False
    return known_screen or (
        frame.width() >= available.width() // 2 and frame.height() >= available.height() // 2
    )
