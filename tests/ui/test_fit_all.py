"""Fit All shows everything the timeline draws, decisions adopted long before included."""

from __future__ import annotations

from datetime import date


def test_fit_all_shows_every_decision(window):
    window.timeline.fit_all()
    vp = window.timeline.vp
    for d in window.workspace.plan.decisions:
        assert vp.left_day < d.adopted.toordinal() < vp.right_day, d.symbol
    symbol = "A/RES/57/270 B"
    adopted = next(d.adopted for d in window.workspace.plan.decisions if d.symbol == symbol)
    assert adopted < date(2004, 1, 1)


def test_fit_all_follows_a_decision_added_earlier(window):
    from planner.app import edits

    plan = window.workspace.plan
    new = edits.put_decision(
        plan,
        {
            "symbol": "A/RES/40/1",
            "body": "GA",
            "adopted": "1985-10-01",
            "effective": None,
            "status": "adopted",
            "title": "An old one",
            "notes": "",
            "mandates": [],
        },
    )
    window.editing.commit(new, "Add A/RES/40/1")
    window.timeline.fit_all()
    assert window.timeline.vp.left_day < date(1985, 10, 1).toordinal()
