"""Every key does one thing: no shortcut is bound twice anywhere in the window, on the
platform the tests run on and on X11, whose standard keys differ (Redo is Ctrl+Shift+Z,
Delete also Ctrl+D)."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut

from planner.app import edits
from planner.app.workspace import Workspace
from planner.ui import shortcuts
from planner.ui.main_window import MainWindow

TODAY = date(2026, 11, 27)

SK = QKeySequence.StandardKey
X11 = {  # QKeySequence.keyBindings() under the xcb platform (KDE/GNOME/generic X11)
    SK.Undo: ["Ctrl+Z", "F14", "Undo"],
    SK.Redo: ["Ctrl+Shift+Z", "Redo"],
    SK.Delete: ["Del", "Ctrl+D"],
    SK.New: ["Ctrl+N", "New"],
    SK.Open: ["Ctrl+O", "Open"],
    SK.SaveAs: ["Ctrl+Shift+S", "Shift+Save"],
    SK.Quit: ["Ctrl+Q", "Exit"],
    SK.ZoomIn: ["Ctrl++", "Zoom In"],
    SK.ZoomOut: ["Ctrl+-", "Zoom Out"],
    SK.Find: ["Ctrl+F", "Find"],
    SK.Print: ["Ctrl+P"],
}


class X11KeySequence(QKeySequence):
    """QKeySequence as the xcb platform builds it from a standard key."""

    def __init__(self, *args: object) -> None:
        if args and isinstance(args[0], SK):
            keys = X11.get(args[0], [])
            super().__init__(keys[0] if keys else "")
        else:
            super().__init__(*args)

    @staticmethod
    def keyBindings(key: QKeySequence.StandardKey) -> list[QKeySequence]:
        return [QKeySequence(k) for k in X11.get(key, [])]


def as_on_x11(monkeypatch) -> None:
    from planner.ui import main_window

    monkeypatch.setattr(main_window, "QKeySequence", X11KeySequence)
    monkeypatch.setattr(shortcuts, "QKeySequence", X11KeySequence)


def _window(qtbot, tmp_path, plan_file, monkeypatch) -> MainWindow:
    monkeypatch.setenv("MANDATE_PLANNER_HOME", str(tmp_path / "home"))
    ws = Workspace.open(plan_file, today=TODAY)
    window = MainWindow(
        ws, today=TODAY, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    return window


def bound_keys(window: MainWindow) -> Counter[str]:
    keys: Counter[str] = Counter()
    for action in window.findChildren(QAction):
        for seq in action.shortcuts():
            keys[seq.toString()] += 1
    for shortcut in window.findChildren(QShortcut):
        keys[shortcut.key().toString()] += 1
    return keys


@pytest.mark.parametrize("platform", ["this platform", "X11"])
def test_no_key_is_bound_twice_in_the_window(qtbot, tmp_path, plan_file, monkeypatch, platform):
    if platform == "X11":
        as_on_x11(monkeypatch)
    window = _window(qtbot, tmp_path, plan_file, monkeypatch)
    keys = bound_keys(window)
    assert [k for k, n in keys.items() if n > 1] == []
    a = window.actions_by_name
    assert "Ctrl+Shift+Z" in [s.toString() for s in a["redo"].shortcuts()]
    assert "Ctrl+D" in [s.toString() for s in a["drafts"].shortcuts()]
    assert [s.toString() for s in a["delete"].shortcuts()] == ["Del"]
    window.workspace.close()


@pytest.fixture
def x11(monkeypatch):
    as_on_x11(monkeypatch)


def test_ctrl_shift_z_redoes_on_x11(x11, window, qtbot):
    before = window.workspace.plan
    window.editing.commit(edits.withdraw(before, "E/DEC/2011/216"), "Withdraw E/DEC/2011/216")
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.plan == before
    qtbot.keyClick(
        window.timeline,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.workspace.plan != before
