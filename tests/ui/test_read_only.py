"""A plan that cannot be edited says so, and why, and offers no editing command."""

from __future__ import annotations

import os
from datetime import date

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from planner.app.workspace import Workspace
from planner.ui.launch import open_workspace
from planner.ui.main_window import MainWindow

TODAY = date(2026, 11, 27)


def open_window(qtbot, tmp_path, ws: Workspace) -> MainWindow:
    window = MainWindow(
        ws, today=TODAY, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_read_only_plan_offers_no_editing_and_says_so(qtbot, tmp_path, plan_file, monkeypatch):
    monkeypatch.setenv("MANDATE_PLANNER_HOME", str(tmp_path / "home"))
    window = open_window(qtbot, tmp_path, Workspace.open(plan_file, read_only=True, today=TODAY))
    a = window.actions_by_name
    for key in ("new_decision", "edit", "delete", "undo", "redo"):
        assert not a[key].isEnabled(), key
    assert not window.add_menu.isEnabled()
    marker = window.status_read_only
    qtbot.wait(10)
    assert marker.isVisible() and marker.text() == "Read-only"
    assert marker.width() >= marker.sizeHint().width()  # whole, not cut to "[r"
    assert marker.toolTip() == "This plan was opened read-only."
    assert window.windowTitle().endswith("— read-only")
    assert "Mandate Planner" not in window.windowTitle()  # Qt adds the application's name
    # leaving meeting mode keeps it read-only
    window.set_meeting_mode(True)
    window.set_meeting_mode(False)
    assert not a["new_decision"].isEnabled() and window.workspace.read_only
    window.workspace.close()


def test_an_editable_plan_has_no_read_only_marker(window):
    assert window.actions_by_name["new_decision"].isEnabled()
    assert not window.status_read_only.isVisible()
    assert "read-only" not in window.windowTitle()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only files")
def test_a_file_that_cannot_be_written_opens_read_only_without_asking(
    tmp_path, plan_file, monkeypatch
):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked"))
    plan_file.chmod(0o444)
    ws = open_workspace(plan_file, read_only=False, today=TODAY)
    assert ws is not None and ws.read_only and ws.read_only_reason == "not-writable"
    ws.close()


def test_a_plan_in_use_is_offered_read_only_in_one_plain_question(tmp_path, plan_file, monkeypatch):
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append((title, text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    editor = Workspace.open(plan_file, today=TODAY)
    viewer = open_workspace(plan_file, read_only=False, today=TODAY)
    assert viewer is not None and viewer.read_only
    assert viewer.read_only_reason == "in-use"
    ((title, text),) = asked
    assert title == "Plan in use"
    assert text.lower().count("read-only") == 1  # asked once, not told and then asked
    assert str(plan_file) not in text
    viewer.close()
    editor.close()
