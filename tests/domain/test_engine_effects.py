"""Each effect of SPEC §4, provenance, displacement memory and diagnostics."""

from __future__ import annotations

from datetime import date

import pytest
from planbuilder import decision, mandate, plan, rule

from planner.domain.diagnostics import Code
from planner.domain.diff import diff
from planner.domain.engine import recalculate
from planner.domain.results import Displaced, Displacement, RecalcOptions

ANNUAL = decision(
    "A/RES/57/270 B",
    "2003-06-23",
    mandate("r1", "add", rule("periodic", every_years=1, first=2004)),
    body="GA",
)


def due(result, report="r1"):
    return [r.session for r in result.requirements if r.report == report]


def years(result, report="r1"):
    return [int(s.split("-")[1]) for s in due(result, report)]


def test_replace_drops_from_its_effective_date_and_adds_the_new_rule():
    p = plan(
        ANNUAL,
        decision(
            "E/DEC/2012/1",
            "2012-07-27",
            mandate("r1", "replace", rule("after_event", event="uncsd")),
        ),
    )
    result = recalculate(p)
    assert years(result) == [2010, 2011, 2012, 2013]
    by = {r.session: r.mandated_by for r in result.requirements}
    assert by["ecosoc-2012"] == ("A/RES/57/270 B",)
    assert by["ecosoc-2013"] == ("E/DEC/2012/1",)
    assert result.explain("r1", "ecosoc-2014") == ["replaced by E/DEC/2012/1"]


def test_replace_keeps_other_bodies_occurrences():
    p = plan(
        decision(
            "A/RES/64/1",
            "2009-12-01",
            mandate("r1", "add", rule("periodic", body="GA", every_years=1, first=2010)),
            body="GA",
        ),
        ANNUAL,
        decision(
            "E/DEC/2012/1",
            "2012-07-27",
            mandate("r1", "replace", rule("after_event", event="uncsd")),
        ),
    )
    result = recalculate(p)
    ga = [s for s in due(result) if s.startswith("ga-")]
    assert len(ga) == 21  # 2010..2030, untouched by an ECOSOC decision


def test_terminate_from_effective_date_or_from_session():
    at_t = plan(ANNUAL, decision("E/DEC/2020/1", "2020-08-01", mandate("r1", "terminate")))
    assert years(recalculate(at_t))[-1] == 2020
    from_s = plan(
        ANNUAL,
        decision(
            "E/DEC/2020/1", "2020-08-01", mandate("r1", "terminate", from_session="ecosoc-2026")
        ),
    )
    result = recalculate(from_s)
    assert years(result)[-1] == 2025
    assert result.explain("r1", "ecosoc-2027") == ["terminated by E/DEC/2020/1"]


def test_defer_moves_one_occurrence_and_keeps_provenance():
    p = plan(
        ANNUAL,
        decision(
            "E/DEC/2014/1",
            "2014-07-20",
            mandate("r1", "defer", from_session="ecosoc-2015", to_session="ecosoc-2016"),
        ),
    )
    result = recalculate(p)
    assert "ecosoc-2015" not in due(result)
    moved = next(r for r in result.requirements if r.session == "ecosoc-2016")
    assert moved.mandated_by == ("A/RES/57/270 B", "E/DEC/2014/1")
    [d] = [d for d in result.displaced if d.kind == Displacement.DEFERRED]
    assert (d.session, d.to_session, d.by) == ("ecosoc-2015", "ecosoc-2016", "E/DEC/2014/1")


def test_defer_with_nothing_to_move_warns():
    p = plan(
        decision(
            "E/DEC/2014/1",
            "2014-07-20",
            mandate("r1", "defer", from_session="ecosoc-2015", to_session="ecosoc-2016"),
        )
    )
    result = recalculate(p)
    assert result.requirements == ()
    assert [d.code for d in result.diagnostics] == [Code.NOTHING_TO_DEFER]


def test_merge_moves_later_occurrences_into_the_other_report_with_both_provenances():
    p = plan(
        ANNUAL,
        decision(
            "E/RES/2012/5",
            "2012-01-01",
            mandate("r2", "add", rule("at_session", session="ecosoc-2016")),
        ),
        decision("E/DEC/2015/1", "2015-08-01", mandate("r1", "merge", into="r2")),
    )
    result = recalculate(p)
    assert years(result)[-1] == 2015
    merged = {r.session: r.mandated_by for r in result.requirements if r.report == "r2"}
    assert len(merged) == 15  # 2016..2030
    assert set(merged["ecosoc-2016"]) == {"E/RES/2012/5", "A/RES/57/270 B", "E/DEC/2015/1"}
    assert result.explain("r1", "ecosoc-2020") == ["merged into r2 by E/DEC/2015/1"]


def test_same_report_same_session_twice_is_one_requirement_with_both_provenances():
    p = plan(
        ANNUAL,
        decision(
            "E/DEC/2012/2", "2012-08-01", mandate("r1", "add", rule("after_event", event="uncsd"))
        ),
    )
    result = recalculate(p)
    [r] = [r for r in result.requirements if r.session == "ecosoc-2013"]
    assert r.mandated_by == ("A/RES/57/270 B", "E/DEC/2012/2")


