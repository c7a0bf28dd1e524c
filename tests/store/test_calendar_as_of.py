"""`calendar_as_of`: the day the calendar data was checked, an optional top-level field
kept by the store in plan_info (no schema change) and shown in Help ▸ About."""

from __future__ import annotations

import pytest
from planbuilder import doc

from planner.app.documents import import_json, read_plan
from planner.store.database import PlanStore
from planner.store.errors import PlanFormatError
from planner.store.interchange import plan_from_json, plan_to_json, write_json_file


def test_read_written_and_kept_by_the_store(tmp_path):
    plan = plan_from_json(doc(calendar_as_of="2026-11-30"))
    assert plan.calendar_as_of == "2026-11-30"
    source = tmp_path / "p.json"
    write_json_file(plan, source)
    db = tmp_path / "p.sqlite"
    import_json(source, db)
    assert read_plan(db).calendar_as_of == "2026-11-30"
    assert plan_to_json(read_plan(db))["calendar_as_of"] == "2026-11-30"


def test_an_edit_of_the_date_is_saved(tmp_path):
    source = tmp_path / "p.json"
    write_json_file(plan_from_json(doc()), source)
    db = tmp_path / "p.sqlite"
    import_json(source, db)
    from dataclasses import replace

    with PlanStore.open(db) as store:
        assert store.save(replace(store.plan, calendar_as_of="2027-01-15")) == 1
    assert read_plan(db).calendar_as_of == "2027-01-15"


def test_absent_means_unknown_and_is_not_written():
    plan = plan_from_json(doc())
    assert plan.calendar_as_of == ""
    assert "calendar_as_of" not in plan_to_json(plan)


@pytest.mark.parametrize(
    ("value", "fragment"),
    [("30 Nov 2026", "bad date"), ("2026-02-30", "impossible date"), (20261130, "string")],
)
def test_a_bad_date_is_refused_naming_the_field(value, fragment):
    with pytest.raises(PlanFormatError) as info:
        plan_from_json(doc(calendar_as_of=value))
    assert info.value.path == "calendar_as_of"
    assert fragment in str(info.value)
