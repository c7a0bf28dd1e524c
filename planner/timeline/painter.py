"""The one painting path of the timeline: the screen, PNG, SVG, PDF and print all call
`paint_timeline`, so an export always matches what is seen.

Cost follows what is visible, not what exists: rows outside the view are
skipped, each row's items are found by bisect, and detail drops with zoom
(names only when they fit, deadline ticks only when days are wide enough,
one aggregated marker per session when zoomed far out).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPolygonF

from planner.timeline.body_lanes import paint_body_row
from planner.timeline.data import TimelineData
from planner.timeline.frame import (
    NO_BRUSH,
    NO_PEN,
    BadgeKey,
    DecisionSel,
    Emphasis,
    EventSel,
    Frame,
    Hit,
    Hits,
    PaintOptions,
    PaintRecord,
    RequirementSel,
    Selection,
    SessionSel,
    draw_mark,
    hit_selection,
)
from planner.timeline.geometry import Row, Viewport, axis_labels, axis_ticks, axis_unit
from planner.timeline.item_lanes import paint_decisions, paint_events
from planner.timeline.style import Theme
from planner.timeline.text import header_indent, points_to_px
from planner.timeline.text import make_font as _make_font

__all__ = [
    "NO_BRUSH",
    "NO_PEN",
    "BadgeKey",
    "DecisionSel",
    "Emphasis",
    "EventSel",
    "Hit",
    "Hits",
    "PaintOptions",
    "PaintRecord",
    "RequirementSel",
    "Selection",
    "SessionSel",
    "draw_mark",
    "hit_selection",
    "make_font",
    "paint_timeline",
    "points_to_px",
]


def make_font(
    family: str, point_size: float, theme: Theme, scale: float = 1.0, bold: bool = False
) -> QFont:
    """A font sized in logical pixels for `theme` (see `planner.timeline.text.make_font`)."""
    return _make_font(family, point_size, theme.font_scale, scale, bold)


def _font(options: PaintOptions, scale: float = 1.0, bold: bool = False) -> QFont:
    return make_font(options.font_family, options.base_point_size, options.theme, scale, bold)


def paint_timeline(
    p: QPainter,
    data: TimelineData,
    rows: list[Row],
    vp: Viewport,
    options: PaintOptions | None = None,
    hits: Hits | None = None,
    record: PaintRecord | None = None,
) -> None:
    """Draw the timeline into the rectangle (0, 0, vp.width, vp.height) of `p`; `hits`
    collects the clickable places, `record` every label placed."""
    opt = options or PaintOptions()
    f = Frame(p, data, rows, vp, opt, hits, record)
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
    shown = [
        (i, r) for i, r in enumerate(rows) if vp.y(r.top + r.height) >= low and vp.y(r.top) <= high
    ]
    visible = [r for _, r in shown]
    _stripes(f, shown)
    _grid(f)
    for row in visible:
        if row.key == "events":
            paint_events(f, row)
        elif row.key == "decisions":
            paint_decisions(f, row)
        else:
            paint_body_row(f, row)
    _provenance_lines(f)
    _now_lines(f)
    p.restore()
    _axis(f)
    _headers(f, visible)
    p.restore()


def _stripes(f: Frame, rows: list[tuple[int, Row]]) -> None:
    """Every other lane shaded, counted over all lanes (a strip of a tall export shades
    the same lanes as the whole picture)."""
    vp = f.vp
    for i, row in rows:
        if i % 2:
            f.p.fillRect(
                QRectF(vp.header_width, vp.y(row.top), vp.content_width, row.height), f.theme.stripe
            )


def _grid(f: Frame) -> None:
    p, vp = f.p, f.vp
    f.ticks = axis_ticks(f.first_day, f.last_day, f.ppd, f.opt.month_names)
    for t in f.ticks:
        x = vp.x(t.day)
        p.setPen(QPen(f.theme.grid_major if t.major else f.theme.grid, 1.0))
        p.drawLine(QPointF(x, f.low), QPointF(x, f.high))


def _provenance_lines(f: Frame) -> None:
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


def _now_lines(f: Frame) -> None:
    p, vp = f.p, f.vp
    for day, color, style, _text in _now_marks(f):
        x = vp.x_of(day)
        p.setPen(QPen(color, 2.0, style))
        p.drawLine(QPointF(x, f.low), QPointF(x, f.high))


def _now_marks(f: Frame) -> list[tuple[date, QColor, Qt.PenStyle, str]]:
    """The today and as-of lines: day, colour, line style and label."""
    marks = []
    if f.opt.today is not None:
        text = QCoreApplication.translate("Timeline", "today")
        marks.append((f.opt.today, f.theme.today, Qt.PenStyle.SolidLine, text))
    if f.opt.as_of is not None:
        text = QCoreApplication.translate("Timeline", "as of")
        marks.append((f.opt.as_of, f.theme.as_of, Qt.PenStyle.DashLine, text))
    if f.data.horizon is not None:  # after this day nothing is projected: say so
        text = QCoreApplication.translate("Timeline", "projections end")
        marks.append((f.data.horizon, f.theme.text_dim, Qt.PenStyle.DotLine, text))
    return marks


def _now_labels(f: Frame) -> None:
    """ "today" and "as of" in the axis's lower band, beside their lines (the as-of label
    goes left of its line when it would run into today's)."""
    vp = f.vp
    centre = vp.axis_height - 2 - f.fonts.label_height / 2
    f.p.setFont(f.small)
    taken: tuple[float, float] | None = None
    for day, color, _style, text in _now_marks(f):
        x = vp.x_of(day)
        w = f.fonts.label_width(text)
        left = x + 4
        if taken is not None and left < taken[1] + 3 and left + w > taken[0] - 3:
            left = x - 4 - w
        if left + w < vp.header_width or left > vp.width:
            continue
        f.label(left, centre, w, text, color, "now")
        taken = (left, left + w)


