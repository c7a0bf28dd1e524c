"""An edit of a row another program removed from the file is a conflict: nothing of the edit
is written, the plan is reloaded as the file holds it, and the user is told so (before, the
edit was reported saved and lost)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from paths import SEED_PLAN

from planner.app.documents import import_json
from planner.app.workspace import Change, Workspace
from planner.store.database import PlanStore, read_plan_file
from planner.store.errors import PlanChangedError


@pytest.fixture
def plan_file(tmp_path) -> Path:
    path = tmp_path / "plan.sqlite"
    import_json(SEED_PLAN, path)
    return path


def behind_our_back(path: Path, sql: str, *params: object) -> None:
    """Another program (or an import before imports took the lock) changes the file."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(sql, params)
    conn.close()


def retitled(plan, index: int, title: str):
    d = plan.decisions[index]._replace(title=title)
    return replace(plan, decisions=(*plan.decisions[:index], d, *plan.decisions[index + 1 :]))


def test_saving_an_edit_of_a_decision_deleted_in_the_file_is_refused_and_rolled_back(plan_file):
    with PlanStore.open(plan_file) as store:
        symbol = store.plan.decisions[0].symbol
        behind_our_back(plan_file, "DELETE FROM decisions WHERE symbol = ?", symbol)
        edit = replace(retitled(store.plan, 0, "Edited"), title="New plan title")
        with pytest.raises(PlanChangedError, match=f'decisions "{symbol}" is no longer in it'):
            store.save(edit)
    on_disk = read_plan_file(plan_file)
    assert symbol not in {d.symbol for d in on_disk.decisions}
    assert on_disk.title != "New plan title"  # the edit's other change was rolled back too


@pytest.mark.parametrize(
    ("table", "where", "edit"),
    [
        (
            "reports",
            "id = 'conf-followup'",
            lambda p: replace(
                p,
                reports=tuple(
                    replace(r, title="Edited") if r.id == "conf-followup" else r for r in p.reports
                ),
            ),
        ),
        (
            "bodies",
            "id = 'CSocD'",
            lambda p: replace(
                p, bodies=tuple(b for b in p.bodies if b.id != "CSocD")
            ),  # a delete that deletes nothing
        ),
    ],
)
def test_an_update_or_delete_that_changes_no_row_is_a_conflict(plan_file, table, where, edit):
    with PlanStore.open(plan_file) as store:
        assert edit(store.plan) != store.plan
        behind_our_back(plan_file, f"DELETE FROM {table} WHERE {where}")
        with pytest.raises(PlanChangedError, match=f'{table} "'):
            store.save(edit(store.plan))


def test_the_window_reloads_the_plan_from_the_file_and_says_so(plan_file):
    ws = Workspace.open(plan_file)
    seen: list[Change] = []
    ws.listeners.append(seen.append)
    try:
        symbol = ws.plan.decisions[0].symbol
        behind_our_back(plan_file, "DELETE FROM decisions WHERE symbol = ?", symbol)
        with pytest.raises(PlanChangedError) as info:
            ws.apply(retitled(ws.plan, 0, "Edited"), "Edit decision")
        message = str(info.value)
        assert "the edit was not saved" in message and "reloaded from the file" in message
        assert "\n" not in message
        # the plan shown is the file's, and the views were told (one change, marked reloaded)
        assert ws.plan == read_plan_file(plan_file)
        assert symbol not in {d.symbol for d in ws.plan.decisions}
        assert [c.reloaded for c in seen] == [True]
        assert seen[0].plan_after is ws.plan
        # editing goes on, on the reloaded plan
        ws.apply(retitled(ws.plan, 0, "Edited after reload"), "Edit decision")
        assert read_plan_file(plan_file).decisions[0].title == "Edited after reload"
    finally:
        ws.close()
