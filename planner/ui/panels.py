"""The dock panels: inspector, requirements, deadlines, problems, lanes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.app.workspace import Change, Workspace
from planner.domain.diagnostics import Diagnostic
from planner.domain.engine import Recalculation
from planner.domain.model import Plan
from planner.domain.results import Requirement
from planner.timeline.painter import DecisionSel, RequirementSel, Selection, SessionSel
from planner.timeline.scene import TimelineScene
from planner.timeline.style import MARK_LABELS, mark_label
from planner.ui.facts import facts_html, open_web_link
from planner.ui.models import (
    ITEM_ROLE,
    Deadline,
    DeadlinesModel,
    Problem,
    ProblemsModel,
    RequirementFilter,
    RequirementsModel,
    deadlines_from,
)
from planner.ui.refresh import Deferred
from planner.ui.widgets import named
from planner.ui.wording import Names, right_to_left, words


class BidiDelegate(QStyledItemDelegate):
    """Each cell in its own text's direction: an English title in an Arabic table reads
    left to right and is cut at its end, not at its start."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        text = option.text
        if text and option.direction == Qt.LayoutDirection.RightToLeft and not right_to_left(text):
            option.direction = Qt.LayoutDirection.LeftToRight


def _table(model: QAbstractItemModel) -> QTableView:
    view = QTableView()
    view.setItemDelegate(BidiDelegate(view))
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(22)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


class InspectorPanel(QTextBrowser):
    """The selected item's facts."""

    def __init__(self, scene: TimelineScene) -> None:
        super().__init__()
        self.scene = scene
        self.setOpenLinks(False)  # a source link opens in the browser, only when clicked
        self.anchorClicked.connect(open_web_link)
        self.setObjectName("inspector")
        self.selection: Selection | None = None
        self.show_selection(None)

    def on_change(self, change: Change) -> None:
        """The facts of the selected item as they are now (the timeline has already let
        go of a selection the change removed)."""
        self.show_selection(self.selection)

    def show_selection(self, sel: Selection | None) -> None:
        self.selection = sel
        if sel is None:
            self.setHtml(
                "<p style='color:#5F6B7A'>"
                + self.tr(
                    "Select a session, requirement, decision or event on the timeline to see its facts here."
                )
                + "</p>"
            )
        else:
            self.setHtml(facts_html(self.scene, sel, full=True))


