"""Editing through the real dialogs: type, preview, OK, see it recalculated; undo it."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from planner.timeline.painter import DecisionSel, EventSel, RequirementSel, SessionSel
from planner.ui.decision_editor import DecisionEditor
from planner.ui.record_editor import RecordEditor
from planner.ui.record_specs import session_series_spec, tracking_spec


def when_dialog_opens(qtbot, drive):
    """Run `drive(dialog)` once the modal dialog is up (exec() blocks the test)."""
    done = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        try:
            drive(dialog)
        finally:
            done.append(True)

    QTimer.singleShot(0, poll)
    return done


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def conf_line(window):
    return [
        r.session
        for r in window.workspace.result().requirements
        if r.report == "conf-followup" and r.session >= "ecosoc-2013"
    ]


def test_type_a_decision_preview_ok_recalculates_and_undo_restores(window, qtbot):
    window.actions_by_name["drafts"].trigger()
    assert conf_line(window) == ["ecosoc-2013", "ecosoc-2016", "ecosoc-2021", "ecosoc-2026"]
    plan_before = window.workspace.plan
    result_before = window.workspace.result()
    seen = {}

    def drive(dialog: DecisionEditor):
        qtbot.keyClicks(dialog.symbol, "decision 2025/300")
        dialog.adopted.setDate(QDate(2025, 7, 25))
        qtbot.keyClicks(dialog.title_edit, "Ends the separate report")
        qtbot.mouseClick(dialog.add_mandate, Qt.MouseButton.LeftButton)
        form = dialog.mandate_form
        form.report.setCurrentText("conf-followup")
        form.effect.setCurrentIndex(form.effect.findData("terminate"))
        qtbot.waitUntil(lambda: ok_button(dialog).isEnabled(), timeout=3000)
        seen["note"] = dialog.symbol_note.text()
        seen["summary"] = dialog.preview.text()
        seen["lines"] = [
            dialog.preview_list.item(i).text() for i in range(dialog.preview_list.count())
        ]
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    done = when_dialog_opens(qtbot, drive)
    window.edits.new_decision()
    assert done
    assert seen["note"] == "→ E/DEC/2025/300"
    assert seen["summary"] == "Removes 1 requirement"
    assert seen["lines"] == [
        "“Integrated and coordinated implementation of and follow-up…\u200e” at ECOSOC Substantive session of 2026: removed — terminated by E/DEC/2025/300"
    ]
    # recalculated everywhere: engine, timeline, table, what-changed, status
    assert conf_line(window) == ["ecosoc-2013", "ecosoc-2016", "ecosoc-2021"]
    assert ("conf-followup", "ecosoc-2026") not in window.scene.data.by_key
    table = window.requirements.model
    assert ("conf-followup", "ecosoc-2026") not in {
        table.items[i].key for i in range(table.rowCount())
    }
    changes = [
        window.what_changed.list.item(i).text() for i in range(window.what_changed.list.count())
    ]
    assert changes == [
        "“Integrated and coordinated implementation of and follow-up…\u200e” at ECOSOC Substantive session of 2026: removed — terminated by E/DEC/2025/300"
    ]
    assert window.timeline.selection == DecisionSel("E/DEC/2025/300")
    # it was written to the file, in one transaction
    from planner.app.documents import read_plan

    assert read_plan(window.workspace.plan_path).decisions[-1].symbol == "E/DEC/2025/300"
    # undo brings the previous state back exactly; redo re-applies
    window.actions_by_name["undo"].trigger()
    assert window.workspace.plan == plan_before
    assert window.workspace.result().requirements == result_before.requirements
    assert read_plan(window.workspace.plan_path) == plan_before
    window.actions_by_name["redo"].trigger()
    assert conf_line(window) == ["ecosoc-2013", "ecosoc-2016", "ecosoc-2021"]


def test_undo_redo_keyboard_shortcuts_and_history(window, qtbot):
    from planner.app import edits

    before = window.workspace.plan
    window.editing.commit(edits.withdraw(before, "E/DEC/2011/216"), "Withdraw E/DEC/2011/216")
    assert window.history.model().rowCount() == 2  # "Opened plan" + the edit
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.plan == before
    qtbot.keyClick(
        window.timeline,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.workspace.plan != before


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("fill", "where", "fragment"),
    [
        (lambda d: d.symbol.setText("hello"), "symbol_error", "not a symbol"),
        (lambda d: d.symbol.setText("E/DEC/2011/216"), "symbol_error", "already in the plan"),
        (
            lambda d: (
                d.symbol.setText("decision 2025/1"),
                d._add_mandate(),
                d.mandate_form.rule_type.setCurrentIndex(
                    d.mandate_form.rule_type.findData("periodic")
                ),
                d.mandate_form.first.setText("soon"),
            ),
            "mandate_form.error",
            "There is no session “soon” in the plan",
        ),
        (
            lambda d: (
                d.symbol.setText("decision 2025/1"),
                d._add_mandate(),
                d.mandate_form.report.setCurrentText("brand-new"),
            ),
            "mandate_form.error",
            "Give the new report line “brand-new” a title",
        ),
        (
            lambda d: (
                d.symbol.setText("decision 2025/1"),
                d._add_mandate(),
                d.mandate_form.effect.setCurrentIndex(d.mandate_form.effect.findData("merge")),
                d.mandate_form.into.setCurrentText("conf-followup"),
            ),
            "mandate_form.error",
            "cannot merge into itself",
        ),
    ],
)
def test_invalid_input_shows_inline_and_writes_nothing(window, qtbot, fill, where, fragment):
    path = window.workspace.plan_path
    before = digest(path)
    plan = window.workspace.plan
    dialog = DecisionEditor(window.workspace, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog)
    label = dialog
    for part in where.split("."):
        label = getattr(label, part)
    qtbot.waitUntil(lambda: label.isVisible() and fragment in label.text(), timeout=3000)
    assert not ok_button(dialog).isEnabled()
    dialog.accept()  # pressing Enter does nothing while the form is invalid
    assert dialog.result() == 0
    assert window.workspace.plan is plan
    assert digest(path) == before


def test_fixing_the_field_clears_the_message_and_enables_ok(window, qtbot):
    dialog = DecisionEditor(window.workspace, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.symbol.setText("hello")
    qtbot.waitUntil(lambda: dialog.symbol_error.isVisible())
    dialog.symbol.setText("decision 2025/7")
    qtbot.waitUntil(lambda: ok_button(dialog).isEnabled())
    assert not dialog.symbol_error.isVisible()
    assert dialog.preview.text() == "No change to requirements"


def test_editing_an_existing_decision_shows_its_mandates(window, qtbot):
    draft = next(d for d in window.workspace.plan.decisions if d.status == "draft")
    dialog = DecisionEditor(window.workspace, draft, parent=window)
    qtbot.addWidget(dialog)
    assert dialog.mandate_list.count() == 3
    assert dialog.mandate_form.effect.currentData() == "replace"
    assert dialog.mandate_form.rule_type.currentData() == "after_event"
    assert dialog.mandate_form.event_choice.currentData() == "uncsd-2012"
    dialog.mandate_list.setCurrentRow(2)
    assert dialog.mandate_form.rule_type.currentData() == "with_series"
    dialog.status.setCurrentText("adopted")
    qtbot.waitUntil(lambda: ok_button(dialog).isEnabled())
    # adopting the draft (drafts are off): 14 annual reports go, 4 are re-mandated by it
    assert dialog.preview.text() == "Removes 14 requirements, re-mandates 4 requirements"


def test_drafts_toggle_and_as_of_change_what_is_shown(window, qtbot):
    window.actions_by_name["drafts"].trigger()
    assert "ecosoc-2014" not in conf_line(window)
    window.set_as_of(date(2012, 1, 1))
    assert window.workspace.options.as_of == date(2012, 1, 1)
    assert "ecosoc-2014" in conf_line(window)  # the 2012 draft is not yet adopted then
    assert "periodicity-note" in {r.report for r in window.workspace.result().requirements}
    assert "as of 2012-01-01" in window.status_scope.text()
    image = window.timeline.grab().toImage()
    vp = window.timeline.vp
    x = round(vp.x_of(date(2012, 1, 1)))
    if vp.header_width < x < vp.width:
        color = image.pixelColor(x, int(vp.height) - 20)
        assert color.red() > 150 and color.blue() > 100  # the as-of line (reddish purple)
    window.set_as_of(None)
    assert window.workspace.options.as_of is None


def test_what_if_panel_compares_with_and_without_drafts(window):
    window.show_what_if()
    html = window.what_if.toHtml()
    text = window.what_if.toPlainText()
    assert "E/DEC/2012/DRAFT-1" in text
    assert "<s>" in html or "line-through" in html
    assert "Substantive session of 2014" in text  # struck through: dropped by the draft
    assert "replaced by E/DEC/2012/DRAFT-1" in text
    assert "still due, now mandated by E/DEC/2012/DRAFT-1" in text  # 2013, 2016, 2021, 2026


def test_find_goes_to_decisions_reports_and_sessions(window):
    assert window.edits.go_to("E/DEC/2011/216")
    assert window.timeline.selection == DecisionSel("E/DEC/2011/216")
    assert window.edits.go_to("Periodicity and scope")
    assert isinstance(window.timeline.selection, (DecisionSel, RequirementSel))
    assert window.edits.go_to("Substantive session of 2013")
    assert window.timeline.selection == SessionSel("ecosoc-2013")
    assert not window.edits.go_to("no such thing")


def test_session_series_form_reads_the_rrule_and_lists_next_dates(window, qtbot):
    series = next(s for s in window.workspace.plan.session_series if s.id == "ecosoc")
    editor = RecordEditor(
        window.workspace.plan, session_series_spec(window.workspace.plan, series), window
    )
    qtbot.addWidget(editor)
    editor.show()
    assert "Every year on the first Monday of July" in editor.extra.text()
    assert "Next:" in editor.extra.text()
    editor.widgets["rrule"].setText("FREQ=SOMETIMES")
    qtbot.waitUntil(lambda: editor.errors["rrule"].isVisible())
    assert "FREQ cannot be “SOMETIMES”" in editor.errors["rrule"].text()
    assert not ok_button(editor).isEnabled()


def test_tracking_form_sets_status_and_flags_words(window, qtbot):
    key = ("conf-followup", "ecosoc-2027")
    r = window.scene.data.by_key[key]
    editor = RecordEditor(window.workspace.plan, tracking_spec(window.workspace.plan, r), window)
    qtbot.addWidget(editor)
    editor.widgets["status"].setCurrentText("submitted")
    editor.widgets["officer"].setText("A. Officer")
    editor.widgets["word_estimate"].setText("9200")
    qtbot.waitUntil(lambda: ok_button(editor).isEnabled())
    editor.accept()
    window.editing.commit(editor.result_plan, "Track")
    r = window.scene.data.by_key[key]
    assert (str(r.status), r.tracking.officer, r.tracking.word_estimate) == (
        "submitted",
        "A. Officer",
        9200,
    )
    assert "word-limit-exceeded" in {d.code for d in window.workspace.result().diagnostics}


def test_deleting_a_decision_asks_first_with_what_will_change(window, monkeypatch):
    asked = {}

    def question(parent, title, text, *args, **kwargs):
        asked["text"] = text
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    window.edits.delete(DecisionSel("E/DEC/2011/216"))
    assert "Removes 1 requirement" in asked["text"]
    assert "“Periodicity and scope of future reports" in asked["text"]  # its title, not its id
    assert "E/DEC/2011/216" not in {d.symbol for d in window.workspace.plan.decisions}


def test_refusing_deletion_leaves_everything(window, monkeypatch):
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    before = window.workspace.plan
    undoable = window.editing.stack.count()
    window.edits.delete(DecisionSel("E/DEC/2011/216"))
    assert len(asked) == 1  # the question was put, once
    assert "Delete E/DEC/2011/216?" in asked[0]
    assert "Removes 1 requirement" in asked[0]  # and it listed what would change
    assert window.workspace.plan is before
    assert window.editing.stack.count() == undoable  # nothing to undo either


def test_confirming_a_projected_session_from_the_timeline(window, qtbot):
    def drive(dialog):
        dialog.widgets["start"].setDate(QDate(2014, 7, 14))
        dialog.widgets["end"].setDate(QDate(2014, 7, 25))
        dialog.widgets["location"].setText("New York")
        qtbot.waitUntil(lambda: ok_button(dialog).isEnabled())
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    done = when_dialog_opens(qtbot, drive)
    window.edits.edit(SessionSel("ecosoc-2014"))
    assert done
    s = window.workspace.engine.calendar.sessions["ecosoc-2014"]
    assert (s.start, s.status, s.location) == (date(2014, 7, 14), "confirmed", "New York")
    r = window.scene.data.by_key[("conf-followup", "ecosoc-2014")]
    assert r.submission_due == date(2014, 5, 5)


def test_open_plan_is_backed_up_to_the_data_folder(window, tmp_path):
    window._backup()
    backups = sorted((tmp_path / "home" / "data" / "backups").glob("plan-*.sqlite"))
    assert len(backups) == 1
    from planner.app.documents import read_plan

    assert read_plan(backups[0]) == window.workspace.plan


def test_deleting_a_used_report_line_is_refused_with_what_uses_it(window, monkeypatch):
    said = {}
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a, **k: said.setdefault("text", text)
    )
    window.requirements.deleteReportRequested.emit("conf-followup")
    assert "“Integrated and coordinated implementation" in said["text"]
    assert "is still used by A/RES/57/270 B and E/DEC/2012/DRAFT-1" in said["text"]
    assert any(r.id == "conf-followup" for r in window.workspace.plan.reports)


def test_an_unused_report_line_can_be_deleted(window, monkeypatch):
    from planner.app import edits

    window.editing.commit(
        edits.put_report(window.workspace.plan, {"id": "spare", "title": "Spare line"}),
        "Add report",
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.edits.delete_record("report", "spare")
    assert "spare" not in {r.id for r in window.workspace.plan.reports}


def test_the_preview_names_a_report_due_past_the_horizon(qtbot, tmp_path):
    """Issue 12: a requirement beyond the horizon is said in the editor's preview too."""
    from paths import DEFAULT_PLAN

    from planner.app.documents import import_json
    from planner.app.workspace import Workspace

    path = tmp_path / "real.sqlite"
    import_json(DEFAULT_PLAN, path)
    ws = Workspace.open(path, today=date(2026, 11, 30))
    try:
        decision = next(d for d in ws.plan.decisions if d.symbol == "A/RES/70/1")
        dialog = DecisionEditor(ws, decision)
        qtbot.addWidget(dialog)
        dialog.title_edit.setText(decision.title + " ")  # any change: the form is checked again
        qtbot.waitUntil(lambda: ok_button(dialog).isEnabled())
        lines = [dialog.preview_list.item(i).text() for i in range(dialog.preview_list.count())]
        assert any("2042" in line and "2041" in line for line in lines), lines
    finally:
        ws.close()


