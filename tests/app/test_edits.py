"""Edits validate with the import rules and name the field; symbols normalise; RRULEs read."""

from __future__ import annotations

import pytest
from paths import SEED_PLAN

from planner.app import edits
from planner.app.documents import read_plan
from planner.app.edits import EditError
from planner.domain.engine import recalculate
from planner.domain.model import Report
from planner.domain.recurrence_text import RecurrenceSummary, WeekdayRule, summarise_rrule
from planner.domain.results import RecalcOptions
from planner.domain.symbols import SymbolError, normalise_symbol

PLAN = read_plan(SEED_PLAN)


@pytest.mark.parametrize(
    ("text", "body", "expected"),
    [
        ("A/RES/67/290", None, "A/RES/67/290"),
        ("a/res/57/270 b", None, "A/RES/57/270 B"),
        ("E / RES / 2012 / 30", None, "E/RES/2012/30"),
        ("E/DEC/2011/216", None, "E/DEC/2011/216"),
        ("A/DEC/67/551", None, "A/DEC/67/551"),
        ("resolution 2009/29", "ECOSOC", "E/RES/2009/29"),
        ("decision 2011/216", "ECOSOC", "E/DEC/2011/216"),
        ("resolution 67/290", "GA", "A/RES/67/290"),
        ("GA resolution 61/16", "ECOSOC", "A/RES/61/16"),
        ("ECOSOC decision 2010/252", None, "E/DEC/2010/252"),
        ("General Assembly resolution 57/270 B", None, "A/RES/57/270 B"),
    ],
)
def test_symbols_normalise(text, body, expected):
    assert normalise_symbol(text, body).symbol == expected


@pytest.mark.parametrize(
    ("text", "body", "draft", "fragment"),
    [
        ("", "ECOSOC", False, "enter the decision's symbol"),
        ("decision 2011/216", None, False, "say which body adopted"),
        ("decision 2011/216", "CSW", False, "say which body adopted"),
        ("hello", "GA", False, "not a symbol"),
        ("A/C.2/67/L.30", "GA", False, "working symbols are for drafts"),
    ],
)
def test_bad_symbols_say_what_is_expected(text, body, draft, fragment):
    with pytest.raises(SymbolError, match=fragment):
        normalise_symbol(text, body, draft=draft)


def test_drafts_may_carry_a_working_symbol():
    assert normalise_symbol("a/c.2/67/l.30", "GA", draft=True).symbol == "A/C.2/67/L.30"


def decision_form(**changes):
    form = {
        "symbol": "decision 2025/300",
        "body": "ECOSOC",
        "adopted": "2025-07-25",
        "status": "adopted",
        "title": "Ends the report",
        "mandates": [{"report": "conf-followup", "effect": "terminate"}],
    }
    form.update(changes)
    return form


def test_put_decision_normalises_and_the_seed_story_works():
    drafts = RecalcOptions(with_drafts=True)
    new = edits.put_decision(PLAN, decision_form())
    assert new.decisions[-1].symbol == "E/DEC/2025/300"
    line = [r.session for r in recalculate(new, drafts).requirements if r.report == "conf-followup"]
    assert [s for s in line if s >= "ecosoc-2013"] == ["ecosoc-2013", "ecosoc-2016", "ecosoc-2021"]
    history = recalculate(new, drafts).explain("conf-followup", "ecosoc-2026")
    assert history == [
        "replaced by E/DEC/2012/DRAFT-1",
        "terminated by E/DEC/2025/300",
    ]  # latest last


@pytest.mark.parametrize(
    ("changes", "field", "fragment"),
    [
        ({"symbol": "nonsense"}, "symbol", "not a symbol"),
        ({"symbol": "E/DEC/2011/216"}, "symbol", "already in the plan"),
        ({"adopted": "2025-02-30"}, "adopted", "impossible date"),
        ({"body": "UNEP"}, "symbol", "say which body"),
        (
            {"mandates": [{"report": "conf-followup", "effect": "add"}]},
            "mandates[0]",
            'missing field "rule"',
        ),
        (
            {"mandates": [{"report": "nope", "effect": "terminate"}]},
            "mandates[0].report",
            'unknown report "nope"',
        ),
        (
            {
                "mandates": [
                    {
                        "report": "conf-followup",
                        "effect": "add",
                        "rule": {"type": "at_session", "body": "GA", "session": "ecosoc-2014"},
                    }
                ]
            },
            "mandates[0].rule.session",
            "is a session of ECOSOC, not GA",
        ),
        (
            {"mandates": [{"report": "conf-followup", "effect": "merge", "into": "conf-followup"}]},
            "mandates[0].into",
            "cannot merge into itself",
        ),
        (
            {
                "mandates": [
                    {"report": "conf-followup", "effect": "defer", "from_session": "ecosoc-2014"}
                ]
            },
            "mandates[0]",
            "needs from_session and to_session",
        ),
    ],
)
def test_invalid_decisions_name_the_field(changes, field, fragment):
    with pytest.raises(EditError) as info:
        edits.put_decision(PLAN, decision_form(**changes))
    assert info.value.field == field, str(info.value)
    assert fragment in info.value.message


def test_merge_cycle_with_existing_decisions_is_refused():
    first = edits.put_decision(
        PLAN,
        decision_form(
            symbol="E/DEC/2025/1",
            mandates=[{"report": "conf-followup", "effect": "merge", "into": "ecosoc-role"}],
        ),
    )
    with pytest.raises(EditError, match="cyclic merge"):
        edits.put_decision(
            first,
            decision_form(
                symbol="E/DEC/2025/2",
                mandates=[{"report": "ecosoc-role", "effect": "merge", "into": "conf-followup"}],
            ),
        )


