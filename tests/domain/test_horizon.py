"""The planning horizon: series are projected to it, and what falls past it is named."""

from __future__ import annotations

from datetime import date

from planbuilder import decision, doc, mandate, rule
from planbuilder import plan as build

from planner.domain.calendar import Calendar
from planner.domain.diagnostics import Code
from planner.domain.engine import recalculate
from planner.domain.results import RecalcOptions
from planner.store.interchange import plan_from_json

TODAY = date(2026, 11, 30)


def open_ended(**changes):
    """The test plan with its series running on (no `until`), as the real calendar's do."""
    d = doc(**changes)
    for s in d["session_series"] + d["event_series"]:
        s["until"] = None
    return d


def beyond(plan, drafts=False):
    result = recalculate(plan, RecalcOptions(today=TODAY, with_drafts=drafts))
    return [(d.report, d.year) for d in result.diagnostics if d.code == Code.BEYOND_HORIZON]


def test_series_are_projected_to_the_end_of_the_horizon_year():
    plan = plan_from_json(open_ended(horizon_years=10))
    cal = Calendar(plan, TODAY)
    assert cal.horizon == date(2036, 12, 31)
    ecosoc = [s.start.year for s in cal.sessions.values() if s.body == "ECOSOC"]
    assert max(ecosoc) == 2036
    shorter = Calendar(plan_from_json(open_ended(horizon_years=3)), TODAY)
    assert max(s.start.year for s in shorter.sessions.values() if s.body == "ECOSOC") == 2029


def test_a_standing_annual_report_names_the_first_year_past_the_horizon():
    d = decision(
        "E/RES/2014/1",
        "2014-07-01",
        mandate("r1", "add", rule("periodic", every_years=1, first=2015)),
    )
    plan = plan_from_json(open_ended(horizon_years=5, decisions=[d]))
    assert beyond(plan) == [("r1", 2032)]
    every_three = decision(
        "E/RES/2014/2",
        "2014-07-01",
        mandate("r2", "add", rule("periodic", every_years=3, first=2015)),
    )
    plan = plan_from_json(open_ended(horizon_years=5, decisions=[every_three]))
    assert beyond(plan) == [("r2", 2033)]  # 2015, 2018, ... 2030, then 2033


def test_a_periodic_rule_ending_inside_the_horizon_says_nothing():
    d = decision(
        "E/RES/2014/1",
        "2014-07-01",
        mandate("r1", "add", rule("periodic", every_years=1, first=2015, until=2020)),
    )
    assert beyond(plan_from_json(open_ended(horizon_years=5, decisions=[d]))) == []


def test_a_series_of_reviews_names_the_report_after_the_last_review_it_cannot_place():
    # reviews every five years (2010, 2015, ...); the horizon ends in 2033: the 2035 review's
    # report (2036) falls past it
    d = decision(
        "E/RES/2011/1", "2011-07-01", mandate("r1", "add", rule("with_series", series="review"))
    )
    plan = plan_from_json(open_ended(horizon_years=7, decisions=[d]))
    assert beyond(plan) == [("r1", 2036)]
    sessions = [r.session for r in recalculate(plan, RecalcOptions(today=TODAY)).requirements]
    assert sessions[-1] == "ecosoc-2031"


def test_a_replace_ends_the_note_of_the_rule_it_replaces():
    old = decision(
        "E/RES/2014/1",
        "2014-07-01",
        mandate("r1", "add", rule("periodic", every_years=1, first=2015)),
    )
    new = decision(
        "E/DEC/2016/1",
        "2016-07-29",
        mandate("r1", "replace", rule("periodic", every_years=2, first=2017, until=2021)),
    )
    plan = plan_from_json(open_ended(horizon_years=5, decisions=[old, new]))
    assert beyond(plan) == []


def test_series_with_their_own_end_are_not_cut_and_say_nothing():
    d = decision(
        "E/RES/2014/1",
        "2014-07-01",
        mandate("r1", "add", rule("periodic", every_years=1, first=2015)),
    )
    plan = build(d)  # the test plan's series end in 2030, well inside a 15-year horizon
    assert beyond(plan) == []
