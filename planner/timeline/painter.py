"""The one painting path of the timeline: the screen, PNG, SVG, PDF and print all call
`paint_timeline`, so an export always matches what is seen.

Cost follows what is visible, not what exists: rows outside the view are
skipped, each row's items are found by bisect, and detail drops with zoom
(names only when they fit, deadline ticks only when days are wide enough,
one aggregated marker per session when zoomed far out).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from math import ceil
from typing import NamedTuple, TypeVar

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from planner.domain.model import DecisionStatus
from planner.domain.results import Requirement
from planner.timeline.data import MARK_URGENCY, BodyLane, Dated, Mark, TimelineData, mark_of
from planner.timeline.geometry import (
    MAX_STACK_SHOWN,
    STACK_STEP,
    Row,
    Viewport,
    axis_labels,
    axis_ticks,
    axis_unit,
)
from planner.timeline.style import LIGHT, MARKS, Theme

BUCKET_PX = 4  # when zoomed out, at most one decision or event marker per this many pixels
NO_PEN = QPen(Qt.PenStyle.NoPen)
NO_BRUSH = QBrush(Qt.BrushStyle.NoBrush)


@dataclass(frozen=True)
class Selection:
    """What is selected: kind is "requirement", "decision", "session" or "event"."""

    kind: str
    key: object


@dataclass
class Emphasis:
    """Items to highlight (the selection's provenance); everything else is dimmed."""

    requirements: set[tuple[str, str]] = field(default_factory=set)
    decisions: set[str] = field(default_factory=set)
    sessions: set[str] = field(default_factory=set)
    events: set[str] = field(default_factory=set)

    @property
    def active(self) -> bool:
        return bool(self.requirements or self.decisions or self.sessions or self.events)


class Hit(NamedTuple):
    """A clickable place: its box (left, top, right, bottom) and what is there."""

    left: float
    top: float
    right: float
    bottom: float
    kind: str
    key: object

    def contains(self, x: float, y: float) -> bool:
        return self.left <= x <= self.right and self.top <= y <= self.bottom


@dataclass
class PaintOptions:
    theme: Theme = LIGHT
    today: date | None = None
    as_of: date | None = None
    selection: Selection | None = None
    emphasis: Emphasis = field(default_factory=Emphasis)
    flash: set[tuple[str, str]] = field(default_factory=set)  # recently changed requirements
    labels: dict[str, str] = field(default_factory=dict)  # lane key -> label
    collapsed: set[str] = field(default_factory=set)
    month_names: tuple[str, ...] = (
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
    )
    lane_titles: tuple[str, str] = ("Events", "Decisions")
    font_family: str = ""
    base_point_size: float = 9.0


T = TypeVar("T")


def _thinned(
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


def points_to_px(points: float) -> float:
    return points * 96.0 / 72.0


def make_font(
    family: str, point_size: float, theme: Theme, scale: float = 1.0, bold: bool = False
) -> QFont:
    """A font sized in logical pixels (96 per inch), not points, so every device and scale
    (screen, image, PDF, printer) draws text the same size relative to the timeline."""
    f = QFont(family) if family else QFont()
    f.setPixelSize(max(1, round(points_to_px(point_size * scale * theme.font_scale))))
    f.setBold(bold)
    return f


def _font(options: PaintOptions, scale: float = 1.0, bold: bool = False) -> QFont:
    return make_font(options.font_family, options.base_point_size, options.theme, scale, bold)


def _dim(color: QColor, dimmed: bool) -> QColor:
    if not dimmed:
        return color
    c = QColor(color)
    c.setAlphaF(0.22)
    return c


def draw_mark(
    p: QPainter, shape: str, color: QColor, center: QPointF, r: float, outline: QColor
) -> None:
    """One requirement marker: shape and colour both carry its state."""
    x, y = center.x(), center.y()
    p.setPen(QPen(outline, 1.0))
    p.setBrush(QBrush(color))
    if shape == "circle":
        p.drawEllipse(center, r, r)
    elif shape == "ring":
        p.setBrush(NO_BRUSH)
        p.setPen(QPen(color, max(1.5, r * 0.55)))
        p.drawEllipse(center, r * 0.8, r * 0.8)
    elif shape == "square":
        p.drawRect(QRectF(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7))
    elif shape == "triangle":
        p.drawPolygon(
            QPolygonF([QPointF(x, y - r), QPointF(x + r, y + r * 0.8), QPointF(x - r, y + r * 0.8)])
        )
    elif shape == "diamond":
        p.drawPolygon(
            QPolygonF(
                [
                    QPointF(x, y - r * 1.15),
                    QPointF(x + r * 1.15, y),
                    QPointF(x, y + r * 1.15),
                    QPointF(x - r * 1.15, y),
                ]
            )
        )
    elif shape == "check":
        p.setBrush(NO_BRUSH)
        p.setPen(QPen(color, max(1.6, r * 0.5)))
        path = QPainterPath(QPointF(x - r, y))
        path.lineTo(QPointF(x - r * 0.25, y + r * 0.8))
        path.lineTo(QPointF(x + r, y - r * 0.8))
        p.drawPath(path)
    else:  # cross
        p.setPen(QPen(color, max(1.8, r * 0.55)))
        p.drawLine(QPointF(x - r, y - r), QPointF(x + r, y + r))
        p.drawLine(QPointF(x - r, y + r), QPointF(x + r, y - r))


class _Frame:
    """State of one paint call."""

    def __init__(
        self,
        p: QPainter,
        data: TimelineData,
        rows: list[Row],
        vp: Viewport,
        opt: PaintOptions,
        hits: list[Hit] | None,
    ) -> None:
        self.p, self.data, self.rows, self.vp, self.opt, self.hits = p, data, rows, vp, opt, hits
        self.theme = opt.theme
        self.first_day = int(vp.left_day) - 1
        self.last_day = int(vp.right_day) + 1
        self.ppd = vp.px_per_day
        self.small = _font(opt, 0.9)
        self.small_metrics = QFontMetricsF(self.small)
        self.positions: dict[object, QPointF] = {}  # where emphasised items were drawn
        self.emph = opt.emphasis
        self.dimming = self.emph.active
        self.low, self.high = vp.axis_height, vp.height

    def hit(self, x: float, y: float, w: float, h: float, kind: str, key: object) -> None:
        if self.hits is not None:
            self.hits.append(Hit(x, y, x + w, y + h, kind, key))


def paint_timeline(
    p: QPainter,
    data: TimelineData,
    rows: list[Row],
    vp: Viewport,
    options: PaintOptions | None = None,
    hits: list[Hit] | None = None,
) -> None:
    """Draw the timeline into the rectangle (0, 0, vp.width, vp.height) of `p`."""
    opt = options or PaintOptions()
    f = _Frame(p, data, rows, vp, opt, hits)
    p.save()
    # the timeline is laid out left to right in every language (time runs that way);
    # text inside each label still follows its script (Arabic is shaped right to left)
    p.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    p.fillRect(QRectF(0, 0, vp.width, vp.height), f.theme.background)
    # rows outside the view, or outside the painter's clip (a strip of a tall export), are skipped
    low, high = vp.axis_height, vp.height
    if p.hasClipping():
        clip = p.clipBoundingRect()
        low, high = max(low, clip.top()), min(high, clip.bottom())
    f.low, f.high = low, high  # long vertical lines are drawn over this range only
    content = QRectF(vp.header_width, vp.axis_height, vp.content_width, vp.height - vp.axis_height)
    p.save()
    p.setClipRect(
        content, Qt.ClipOperation.IntersectClip if p.hasClipping() else Qt.ClipOperation.ReplaceClip
    )
    visible = [r for r in rows if vp.y(r.top + r.height) >= low and vp.y(r.top) <= high]
    _stripes(f, visible)
    _grid(f)
    for row in visible:
        if row.key == "events":
            _events(f, row)
        elif row.key == "decisions":
            _decisions(f, row)
        else:
            _body_row(f, row)
    _provenance_lines(f)
    _now_lines(f)
    p.restore()
    _axis(f)
    _headers(f, visible)
    p.restore()


def _stripes(f: _Frame, rows: list[Row]) -> None:
    vp = f.vp
    for i, row in enumerate(rows):
        if i % 2:
            f.p.fillRect(
                QRectF(vp.header_width, vp.y(row.top), vp.content_width, row.height), f.theme.stripe
            )


def _grid(f: _Frame) -> None:
    p, vp = f.p, f.vp
    for t in axis_ticks(f.first_day, f.last_day, f.ppd, f.opt.month_names):
        x = vp.x(t.day)
        p.setPen(QPen(f.theme.grid_major if t.major else f.theme.grid, 1.0))
        p.drawLine(QPointF(x, f.low), QPointF(x, f.high))


def _elide(f: _Frame, text: str, width: float) -> str:
    if width < 18:
        return ""
    return f.small_metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def _events(f: _Frame, row: Row) -> None:
    p, vp, th = f.p, f.vp, f.theme
    y = vp.y(row.top)
    h = row.height
    for e in _thinned(f.data.events, vp, f.first_day, f.last_day, f.emph.events):
        x0 = vp.x_of(e.start)
        x1 = max(x0 + 3, vp.x(e.end.toordinal() + 1))
        rect = QRectF(x0, y + 7, x1 - x0, h - 14)
        dimmed = f.dimming and e.id not in f.emph.events
        color = _dim(th.event, dimmed)
        if e.tentative:
            p.setBrush(NO_BRUSH)
            p.setPen(QPen(color, 1.6, Qt.PenStyle.DashLine))
        else:
            p.setBrush(color)
            p.setPen(QPen(color.darker(130), 1.0))
        p.drawRoundedRect(rect, 2, 2) if rect.width() > 6 else p.drawRect(rect)
        if f.ppd > 0.25:
            text_w = f.small_metrics.horizontalAdvance(e.name)
            if text_w < 260:
                p.setFont(f.small)
                p.setPen(QPen(_dim(th.text, dimmed)))
                p.drawText(QRectF(x1 + 3, y, text_w + 4, h), Qt.AlignmentFlag.AlignVCenter, e.name)
        f.hit(rect.x() - 3, rect.y() - 3, rect.width() + 6, rect.height() + 6, "event", e.id)


def _decisions(f: _Frame, row: Row) -> None:
    p, vp, th = f.p, f.vp, f.theme
    y = vp.y(row.top)
    mid = y + row.height / 2
    sel = f.opt.selection
    last_label_end = -1e9
    p.setFont(f.small)
    keep = set(f.emph.decisions)
    if sel is not None and sel.kind == "decision":
        keep.add(str(sel.key))
    for d in _thinned(f.data.decisions, vp, f.first_day, f.last_day, keep):
        x = vp.x_of(d.adopted)
        dimmed = f.dimming and d.symbol not in f.emph.decisions
        color = _dim(th.decision, dimmed)
        tri = QPolygonF([QPointF(x, mid + 7), QPointF(x - 6, mid - 5), QPointF(x + 6, mid - 5)])
        if d.status == DecisionStatus.DRAFT:
            p.setBrush(th.background)
            p.setPen(QPen(color, 1.5, Qt.PenStyle.DashLine))
        elif d.status == DecisionStatus.WITHDRAWN:
            p.setBrush(NO_BRUSH)
            p.setPen(QPen(_dim(th.text_dim, dimmed), 1.0, Qt.PenStyle.DotLine))
        else:
            p.setBrush(color)
            p.setPen(QPen(color, 1.0))
        p.drawPolygon(tri)
        if sel is not None and sel.kind == "decision" and sel.key == d.symbol:
            p.setBrush(NO_BRUSH)
            p.setPen(QPen(th.selection, 2.0))
            p.drawEllipse(QPointF(x, mid), 10, 10)
        if d.symbol in f.emph.decisions:
            f.positions[("decision", d.symbol)] = QPointF(x, mid + 7)
        if f.ppd > 0.9 and x > last_label_end:
            w = f.small_metrics.horizontalAdvance(d.symbol)
            p.setPen(_dim(th.text, dimmed))
            p.drawText(QRectF(x + 8, y, w + 4, row.height), Qt.AlignmentFlag.AlignVCenter, d.symbol)
            last_label_end = x + 14 + w
        f.hit(x - 7, mid - 8, 14, 16, "decision", d.symbol)


def _worst(reqs: tuple[Requirement, ...]) -> Mark:
    marks = {mark_of(r) for r in reqs}
    return next(m for m in MARK_URGENCY if m in marks)


def _body_row(f: _Frame, row: Row) -> None:
    p, vp, th = f.p, f.vp, f.theme
    lane = f.data.lanes[row.key]
    y = vp.y(row.top)
    bar_y = y + 5
    bar_h = 12.0
    sel = f.opt.selection
    detail = f.ppd >= 0.35  # a year wider than ~130 px: one marker per requirement
    deadlines = f.ppd >= 1.2  # days wide enough to show submission/issuance ticks
    if not detail:
        _body_row_overview(f, lane, bar_y, bar_h)
        return
    for s in lane.visible(f.first_day, f.last_day):
        x0 = vp.x_of(s.start)
        x1 = max(x0 + 3.0, vp.x(s.end.toordinal() + 1))
        rect = QRectF(x0, bar_y, x1 - x0, bar_h)
        dimmed = f.dimming and s.id not in f.emph.sessions
        if s.status == "confirmed":
            p.setPen(NO_PEN)
            p.setBrush(_dim(th.session_confirmed, dimmed))
            p.drawRect(rect)
        else:
            fill = QColor(th.session_projected)
            fill.setAlphaF(0.18 if not dimmed else 0.05)
            p.setBrush(fill)
            p.setPen(QPen(_dim(th.session_projected, dimmed), 1.2, Qt.PenStyle.DashLine))
            p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        if sel is not None and sel.kind == "session" and sel.key == s.id:
            p.setBrush(NO_BRUSH)
            p.setPen(QPen(th.selection, 2.0))
            p.drawRect(rect.adjusted(-2, -2, 2, 2))
        shown = QRectF(
            max(x0, vp.header_width), bar_y, min(x1, vp.width) - max(x0, vp.header_width), bar_h
        )
        if shown.width() > 40:  # the name sticks to the visible part of a long session
            label = _elide(f, s.name, shown.width() - 6)
            if label:
                p.setFont(f.small)
                p.setPen(th.session_text if s.status == "confirmed" else th.text)
                p.drawText(shown.adjusted(3, 0, -3, 0), Qt.AlignmentFlag.AlignVCenter, label)
        f.hit(x0, bar_y, x1 - x0, bar_h, "session", s.id)
        reqs = lane.requirements.get(s.id)
        if reqs:
            _requirements(f, reqs, x0, bar_y + bar_h, detail, deadlines, y, row.height)


_DOT_CAPS = {"square": Qt.PenCapStyle.SquareCap, "triangle": Qt.PenCapStyle.SquareCap}


def _body_row_overview(f: _Frame, lane: BodyLane, bar_y: float, bar_h: float) -> None:
    """Far zoom: a lane's bars in two batched calls and one dot per session with
    requirements, coloured by its most pressing state; problem states keep their shapes."""
    p, vp, th = f.p, f.vp, f.theme
    confirmed: list[QRectF] = []
    projected: list[QRectF] = []
    dots: dict[Mark, list[QPointF]] = {}
    urgent: list[tuple[Mark, QPointF, bool]] = []
    lit: list[tuple[Mark, QPointF]] = []
    hw, left, ppd = vp.header_width, vp.left_day, vp.px_per_day
    worst = lane.worst
    requirements = lane.requirements
    hits = f.hits
    for s in lane.visible(f.first_day, f.last_day):
        x0 = hw + (s.start.toordinal() - left) * ppd
        x1 = max(x0 + 3.0, hw + (s.end.toordinal() + 1 - left) * ppd)
        rect = QRectF(x0, bar_y, x1 - x0, bar_h)
        (confirmed if s.status == "confirmed" else projected).append(rect)
        if hits is not None:
            hits.append(Hit(x0, bar_y, x1, bar_y + bar_h, "session", s.id))
        reqs = requirements.get(s.id)
        if not reqs:
            continue
        mark = worst[s.id]
        centre = QPointF(x0 + 5, bar_y + bar_h + 7)
        emphasised = f.dimming and any(q.key in f.emph.requirements for q in reqs)
        if emphasised:
            lit.append((mark, centre))
            for q in reqs:
                if q.key in f.emph.requirements:
                    f.positions[("requirement", q.key)] = centre
        elif mark in (Mark.OVERDUE, Mark.CANNOT):
            urgent.append((mark, centre, f.dimming))
        else:
            dots.setdefault(mark, []).append(centre)
        if hits is not None:
            hits.append(
                Hit(x0, bar_y + bar_h + 2, x0 + 10, bar_y + bar_h + 12, "requirement", reqs[0].key)
            )
    bar = _dim(th.session_confirmed, f.dimming)
    p.setPen(NO_PEN)
    p.setBrush(QBrush(bar))
    if confirmed:
        p.drawRects(confirmed)
    if projected:
        fill = QColor(th.session_projected)
        fill.setAlphaF(0.18 if not f.dimming else 0.05)
        p.setBrush(QBrush(fill))
        p.setPen(QPen(_dim(th.session_projected, f.dimming), 1.0))
        p.drawRects(projected)
    for mark, points in dots.items():
        color, shape = MARKS[mark]
        pen = QPen(_dim(color, f.dimming), 7.2)
        pen.setCapStyle(_DOT_CAPS.get(shape, Qt.PenCapStyle.RoundCap))
        p.setPen(pen)
        p.drawPoints(points)
    for mark, centre, dimmed in urgent:
        color, shape = MARKS[mark]
        draw_mark(p, shape, _dim(color, dimmed), centre, 3.6, _dim(th.background, dimmed))
    for mark, centre in lit:
        color, shape = MARKS[mark]
        draw_mark(p, shape, color, centre, 3.6, th.background)


def _requirements(
    f: _Frame,
    reqs: tuple[Requirement, ...],
    x: float,
    top: float,
    detail: bool,
    deadlines: bool,
    row_y: float,
    row_h: float,
) -> None:
    p, th = f.p, f.theme
    r = 3.6
    cx = x + 5
    if not detail:
        mark = _worst(reqs)
        color, shape = MARKS[mark]
        keys = {q.key for q in reqs}
        dimmed = f.dimming and not (keys & f.emph.requirements)
        center = QPointF(cx, top + 7)
        draw_mark(p, shape, _dim(color, dimmed), center, r, _dim(th.background, dimmed))
        for q in reqs:
            if q.key in f.emph.requirements:
                f.positions[("requirement", q.key)] = center
        f.hit(cx - 5, top + 2, 10, 10, "requirement", reqs[0].key)
        return
    shown = reqs[:MAX_STACK_SHOWN]
    for i, q in enumerate(shown):
        cy = top + 7 + i * STACK_STEP
        mark = mark_of(q)
        color, shape = MARKS[mark]
        dimmed = f.dimming and q.key not in f.emph.requirements
        center = QPointF(cx, cy)
        if q.key in f.opt.flash:
            p.setPen(NO_PEN)
            p.setBrush(th.highlight)
            p.drawEllipse(center, r + 4, r + 4)
        draw_mark(p, shape, _dim(color, dimmed), center, r, _dim(th.background, dimmed))
        if q.key in f.emph.requirements:
            f.positions[("requirement", q.key)] = center
        sel = f.opt.selection
        if sel is not None and sel.kind == "requirement" and sel.key == q.key:
            p.setBrush(NO_BRUSH)
            p.setPen(QPen(th.selection, 1.8))
            p.drawEllipse(center, r + 3, r + 3)
        if deadlines:
            _deadline_ticks(f, q, cy, dimmed)
        if f.ppd >= 2.5:
            label = _elide(f, q.report, 140)
            p.setFont(f.small)
            p.setPen(_dim(th.text_dim, dimmed))
            p.drawText(QRectF(cx + r + 3, cy - 6, 150, 12), Qt.AlignmentFlag.AlignVCenter, label)
        f.hit(cx - 5, cy - 5, 10, 10, "requirement", q.key)
    if len(reqs) > MAX_STACK_SHOWN:
        p.setFont(f.small)
        p.setPen(th.text_dim)
        p.drawText(
            QPointF(cx + 7, top + 7 + (MAX_STACK_SHOWN - 1) * STACK_STEP + 4),
            f"+{len(reqs) - MAX_STACK_SHOWN}",
        )


def _deadline_ticks(f: _Frame, q: Requirement, cy: float, dimmed: bool) -> None:
    """Submission (S) and issuance (I) deadlines as ticks before the session, joined by a line."""
    p, vp = f.p, f.vp
    xs = vp.x_of(q.submission_due)
    xi = vp.x_of(q.issuance_due)
    x_session = vp.x_of(q.session_start)
    color = _dim(f.theme.text_dim, dimmed)
    p.setPen(QPen(color, 1.0, Qt.PenStyle.DotLine))
    p.drawLine(QPointF(xs, cy), QPointF(x_session, cy))
    p.setPen(QPen(color, 1.6))
    p.drawLine(QPointF(xs, cy - 4), QPointF(xs, cy + 4))
    p.drawLine(QPointF(xi, cy - 3), QPointF(xi, cy + 3))
    if f.ppd >= 4:
        p.setFont(f.small)
        p.drawText(QRectF(xs - 10, cy - 14, 20, 10), Qt.AlignmentFlag.AlignCenter, "S")
        p.drawText(QRectF(xi - 10, cy - 14, 20, 10), Qt.AlignmentFlag.AlignCenter, "I")


def _provenance_lines(f: _Frame) -> None:
    """Lines from the selected decision to what it mandates, or from a requirement to its decisions."""
    sel = f.opt.selection
    if sel is None or not f.positions:
        return
    p = f.p
    pen = QPen(f.theme.highlight, 1.6)
    p.setPen(pen)
    anchors = [pos for k, pos in f.positions.items() if k[0] == "decision"]
    targets = [pos for k, pos in f.positions.items() if k[0] == "requirement"]
    for a in anchors:
        for t in targets:
            dx, dy = t.x() - a.x(), t.y() - a.y()
            length = (dx * dx + dy * dy) ** 0.5
            if length < 12:
                continue
            stop = (length - 6.0) / length  # end at the marker's edge, not over it
            p.drawLine(a, QPointF(a.x() + dx * stop, a.y() + dy * stop))


def _now_lines(f: _Frame) -> None:
    p, vp = f.p, f.vp
    for day, color, style, label in (
        (
            f.opt.today,
            f.theme.today,
            Qt.PenStyle.SolidLine,
            QCoreApplication.translate("Timeline", "today"),
        ),
        (
            f.opt.as_of,
            f.theme.as_of,
            Qt.PenStyle.DashLine,
            QCoreApplication.translate("Timeline", "as of"),
        ),
    ):
        if day is None:
            continue
        x = vp.x_of(day)
        p.setPen(QPen(color, 2.0, style))
        p.drawLine(QPointF(x, f.low), QPointF(x, f.high))
        p.setFont(f.small)
        p.drawText(QPointF(x + 4, vp.axis_height + 12), label)


def _axis(f: _Frame) -> None:
    p, vp, th = f.p, f.vp, f.theme
    p.fillRect(QRectF(0, 0, vp.width, vp.axis_height), th.axis_bg)
    p.setPen(QPen(th.grid_major, 1.0))
    p.drawLine(QPointF(0, vp.axis_height - 0.5), QPointF(vp.width, vp.axis_height - 0.5))
    p.save()
    p.setClipRect(QRectF(vp.header_width, 0, vp.content_width, vp.axis_height))
    font = _font(f.opt, 1.0)
    bold = _font(f.opt, 1.0, bold=True)
    metrics = (QFontMetricsF(font), QFontMetricsF(bold))
    unit = axis_unit(f.ppd)
    ticks = axis_ticks(f.first_day, f.last_day, f.ppd, f.opt.month_names)
    for t in ticks:
        x = vp.x(t.day)
        p.setPen(QPen(th.text_dim, 1.0))
        p.drawLine(QPointF(x, vp.axis_height - (12 if t.major else 6)), QPointF(x, vp.axis_height))
    p.setPen(th.text)
    for label in axis_labels(ticks, unit, vp, lambda text, b: metrics[b].horizontalAdvance(text)):
        p.setFont(bold if label.bold else font)
        p.drawText(QPointF(label.left, vp.axis_height - 16), label.text)
    p.restore()


def _headers(f: _Frame, rows: list[Row]) -> None:
    p, vp, th, opt = f.p, f.vp, f.theme, f.opt
    p.save()
    p.setClipRect(QRectF(0, vp.axis_height, vp.header_width, vp.height - vp.axis_height))
    p.fillRect(QRectF(0, vp.axis_height, vp.header_width, vp.height - vp.axis_height), th.header_bg)
    font = _font(opt, 1.0)
    bold = _font(opt, 1.0, bold=True)
    for row in rows:
        y = vp.y(row.top)
        p.setPen(QPen(th.grid, 1.0))
        p.drawLine(QPointF(0, y + row.height - 0.5), QPointF(vp.width, y + row.height - 0.5))
        indent = 8 + 14 * row.depth
        if row.key in ("events", "decisions"):
            label = opt.lane_titles[0] if row.key == "events" else opt.lane_titles[1]
            p.setFont(bold)
        else:
            lane = f.data.lanes[row.key]
            label = opt.labels.get(row.key, lane.body.id)
            p.setFont(bold if row.depth == 0 else font)
            if lane.children:
                _twisty(p, QPointF(indent + 4, y + 16), row.key in opt.collapsed, th.text_dim)
                f.hit(indent - 2, y + 8, 14, 16, "twisty", row.key)
            indent += 14
        p.setPen(th.text)
        metrics = QFontMetricsF(p.font())
        text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, vp.header_width - indent - 6)
        p.drawText(
            QRectF(indent, y, vp.header_width - indent - 4, min(row.height, 32)),
            Qt.AlignmentFlag.AlignVCenter,
            text,
        )
        if row.key not in ("events", "decisions"):
            f.hit(0, y, vp.header_width, row.height, "lane", row.key)
    p.setPen(QPen(th.grid_major, 1.0))
    p.drawLine(QPointF(vp.header_width - 0.5, f.low), QPointF(vp.header_width - 0.5, f.high))
    p.restore()
    p.fillRect(QRectF(0, 0, vp.header_width, vp.axis_height), th.axis_bg)


def _twisty(p: QPainter, c: QPointF, collapsed: bool, color: QColor) -> None:
    p.setPen(NO_PEN)
    p.setBrush(color)
    x, y = c.x(), c.y()
    if collapsed:
        p.drawPolygon(QPolygonF([QPointF(x - 3, y - 5), QPointF(x + 4, y), QPointF(x - 3, y + 5)]))
    else:
        p.drawPolygon(QPolygonF([QPointF(x - 5, y - 3), QPointF(x + 5, y - 3), QPointF(x, y + 4)]))


PaintFn = Callable[[QPainter], None]
