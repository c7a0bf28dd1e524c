"""Where the labels of a lane go: greedy placement without overlap, most important first,
and "+N" badges that count every marker left unnamed. No Qt: numbers in, boxes out.

A lane is a set of horizontal *lines* (the session bars, or the first, second, …
marker under each session). In a line, labels live in the gaps between markers: a
label takes the free space right after its marker, or else right before it, so two
labels never overlap and no label covers a marker. Requirements are placed in order
of priority (selected, overdue, next due, others), each group left to right.
A stack whose markers are not all named gets a badge after its lowest marker; where
there is no room, its count is carried to the next stack's badge.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import NamedTuple

PAD = 2.0  # between a marker and its label, and between neighbours

SELECTED, OVERDUE, NEXT_DUE, OTHER = range(4)  # label priorities, most important first


class LabelLine:
    """One line of markers, added left to right; `right` and `left` hand out room in the
    gaps between them."""

    __slots__ = ("_hi", "_lefts", "_lo", "_rights", "end", "start")

    def __init__(self, start: float, end: float) -> None:
        self.start, self.end = start, end
        self._lefts: list[float] = []
        self._rights: list[float] = []
        self._lo: list[float] = []
        self._hi: list[float] = []

    def add(self, left: float, right: float) -> int:
        """A marker occupying [left, right]; returns its index in the line."""
        self._lefts.append(left)
        self._rights.append(right)
        return len(self._lefts) - 1

    def finish(self) -> None:
        """Compute the gaps once every marker is in: gap g + 1 follows marker g (gap 0
        comes before the first marker)."""
        lefts, rights = self._lefts, self._rights
        n = len(lefts)
        self._lo = [self.start] + [r + PAD for r in rights]
        self._hi = [lefts[j] - PAD if j < n else self.end for j in range(n + 1)]

    def right(self, j: int, width: float) -> float | None:
        """Room for `width` right after marker j: the box's left edge, or None."""
        g = j + 1
        x = self._lo[g]
        if x + width > self._hi[g]:
            return None
        self._lo[g] = x + width + PAD
        return x

    def left(self, j: int, width: float) -> float | None:
        """Room for `width` right before marker j: the box's left edge, or None."""
        x = self._hi[j] - width
        if x < self._lo[j]:
            return None
        self._hi[j] = x - PAD
        return x

    def force_right(self, j: int, width: float) -> float:
        """Right after marker j whatever the room (the last marker of a lane)."""
        g = j + 1
        x = self._lo[g]
        self._lo[g] = x + width + PAD
        return x


class Stack:
    """The markers under one session (or one marker of a decision or event): the label
    candidate of each line it shows, and how many markers it stands for in all."""

    __slots__ = ("count", "either_side", "left", "lines", "names", "priorities", "right", "widths")

    def __init__(
        self,
        left: float,
        right: float,
        names: Sequence[str],  # one per line shown, top to bottom ("" for none)
        widths: Sequence[float],
        priorities: Sequence[int],
        count: int = 1,
        either_side: bool = True,  # False: a label only after its marker (a bar's name)
    ) -> None:
        self.left, self.right = left, right
        self.names, self.widths, self.priorities = names, widths, priorities
        self.count, self.either_side = count, either_side
        self.lines: list[int] = []  # its index in each line


class Placed(NamedTuple):
    stack: int
    line: int
    x: float
    width: float


class Badge(NamedTuple):
    line: int
    x: float
    width: float
    unnamed: int  # how many markers it counts (not `count`: a tuple has a count method)
    stacks: tuple[int, int]  # the first and last stack of the run whose unnamed markers it counts


def place(
    stacks: Sequence[Stack],
    start: float,
    end: float,
    badge_width: Callable[[int], float] | None = None,
) -> tuple[list[Placed], list[Badge]]:
    """Labels and badges for stacks in left-to-right order, between x = start and end.
    Without `badge_width`, no badges (decisions and events name what fits)."""
    lines: list[LabelLine] = []
    order: list[tuple[int, int, int]] = []
    for k, s in enumerate(stacks):
        s.lines = []
        for i, w in enumerate(s.widths):
            if i == len(lines):
                lines.append(LabelLine(start, end))
            s.lines.append(lines[i].add(s.left, s.right))
            if w > 0:
                order.append((s.priorities[i], k, i))
    for line in lines:
        line.finish()
    order.sort()
    placed: list[Placed] = []
    named = [0] * len(stacks)
    for _prio, k, i in order:
        s = stacks[k]
        w = s.widths[i]
        line = lines[i]
        x = line.right(s.lines[i], w)
        if x is None and s.either_side:
            x = line.left(s.lines[i], w)
        if x is not None:
            named[k] += 1
            placed.append(Placed(k, i, x, w))
    if badge_width is None:
        return placed, []
    return placed, _badges(stacks, lines, named, badge_width)


