"""A first start explains itself: one line says what dashed items and drafts are, and
every empty panel says what fills it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from planner.app.workspace import Workspace
from planner.ui.main_window import MainWindow

TODAY = date(2026, 11, 27)
DRAFT = "E/DEC/2012/DRAFT-1"


def open_window(qtbot, ws: Workspace, settings: QSettings) -> MainWindow:
    window = MainWindow(ws, today=TODAY, settings=settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_first_view_says_what_dashed_items_and_drafts_are(
    qtbot, tmp_path, plan_file, monkeypatch
):
    monkeypatch.setenv("MANDATE_PLANNER_HOME", str(tmp_path / "home"))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    ws = Workspace.open(plan_file, today=TODAY)
    window = open_window(qtbot, ws, settings)
    hint = window.findChild(QLabel, "firstViewHintText")
    assert hint is not None and hint.isVisible()
    assert "Dashed outlines are projected sessions and draft decisions" in hint.text()
    assert not ws.options.with_drafts
    hint.linkActivated.emit("drafts")  # "Include drafts": the five-yearly pattern appears
    assert ws.options.with_drafts
    assert ("conf-followup", "ecosoc-2016") in {r.key for r in ws.result().requirements}
    window.hint.close_button.click()
    assert not window.hint.isVisible()
    window.close()
    ws.close()
    again = open_window(qtbot, Workspace.open(plan_file, today=TODAY), settings)
    assert not again.hint.isVisible()  # closed once is closed for good
    again.workspace.close()


def test_the_what_if_tab_fills_itself_when_opened(window, qtbot):
    window.docks["whatif"].raise_()
    qtbot.waitUntil(lambda: DRAFT in window.what_if.toPlainText(), timeout=2000)


def test_empty_panels_say_what_fills_them(window, qtbot):
    plan = window.workspace.plan
    empty = replace(plan, decisions=(), tracking=())
    window.editing.commit(empty, "Remove every decision")
    window.docks["requirements"].raise_()
    qtbot.waitUntil(lambda: window.requirements.empty.isVisible(), timeout=2000)
    assert "when a decision mandates a report" in window.requirements.empty.text()
    window.docks["deadlines"].raise_()
    qtbot.waitUntil(
        lambda: "deadlines appear here" in window.deadlines.caption.text(), timeout=2000
    )
    window.docks["problems"].raise_()
    qtbot.waitUntil(lambda: window.problems.empty.isVisible(), timeout=2000)
    window.docks["whatif"].raise_()
    qtbot.waitUntil(lambda: "no draft decisions" in window.what_if.toPlainText(), timeout=2000)
