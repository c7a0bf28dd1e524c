"""Incremental recalculation equals a full one after any sequence of edits (issue 4)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.generate import generate
from planner.domain.engine import Engine, recalculate
from planner.domain.model import (
    DecisionStatus,
    Effect,
    Mandate,
    NextSession,
    Plan,
    Tracking,
    TrackingStatus,
)
from planner.domain.results import RecalcOptions
from planner.store.interchange import plan_from_json

OPTIONS = RecalcOptions(with_drafts=True, today=date(2026, 11, 27))


@cache
def small_plan() -> Plan:
    return plan_from_json(generate(scale=0.01))


def test_generated_plan_is_valid_at_small_scale_and_has_every_rule_and_effect():
    plan = small_plan()
    doc = generate(scale=0.01)
    assert doc == generate(scale=0.01)  # deterministic
    assert len(plan.bodies) >= 4 and len(plan.decisions) == 120
    assert sum(len(d.mandates) for d in plan.decisions) == 400
    rules = {m.rule.type for d in plan.decisions for m in d.mandates if m.rule}
    effects = {m.effect for d in plan.decisions for m in d.mandates}
    assert rules == {"at_session", "next_session", "after_event", "periodic", "with_series"}
    assert effects == set(Effect)
    assert {d.status for d in plan.decisions} == set(DecisionStatus)
    assert recalculate(plan, OPTIONS).requirements


def _swap(plan: Plan, index: int, new) -> Plan:
    ds = plan.decisions
    return replace(
        plan, decisions=ds[:index] + ((new,) if new is not None else ()) + ds[index + 1 :]
    )


def apply_edit(plan: Plan, kind: str, pick: int, days: int) -> Plan:
    ds = plan.decisions
    i = pick % len(ds)
    d = ds[i]
    if kind == "move-date":
        return _swap(plan, i, d._replace(adopted=d.adopted + timedelta(days=days)))
    if kind == "status":
        statuses = list(DecisionStatus)
        return _swap(plan, i, d._replace(status=statuses[(statuses.index(d.status) + 1) % 3]))
    if kind == "remove":
        return _swap(plan, i, None)
    if kind == "add":
        report = plan.reports[pick % len(plan.reports)].id
        body = plan.bodies[pick % len(plan.bodies)].id
        extra = d._replace(
            symbol=f"E/DEC/NEW/{pick}/{days}",
            mandates=(Mandate(report, Effect.ADD, NextSession(body)),),
        )
        if any(x.symbol == extra.symbol for x in ds):
            return plan
        return replace(plan, decisions=(*ds, extra))
    if kind == "terminate":
        if not d.mandates:
            return plan
        m = d.mandates[0]
        return _swap(
            plan, i, d._replace(mandates=(Mandate(m.report, Effect.TERMINATE), *d.mandates[1:]))
        )
    if kind == "tracking":
        report = plan.reports[pick % len(plan.reports)].id
        session = f"s-{plan.bodies[pick % len(plan.bodies)].id.lower()}-{2012 + pick % 30}"
        t = Tracking(report, session, TrackingStatus.SUBMITTED, word_estimate=9000)
        if any(x.key == t.key for x in plan.tracking):
            return replace(plan, tracking=tuple(x for x in plan.tracking if x.key != t.key))
        return replace(plan, tracking=(*plan.tracking, t))
    if kind == "word-limit":
        r = plan.reports[pick % len(plan.reports)]
        reports = tuple(replace(x, word_limit=100) if x is r else x for x in plan.reports)
        return replace(plan, reports=reports)
    raise AssertionError(kind)


edits = st.lists(
    st.tuples(
        st.sampled_from(
            ["move-date", "status", "remove", "add", "terminate", "tracking", "word-limit"]
        ),
        st.integers(0, 10_000),
        st.integers(-800, 800),
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits)
def test_incremental_equals_full_after_random_edits(steps):
    plan = small_plan()
    engine = Engine(plan, OPTIONS)
    engine.result()
    for kind, pick, days in steps:
        before = engine.result()
        plan = apply_edit(plan, kind, pick, days)
        change = engine.update(plan)
        after = engine.result()
        full = recalculate(plan, OPTIONS)
        assert after.requirements == full.requirements
        assert sorted(after.diagnostics, key=repr) == sorted(full.diagnostics, key=repr)
        assert sorted(after.displaced) == sorted(full.displaced)
        old_keys = {r.key for r in before.requirements}
        new_keys = {r.key for r in after.requirements}
        assert {r.key for r in change.added} == new_keys - old_keys
        assert {r.key for r in change.removed} == old_keys - new_keys
