"""Labels in exports of the benchmark plan (×0.1: 40 bodies, 1,200 decisions): no two
labels overlap, and every requirement marker is labelled or counted in a "+N" badge."""

from __future__ import annotations

from datetime import date

import pytest
from overlaps import overlapping, unaccounted
from paths import DEFAULT_PLAN
from PySide6.QtGui import QImage, QPainter

from benchmarks.generate import generate
from planner.app.documents import read_plan
from planner.app.workspace import Workspace
from planner.domain.results import RecalcOptions
from planner.export.image import ImageOptions, compose
from planner.store.interchange import plan_from_json
from planner.timeline.frame import DecisionSel, PaintRecord
from planner.timeline.scene import TimelineScene

TODAY = date(2026, 11, 27)


@pytest.fixture(scope="module")
def bench_scene(qapp):
    plan = plan_from_json(generate(0.1))
    return TimelineScene(Workspace.in_memory(plan, RecalcOptions(today=TODAY)))


def painted(scene: TimelineScene, options: ImageOptions) -> PaintRecord:
    comp = compose(scene, options)
    image = QImage(comp.width, min(comp.height, 6000), QImage.Format.Format_RGB32)
    record = PaintRecord()
    painter = QPainter(image)
    try:
        comp.paint(painter, record)
    finally:
        painter.end()
    return record


EXPORTS = {
    "default": ImageOptions(today=TODAY),
    "decade at 4000 px": ImageOptions(2020, 2029, 4000, today=TODAY),
    "email 1200 px": ImageOptions(2012, 2030, 1200, today=TODAY),
    "two years (one marker each)": ImageOptions(2025, 2026, 2400, today=TODAY),
    "one year, deadlines": ImageOptions(2026, 2026, 3000, today=TODAY),
    "forty years": ImageOptions(2012, 2050, 1920, today=TODAY),
}


@pytest.mark.parametrize("name", list(EXPORTS))
def test_no_two_labels_overlap_and_every_marker_is_named_or_counted(bench_scene, name):
    record = painted(bench_scene, EXPORTS[name])
    assert record.drawn, "nothing drawn"
    assert not overlapping(record.labels)
    assert not unaccounted(record)
    assert not (record.named & record.badged)


def test_a_selected_decision_keeps_the_promises(bench_scene):
    symbol = next(
        d.symbol for d in bench_scene.data.decisions.items if d.adopted.year == 2024 and d.mandates
    )
    record = painted(
        bench_scene,
        ImageOptions(2022, 2028, 2400, today=TODAY, selection=DecisionSel(symbol)),
    )
    assert not overlapping(record.labels) and not unaccounted(record)
    assert any(lab.text == symbol for lab in record.labels if lab.kind == "decision")


def test_two_reports_at_one_session_show_a_count_in_the_default_export():
    """ECOSOC 2012 has two reports with drafts on: far out they share one dot, and the
    picture says so (the dot used to hide the second report)."""
    plan = read_plan(DEFAULT_PLAN)
    scene = TimelineScene(Workspace.in_memory(plan, RecalcOptions(with_drafts=True, today=TODAY)))
    record = painted(scene, ImageOptions(2012, 2030, 2400, today=TODAY))
    at_2012 = {k for k in record.drawn if k[1] == "ecosoc-2012"}
    assert len(at_2012) == 2
    assert at_2012 <= record.named | record.badged
    assert at_2012 & record.badged  # one named, the other counted: "+1"
    # and the report line is named where there is room
    assert any(lab.text == "Integrated follow-up" for lab in record.labels)


def test_the_timeline_says_where_projections_end():
    plan = read_plan(DEFAULT_PLAN)
    scene = TimelineScene(Workspace.in_memory(plan, RecalcOptions(today=TODAY)))
    horizon = scene.data.horizon
    assert horizon is not None and horizon.year == TODAY.year + plan.horizon_years
    shown = painted(scene, ImageOptions(horizon.year - 3, horizon.year + 2, 2400, today=TODAY))
    assert "projections end" in {lab.text for lab in shown.labels}
    before = painted(scene, ImageOptions(2012, 2030, 2400, today=TODAY))
    assert "projections end" not in {lab.text for lab in before.labels}
