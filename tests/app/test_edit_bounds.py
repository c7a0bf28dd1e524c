"""Edits are held to the engine's bounds before anything is committed, and a plan file that
cannot be computed still opens: read-only, with the reason (issue 11, part 1)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest
from paths import DEFAULT_PLAN

from planner.app import edits
from planner.app.documents import import_json, read_plan
from planner.app.edits import EditError
from planner.app.workspace import Workspace
from planner.domain.model import Decision, Effect, Mandate, Periodic
from planner.store.database import read_plan_file
from planner.store.errors import PlanFormatError
from planner.store.interchange import plan_to_json

PLAN = read_plan(DEFAULT_PLAN)


def series_form(**changes):
    form = next(s for s in plan_to_json(PLAN)["session_series"] if s["id"] == "ecosoc")
    return {**form, **changes}


@pytest.mark.timeout(60)  # the editor took FREQ=DAILY;INTERVAL=0 and recalculation never ended
@pytest.mark.parametrize(
    ("changes", "field", "fragment"),
    [
        ({"rrule": "FREQ=DAILY;INTERVAL=0"}, "rrule", "INTERVAL value 0 is out of range"),
        ({"rrule": "FREQ=MINUTELY"}, "rrule", "sessions are whole days"),
        ({"rrule": "FREQ=DAILY", "until": None}, "rrule", "more than 10,000 occurrences"),
        ({"name": "{year:>999999999}"}, "name", "{year:>999999999} has a format"),
    ],
)
def test_the_series_editor_refuses_what_the_engine_cannot_expand(changes, field, fragment):
    with pytest.raises(EditError) as info:
        edits.put_session_series(PLAN, series_form(**changes), replacing="ecosoc")
    assert info.value.field == field
    assert fragment in info.value.message


def test_the_series_editor_takes_a_rule_with_its_own_end():
    new = edits.put_session_series(
        PLAN, series_form(rrule="FREQ=YEARLY;BYMONTH=7;BYDAY=1MO;COUNT=20"), replacing="ecosoc"
    )
    assert next(s for s in new.session_series if s.id == "ecosoc").rrule.endswith("COUNT=20")


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "plan.sqlite"
    import_json(DEFAULT_PLAN, path)
    return path


@pytest.mark.timeout(60)
def test_an_edit_the_engine_cannot_compute_is_never_committed(plan_file):
    ws = Workspace.open(plan_file, today=date(2026, 11, 27))
    before = ws.result()
    bad = Decision(
        "E/DEC/2027/1",
        "ECOSOC",
        date(2027, 1, 1),
        mandates=(Mandate("conf-followup", Effect.ADD, Periodic("ECOSOC", 0, 2027)),),
    )
    with pytest.raises(PlanFormatError, match=r"decisions\[E/DEC/2027/1\].*every_years"):
        ws.apply(replace(ws.plan, decisions=(*ws.plan.decisions, bad)), "bad")
    assert ws.result() == before
    ws.close()
    assert read_plan_file(plan_file) == PLAN


@pytest.mark.timeout(60)  # `planner` reopened such a plan at every start and hung
def test_a_plan_file_that_cannot_be_computed_opens_read_only_with_the_reason(plan_file):
    conn = sqlite3.connect(plan_file)
    with conn:
        conn.execute("UPDATE session_series SET rrule = 'FREQ=DAILY;INTERVAL=0' WHERE id = 'csw'")
    conn.close()
    ws = Workspace.open(plan_file, today=date(2026, 11, 27))
    assert ws.read_only
    assert "session_series[csw].rrule" in ws.read_only_detail
    assert "INTERVAL value 0 is out of range" in ws.read_only_detail
    assert any(r.body == "ECOSOC" for r in ws.result().requirements)  # the rest is shown
    assert "csw" not in {s.id for s in ws.plan.session_series}
    with pytest.raises(Exception, match="read-only"):
        ws.apply(ws.plan, "edit")
    ws.close()


@pytest.mark.timeout(60)
def test_a_plan_file_with_a_series_beyond_the_cap_opens_read_only(plan_file):
    conn = sqlite3.connect(plan_file)
    with conn:
        conn.execute(
            "UPDATE session_series SET rrule = 'FREQ=DAILY', start = '2000-01-01', until = NULL"
            " WHERE id = 'csw'"
        )
    conn.close()
    ws = Workspace.open(plan_file, today=date(2026, 11, 27))
    assert ws.read_only and ws.store is None
    assert "session_series[csw].rrule" in ws.read_only_detail
    assert "more than 10,000 occurrences" in ws.read_only_detail
    ws.close()
    again = Workspace.open(plan_file, read_only=True)  # the file was released
    again.close()
