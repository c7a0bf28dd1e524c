"""A body's lane: its sessions as bars (named where there is room) and, under each, the
requirements due there: one marker per report, labelled with the report's short title
where it fits and counted in a "+N" badge where it does not.

Zoomed far out (a year narrower than ~130 px) a session's requirements share one dot,
coloured by the most pressing state; bars and dots are drawn in a few batched calls.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen

from planner.domain.model import Session
from planner.domain.results import Requirement
from planner.timeline.data import BodyLane, Mark, mark_of
from planner.timeline.frame import (
    NO_BRUSH,
    NO_PEN,
    STAMPS,
    BadgeKey,
    Frame,
    Label,
    RequirementSel,
    SessionSel,
    dim,
    draw_mark,
)
from planner.timeline.geometry import MAX_STACK_SHOWN, Row, lane_lines
from planner.timeline.labels import (
    NEXT_DUE,
    OTHER,
    OVERDUE,
    PAD,
    SELECTED,
    Badge,
    Placed,
    Stack,
    place,
    place_line,
)
from planner.timeline.style import MARKS
from planner.timeline.text import elide_words

DETAIL_PPD = 0.35  # a year wider than ~130 px: one marker per requirement
DEADLINE_PPD = 1.2  # days wide enough to show submission/issuance ticks
MIN_LABEL_GAP = 24.0  # zoomed out, no label is tried where the next dot is closer
CROWDED_PX = 40.0  # dots closer than this on average get no labels under them
_DOT_CAPS = {"square": Qt.PenCapStyle.SquareCap, "triangle": Qt.PenCapStyle.SquareCap}


class _Column:
    """The requirements under one session, as drawn: the markers shown (all of them, or
    one dot far out) and which requirement each line's label names."""

    __slots__ = ("cx", "lines", "prios", "reqs", "session")

    def __init__(
        self,
        session: Session,
        cx: float,
        reqs: tuple[Requirement, ...],
        lines: Sequence[Requirement],
        prios: Sequence[int],
    ) -> None:
        self.session, self.cx, self.reqs, self.lines, self.prios = session, cx, reqs, lines, prios


def paint_body_row(f: Frame, row: Row) -> None:
    lane = f.data.lanes[row.key]
    y = f.vp.y(row.top)
    m = f.m
    bar_y = y + m.bar_top
    detail = f.ppd >= DETAIL_PPD
    sessions = lane.visible(f.first_day, f.last_day)
    if detail:
        bars = _bars(f, sessions, bar_y, m.bar_height)
        columns = _columns(f, lane, sessions)
        _markers(f, columns, y)
    else:
        bars, columns = _overview(f, lane, sessions, y)
    if f.opt.labels:
        _session_names(f, sessions, bars, bar_y, m.bar_height)
        if detail:
            _label_columns(f, columns, y)
        else:
            _label_dots(f, columns, y, lane_lines(lane.stack) - 1)


def _bars(
    f: Frame, sessions: Sequence[Session], bar_y: float, bar_h: float
) -> list[tuple[float, float]]:
    """Session bars, solid when confirmed, dashed when projected; returns their extents."""
    p, vp, th = f.p, f.vp, f.theme
    hw, left, ppd = vp.header_width, vp.left_day, f.ppd
    extents: list[tuple[float, float]] = []
    sel = f.opt.selection
    chosen = sel.id if isinstance(sel, SessionSel) else None
    for s in sessions:
        x0 = hw + (s.start.toordinal() - left) * ppd
        x1 = max(x0 + 3.0, hw + (s.end.toordinal() + 1 - left) * ppd)
        extents.append((x0, x1))
        rect = QRectF(x0, bar_y, x1 - x0, bar_h)
        f.hit(x0, bar_y, x1 - x0, bar_h, "session", s.id)
        dimmed = f.dimming and s.id not in f.emph.sessions
        if s.status == "confirmed":
            p.setPen(NO_PEN)
            p.setBrush(dim(th.session_confirmed, dimmed))
            p.drawRect(rect)
        else:
            fill = QColor(th.session_projected)
            fill.setAlphaF(0.18 if not dimmed else 0.05)
            p.setBrush(fill)
            p.setPen(QPen(dim(th.session_projected, dimmed), 1.2, Qt.PenStyle.DashLine))
            p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        if s.id == chosen:
            _outline(f, rect)
    return extents


