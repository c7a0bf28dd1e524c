"""A plan's identifier: its own from the start, and the same before and after it is first
opened for editing (so calendars exported from it keep their events)."""

from __future__ import annotations

from paths import SEED_PLAN

from planner.app.documents import import_json, read_plan
from planner.app.identity import PLAN_ID, read_plan_id
from planner.app.workspace import Workspace
from planner.store.database import PlanStore, create_plan_file


def test_plans_imported_side_by_side_have_identifiers_of_their_own(tmp_path):
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    import_json(SEED_PLAN, a)
    import_json(SEED_PLAN, b)
    assert read_plan_id(a, read_plan(a)) != read_plan_id(b, read_plan(b))


def test_a_plan_keeps_the_identifier_it_was_exported_with(tmp_path):
    path = tmp_path / "older.sqlite"
    plan = read_plan(SEED_PLAN)
    create_plan_file(path, plan)
    before = read_plan_id(path, plan)
    with PlanStore.open(path, read_only=True) as store:
        assert PLAN_ID not in store.settings()  # reading changes nothing
    ws = Workspace.open(path)
    assert ws.plan_id == before
    ws.close()
    with PlanStore.open(path, read_only=True) as store:
        assert store.settings()[PLAN_ID] == before  # kept from the first editing on
    renamed = path.rename(tmp_path / "renamed.sqlite")
    assert read_plan_id(renamed, plan) == before  # a renamed file keeps it
