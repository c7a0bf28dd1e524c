"""Where the parts of an exported picture go: title and subtitle, the timeline (drawn by
the screen's painter), legend and footer. A picture of fixed size (a slide, a page)
takes the largest type that lets every lane fit, and its timeline fills the rest."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from math import ceil

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from planner.store.errors import PlanError
from planner.timeline.geometry import Viewport
from planner.timeline.legend import draw_legend, draw_text_band, legend_height
from planner.timeline.painter import PaintOptions, PaintRecord, Selection, make_font
from planner.timeline.scene import TimelineScene
from planner.timeline.scope import Scope, bodies_with_requirements, scoped
from planner.timeline.style import LIGHT, Theme
from planner.timeline.text import wrap_words

MAX_WIDTH = 30_000
MAX_HEIGHT = 30_000
FIT_STEP = 0.92  # a fixed-size picture tries type this much smaller each time


class ExportError(PlanError):
    """An export that cannot be made (bad size, format or path); the message says why."""


@dataclass(frozen=True)
class ImageOptions:
    first_year: int | None = None  # default 2012
    last_year: int | None = None  # default a few years past today
    width: int = 2400
    title: str | None = None  # None: the plan's title; "" for none
    legend: bool = True
    footer: bool = True
    theme: Theme = LIGHT
    today: date | None = None
    selection: Selection | None = None
    hidden: frozenset[str] = field(default_factory=frozenset)
    font_family: str = ""
    point_size: float = 9.0
    subtitle: str = ""
    height: int | None = None  # a fixed height (slides, pages); None: as tall as the lanes
    max_point_size: float | None = None  # a fixed height tries type from this size down
    min_point_size: float = 6.0  # to this one
    scale: float = 1.0  # image pixels per layout pixel (a 4K slide is a 1080p one × 2)
    page: str | None = None  # "A4" or "A3": a PDF is that page, landscape
    scope: Scope = field(default_factory=Scope)
    lanes_with_requirements: bool = False  # only lanes with requirements in the years shown


@dataclass(frozen=True)
class Composition:
    """Where the parts of an exported image go; `paint` draws them."""

    scene: TimelineScene
    options: ImageOptions
    paint_options: PaintOptions
    width: int
    height: int
    title_h: float
    timeline: Viewport
    legend_h: float
    footer_h: float
    footer_text: str
    title_text: str
    subtitle_text: str = ""
    lanes_left_out: int = 0  # lanes a fixed height could not hold

    def paint(self, p: QPainter, record: PaintRecord | None = None) -> None:
        """Draw the image; `record` collects every label the timeline placed."""
        th = self.options.theme
        p.fillRect(QRectF(0, 0, self.width, self.height), th.background)
        big = _font(self.options, 1.6, bold=True)
        small = _font(self.options, 0.95)
        y = 9.0 if self.title_h else 0.0
        for text, font in (
            (self.title_text, big),
            (self.subtitle_text, _font(self.options, 1.1)),
        ):
            y = _draw_lines(p, y, self.width, text, font, th)
        p.save()
        p.translate(0, self.title_h)
        clip_op = (
            Qt.ClipOperation.IntersectClip if p.hasClipping() else Qt.ClipOperation.ReplaceClip
        )
        p.setClipRect(QRectF(0, 0, self.width, self.timeline.height), clip_op)
        self.scene.paint(p, self.timeline, self.paint_options, record=record)
        p.restore()
        y = self.title_h + self.timeline.height
        if self.legend_h:
            draw_legend(p, QRectF(0, y, self.width, self.legend_h), th, small)
            y += self.legend_h
        if self.footer_h:
            _draw_lines(p, y + 6, self.width, self.footer_text, small, th)


def _font(options: ImageOptions, scale: float, bold: bool = False) -> QFont:
    return make_font(options.font_family, options.point_size, options.theme, scale, bold)


def _lines(text: str, width: float, font: QFont) -> list[str]:
    """`text` wrapped at words to the picture's width (titles are never cut)."""
    return wrap_words(text, width - 16, QFontMetricsF(font)) if text else []


def _lines_height(text: str, width: float, font: QFont) -> float:
    return len(_lines(text, width, font)) * ceil(QFontMetricsF(font).height())


def _draw_lines(p: QPainter, y: float, width: float, text: str, font: QFont, th: Theme) -> float:
    """Draw `text` wrapped from `y` down; returns where it ends."""
    line_h = ceil(QFontMetricsF(font).height())
    for line in _lines(text, width, font):
        draw_text_band(p, QRectF(0, y, width, line_h), line, th, font)
        y += line_h
    return y


def compose(scene: TimelineScene, options: ImageOptions) -> Composition:
    """Lay the picture out; with a fixed height, the largest type from `max_point_size`
    down to `min_point_size` at which every lane fits (and if none does, the lanes that
    fit at the smallest, the others counted in the footer)."""
    if options.height is None:
        return _compose(scene, options)
    if not 100 <= options.height <= MAX_HEIGHT:
        raise ExportError(f"height {options.height} px is out of range (100–{MAX_HEIGHT})")
    size = max(options.max_point_size or options.point_size, options.min_point_size)
    while True:
        comp = _compose(scene, replace(options, point_size=size))
        if comp.height <= options.height or size * FIT_STEP < options.min_point_size:
            break
        size *= FIT_STEP
    if comp.height > options.height:
        comp = _drop_lanes(scene, comp)
    return _fill(comp, options.height)