def _outline(f: Frame, rect: QRectF) -> None:
    """The selected session's bar, ringed (as thick as the markers are large)."""
    k = max(1.0, f.mark_size)
    f.p.setBrush(NO_BRUSH)
    f.p.setPen(QPen(f.theme.selection, 2.0 * k))
    f.p.drawRect(rect.adjusted(-2 * k, -2 * k, 2 * k, 2 * k))


def _overview(
    f: Frame, lane: BodyLane, sessions: Sequence[Session], y: float
) -> tuple[list[tuple[float, float]], list[_Column]]:
    """Far zoom, in one pass and a few batched calls: the bars, and one dot per session
    with requirements coloured by its most pressing state (problem states keep their
    shapes, emphasised dots are drawn last). Returns the bars' extents and the columns."""
    p, vp, th, m = f.p, f.vp, f.theme, f.m
    hw, left, ppd, width = vp.header_width, vp.left_day, f.ppd, vp.width
    bar_y, bar_h = y + m.bar_top, m.bar_height
    r = m.marker_radius
    off = r + 1.4
    cy = y + m.marker_y(0)
    extents: list[tuple[float, float]] = []
    confirmed: list[QRectF] = []
    projected: list[QRectF] = []
    dots: dict[Mark, list[QPointF]] = {}
    urgent: list[tuple[Mark, QPointF]] = []
    lit: list[tuple[Mark, QPointF]] = []
    columns: list[_Column] = []
    worst = lane.worst
    requirements = lane.requirements
    hits, record = f.hits, f.record
    ref = f.reference
    sel = f.opt.selection
    chosen = f.dimming or isinstance(sel, RequirementSel)
    emphasised = f.emph.requirements
    next_session = None
    for s in sessions:
        x0 = hw + (s.start.toordinal() - left) * ppd
        x1 = max(x0 + 3.0, hw + (s.end.toordinal() + 1 - left) * ppd)
        extents.append((x0, x1))
        (confirmed if s.status == "confirmed" else projected).append(
            QRectF(x0, bar_y, x1 - x0, bar_h)
        )
        if hits is not None:
            hits.append((x0, bar_y, x1, bar_y + bar_h, "session", s.id))
        reqs = requirements.get(s.id)
        if not reqs:
            continue
        if next_session is None and ref is not None and s.start >= ref:
            next_session = s.id
        cx = x0 + off
        if cx < hw or cx > width:
            continue
        mark = worst[s.id]
        if chosen:
            line = min(reqs, key=lambda q: _priority(f, q, next_session))
            prio = _priority(f, line, next_session)
        elif mark is Mark.OVERDUE or mark is Mark.CANNOT:
            line = next(q for q in reqs if q.overdue or q.cannot_be_met)
            prio = OVERDUE
        else:
            line = reqs[0]
            prio = NEXT_DUE if s.id == next_session else OTHER
        columns.append(_Column(s, cx, reqs, (line,), _PRIOS[prio]))
        centre = QPointF(cx, cy)
        if f.dimming and any(q.key in emphasised for q in reqs):
            lit.append((mark, centre))
            for q in reqs:
                if q.key in emphasised:
                    f.positions[("requirement", q.key)] = centre
        elif mark is Mark.OVERDUE or mark is Mark.CANNOT:
            urgent.append((mark, centre))
        else:
            dots.setdefault(mark, []).append(centre)
        if hits is not None:
            hits.append(
                (cx - r - 1.5, cy - r - 1.5, cx + r + 1.5, cy + r + 1.5, "requirement", line.key)
            )
        if record is not None:
            record.drawn.update(q.key for q in reqs)
    p.setPen(NO_PEN)
    p.setBrush(QBrush(dim(th.session_confirmed, f.dimming)))
    if confirmed:
        p.drawRects(confirmed)
    if projected:
        fill = QColor(th.session_projected)
        fill.setAlphaF(0.18 if not f.dimming else 0.05)
        p.setBrush(QBrush(fill))
        p.setPen(QPen(dim(th.session_projected, f.dimming), 1.0))
        p.drawRects(projected)
    for mark, points in dots.items():
        color, shape = MARKS[mark]
        pen = QPen(dim(color, f.dimming), 2 * r)
        pen.setCapStyle(_DOT_CAPS.get(shape, Qt.PenCapStyle.RoundCap))
        p.setPen(pen)
        p.drawPoints(points)
    for mark, centre in urgent:
        color, shape = MARKS[mark]
        draw_mark(p, shape, dim(color, f.dimming), centre, r, dim(th.background, f.dimming))
    for mark, centre in lit:
        color, shape = MARKS[mark]
        draw_mark(p, shape, color, centre, r, th.background)
    if isinstance(sel, SessionSel):
        for s, (x0, x1) in zip(sessions, extents, strict=True):
            if s.id == sel.id:
                _outline(f, QRectF(x0, bar_y, x1 - x0, bar_h))
    return extents, columns


