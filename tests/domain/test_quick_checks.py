"""A plan file is held to four checks on every load (shape, references, bounds, projected
references); their quick form, `plan_is_sound`, lets a plan through without them only when
none of the four would find anything in it, whatever its decisions, mandates and rules
hold (values of any type SQLite can give)."""

from __future__ import annotations

import os
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from planbuilder import decision, mandate, plan, rule

from planner.domain.bounds import Problem, plan_problems
from planner.domain.integrity import (
    projected_problems,
    reference_problems,
    shape_problems,
)
from planner.domain.model import (
    AfterEvent,
    AtSession,
    DecisionStatus,
    Effect,
    NextSession,
    Periodic,
    Plan,
    WithSeries,
)
from planner.domain.soundness import plan_is_sound

SOUND = plan(
    decision(
        "E/DEC/2011/1",
        "2011-07-28",
        mandate("r1", "add", rule("at_session", session="ecosoc-2013")),
        mandate("r2", "add", rule("after_event", event="uncsd", prep_weeks=2)),
        mandate("r3", "add", rule("periodic", every_years=2, first="ecosoc-2012")),
        mandate("r1", "replace", rule("periodic", every_years=3, first=2014, until=2026)),
        mandate("r2", "replace", rule("next_session", prep_weeks=6)),
    ),
    decision(
        "A/RES/66/1",
        "2011-12-20",
        mandate(
            "r1",
            "add",
            rule("with_series", body="GA", series="review", **{"from": "2012-01-01"}),
        ),
        mandate("r2", "defer", from_session="ecosoc-2014", to_session="ecosoc-2015"),
        mandate("r3", "add", rule("at_session", body="GA", session="ga-2013")),
        body="GA",
        effective="2012-01-01",
    ),
    decision("E/DEC/2013/5", "2013-07-26", mandate("r3", "merge", into="r2")),
    decision(
        "E/DEC/2014/2",
        "2014-07-20",
        mandate("r1", "terminate"),
        mandate("r2", "merge", into="r3"),  # back, at a later date: allowed
        mandate(
            "r1",
            "add",
            rule(
                "with_series",
                series="review",
                prep_weeks=1,
                **{"from": "2015-01-01", "until": "2025-12-31"},
            ),
        ),
    ),
)


def detailed_problems(p: Plan) -> list[Problem]:
    """The four checks, in the order a load runs them."""
    found = shape_problems(p)
    if found:
        return found
    found, refs = reference_problems(p)
    if found:
        return found
    found = plan_problems(p, expand=False)
    if found:
        return found
    return projected_problems(refs)


def test_a_sound_plan_file_takes_the_quick_way():
    assert detailed_problems(SOUND) == []
    assert plan_is_sound(SOUND)
    deferred = tamper(SOUND, 1, 1, from_session="ecosoc-2013")  # of any body, and of ECOSOC
    assert detailed_problems(deferred) == []
    assert plan_is_sound(deferred)


def tamper(p: Plan, di: int, mi: int | None = None, *, rule_: bool = False, **fields: Any) -> Plan:
    """`p` with fields of decision `di` (of its mandate `mi`, of that mandate's rule) set."""
    decisions = list(p.decisions)
    d = decisions[di]
    if mi is None:
        d = d._replace(**fields)
    else:
        mandates = list(d.mandates)
        m = mandates[mi]
        m = m._replace(rule=m.rule._replace(**fields)) if rule_ else m._replace(**fields)
        mandates[mi] = m
        d = d._replace(mandates=tuple(mandates))
    decisions[di] = d
    return Plan(**{**vars_of(p), "decisions": tuple(decisions)})


ONE_THING_WRONG = {
    "symbol empty": dict(di=0, symbol=" "),
    "symbol twice": dict(di=1, symbol="E/DEC/2011/1"),
    "symbol not text": dict(di=0, symbol=7),
    "title not text": dict(di=0, title=None),
    "notes not text": dict(di=0, notes=b"x"),
    "body unknown": dict(di=0, body="WHO"),
    "adopted out of range": dict(di=0, adopted=date(1899, 12, 31)),
    "effective out of range": dict(di=1, effective=date(2201, 1, 1)),
    "effective not a date": dict(di=1, effective="2012-01-01"),
    "report unknown": dict(di=0, mi=0, report="r9"),
    "into unknown": dict(di=2, mi=0, into="r9"),
    "merge into itself": dict(di=2, mi=0, into="r3"),
    "merge without into": dict(di=2, mi=0, into=None),
    "merge cycle at one date": dict(di=3, adopted=date(2013, 7, 26)),
    "defer to the same session": dict(di=1, mi=1, from_session="ecosoc-2015"),
    "defer without a session": dict(di=1, mi=1, to_session=None),
    "defer from no session": dict(di=1, mi=1, from_session="ecosoc-2099"),
    "defer from empty text": dict(di=1, mi=1, from_session=""),
    "add without a rule": dict(di=0, mi=0, rule=None),
    "replace without a rule": dict(di=0, mi=3, rule=None),
    "rule body unknown": dict(di=0, mi=4, rule_=True, body="WHO"),
    "explicit session of another body": dict(di=1, mi=2, rule_=True, session="ecosoc-2012"),
    "projected session of another body": dict(di=0, mi=0, rule_=True, body="GA"),
    "one projected session of two bodies": dict(di=1, mi=2, rule_=True, session="ecosoc-2013"),
    "a deferred session of another body": dict(di=1, mi=2, rule_=True, session="ecosoc-2014"),
    "session unknown": dict(di=0, mi=0, rule_=True, session="ecosoc-1999"),
    "session not text": dict(di=0, mi=0, rule_=True, session=2013),
    "event unknown": dict(di=0, mi=1, rule_=True, event="rio"),
    "prep out of range": dict(di=0, mi=1, rule_=True, prep_weeks=521),
    "next prep not a number": dict(di=0, mi=4, rule_=True, prep_weeks="6"),
    "every out of range": dict(di=0, mi=2, rule_=True, every_years=0),
    "first year out of range": dict(di=0, mi=3, rule_=True, first=2201),
    "first session unknown": dict(di=0, mi=2, rule_=True, first="bogus"),
    "first a bool": dict(di=0, mi=3, rule_=True, first=True),
    "until out of range": dict(di=0, mi=3, rule_=True, until=1899),
    "series unknown": dict(di=1, mi=0, rule_=True, series="summit"),
    "series prep negative": dict(di=3, mi=2, rule_=True, prep_weeks=-1),
    "series until before from": dict(di=3, mi=2, rule_=True, until=date(2014, 12, 31)),
    "series from out of range": dict(di=3, mi=2, rule_=True, start=date(1899, 1, 1)),
}


