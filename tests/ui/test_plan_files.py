"""File ▸ New Plan, Import Plan, Export Plan; Plan ▸ Projection Horizon; Help ▸ About,
driven through the real dialogs (file dialogs and message boxes patched)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from paths import DEFAULT_PLAN
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
)

from planner.app.documents import default_plan_from_resources, read_plan
from planner.app.new_plan import body_tree, descendants
from planner.store.interchange import plan_to_json
from planner.ui.new_plan_dialog import NewPlanDialog

CALENDAR = default_plan_from_resources()


def when_dialog_opens(qtbot, drive):
    """Run `drive(dialog)` once the modal dialog is up (exec() blocks the test)."""
    done = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NewPlanDialog):
            QTimer.singleShot(20, poll)
            return
        try:
            drive(dialog)
        except BaseException:
            dialog.reject()  # a failed check must not leave exec() waiting
            raise
        finally:
            done.append(True)

    QTimer.singleShot(0, poll)
    return done


@pytest.fixture
def opened(window):
    """The plans the window asked the application to open."""
    paths: list[Path] = []
    window.opener = paths.append
    return paths


def save_as(monkeypatch, path: Path) -> list[str]:
    asked: list[str] = []

    def answer(parent, caption, start, filters, *args, **kwargs):
        asked.append(filters)
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text)
    )
    return shown


def click_choice(qtbot, radio) -> None:
    """Click a radio button on its circle, as a user does (the widget is wider)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))


def ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- New Plan ---------------------------------------------------------------------------

FAMILY = max(body_tree(CALENDAR), key=lambda n: len(n.children))  # ECOSOC and its bodies


def test_new_plan_from_the_calendar_opens_the_chosen_bodies(
    window, qtbot, tmp_path, opened, monkeypatch
):
    asked = save_as(monkeypatch, tmp_path / "my plan")  # the suffix is added
    left_out = FAMILY.children[0].id
    seen = {}

    def drive(dialog: NewPlanDialog):
        assert not ok(dialog).isEnabled()
        assert "Tick the bodies" in dialog.summary.text()
        dialog.set_ticked(FAMILY.id)  # ticking a parent ticks everything under it
        assert set(dialog.ticked()) == descendants(CALENDAR, FAMILY.id)
        dialog.set_ticked(left_out, False)  # unticking a child keeps its parent
        assert FAMILY.id in dialog.ticked() and left_out not in dialog.ticked()
        assert not ok(dialog).isEnabled()  # no file yet
        qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
        assert dialog.path_edit.text() == str(tmp_path / "my plan.sqlite")
        qtbot.keyClicks(dialog.title_edit, "ECOSOC desk")
        seen["summary"] = dialog.summary.text()
        assert ok(dialog).isEnabled()
        qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)

    done = when_dialog_opens(qtbot, drive)
    window.actions_by_name["new_plan"].trigger()
    assert done
    assert asked == ["Plans (*.sqlite)"]
    assert opened == [tmp_path / "my plan.sqlite"]
    plan = read_plan(opened[0])
    assert plan.title == "ECOSOC desk"
    wanted = descendants(CALENDAR, FAMILY.id) - {left_out}
    assert wanted <= {b.id for b in plan.bodies}
    assert left_out not in {b.id for b in plan.bodies}
    assert f"Bodies: {len(wanted)} · " in seen["summary"]


def test_ticking_a_child_ticks_its_parent(window, qtbot, opened, monkeypatch):
    dialog = NewPlanDialog(CALENDAR, Path("."), window)
    qtbot.addWidget(dialog)
    child = FAMILY.children[-1].id
    dialog.set_ticked(child)
    assert set(dialog.ticked()) == {child, FAMILY.id}
    qtbot.mouseClick(dialog.tick_all, Qt.MouseButton.LeftButton)
    assert len(dialog.ticked()) == len(CALENDAR.bodies)
    qtbot.mouseClick(dialog.tick_none, Qt.MouseButton.LeftButton)
    assert dialog.ticked() == []