def _session_names(
    f: Frame,
    sessions: Sequence[Session],
    bars: list[tuple[float, float]],
    bar_y: float,
    bar_h: float,
) -> None:
    """A session's name inside its bar where it fits (shortened at a word in a long bar
    only), else beside the bar where the gap to the next session allows (each gap
    belongs to the bar before it, so names never meet)."""
    if not bars:
        return
    vp, th = f.vp, f.theme
    width = f.fonts.label_width
    hw, right_edge = vp.header_width, vp.width
    centre = bar_y + bar_h / 2
    f.p.setFont(f.small)
    nexts = [b[0] for b in bars[1:]]
    nexts.append(right_edge)
    for s, (x0, x1), nxt in zip(sessions, bars, nexts, strict=True):
        room = nxt - x1 - 2 * PAD
        inside = min(x1, right_edge) - max(x0, hw) - 6
        if inside <= 18 and room < MIN_LABEL_GAP:
            continue
        dimmed = f.dimming and s.id not in f.emph.sessions
        if inside > 40 or (inside > 18 and width(s.name) <= inside):
            text = s.name if width(s.name) <= inside else elide_words(s.name, inside, width)
            if text:
                color = th.session_text if s.status == "confirmed" else th.text
                f.label(max(x0, hw) + 3, centre, width(text), text, dim(color, dimmed), "session")
        elif x1 + PAD >= hw and width(s.name) <= room:
            f.label(x1 + PAD, centre, width(s.name), s.name, dim(th.text, dimmed), "session")


def _priority(f: Frame, q: Requirement, next_session: str | None) -> int:
    sel = f.opt.selection
    if (isinstance(sel, RequirementSel) and sel.key == q.key) or (q.key in f.emph.requirements):
        return SELECTED
    if q.overdue or q.cannot_be_met:
        return OVERDUE
    if q.session == next_session:
        return NEXT_DUE
    return OTHER


def _columns(f: Frame, lane: BodyLane, sessions: Sequence[Session]) -> list[_Column]:
    """The sessions with requirements whose markers are in view (not under the header);
    "next due" is the lane's next session with requirements after today (or as of)."""
    vp = f.vp
    hw, left, ppd = vp.header_width, vp.left_day, f.ppd
    off = f.m.marker_radius + 1.4
    requirements = lane.requirements
    ref = f.reference
    next_session = None
    out: list[_Column] = []
    for s in sessions:
        reqs = requirements.get(s.id)
        if not reqs:
            continue
        if next_session is None and ref is not None and s.start >= ref:
            next_session = s.id
        cx = hw + (s.start.toordinal() - left) * ppd + off
        if hw <= cx <= vp.width:
            lines = reqs[:MAX_STACK_SHOWN]
            prios = [_priority(f, q, next_session) for q in lines]
            out.append(_Column(s, cx, reqs, lines, prios))
    return out


