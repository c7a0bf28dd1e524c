"""The History dock of a team plan: every audited edit (of the plan, of one record or of
one officer), and for the edit selected, each field of each record it touched, before
and after, side by side."""

from __future__ import annotations

import json
from collections.abc import Hashable
from math import ceil
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.app.audit_diff import MANDATE_ORDER, MANDATE_POSITION, touched
from planner.domain.model import Mandate
from planner.store.errors import PlanError
from planner.timeline.painter import DecisionSel, EventSel, RequirementSel, SessionSel
from planner.timeline.translatable import QT_TRANSLATE_NOOP
from planner.ui.widgets import named
from planner.ui.wording import Names, elided, fill_in, series_name, words

if TYPE_CHECKING:
    from planner.app.audit_diff import FieldChange, RecordDiff
    from planner.store.audit import AuditEntry
    from planner.ui.main_window import MainWindow

_CONTEXT = "HistoryPanel"

# what a desk officer calls each field of the interchange format (its key)
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("HistoryPanel", "Name"),
    "parent": QT_TRANSLATE_NOOP("HistoryPanel", "Parent"),
    "submission_weeks": QT_TRANSLATE_NOOP("HistoryPanel", "Submission (weeks before)"),
    "issuance_weeks": QT_TRANSLATE_NOOP("HistoryPanel", "Issuance (weeks before)"),
    "body": QT_TRANSLATE_NOOP("HistoryPanel", "Body"),
    "rrule": QT_TRANSLATE_NOOP("HistoryPanel", "Recurrence (RRULE)"),
    "duration_days": QT_TRANSLATE_NOOP("HistoryPanel", "Days"),
    "from": QT_TRANSLATE_NOOP("HistoryPanel", "From"),
    "until": QT_TRANSLATE_NOOP("HistoryPanel", "Until"),
    "ends_before_next": QT_TRANSLATE_NOOP("HistoryPanel", "Runs until the next opens"),
    "number_offset": QT_TRANSLATE_NOOP("HistoryPanel", "Number = year −"),
    "location": QT_TRANSLATE_NOOP("HistoryPanel", "Location"),
    "source": QT_TRANSLATE_NOOP("HistoryPanel", "Source"),
    "series": QT_TRANSLATE_NOOP("HistoryPanel", "Series"),
    "start": QT_TRANSLATE_NOOP("HistoryPanel", "Starts"),
    "end": QT_TRANSLATE_NOOP("HistoryPanel", "Ends"),
    "status": QT_TRANSLATE_NOOP("HistoryPanel", "Status"),
    "format": QT_TRANSLATE_NOOP("HistoryPanel", "Format"),
    "notes": QT_TRANSLATE_NOOP("HistoryPanel", "Notes"),
    "tentative": QT_TRANSLATE_NOOP("HistoryPanel", "Tentative"),
    "title": QT_TRANSLATE_NOOP("HistoryPanel", "Title"),
    "short_title": QT_TRANSLATE_NOOP("HistoryPanel", "Short title"),
    "agenda_item": QT_TRANSLATE_NOOP("HistoryPanel", "Agenda item"),
    "word_limit": QT_TRANSLATE_NOOP("HistoryPanel", "Word limit"),
    "adopted": QT_TRANSLATE_NOOP("HistoryPanel", "Adopted"),
    "effective": QT_TRANSLATE_NOOP("HistoryPanel", "Effective"),
    "document_symbol": QT_TRANSLATE_NOOP("HistoryPanel", "Document symbol"),
    "officer": QT_TRANSLATE_NOOP("HistoryPanel", "Responsible officer"),
    "word_estimate": QT_TRANSLATE_NOOP("HistoryPanel", "Word estimate"),
    "horizon_years": QT_TRANSLATE_NOOP("HistoryPanel", "Horizon (years)"),
    "calendar_as_of": QT_TRANSLATE_NOOP("HistoryPanel", "Calendar as of"),
}
# the words of the enumerations' values (status, format)
VALUE_WORDS = {
    "adopted": QT_TRANSLATE_NOOP("HistoryPanel", "adopted"),
    "draft": QT_TRANSLATE_NOOP("HistoryPanel", "draft"),
    "withdrawn": QT_TRANSLATE_NOOP("HistoryPanel", "withdrawn"),
    "confirmed": QT_TRANSLATE_NOOP("HistoryPanel", "confirmed"),
    "projected": QT_TRANSLATE_NOOP("HistoryPanel", "projected"),
    "in_person": QT_TRANSLATE_NOOP("HistoryPanel", "in person"),
    "hybrid": QT_TRANSLATE_NOOP("HistoryPanel", "hybrid"),
    "virtual": QT_TRANSLATE_NOOP("HistoryPanel", "virtual"),
    "silence_procedure": QT_TRANSLATE_NOOP("HistoryPanel", "silence procedure"),
    "postponed": QT_TRANSLATE_NOOP("HistoryPanel", "postponed"),
    "planned": QT_TRANSLATE_NOOP("HistoryPanel", "planned"),
    "forecast": QT_TRANSLATE_NOOP("HistoryPanel", "forecast"),
    "submitted": QT_TRANSLATE_NOOP("HistoryPanel", "submitted"),
    "issued": QT_TRANSLATE_NOOP("HistoryPanel", "issued"),
    "considered": QT_TRANSLATE_NOOP("HistoryPanel", "considered"),
}
# a record's heading, by its table (%1 its key)
RECORD_WORDS = {
    "plan_info": QT_TRANSLATE_NOOP("HistoryPanel", "Plan"),
    "bodies": QT_TRANSLATE_NOOP("HistoryPanel", "Body %1"),
    "session_series": QT_TRANSLATE_NOOP("HistoryPanel", "Session series %1"),
    "sessions": QT_TRANSLATE_NOOP("HistoryPanel", "Session: %1"),
    "event_series": QT_TRANSLATE_NOOP("HistoryPanel", "Event series: %1"),
    "events": QT_TRANSLATE_NOOP("HistoryPanel", "Event: %1"),
    "reports": QT_TRANSLATE_NOOP("HistoryPanel", "Report line “%1”"),
    "decisions": QT_TRANSLATE_NOOP("HistoryPanel", "Decision %1"),
    "tracking": QT_TRANSLATE_NOOP("HistoryPanel", "Tracking of %1 at %2"),
    # a mandate changed by hand whose decision the edit's rows do not name (%1: its row)
    "mandates": QT_TRANSLATE_NOOP("HistoryPanel", "Mandate row %1"),
}
STATE_WORDS = {
    "added": QT_TRANSLATE_NOOP("HistoryPanel", "Added: %1"),
    "removed": QT_TRANSLATE_NOOP("HistoryPanel", "Removed: %1"),
    "changed": QT_TRANSLATE_NOOP("HistoryPanel", "Changed: %1"),
    "not-applied": QT_TRANSLATE_NOOP("HistoryPanel", "Not applied, lost a conflict: %1"),
}
# a heading's background: light enough for black text, told apart by its words too
STATE_COLOURS = {
    "added": "#DDF2DD",
    "removed": "#F8DCDA",
    "changed": "#FFF1C7",
    "not-applied": "#E6E6E6",
}
EMPTY = "—"


