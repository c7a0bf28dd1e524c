"""The window's side of a team plan (no widgets): others' edits come in recalculated, a
conflict shows the newer state, the history can undo anyone's edit."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_team_conflicts import _news, retitled

from planner.app.team import history, poll_others, undo_entry
from planner.app.workspace import Workspace
from planner.store.address import parse_location
from planner.store.errors import PlanConflictError


@pytest.fixture
def two(team_url):
    address = parse_location(team_url)
    a, b = Workspace.open(address), Workspace.open(address)
    yield a, b
    a.close()
    b.close()


def test_others_edits_come_in_recalculated_like_ones_own(two):
    alice, bob = two
    seen = []
    bob.listeners.append(seen.append)
    i = next(i for i, d in enumerate(alice.plan.decisions) if d.mandates)
    d = alice.plan.decisions[i]
    withdrawn = d._replace(status=type(d.status)("withdrawn"))
    decisions = list(alice.plan.decisions)
    decisions[i] = withdrawn
    alice.apply(replace(alice.plan, decisions=tuple(decisions)), "withdraw")
    assert _news(bob.store)
    change = bob.take_in_others()
    assert change is not None and seen == [change]
    assert bob.plan == alice.plan
    assert bob.result().requirements == alice.result().requirements
    assert poll_others(bob) is None


def test_a_conflict_refuses_and_the_window_shows_the_newer_state(two):
    alice, bob = two
    alice.apply(retitled(alice.plan, 0, "Alice"), "alice")
    with pytest.raises(PlanConflictError, match="changed by postgres"):
        bob.apply(retitled(bob.plan, 0, "Bob"), "bob")
    assert bob.plan.decisions[0].title == "Alice"


def test_undoing_another_officers_edit_is_an_audited_edit(two):
    alice, bob = two
    old = alice.plan.decisions[0].title
    alice.apply(retitled(alice.plan, 0, "Alice"), "alice retitles")
    bob.take_in_others()
    entry = history(bob)[0]
    assert entry.description == "alice retitles"
    undo_entry(bob, entry)
    assert bob.plan.decisions[0].title == old
    latest = history(bob)[0]
    assert latest.description.startswith("Undo postgres's edit: alice retitles")
    assert latest.records[0].before is not None and '"Alice"' in latest.records[0].before
