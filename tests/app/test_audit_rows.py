"""An edit made outside the planner (hand-written SQL) read as the planner's records: the
rows the database recorded, columns named as the interchange format names them, the
bookkeeping columns left out, a mandate's row shown under its decision."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from paths import SEED_PLAN

from planner.app.audit_diff import RecordState, entry_diff, touched
from planner.app.audit_rows import mandate_of_row, record_of_row
from planner.domain.model import (
    AfterEvent,
    AtSession,
    Decision,
    Effect,
    Mandate,
    NextSession,
    Periodic,
    WithSeries,
)
from planner.store.audit import AuditEntry, AuditRecord
from planner.store.interchange import decision_json, read_json_file
from planner.store.mapping import decision_row, mandate_row, session_series_row

PLAN = read_json_file(SEED_PLAN)
AT = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def _json(row: dict[str, Any] | None) -> str | None:
    """A row as the database's trigger records it (`to_jsonb`: dates as ISO text)."""
    if row is None:
        return None
    return json.dumps(row, default=lambda d: d.isoformat())


def _by_hand(*records: tuple[str, str, Any, Any]) -> AuditEntry:
    return AuditEntry(
        7,
        AT,
        "editor",
        "",
        tuple(AuditRecord(t, k, _json(b), _json(a)) for t, k, b, a in records),
        by_hand=True,
    )


def _decision_rows(pk: int, decision: Decision) -> tuple[dict[str, Any], ...]:
    """A decision's row (with its surrogate key and version) and its mandates' rows."""
    head = {**decision_row(decision, 3), "pk": pk, "version": 4}
    return head, *(
        {**mandate_row(m, pk, i), "pk": 100 + i} for i, m in enumerate(decision.mandates)
    )


def test_a_row_is_named_as_the_interchange_format_names_it_without_bookkeeping():
    series = PLAN.session_series[0]
    row = {**session_series_row(series, 5), "version": 2}
    record = record_of_row("session_series", json.loads(_json(row)))
    assert "from" in record and "start" not in record  # the column `start` is the key `from`
    assert "version" not in record and "position" not in record
    assert record["from"] == series.start.isoformat()
    # a column the planner does not know keeps its own name
    assert record_of_row("reports", {"id": "r", "colour": "red", "version": 1}) == {
        "id": "r",
        "colour": "red",
    }
    assert record_of_row("plan_info", {"key": "title", "value": "T", "version": 3}) == "T"


def test_a_session_series_changed_by_hand_lists_its_fields_as_a_planner_edit_does():
    series = PLAN.session_series[0]
    before = {**session_series_row(series, 5), "version": 2}
    after = {**before, "start": date(2031, 1, 5), "location": "Geneva", "version": 3}
    (diff,) = entry_diff(PLAN, _by_hand(("session_series", series.id, before, after)))
    assert (diff.table, diff.key, diff.state, diff.name) == (
        "session_series",
        series.id,
        RecordState.CHANGED,
        series.name,
    )
    assert [(f.field, f.before, f.after) for f in diff.fields] == [
        ("from", series.start.isoformat(), "2031-01-05"),
        ("location", series.location, "Geneva"),
    ]


def test_a_mandate_changed_by_hand_is_shown_under_its_decision_read_as_the_plan_reads_it():
    decision = next(d for d in PLAN.decisions if len(d.mandates) >= 2)
    head, first, *_ = _decision_rows(12, decision)
    changed = {**first, "prep_weeks": (first["prep_weeks"] or 0) + 5}
    bumped = {**head, "version": head["version"] + 1}  # the database raises the decision's
    entry = _by_hand(
        ("mandates", str(first["pk"]), first, changed), ("decisions", decision.symbol, head, bumped)
    )
    (diff,) = entry_diff(PLAN, entry)
    assert (diff.table, diff.key, diff.state, diff.name) == (
        "decisions",
        decision.symbol,
        RecordState.CHANGED,
        decision.title,
    )
    (change,) = diff.fields  # no version, no position, no surrogate keys
    assert (change.field, change.item) == ("mandate", decision.mandates[0].report)
    assert change.before == decision.mandates[0]
    assert isinstance(change.after, Mandate)
    assert change.after.rule.prep_weeks == decision.mandates[0].rule.prep_weeks + 5
    assert touched(entry) == [("decisions", decision.symbol)]


