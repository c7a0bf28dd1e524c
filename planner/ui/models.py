"""Item models: thin Qt adapters over the engine's result (requirements, deadlines,
diagnostics). Each keeps a plain Python list and answers Qt from it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from planner.domain.diagnostics import Diagnostic
from planner.domain.engine import Recalculation
from planner.domain.results import Requirement
from planner.timeline.data import Mark, mark_of
from planner.timeline.style import MARKS, mark_label
from planner.timeline.translatable import QT_TRANSLATE_NOOP

T = TypeVar("T")
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str
    text: Callable[[T], str]
    sort: Callable[[T], Any] | None = None


class ListTableModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a Python list that sorts and filters the list itself.

    Sorting through QSortFilterProxyModel would call `data()` from C++ for every
    comparison (millions of Python calls for the UN-scale plan); sorting the list
    with a key function is one pass.
    """

    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.all_items: list[T] = []
        self.items: list[T] = []
        self.predicate: Callable[[T], bool] | None = None
        self.sort_column = 0
        self.sort_order = Qt.SortOrder.AscendingOrder
        self._presorted: int | None = None

    def set_items(self, items: Sequence[T], *, sorted_by: int | None = None) -> None:
        """Replace the rows; `sorted_by` says the items already come in that column's
        ascending order (the engine's result does), which saves sorting them again."""
        self.beginResetModel()
        self.all_items = list(items)
        self._presorted = sorted_by
        self.items = self._arranged()
        self.endResetModel()

    def set_filter(self, predicate: Callable[[T], bool] | None) -> None:
        self.beginResetModel()
        self.predicate = predicate
        self.items = self._arranged()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        self.sort_column, self.sort_order = column, order
        self.items = self._arranged()
        self.layoutChanged.emit()

    def _arranged(self) -> list[T]:
        keep = self.predicate
        items = [x for x in self.all_items if keep(x)] if keep else list(self.all_items)
        if self._presorted == self.sort_column and self.sort_order == Qt.SortOrder.AscendingOrder:
            return items
        col = self.columns[self.sort_column]
        items.sort(
            key=col.sort or col.text, reverse=self.sort_order == Qt.SortOrder.DescendingOrder
        )
        return items

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return QCoreApplication.translate("Tables", self.columns[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = index.row(), index.column()
        if (
            not index.isValid()
            or not (0 <= row < len(self.items))
            or not (0 <= column < len(self.columns))
        ):
            return None
        item = self.items[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.columns[column].text(item)
        if role == ITEM_ROLE:
            return item
        return self.extra(item, column, role)

    def extra(self, item: T, column: int, role: int) -> Any:
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _d(day: date) -> str:
    return day.isoformat()


class RequirementsModel(ListTableModel[Requirement]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    QT_TRANSLATE_NOOP("Tables", "Session start"),
                    lambda r: _d(r.session_start),
                    lambda r: r.session_start.toordinal(),
                ),
                Column(QT_TRANSLATE_NOOP("Tables", "Body"), lambda r: r.body),
                Column(QT_TRANSLATE_NOOP("Tables", "Session"), lambda r: r.session_name),
                Column(QT_TRANSLATE_NOOP("Tables", "Report"), lambda r: r.report),
                Column(QT_TRANSLATE_NOOP("Tables", "Title"), lambda r: r.title),
                Column(
                    QT_TRANSLATE_NOOP("Tables", "Submit by"),
                    lambda r: _d(r.submission_due),
                    lambda r: r.submission_due.toordinal(),
                ),
                Column(
                    QT_TRANSLATE_NOOP("Tables", "Issue by"),
                    lambda r: _d(r.issuance_due),
                    lambda r: r.issuance_due.toordinal(),
                ),
                Column(
                    QT_TRANSLATE_NOOP("Tables", "Mandated by"), lambda r: ", ".join(r.mandated_by)
                ),
                Column(QT_TRANSLATE_NOOP("Tables", "Status"), lambda r: mark_label(mark_of(r))),
            ],
            parent,
        )

    def extra(self, item: Requirement, column: int, role: int) -> Any:
        if column == 8 and role == Qt.ItemDataRole.ForegroundRole:
            mark = mark_of(item)
            if mark in (Mark.OVERDUE, Mark.CANNOT):
                return QBrush(MARKS[mark][0])
        return None


class Deadline(NamedTuple):
    day: date
    kind: str  # "submission" or "issuance"
    requirement: Requirement
    overdue: bool


def deadlines_from(result: Recalculation, reference: date) -> list[Deadline]:
    """Coming deadlines from `reference`, in date order, with overdue ones first."""
    out: list[Deadline] = []
    for r in result.requirements:
        if r.overdue:
            out.append(Deadline(r.submission_due, "submission", r, True))
        if r.submission_due >= reference:
            out.append(Deadline(r.submission_due, "submission", r, False))
        if r.issuance_due >= reference:
            out.append(Deadline(r.issuance_due, "issuance", r, False))
    out.sort(key=lambda d: (not d.overdue, d.day, d.requirement.body, d.requirement.report))
    return out


_DEADLINE_KINDS = {
    "submission": QT_TRANSLATE_NOOP("Tables", "submission"),
    "issuance": QT_TRANSLATE_NOOP("Tables", "issuance"),
}


def _deadline_text(d: Deadline) -> str:
    """ "submission", or "submission, overdue", in the current language."""
    kind = QCoreApplication.translate("Tables", _DEADLINE_KINDS.get(d.kind, d.kind))
    if d.overdue:
        return QCoreApplication.translate("Tables", "%1, overdue").replace("%1", kind)
    return kind


class DeadlinesModel(ListTableModel[Deadline]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                # overdue first, then by date (one number: Qt cannot compare tuples)
                Column(
                    QT_TRANSLATE_NOOP("Tables", "Date"),
                    lambda d: _d(d.day),
                    lambda d: d.day.toordinal() - (10**7 if d.overdue else 0),
                ),
                Column(QT_TRANSLATE_NOOP("Tables", "Deadline"), _deadline_text),
                Column(QT_TRANSLATE_NOOP("Tables", "Body"), lambda d: d.requirement.body),
                Column(
                    QT_TRANSLATE_NOOP("Tables", "Report"),
                    lambda d: d.requirement.title or d.requirement.report,
                ),
                Column(
                    QT_TRANSLATE_NOOP("Tables", "Session"), lambda d: d.requirement.session_name
                ),
            ],
            parent,
        )

    def extra(self, item: Deadline, column: int, role: int) -> Any:
        if item.overdue and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(MARKS[Mark.OVERDUE][0])
        return None


