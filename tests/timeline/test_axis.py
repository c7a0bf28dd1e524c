"""The time axis: every label whole, and the year always said."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from paths import DEFAULT_PLAN

from planner.app.documents import read_plan
from planner.app.workspace import Workspace
from planner.timeline.geometry import (
    HEADER_WIDTH,
    Viewport,
    axis_labels,
    axis_ticks,
    axis_unit,
    clamp_ppd,
)
from planner.timeline.scene import TimelineScene


def measure(text: str, bold: bool) -> float:
    return len(text) * (8.0 if bold else 7.0)


@settings(max_examples=300, deadline=None)
@given(
    left=st.integers(date(1990, 1, 1).toordinal(), date(2045, 1, 1).toordinal()),
    ppd=st.floats(0.01, 40.0),
    width=st.integers(700, 3000),
)
def test_labels_are_whole_apart_and_say_the_year(left, ppd, width):
    vp = Viewport(left_day=left, px_per_day=1.0, top=0, width=width, height=400)
    vp = Viewport(left, clamp_ppd(ppd, vp.content_width), 0, width, 400)
    unit = axis_unit(vp.px_per_day)
    labels = axis_labels(axis_ticks(vp.left_day, vp.right_day, vp.px_per_day), unit, vp, measure)
    for a in labels:
        assert a.left >= HEADER_WIDTH and a.left + a.width <= width, (a, unit)
    for a, b in pairwise(labels):
        assert a.left + a.width <= b.left, (a, b)
    if unit in ("quarter", "month", "week"):
        year = date.fromordinal(left).year
        first = labels[0]
        assert str(year) in first.text or str(year + 1) in first.text, (labels[:3], unit)


@pytest.fixture(scope="module")
def scene(qapp):
    return TimelineScene(Workspace.in_memory(read_plan(DEFAULT_PLAN)))


@pytest.mark.parametrize(
    ("first", "last"),
    [
        (date(2011, 10, 1), date(2030, 12, 31)),  # as the window opens
        (date(2008, 7, 1), date(2031, 1, 1)),
        (date(2015, 3, 20), date(2016, 2, 1)),
        (date(2015, 6, 20), date(2015, 8, 1)),
    ],
)
def test_no_label_is_cut_at_the_left_edge(scene, first, last):
    """A year label centred in a year that started off screen used to show as "'09"."""
    vp = Viewport(0, 1.0, 0, 1366, 200).showing(first.toordinal(), last.toordinal())
    opts = scene.paint_options(today=date(2026, 11, 27))
    image = scene.render(vp, opts)
    background = image.pixelColor(int(HEADER_WIDTH) + 1, 2)
    x = int(HEADER_WIDTH) + 1
    text_band = range(3, int(vp.axis_height) - 13)
    assert all(image.pixelColor(x, y) == background for y in text_band)


def test_large_type_still_says_the_years():
    """On a slide the years are wider than a year: every other one is shown (none were)."""
    vp = Viewport(0, 1.0, 0, 1920, 400, header_width=340.0, axis_height=90.0)
    vp = vp.showing(date(2012, 1, 1).toordinal(), date(2030, 12, 31).toordinal())
    unit = axis_unit(vp.px_per_day)
    labels = axis_labels(
        axis_ticks(vp.left_day, vp.right_day, vp.px_per_day), unit, vp, lambda t, b: len(t) * 25.0
    )
    years = [int(a.text) for a in labels]
    assert len(years) >= 8 and years[0] == 2012  # not 2011 at 2012's place
    for a, b in pairwise(labels):
        assert a.left + a.width <= b.left


@pytest.mark.parametrize("width", [850, 920, 1000, 1100, 1366])
def test_a_decade_keeps_its_label_when_the_years_are_crowded(width):
    """At 1366×768 in Arabic "2020" was the one year left out."""
    vp = Viewport(0, 1.0, 0, width, 400).showing(
        date(2011, 10, 1).toordinal(), date(2030, 12, 31).toordinal()
    )
    ticks = axis_ticks(vp.left_day, vp.right_day, vp.px_per_day)
    texts = [a.text for a in axis_labels(ticks, axis_unit(vp.px_per_day), vp, measure)]
    assert "2020" in texts


def test_crowded_years_still_say_every_other_year():
    """At 1366×768 with the docks open (about 33 px a year) only "2020" was written."""
    vp = Viewport(0, 1.0, 0, 900, 400, header_width=260.0).showing(
        date(2011, 10, 1).toordinal(), date(2030, 12, 31).toordinal()
    )
    assert 25 < vp.px_per_day * 365.25 < 40
    ticks = axis_ticks(vp.left_day, vp.right_day, vp.px_per_day)
    labels = axis_labels(ticks, axis_unit(vp.px_per_day), vp, measure)
    assert len(labels) >= 6 and "2020" in [a.text for a in labels]