class RequirementsPanel(QWidget):
    """All requirements: sortable, filterable; double-click centres the timeline."""

    selectRequested = Signal(object)

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.deferred = Deferred(self, self.refresh)
        self._shown: tuple[Requirement, ...] | None = None
        self.model = RequirementsModel(self)
        self._choices: tuple[list[str], ...] = ()
        self.body = named(QComboBox(), "filterBody")
        self.report = named(QComboBox(), "filterReport")
        self.year = named(QComboBox(), "filterYear")
        self.status = named(QComboBox(), "filterStatus")
        self.text = named(
            QLineEdit(placeholderText=self.tr("Filter text…"), clearButtonEnabled=True),
            "filterText",
        )
        for combo in (self.body, self.report, self.year, self.status):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._apply)
        self.text.textChanged.connect(self._apply)
        bar = QHBoxLayout()
        for label, widget in (
            (self.tr("Body"), self.body),
            (self.tr("Report"), self.report),
            (self.tr("Year"), self.year),
            (self.tr("Status"), self.status),
        ):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addWidget(self.text, 1)
        self.count = QLabel()
        bar.addWidget(self.count)
        self.view = _table(self.model)
        self.view.setObjectName("requirementsTable")
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # the report title
        for column, width in (
            (0, 95),
            (1, 70),
            (2, 190),
            (3, 130),
            (5, 95),
            (6, 95),
            (7, 150),
            (8, 95),
        ):
            header.resizeSection(column, width)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.doubleClicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.empty = QLabel(
            self.tr(
                "No report is due yet: requirements appear here when a decision mandates a report (Edit ▸ New Decision, Ctrl+N)."
            ),
        )
        self.empty.setObjectName("requirementsEmpty")
        self.empty.setStyleSheet("color: #5F6B7A;")
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.empty)
        layout.addWidget(self.view)

    def on_change(self, change: Change) -> None:
        self.deferred.request()

    def catch_up(self) -> None:
        self.deferred.catch_up()

    def refresh(self) -> None:
        """The requirements as they are now; a change that left them all as they were
        (a decision's notes, a session's location) keeps the table, its selection and
        its scroll position as they are."""
        result = self.workspace.result()
        if result.requirements != self._shown:
            self.set_result(self.workspace.plan, result)

    def set_result(self, plan: Plan, result: Recalculation) -> None:
        self._shown = result.requirements
        self.model.set_items(result.requirements, sorted_by=0)  # the engine sorts by session start
        reqs = result.requirements
        choices = (
            sorted({r.body for r in reqs}),
            sorted({r.report for r in reqs}),
            [str(y) for y in sorted({r.session_start.year for r in reqs})],
        )
        if choices != self._choices:  # refilling 4,000 reports on every edit is wasted work
            self._choices = choices
            self._fill(self.body, choices[0])
            self._fill(self.report, choices[1])
            self._fill(self.year, choices[2])
        if self.status.count() == 0:
            self._fill(self.status, [mark_label(m) for m in MARK_LABELS])
        self._apply()

    def _fill(self, combo: QComboBox, values: list[str]) -> None:
        """Item 0 is "All"; the others are the values themselves (text is the data)."""
        current = combo.currentText() if combo.currentIndex() > 0 else ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All"))
        combo.addItems(values)
        i = combo.findText(current) if current else 0
        combo.setCurrentIndex(max(0, i))
        combo.blockSignals(False)

    @staticmethod
    def _value(combo: QComboBox) -> str:
        return combo.currentText() if combo.currentIndex() > 0 else ""

    def _apply(self) -> None:
        year = self._value(self.year)
        wanted = RequirementFilter(
            body=self._value(self.body),
            report=self._value(self.report),
            year=int(year) if year else 0,
            status=self._value(self.status),
            text=self.text.text().strip(),
        )
        if wanted != (self.model.predicate or RequirementFilter()):
            self.model.set_filter(wanted if wanted.active else None)
        self.count.setText(self.tr("%n requirement(s)", "", self.model.rowCount()))
        self.empty.setVisible(not self.model.all_items)

    trackRequested = Signal(object)  # the requirement's (report, session)
    editReportRequested = Signal(str)  # a report line's id
    deleteReportRequested = Signal(str)  # a report line's id

    def _menu(self, pos: QPoint) -> None:
        r = self.model.data(self.view.indexAt(pos), ITEM_ROLE)
        if r is None:
            return
        menu = QMenu(self.view)
        menu.addAction(
            self.tr("Show on timeline"),
            lambda: self.selectRequested.emit(RequirementSel(r.report, r.session)),
        )
        menu.addAction(self.tr("Track…"), lambda: self.trackRequested.emit(r.key))
        menu.addAction(
            self.tr("Edit report line…"), lambda: self.editReportRequested.emit(r.report)
        )
        menu.addAction(
            self.tr("Delete report line…"), lambda: self.deleteReportRequested.emit(r.report)
        )
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def _activated(self, index: QModelIndex) -> None:
        r = self.model.data(index, ITEM_ROLE)
        if r is not None:
            self.selectRequested.emit(RequirementSel(r.report, r.session))


class DeadlinesPanel(QWidget):
    """Coming submission and issuance deadlines from today (or the as-of date)."""

    selectRequested = Signal(object)

    def __init__(self, workspace: Workspace, today: date) -> None:
        super().__init__()
        self.workspace = workspace
        self.today = today
        self.deferred = Deferred(self, self.refresh)
        self._shown: tuple[tuple[Requirement, ...], date] | None = None
        self.model = DeadlinesModel(self)
        self.view = _table(self.model)
        self.view.setObjectName("deadlinesTable")
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)
        self.caption = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.caption)
        layout.addWidget(self.view)

    def on_change(self, change: Change) -> None:
        self.deferred.request()

    def catch_up(self) -> None:
        self.deferred.catch_up()

    def refresh(self) -> None:
        """The deadlines from today (or the as-of date), unless neither the requirements
        nor that day changed."""
        result = self.workspace.result()
        reference = self.workspace.options.as_of or self.today
        if (result.requirements, reference) != self._shown:
            self.set_result(result, reference)

    def set_result(self, result: Recalculation, reference: date) -> None:
        self._shown = (result.requirements, reference)
        items: list[Deadline] = deadlines_from(result, reference)
        self.model.set_items(items)
        overdue = sum(1 for d in items if d.overdue)
        text = self.tr("From %1").replace("%1", reference.isoformat())
        if overdue:
            text += " — " + self.tr("%n overdue", "", overdue)
        if not items:
            text = self.tr(
                "No submission or issuance deadline from %1: deadlines appear here as decisions mandate reports."
            ).replace("%1", reference.isoformat())
        self.caption.setText(text)

    def _clicked(self, index: QModelIndex) -> None:
        d = self.model.data(index, ITEM_ROLE)
        if d is not None:
            self.selectRequested.emit(RequirementSel(*d.requirement.key))


