"""Lane headers show the whole name, acronym and full name, wrapped between words."""

from __future__ import annotations

import pytest
from paths import DEFAULT_PLAN

from planner.app.documents import read_plan
from planner.app.workspace import Workspace
from planner.timeline.scene import TimelineScene
from planner.timeline.text import TextStyle, fonts_for, header_indent


@pytest.mark.parametrize("style", [TextStyle(), TextStyle(font_scale=2.3, mark_scale=2.8)])
def test_every_lane_shows_its_whole_name_within_the_header(qapp, style):
    plan = read_plan(DEFAULT_PLAN)
    scene = TimelineScene(Workspace.in_memory(plan))
    scene.set_text_style(style)
    rows = {r.key: r for r in scene.rows()}
    width = scene.metrics().header_width
    fonts = fonts_for(style)
    for body in plan.bodies:
        row = rows[body.id]
        assert " ".join(row.lines) == f"{body.id} — {body.name}"  # nothing cut or elided
        room = width - header_indent(row.depth, style.size)
        for i, line in enumerate(row.lines):
            metrics = fonts.bold_metrics if i == 0 and row.depth == 0 else fonts.header_metrics
            assert metrics.horizontalAdvance(line) <= room
        assert row.height >= len(row.lines) * scene.metrics().header_line


def test_a_long_name_wraps_and_its_lane_grows(qapp):
    plan = read_plan(DEFAULT_PLAN)
    scene = TimelineScene(Workspace.in_memory(plan))
    hlpf = next(r for r in scene.rows() if r.key == "HLPF")
    assert hlpf.lines[0].startswith("HLPF — ") and len(hlpf.lines) >= 2
    assert " ".join(hlpf.lines).endswith("(under ECOSOC)")  # whole, cut only between words