def _ops() -> ModuleType:
    from planner.app import team

    return team


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def record_heading(table: str, key: Hashable, name: str = "") -> str:
    """ "Decision E/RES/2026/1 — Title"; the plan's own settings: "Plan"."""
    template = _tr(RECORD_WORDS.get(table, "%1"))
    text = fill_in(template, *(key if isinstance(key, tuple) else (key,)))
    if table in ("session_series", "event_series"):  # a name pattern: "{ordinal} session"
        name = series_name(name) if name else ""
    if name and name != str(key):
        text = fill_in(QCoreApplication.translate("HistoryPanel", "%1 — %2"), text, elided(name))
    return text


def field_label(change: FieldChange, names: Names) -> str:
    if change.field == "mandate":
        return fill_in(
            QCoreApplication.translate("HistoryPanel", "Mandate: %1"), names.report(change.item, 50)
        )
    if change.field == MANDATE_ORDER:
        return QCoreApplication.translate("HistoryPanel", "Order of the mandates")
    if change.field == MANDATE_POSITION:
        return fill_in(
            QCoreApplication.translate("HistoryPanel", "Place of the mandate: %1"),
            names.report(change.item, 50),
        )
    return _tr(FIELD_LABELS[change.field]) if change.field in FIELD_LABELS else change.field


def change_texts(change: FieldChange, names: Names) -> tuple[str, str]:
    """A field's value before and after, as the History shows them: a decision's mandates
    in order as their numbered reports, a mandate's place counted from 1."""
    if change.field == MANDATE_ORDER:
        return _numbered(change.before, names), _numbered(change.after, names)
    if change.field == MANDATE_POSITION:
        return _place(change.before, names), _place(change.after, names)
    return value_text(change.before, names), value_text(change.after, names)


