"""Greedy label placement: never an overlap, never a label over a marker, every marker
named or counted, the most important named first."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from planner.timeline.labels import (
    NEXT_DUE,
    OTHER,
    OVERDUE,
    PAD,
    SELECTED,
    Stack,
    place,
    place_line,
)


def _boxes(stacks, placed, badges):
    boxes = []
    for lab in placed:
        boxes.append((lab.line, lab.x, lab.x + lab.width))
    for b in badges:
        boxes.append((b.line, b.x, b.x + b.width))
    return boxes


markers = st.lists(
    st.tuples(
        st.floats(0, 2000, allow_nan=False),  # position
        st.integers(1, 8),  # requirements under it
        st.lists(st.floats(0, 160, allow_nan=False), min_size=1, max_size=5),  # label widths
        st.sampled_from([SELECTED, OVERDUE, NEXT_DUE, OTHER, OTHER, OTHER]),
    ),
    max_size=60,
)


@given(markers)
def test_stacked_labels_and_badges_never_overlap_and_count_every_marker(found):
    found.sort(key=lambda t: t[0])
    stacks = []
    for x, count, widths, prio in found:
        shown = widths[: min(count, 5)]
        stacks.append(
            Stack(x - 4.6, x + 4.6, ["t"] * len(shown), shown, [prio] * len(shown), count)
        )
    placed, badges = place(stacks, 0.0, 2100.0, lambda n: 8.0 + 6 * len(str(n)))
    boxes = _boxes(stacks, placed, badges)
    for i, (line, a0, a1) in enumerate(boxes):
        for line2, b0, b1 in boxes[i + 1 :]:
            assert line != line2 or a1 <= b0 + 1e-6 or b1 <= a0 + 1e-6
        for s in stacks:  # no text over a marker of its line
            if line < len(s.widths):
                assert a1 <= s.left + 1e-6 or a0 >= s.right - 1e-6 or a1 - a0 == 0
    assert len(placed) + sum(b.unnamed for b in badges) == sum(s.count for s in stacks)


@given(markers)
def test_one_line_placement_keeps_the_same_promises(found):
    found.sort(key=lambda t: t[0])
    lefts = [x - 4.6 for x, *_ in found]
    rights = [x + 4.6 for x, *_ in found]
    widths = [w[0] for _x, _c, w, _p in found]
    prios = [p for *_, p in found]
    counts = [c for _x, c, _w, _p in found]
    placed, badges, _ = place_line(
        lefts, rights, widths, prios, 0.0, 2100.0, counts=counts, badge_width=lambda n: 14.0
    )
    spans = sorted([(p.x, p.x + p.width) for p in placed] + [(b.x, b.x + b.width) for b in badges])
    for (_a0, a1), (b0, _b1) in pairwise(spans):
        assert a1 <= b0 + 1e-6
    for a0, a1 in spans:
        for left, right in zip(lefts, rights, strict=True):
            assert a1 <= left + 1e-6 or a0 >= right - 1e-6 or a1 == a0
    assert len([p for p in placed if widths[p.stack] > 0]) + sum(b.unnamed for b in badges) == sum(
        counts
    )


def test_the_selected_label_wins_the_gap_over_its_neighbour():
    # two markers with room for one 90 px label between them, none elsewhere
    stacks = [
        Stack(0, 10, ["left"], [90.0], [OTHER]),
        Stack(110, 120, ["right"], [90.0], [SELECTED]),
    ]
    placed, _ = place(stacks, 0.0, 150.0)
    assert [(p.stack, p.x) for p in placed] == [(1, 110 - PAD - 90.0)]  # before its marker
    placed, _ = place(
        [Stack(0, 10, ["a"], [90.0], [OTHER]), Stack(110, 120, ["b"], [90.0], [OTHER])], 0, 150
    )
    assert [p.stack for p in placed] == [0]  # left to right otherwise


def test_a_badge_that_does_not_fit_joins_the_next():
    stacks = [Stack(0, 10, [""], [0.0], [OTHER], 2), Stack(14, 24, [""], [0.0], [OTHER], 3)]
    _, badges = place(stacks, 0, 400, lambda n: 12.0)
    assert [(b.unnamed, b.stacks) for b in badges] == [(5, (0, 1))]
