"""Property tests on random plans: the engine and the interchange format."""

from __future__ import annotations

import json
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from planbuilder import BASE, doc

from planner.domain.engine import Engine, recalculate
from planner.domain.results import RecalcOptions
from planner.store.errors import PlanFormatError
from planner.store.interchange import plan_from_json, plan_to_json

REPORTS = ["r1", "r2", "r3"]
BODIES = ["ECOSOC", "GA"]
SESSIONS = [f"ecosoc-{y}" for y in range(2010, 2031)] + [f"ga-{y}" for y in range(2010, 2031)]

days = st.dates(min_value=date(2009, 1, 1), max_value=date(2031, 12, 31))


@st.composite
def rules(draw):
    body = draw(st.sampled_from(BODIES))
    kind = draw(
        st.sampled_from(["at_session", "next_session", "after_event", "periodic", "with_series"])
    )
    r = {"type": kind, "body": body}
    if kind == "at_session":
        r["session"] = draw(st.sampled_from([s for s in SESSIONS if s.startswith(body.lower())]))
    elif kind == "after_event":
        r["event"] = "uncsd"
        r["prep_weeks"] = draw(st.integers(0, 30))
    elif kind == "next_session":
        r["prep_weeks"] = draw(st.integers(0, 30))
    elif kind == "periodic":
        r["every_years"] = draw(st.integers(1, 6))
        r["first"] = draw(st.integers(2005, 2032))
        if draw(st.booleans()):
            r["until"] = r["first"] + draw(st.integers(0, 20))
    else:
        r["series"] = "review"
        r["prep_weeks"] = draw(st.integers(0, 10))
    return r


@st.composite
def mandates(draw):
    effect = draw(st.sampled_from(["add", "add", "replace", "terminate", "defer", "merge"]))
    report = draw(st.sampled_from(REPORTS))
    m = {"report": report, "effect": effect}
    if effect in ("add", "replace") or draw(st.booleans()):
        m["rule"] = draw(rules())
    if effect == "defer":
        a, b = draw(st.lists(st.sampled_from(SESSIONS), min_size=2, max_size=2, unique=True))
        m["from_session"], m["to_session"] = a, b
    if effect == "terminate" and draw(st.booleans()):
        m["from_session"] = draw(st.sampled_from(SESSIONS))
    if effect == "merge":
        # merges only go "down" the report list, so random plans never hold a cycle
        if report == REPORTS[-1]:
            m["effect"] = "terminate"
        else:
            m["into"] = draw(st.sampled_from(REPORTS[REPORTS.index(report) + 1 :]))
    return m


@st.composite
def plans(draw):
    decisions = []
    for i in range(draw(st.integers(0, 8))):
        adopted = draw(days)
        d = {
            "symbol": f"E/DEC/{adopted.year}/{i}",
            "body": draw(st.sampled_from(BODIES)),
            "adopted": adopted.isoformat(),
            "status": draw(st.sampled_from(["adopted", "adopted", "draft", "withdrawn"])),
            "mandates": draw(st.lists(mandates(), max_size=4)),
        }
        if draw(st.booleans()):
            d["effective"] = (adopted + timedelta(days=draw(st.integers(0, 400)))).isoformat()
        decisions.append(d)
    tracking = [
        {"report": r, "session": s, "word_estimate": w}
        for r, s, w in draw(
            st.lists(
                st.tuples(
                    st.sampled_from(REPORTS), st.sampled_from(SESSIONS), st.integers(0, 12000)
                ),
                max_size=4,
                unique_by=lambda t: (t[0], t[1]),
            )
        )
    ]
    return doc(decisions=decisions, tracking=tracking)


options = st.builds(
    RecalcOptions,
    as_of=st.none() | days,
    with_drafts=st.booleans(),
    today=days,
)

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(plans(), options)
def test_recalculation_is_deterministic_and_consistent(document, opts):
    plan = plan_from_json(document)
    first = recalculate(plan, opts)
    again = recalculate(plan_from_json(json.loads(json.dumps(document))), opts)
    assert first == again
    engine = Engine(plan, opts)
    sessions = engine.calendar.sessions
    keys = [r.key for r in first.requirements]
    assert len(keys) == len(set(keys))
    assert [r.sort_key for r in first.requirements] == sorted(
        r.sort_key for r in first.requirements
    )
    for r in first.requirements:
        s = sessions[r.session]
        assert s.body == r.body
        assert r.submission_due <= r.issuance_due <= r.session_start
        assert r.mandated_by, r
    for d in first.diagnostics:
        assert d.level in ("error", "warning", "info") and d.code and d.message


@FAST
@given(plans())
def test_every_requirement_is_at_a_body_some_rule_names(document):
    plan = plan_from_json(document)
    result = recalculate(plan, RecalcOptions(with_drafts=True, today=date(2020, 1, 1)))
    named = {m.rule.body for d in plan.decisions for m in d.mandates if m.rule is not None}
    deferred_to = {m.to_session for d in plan.decisions for m in d.mandates if m.to_session}
    for r in result.requirements:
        assert r.body in named or r.session in deferred_to


@FAST
@given(plans())
def test_export_import_export_is_identical(document):
    once = plan_to_json(plan_from_json(document))
    assert plan_to_json(plan_from_json(json.loads(json.dumps(once)))) == once


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=10,
)


@FAST
@given(
    st.sampled_from(
        [
            "bodies",
            "sessions",
            "session_series",
            "events",
            "event_series",
            "reports",
            "decisions",
            "tracking",
        ]
    ),
    st.integers(0, 5),
    json_values,
)
def test_importer_never_crashes_on_mangled_input(section, index, junk):
    """Replacing any part of a valid plan with junk is either accepted or a PlanFormatError."""
    document = doc(
        decisions=[{"symbol": "A/RES/1", "body": "GA", "adopted": "2011-01-01", "mandates": []}]
    )
    items = document[section]
    if items:
        target = items[index % len(items)]
        key = sorted(target)[index % len(target)]
        target[key] = junk
    else:
        document[section] = junk
    try:
        plan_from_json(document)
    except PlanFormatError as exc:
        assert str(exc)


def test_base_plan_is_valid():
    assert plan_from_json(BASE).reports