def test_decisions_apply_by_effective_then_adoption_date_then_symbol():
    # Adopted earlier but effective later: the terminate must apply after the add.
    p = plan(
        decision("E/DEC/2012/B", "2012-01-01", mandate("r1", "terminate"), effective="2014-01-01"),
        decision(
            "E/DEC/2012/A",
            "2013-01-01",
            mandate("r1", "add", rule("periodic", every_years=1, first=2013)),
        ),
    )
    assert years(recalculate(p)) == [2013]


def test_cannot_be_met_when_the_deadline_precedes_the_decision():
    p = plan(
        decision(
            "E/DEC/2012/1",
            "2012-06-01",
            mandate("r1", "add", rule("at_session", session="ecosoc-2012")),
        )
    )
    result = recalculate(p)
    assert result.requirements[0].cannot_be_met
    assert [d.code for d in result.diagnostics] == [Code.CANNOT_BE_MET]


def test_overdue_only_while_the_session_is_ahead_and_the_status_is_open():
    p = plan(
        decision(
            "E/DEC/2013/1",
            "2013-07-30",
            mandate("r1", "add", rule("periodic", every_years=1, first=2014, until=2015)),
        ),
        tracking=[{"report": "r1", "session": "ecosoc-2015", "status": "submitted"}],
    )
    late_2014 = recalculate(p, RecalcOptions(today=date(2014, 5, 1)))
    assert [r.session for r in late_2014.requirements if r.overdue] == ["ecosoc-2014"]
    assert [d.code for d in late_2014.diagnostics] == [Code.OVERDUE]
    late_2015 = recalculate(p, RecalcOptions(today=date(2015, 5, 1)))
    assert not any(r.overdue for r in late_2015.requirements)  # 2014 is history, 2015 submitted


def test_word_estimate_above_limit_warns_and_orphaned_tracking_is_kept():
    p = plan(
        decision(
            "E/DEC/2013/1",
            "2013-07-30",
            mandate("r2", "add", rule("at_session", session="ecosoc-2015")),
        ),
        tracking=[
            {
                "report": "r2",
                "session": "ecosoc-2015",
                "word_estimate": 1200,
                "officer": "A. Officer",
            },
            {"report": "r2", "session": "ecosoc-2031", "status": "forecast"},
        ],
    )
    result = recalculate(p, RecalcOptions(today=date(2013, 8, 1)))
    assert {d.code for d in result.diagnostics} == {
        Code.WORD_LIMIT_EXCEEDED,
        Code.ORPHANED_TRACKING,
    }
    assert result.requirements[0].tracking.officer == "A. Officer"


def test_diff_reports_added_removed_and_moved_with_reasons():
    base = plan(ANNUAL)
    edited = plan(
        ANNUAL,
        decision(
            "E/DEC/2020/1", "2020-08-01", mandate("r1", "terminate", from_session="ecosoc-2026")
        ),
        decision(
            "E/DEC/2014/1",
            "2014-07-20",
            mandate("r1", "defer", from_session="ecosoc-2015", to_session="ecosoc-2016"),
        ),
    )
    d = diff(recalculate(base), recalculate(edited))
    reasons = {r.requirement.session: r.reason for r in d.removed}
    assert list(reasons) == ["ecosoc-2015"] + [f"ecosoc-{y}" for y in range(2026, 2031)]
    assert reasons["ecosoc-2015"] == "deferred to ecosoc-2016 by E/DEC/2014/1"
    assert reasons["ecosoc-2030"] == "terminated by E/DEC/2020/1"
    assert d.added == ()
    assert "ecosoc-2016" in {r.session for r in d.changed}  # provenance grew
    assert (len(d.added), len(d.removed), len(d.moved)) == (0, 6, 0)
    assert diff(recalculate(base), recalculate(base)).empty


def test_diff_pairs_a_deferral_into_a_free_session_as_a_move():
    add = decision(
        "E/DEC/2013/1",
        "2013-07-30",
        mandate("r2", "add", rule("at_session", session="ecosoc-2015")),
    )
    defer = decision(
        "E/DEC/2014/1",
        "2014-07-20",
        mandate("r2", "defer", from_session="ecosoc-2015", to_session="ecosoc-2017"),
    )
    d = diff(recalculate(plan(add)), recalculate(plan(add, defer)))
    [m] = d.moved
    assert (m.before.session, m.after.session, m.reason) == (
        "ecosoc-2015",
        "ecosoc-2017",
        "deferred to ecosoc-2017 by E/DEC/2014/1",
    )
    assert (len(d.added), len(d.removed), len(d.moved)) == (0, 0, 1)


@pytest.mark.parametrize(
    ("kind", "to_report", "to_session", "where"),
    [
        (Displacement.DEFERRED, None, "ecosoc-2017", ("r2", "ecosoc-2017")),
        (Displacement.MERGED, "r9", None, ("r9", "ecosoc-2015")),
        (Displacement.REPLACED, None, None, None),
        (Displacement.TERMINATED, None, None, None),
    ],
)
def test_a_displacement_names_where_the_requirement_went(kind, to_report, to_session, where):
    # the one answer both the change set (What Changed) and the what-if diff pair moves by
    d = Displaced("r2", "ecosoc-2015", kind, "E/DEC/2014/1", (), to_report, to_session)
    assert d.destination == where