class ProblemsPanel(QWidget):
    """The engine's diagnostics in words; clicking one jumps to its cause."""

    selectRequested = Signal(object)

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.deferred = Deferred(self, self.refresh)
        self._shown: tuple[tuple[Diagnostic, ...], tuple[object, ...]] | None = None
        self.model = ProblemsModel(self)
        self.view = _table(self.model)
        self.view.setObjectName("problemsTable")
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the message
        header.resizeSection(2, 200)
        self.view.setWordWrap(True)
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)
        self.empty = QLabel(
            self.tr("No problems: every rule finds its sessions and no deadline is missed.")
        )
        self.empty.setObjectName("problemsEmpty")
        self.empty.setStyleSheet("color: #5F6B7A;")
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty)
        layout.addWidget(self.view)
        self._requirements: set[tuple[str, str]] = set()

    def on_change(self, change: Change) -> None:
        self.deferred.request()

    def catch_up(self) -> None:
        self.deferred.catch_up()

    def refresh(self) -> None:
        """The diagnostics in words, unless neither they nor the names they use (the
        plan's bodies, reports, sessions, events and their series) changed."""
        ws = self.workspace
        result, plan = ws.result(), ws.plan
        parts = (
            plan.bodies,
            plan.reports,
            plan.sessions,
            plan.session_series,
            plan.events,
            plan.event_series,
        )
        shown = self._shown
        if (
            shown is not None
            and shown[0] == result.diagnostics
            and all(a is b for a, b in zip(shown[1], parts, strict=True))
            and self._requirements == {r.key for r in result.requirements}
        ):
            return
        self.set_result(result, Names(plan, ws.engine.calendar))
        self._shown = (result.diagnostics, parts)

    def set_result(self, result: Recalculation, names: Names) -> None:
        self._shown = None
        self._requirements = {r.key for r in result.requirements}
        w = words()
        self.model.set_items(
            [
                Problem(d, w.level(str(d.level)), w.diagnostic(d, names), w.place(d, names))
                for d in result.diagnostics
            ]
        )
        self.empty.setVisible(not result.diagnostics)

    def target(self, d: Diagnostic) -> Selection | None:
        if d.report and d.session and (d.report, d.session) in self._requirements:
            return RequirementSel(d.report, d.session)
        if d.decision:
            return DecisionSel(d.decision)
        if d.session:
            return SessionSel(d.session)
        return None

    def _clicked(self, index: QModelIndex) -> None:
        p = self.model.data(index, ITEM_ROLE)
        target = self.target(p.diagnostic) if p is not None else None
        if target is not None:
            self.selectRequested.emit(target)


class LanesPanel(QWidget):
    """Show or hide bodies' lanes; a search box narrows the list."""

    changed = Signal()

    def __init__(self, scene: TimelineScene) -> None:
        super().__init__()
        self.scene = scene
        self.search = named(
            QLineEdit(placeholderText=self.tr("Search bodies…"), clearButtonEnabled=True),
            "laneSearch",
        )
        self.search.textChanged.connect(self._narrow)
        self.list = named(QListWidget(), "laneList")
        self.list.itemChanged.connect(self._toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self.reload()

    def on_change(self, change: Change) -> None:
        """Listed again only when the bodies changed (the scene is already rebuilt)."""
        if change.plan_after.bodies is not change.plan_before.bodies:
            self.reload()

    def reload(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        data = self.scene.data
        for bid in data.body_order():
            lane = data.lanes[bid]
            item = QListWidgetItem("    " * lane.depth + f"{bid} — {lane.body.name}")
            item.setData(Qt.ItemDataRole.UserRole, bid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Unchecked if bid in self.scene.hidden else Qt.CheckState.Checked
            )
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._narrow(self.search.text())

    def _narrow(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _toggled(self, item: QListWidgetItem) -> None:
        bid = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self.scene.hidden.discard(bid)
        else:
            self.scene.hidden.add(bid)
        self.scene.invalidate_rows()
        self.changed.emit()