def test_new_report_created_with_the_decision_and_editing_keeps_position():
    new = edits.put_decision(
        PLAN,
        decision_form(
            mandates=[
                {
                    "report": "new-line",
                    "effect": "add",
                    "rule": {"type": "next_session", "body": "ECOSOC"},
                }
            ]
        ),
        new_reports=[Report("new-line", "A new report")],
    )
    assert new.reports[-1] == Report("new-line", "A new report")
    edited = edits.put_decision(new, decision_form(title="Changed"), replacing="E/DEC/2025/300")
    assert [d.symbol for d in edited.decisions] == [d.symbol for d in new.decisions]
    assert edited.decisions[-1].title == "Changed"


def test_deleting_what_others_use_lists_them():
    with pytest.raises(EditError, match=r"conf-followup is used by .*A/RES/57/270 B"):
        edits.delete_report(PLAN, "conf-followup")
    with pytest.raises(EditError, match="ECOSOC is used by"):
        edits.delete_body(PLAN, "ECOSOC")
    assert edits.dependents(PLAN, "event", "uncsd-2012")[0].what.startswith("E/DEC/2012/DRAFT-1")


def test_a_calendar_edit_that_strands_a_mandate_is_refused():
    series = next(s for s in PLAN.session_series if s.id == "ga")
    data = {
        "id": "ga",
        "body": "GA",
        "name": series.name,
        "rrule": series.rrule,
        "duration_days": 365,
        "from": "2011-01-01",
        "until": "2030-12-31",
        "ends_before_next": True,
        "number_offset": 1945,
    }
    with pytest.raises(
        EditError, match="A/RES/61/16, mandate 1: session ga-2010 would no longer exist"
    ):
        edits.put_session_series(PLAN, data, replacing="ga")


def test_confirming_a_projected_session_keeps_its_id_and_moves_deadlines():
    projected = next(s for s in recalculate_calendar().sessions.values() if s.id == "ecosoc-2014")
    from datetime import date

    new = edits.confirm_session(
        PLAN, projected, start=date(2014, 7, 14), end=date(2014, 7, 25), location="New York"
    )
    r = next(r for r in recalculate(new).requirements if r.session == "ecosoc-2014")
    assert (r.session_start, r.submission_due, r.session_status) == (
        date(2014, 7, 14),
        date(2014, 5, 5),
        "confirmed",
    )


def recalculate_calendar():
    from planner.domain.calendar import Calendar

    return Calendar(PLAN)


def test_tracking_edit_and_word_limit():
    new = edits.put_tracking(
        PLAN,
        {
            "report": "conf-followup",
            "session": "ecosoc-2027",
            "status": "forecast",
            "officer": "M. Li",
            "word_estimate": 9000,
        },
    )
    result = recalculate(new)
    r = next(r for r in result.requirements if r.key == ("conf-followup", "ecosoc-2027"))
    assert (str(r.status), r.tracking.officer) == ("forecast", "M. Li")
    assert "word-limit-exceeded" in {d.code for d in result.diagnostics}
    with pytest.raises(EditError) as info:
        edits.put_tracking(
            PLAN, {"report": "conf-followup", "session": "ecosoc-2027", "word_estimate": "lots"}
        )
    assert info.value.field == "word_estimate"


def test_ids_cannot_change_and_must_be_unique():
    with pytest.raises(EditError, match="already in the plan"):
        edits.put_report(PLAN, {"id": "conf-followup", "title": "again"})
    body = next(b for b in PLAN.bodies if b.id == "CSW")
    with pytest.raises(EditError) as info:
        edits.put_body(PLAN, {"id": "CSW2", "name": body.name}, replacing="CSW")
    assert info.value.field == "id"
    with pytest.raises(EditError) as info:
        edits.put_body(
            PLAN, {"id": "ECOSOC", "name": "Council", "parent": "HLPF"}, replacing="ECOSOC"
        )
    assert info.value.field == "parent"


def test_rrules_are_summarised_as_data():
    """The domain says what an RRULE means; the window puts it into words (test_wording)."""
    s = summarise_rrule("FREQ=YEARLY;INTERVAL=2;BYMONTH=3,10;BYDAY=1MO,-1FR")
    assert s == RecurrenceSummary("year", 2, (3, 10), (WeekdayRule(1, 1), WeekdayRule(5, -1)), ())
    assert summarise_rrule("FREQ=YEARLY;BYSETPOS=2") is None
    assert summarise_rrule("FREQ=SOMETIMES") is None


def test_withdraw_keeps_the_decision_but_ends_its_effect():
    new = edits.withdraw(PLAN, "E/DEC/2011/216")
    assert PLAN.decisions[7]._replace(status="withdrawn") in new.decisions
    assert "periodicity-note" not in {r.report for r in recalculate(new).requirements}


def test_the_projection_horizon_is_a_plan_setting():
    assert edits.set_horizon(PLAN, 30).horizon_years == 30
    assert edits.set_horizon(PLAN, PLAN.horizon_years) is PLAN
    for years in (0, 61, -5):
        with pytest.raises(EditError) as info:
            edits.set_horizon(PLAN, years)
        assert info.value.field == "horizon_years"
        assert "from 1 to 60 years" in info.value.message