def _numbered(reports: Any, names: Names) -> str:
    if not isinstance(reports, list) or not reports:
        return EMPTY
    item = QCoreApplication.translate("HistoryPanel", "%1. %2")
    return "\n".join(
        fill_in(item, str(i), names.report(str(r), 50)) for i, r in enumerate(reports, 1)
    )


def _place(position: Any, names: Names) -> str:
    return str(position + 1) if type(position) is int else value_text(position, names)


def value_text(value: Any, names: Names) -> str:
    """A field's value as a desk officer reads it; absent or empty: a dash."""
    if value is None or value == "" or value == [] or value == {}:
        return EMPTY
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("HistoryPanel", "yes")
            if value
            else QCoreApplication.translate("HistoryPanel", "no")
        )
    if isinstance(value, Mandate):
        return words().rule(value, names)
    if isinstance(value, str):
        return _tr(VALUE_WORDS[value]) if value in VALUE_WORDS else value
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


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


def wrapped_height(text: str, font: QFont, width: int) -> int:
    """The height of `text` wrapped as an item view paints it: at word boundaries, inside
    a word too long for the line, and at each line break."""
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    height = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(max(width, 1))
        height += line.height()
    layout.endLayout()
    return ceil(height)


class EditDiffView(QTableWidget):
    """One edit's records, each a heading row (added, removed, changed) over its fields: the
    field, its value before and after, long values wrapped."""

    def __init__(self) -> None:
        super().__init__(0, 3)
        self.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)  # see _fit
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self._fit_rows())
        self.states: list[str] = []  # each heading row's state, in order

    def show_diff(self, diffs: list[RecordDiff], names: Names) -> None:
        rows: list[tuple[str, ...]] = []
        self.states = []
        for diff in diffs:
            heading = record_heading(diff.table, diff.key, diff.name)
            rows.append((str(diff.state), fill_in(_tr(STATE_WORDS[diff.state]), heading)))
            for change in diff.fields:
                rows.append((field_label(change, names), *change_texts(change, names)))
        self.clearSpans()
        self.setRowCount(len(rows))
        bold = QFont(self.font())
        bold.setBold(True)
        for r, row in enumerate(rows):
            if len(row) == 2:  # a record's heading, across the three columns
                state, text = row
                self.states.append(state)
                item = QTableWidgetItem(text)
                item.setFont(bold)
                item.setBackground(QBrush(QColor(STATE_COLOURS[state])))
                item.setForeground(QBrush(QColor("#000000")))
                item.setData(Qt.ItemDataRole.UserRole, state)
                self.setItem(r, 0, item)
                self.setItem(r, 1, QTableWidgetItem())
                self.setItem(r, 2, QTableWidgetItem())
                self.setSpan(r, 0, 1, 3)
                continue
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c:
                    item.setToolTip(text)
                self.setItem(r, c, item)
        self._fit()

    def _fit(self) -> None:
        """The field's column as wide as its words, at most a third of the view (then they
        wrap); the values share the rest; every row as tall as its wrapped text."""
        wanted = max(self.sizeHintForColumn(0), self.horizontalHeader().sectionSizeHint(0))
        limit = max(120, self.viewport().width() // 3)
        self.horizontalHeader().resizeSection(0, min(wanted, limit))
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Each row as tall as its longest text wrapped in its column. Qt's own measure
        (`resizeRowsToContents`) wraps at word boundaries only while painting breaks long
        words too, and a heading spans three columns: its rows came out a line short."""
        style = self.style()
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1)
        for r in range(self.rowCount()):
            span = self.columnSpan(r, 0)
            tallest = self.fontMetrics().height()
            for c in range(0, 3, span):
                item = self.item(r, c)
                if item is None or not item.text():
                    continue
                width = sum(self.columnWidth(c + k) for k in range(span)) - margin
                tallest = max(tallest, wrapped_height(item.text(), item.font(), width))
            self.setRowHeight(r, tallest + 6)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def lines(self) -> list[tuple[str, ...]]:
        """What the view shows, row by row (headings as one cell): for tests and checks."""
        out: list[tuple[str, ...]] = []
        for r in range(self.rowCount()):
            cells = [self.item(r, c) for c in range(3)]
            texts = tuple(c.text() if c is not None else "" for c in cells)
            out.append(texts[:1] if self.columnSpan(r, 0) == 3 else texts)
        return out


class HistoryPanel(QWidget):
    """The audit of a team plan: every edit, or those of one record or one officer; the
    selected edit's changes below, before and after."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.scope = named(QComboBox(), "historyScope")
        self.scope.addItems([self.tr("All edits"), self.tr("This record"), self.tr("This officer")])
        self.scope.currentIndexChanged.connect(self.refresh)
        self.table = named(QTableWidget(0, 4), "historyTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Edit"), self.tr("Records")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        columns.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # in a narrow dock the texts elide (each has its tooltip) rather than a scroll bar
        # taking the height of a row from a list that may show only a few
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + 3 * rows)
        self.table.itemSelectionChanged.connect(self.show_selected)
        self.undo_button = named(QPushButton(self.tr("Undo This Edit")), "historyUndo")
        self.undo_button.clicked.connect(self.undo_selected)
        self.undo_button.setEnabled(not window.workspace.read_only)
        self.diff_title = named(
            QLabel(self.tr("Select an edit to see what it changed.")), "diffTitle"
        )
        self.diff_title.setWordWrap(True)
        self.diff = named(EditDiffView(), "historyDiff")
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.diff_title)
        below_layout.addWidget(self.diff, 1)
        self.splitter = named(QSplitter(Qt.Orientation.Vertical), "historySplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(below)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        top = QHBoxLayout()
        top.addWidget(self.scope)
        top.addStretch(1)
        top.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
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
        shown = self._selected_entry()
        self.entries = found
        self.table.blockSignals(True)
        self.table.setRowCount(len(found))
        for row, e in enumerate(found):
            records = touched(e)
            cells = (
                f"{e.at.astimezone():%Y-%m-%d %H:%M:%S}",
                e.who,
                self.tr("Changed outside the planner (SQL)") if e.by_hand else e.description,
                QCoreApplication.translate("HistoryPanel", ", ").join(
                    record_heading(table, key) for table, key in records[:5]
                )
                + (" …" if len(records) > 5 else ""),
            )
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)  # a narrow dock elides it
                self.table.setItem(row, col, item)
        again = next((i for i, e in enumerate(found) if shown and e.id == shown.id), None)
        if again is not None:  # the edit shown stays selected as others' edits come in
            # (not selectRow: right to left, it picks its column past the last one)
            self.table.selectionModel().select(
                self.table.model().index(again, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self.table.clearSelection()
        self.table.blockSignals(False)
        if again is None:
            self.show_selected()

    def _selected_entry(self) -> AuditEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.entries):
            return None
        return self.entries[rows[0].row()]

    def show_selected(self) -> None:
        entry = self._selected_entry()
        self._offer_undo(entry)
        if entry is None:
            self.diff.clearSpans()
            self.diff.setRowCount(0)
            self.diff_title.setText(self.tr("Select an edit to see what it changed."))
            return
        ws = self.window_.workspace
        # isolated left to right: in a right-to-left sentence the date keeps its order
        when = f"\u2066{entry.at.astimezone():%Y-%m-%d %H:%M}\u2069"
        if entry.by_hand:  # no description: the database recorded it, not the planner
            title = fill_in(
                self.tr("Changed outside the planner (SQL) by %1 at %2"), entry.who, when
            )
        else:
            title = fill_in(self.tr("“%1”, by %2 at %3"), entry.description or "…", entry.who, when)
        self.diff_title.setText(title)
        self.diff.show_diff(_ops().edit_diff(ws, entry), Names(ws.plan, ws.engine.calendar))

    def _offer_undo(self, entry: AuditEntry | None) -> None:
        """An edit made by SQL is undone by SQL: the planner holds its rows, not records it
        could put back."""
        by_hand = entry is not None and entry.by_hand
        self.undo_button.setEnabled(not self.window_.workspace.read_only and not by_hand)
        self.undo_button.setToolTip(
            self.tr("Made outside the planner: undo it the same way, by SQL.") if by_hand else ""
        )

    def undo_selected(self) -> None:
        entry = self._selected_entry()
        if entry is None:
            return
        try:
            _ops().undo_entry(self.window_.workspace, entry)
        except PlanError as exc:
            QMessageBox.warning(self, self.tr("Undo This Edit"), str(exc))
        self.refresh()