def test_a_blank_plan(window, qtbot, tmp_path, opened, monkeypatch):
    save_as(monkeypatch, tmp_path / "blank.sqlite")

    def drive(dialog: NewPlanDialog):
        click_choice(qtbot, dialog.blank)
        assert not dialog.tree.isEnabled()
        qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
        assert ok(dialog).isEnabled()
        qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)

    done = when_dialog_opens(qtbot, drive)
    window.actions_by_name["new_plan"].trigger()
    assert done
    plan = read_plan(tmp_path / "blank.sqlite")
    assert (plan.title, plan.bodies, plan.sessions) == ("blank", (), ())  # the file's name
    assert opened == [tmp_path / "blank.sqlite"]


def test_a_new_plan_never_overwrites_the_open_plan(window, qtbot, plan_file, opened, monkeypatch):
    save_as(monkeypatch, plan_file)
    shown = warnings(monkeypatch)
    before = digest(plan_file)
    stayed = []

    def drive(dialog: NewPlanDialog):
        click_choice(qtbot, dialog.blank)
        qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
        stayed.append(dialog.isVisible())
        dialog.reject()

    done = when_dialog_opens(qtbot, drive)
    window.actions_by_name["new_plan"].trigger()
    assert done and stayed == [True]
    assert len(shown) == 1 and "open in Mandate Planner" in shown[0]
    assert digest(plan_file) == before
    assert opened == []


def test_an_opened_blank_plan_shows_a_window(qtbot, tmp_path, monkeypatch):
    """The app can open what New Plan writes: an empty plan has no lanes but no error."""
    from datetime import date

    from PySide6.QtCore import QSettings

    from planner.app.documents import create_new_plan_file
    from planner.app.new_plan import blank_plan
    from planner.app.workspace import Workspace
    from planner.ui.main_window import MainWindow

    monkeypatch.setenv("MANDATE_PLANNER_HOME", str(tmp_path / "home"))
    path = tmp_path / "empty.sqlite"
    create_new_plan_file(path, blank_plan("Empty"))
    ws = Workspace.open(path, today=date(2026, 11, 27))
    win = MainWindow(ws, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.timeline.repaint()
    assert win.windowTitle().startswith("Empty")
    ws.close()


# --- Import and Export ------------------------------------------------------------------


def test_import_plan_writes_a_new_plan_file_and_opens_it(window, tmp_path, opened, monkeypatch):
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(DEFAULT_PLAN), "*.json")
    )
    save_as(monkeypatch, tmp_path / "imported")
    window.actions_by_name["import_plan"].trigger()
    assert opened == [tmp_path / "imported.sqlite"]
    assert plan_to_json(read_plan(opened[0])) == plan_to_json(read_plan(DEFAULT_PLAN))


def test_importing_a_bad_plan_says_where_and_writes_nothing(window, tmp_path, opened, monkeypatch):
    bad = tmp_path / "bad.json"
    document = json.loads(DEFAULT_PLAN.read_text())
    document["decisions"][0]["adopted"] = "2013-02-30"
    bad.write_text(json.dumps(document))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), "*.json"))
    save_as(monkeypatch, tmp_path / "out.sqlite")
    shown = warnings(monkeypatch)
    before = sorted(tmp_path.iterdir())
    window.actions_by_name["import_plan"].trigger()
    assert len(shown) == 1
    assert "decisions[0].adopted: impossible date '2013-02-30'" in shown[0]
    assert sorted(tmp_path.iterdir()) == before
    assert opened == []


def test_export_plan_writes_the_canonical_json(window, tmp_path, monkeypatch):
    asked = save_as(monkeypatch, tmp_path / "exported")
    window.actions_by_name["export_plan"].trigger()
    out = tmp_path / "exported.json"
    assert json.loads(out.read_text()) == plan_to_json(window.workspace.plan)
    assert asked == ["Plan interchange files (*.json)"]
    assert "exported.json" in window.statusBar().currentMessage()


def test_export_to_a_missing_folder_says_so_and_writes_nothing(window, tmp_path, monkeypatch):
    save_as(monkeypatch, tmp_path / "nowhere" / "plan.json")
    shown = warnings(monkeypatch)
    window.actions_by_name["export_plan"].trigger()
    assert len(shown) == 1 and "does not exist" in shown[0]
    assert not (tmp_path / "nowhere").exists()