@pytest.mark.parametrize("name", sorted(ONE_THING_WRONG))
def test_one_thing_wrong_is_left_to_the_four_checks(name):
    p = tamper(SOUND, **ONE_THING_WRONG[name])
    assert detailed_problems(p)  # the case does break a rule
    assert not plan_is_sound(p)


IDS = [
    "GA",
    "ECOSOC",
    "r1",
    "r2",
    "r3",
    "ecosoc-2012",
    "ecosoc-2013",
    "ecosoc-2014",
    "ecosoc-2015",
    "ecosoc-2031",
    "ga-2013",
    "ga",
    "review",
    "review-2015",
    "uncsd",
    "bogus",
    "",
    " ",
]
DAYS = [date(1899, 12, 31), date(1900, 1, 1), date(2011, 6, 1), date(2013, 7, 26)]
NUMBERS = [0, 1, 2, 3, 100, 101, 520, 521, 1899, 1900, 2014, 2200, 2201, -1]
VALUES = st.one_of(
    st.sampled_from([None, *IDS, *DAYS, date(2200, 12, 31), *NUMBERS]),
    st.sampled_from([True, 1.5, b"r1", *Effect, *DecisionStatus]),
    st.integers(),
    st.text(max_size=4),
)
RULES = st.one_of(
    st.builds(AtSession, VALUES, VALUES),
    st.builds(NextSession, VALUES, VALUES),
    st.builds(AfterEvent, VALUES, VALUES, VALUES),
    st.builds(Periodic, VALUES, VALUES, VALUES, VALUES),
    st.builds(WithSeries, VALUES, VALUES, VALUES, VALUES, VALUES),
)


def _set(record: Any, at: int, value: object) -> Any:
    """`record` (a tuple) with field `at` (modulo its length) set to `value`."""
    at %= len(record)
    return record._replace(**{record._fields[at]: value})


@st.composite
def tampered(draw: st.DrawFn) -> Plan:
    """SOUND with a few fields of its decisions, mandates or rules changed."""
    decisions = list(SOUND.decisions)
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        di = draw(st.integers(min_value=0, max_value=len(decisions) - 1))
        d = decisions[di]
        what = draw(st.sampled_from(["decision", "mandate", "rule"]))
        if what == "decision":
            d = _set(d, draw(st.integers(min_value=0, max_value=6)), draw(VALUES))
        else:
            mandates = list(d.mandates)
            mi = draw(st.integers(min_value=0, max_value=len(mandates) - 1))
            m = mandates[mi]
            if what == "mandate":  # a rule, as every reader gives, is a Rule or None
                at = draw(st.sampled_from([0, 1, 3, 4, 5]))
                m = _set(m, at, draw(VALUES))
            elif m.rule is not None and draw(st.booleans()):
                m = m._replace(rule=_set(m.rule, draw(st.integers(min_value=0)), draw(VALUES)))
            else:
                m = m._replace(rule=draw(st.none() | RULES))
            mandates[mi] = m
            d = d._replace(mandates=tuple(mandates))
        decisions[di] = d
    return Plan(**{**vars_of(SOUND), "decisions": tuple(decisions)})


def vars_of(p: Plan) -> dict[str, Any]:
    return {name: getattr(p, name) for name in p.__dataclass_fields__}


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "300")), deadline=None)
@given(tampered())
def test_the_quick_form_lets_through_only_what_the_four_checks_let_through(p):
    try:
        found: list[Problem] | str = detailed_problems(p)
    except (TypeError, ValueError, AttributeError) as exc:  # values no load would give
        found = repr(exc)
    if plan_is_sound(p):
        assert found == [], found
