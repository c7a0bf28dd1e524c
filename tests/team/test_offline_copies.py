"""Offline copies: taken with origin and versions, edits kept as operations, brought back
in one transaction with conflicts chosen side by side, and only once."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest
from test_team_conflicts import retitled

from planner.store.address import parse_location
from planner.store.database import PlanStore
from planner.store.errors import PlanError
from planner.store.offline import bring_back, take_offline_copy
from planner.store.team import TeamStore


@pytest.fixture
def team(team_url):
    with TeamStore.open(parse_location(team_url)) as store:
        yield store


def test_a_copy_remembers_its_origin_and_versions_and_keeps_edits_as_operations(team, tmp_path):
    team.save(retitled(team.plan, 0, "v2"), "so the version is 2")
    copy = tmp_path / "laptop.sqlite"
    take_offline_copy(team, copy)
    with PlanStore.open(copy) as offline:
        assert offline.plan == team.plan
        offline.save(retitled(offline.plan, 0, "edited on the plane"))
        offline.save(retitled(offline.plan, 0, "edited again"))
    db = sqlite3.connect(copy)
    info = dict(db.execute("SELECT key, value FROM plan_info"))
    assert info["offline_origin"] == str(team.address)
    ops = db.execute("SELECT kind, key, base_version FROM offline_ops ORDER BY seq").fetchall()
    symbol = team.plan.decisions[0].symbol
    assert ops == [("decisions", symbol, 2), ("decisions", symbol, 3)]
    db.close()


def test_changes_come_back_once_with_conflicts_chosen_and_the_loser_audited(team, tmp_path):
    copy = tmp_path / "laptop.sqlite"
    take_offline_copy(team, copy)
    with PlanStore.open(copy) as offline:
        plan = retitled(offline.plan, 0, "mine, offline")
        plan = retitled(plan, 1, "only offline")
        plan = retitled(plan, 2, "mine too")
        offline.save(plan)
    # meanwhile on the server
    plan = retitled(team.plan, 0, "theirs, online")
    team.save(retitled(plan, 2, "theirs too"), "online edit")
    shown = []

    def choose(conflicts):
        shown.extend(conflicts)
        return {(c.table, c.key) for c in conflicts if c.key == team.plan.decisions[2].symbol}

    result = bring_back(team, copy, choose)
    assert [c.what for c in shown] == [
        f"decision {team.plan.decisions[0].symbol}",
        f"decision {team.plan.decisions[2].symbol}",
    ]
    assert (
        '"mine, offline"' in shown[0].mine_json() and '"theirs, online"' in shown[0].theirs_json()
    )
    assert shown[0].theirs_by == "postgres"
    assert (result.applied, result.kept_mine) == (2, 1)
    fresh = TeamStore.open(team.address)
    try:
        titles = [d.title for d in fresh.plan.decisions[:3]]
        assert titles == ["theirs, online", "only offline", "mine too"]
        entry = fresh.history()[0]
        assert entry.description.startswith("Brought back the offline copy")
        lost = [r for r in entry.records if r.note]
        assert len(lost) == 1 and '"mine, offline"' in (lost[0].after or "")
    finally:
        fresh.close()
    with pytest.raises(PlanError, match="already brought back"):
        bring_back(team, copy, lambda conflicts: set())


def test_a_copy_of_the_copy_file_is_refused_by_the_server_too(team, tmp_path):
    copy = tmp_path / "laptop.sqlite"
    take_offline_copy(team, copy)
    twin = tmp_path / "twin.sqlite"
    twin.write_bytes(copy.read_bytes())
    with PlanStore.open(twin) as offline:
        offline.save(retitled(offline.plan, 1, "from the twin"))
    bring_back(team, twin, lambda c: set())
    with pytest.raises(PlanError, match="already brought back by postgres"):
        bring_back(team, copy, lambda c: set())


def test_changes_that_no_longer_fit_are_refused_whole(team, tmp_path):
    copy = tmp_path / "laptop.sqlite"
    take_offline_copy(team, copy)
    line = "review-61-16"
    with PlanStore.open(copy) as offline:
        plan = offline.plan
        user = next(d for d in plan.decisions if any(m.report == line for m in d.mandates))
        new = user._replace(symbol="A/RES/99/1", title="Offline, on a line removed online")
        offline.save(retitled(replace(plan, decisions=(*plan.decisions, new)), 0, "fine"))
    plan = team.plan

    def uses(d):
        return any(line in (m.report, m.into) for m in d.mandates)

    team.save(
        replace(
            plan,
            reports=tuple(r for r in plan.reports if r.id != line),
            decisions=tuple(d for d in plan.decisions if not uses(d)),
            tracking=tuple(t for t in plan.tracking if t.report != line),
        ),
        "remove a report line",
    )
    before = team.plan
    with pytest.raises(
        PlanError, match=r'no longer fit the team plan.*unknown report "review-61-16"'
    ):
        bring_back(team, copy, lambda conflicts: set())
    with TeamStore.open(team.address) as fresh:
        assert fresh.plan == before  # nothing written
    db = sqlite3.connect(copy)
    assert db.execute(
        "SELECT count(*) FROM plan_info WHERE key = 'offline_returned'"
    ).fetchone() == (0,)
    db.close()