def _axis(f: Frame) -> None:
    """Years (or quarters, months, weeks) in the upper band; ticks and the today and as-of
    labels in the lower band."""
    p, vp, th = f.p, f.vp, f.theme
    p.fillRect(QRectF(0, 0, vp.width, vp.axis_height), th.axis_bg)
    p.setPen(QPen(th.grid_major, 1.0))
    p.drawLine(QPointF(0, vp.axis_height - 0.5), QPointF(vp.width, vp.axis_height - 0.5))
    p.save()
    p.setClipRect(QRectF(vp.header_width, 0, vp.content_width, vp.axis_height))
    font = f.fonts.header
    bold = f.fonts.header_bold
    metrics = (f.fonts.header_metrics, f.fonts.bold_metrics)
    band = QRectF(0, 2, 0, f.m.header_line + 2)
    unit = axis_unit(f.ppd)
    ticks = f.ticks or axis_ticks(f.first_day, f.last_day, f.ppd, f.opt.month_names)
    tick = 12 * max(1.0, f.fonts.style.size * 0.6)
    for t in ticks:
        x = vp.x(t.day)
        p.setPen(QPen(th.text_dim, 1.0))
        p.drawLine(
            QPointF(x, vp.axis_height - (tick if t.major else tick / 2)), QPointF(x, vp.axis_height)
        )
    p.setPen(th.text)
    # each label wholly visible, never under the lane headers; the year always said
    for label in axis_labels(ticks, unit, vp, lambda text, b: metrics[b].horizontalAdvance(text)):
        p.setFont(bold if label.bold else font)
        p.drawText(
            QRectF(label.left, band.top(), label.width + 2, band.height()),
            Qt.AlignmentFlag.AlignVCenter,
            label.text,
        )
    if f.opt.labels:
        _now_labels(f)
    p.restore()


def _headers(f: Frame, rows: list[Row]) -> None:
    """Lane names, whole: the scene wrapped them at words to the header's width."""
    p, vp, th, opt, m = f.p, f.vp, f.theme, f.opt, f.m
    p.save()
    p.setClipRect(QRectF(0, vp.axis_height, vp.header_width, vp.height - vp.axis_height))
    p.fillRect(QRectF(0, vp.axis_height, vp.header_width, vp.height - vp.axis_height), th.header_bg)
    font = f.fonts.header
    bold = f.fonts.header_bold
    fs = max(1.0, f.fonts.style.size)
    line_h = m.header_line
    for row in rows:
        y = vp.y(row.top)
        p.setPen(QPen(th.grid, 1.0))
        p.drawLine(QPointF(0, y + row.height - 0.5), QPointF(vp.width, y + row.height - 0.5))
        if row.key in ("events", "decisions"):
            p.setFont(bold)
            p.setPen(th.text)
            title = opt.lane_titles[0] if row.key == "events" else opt.lane_titles[1]
            p.drawText(
                QRectF(8, y, vp.header_width - 12, row.height), Qt.AlignmentFlag.AlignVCenter, title
            )
            continue
        lane = f.data.lanes[row.key]
        indent = header_indent(row.depth, f.fonts.style.size)
        top = y + m.bar_top
        if lane.children:
            _twisty(
                p,
                QPointF(indent - 10 * fs, top + line_h / 2),
                row.key in opt.collapsed,
                th.text_dim,
                fs,
            )
            f.hit(indent - 16 * fs, top, 14 * fs, line_h, "twisty", row.key)
        p.setPen(th.text)
        for i, text in enumerate(row.lines or (lane.body.id,)):
            p.setFont(bold if i == 0 and row.depth == 0 else font)
            p.drawText(
                QRectF(indent, top + i * line_h, vp.header_width - indent - 4, line_h),
                Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        f.hit(0, y, vp.header_width, row.height, "lane", row.key)
    p.setPen(QPen(th.grid_major, 1.0))
    p.drawLine(QPointF(vp.header_width - 0.5, f.low), QPointF(vp.header_width - 0.5, f.high))
    p.restore()
    p.fillRect(QRectF(0, 0, vp.header_width, vp.axis_height), th.axis_bg)


def _twisty(p: QPainter, c: QPointF, collapsed: bool, color: QColor, size: float = 1.0) -> None:
    p.setPen(NO_PEN)
    p.setBrush(color)
    x, y, k = c.x(), c.y(), size
    if collapsed:
        p.drawPolygon(
            QPolygonF(
                [
                    QPointF(x - 3 * k, y - 5 * k),
                    QPointF(x + 4 * k, y),
                    QPointF(x - 3 * k, y + 5 * k),
                ]
            )
        )
    else:
        p.drawPolygon(
            QPolygonF(
                [
                    QPointF(x - 5 * k, y - 3 * k),
                    QPointF(x + 5 * k, y - 3 * k),
                    QPointF(x, y + 4 * k),
                ]
            )
        )
