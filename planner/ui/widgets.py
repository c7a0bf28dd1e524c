"""Small pieces the windows and dialogs share: named widgets, dates, inline errors."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QMessageBox, QWidget

from planner.ui.date_field import DateField

Q = TypeVar("Q", bound=QObject)


def named(widget: Q, name: str) -> Q:
    """`widget` with its object name set (what tests and style sheets find it by).

    Qt's Python binding also takes `objectName=` in any constructor, but its type stubs
    list only each class's own properties, so that keyword reads as an error."""
    widget.setObjectName(name)
    return widget


ERROR_STYLE = "color: #B3261E;"  # a message standing at the field it is about


def qdate(d: date) -> QDate:
    """Qt's date for a Python date (the stubs take no `date` where the binding would)."""
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def date_field(d: date) -> DateField:
    """A date field that reports each complete date as it is typed (forms check as one types)."""
    return DateField(qdate(d), tracking=True)


def reserve_lines(widget: QWidget, lines: int) -> None:
    """Keep the room for `lines` lines of text whether the widget shows or not, so that a
    message appearing never moves the fields under the pointer."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)
    widget.setFixedHeight(widget.fontMetrics().lineSpacing() * lines + 2)


def error_label(lines: int = 2) -> QLabel:
    """A hidden message under a field, its room kept so showing it moves nothing."""
    label = named(QLabel(), "fieldError")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
    reserve_lines(label, lines)
    label.hide()
    return label


def discard_confirmed(parent: QWidget) -> bool:
    """Ask before a filled form is thrown away (Esc, Cancel, closing the dialog)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("DecisionEditor", "Discard changes?"),
        QCoreApplication.translate(
            "DecisionEditor", "Close this form and lose what you entered in it?"
        ),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


class OptionalDate(QWidget):
    """A date that may be left out: a check box and a calendar pop-up."""

    def __init__(self, label: str, value: date | None, default: date) -> None:
        super().__init__()
        self.check = QCheckBox(label)
        self.edit = date_field(value or default)
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return pydate(self.edit.date()) if self.check.isChecked() else None
