"""Timeline images for briefings: PNG, SVG (text stays text) and PDF (vector, fonts
embedded), all drawn by the screen's painter with a title, legend and footer.

Very large PNGs are rendered in strips and streamed to the file (pypng), so a
16,000-pixel-wide image of every lane does not need gigabytes of memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from math import ceil
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QFont, QImage, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from planner.store.errors import PlanError
from planner.timeline.geometry import Viewport
from planner.timeline.legend import draw_legend, draw_text_band, legend_height
from planner.timeline.painter import PaintOptions, PaintRecord, Selection, make_font
from planner.timeline.scene import TimelineScene
from planner.timeline.style import LIGHT, Theme

FORMATS = (".png", ".svg", ".pdf")
MAX_WIDTH = 30_000
MAX_PIXELS_IN_MEMORY = 48_000_000  # larger PNGs are rendered in strips
STRIP_ROWS = 2048
SCREEN_DPI = 96


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

    def paint(self, p: QPainter, record: PaintRecord | None = None) -> None:
        """Draw the image; `record` collects every label the timeline placed."""
        th = self.options.theme
        p.fillRect(QRectF(0, 0, self.width, self.height), th.background)
        big = _font(self.options, 1.6, bold=True)
        small = _font(self.options, 0.95)
        if self.title_h:
            draw_text_band(p, QRectF(0, 0, self.width, self.title_h), self.title_text, th, big)
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
            draw_text_band(p, QRectF(0, y, self.width, self.footer_h), self.footer_text, th, small)


def _font(options: ImageOptions, scale: float, bold: bool = False) -> QFont:
    return make_font(options.font_family, options.point_size, options.theme, scale, bold)


def compose(scene: TimelineScene, options: ImageOptions) -> Composition:
    ws = scene.workspace
    today = options.today or ws.options.today or date.today()
    first = options.first_year or 2012
    last = options.last_year or today.year + 4
    if last < first:
        raise ExportError(f"the range ends ({last}) before it starts ({first})")
    if not 200 <= options.width <= MAX_WIDTH:
        raise ExportError(f"width {options.width} px is out of range (200–{MAX_WIDTH})")
    scene = scene.view_copy()
    scene.hidden = set(options.hidden)
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
        height=m.axis_height + content_h + 2,
        header_width=m.header_width,
        axis_height=m.axis_height,
    )
    span = date(last, 12, 31).toordinal() + 1 - date(first, 1, 1).toordinal()
    timeline = replace(timeline, px_per_day=timeline.content_width / span)
    title = ws.title if options.title is None else options.title
    big = _font(options, 1.6, bold=True)
    small = _font(options, 0.95)
    from PySide6.QtGui import QFontMetricsF

    # whole pixels, so every band (and its text) starts on a pixel boundary
    title_h = float(ceil(QFontMetricsF(big).height() + 18)) if title else 0.0
    legend_h = float(ceil(legend_height(options.width, small))) if options.legend else 0.0
    footer_h = float(ceil(QFontMetricsF(small).height() + 12)) if options.footer else 0.0
    scope = "drafts included" if ws.options.with_drafts else "adopted decisions only"
    if ws.options.as_of:
        scope += f", as of {ws.options.as_of.isoformat()}"
    footer = f"{ws.title} · {first}–{last} · {scope} · generated {datetime.now():%d %b %Y %H:%M} by Mandate Planner"
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
    )


def write_png(comp: Composition, path: Path) -> None:
    if comp.width * comp.height <= MAX_PIXELS_IN_MEMORY:
        image = QImage(QSize(comp.width, comp.height), QImage.Format.Format_ARGB32_Premultiplied)
        image.setDotsPerMeterX(round(SCREEN_DPI / 0.0254))
        image.setDotsPerMeterY(round(SCREEN_DPI / 0.0254))
        painter = QPainter(image)
        try:
            comp.paint(painter)
        finally:
            painter.end()
        if not image.save(str(path), "PNG"):
            raise ExportError(f"{path}: could not write the image")
        return
    _write_png_in_strips(comp, path)


def _strips(comp: Composition) -> Iterator[list[bytes]]:
    """Strips of RGB rows, rendered STRIP_ROWS at a time, each culling the lanes outside it."""
    for y0 in range(0, comp.height, STRIP_ROWS):
        rows = min(STRIP_ROWS, comp.height - y0)
        strip = QImage(QSize(comp.width, rows), QImage.Format.Format_RGB32)  # QPainter's fast path
        strip.fill(comp.options.theme.background)
        painter = QPainter(strip)
        try:
            painter.translate(0, -y0)
            painter.setClipRect(
                QRectF(0, y0, comp.width, rows)
            )  # lets the painter skip other lanes
            comp.paint(painter)
        finally:
            painter.end()
        strip = strip.convertToFormat(QImage.Format.Format_RGB888)  # what PNG rows need
        stride = strip.bytesPerLine()
        data = bytes(strip.constBits())
        row_bytes = comp.width * 3
        yield [data[r * stride : r * stride + row_bytes] for r in range(rows)]


def _write_png_in_strips(comp: Composition, path: Path) -> None:
    import png

    # level 1: hundreds of megabytes raw; a flat timeline compresses well anyway
    writer = png.Writer(comp.width, comp.height, greyscale=False, bitdepth=8, compression=1)
    with path.open("wb") as fh:
        writer.write_packed(fh, (row for strip in _strips(comp) for row in strip))


def write_svg(comp: Composition, path: Path) -> None:
    gen = QSvgGenerator()
    gen.setFileName(str(path))
    gen.setSize(QSize(comp.width, comp.height))
    gen.setViewBox(QRect(0, 0, comp.width, comp.height))
    gen.setResolution(SCREEN_DPI)
    gen.setTitle(comp.title_text or "Mandate Planner timeline")
    gen.setDescription(comp.footer_text)
    painter = QPainter(gen)
    try:
        comp.paint(painter)
    finally:
        painter.end()


def write_pdf(comp: Composition, path: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(SCREEN_DPI)
    mm = 25.4 / SCREEN_DPI
    writer.setPageSize(
        QPageSize(QSizeF(comp.width * mm, comp.height * mm), QPageSize.Unit.Millimeter)
    )
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setTitle(comp.title_text or "Mandate Planner timeline")
    writer.setCreator("Mandate Planner")
    painter = QPainter(writer)
    try:
        comp.paint(painter)
    finally:
        painter.end()


def export_image(scene: TimelineScene, path: Path, options: ImageOptions) -> Composition:
    """Write the timeline to `path` (.png, .svg or .pdf); nothing is left behind on failure."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"{path}: use a .png, .svg or .pdf file name")
    folder = path.resolve().parent
    if not folder.is_dir():
        raise ExportError(f"{path}: folder {folder} does not exist")
    comp = compose(scene, options)
    tmp = path.with_name(f".{path.name}.partial{suffix}")
    try:
        {".png": write_png, ".svg": write_svg, ".pdf": write_pdf}[suffix](comp, tmp)
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise ExportError(f"{path}: could not write the file")
        tmp.replace(path)
    except OSError as exc:
        raise ExportError(f"{path}: cannot write ({exc.strerror})") from None
    finally:
        tmp.unlink(missing_ok=True)
    return comp


def render_view_image(
    scene: TimelineScene, viewport: Viewport, options: PaintOptions, scale: float = 2.0
) -> QImage:
    """What the screen shows, at `scale`× resolution (for the clipboard)."""
    return scene.render(viewport, options, scale)