def test_cancelled_file_dialogs_do_nothing(window, tmp_path, opened, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    before = sorted(tmp_path.iterdir())
    window.actions_by_name["import_plan"].trigger()
    window.actions_by_name["export_plan"].trigger()
    assert sorted(tmp_path.iterdir()) == before and opened == []


# --- the projection horizon --------------------------------------------------------------


def test_the_projection_horizon_is_an_undoable_edit(window, plan_file, monkeypatch):
    asked = {}

    def get_int(parent, title, label, value, minimum, maximum, *a, **k):
        asked.update(value=value, bounds=(minimum, maximum))
        return 30, True

    monkeypatch.setattr(QInputDialog, "getInt", get_int)
    before = window.workspace.plan.horizon_years
    window.actions_by_name["horizon"].trigger()
    assert asked == {"value": before, "bounds": (1, 60)}
    assert window.workspace.plan.horizon_years == 30
    assert read_plan(plan_file).horizon_years == 30
    assert "30" in window.editing.stack.undoText()
    window.editing.stack.undo()
    assert window.workspace.plan.horizon_years == before
    assert read_plan(plan_file).horizon_years == before
    window.editing.stack.redo()
    assert read_plan(plan_file).horizon_years == 30


def test_cancelling_the_horizon_changes_nothing(window, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (40, False))
    plan = window.workspace.plan
    window.actions_by_name["horizon"].trigger()
    assert window.workspace.plan is plan and window.editing.stack.count() == 0


# --- About: the calendar's date ---------------------------------------------------------


def about_text(window, monkeypatch) -> str:
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window.actions_by_name["about"].trigger()
    return shown[0]


def test_about_says_how_current_the_shipped_calendar_is(window, monkeypatch):
    import planner.app.resources as resources

    real = resources.resource_text
    document = json.loads(real("default-plan.json"))
    document["calendar_as_of"] = "2026-11-30"
    monkeypatch.setattr(
        resources,
        "resource_text",
        lambda name: json.dumps(document) if name == "default-plan.json" else real(name),
    )
    text = about_text(window, monkeypatch)
    assert "Calendar data as of 30 Nov 2026" in text
    assert "This plan's calendar" not in text


def test_about_names_the_open_plans_own_calendar_date(window, monkeypatch):
    from dataclasses import replace

    import planner.ui.plan_commands as commands

    monkeypatch.setattr(commands, "shipped_calendar_as_of", lambda: "")
    assert "Calendar data as of" not in about_text(window, monkeypatch)
    window.editing.commit(replace(window.workspace.plan, calendar_as_of="2025-06-01"), "date")
    assert "This plan's calendar data as of 1 Jun 2025" in about_text(window, monkeypatch)


# --- translations -------------------------------------------------------------------------


class Pseudo(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        return f"⟦{source}⟧"

    def isEmpty(self) -> bool:
        return False


def test_the_new_plan_dialog_has_no_text_bypassing_tr(qtbot):
    pseudo = Pseudo()
    QCoreApplication.installTranslator(pseudo)
    try:
        dialog = NewPlanDialog(CALENDAR, Path("."))
        qtbot.addWidget(dialog)
        dialog.set_ticked(FAMILY.id)
        texts = [w.text() for w in dialog.findChildren(QLabel) if w.text()]
        texts += [b.text() for b in dialog.findChildren(QAbstractButton) if b.text()]
        texts += [dialog.windowTitle(), dialog.title_edit.placeholderText()]
        header = dialog.tree.headerItem()
        texts += [header.text(i) for i in range(header.columnCount())]
        assert [t for t in texts if any(c.isalpha() for c in t) and "⟦" not in t] == []
    finally:
        QCoreApplication.removeTranslator(pseudo)


def test_files_are_suggested_beside_the_plan_but_never_in_the_data_folder(
    window, tmp_path, plan_file, monkeypatch
):
    from planner.app.locations import data_folder

    starts: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda p, c, start, f, *a, **k: (starts.append(start), ("", ""))[1],
    )
    window.actions_by_name["export_plan"].trigger()
    window.workspace.plan_path = data_folder() / "default-plan.sqlite"
    try:
        window.actions_by_name["export_plan"].trigger()
    finally:
        window.workspace.plan_path = plan_file
    assert starts[0] == str(tmp_path / "plan.json")
    assert Path(starts[1]).name == "default-plan.json"
    assert data_folder() not in Path(starts[1]).parents
