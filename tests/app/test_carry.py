"""An edit carried onto a plan that moved on: only its records change."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st
from paths import SEED_PLAN

from planner.app.carry import carry_edit
from planner.app.documents import read_plan

PLAN = read_plan(SEED_PLAN)
N = len(PLAN.decisions)


def retitled(plan, index, title):
    decisions = list(plan.decisions)
    decisions[index] = decisions[index]._replace(title=title)
    return replace(plan, decisions=tuple(decisions))


def test_on_an_unmoved_plan_the_edit_is_itself():
    new = retitled(PLAN, 0, "x")
    assert carry_edit(PLAN, PLAN, new) is new


@given(st.integers(0, N - 1), st.integers(0, N - 1), st.booleans())
def test_others_records_stay_and_the_edits_records_take_its_values(mine, theirs, removes):
    others = retitled(PLAN, theirs, "theirs")
    new = (
        replace(PLAN, decisions=PLAN.decisions[:mine] + PLAN.decisions[mine + 1 :])
        if removes
        else retitled(PLAN, mine, "mine")
    )
    carried = carry_edit(others, PLAN, new)
    by_symbol = {d.symbol: d for d in carried.decisions}
    symbol = PLAN.decisions[mine].symbol
    if removes:
        assert symbol not in by_symbol
    else:
        assert by_symbol[symbol].title == "mine"
    if theirs != mine:
        assert by_symbol[PLAN.decisions[theirs].symbol].title == "theirs"
    assert carried.sessions is others.sessions
