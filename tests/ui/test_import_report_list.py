"""File ▸ Import Report List…: columns mapped with a preview, the mapping remembered for the
next file of the same layout, the rows committed as one undoable edit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel
from test_editing import when_dialog_opens
from test_translations import Pseudo

from planner.intake.report_table import read_table
from planner.ui.import_report_list import ReportListDialog

HEADERS = "Subject;Where;State;Remarks"


def write(tmp_path, name, *rows):
    path = tmp_path / name
    path.write_text("\n".join((HEADERS, *rows)), encoding="utf-8")
    return path


def run(window, qtbot, monkeypatch, path, drive):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    def safely(dialog):
        try:
            drive(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    done = when_dialog_opens(qtbot, safely)
    window.actions_by_name["import_report_list"].trigger()
    qtbot.waitUntil(lambda: bool(done))


def test_a_corrected_mapping_is_imported_and_remembered_for_the_same_layout(
    window, qtbot, tmp_path, monkeypatch
):
    first = write(tmp_path, "a.csv", "River basins;csw-2027;issued;late", "Coral reefs;;;")
    before = window.workspace.plan
    count = window.editing.stack.count()
    seen = {}

    def correct(dialog: ReportListDialog):
        seen["guessed"] = [c.currentData() for c in dialog.combos]
        dialog.combos[1].setCurrentIndex(dialog.combos[1].findData("session"))  # "Where"
        seen["summary"] = dialog.summary.text()
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    run(window, qtbot, monkeypatch, first, correct)
    assert seen["guessed"] == ["title", "", "status", "notes"]  # "Where" is not a word we know
    assert seen["summary"] == "2 new report lines, 0 already in the plan, 1 tracking row"
    plan = window.workspace.plan
    assert {"river-basins", "coral-reefs"} <= {r.id for r in plan.reports}
    [t] = [t for t in plan.tracking if t.report == "river-basins"]
    assert (t.session, str(t.status), t.notes) == ("csw-2027", "issued", "late")
    assert window.editing.stack.count() == count + 1

    second = write(tmp_path, "b.csv", "Ocean acidity;csw-2027;submitted;")
    run(
        window,
        qtbot,
        monkeypatch,
        second,
        lambda d: seen.update(again=[c.currentData() for c in d.combos]),
    )
    assert seen["again"] == ["title", "session", "status", "notes"]  # as corrected

    window.editing.stack.undo()
    assert window.workspace.plan == before


def test_one_field_for_two_columns_is_refused_until_changed(window, qtbot, tmp_path):
    table = read_table(write(tmp_path, "c.csv", "River basins;csw-2027;issued;late"))
    dialog = ReportListDialog(window.workspace, table, None, window)
    qtbot.addWidget(dialog)
    dialog.combos[3].setCurrentIndex(dialog.combos[3].findData("title"))
    assert not dialog.ok.isEnabled() and "two columns" in dialog.summary.text()


def test_pseudo_localisation_covers_the_report_list_dialog(qtbot, window, tmp_path):
    table = read_table(write(tmp_path, "d.csv", ";nowhere;lost;"))
    pseudo = Pseudo()
    QCoreApplication.installTranslator(pseudo)
    try:
        dialog = ReportListDialog(window.workspace, table, None, window)
        qtbot.addWidget(dialog)
        texts = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        texts += [b.text() for b in dialog.findChildren(QAbstractButton) if b.text()]
        texts += [dialog.combos[0].itemText(i) for i in range(dialog.combos[0].count())]
        assert [t for t in texts if any(ch.isalpha() for ch in t) and "⟦" not in t] == []
    finally:
        QCoreApplication.removeTranslator(pseudo)
