"""A frame's hits (string kinds, for speed) become typed selections in one place."""

from __future__ import annotations

from planner.timeline.painter import (
    BadgeKey,
    DecisionSel,
    EventSel,
    Hit,
    RequirementSel,
    SessionSel,
    hit_selection,
)


def hit(kind: str, key: object) -> Hit:
    return Hit(0.0, 0.0, 1.0, 1.0, kind, key)


def test_each_selectable_hit_becomes_its_own_type():
    assert hit_selection(hit("requirement", ("sg-report", "ga-2020"))) == RequirementSel(
        "sg-report", "ga-2020"
    )
    assert hit_selection(hit("decision", "A/RES/70/1")) == DecisionSel("A/RES/70/1")
    assert hit_selection(hit("session", "ecosoc-2012")) == SessionSel("ecosoc-2012")
    assert hit_selection(hit("event", "uncsd-2012")) == EventSel("uncsd-2012")


def test_lanes_twisties_and_badges_select_nothing():
    badge = BadgeKey("ecosoc", ("ecosoc-2012",), frozenset())
    for h in (hit("lane", "ecosoc"), hit("twisty", "ecosoc"), hit("badge", badge)):
        assert hit_selection(h) is None


def test_kinds_with_equal_keys_are_different_selections():
    # a session and an event may share an id; the old (kind, key) pair told them apart
    # by a string, the types do it by themselves
    assert SessionSel("x") != EventSel("x")
    assert RequirementSel("r", "s").key == ("r", "s")
