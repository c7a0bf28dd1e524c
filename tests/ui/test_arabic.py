"""Arabic: the window reads right to left, one kind of digit throughout, and English text
inside it keeps its own direction."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextTable
from PySide6.QtWidgets import QStyleOptionViewItem

from planner.timeline.painter import DecisionSel
from planner.ui.wording import day_text, elided

DRAFT = "E/DEC/2012/DRAFT-1"
ARABIC_INDIC = set("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")


@pytest.fixture
def arabic(translations):
    translations.apply("ar")


def tables(browser) -> list[QTextTable]:
    doc = browser.document()
    return [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]


def test_the_inspector_facts_read_right_to_left(arabic, window):
    window.inspector.show_selection(DecisionSel(DRAFT))
    found = tables(window.inspector)
    assert found
    assert all(t.format().layoutDirection() == Qt.LayoutDirection.RightToLeft for t in found)


def test_the_inspector_facts_read_left_to_right_in_english(window):
    window.inspector.show_selection(DecisionSel(DRAFT))
    assert all(
        t.format().layoutDirection() != Qt.LayoutDirection.RightToLeft
        for t in tables(window.inspector)
    )


def test_menu_shortcuts_are_written_left_to_right(arabic, window):
    zoom_in = window.actions_by_name["zoom_in"]
    label, _, shown = zoom_in.text().partition("\t")
    assert shown == "\u200eCtrl++\u200e"  # not "++Ctrl"
    assert zoom_in.iconText() == label.replace("&", "")  # the toolbar keeps its label
    assert "\t" not in window.actions_by_name["new_decision"].text()  # "Ctrl+N" reads well


def test_dates_use_western_digits_as_everywhere_else(arabic, window):
    text = day_text(date(2012, 7, 27))
    assert "2012" in text and "27" in text and not ARABIC_INDIC & set(text)
    window.inspector.show_selection(DecisionSel(DRAFT))
    assert not ARABIC_INDIC & set(window.inspector.toPlainText())


def test_english_titles_are_cut_at_their_own_end(arabic, window):
    title = "Integrated and coordinated implementation of and follow-up to the outcomes"
    assert elided(title, 30).endswith("…\u200e")  # the ellipsis stays right of English
    assert elided("تقرير الأمين العام عن التنفيذ المتكامل والمنسق", 20).endswith("…\u200f")
    view = window.requirements.view
    index = view.model().index(0, 4)  # the report title column
    option = QStyleOptionViewItem()
    option.direction = Qt.LayoutDirection.RightToLeft
    view.itemDelegate().initStyleOption(option, index)
    assert option.direction == Qt.LayoutDirection.LeftToRight
