"""Each rule of SPEC §3, through the engine, on small plans."""

from __future__ import annotations

from datetime import date

from planbuilder import decision, mandate, plan, rule

from planner.domain.diagnostics import Code
from planner.domain.engine import recalculate
from planner.domain.results import RecalcOptions


def sessions_of(result, report="r1"):
    return [r.session for r in result.requirements if r.report == report]


def test_at_session_names_that_session():
    p = plan(
        decision(
            "E/DEC/2011/1",
            "2011-07-28",
            mandate("r1", "add", rule("at_session", session="ecosoc-2014")),
        )
    )
    assert sessions_of(recalculate(p)) == ["ecosoc-2014"]


def test_next_session_skips_a_session_whose_deadline_has_passed():
    # ECOSOC 2012 opens 2 July; its submission deadline is 23 April 2012.
    before = plan(
        decision("E/DEC/2012/1", "2012-04-23", mandate("r1", "add", rule("next_session")))
    )
    after = plan(decision("E/DEC/2012/1", "2012-04-24", mandate("r1", "add", rule("next_session"))))
    assert sessions_of(recalculate(before)) == ["ecosoc-2012"]
    assert sessions_of(recalculate(after)) == ["ecosoc-2013"]


def test_next_session_prep_weeks_push_to_a_later_session():
    p = plan(
        decision(
            "E/DEC/2012/1", "2012-01-02", mandate("r1", "add", rule("next_session", prep_weeks=20))
        )
    )
    assert sessions_of(recalculate(p)) == ["ecosoc-2013"]


def test_after_event_uses_the_first_session_whose_documents_can_follow_it():
    # SPEC §3's own example: UNCSD ended 22 June 2012, so the report goes to 2013.
    p = plan(
        decision(
            "E/DEC/2011/1", "2011-07-28", mandate("r1", "add", rule("after_event", event="uncsd"))
        )
    )
    r = recalculate(p).requirements[0]
    assert (r.session, r.session_start, r.submission_due, r.issuance_due) == (
        "ecosoc-2013",
        date(2013, 7, 1),
        date(2013, 4, 22),
        date(2013, 5, 20),
    )


def test_periodic_takes_the_first_session_of_each_nth_year_up_to_until():
    p = plan(
        decision(
            "A/RES/65/1",
            "2010-12-01",
            mandate(
                "r1", "add", rule("periodic", body="GA", every_years=2, first=2011, until=2017)
            ),
            body="GA",
        )
    )
    assert sessions_of(recalculate(p)) == ["ga-2011", "ga-2013", "ga-2015", "ga-2017"]


def test_periodic_first_may_be_a_session_and_runs_to_the_last_session_without_until():
    p = plan(
        decision(
            "E/RES/2011/1",
            "2011-01-01",
            mandate("r1", "add", rule("periodic", every_years=5, first="ecosoc-2012")),
        )
    )
    assert sessions_of(recalculate(p)) == [
        "ecosoc-2012",
        "ecosoc-2017",
        "ecosoc-2022",
        "ecosoc-2027",
    ]


def test_with_series_follows_each_review_after_the_decision():
    # Reviews on 20 Sept 2010, 2015, 2020, 2025, 2030; the 2010 one predates the decision,
    # and the 2030 one would report to 2031, which the plan does not reach.
    p = plan(
        decision(
            "E/DEC/2012/9", "2012-07-27", mandate("r1", "add", rule("with_series", series="review"))
        )
    )
    assert sessions_of(recalculate(p)) == ["ecosoc-2016", "ecosoc-2021", "ecosoc-2026"]


def test_with_series_window_limits_the_reviews():
    p = plan(
        decision(
            "E/DEC/2012/9",
            "2012-07-27",
            mandate(
                "r1",
                "add",
                rule(
                    "with_series", series="review", **{"from": "2009-01-01", "until": "2016-01-01"}
                ),
            ),
        )
    )
    assert sessions_of(recalculate(p)) == ["ecosoc-2011", "ecosoc-2016"]


def test_a_rule_that_yields_nothing_is_a_warning_not_a_crash():
    p = plan(decision("E/DEC/2030/1", "2030-08-01", mandate("r1", "add", rule("next_session"))))
    result = recalculate(p)
    assert result.requirements == ()
    [d] = result.diagnostics
    assert (d.level, d.code, d.where) == (
        "warning",
        Code.RULE_NO_OCCURRENCE,
        "decisions[E/DEC/2030/1].mandates[0]",
    )


def test_requirements_are_sorted_by_session_start_body_report():
    p = plan(
        decision(
            "E/DEC/2011/1",
            "2011-01-01",
            mandate("r2", "add", rule("next_session")),
            mandate("r1", "add", rule("next_session")),
        ),
        decision(
            "A/RES/65/2",
            "2011-01-01",
            mandate("r3", "add", rule("next_session", body="GA")),
            body="GA",
        ),
    )
    keys = [(r.session, r.report) for r in recalculate(p).requirements]
    assert keys == [("ecosoc-2011", "r1"), ("ecosoc-2011", "r2"), ("ga-2011", "r3")]


def test_deadlines_follow_each_bodys_lead_times():
    # GA has 12/8 weeks in the test plan; GA 2013 opens Tuesday 17 Sept 2013.
    p = plan(
        decision(
            "A/RES/67/1",
            "2012-12-01",
            mandate("r1", "add", rule("at_session", body="GA", session="ga-2013")),
            body="GA",
        )
    )
    r = recalculate(p).requirements[0]
    assert (r.session_start, r.submission_due, r.issuance_due) == (
        date(2013, 9, 17),
        date(2013, 6, 25),
        date(2013, 7, 23),
    )


def test_as_of_ignores_decisions_adopted_later():
    p = plan(
        decision("E/DEC/2011/1", "2011-07-28", mandate("r1", "add", rule("next_session"))),
        decision("E/DEC/2013/1", "2013-07-20", mandate("r2", "add", rule("next_session"))),
    )
    early = recalculate(p, RecalcOptions(as_of=date(2012, 1, 1)))
    late = recalculate(p, RecalcOptions(as_of=date(2013, 7, 20)))
    assert {r.report for r in early.requirements} == {"r1"}
    assert {r.report for r in late.requirements} == {"r1", "r2"}


def test_drafts_count_only_when_asked_and_withdrawn_never():
    p = plan(
        decision(
            "E/DEC/2012/D", "2012-07-27", mandate("r1", "add", rule("next_session")), status="draft"
        ),
        decision(
            "E/DEC/2012/W",
            "2012-07-27",
            mandate("r2", "add", rule("next_session")),
            status="withdrawn",
        ),
    )
    assert recalculate(p).requirements == ()
    with_drafts = recalculate(p, RecalcOptions(with_drafts=True))
    assert [r.report for r in with_drafts.requirements] == ["r1"]
