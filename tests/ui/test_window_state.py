"""The window comes back as it was left, when that fits the screen it opens on now."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QRect, QSettings

from planner.app.workspace import Workspace
from planner.ui.main_window import MainWindow

TODAY = date(2026, 11, 27)


def qt_geometry(frame: QRect, screen_width: int) -> QByteArray:
    """What QWidget.saveGeometry() (format 3.0) writes for a window with this frame."""
    data = QByteArray()
    out = QDataStream(data, QIODevice.OpenModeFlag.WriteOnly)
    out.setVersion(QDataStream.Version.Qt_4_0)
    inner = frame.adjusted(2, 2, -2, -2)
    out.writeUInt32(0x1D9D0CB)
    out.writeUInt16(3)
    out.writeUInt16(0)
    out << frame << inner
    out.writeInt32(0)  # screen number
    out.writeUInt8(0)  # maximized
    out.writeUInt8(0)  # full screen
    out.writeInt32(screen_width)
    out << inner
    return data


def open_window(qtbot, tmp_path, plan_file, settings: QSettings) -> MainWindow:
    ws = Workspace.open(plan_file, today=TODAY)
    window = MainWindow(ws, today=TODAY, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def fills_most_of_the_screen(window: MainWindow) -> bool:
    available = window.screen().availableGeometry()
    frame = window.frameGeometry()
    return (
        available.adjusted(-16, -16, 16, 16).contains(frame)
        and frame.width() >= 0.85 * available.width()
        and frame.height() >= 0.85 * available.height()
    )


def test_geometry_from_a_bigger_monitor_gives_a_usable_window(
    qtbot, tmp_path, plan_file, monkeypatch
):
    """Saved on a 1920×1080 monitor, opened on a smaller screen: Qt cannot restore it
    (restoreGeometry() is False and leaves the minimum size in a corner)."""
    monkeypatch.setenv("MANDATE_PLANNER_HOME", str(tmp_path / "home"))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("window/geometry", qt_geometry(QRect(96, 54, 1732, 976), 1920))
    window = open_window(qtbot, tmp_path, plan_file, settings)
    assert fills_most_of_the_screen(window), (window.frameGeometry(), window.screen().size())
    window.workspace.close()


def test_geometry_saved_on_another_screen_size_is_not_reused(
    qtbot, tmp_path, plan_file, monkeypatch
):
    monkeypatch.setenv("MANDATE_PLANNER_HOME", str(tmp_path / "home"))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    first = open_window(qtbot, tmp_path, plan_file, settings)
    first.setGeometry(8, 30, 800, 600)  # small, but on this screen
    first.close()
    settings.setValue("window/screen", "1920x1080")  # as if it had been left on a big monitor
    window = open_window(qtbot, tmp_path, plan_file, settings)
    assert fills_most_of_the_screen(window)
    window.workspace.close()


def test_the_size_left_on_this_screen_is_kept(qtbot, tmp_path, plan_file, monkeypatch):
    monkeypatch.setenv("MANDATE_PLANNER_HOME", str(tmp_path / "home"))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    first = open_window(qtbot, tmp_path, plan_file, settings)
    first.setGeometry(8, 30, 800, 600)
    left = first.geometry()
    first.close()
    window = open_window(qtbot, tmp_path, plan_file, settings)
    assert window.geometry().size() == left.size()
    window.workspace.close()


def test_changing_language_keeps_the_undo_history_the_view_and_the_dock_tab(
    qtbot, tmp_path, plan_file, monkeypatch, translations
):
    from planner.app import edits
    from planner.timeline.painter import SessionSel
    from planner.ui.launch import Application

    monkeypatch.setenv("MANDATE_PLANNER_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    app = Application(TODAY)
    first = app.open(plan_file)
    before = first.workspace.plan
    first.editing.commit(edits.withdraw(before, "E/DEC/2011/216"), "Withdraw E/DEC/2011/216")
    first.timeline.show_days(date(2014, 1, 1).toordinal(), date(2018, 1, 1).toordinal())
    first.timeline.set_selection(SessionSel("ecosoc-2015"))
    first.docks["problems"].raise_()
    qtbot.wait(10)
    left_day = first.timeline.vp.left_day

    second = app.relanguage(first, "fr")
    qtbot.waitExposed(second)
    assert second.editing.stack.count() == 1 and second.actions_by_name["undo"].isEnabled()
    assert second.history.model().rowCount() == 2  # "Opened plan" + the edit
    assert second.timeline.vp.left_day == left_day
    assert second.timeline.selection == SessionSel("ecosoc-2015")
    assert second._on_screen("problems") and not second._on_screen("requirements")
    second.actions_by_name["undo"].trigger()
    assert second.workspace.plan == before
    second.close()


def test_leaving_meeting_mode_keeps_undo_and_redo_as_the_history_has_them(window):
    undo, redo = window.actions_by_name["undo"], window.actions_by_name["redo"]
    assert not undo.isEnabled() and not redo.isEnabled()
    window.set_meeting_mode(True)
    window.set_meeting_mode(False)
    assert not undo.isEnabled() and not redo.isEnabled()
