"""A team plan's window: the History dock, others' edits appearing while open, a refused
edit showing the newer state, a lost server said once and the edit offered again."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from test_team_conflicts import retitled

from planner.app.documents import read_plan
from planner.app.workspace import Workspace
from planner.store.address import parse_location
from planner.ui.main_window import MainWindow

TODAY = date(2026, 11, 27)


@pytest.fixture
def team_window(qtbot, tmp_path, team_url, monkeypatch):
    from planner.ui.i18n import Translations

    english = Translations()  # kept alive for the test, as the app keeps it
    english.apply("en")
    monkeypatch.setenv("MANDATE_PLANNER_HOME", str(tmp_path / "home"))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ws = Workspace.open(parse_location(team_url), today=TODAY)
    win = MainWindow(ws, today=TODAY, settings=settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.team.stop()
    ws.close()
    english.apply("en")


def test_others_edits_appear_in_the_open_window_and_in_its_history(qtbot, team_window, team_url):
    assert "audit" in team_window.docks
    assert team_window.team.copy_action.isEnabled()
    other = Workspace.open(parse_location(team_url), today=TODAY)
    try:
        other.apply(retitled(other.plan, 0, "From another officer"), "retitle elsewhere")
    finally:
        other.close()
    # announced on the listening socket: a generous bound, not a timing assertion
    qtbot.waitUntil(
        lambda: team_window.workspace.plan.decisions[0].title == "From another officer",
        timeout=10_000,
    )
    panel = team_window.team.panel
    qtbot.waitUntil(lambda: panel.table.rowCount() >= 1, timeout=10_000)
    assert panel.table.item(0, 2).text() == "retitle elsewhere"
    assert panel.table.item(0, 1).text() == "postgres"


def test_a_refused_edit_says_who_and_the_window_shows_the_newer_state(
    qtbot, team_window, team_url, monkeypatch
):
    team_window.team.stop()  # the other officer's edit is not taken in before ours
    other = Workspace.open(parse_location(team_url), today=TODAY)
    try:
        other.apply(retitled(other.plan, 0, "Theirs"), "theirs")
    finally:
        other.close()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    ws = team_window.workspace
    assert team_window.editing.commit(retitled(ws.plan, 0, "Mine"), "mine") is None
    assert "changed by postgres at" in shown[0]
    assert ws.plan.decisions[0].title == "Theirs"


def test_a_lost_server_is_said_once_and_the_edit_offered_again(
    qtbot, team_window, pg_server, monkeypatch
):
    cluster = pg_server.cluster
    if cluster is None:
        pytest.skip("the server named by PLANNER_TEST_PG is not ours to stop")
    team_window.team.stop()
    ws = team_window.workspace
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"a box: {a[2]}"))
    asked = []

    def yes(*args):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    cluster.stop("immediate")
    try:
        assert team_window.editing.commit(retitled(ws.plan, 0, "Kept"), "keep me") is None
        assert "cannot be reached" in team_window.statusBar().currentMessage()
        team_window.team.poll()  # still down: no box, no change
    finally:
        cluster.start()
    team_window.team.poll()
    assert asked == ["Save your edit “keep me” now?"]
    assert ws.plan.decisions[0].title == "Kept"


def test_undoing_ones_edit_keeps_what_others_changed_since(qtbot, team_window, team_url):
    team_window.team.stop()
    ws = team_window.workspace
    first = ws.plan.decisions[0].title
    assert team_window.editing.commit(retitled(ws.plan, 0, "Mine"), "mine") is not None
    other = Workspace.open(parse_location(team_url), today=TODAY)
    try:
        other.apply(retitled(other.plan, 1, "Theirs, later"), "theirs")
    finally:
        other.close()
    team_window.team.poll()
    assert ws.plan.decisions[1].title == "Theirs, later"
    team_window.editing.stack.undo()
    assert ws.plan.decisions[0].title == first  # mine undone
    assert ws.plan.decisions[1].title == "Theirs, later"  # theirs kept
    assert read_plan(team_url).decisions[1].title == "Theirs, later"


def test_others_edits_arrive_by_the_listening_socket_within_two_seconds(
    qtbot, team_window, team_url
):
    team_window.team.timer.stop()  # no safety net: only the socket can bring the edit
    assert team_window.team.notifier is not None
    other = Workspace.open(parse_location(team_url), today=TODAY)
    try:
        other.apply(retitled(other.plan, 0, "Announced"), "announced")
    finally:
        other.close()
    qtbot.waitUntil(
        lambda: team_window.workspace.plan.decisions[0].title == "Announced", timeout=2000
    )


def test_after_the_server_was_stopped_edits_arrive_again_by_the_new_socket(
    qtbot, team_window, team_url, pg_server, monkeypatch
):
    cluster = pg_server.cluster
    if cluster is None:
        pytest.skip("the server named by PLANNER_TEST_PG is not ours to stop")
    from planner.ui import team_features

    monkeypatch.setattr(team_features, "RETRY_MS", 200)  # tries again sooner than a person would
    team = team_window.team
    status = team_window.statusBar()
    cluster.stop("immediate")
    try:  # the listening socket ends: said once, the safety net takes over
        qtbot.waitUntil(lambda: team.unreachable, timeout=10_000)
        assert "cannot connect" in status.currentMessage() and team.notifier is None
    finally:
        cluster.start()
    qtbot.waitUntil(lambda: not team.unreachable, timeout=10_000)
    assert status.currentMessage() == "Connected to the server again"
    team.timer.stop()  # from here on, only the new socket can bring others' edits
    assert team.notifier is not None
    other = Workspace.open(parse_location(team_url), today=TODAY)
    try:
        other.apply(retitled(other.plan, 0, "After the restart"), "after the restart")
    finally:
        other.close()
    qtbot.waitUntil(
        lambda: team_window.workspace.plan.decisions[0].title == "After the restart", timeout=2000
    )
