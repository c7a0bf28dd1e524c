"""The History dock's before and after: selecting an edit shows each field it changed,
old and new side by side, records that came or went marked as such, in the window's
language."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_team_conflicts import retitled
from test_team_window import TODAY

from planner.app.edits import put_body
from planner.app.workspace import Workspace
from planner.store.address import parse_location
from planner.ui.main_window import MainWindow
from planner.ui.wording import elided


def _open(qtbot, tmp_path, url, monkeypatch):
    from PySide6.QtCore import QSettings

    monkeypatch.setenv("MANDATE_PLANNER_HOME", str(tmp_path / "home"))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ws = Workspace.open(parse_location(url), today=TODAY)
    win = MainWindow(ws, today=TODAY, settings=settings)
    qtbot.addWidget(win)
    win.team.stop()  # every edit here is taken in by hand
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def language(qapp):
    from planner.ui.i18n import Translations

    t = Translations()
    yield t
    t.apply("en")


def _select(qtbot, win, description):
    panel = win.team.panel
    panel.refresh()
    row = next(
        i for i in range(panel.table.rowCount()) if panel.table.item(i, 2).text() == description
    )
    panel.table.setCurrentCell(row, 0)  # as a click does
    qtbot.waitUntil(lambda: panel.diff.rowCount() > 0, timeout=5000)
    return panel.diff.lines()


def test_an_officers_edit_shows_each_field_before_and_after(
    qtbot, tmp_path, team_url, monkeypatch, language
):
    language.apply("en")
    win = _open(qtbot, tmp_path, team_url, monkeypatch)
    ws = win.workspace
    try:
        decision = ws.plan.decisions[0]
        other = Workspace.open(parse_location(team_url), today=TODAY)
        try:  # another officer retitles a decision and withdraws it
            plan = retitled(other.plan, 0, "Retitled by Bob")
            first = plan.decisions[0]._replace(status="withdrawn")
            plan = replace(plan, decisions=(first, *plan.decisions[1:]))
            other.apply(plan, "Bob's retitle")
        finally:
            other.close()
        win.team.poll()
        lines = _select(qtbot, win, "Bob's retitle")
        assert lines[0] == (f"Changed: Decision {decision.symbol} — Retitled by Bob",)
        assert ("Title", decision.title, "Retitled by Bob") in lines
        assert ("Status", "adopted", "withdrawn") in lines
        assert len(lines) == 3  # nothing else changed, nothing else listed
        panel = win.team.panel
        assert "Bob's retitle" in panel.diff_title.text() and "postgres" in panel.diff_title.text()
    finally:
        ws.close()


def test_records_that_came_and_went_are_marked_and_listed_whole(
    qtbot, tmp_path, team_url, monkeypatch, language
):
    language.apply("en")
    win = _open(qtbot, tmp_path, team_url, monkeypatch)
    ws = win.workspace
    try:
        data = {"id": "HRC9", "name": "Human Rights Panel", "submission_weeks": 8}
        added = put_body(ws.plan, data)
        assert win.editing.commit(added, "add a body") is not None
        lines = _select(qtbot, win, "add a body")
        assert lines[0] == ("Added: Body HRC9 — Human Rights Panel",)
        assert ("Name", "—", "Human Rights Panel") in lines
        assert ("Submission (weeks before)", "—", "8") in lines
        panel = win.team.panel
        added_colour = panel.diff.item(0, 0).background().color().name()
        removed = replace(ws.plan, bodies=tuple(b for b in ws.plan.bodies if b.id != "HRC9"))
        assert win.editing.commit(removed, "remove the body") is not None
        lines = _select(qtbot, win, "remove the body")
        assert lines[0] == ("Removed: Body HRC9 — Human Rights Panel",)
        assert ("Name", "Human Rights Panel", "—") in lines
        assert panel.diff.item(0, 0).background().color().name() != added_colour
        # the edit shown stays selected as the history is read again
        panel.refresh()
        assert panel.diff.lines() == lines
        assert panel.table.item(panel.table.currentRow(), 2).text() == "remove the body"
        assert len(panel.table.selectionModel().selectedRows()) == 1
    finally:
        ws.close()


def test_the_before_and_after_speaks_the_windows_language(
    qtbot, tmp_path, team_url, monkeypatch, language
):
    assert language.apply("ar")
    win = _open(qtbot, tmp_path, team_url, monkeypatch)
    ws = win.workspace
    try:
        decision = ws.plan.decisions[0]
        assert win.editing.commit(retitled(ws.plan, 0, "عنوان جديد"), "retitle") is not None
        lines = _select(qtbot, win, "retitle")
        assert lines[0] == (f"عُدّل: المقرر {decision.symbol} — عنوان جديد",)
        assert lines[1][1:] == (decision.title, "عنوان جديد")
        assert any("\u0600" <= ch <= "\u06ff" for ch in lines[1][0])  # "Title", in Arabic
        panel = win.team.panel
        panel.refresh()  # right to left too, the edit shown stays selected
        assert [i.row() for i in panel.table.selectionModel().selectedRows()] == [0]
        header = [panel.diff.horizontalHeaderItem(i).text() for i in range(3)]
        assert header[1:] == ["قبل", "بعد"]
    finally:
        ws.close()


def test_the_history_has_room_on_a_laptop_screen(qtbot, tmp_path, team_url, monkeypatch):
    """Stacked under the inspector and the legend at 1366x768, the History showed one edit
    and no changes; it is a tab beside the legend, raised, the full height below the
    inspector."""
    win = _open(qtbot, tmp_path, team_url, monkeypatch)
    win.resize(1366, 768)
    qtbot.wait(20)
    history, legend = win.docks["audit"], win.docks["legend"]
    assert legend in win.tabifiedDockWidgets(history)
    assert history.isVisible() and not history.visibleRegion().isEmpty()
    inspector = win.docks["inspector"].geometry()
    assert history.geometry().height() > (win.height() - inspector.bottom()) // 2


def test_a_layout_saved_without_the_history_still_gets_the_tab(
    qtbot, tmp_path, team_url, monkeypatch
):
    """The layout a file plan's window saved knows no History: a team plan opened next
    (from Open Recent, at start-up) still gets it as a tab; one the officer placed stays."""
    from paths import SEED_PLAN
    from PySide6.QtCore import QSettings, Qt

    from planner.app.documents import import_json

    plan_file = tmp_path / "plan.sqlite"
    import_json(SEED_PLAN, plan_file)
    monkeypatch.setenv("MANDATE_PLANNER_HOME", str(tmp_path / "home"))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ws = Workspace.open(plan_file, today=TODAY)
    file_window = MainWindow(ws, today=TODAY, settings=settings)
    qtbot.addWidget(file_window)
    file_window.show()
    file_window.close()  # saves its layout, without a History
    ws.close()
    win = _open(qtbot, tmp_path, team_url, monkeypatch)
    assert win.docks["legend"] in win.tabifiedDockWidgets(win.docks["audit"])
    win.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, win.docks["audit"])  # untabbed
    assert not win.tabifiedDockWidgets(win.docks["audit"])
    win.close()
    again = _open(qtbot, tmp_path, team_url, monkeypatch)
    assert not again.tabifiedDockWidgets(again.docks["audit"])  # where the officer put it


def _with_mandates(plan, symbol, mandates):
    decisions = tuple(
        d._replace(mandates=mandates) if d.symbol == symbol else d for d in plan.decisions
    )
    return replace(plan, decisions=decisions)


def test_mandates_put_in_another_order_show_the_order_before_and_after(
    qtbot, tmp_path, team_url, monkeypatch, language
):
    """A decision's mandates reordered and nothing else: the History lists the order, each
    report numbered, rather than an edit that changed nothing."""
    language.apply("en")
    win = _open(qtbot, tmp_path, team_url, monkeypatch)
    ws = win.workspace
    try:
        symbol = "E/RES/2009/29"
        other = Workspace.open(parse_location(team_url), today=TODAY)
        try:
            (first,) = next(d for d in other.plan.decisions if d.symbol == symbol).mandates
            second = first._replace(report="periodicity-note")
            other.apply(_with_mandates(other.plan, symbol, (first, second)), "Bob adds one")
            other.apply(_with_mandates(other.plan, symbol, (second, first)), "Bob reorders")
        finally:
            other.close()
        win.team.poll()
        lines = _select(qtbot, win, "Bob reorders")
        titles = {r.id: elided(r.title, 50) for r in ws.plan.reports}
        a, b = titles[first.report], titles[second.report]
        assert lines[1:] == [("Order of the mandates", f"1. {a}\n2. {b}", f"1. {b}\n2. {a}")]
    finally:
        ws.close()
