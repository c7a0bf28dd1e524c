"""The Qt binding must not corrupt Python's reference counts while painting.

PySide6-Essentials 6.12.0 drops a reference to None on every void call; on
Python 3.11 the process aborts after a few thousand calls (a few frames of the
timeline). This test fails on such a binding instead of a user losing the app.
"""

from __future__ import annotations

import sys
from datetime import date

from paths import DEFAULT_PLAN

from planner.app.documents import read_plan
from planner.app.workspace import Workspace
from planner.domain.results import RecalcOptions
from planner.timeline.scene import TimelineScene


def test_painting_keeps_none_refcount_stable(qapp):
    ws = Workspace.in_memory(
        read_plan(DEFAULT_PLAN), RecalcOptions(with_drafts=True, today=date(2026, 11, 27))
    )
    scene = TimelineScene(ws)
    vp = scene.default_viewport(1200, 600)
    options = scene.paint_options()
    scene.render(vp, options)  # warm caches first
    before = sys.getrefcount(None)
    for _ in range(5):
        scene.render(vp, options)
    assert abs(sys.getrefcount(None) - before) < 200
