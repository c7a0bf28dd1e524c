"""What an audited edit changed, field by field (the History dock's before and after)."""

from __future__ import annotations

import json

from paths import SEED_PLAN

from planner.app.audit_diff import RecordState, entry_diff, record_diff
from planner.domain.model import Mandate
from planner.store.audit import AuditEntry, AuditRecord
from planner.store.interchange import decision_json, read_json_file


def _record(table, key, before, after, note=""):
    dump = lambda v: None if v is None else json.dumps(v)  # noqa: E731
    return AuditRecord(table, key, dump(before), dump(after), note)


def test_only_the_fields_that_changed_are_listed_and_the_key_never():
    before = {"id": "CSW", "name": "Commission", "parent": None, "submission_weeks": 10}
    after = dict(before, name="Commission on the Status of Women", submission_weeks=12)
    diff = record_diff(_record("bodies", "CSW", before, after))
    assert diff.state is RecordState.CHANGED
    assert diff.name == "Commission on the Status of Women"
    assert [(f.field, f.before, f.after) for f in diff.fields] == [
        ("name", "Commission", "Commission on the Status of Women"),
        ("submission_weeks", 10, 12),
    ]


def test_a_record_that_came_lists_what_it_holds_and_one_that_lost_a_conflict_is_marked():
    data = {"id": "CSW", "name": "Commission", "parent": None, "submission_weeks": 10}
    came = record_diff(_record("bodies", "CSW", None, data))
    assert came.state is RecordState.ADDED
    assert [f.field for f in came.fields] == ["name", "submission_weeks"]  # no empty parent
    went = record_diff(_record("bodies", "CSW", data, None))
    assert went.state is RecordState.REMOVED and went.fields[0].before == "Commission"
    lost = record_diff(_record("bodies", "CSW", data, dict(data, name="X"), "not applied"))
    assert lost.state is RecordState.NOT_APPLIED
    setting = record_diff(_record("plan_info", "title", "Old", "New"))
    assert [(f.field, f.before, f.after) for f in setting.fields] == [("title", "Old", "New")]


def test_a_decisions_mandates_are_matched_by_report_and_read_as_the_plan_reads_them():
    plan = read_json_file(SEED_PLAN)
    decision = next(d for d in plan.decisions if len(d.mandates) >= 2)
    before = decision_json(decision)
    after = json.loads(json.dumps(before))
    after["mandates"][0]["rule"]["prep_weeks"] = 6  # one mandate changed, the others kept
    entry = AuditEntry(1, None, "bob", "", (_record("decisions", decision.symbol, before, after),))
    (diff,) = entry_diff(plan, entry)
    assert [f.field for f in diff.fields] == ["mandate"]
    change = diff.fields[0]
    assert change.item == decision.mandates[0].report
    assert isinstance(change.before, Mandate) and isinstance(change.after, Mandate)
    assert change.after.rule.prep_weeks == 6 and change.before == decision.mandates[0]
