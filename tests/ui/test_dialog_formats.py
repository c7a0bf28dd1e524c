"""Dialogs open where the user works, and dates read the same in every menu."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QFileDialog, QMenu

from planner.ui import export_folder
from planner.ui.export_dialogs import ExportImageDialog, PrintSetupDialog


def test_exports_open_in_documents_then_where_the_last_export_went(
    window, qtbot, tmp_path, monkeypatch
):
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(export_folder, "documents_folder", lambda: documents)
    started: list[str] = []
    briefings = tmp_path / "briefings"
    briefings.mkdir()

    def save_as(parent, caption, start, *args, **kwargs):
        started.append(start)
        return str(briefings / ("out" + start[start.rindex(".") :])), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    dialog = ExportImageDialog(window)
    qtbot.addWidget(dialog)
    dialog.first.setValue(2012)
    dialog.last.setValue(2014)
    dialog.width_px.setValue(800)
    dialog.save()
    window.exports.export_calendar()
    window.exports.export_table()
    assert [s.rsplit("/", 1)[0] for s in started] == [
        str(documents),
        str(briefings),
        str(briefings),
    ]


def test_years_per_page_is_only_offered_when_tiling(window, qtbot):
    dialog = PrintSetupDialog(window, "Print")
    qtbot.addWidget(dialog)
    dialog.mode.setCurrentIndex(dialog.mode.findData("fit"))
    assert not dialog.years_per_page.isEnabled()
    dialog.mode.setCurrentIndex(dialog.mode.findData("tile"))
    assert dialog.years_per_page.isEnabled()
    dialog.mode.setCurrentIndex(dialog.mode.findData("fit"))
    assert not dialog.years_per_page.isEnabled()


@pytest.mark.parametrize(("code", "expected"), [("en", "18 Oct 2027"), ("fr", "18 oct. 2027")])
def test_the_context_menu_date_is_written_as_everywhere_else(
    window, monkeypatch, translations, code, expected
):
    translations.apply(code)
    shown: list[str] = []

    class Menu(QMenu):
        def exec(self, *args):
            shown.extend(x.text() for x in self.actions())

    from planner.ui import edit_actions

    monkeypatch.setattr(edit_actions, "QMenu", Menu)
    view = window.timeline
    view.show_days(date(2027, 1, 1).toordinal(), date(2028, 12, 31).toordinal())
    view.repaint()
    x = view.vp.x(date(2027, 10, 18).toordinal() + 0.5)
    row = window.scene.rows()[-1]
    y = view.vp.y(row.top + row.height) + 30  # empty space under the last lane
    window.edits.context_menu(QPoint(int(x), int(y)))
    month_year = expected.split(" ", 1)[1]  # the day depends on the pixel clicked
    assert any(re.search(rf"\(1[78] {re.escape(month_year)}\)", text) for text in shown), shown
