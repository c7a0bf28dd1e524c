"""File ▸ New Plan…: a blank plan, or the UN calendar for the bodies ticked, a title and
a file; the plan file is written when OK is pressed (the window then opens it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.app.documents import create_new_plan_file
from planner.app.new_plan import BodyNode, blank_plan, body_tree, subset_plan
from planner.domain.calendar import Calendar
from planner.domain.model import Plan
from planner.store.errors import PlanError
from planner.ui.widgets import named

PLAN_SUFFIX = ".sqlite"


def with_suffix(name: str, suffix: str) -> Path:
    """The file the user meant: `name`, with `suffix` added when it has another or none."""
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


class NewPlanDialog(QDialog):
    """`calendar` is the plan whose bodies can be ticked (the shipped UN calendar)."""

    def __init__(self, calendar: Plan, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Plan"))
        self.setObjectName("newPlanDialog")
        self.calendar = calendar
        self.folder = folder
        self.path: Path | None = None
        self.created: Plan | None = None
        self._items: dict[str, QTreeWidgetItem] = {}

        self.blank = named(QRadioButton(self.tr("&Blank plan")), "blankPlan")
        self.from_calendar = named(
            QRadioButton(self.tr("&From the UN calendar, with the bodies ticked below")),
            "fromCalendar",
        )
        self.from_calendar.setChecked(True)
        self.tree = named(QTreeWidget(), "bodyTree")
        self.tree.setHeaderLabels([self.tr("Body"), self.tr("Name")])
        self.tree.setMinimumHeight(260)
        for node in body_tree(calendar):
            self.tree.addTopLevelItem(self._item(node))
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.tick_all = named(QPushButton(self.tr("Tick &All")), "tickAll")
        self.tick_none = named(QPushButton(self.tr("&Untick All")), "tickNone")
        self.summary = named(QLabel(wordWrap=True), "newPlanSummary")
        self.title_edit = named(QLineEdit(), "newPlanTitle")
        self.title_edit.setPlaceholderText(self.tr("the file's name, if left empty"))
        self.path_edit = named(QLineEdit(readOnly=True), "newPlanPath")
        self.path_edit.setPlaceholderText(self.tr("choose where to save it"))
        self.browse = named(QPushButton(self.tr("&Choose…")), "choosePlanFile")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))

        ticks = QHBoxLayout()
        ticks.addWidget(self.tick_all)
        ticks.addWidget(self.tick_none)
        ticks.addStretch(1)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("File"), file_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.blank)
        layout.addWidget(self.from_calendar)
        layout.addWidget(self.tree, 1)
        layout.addLayout(ticks)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.tree.itemChanged.connect(self._ticked)
        self.blank.toggled.connect(self._update)
        self.tick_all.clicked.connect(lambda: self._tick_everything(True))
        self.tick_none.clicked.connect(lambda: self._tick_everything(False))
        self.browse.clicked.connect(self.choose_file)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(560, 620)
        self._update()

    # --- the tree: ticking a parent ticks its children; a child keeps its parent ---------

    def _item(self, node: BodyNode) -> QTreeWidgetItem:
        item = QTreeWidgetItem([node.id, node.name])
        item.setData(0, Qt.ItemDataRole.UserRole, node.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Unchecked)
        self._items[node.id] = item
        for child in node.children:
            item.addChild(self._item(child))
        return item

    def _ticked(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 0:
            return
        state = item.checkState(0)
        with QSignalBlocker(self.tree):
            stack = _children(item)
            while stack:
                child = stack.pop()
                child.setCheckState(0, state)
                stack.extend(_children(child))
            if state == Qt.CheckState.Checked:
                parent = item.parent()
                while parent is not None:
                    parent.setCheckState(0, Qt.CheckState.Checked)
                    parent = parent.parent()
        self.tree.viewport().update()
        self._update()

    def _tick_everything(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        with QSignalBlocker(self.tree):
            for item in self._items.values():
                item.setCheckState(0, state)
        self.tree.viewport().update()
        self._update()

    def set_ticked(self, body: str, on: bool = True) -> None:
        """Tick or untick one body as a click on its box would."""
        self._items[body].setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def ticked(self) -> list[str]:
        return [
            bid for bid, item in self._items.items() if item.checkState(0) == Qt.CheckState.Checked
        ]

    # --- the plan it makes ---------------------------------------------------------------

    def plan(self) -> tuple[Plan, tuple[str, ...]]:
        """The plan OK would write, and the bodies it holds only for its decisions."""
        title = self.title_edit.text().strip() or (self.path.stem if self.path else "")
        if self.blank.isChecked():
            return blank_plan(title), ()
        sub = subset_plan(self.calendar, self.ticked(), title)
        return sub.plan, sub.context_bodies

    def _update(self) -> None:
        blank = self.blank.isChecked()
        for widget in (self.tree, self.tick_all, self.tick_none):
            widget.setEnabled(not blank)
        ready = self.path is not None
        if blank:
            self.summary.setText(self.tr("An empty plan: add bodies, sessions and decisions."))
        elif not self.ticked():
            self.summary.setText(self.tr("Tick the bodies the plan should hold."))
            ready = False
        else:
            plan, context = self.plan()
            sessions = Calendar(plan).sessions.values()
            text = (
                self.tr("Bodies: %1 · sessions: %2 · decisions: %3 · report lines: %4")
                .replace("%1", str(len(plan.bodies) - len(context)))
                .replace("%2", str(sum(1 for s in sessions if s.body not in context)))
                .replace("%3", str(len(plan.decisions)))
                .replace("%4", str(len(plan.reports)))
            )
            if context:
                text += "<br>" + self.tr(
                    "Also kept, without their calendar, for the decisions that refer to them: %1"
                ).replace("%1", ", ".join(context))
            self.summary.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def choose_file(self) -> None:
        start = str(self.path or self.folder / f"new-plan{PLAN_SUFFIX}")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New plan file"), start, self.tr("Plans (*.sqlite)")
        )
        if not name:
            return
        self.path = with_suffix(name, PLAN_SUFFIX)
        self.path_edit.setText(str(self.path))
        self._update()

    def accept(self) -> None:
        """Write the plan; on failure say why and stay open, nothing written."""
        if self.path is None or (not self.blank.isChecked() and not self.ticked()):
            return
        plan, _ = self.plan()
        try:
            create_new_plan_file(self.path, plan)
        except PlanError as exc:
            QMessageBox.warning(self, self.tr("New Plan"), str(exc))
            return
        self.created = plan
        super().accept()


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    found = (item.child(i) for i in range(item.childCount()))
    return [child for child in found if child is not None]
