"""A date a person can type: "2015-01-01" typed over the field gives 2015-01-01.

Qt's QDateEdit cannot take a whole date typed in one go (its year section refuses
digits typed over a full year, so "2015-01-01" becomes 2026-01-01), and in Arabic it
writes Arabic-Indic digits where the rest of the window writes ISO dates with Western
digits. This field is a masked line edit holding an ISO date, with a calendar pop-up.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

FIRST = QDate(1900, 1, 1)
LAST = QDate(2200, 12, 31)


def parse_iso(text: str) -> QDate | None:
    """The date the text names, if it is a whole ISO date within the plan's range."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        return None
    q = QDate(day.year, day.month, day.day)
    return q if FIRST <= q <= LAST else None


class _Line(QLineEdit):
    """Puts back the last good date when left with an incomplete or impossible one."""

    def __init__(self, owner: DateField) -> None:
        super().__init__()
        self.owner = owner

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.owner._finish()


class DateField(QWidget):
    """`dateChanged` is emitted when editing finishes (Enter, leaving the field, a day
    picked in the calendar); with `tracking`, also on every keystroke that completes a
    valid date (forms that validate as one types)."""

    dateChanged = Signal(QDate)

    def __init__(self, value: QDate | None = None, *, tracking: bool = False) -> None:
        super().__init__()
        self.tracking = tracking
        self._date = value if value is not None and value.isValid() else QDate.currentDate()
        self.line = _Line(self)
        self.line.setInputMask("0000-00-00")
        self.line.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # an ISO date reads LTR
        self.line.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.line.setText(self._date.toString("yyyy-MM-dd"))
        width = self.line.fontMetrics().horizontalAdvance("0000-00-00") + 16
        self.line.setMinimumWidth(width)
        self.line.editingFinished.connect(self._finish)
        self.line.textEdited.connect(self._typed)
        self.calendar: QCalendarWidget | None = None  # made when first shown
        self.menu = QMenu(self)
        self.button = QToolButton()
        self.button.setObjectName("calendarButton")
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(self.menu)
        self.menu.aboutToShow.connect(self._show_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, value: QDate) -> None:
        if not value.isValid():
            return
        changed = value != self._date
        self._date = QDate(value)
        self.line.setText(value.toString("yyyy-MM-dd"))
        if changed:
            self.dateChanged.emit(QDate(value))

    def text(self) -> str:
        return self.line.text()

    def _typed(self, text: str) -> None:
        if self.tracking:
            day = parse_iso(text)
            if day is not None and day != self._date:
                self._date = day
                self.dateChanged.emit(QDate(day))

    def _finish(self) -> None:
        day = parse_iso(self.line.text())
        if day is None:  # incomplete or impossible: the last good date stays
            self.line.setText(self._date.toString("yyyy-MM-dd"))
            return
        self.setDate(day)

    def _show_calendar(self) -> None:
        if self.calendar is None:
            self.calendar = QCalendarWidget()
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
            holder = QWidgetAction(self.menu)
            holder.setDefaultWidget(self.calendar)
            self.menu.addAction(holder)
        self.calendar.setLocale(QLocale())
        self.calendar.setDateRange(FIRST, LAST)
        self.calendar.setSelectedDate(self._date)

    def _picked(self, day: QDate) -> None:
        self.menu.close()
        self.setDate(day)