def _compose(scene: TimelineScene, options: ImageOptions, keep: int | None = None) -> Composition:
    ws = scene.workspace
    today = options.today or ws.options.today or date.today()
    first = options.first_year or 2012
    last = options.last_year or today.year + 4
    if last < first:
        raise ExportError(f"the range ends ({last}) before it starts ({first})")
    if not 200 <= options.width <= MAX_WIDTH:
        raise ExportError(f"width {options.width} px is out of range (200–{MAX_WIDTH})")
    scene = scene.view_copy()
    scene.data = scoped(scene.data, ws.engine.calendar, options.scope)
    everything = set(scene.data.lanes)
    lanes = everything - set(options.hidden)
    scope = options.scope
    if scope.bodies:
        lanes &= scope.bodies
    if options.lanes_with_requirements or scope.reports or scope.decision:
        lanes &= bodies_with_requirements(scene.data, date(first, 1, 1), date(last, 12, 31))
        if not lanes:
            raise ExportError(f"nothing to show: no report is due in {first}–{last} in this scope")
    hidden = everything - lanes
    scene.hidden = hidden
    left_out = 0
    if keep is not None:
        order = [r.key for r in scene.rows() if r.key in scene.data.lanes]
        left_out = max(0, len(order) - keep)
        scene.hidden = hidden | set(order[keep:])
        scene.invalidate_rows()
    paint = scene.paint_options(options.selection, today)
    paint.theme = options.theme
    paint.font_family = options.font_family
    paint.base_point_size = options.point_size
    scene.set_text_style(paint.text_style)
    content_h = scene.content_height()
    m = scene.metrics()
    timeline = Viewport(
        left_day=date(first, 1, 1).toordinal(),
        px_per_day=1.0,
        top=0.0,
        width=float(options.width),
        height=float(ceil(m.axis_height + content_h + 2)),
        header_width=m.header_width,
        axis_height=m.axis_height,
    )
    span = date(last, 12, 31).toordinal() + 1 - date(first, 1, 1).toordinal()
    timeline = replace(timeline, px_per_day=timeline.content_width / span)
    title = ws.title if options.title is None else options.title
    big = _font(options, 1.6, bold=True)
    small = _font(options, 0.95)
    # whole pixels, so every band (and its text) starts on a pixel boundary
    subtitle_font = _font(options, 1.1)
    title_h = _lines_height(title, options.width, big) + _lines_height(
        options.subtitle, options.width, subtitle_font
    )
    title_h = float(title_h + 18) if title_h else 0.0
    legend_h = float(ceil(legend_height(options.width, small))) if options.legend else 0.0
    footer = _footer(ws.title, first, last, ws.options.with_drafts, ws.options.as_of, left_out)
    footer_h = float(_lines_height(footer, options.width, small) + 12) if options.footer else 0.0
    height = int(title_h + timeline.height + legend_h + footer_h + 0.999)
    return Composition(
        scene,
        options,
        paint,
        options.width,
        height,
        title_h,
        timeline,
        legend_h,
        footer_h,
        footer,
        title,
        options.subtitle,
        left_out,
    )


def _footer(
    plan: str, first: int, last: int, drafts: bool, as_of: date | None, left_out: int
) -> str:
    translate = QCoreApplication.translate
    scope = (
        translate("Export", "drafts included")
        if drafts
        else translate("Export", "adopted decisions only")
    )
    if as_of:
        scope += ", " + translate("Export", "as of %1").replace("%1", as_of.isoformat())
    parts = [plan, f"{first}–{last}", scope]
    if left_out:
        parts.append(translate("Export", "lanes not shown: %n", "", left_out))
    generated = translate("Export", "generated %1 by Mandate Planner")
    parts.append(generated.replace("%1", datetime.now().strftime("%Y-%m-%d %H:%M")))
    return " · ".join(parts)


def _drop_lanes(scene: TimelineScene, comp: Composition) -> Composition:
    """The smallest type still too tall: keep the lanes (top to bottom) that fit."""
    target = comp.options.height or comp.height
    keep = len([r for r in comp.scene.rows() if r.key in comp.scene.data.lanes])
    while keep > 1:
        keep -= 1
        smaller = _compose(scene, comp.options, keep)
        if smaller.height <= target:
            return smaller
    return _compose(scene, comp.options, 1)


def _fill(comp: Composition, height: int) -> Composition:
    """Give the timeline whatever height the picture has to spare (legend and footer stay
    at the bottom)."""
    spare = height - comp.height
    if spare <= 0:
        return replace(comp, height=height)
    timeline = replace(comp.timeline, height=comp.timeline.height + spare)
    return replace(comp, timeline=timeline, height=height)
