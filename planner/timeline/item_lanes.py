"""The events lane (bars named where they fit) and the decisions lane (▼ at adoption,
its symbol where it fits; the selected decision's first)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from datetime import date
from math import ceil
from typing import TypeVar

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPen, QPolygonF

from planner.domain.model import DecisionStatus
from planner.timeline.data import Dated
from planner.timeline.frame import NO_BRUSH, DecisionSel, Frame, dim
from planner.timeline.geometry import Row, Viewport
from planner.timeline.labels import OTHER, SELECTED, place_line

BUCKET_PX = 4  # when zoomed out, at most one decision or event marker per this many pixels
MIN_LABEL_GAP = 24.0  # no label is tried where the next item is closer than this

T = TypeVar("T")


def thinned(
    dated: Dated[T], vp: Viewport, first_day: int, last_day: int, keep: set[str]
) -> Iterator[T]:
    """The visible items of a day-sorted list, at most one per BUCKET_PX pixels (the
    first of each), plus every item whose id is in `keep`. Skips by bisect, so a
    zoomed-out frame costs the number of pixels, not the number of items."""
    days = dated.days
    items = dated.items
    i = bisect_left(days, first_day - dated.longest)
    hi = bisect_right(days, last_day)
    step = BUCKET_PX / vp.px_per_day
    while i < hi:
        yield items[i]
        next_day = ceil(days[i] + step)
        i = max(i + 1, bisect_left(days, next_day, i + 1, hi))
    if keep:
        for item in dated.visible(first_day, last_day):
            if getattr(item, "symbol", None) in keep or getattr(item, "id", None) in keep:
                yield item


def _in_order(items: Iterator[T], kept: bool, day: Callable[[T], date]) -> list[T]:
    """Thinned items left to right, each once (the kept ones come again at the end)."""
    out = list(items)
    if not kept:
        return out
    seen: set[int] = set()
    unique = []
    for item in out:
        if id(item) not in seen:
            seen.add(id(item))
            unique.append(item)
    unique.sort(key=day)
    return unique


def paint_events(f: Frame, row: Row) -> None:
    p, vp, th = f.p, f.vp, f.theme
    y = vp.y(row.top)
    h = row.height
    pad = max(7.0, (h - 16 * f.mark_size) / 2)
    items = _in_order(
        thinned(f.data.events, vp, f.first_day, f.last_day, f.emph.events),
        bool(f.emph.events),
        lambda e: e.start,
    )
    boxes: list[tuple[float, float]] = []
    for e in items:
        x0 = vp.x_of(e.start)
        x1 = max(x0 + 3, vp.x(e.end.toordinal() + 1))
        boxes.append((x0, x1))
        rect = QRectF(x0, y + pad, x1 - x0, h - 2 * pad)
        dimmed = f.dimming and e.id not in f.emph.events
        color = dim(th.event, dimmed)
        if e.tentative:
            p.setBrush(NO_BRUSH)
            p.setPen(QPen(color, 1.6, Qt.PenStyle.DashLine))
        else:
            p.setBrush(color)
            p.setPen(QPen(color.darker(130), 1.0))
        p.drawRoundedRect(rect, 2, 2) if rect.width() > 6 else p.drawRect(rect)
        f.hit(rect.x() - 3, rect.y() - 3, rect.width() + 6, rect.height() + 6, "event", e.id)
    if not f.opt.labels or f.ppd <= 0.25:
        return
    names = [e.name for e in items]
    prios = [SELECTED if e.id in f.emph.events else OTHER for e in items]
    _name_items(f, boxes, names, prios, y + h / 2, [e.id in f.emph.events for e in items], "event")


def paint_decisions(f: Frame, row: Row) -> None:
    p, vp, th = f.p, f.vp, f.theme
    y = vp.y(row.top)
    mid = y + row.height / 2
    sel = f.opt.selection
    s = 6.0 * f.mark_size  # half the width of the ▼
    keep = set(f.emph.decisions)
    chosen = sel.symbol if isinstance(sel, DecisionSel) else None
    if chosen is not None:
        keep.add(chosen)
    items = _in_order(
        thinned(f.data.decisions, vp, f.first_day, f.last_day, keep),
        bool(keep),
        lambda d: d.adopted,
    )
    boxes: list[tuple[float, float]] = []
    for d in items:
        x = vp.x_of(d.adopted)
        boxes.append((x - s - 1, x + s + 1))
        dimmed = f.dimming and d.symbol not in f.emph.decisions
        color = dim(th.decision, dimmed)
        tri = QPolygonF(
            [
                QPointF(x, mid + s * 7 / 6),
                QPointF(x - s, mid - s * 5 / 6),
                QPointF(x + s, mid - s * 5 / 6),
            ]
        )
        if d.status == DecisionStatus.DRAFT:
            p.setBrush(th.background)
            p.setPen(QPen(color, 1.5 * f.mark_size, Qt.PenStyle.DashLine))
        elif d.status == DecisionStatus.WITHDRAWN:
            p.setBrush(NO_BRUSH)
            p.setPen(QPen(dim(th.text_dim, dimmed), 1.0, Qt.PenStyle.DotLine))
        else:
            p.setBrush(color)
            p.setPen(QPen(color, 1.0))
        p.drawPolygon(tri)
        if d.symbol == chosen:
            p.setBrush(NO_BRUSH)
            p.setPen(QPen(th.selection, 2.0))
            p.drawEllipse(QPointF(x, mid), s * 5 / 3, s * 5 / 3)
        if d.symbol in f.emph.decisions:
            f.positions[("decision", d.symbol)] = QPointF(x, mid + s * 7 / 6)
        f.hit(x - s - 1, mid - s - 2, 2 * s + 2, 2 * s + 4, "decision", d.symbol)
    if not f.opt.labels:
        return
    lit = [d.symbol in keep for d in items]
    prios = [SELECTED if on else OTHER for on in lit]
    _name_items(f, boxes, [d.symbol for d in items], prios, mid, lit, "decision")


def _name_items(
    f: Frame,
    boxes: list[tuple[float, float]],
    names: list[str],
    prios: list[int],
    centre: float,
    lit: list[bool],
    kind: str,
) -> None:
    """Name the items of a one-line lane where the name fits after its mark (the
    selected one's also before it). While a selection dims the rest, only the lit items
    are named, over the dimmed marks if need be."""
    if f.dimming:
        keep = [k for k, on in enumerate(lit) if on]
        boxes = [boxes[k] for k in keep]
        names = [names[k] for k in keep]
        prios = [prios[k] for k in keep]
        lit = [True] * len(keep)
    if not boxes:
        return
    nexts = [b[0] for b in boxes[1:]]
    nexts.append(f.vp.width)
    befores = [f.vp.header_width, *(b[1] for b in boxes[:-1])]
    width = f.fonts.label_width
    widths = [
        width(names[k])
        if nxt - right >= MIN_LABEL_GAP or (prios[k] == SELECTED and left - before >= MIN_LABEL_GAP)
        else 0.0
        for k, ((left, right), nxt, before) in enumerate(zip(boxes, nexts, befores, strict=True))
    ]
    if not any(widths):
        return
    placed, _, _ = place_line(
        [b[0] for b in boxes],
        [b[1] for b in boxes],
        widths,
        prios,
        f.vp.header_width,
        f.vp.width,
        either_side=[p == SELECTED for p in prios],
    )
    f.p.setFont(f.small)
    th = f.theme
    for lab in placed:
        color = dim(th.text, f.dimming and not lit[lab.stack])
        f.label(lab.x, centre, lab.width, names[lab.stack], color, kind)
