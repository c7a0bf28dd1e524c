"""Writing whole plans: import into a new file, export to JSON; never over an open plan."""

from __future__ import annotations

import hashlib
import json

import pytest
from paths import DEFAULT_PLAN

from planner.app.documents import create_new_plan_file, export_json, import_json, read_plan
from planner.app.new_plan import blank_plan
from planner.store.database import PlanStore
from planner.store.errors import PlanFileError
from planner.store.interchange import plan_to_json


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_import_refuses_to_overwrite_a_plan_open_in_the_app(tmp_path):
    target = tmp_path / "open.sqlite"
    import_json(DEFAULT_PLAN, target)
    with PlanStore.open(target):
        before = digest(target)
        with pytest.raises(PlanFileError, match="open in Mandate Planner"):
            import_json(DEFAULT_PLAN, target)
        assert digest(target) == before
    assert not list(tmp_path.glob(".*.tmp")) and not list(tmp_path.glob("*.tmp"))


def test_a_new_plan_file_replaces_a_closed_one_and_leaves_no_lock(tmp_path):
    target = tmp_path / "mine.sqlite"
    import_json(DEFAULT_PLAN, target)
    create_new_plan_file(target, blank_plan("Mine"))
    assert read_plan(target).title == "Mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.sqlite"]


@pytest.mark.parametrize("name", ["mine.json", "missing/mine.sqlite"])
def test_a_new_plan_file_at_a_wrong_place_writes_nothing(tmp_path, name):
    with pytest.raises(PlanFileError):
        create_new_plan_file(tmp_path / name, blank_plan("Mine"))
    assert list(tmp_path.iterdir()) == []


def test_export_writes_the_canonical_json(tmp_path):
    plan = read_plan(DEFAULT_PLAN)
    out = tmp_path / "plan.json"
    export_json(plan, out)
    assert json.loads(out.read_text()) == plan_to_json(plan)
    with pytest.raises(PlanFileError, match=r"\.json"):
        export_json(plan, tmp_path / "plan.sqlite")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json"]


def test_planner_import_onto_an_open_plan_is_one_line_and_exit_2(tmp_path, capsys):
    from planner.cli.main import main

    target = tmp_path / "open.sqlite"
    import_json(DEFAULT_PLAN, target)
    with PlanStore.open(target):  # opening for editing switches the file to WAL
        before = digest(target)
        assert main(["import", str(DEFAULT_PLAN), str(target)]) == 2
        assert digest(target) == before
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "open in Mandate Planner" in err
