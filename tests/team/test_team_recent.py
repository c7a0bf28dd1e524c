"""Team plans in File ▸ Open Recent: named so an officer recognises them, remembered
without any password, reopened from the menu; a server that is down is one clear box."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from test_team_window import TODAY

from planner.app.locations import recent_locations, recent_plans, remember_plan
from planner.store.address import TeamAddress, parse_location


@pytest.fixture
def app(qapp, tmp_path, monkeypatch):
    from planner.ui.i18n import Translations
    from planner.ui.launch import Application

    monkeypatch.setenv("MANDATE_PLANNER_HOME", str(tmp_path / "home"))
    application = Application(TODAY)
    application.translations.apply("en")
    yield application
    for window in list(application.windows):
        window.close()
    Translations().apply("en")


def _recent_actions(window):
    window.recent_menu.aboutToShow.emit()
    return {a.text(): a for a in window.recent_menu.actions()}


def test_a_team_plan_is_remembered_without_its_password_and_reopened_from_the_menu(
    qtbot, app, team_url, plan_name, pg_server, tmp_path
):
    secret = team_url.replace("postgres@", "postgres:s3cret@", 1) + "&password=t0psecret"
    first = app.open(parse_location(secret))
    assert first is not None
    stored = (tmp_path / "home" / "config" / "recent.json").read_text(encoding="utf-8")
    assert "s3cret" not in stored and "t0psecret" not in stored
    assert plan_name in stored
    assert recent_plans() == []  # what opens on start is never a server's plan

    label = f"{plan_name} — {pg_server.dbname} on this computer"
    actions = _recent_actions(first)
    assert label in actions
    assert "s3cret" not in actions[label].statusTip() and plan_name in actions[label].statusTip()
    actions[label].trigger()
    assert len(app.windows) == 2
    second = app.windows[1]
    assert second.workspace.team is not None and second.workspace.team.plan == plan_name
    assert second.workspace.plan == first.workspace.plan


def test_a_recent_team_plan_whose_server_is_down_says_so_in_one_box(
    qtbot, app, team_url, plan_name, pg_server, plan_file_for_recent, monkeypatch
):
    cluster = pg_server.cluster
    if cluster is None:
        pytest.skip("the server named by PLANNER_TEST_PG is not ours to stop")
    remember_plan(parse_location(team_url))
    window = app.open(plan_file_for_recent)  # a plan file's window, the team plan in its menu
    assert window is not None
    label = next(t for t in _recent_actions(window) if t.startswith(plan_name))
    boxes = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: boxes.append(a[2]))
    cluster.stop("immediate")
    try:
        _recent_actions(window)[label].trigger()
    finally:
        cluster.start()
    assert len(boxes) == 1 and "cannot connect" in boxes[0] and plan_name in boxes[0]
    assert app.windows == [window]  # nothing else opened
    assert any(isinstance(p, TeamAddress) for p in recent_locations())  # still offered


@pytest.fixture
def plan_file_for_recent(tmp_path):
    from paths import SEED_PLAN

    from planner.app.documents import import_json

    path = tmp_path / "plan.sqlite"
    import_json(SEED_PLAN, path)
    return path


def test_team_plans_that_read_alike_also_show_their_address(qapp):
    from planner.ui.team_features import recent_labels

    one = parse_location("postgresql://@/planning?host=/run/a&plan=ecosoc")
    two = parse_location("postgresql://@/planning?host=/run/b&plan=ecosoc")
    far = parse_location("postgresql://officer@db.example.org/planning?plan=ecosoc")
    labels = recent_labels([one, two, far])
    assert labels[0] != labels[1] and "/run/a" in labels[0] and "/run/b" in labels[1]
    assert labels[2] == "ecosoc — planning on db.example.org"


def test_a_window_rebuilt_in_another_language_still_takes_in_others_edits(qtbot, app, team_url):
    from test_team_conflicts import retitled

    from planner.app.workspace import Workspace

    first = app.open(parse_location(team_url))
    second = app.relanguage(first, "fr")
    assert second.workspace is first.workspace and second.team.notifier is not None
    second.team.timer.stop()  # only the socket can bring the edit
    other = Workspace.open(parse_location(team_url), today=TODAY)
    try:
        other.apply(retitled(other.plan, 0, "Après le changement de langue"), "retitle")
    finally:
        other.close()
    qtbot.waitUntil(
        lambda: second.workspace.plan.decisions[0].title == "Après le changement de langue",
        timeout=2000,
    )