def _markers(f: Frame, columns: list[_Column], y: float) -> None:
    """One marker per requirement, stacked under its session (detail zoom)."""
    p, th, m = f.p, f.theme, f.m
    r = m.marker_radius
    deadlines = f.ppd >= DEADLINE_PPD
    sel = f.opt.selection
    chosen = sel.key if isinstance(sel, RequirementSel) else None
    record = f.record
    for col in columns:
        cx = col.cx
        for i, q in enumerate(col.lines):
            cy = y + m.marker_y(i)
            mark = mark_of(q)
            color, shape = MARKS[mark]
            dimmed = f.dimming and q.key not in f.emph.requirements
            center = QPointF(cx, cy)
            if q.key in f.opt.flash:
                p.setPen(NO_PEN)
                p.setBrush(th.highlight)
                p.drawEllipse(center, r + 4, r + 4)
            draw_mark(p, shape, dim(color, dimmed), center, r, dim(th.background, dimmed))
            if q.key in f.emph.requirements:
                f.positions[("requirement", q.key)] = center
            if q.key == chosen:
                p.setBrush(NO_BRUSH)
                p.setPen(QPen(th.selection, 1.8))
                p.drawEllipse(center, r + 3, r + 3)
            if deadlines:
                _deadline_ticks(f, q, cy, dimmed)
            f.hit(cx - r - 1.5, cy - r - 1.5, 2 * r + 3, 2 * r + 3, "requirement", q.key)
        if record is not None:
            record.drawn.update(q.key for q in col.reqs)


def _label_dots(f: Frame, columns: list[_Column], y: float, below: int) -> None:
    """Far out: each dot named after its most important requirement where the name fits
    beside it or in the free lines under it, and "+N" for the rest (on plain lists: this
    runs for every dot in view). Where dots crowd (under ~40 px apart on average), only
    the gaps beside them are tried."""
    if not columns:
        return
    vp, r, width = f.vp, f.m.marker_radius, f.fonts.label_width
    xs = [c.cx for c in columns]
    if below and (xs[-1] - xs[0]) < CROWDED_PX * (len(xs) - 1):
        below = 0
    nexts = xs[1:]
    nexts.append(vp.width + MIN_LABEL_GAP)
    befores = [vp.header_width - MIN_LABEL_GAP, *xs[:-1]]
    prios = [c.prios[0] for c in columns]
    widths = [0.0] * len(columns)
    room = 2 * r + 2 + 2 * PAD  # a label needs its width and this between two dots
    for k, (c, x, nx, px) in enumerate(zip(columns, xs, nexts, befores, strict=True)):
        gap = max(nx - x, x - px)
        if below or gap >= MIN_LABEL_GAP or c.prios[0] < OTHER:
            w = width(c.lines[0].short_title or c.lines[0].report)
            if below or w + room <= gap or c.prios[0] < OTHER:
                widths[k] = w
    placed, badges, under = place_line(
        [x - r - 1 for x in xs],
        [x + r + 1 for x in xs],
        widths,
        prios,
        vp.header_width,
        vp.width,
        counts=[len(c.reqs) for c in columns],
        badge_width=f.fonts.count_width,
        below=below,
        groups=[c.lines[0].report for c in columns] if below else None,
    )
    _draw_labels(
        f,
        placed,
        columns,
        y,
        [(c.lines[0].short_title or c.lines[0].report,) for c in columns] if placed else [],
        dots=True,
    )
    named = {k: {columns[k].lines[0].key} for k in (*(lab.stack for lab in placed), *under)}
    if f.record is not None:
        f.record.named.update(columns[k].lines[0].key for k in under)
    if badges:
        _badges(f, badges, columns, named, y)


def _draw_labels(
    f: Frame,
    placed: list[Placed],
    columns: list[_Column],
    y: float,
    names: Sequence[Sequence[str]],
    dots: bool = False,
) -> None:
    """The placed labels; far out (`dots`) each names its column's one requirement,
    whichever line it went to."""
    th, m, record = f.theme, f.m, f.record
    f.p.setFont(f.small)
    for lab in placed:
        i = 0 if dots else lab.line
        q = columns[lab.stack].lines[i]
        color = dim(th.text, f.dimming and q.key not in f.emph.requirements)
        text = names[lab.stack][i]
        f.label(lab.x, y + m.marker_y(lab.line), lab.width, text, color, "requirement")
        if record is not None:
            record.named.add(q.key)


