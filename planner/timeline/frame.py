"""What one paint call knows: the options it was given (selection, theme, fonts, sizes),
where clickable things landed, and (for tests and exports) every label it placed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from math import ceil
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)

from planner.timeline.data import TimelineData
from planner.timeline.geometry import DEFAULT_METRICS, LaneMetrics, Row, Tick, Viewport
from planner.timeline.style import LIGHT, Theme
from planner.timeline.text import Fonts, TextStyle, fonts_for

NO_PEN = QPen(Qt.PenStyle.NoPen)
NO_BRUSH = QBrush(Qt.BrushStyle.NoBrush)


@dataclass(frozen=True)
class RequirementSel:
    """A report due at a session (one requirement) is selected."""

    report: str
    session: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.report, self.session)


@dataclass(frozen=True)
class DecisionSel:
    """A decision is selected, by its symbol."""

    symbol: str

    @property
    def key(self) -> str:
        return self.symbol


@dataclass(frozen=True)
class SessionSel:
    """A session (explicit or projected) is selected, by its id."""

    id: str

    @property
    def key(self) -> str:
        return self.id


@dataclass(frozen=True)
class EventSel:
    """An event (a one-off or one of a series) is selected, by its id."""

    id: str

    @property
    def key(self) -> str:
        return self.id


# What is selected: one small type per kind, matched with isinstance / match.
Selection = RequirementSel | DecisionSel | SessionSel | EventSel


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
    """A clickable place: its box (left, top, right, bottom) and what is there. A "badge"
    hit's key is a `BadgeKey`. A frame collects them as plain tuples (thousands a frame:
    a named tuple each would cost milliseconds); `Hit(*row)` reads one."""

    left: float
    top: float
    right: float
    bottom: float
    kind: str
    key: object

    def contains(self, x: float, y: float) -> bool:
        return self.left <= x <= self.right and self.top <= y <= self.bottom


def hit_selection(hit: Hit) -> Selection | None:
    """What clicking a hit selects (None for lanes, twisties and badges). A frame's hits are
    plain tuples with string kinds for speed; this is where they become typed."""
    key = hit.key
    if hit.kind == "requirement" and isinstance(key, tuple):
        report, session = key
        return RequirementSel(str(report), str(session))
    if hit.kind == "decision":
        return DecisionSel(str(key))
    if hit.kind == "session":
        return SessionSel(str(key))
    if hit.kind == "event":
        return EventSel(str(key))
    return None


class BadgeKey(NamedTuple):
    """What a "+N" badge counts: the requirements at these sessions of a body, except
    those labelled."""

    body: str
    sessions: tuple[str, ...]
    named: frozenset[tuple[str, str]]


Hits = list[tuple[float, float, float, float, str, object]]


class Label(NamedTuple):
    """A text the painter placed: its box, its text and what it names."""

    left: float
    top: float
    right: float
    bottom: float
    text: str
    kind: str  # "requirement", "badge", "session", "decision" or "event"


@dataclass
class PaintRecord:
    """What a frame placed, for checking that labels never overlap and that every
    requirement marker is named or counted in a badge."""

    labels: list[Label] = field(default_factory=list)
    drawn: set[tuple[str, str]] = field(default_factory=set)  # requirements with a marker
    named: set[tuple[str, str]] = field(default_factory=set)
    badged: set[tuple[str, str]] = field(default_factory=set)


@dataclass
class PaintOptions:
    theme: Theme = LIGHT
    today: date | None = None
    as_of: date | None = None
    selection: Selection | None = None
    emphasis: Emphasis = field(default_factory=Emphasis)
    flash: set[tuple[str, str]] = field(default_factory=set)  # recently changed requirements
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
    labels: bool = True  # name requirements, sessions, decisions and events where they fit
    metrics: LaneMetrics = DEFAULT_METRICS  # the scene sets the sizes its rows were laid out with

    @property
    def text_style(self) -> TextStyle:
        return TextStyle(
            self.font_family, self.base_point_size, self.theme.font_scale, self.theme.mark_scale
        )


class Stamps:
    """Short texts ("+3") pre-rendered once, for raster targets (screen, PNG): a frame far
    out draws hundreds of badges, and blitting is a third of the cost of laying out text.
    Vector targets (SVG, PDF, print) and scaled painters get real text."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, int, int, float], QPixmap] = {}

    def usable(self, p: QPainter) -> bool:
        engine = p.paintEngine()
        return (
            engine is not None
            and engine.type() == QPaintEngine.Type.Raster
            and not p.worldTransform().isScaling()
        )

    def get(self, text: str, font: QFont, color: QColor, height: float, ratio: float) -> QPixmap:
        key = (text, font.pixelSize(), color.rgba(), ratio)
        pm = self._cache.get(key)
        if pm is None:
            if len(self._cache) > 2048:
                self._cache.clear()
            width = QFontMetricsF(font).horizontalAdvance(text) + 2
            image = QImage(
                max(1, ceil(width * ratio)),
                max(1, ceil(height * ratio)),
                QImage.Format.Format_ARGB32_Premultiplied,
            )
            image.setDevicePixelRatio(ratio)
            image.fill(Qt.GlobalColor.transparent)
            q = QPainter(image)
            q.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            q.setFont(font)
            q.setPen(color)
            metrics = QFontMetricsF(font)
            q.drawText(QPointF(0, height / 2 + (metrics.ascent() - metrics.descent()) / 2), text)
            q.end()
            pm = self._cache[key] = QPixmap.fromImage(image)
        return pm