def test_a_decision_deleted_by_hand_lists_its_fields_and_its_mandates_as_removed():
    decision = next(d for d in PLAN.decisions if len(d.mandates) >= 2)
    head, *mandates = _decision_rows(12, decision)
    entry = _by_hand(
        ("decisions", decision.symbol, head, None),
        *(("mandates", str(m["pk"]), m, None) for m in mandates),
    )
    (diff,) = entry_diff(PLAN, entry)
    assert diff.state is RecordState.REMOVED
    fields = [f.field for f in diff.fields]
    assert "title" in fields and "adopted" in fields
    assert fields.count("mandate") == len(decision.mandates)
    assert not {"pk", "position", "version", "decision"} & set(fields)
    assert [f.before for f in diff.fields if f.field == "mandate"] == list(decision.mandates)


def test_a_mandate_whose_decision_is_not_among_the_rows_is_shown_under_its_own_row():
    decision = next(d for d in PLAN.decisions if d.mandates)
    _, first, *_ = _decision_rows(12, decision)
    entry = _by_hand(("mandates", "100", first, {**first, "effect": "terminate"}))
    (diff,) = entry_diff(PLAN, entry)
    assert (diff.table, diff.key) == ("mandates", "100")
    (change,) = diff.fields
    assert change.field == "mandate" and change.after.effect is Effect.TERMINATE


def test_rows_that_cannot_be_read_are_listed_as_they_are_never_an_error():
    entry = AuditEntry(
        8,
        AT,
        "editor",
        "",
        (
            AuditRecord("decisions", "X/1", "not json", "[1, 2]"),
            AuditRecord("mandates", "5", '{"decision": "?", "effect": 3}', "{}"),
            AuditRecord("mandates", "6", "17", None),
            AuditRecord("audit_widgets", "w", None, '{"colour": "red", "version": 1}'),
            AuditRecord("reports", "r1", '{"title": 5}', '{"title": null, "extra": [1]}'),
        ),
        by_hand=True,
    )
    diffs = entry_diff(PLAN, entry)
    assert [(d.table, d.key) for d in diffs] == [
        ("decisions", "X/1"),
        ("mandates", "5"),
        ("mandates", "6"),
        ("audit_widgets", "w"),
        ("reports", "r1"),
    ]
    assert [(f.field, f.after) for f in diffs[3].fields] == [("colour", "red")]
    assert ("extra", None, [1]) in [(f.field, f.before, f.after) for f in diffs[4].fields]
    bad_mandate = diffs[1].fields[0]
    assert bad_mandate.field == "mandate" and isinstance(bad_mandate.before, dict)


_BODY = "ECOSOC"
_RULES = st.one_of(
    st.none(),
    st.builds(AtSession, st.just(_BODY), st.just("ecosoc-2027")),
    st.builds(NextSession, st.just(_BODY), st.integers(0, 30)),
    st.builds(AfterEvent, st.just(_BODY), st.just("uncsd"), st.integers(0, 30)),
    st.builds(
        Periodic,
        st.just(_BODY),
        st.integers(1, 6),
        st.one_of(st.integers(2000, 2040), st.just("ecosoc-2027")),
        st.one_of(st.none(), st.integers(2000, 2060)),
    ),
    st.builds(
        WithSeries,
        st.just(_BODY),
        st.just("review"),
        st.integers(0, 10),
        st.one_of(st.none(), st.dates(date(2000, 1, 1), date(2040, 12, 31))),
        st.one_of(st.none(), st.dates(date(2000, 1, 1), date(2040, 12, 31))),
    ),
)


@given(
    st.builds(
        Mandate,
        st.sampled_from(["r1", "r2"]),
        st.sampled_from(list(Effect)),
        _RULES,
        st.one_of(st.none(), st.just("ecosoc-2026")),
        st.one_of(st.none(), st.just("ecosoc-2028")),
        st.one_of(st.none(), st.just("r3")),
    )
)
def test_a_mandates_row_reads_back_as_the_mandate_the_planner_wrote(mandate):
    row = json.loads(_json({**mandate_row(mandate, 9, 2), "pk": 40}))
    decision = Decision("E/1", _BODY, date(2020, 1, 1), mandates=(mandate,))
    assert mandate_of_row(row) == decision_json(decision)["mandates"][0]