def _badges(
    stacks: Sequence[Stack],
    lines: list[LabelLine],
    named: list[int],
    badge_width: Callable[[int], float],
) -> list[Badge]:
    """A badge after each stack's lowest marker (or before it) for what has no label;
    where neither fits, the count joins the next stack's badge."""
    badges: list[Badge] = []
    carried, carried_from = 0, []
    last = len(stacks) - 1
    for k, s in enumerate(stacks):
        unnamed = s.count - named[k]
        if unnamed <= 0 and not carried:
            continue
        total = carried + max(0, unnamed)
        if unnamed > 0:
            carried_from.append(k)
        i = len(s.lines) - 1
        line, j = lines[i], s.lines[i]
        w = badge_width(total)
        x = line.right(j, w)
        if x is None:
            x = line.left(j, w)
        if x is None and k == last:
            x = line.force_right(j, w)
        if x is None:
            carried = total
            continue
        badges.append(Badge(i, x, w, total, (carried_from[0], k)))
        carried, carried_from = 0, []
    return badges


def place_line(
    lefts: Sequence[float],
    rights: Sequence[float],
    widths: Sequence[float],
    priorities: Sequence[int],
    start: float,
    end: float,
    *,
    either_side: Sequence[bool] | None = None,
    counts: Sequence[int] | None = None,
    badge_width: Callable[[int], float] | None = None,
    below: int = 0,
    groups: Sequence[str] | None = None,
) -> tuple[list[Placed], list[Badge], set[int]]:
    """`place` for a lane of one line (a dot per session far out, the bars, decisions,
    events), on plain lists: the same rules, a fraction of the cost per marker. With
    `badge_width`, `counts` says how many markers each stands for. `below` free lines
    under the markers take the labels that do not fit beside them, each starting under
    its marker (or ending at `end`, if it would run past it); a label there also names
    the next markers of its `group` (the same report) that it runs under. Returns the labels, the badges and the markers named
    that way."""
    n = len(lefts)
    lo = [start, *(r + PAD for r in rights)]  # gap g lies between markers g - 1 and g
    hi = [*(x - PAD for x in lefts), end]
    at: list[float | None] = [None] * n
    free: list[list[tuple[float, float]]] = [[] for _ in range(below)]
    under: set[int] = set()  # named by a label below an earlier marker of their group
    candidates = [k for k in range(n) if widths[k] > 0]
    if any(priorities[k] < OTHER for k in candidates):
        candidates.sort(key=lambda k: (priorities[k], k))
    placed: list[Placed] = []
    for k in candidates:
        if k in under:
            continue
        w = widths[k]
        x = lo[k + 1]
        if x + w <= hi[k + 1]:
            lo[k + 1] = x + w + PAD
        elif (either_side is None or either_side[k]) and hi[k] - w >= lo[k]:
            x = hi[k] - w
            hi[k] = x - PAD
        elif below:
            x = max(start, min(lefts[k], end - w))  # near the end, shifted to stay in view
            line = _below(free, x, w, start, end) if x + w >= rights[k] else 0
            if line:
                placed.append(Placed(k, line, x, w))
                j = k + 1
                while groups is not None and j < n and lefts[j] < x + w:
                    if groups[j] == groups[k] and at[j] is None:
                        under.add(j)
                    j += 1
            continue
        else:
            continue
        at[k] = x
        placed.append(Placed(k, 0, x, w))
    if badge_width is None or counts is None:
        return placed, [], under
    badges: list[Badge] = []
    carried, first = 0, -1
    last = n - 1
    named = [0] * n
    for lab in placed:
        named[lab.stack] = 1
    for k in under:
        named[k] = 1
    for k in range(n):
        unnamed = counts[k] - named[k]
        if unnamed <= 0 and not carried:
            continue
        if first < 0:
            first = k
        total = carried + max(0, unnamed)
        w = badge_width(total)
        x = lo[k + 1]
        if x + w <= hi[k + 1] or k == last:
            lo[k + 1] = x + w + PAD
        else:
            x = hi[k] - w
            if x < lo[k]:
                carried = total
                continue
            hi[k] = x - PAD
        badges.append(Badge(0, x, w, total, (first, k)))
        carried, first = 0, -1
    return placed, badges, under


def _below(
    lines: list[list[tuple[float, float]]], x: float, w: float, start: float, end: float
) -> int:
    """The first free line (1-based) with room for [x, x + w], taken; 0 if none has."""
    if x < start or x + w > end:
        return 0
    for i, taken in enumerate(lines):
        j = bisect_left(taken, (x, x))
        if (j == 0 or taken[j - 1][1] + PAD <= x) and (
            j == len(taken) or x + w + PAD <= taken[j][0]
        ):
            taken.insert(j, (x, x + w))
            return i + 1
    return 0