STAMPS = Stamps()


def dim(color: QColor, dimmed: bool) -> QColor:
    if not dimmed:
        return color
    c = QColor(color)
    c.setAlphaF(0.22)
    return c


class Frame:
    """State of one paint call."""

    def __init__(
        self,
        p: QPainter,
        data: TimelineData,
        rows: list[Row],
        vp: Viewport,
        opt: PaintOptions,
        hits: Hits | None,
        record: PaintRecord | None,
    ) -> None:
        self.p, self.data, self.rows, self.vp, self.opt, self.hits = p, data, rows, vp, opt, hits
        self.record = record
        self.theme = opt.theme
        self.m = opt.metrics
        self.first_day = int(vp.left_day) - 1
        self.last_day = int(vp.right_day) + 1
        self.ppd = vp.px_per_day
        self.fonts: Fonts = fonts_for(opt.text_style)
        self.mark_size = self.m.marker_radius / 3.6  # markers against the default
        self.small = self.fonts.label
        self.small_metrics = self.fonts.label_metrics
        # from a line's centre to the baseline of its text
        self.baseline = (self.small_metrics.ascent() - self.small_metrics.descent()) / 2
        self.positions: dict[tuple[str, object], QPointF] = {}  # where emphasised items were drawn
        self.emph = opt.emphasis
        # a theme may keep everything at full strength (meeting mode: read from afar)
        self.dimming = self.emph.active and opt.theme.dims
        self.low, self.high = vp.axis_height, vp.height
        self.reference = opt.as_of or opt.today
        self.ticks: list[Tick] = []  # the time axis's, shared by the grid and the axis

    def hit(self, x: float, y: float, w: float, h: float, kind: str, key: object) -> None:
        if self.hits is not None:
            self.hits.append((x, y, x + w, y + h, kind, key))

    def label(self, x: float, centre: float, w: float, text: str, color: QColor, kind: str) -> None:
        """Draw a placed label: its box is [x, x + w] across the line centred at `centre`."""
        p = self.p
        p.setPen(color)
        p.drawText(QPointF(x, centre + self.baseline), text)
        if self.record is not None:
            half = self.fonts.label_height / 2
            self.record.labels.append(Label(x, centre - half, x + w, centre + half, text, kind))


def draw_mark(
    p: QPainter, shape: str, color: QColor, center: QPointF, r: float, outline: QColor
) -> None:
    """One requirement marker: shape and colour both carry its state."""
    x, y = center.x(), center.y()
    p.setPen(QPen(outline, max(1.0, r * 0.25)))
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
