"""Many writers, nothing lost: versions refuse a stale edit; others' edits come in."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.domain.model import Plan
from planner.store.address import parse_location
from planner.store.errors import PlanConflictError
from planner.store.team import TeamStore


def retitled(plan: Plan, index: int, title: str) -> Plan:
    d = plan.decisions[index]
    decisions = list(plan.decisions)
    decisions[index] = d._replace(title=title)
    return replace(plan, decisions=tuple(decisions))


def test_a_stale_edit_is_refused_naming_who_changed_the_record_and_nothing_is_written(team_url):
    address = parse_location(team_url)
    with TeamStore.open(address) as alice, TeamStore.open(address) as bob:
        symbol = alice.plan.decisions[0].symbol
        alice.save(retitled(alice.plan, 0, "Alice's title"), "alice edits")
        bobs = retitled(bob.plan, 0, "Bob's title")
        bobs = replace(bobs, title="Bob's plan title")  # a second record in the same edit
        with pytest.raises(PlanConflictError) as refused:
            bob.save(bobs, "bob edits")
        message = str(refused.value)
        assert f"decision {symbol}: changed by postgres at " in message
        assert refused.value.conflicts[0][1] == "postgres"
        bob.reload()
        assert bob.plan.decisions[0].title == "Alice's title"
        assert bob.plan.title == alice.plan.title  # the other record was not written either
        bob.save(retitled(bob.plan, 0, "Bob's title"), "bob again")  # on the newer state: fine
        assert bob.plan.decisions[0].title == "Bob's title"


def test_a_record_removed_or_added_meanwhile_is_a_conflict_too(team_url):
    address = parse_location(team_url)
    with TeamStore.open(address) as alice, TeamStore.open(address) as bob:
        gone = alice.plan.decisions[-1]
        alice.save(replace(alice.plan, decisions=alice.plan.decisions[:-1]), "remove")
        with pytest.raises(PlanConflictError, match="changed by postgres"):
            bob.save(retitled(bob.plan, len(bob.plan.decisions) - 1, "x"), "edit")
        bob.reload()
        alice.save(replace(alice.plan, decisions=(*alice.plan.decisions, gone)), "add")
        with pytest.raises(PlanConflictError, match=f"decision {gone.symbol}: changed by"):
            bob.save(replace(bob.plan, decisions=(*bob.plan.decisions, gone)), "add too")


def test_others_edits_are_announced_and_read_incrementally(team_url):
    address = parse_location(team_url)
    with TeamStore.open(address) as alice, TeamStore.open(address) as bob:
        assert not bob.poll()
        before = bob.plan
        alice.save(retitled(alice.plan, 1, "Announced"), "alice edits")
        assert not alice.poll()  # one's own edit is no news
        assert _news(bob)
        after = bob.refresh()
        assert after is not None and after.decisions[1].title == "Announced"
        assert after == alice.plan
        # only the changed record is a new value: the rest is shared (incremental recalc)
        assert after.decisions[0] is before.decisions[0]
        assert after.sessions is before.sessions
        assert bob.refresh() is None
        bob.save(retitled(bob.plan, 1, "Bob builds on it"), "bob")  # versions are current


def _news(store: TeamStore) -> bool:
    """Notifications arrive on commit; a bounded wait for them (no timing asserted)."""
    import time

    for _ in range(100):
        if store.poll():
            return True
        time.sleep(0.02)
    return False


def test_records_added_and_removed_by_others_come_in_too(team_url):
    address = parse_location(team_url)
    with TeamStore.open(address) as alice, TeamStore.open(address) as bob:
        plan = alice.plan
        new = plan.decisions[1]._replace(symbol="A/RES/99/2", title="Added by Alice")
        alice.save(replace(plan, decisions=(*plan.decisions[2:], new)), "add one, remove two")
        assert _news(bob)
        assert bob.refresh() == alice.plan
        alice.save(retitled(alice.plan, 0, "then a change"), "change")
        assert _news(bob)
        assert bob.refresh() == alice.plan
        bob.save(retitled(bob.plan, len(bob.plan.decisions) - 1, "Bob on the new one"), "bob")


def test_a_large_edit_with_one_stale_record_is_refused_whole(team_url):
    """Many decisions rewritten at once (an offline copy brought back) are removed in
    batches at the versions read: the one another officer changed meanwhile is named, and
    none of the others is written."""
    address = parse_location(team_url)
    with TeamStore.open(address) as alice, TeamStore.open(address) as bob:
        first = alice.plan.decisions[0]
        extra = tuple(first._replace(symbol=f"E/DEC/2030/{n}") for n in range(30))
        alice.save(replace(alice.plan, decisions=(*alice.plan.decisions, *extra)), "add 30")
        bob.reload()
        stale = bob.plan.decisions[-7].symbol
        alice.save(retitled(alice.plan, -7, "Alice was first"), "alice edits one")
        everything = bob.plan
        for index in range(-30, 0):
            everything = retitled(everything, index, f"Bob's title {index}")
        with pytest.raises(PlanConflictError) as refused:
            bob.save(everything, "bob rewrites 30")
        assert f"decision {stale}: changed by postgres at " in str(refused.value)
        assert len(refused.value.conflicts) == 1
        bob.reload()
        titles = [d.title for d in bob.plan.decisions[-30:]]
        assert titles.count("Alice was first") == 1
        assert not any(t.startswith("Bob's title") for t in titles)
        bob.save(retitled(bob.plan, -1, "Bob, on the newer state"), "bob again")
        assert bob.plan.decisions[-1].title == "Bob, on the newer state"
