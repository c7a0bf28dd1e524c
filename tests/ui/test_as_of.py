"""The as-of date is typed like any date: the plan recalculates once, when editing ends."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit


def type_over(qtbot, field, text: str) -> QLineEdit:
    line = field.findChild(QLineEdit)
    line.setFocus()
    line.selectAll()
    for ch in text:
        qtbot.keyClick(line, ch)
    return line


def test_typing_an_as_of_date_recalculates_once_at_the_end(window, qtbot):
    seen: list[date | None] = []
    window.workspace.listeners.append(lambda change: seen.append(window.workspace.options.as_of))
    qtbot.mouseClick(window.as_of_check, Qt.MouseButton.LeftButton)
    assert window.workspace.options.as_of == date(2026, 11, 27)  # today, at once
    seen.clear()
    line = type_over(qtbot, window.as_of_date, "2015-01-01")
    assert seen == []  # nothing recalculated while typing
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert window.workspace.options.as_of == date(2015, 1, 1)
    assert seen == [date(2015, 1, 1)]


def test_an_impossible_as_of_date_puts_the_last_one_back(window, qtbot):
    window.set_as_of(date(2014, 5, 6))
    line = type_over(qtbot, window.as_of_date, "2015-13-40")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert window.workspace.options.as_of == date(2014, 5, 6)
    assert line.text() == "2014-05-06"


@pytest.fixture
def arabic(translations):
    translations.apply("ar")


def test_the_as_of_date_is_written_with_western_digits_in_arabic(arabic, window):
    assert window.isRightToLeft()
    assert window.as_of_date.findChild(QLineEdit).text() == "2026-11-27"