def _label_columns(f: Frame, columns: list[_Column], y: float) -> None:
    """Short titles beside the markers, most important first, and "+N" for the rest."""
    if not columns:
        return
    fonts, m, vp = f.fonts, f.m, f.vp
    r = m.marker_radius
    deadlines = f.ppd >= DEADLINE_PPD
    width = fonts.label_width
    stacks: list[Stack] = []
    append = stacks.append
    nexts = [c.cx for c in columns[1:]]
    nexts.append(vp.width + MIN_LABEL_GAP)
    for col, nxt in zip(columns, nexts, strict=True):
        cx = col.cx
        left = cx - r - 1
        lines = col.lines
        if deadlines:
            left = min(left, vp.x_of(lines[0].submission_due) - 4)
        prios = col.prios
        if len(lines) > 1 or prios[0] < OTHER or nxt - cx >= MIN_LABEL_GAP:
            names: Sequence[str] = [q.short_title or q.report for q in lines]
            widths: Sequence[float] = [width(t) for t in names]
        else:
            names, widths = _NO_NAME, _NO_WIDTH
        append(Stack(left, cx + r + 1, names, widths, prios, len(col.reqs)))
    placed, badges = place(stacks, vp.header_width, vp.width, f.fonts.count_width)
    _draw_labels(f, placed, columns, y, [st.names for st in stacks])
    named: dict[int, set[tuple[str, str]]] = {}
    for lab in placed:
        named.setdefault(lab.stack, set()).add(columns[lab.stack].lines[lab.line].key)
    if badges:
        _badges(f, badges, columns, named, y)


_NO_NAME: Sequence[str] = ("",)
_NO_WIDTH: Sequence[float] = (0.0,)
_PRIOS = [(p,) for p in range(OTHER + 1)]


def _badges(
    f: Frame,
    badges: list[Badge],
    columns: list[_Column],
    named: dict[int, set[tuple[str, str]]],
    y: float,
) -> None:
    """ "+N": the requirements of a run of columns that have no label; a click lists them.
    (Runs for every dot in view far out: kept lean.)"""
    p, m = f.p, f.m
    color = f.theme.text_dim
    p.setPen(color)
    baseline = f.baseline
    hits, record = f.hits, f.record
    half = f.fonts.label_height / 2
    stamps = STAMPS.usable(p)
    ratio = p.device().devicePixelRatioF() if stamps else 1.0
    ids = [c.session.id for c in columns] if hits is not None else []
    body = columns[0].session.body
    nothing: frozenset[tuple[str, str]] = frozenset()
    for badge in badges:
        centre = y + m.marker_y(badge.line)
        x = badge.x
        text = f"+{badge.unnamed}"
        if stamps:
            p.drawPixmap(
                QPointF(x, centre - half), STAMPS.get(text, f.small, color, 2 * half, ratio)
            )
        else:
            p.drawText(QPointF(x, centre + baseline), text)
        if hits is None and record is None:
            continue
        first, last = badge.stacks
        labelled = nothing
        if named:
            labelled = frozenset(
                key for k, keys in named.items() if first <= k <= last for key in keys
            )
        if record is not None:
            record.labels.append(
                Label(x, centre - half, x + badge.width, centre + half, text, "badge")
            )
            record.badged.update(
                q.key for c in columns[first : last + 1] for q in c.reqs if q.key not in labelled
            )
        if hits is not None:
            key = BadgeKey(body, tuple(ids[first : last + 1]), labelled)
            hits.append((x - 1, centre - half, x + badge.width + 1, centre + half, "badge", key))


def _deadline_ticks(f: Frame, q: Requirement, cy: float, dimmed: bool) -> None:
    """Submission (S) and issuance (I) deadlines as ticks before the session, joined by a line."""
    p, vp = f.p, f.vp
    xs = vp.x_of(q.submission_due)
    xi = vp.x_of(q.issuance_due)
    x_session = vp.x_of(q.session_start)
    color = dim(f.theme.text_dim, dimmed)
    p.setPen(QPen(color, 1.0, Qt.PenStyle.DotLine))
    p.drawLine(QPointF(xs, cy), QPointF(x_session, cy))
    p.setPen(QPen(color, 1.6))
    p.drawLine(QPointF(xs, cy - 4), QPointF(xs, cy + 4))
    p.drawLine(QPointF(xi, cy - 3), QPointF(xi, cy + 3))