LEVEL_ORDER = {"error": 0, "warning": 1, "info": 2}


class Problem(NamedTuple):
    """A diagnostic as the Problems panel shows it: worded, with a short place."""

    diagnostic: Diagnostic
    level: str
    text: str
    place: str


class ProblemsModel(ListTableModel[Problem]):
    """Level, the problem in words (the widest column) and a short link to its place."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    QT_TRANSLATE_NOOP("Tables", "Level"),
                    lambda p: p.level,
                    lambda p: LEVEL_ORDER.get(str(p.diagnostic.level), 3),
                ),
                Column(QT_TRANSLATE_NOOP("Tables", "Problem"), lambda p: p.text),
                Column(QT_TRANSLATE_NOOP("Tables", "Where"), lambda p: p.place),
            ],
            parent,
        )

    def extra(self, item: Problem, column: int, role: int) -> Any:
        level = str(item.diagnostic.level)
        if column == 0 and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(
                QColor("#D55E00")
                if level == "error"
                else QColor("#9A6700")
                if level == "warning"
                else QColor("#5F6B7A")
            )
        if column == 2 and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#0B5CAD"))  # a link: clicking the row goes there
        if column == 2 and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setUnderline(True)
            return font
        return None


@dataclass(frozen=True)
class RequirementFilter:
    """The requirements table's filter: body, report, year, status and free text."""

    body: str = ""
    report: str = ""
    year: int = 0
    status: str = ""
    text: str = ""

    @property
    def active(self) -> bool:
        return bool(self.body or self.report or self.year or self.status or self.text)

    def __call__(self, r: Requirement) -> bool:
        if self.body and r.body != self.body:
            return False
        if self.report and r.report != self.report:
            return False
        if self.year and r.session_start.year != self.year:
            return False
        if self.status and mark_label(mark_of(r)) != self.status:
            return False
        if self.text:
            needle = self.text.casefold()
            hay = " ".join(
                (r.report, r.title, r.session, r.session_name, r.body, *r.mandated_by)
            ).casefold()
            if needle not in hay:
                return False
        return True
