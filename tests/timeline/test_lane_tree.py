"""The lane tree of bodies is built without recursion, however deep the parents go."""

from __future__ import annotations

from planbuilder import BASE, plan

from planner.domain.engine import Engine
from planner.timeline.data import TimelineData


def test_a_chain_of_five_thousand_parent_bodies_gets_its_depths():
    # a recursive walk raised RecursionError past about a thousand levels
    chain = [
        {"id": f"B{i}", "name": f"Body {i}", "parent": f"B{i - 1}" if i else "ECOSOC"}
        for i in range(5000)
    ]
    p = plan(bodies=[*BASE["bodies"], *chain])
    engine = Engine(p)
    data = TimelineData.build(p, engine.calendar, engine.result())
    assert data.lanes["B4999"].depth == 5000
    assert data.lanes["ECOSOC"].depth == 0
    assert data.lanes["B0"].children == ("B1",)
