"""The editing forms hold still and keep what was typed: a message appearing never moves
a field, and a filled form is not thrown away without asking."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.domain.model import DEFAULT_ISSUANCE_WEEKS, DEFAULT_SUBMISSION_WEEKS
from planner.ui import record_specs
from planner.ui.decision_editor import DecisionEditor
from planner.ui.record_editor import RecordEditor


def places(dialog: QWidget, widgets: list[QWidget]) -> list[QPoint]:
    return [w.mapTo(dialog, QPoint(0, 0)) for w in widgets]


def test_decision_form_fields_stay_put_while_messages_come_and_go(window, qtbot):
    dialog = DecisionEditor(window.workspace, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    form = dialog.mandate_form
    fields = [dialog.symbol, dialog.body, dialog.title_edit, dialog.adopted, dialog.notes]
    fields += [dialog.mandate_list, dialog.preview_list, form.report, form.effect]
    seen = []
    for text in ("", "hello", "decision 2025/300", "E/DEC/2011/216", "decision 2025/301"):
        dialog.symbol.setText(text)
        dialog.validate()
        qtbot.wait(5)
        seen.append(places(dialog, fields))
    assert [(i, j) for i, s in enumerate(seen) for j, p in enumerate(s) if p != seen[0][j]] == []
    # a mandate's message neither moves its own fields nor the rest of the form
    dialog._add_mandate()
    form.rule_type.setCurrentIndex(form.rule_type.findData("periodic"))
    fields += [form.every, form.first, form.until_year]
    seen = []
    for first in ("2015", "soon", "2016", ""):
        form.first.setText(first)
        dialog.validate()
        qtbot.wait(5)
        seen.append(places(dialog, fields))
        assert form.error.isVisible() == (first in ("soon", ""))
    assert [(i, j) for i, s in enumerate(seen) for j, p in enumerate(s) if p != seen[0][j]] == []


def test_series_form_fields_stay_put_while_messages_come_and_go(window, qtbot):
    spec = record_specs.session_series_spec(window.workspace.plan, None)
    dialog = RecordEditor(window.workspace.plan, spec, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    fields = list(dialog.widgets.values())
    dialog.widgets["id"].setText("csw-series")
    dialog.widgets["name"].setText("Session of {year}")
    seen = []
    for rrule in ("FREQ=YEARLY;BYMONTH=7;BYDAY=1MO", "", "FREQ=SOMETIMES", "FREQ=YEARLY"):
        dialog.widgets["rrule"].setText(rrule)
        dialog.validate()
        qtbot.wait(5)
        seen.append(places(dialog, fields))
    assert [
        (i, j, p.y(), seen[0][j].y())
        for i, s in enumerate(seen)
        for j, p in enumerate(s)
        if p != seen[0][j]
    ] == []


@pytest.mark.parametrize("answer", ["keep", "discard"])
def test_esc_on_a_filled_decision_form_asks_first(window, qtbot, monkeypatch, answer):
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(title)
        return (
            QMessageBox.StandardButton.Discard
            if answer == "discard"
            else QMessageBox.StandardButton.Cancel
        )

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = DecisionEditor(window.workspace, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.title_edit, "A long title typed with care")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Discard changes?"]
    assert dialog.isVisible() == (answer == "keep")
    assert dialog.title_edit.text() == "A long title typed with care"


def test_esc_on_an_untouched_form_closes_without_asking(window, qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked"))
    for dialog in (
        DecisionEditor(window.workspace, parent=window),
        RecordEditor(
            window.workspace.plan, record_specs.body_spec(window.workspace.plan, None), window
        ),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()


def test_a_report_form_keeps_a_word_limit_above_a_hundred_thousand(window, qtbot):
    # the form capped word limits at 100,000 while a plan may hold up to 1,000,000:
    # opening a report line and pressing OK would have cut its limit without a word
    plan = window.workspace.plan
    report = replace(plan.reports[0], word_limit=250_000)
    spec = record_specs.report_spec(plan, report)
    dialog = RecordEditor(plan, spec, parent=window)
    qtbot.addWidget(dialog)
    assert dialog.data()["word_limit"] == 250_000


def test_a_new_body_form_starts_from_the_domain_defaults(window, qtbot):
    plan = window.workspace.plan
    dialog = RecordEditor(plan, record_specs.body_spec(plan, None), parent=window)
    qtbot.addWidget(dialog)
    data = dialog.data()
    assert (data["submission_weeks"], data["issuance_weeks"]) == (
        DEFAULT_SUBMISSION_WEEKS,
        DEFAULT_ISSUANCE_WEEKS,
    )
