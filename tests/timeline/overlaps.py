"""Checks on what a frame placed: labels that overlap, markers left unnamed."""

from __future__ import annotations

from planner.timeline.frame import Label, PaintRecord


def overlapping(labels: list[Label], slack: float = 0.01) -> list[tuple[Label, Label]]:
    """Pairs of label boxes that share more than a hairline."""
    ordered = sorted(labels, key=lambda b: b.left)
    found = []
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if b.left >= a.right - slack:
                break
            if min(a.bottom, b.bottom) - max(a.top, b.top) > slack:
                found.append((a, b))
    return found


def unaccounted(record: PaintRecord) -> set[tuple[str, str]]:
    """Requirements with a marker that are neither labelled nor counted in a badge."""
    return record.drawn - record.named - record.badged