def test_track_from_the_requirements_list_carries_the_requirement(window, monkeypatch):
    """The list's "Track…" sends the (report, session) itself, not a joined string."""
    opened = []
    monkeypatch.setattr(
        window.edits, "edit_record", lambda spec, text, reveal=None: opened.append(reveal)
    )
    r = next(r for r in window.scene.data.result.requirements if r.report == "conf-followup")
    window.requirements.trackRequested.emit(r.key)
    assert opened == [RequirementSel(r.report, r.session)]


def _answer(monkeypatch, button):
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_deleting_a_session_asks_then_it_goes_back_to_its_projection(window, monkeypatch):
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.edits.delete(SessionSel("ecosoc-2012"))
    assert len(asked) == 1 and "projected dates" in asked[0]
    assert "ecosoc-2012" not in {s.id for s in window.workspace.plan.sessions}


def test_deleting_an_event_asks_then_removes_it(window, monkeypatch):
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.edits.delete(EventSel("mdg-review-2010"))
    assert len(asked) == 1
    assert "mdg-review-2010" not in {e.id for e in window.workspace.plan.events}
    window.editing.stack.undo()
    assert "mdg-review-2010" in {e.id for e in window.workspace.plan.events}


def test_an_event_a_decision_uses_is_not_deleted_and_the_user_is_told(window, monkeypatch):
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    before = window.workspace.plan
    window.edits.delete(EventSel("uncsd-2012"))
    assert asked == [] and len(warned) == 1 and "E/DEC/2012/DRAFT-1" in warned[0]
    assert window.workspace.plan is before


def test_clearing_tracking_keeps_the_requirement(window, monkeypatch):
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    key = ("periodicity-note", "ecosoc-2012")
    window.edits.delete(RequirementSel(*key))
    assert len(asked) == 1 and "only its tracking is cleared" in asked[0]
    assert key not in {t.key for t in window.workspace.plan.tracking}
    assert key in {r.key for r in window.workspace.result().requirements}


def test_clearing_an_untracked_requirement_asks_nothing(window, monkeypatch):
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    before = window.workspace.plan
    window.edits.delete(RequirementSel("conf-followup", "ecosoc-2015"))
    assert asked == [] and window.workspace.plan is before
