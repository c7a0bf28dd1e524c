"""The engine on the edge cases of the revised SPEC §2–4, and on plans it cannot compute."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from planbuilder import BASE, decision, doc, mandate, plan, rule

from planner.domain.bounds import PlanNotComputable
from planner.domain.calendar import Calendar, session_bodies_of_series
from planner.domain.diagnostics import Code
from planner.domain.engine import Engine, recalculate
from planner.domain.model import (
    Decision,
    Effect,
    Mandate,
    NextSession,
    Periodic,
    Report,
)
from planner.store.interchange import plan_from_json

ANNUAL = decision(
    "E/RES/2009/1",
    "2009-07-30",
    mandate("r1", "add", rule("periodic", every_years=1, first=2010)),
)


def due(result, report="r1"):
    return [r.session for r in result.requirements if r.report == report]


def with_series(**changes):
    """The test plan with its ECOSOC series changed."""
    series = [dict(BASE["session_series"][0], **changes), BASE["session_series"][1]]
    return series


# --- SPEC §2: series -------------------------------------------------------------------


def test_the_rules_own_until_bounds_the_series_before_the_series_until():
    p = plan(
        ANNUAL, session_series=with_series(rrule="FREQ=YEARLY;BYMONTH=7;BYDAY=1MO;UNTIL=20141231")
    )
    assert due(recalculate(p)) == [f"ecosoc-{y}" for y in range(2010, 2015)]


def test_the_rules_own_count_bounds_the_series():
    p = plan(ANNUAL, session_series=with_series(rrule="FREQ=YEARLY;BYMONTH=7;BYDAY=1MO;COUNT=3"))
    assert due(recalculate(p)) == ["ecosoc-2010", "ecosoc-2011", "ecosoc-2012"]


POSTPONED = {
    "id": "ecosoc-2014",
    "series": "ecosoc",
    "body": "ECOSOC",
    "name": "Substantive session of 2014 (postponed)",
    "start": "2015-01-12",
    "end": "2015-02-06",
}


def test_a_postponed_session_overrides_only_the_projection_with_its_id():
    p = plan(sessions=[*BASE["sessions"], POSTPONED])
    sessions = Calendar(p).sessions
    assert sessions["ecosoc-2014"].start == date(2015, 1, 12)
    assert sessions["ecosoc-2015"].start == date(2015, 7, 6)  # was lost to the postponed one


def test_an_explicit_session_with_an_id_of_its_own_overrides_its_years_projection():
    extra = dict(POSTPONED, id="ecosoc-resumed-2015", start="2015-03-02", end="2015-03-06")
    sessions = Calendar(plan(sessions=[*BASE["sessions"], extra])).sessions
    assert "ecosoc-2015" not in sessions
    assert sessions["ecosoc-resumed-2015"].start == date(2015, 3, 2)


ELSEWHERE = dict(POSTPONED, id="ga-2016", series=None, body="ECOSOC")  # a GA projection's id


@pytest.mark.parametrize(
    "extra",
    [
        [],
        [POSTPONED],
        [dict(POSTPONED, id="ecosoc-resumed-2015", start="2015-03-02", end="2015-03-06")],
        [ELSEWHERE],
    ],
    ids=["projections", "postponed", "an id of its own", "another body's projection id"],
)
def test_the_load_checks_quick_calendar_gives_the_calendars_ids_and_bodies(extra):
    p = plan(sessions=[*BASE["sessions"], *extra])
    calendar = {sid: s.body for sid, s in Calendar(p).sessions.items()}
    named = {ss.id for ss in p.session_series}
    assert session_bodies_of_series(p, named) == (calendar, set())


def test_ends_before_next_counts_a_confirmed_session_moved_earlier():
    moved = {
        "id": "ga-2014",
        "series": "ga",
        "body": "GA",
        "name": "69th session",
        "start": "2014-03-04",
        "end": "2015-09-14",
    }
    sessions = Calendar(plan(sessions=[*BASE["sessions"], moved])).sessions
    assert sessions["ga-2013"].end == date(2014, 3, 3)  # ran to September and overlapped
    assert sessions["ga-2014"].end == date(2015, 9, 14)  # an explicit session keeps its dates
    assert sessions["ga-2012"].end == date(2013, 9, 16)


# --- SPEC §3: rules --------------------------------------------------------------------


def test_after_the_reference_date_means_a_session_starting_after_it():
    # with no lead time, a decision adopted on the opening day of ECOSOC 2013 (1 July)
    # cannot ask for a report at that very session
    bodies = [dict(BASE["bodies"][0], submission_weeks=0), BASE["bodies"][1]]
    p = plan(
        decision("E/DEC/2013/1", "2013-07-01", mandate("r1", "add", rule("next_session"))),
        bodies=bodies,
    )
    assert due(recalculate(p)) == ["ecosoc-2014"]
    day_before = plan(
        decision("E/DEC/2013/1", "2013-06-30", mandate("r1", "add", rule("next_session"))),
        bodies=bodies,
    )
    assert due(recalculate(day_before)) == ["ecosoc-2013"]


def test_periodic_anchored_on_a_session_after_its_until_yields_nothing_with_a_warning():
    p = plan(
        decision(
            "E/DEC/2011/1",
            "2011-07-28",
            mandate("r1", "add", rule("periodic", every_years=2, first="ecosoc-2016", until=2014)),
        )
    )
    result = recalculate(p)
    assert due(result) == []
    assert [d.code for d in result.diagnostics] == [Code.RULE_NO_OCCURRENCE]


# --- SPEC §4: effects ------------------------------------------------------------------


def test_until_before_first_is_a_valid_plan_that_warns():
    p = plan(
        decision(
            "E/DEC/2011/1",
            "2011-07-28",
            mandate("r1", "add", rule("periodic", every_years=1, first=2015, until=2012)),
        )
    )
    result = recalculate(p)
    assert due(result) == []
    assert [(d.level, d.code) for d in result.diagnostics] == [("warning", Code.RULE_NO_OCCURRENCE)]


def test_an_effective_date_before_adoption_applies_from_that_date():
    p = plan(
        decision(
            "E/DEC/2012/9",
            "2012-07-27",
            mandate("r1", "add", rule("next_session")),
            effective="2012-01-01",
        )
    )
    (r,) = recalculate(p).requirements
    assert (r.session, r.cannot_be_met) == ("ecosoc-2012", False)


def test_a_merge_and_a_later_merge_back_each_apply_from_their_own_date():
    p = plan(
        ANNUAL,
        decision("E/DEC/2013/5", "2013-07-26", mandate("r1", "merge", into="r2")),
        decision("E/DEC/2017/5", "2017-07-28", mandate("r2", "merge", into="r1")),
    )
    result = recalculate(p)
    assert due(result, "r1") == [
        f"ecosoc-{y}" for y in (2010, 2011, 2012, 2013, *range(2018, 2031))
    ]
    assert due(result, "r2") == [f"ecosoc-{y}" for y in range(2014, 2018)]
    by = {(r.report, r.session): r.mandated_by for r in result.requirements}
    assert by[("r1", "ecosoc-2020")] == ("E/RES/2009/1", "E/DEC/2013/5", "E/DEC/2017/5")


def test_merges_forming_a_cycle_on_different_dates_import():
    d = doc(
        decisions=[
            ANNUAL,
            decision("E/DEC/2013/5", "2013-07-26", mandate("r1", "merge", into="r2")),
            decision("E/DEC/2015/5", "2015-07-26", mandate("r2", "merge", into="r3")),
            decision("E/DEC/2017/5", "2017-07-28", mandate("r3", "merge", into="r1")),
        ]
    )
    result = recalculate(plan_from_json(d))
    assert due(result, "r3") == ["ecosoc-2016", "ecosoc-2017"]


@pytest.mark.timeout(30)  # quadratic before: 64,000 decisions took 29 s, these 2 minutes
def test_many_decisions_mandating_one_report_keep_every_provenance_in_order():
    base = plan()
    mandates = (Mandate("r1", Effect.ADD, NextSession("ECOSOC")),)
    decisions = tuple(
        Decision(f"E/DEC/2011/{i}", "ECOSOC", date(2011, 8, 1), mandates=mandates)
        for i in range(128_000)
    )
    result = recalculate(replace(base, decisions=decisions))
    (r,) = result.requirements
    assert r.session == "ecosoc-2012"
    assert r.mandated_by == tuple(sorted((d.symbol for d in decisions), key=str))


# --- plans the engine cannot compute ---------------------------------------------------


@pytest.mark.timeout(30)  # each of these hung or blew up before
@pytest.mark.parametrize(
    ("change", "where"),
    [
        (
            lambda p: replace(
                p,
                session_series=(
                    replace(p.session_series[0], rrule="FREQ=DAILY;INTERVAL=0"),
                    *p.session_series[1:],
                ),
            ),
            "session_series[ecosoc].rrule",
        ),
        (
            lambda p: replace(
                p,
                session_series=(
                    replace(p.session_series[0], name="{year:>999999999}"),
                    *p.session_series[1:],
                ),
            ),
            "session_series[ecosoc].name",
        ),
        (
            lambda p: replace(
                p,
                decisions=(
                    Decision(
                        "E/DEC/2012/1",
                        "ECOSOC",
                        date(2012, 1, 1),
                        mandates=(Mandate("r1", Effect.ADD, Periodic("ECOSOC", 0, 2012)),),
                    ),
                ),
            ),
            "decisions[E/DEC/2012/1].mandates[0].rule.every_years",
        ),
        (
            lambda p: replace(p, reports=(Report("r1", "one", word_limit=2**63),)),
            "reports[r1].word_limit",
        ),
    ],
)
def test_a_plan_outside_the_bounds_raises_a_typed_error_naming_the_place(change, where):
    with pytest.raises(PlanNotComputable) as info:
        Engine(change(plan()))
    assert [p.where for p in info.value.problems] == [where]


@pytest.mark.timeout(30)
def test_an_edit_the_engine_cannot_compute_leaves_the_engine_as_it_was():
    engine = Engine(plan(ANNUAL))
    before = engine.result()
    bad = Decision(
        "E/DEC/2012/1",
        "ECOSOC",
        date(2012, 1, 1),
        mandates=(Mandate("r1", Effect.ADD, Periodic("ECOSOC", -1, 2012)),),
    )
    with pytest.raises(PlanNotComputable):
        engine.update(replace(engine.plan, decisions=(*engine.plan.decisions, bad)))
    assert engine.result() == before
    assert engine.update(engine.plan).empty
