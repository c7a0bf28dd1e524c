"""Each panel refreshes itself from the `Change` it is handed (the window only passes it
on), and a change that does not concern a panel leaves it as the user left it."""

from __future__ import annotations

from dataclasses import replace

from conftest import TODAY
from PySide6.QtCore import QItemSelectionModel, Qt

from planner.app import edits
from planner.app.workspace import Workspace
from planner.domain.model import Body
from planner.ui.changes_panel import WhatChangedPanel
from planner.ui.panels import DeadlinesPanel, RequirementsPanel


def keys(panel: RequirementsPanel) -> set[tuple[str, str]]:
    model = panel.model
    return {model.items[i].key for i in range(model.rowCount())}


def test_panels_outside_any_window_refresh_from_a_change_alone(qtbot, plan_file):
    ws = Workspace.open(plan_file, today=TODAY)
    try:
        requirements, deadlines = RequirementsPanel(ws), DeadlinesPanel(ws, TODAY)
        changes = WhatChangedPanel()
        for panel in (requirements, deadlines, changes):
            qtbot.addWidget(panel)
            panel.show()
            qtbot.waitExposed(panel)
        for panel in (requirements, deadlines):
            panel.catch_up()  # shown: filled for the first time
        before = keys(requirements)
        assert before and deadlines.model.rowCount()
        change = ws.apply(replace(ws.plan, decisions=(), tracking=()), "Remove every decision")
        assert keys(requirements) == before  # nobody told it yet
        for panel in (requirements, deadlines, changes):
            panel.on_change(change)
        assert keys(requirements) == set() and requirements.empty.isVisible()
        assert deadlines.model.rowCount() == 0
        assert "deadlines appear here" in deadlines.caption.text()
        assert changes.caption.text().startswith("<b>Remove every decision</b>")
        assert changes.list.count() == len(before)
    finally:
        ws.close()


def test_an_edit_that_moves_no_requirement_keeps_the_tables_selection_and_scroll(window, qtbot):
    window.docks["requirements"].raise_()
    panel = window.requirements
    qtbot.waitUntil(lambda: panel.model.rowCount() > 10, timeout=2000)
    view = panel.view
    view.resize(view.width(), 120)  # room for a few rows: the table scrolls
    row = panel.model.rowCount() - 3
    view.selectionModel().setCurrentIndex(
        panel.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.scrollTo(panel.model.index(row, 0))
    scrolled = view.verticalScrollBar().value()
    assert scrolled > 0
    plan = window.workspace.plan
    first = plan.decisions[0]
    noted = replace(plan, decisions=(first._replace(notes="Seen again"), *plan.decisions[1:]))
    window.editing.commit(noted, "Note on a decision")
    assert "Note on a decision" in window.what_changed.caption.text()  # the change came by
    assert view.currentIndex().row() == row
    assert view.selectionModel().isRowSelected(row)
    assert view.verticalScrollBar().value() == scrolled
    # an edit that does move requirements rebuilds the table
    window.editing.commit(edits.withdraw(window.workspace.plan, "E/RES/2009/29"), "Withdraw")
    assert keys(panel) == {r.key for r in window.workspace.result().requirements}
    assert not view.selectionModel().hasSelection()


def test_the_lanes_are_listed_again_only_when_the_bodies_change(window, qtbot):
    lanes = window.lanes
    lanes.list.setCurrentRow(2)
    plan = window.workspace.plan
    first = plan.decisions[0]
    window.editing.commit(
        replace(plan, decisions=(first._replace(notes="x"), *plan.decisions[1:])), "Note"
    )
    assert lanes.list.currentRow() == 2
    plan = window.workspace.plan
    window.editing.commit(
        replace(plan, bodies=(*plan.bodies, Body("UNEA", "UN Environment Assembly"))), "Add UNEA"
    )
    listed = [lanes.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lanes.list.count())]
    assert "UNEA" in listed
    assert lanes.list.currentRow() == -1


def test_the_inspector_shows_the_selected_items_facts_after_an_edit(window):
    from planner.timeline.painter import DecisionSel

    window.select(DecisionSel("E/DEC/2011/216"))
    assert "E/DEC/2011/216" in window.inspector.toPlainText()
    assert "Withdrawn" not in window.inspector.toPlainText()
    window.editing.commit(edits.withdraw(window.workspace.plan, "E/DEC/2011/216"), "Withdraw")
    assert "withdrawn" in window.inspector.toPlainText().lower()
