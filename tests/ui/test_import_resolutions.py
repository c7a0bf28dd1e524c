"""File ▸ Import Resolutions…: choose files or paste a text, review, accept / edit /
reject, and commit the accepted ones as one undoable edit."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
)
from resolution_samples import akn
from test_editing import when_dialog_opens
from test_translations import Pseudo

from planner.app.workspace import Workspace
from planner.ui.decision_editor import DecisionEditor
from planner.ui.import_resolutions import ImportResolutionsDialog, PasteTextDialog

SURE = "Requests the Secretary-General to submit to the General Assembly at its eighty-second session a report on the implementation of the present resolution;"
UNSURE = "Requests the Secretary-General to include in his annual report on river basins information on the implementation of the present resolution."
ORAL = "Requests the Secretary-General to submit to the General Assembly at its eighty-third session a report on water and sanitation."


def write(tmp_path, name, **kw):
    path = tmp_path / name
    path.write_bytes(akn(**kw))
    return path


def choose(monkeypatch, *paths):
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], "")
    )


def open_review(window, qtbot, drive):
    """Trigger the menu command; `drive(dialog)` runs once the review is up (and the
    review is closed if it failed, so a failing test cannot hang on the modal dialog)."""

    def safely(dialog):
        try:
            drive(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    done = when_dialog_opens(qtbot, safely)
    window.actions_by_name["import_resolutions"].trigger()
    qtbot.waitUntil(lambda: bool(done))


def rows(dialog):
    out = []
    for i in range(dialog.tree.topLevelItemCount()):
        top = dialog.tree.topLevelItem(i)
        out.append(
            (
                top.text(0),
                top.checkState(0) == Qt.CheckState.Checked,
                top.text(3),
                [
                    (
                        top.child(k).text(0),
                        top.child(k).checkState(0) == Qt.CheckState.Checked,
                        top.child(k).text(2),
                    )
                    for k in range(top.childCount())
                ],
            )
        )
    return out


def decision(window, symbol):
    found = [d for d in window.workspace.plan.decisions if d.symbol == symbol]
    assert len(found) <= 1, "duplicated"
    return found[0] if found else None


def test_files_reviewed_then_imported_as_one_undoable_edit(window, qtbot, tmp_path, monkeypatch):
    a = write(tmp_path, "a.xml", paragraphs=["Takes note of the report;", SURE, UNSURE])
    b = write(tmp_path, "b.xml", symbol="A/RES/80/322", title="Water", paragraphs=[ORAL])
    choose(monkeypatch, a, b)
    plan_before = window.workspace.plan
    undo_count = window.editing.stack.count()
    seen = {}

    def drive(dialog: ImportResolutionsDialog):
        seen["rows"] = rows(dialog)
        # the first proposal: its paragraph with the source words marked, the rule, the effect
        dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0).child(0))
        seen["detail"] = dialog.detail.toPlainText()
        seen["html"] = dialog.detail.toHtml()
        seen["summary"] = dialog.summary.text()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    open_review(window, qtbot, drive)
    assert seen["rows"] == [  # the sure ones ticked, the unsure one waits for a decision
        (
            "A/RES/80/321",
            True,
            "new decision",
            [("¶ 2", True, "95 %"), ("¶ 3", False, "unsure, 50 %")],
        ),
        ("A/RES/80/322", True, "new decision", [("¶ 1", True, "95 %")]),
    ]
    assert "to GA · at session 82" in seen["detail"]
    assert "81st" not in seen["detail"] and "82nd session of the General Assembly" in seen["detail"]
    assert "What it will do" in seen["detail"] and "Adds 1 requirement" in seen["detail"]
    assert "background-color:#ffe08a" in seen["html"].lower().replace(" ", "")
    assert "2 resolutions" in seen["summary"] and "2 new mandates" in seen["summary"]

    # one edit, both decisions, the unsure proposal left out
    assert window.editing.stack.count() == undo_count + 1
    first = decision(window, "A/RES/80/321")
    assert first is not None and len(first.mandates) == 1
    assert first.mandates[0].rule.session == "ga-2027"
    assert decision(window, "A/RES/80/322") is not None
    keys = {(r.report, r.session) for r in window.workspace.result().requirements}
    assert (first.mandates[0].report, "ga-2027") in keys
    assert window.timeline.selection is not None and window.timeline.selection.key == "A/RES/80/321"
    window.editing.stack.undo()
    assert window.workspace.plan == plan_before


def test_reject_and_accept_each_and_a_document_as_a_whole(window, qtbot, tmp_path, monkeypatch):
    a = write(tmp_path, "a.xml", paragraphs=[SURE, UNSURE])
    b = write(tmp_path, "b.xml", symbol="A/RES/80/322", paragraphs=[ORAL])
    choose(monkeypatch, a, b)

    def drive(dialog: ImportResolutionsDialog):
        first = dialog.tree.topLevelItem(0)
        dialog.tree.setCurrentItem(first.child(0))
        qtbot.mouseClick(dialog.reject_button, Qt.MouseButton.LeftButton)
        # rejecting moves on to the next proposal still open: accept it
        assert dialog.tree.currentItem() is first.child(1)
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
        # the second document left out with its check box
        dialog.tree.topLevelItem(1).setCheckState(0, Qt.CheckState.Unchecked)
        qtbot.waitUntil(lambda: "1 resolution" in dialog.summary.text())
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    open_review(window, qtbot, drive)
    first = decision(window, "A/RES/80/321")
    assert first is not None and len(first.mandates) == 1
    assert decision(window, "A/RES/80/322") is None


def test_a_decision_in_the_plan_is_offered_as_an_update(window, qtbot, tmp_path, monkeypatch):
    before = decision(window, "A/RES/61/16")
    assert before is not None
    a = write(tmp_path, "a.xml", symbol="A/RES/61/16", adopted="2006-11-20", paragraphs=[SURE])
    choose(monkeypatch, a)
    seen = {}

    def drive(dialog: ImportResolutionsDialog):
        seen["rows"] = rows(dialog)
        seen["summary"] = dialog.summary.text()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    open_review(window, qtbot, drive)
    assert seen["rows"][0][2] == "updates the decision in the plan"
    assert "1 already in the plan" in seen["summary"]
    after = decision(window, "A/RES/61/16")
    assert after.mandates[: len(before.mandates)] == before.mandates
    assert len(after.mandates) == len(before.mandates) + 1
    assert after.title == before.title and after.adopted == before.adopted


def test_edit_opens_the_decision_editor_prefilled_and_its_form_is_imported(
    window, qtbot, tmp_path, monkeypatch
):
    a = write(tmp_path, "a.xml", paragraphs=[SURE, UNSURE], title="River basin cooperation")
    choose(monkeypatch, a)
    seen = {}

    def edit(editor: DecisionEditor):
        seen["symbol"] = editor.symbol.text()
        seen["mandates"] = len(editor.mandates)
        seen["row"] = editor.mandate_list.currentRow()
        seen["new_title"] = editor.mandate_form.new_title.text()
        seen["ok"] = editor.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        editor.title_edit.setText("River basins, as edited")
        editor.accept()

    def drive(dialog: ImportResolutionsDialog):
        dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0).child(0))
        done = when_dialog_opens(
            qtbot, lambda d: edit(d) if isinstance(d, DecisionEditor) else None
        )
        qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(done))
        seen["state"] = dialog.tree.topLevelItem(0).text(3)
        seen["child"] = dialog.tree.topLevelItem(0).child(1).text(3)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    open_review(window, qtbot, drive)
    assert seen["symbol"] == "A/RES/80/321" and seen["mandates"] == 1 and seen["row"] == 0
    assert seen["new_title"] == "River basin cooperation" and seen["ok"]
    assert seen["state"] == "edited: 1 mandate" and seen["child"] == "replaced by your edit"
    assert decision(window, "A/RES/80/321").title == "River basins, as edited"


def test_paste_a_text_with_what_it_cannot_say(window, qtbot, monkeypatch):
    choose(monkeypatch)  # the file dialog is cancelled: paste instead

    def paste(p: PasteTextDialog):
        p.text.setPlainText("The General Assembly,\n\n1. Welcomes the report;\n\n2. " + SURE)
        p.symbol.setText("A/RES/80/400")
        p.body.setCurrentIndex(p.body.findData("GA"))
        p.adopted.check.setChecked(True)
        p.adopted.edit.setDate(QDate(2025, 12, 19))
        p.accept()

    def drive(dialog: ImportResolutionsDialog):
        done = when_dialog_opens(
            qtbot, lambda d: paste(d) if isinstance(d, PasteTextDialog) else None
        )
        qtbot.mouseClick(dialog.paste_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(done))
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    open_review(window, qtbot, drive)
    found = decision(window, "A/RES/80/400")
    assert found is not None and found.adopted == date(2025, 12, 19) and len(found.mandates) == 1


def test_pasted_text_without_paragraphs_says_so_and_stays_open(window, qtbot):
    dialog = PasteTextDialog(window.workspace, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text.setPlainText("Recalling its resolution 79/1,\n\nNoting with concern the situation,")
    dialog.accept()
    assert dialog.isVisible() and dialog.read_document is None
    assert "operative" in dialog.error.text() and "\n" not in dialog.error.text()


def test_a_bad_file_is_listed_with_its_reason_and_the_others_import(
    window, qtbot, tmp_path, monkeypatch
):
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"not a pdf at all")
    good = write(tmp_path, "a.xml", paragraphs=[SURE])
    choose(monkeypatch, bad, good)
    seen = {}

    def drive(dialog: ImportResolutionsDialog):
        seen["rows"] = rows(dialog)
        dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
        seen["detail"] = dialog.detail.toPlainText()
        seen["import"] = dialog.import_button.isEnabled()
        dialog.reject()

    plan_before = window.workspace.plan
    open_review(window, qtbot, drive)
    (name, checked, state, children), good_row = seen["rows"]
    assert name == "scan.pdf" and not checked and state == "cannot be read" and not children
    assert "\n" not in seen["detail"].strip().split("\n", 1)[1].strip()  # one line
    assert "PDF" in seen["detail"]
    assert good_row[0] == "A/RES/80/321" and seen["import"]
    assert window.workspace.plan == plan_before  # cancelled: nothing written


def test_a_text_without_symbol_must_be_edited_before_import(window, qtbot, tmp_path, monkeypatch):
    txt = tmp_path / "bare.txt"
    txt.write_text("1. Welcomes the report;\n\n2. " + SURE + "\n")
    choose(monkeypatch, txt)
    seen = {}

    def drive(dialog: ImportResolutionsDialog):
        seen["import"] = dialog.import_button.isEnabled()
        seen["problems"] = dialog.problems.text()
        dialog.reject()

    open_review(window, qtbot, drive)
    assert seen["import"] is False
    assert "bare.txt" in seen["problems"] and "no symbol" in seen["problems"]


def test_the_same_file_twice_is_read_once(window, qtbot, tmp_path):
    a = write(tmp_path, "a.xml", paragraphs=[SURE])
    dialog = ImportResolutionsDialog(window.workspace, None, window)
    qtbot.addWidget(dialog)
    dialog.add_paths([a])
    dialog.add_paths([a])
    assert dialog.tree.topLevelItemCount() == 1


def test_read_only_plan_refuses_with_its_reason(qtbot, tmp_path, plan_file, monkeypatch):
    from planner.ui.main_window import MainWindow

    monkeypatch.setenv("MANDATE_PLANNER_HOME", str(tmp_path / "home"))
    ws = Workspace.open(plan_file, read_only=True, today=date(2026, 11, 27))
    win = MainWindow(ws, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: pytest.fail("no file dialog")
    )
    win.actions_by_name["import_resolutions"].trigger()
    assert told == ["This plan was opened read-only."]
    ws.close()


def test_pseudo_localisation_covers_the_review(qtbot, window, tmp_path):
    a = write(tmp_path, "a.xml", paragraphs=[SURE, UNSURE])
    pseudo = Pseudo()
    QCoreApplication.installTranslator(pseudo)
    try:
        dialog = ImportResolutionsDialog(window.workspace, None, window)
        paste = PasteTextDialog(window.workspace, window)
        qtbot.addWidget(dialog)
        qtbot.addWidget(paste)
        dialog.add_paths([a])
        dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0).child(1))
        texts = []
        for d in (dialog, paste):
            texts += [
                label.text()
                for label in d.findChildren(QLabel)
                if label.text() and label.objectName() not in ("importSummary", "importProblems")
            ]
            texts += [b.text() for b in d.findChildren(QAbstractButton) if b.text()]
            texts += [box.title() for box in d.findChildren(QGroupBox) if box.title()]
        header = dialog.tree.headerItem()
        texts += [header.text(c) for c in range(header.columnCount())]
        top = dialog.tree.topLevelItem(0)
        texts += [top.text(3), top.text(2)]
        texts += [top.child(1).text(c) for c in (0, 2)]
        bypassing = [t for t in texts if any(ch.isalpha() for ch in t) and "⟦" not in t]
        assert bypassing == []
        # the detail's headings and notes are translated too (the paragraph is data)
        detail = dialog.detail.toPlainText()
        for heading in ("Read as", "Becomes", "What it will do", "Unsure"):
            assert f"⟦{heading}⟧" in detail
    finally:
        QCoreApplication.removeTranslator(pseudo)
