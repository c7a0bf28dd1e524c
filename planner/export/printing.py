"""Printing and PDF handouts: the timeline over pages, with the time axis, lane headers,
legend and page number on every page (the painter draws them for any viewport).

"fit" puts the whole range across the page width and continues the lanes on
further pages; "tile" gives each page a few years and tiles across and down.
The page is used: when every lane fits on one page, the type grows (up to
MAX_POINT_SIZE) while they still do, and the timeline takes the whole height
between the title and the legend.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from math import ceil
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QRectF
from PySide6.QtGui import QFont, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

from planner.store.files import check_target, write_bytes
from planner.timeline.geometry import Viewport
from planner.timeline.legend import draw_legend, draw_text_band, legend_height
from planner.timeline.painter import PaintOptions, make_font
from planner.timeline.scene import TimelineScene
from planner.timeline.style import LIGHT

SCREEN_DPI = 96
BASE_POINT_SIZE = 9.0  # lanes that do not fit one page continue at this size
MAX_POINT_SIZE = 14.0  # a page with room to spare takes type up to this size
_TITLE_H = 30.0
_FOOTER_H = 22.0


@dataclass(frozen=True)
class PrintOptions:
    first_year: int = 2012
    last_year: int | None = None
    mode: str = "fit"  # or "tile"
    years_per_page: int = 3  # "tile" only
    title: str | None = None
    today: date | None = None
    legend: bool = True


@dataclass(frozen=True)
class Page:
    viewport: Viewport
    number: int


@dataclass(frozen=True)
class PageLayout:
    pages: list[Page]
    point_size: float
    legend_h: float


def _legend_font(point_size: float) -> QFont:
    return make_font("", point_size, LIGHT, 0.95)


def layout_pages(
    scene: TimelineScene,
    width: float,
    height: float,
    options: PrintOptions,
    point_size: float = BASE_POINT_SIZE,
) -> PageLayout:
    """The viewport of each page, for a page of `width` × `height` logical pixels, with the
    lanes laid out for `point_size` type (`scene` is laid out again for it)."""
    scene.set_text_style(_paint_options(scene, options, point_size).text_style)
    today = options.today or scene.workspace.options.today or date.today()
    first = date(options.first_year, 1, 1).toordinal()
    last_year = options.last_year or today.year + 4
    last = date(last_year, 12, 31).toordinal() + 1
    m = scene.metrics()
    legend_h = (
        float(ceil(legend_height(width, _legend_font(point_size)))) if options.legend else 0.0
    )
    band_h = height - _TITLE_H - _FOOTER_H - legend_h - m.axis_height
    # split the lanes into bands that fit a page, never cutting a lane in two
    bands: list[tuple[float, float]] = []
    top, used = 0.0, 0.0
    for row in scene.rows():
        if used + row.height > band_h and used > 0:
            bands.append((top, used))
            top, used = row.top, 0.0
        used += row.height
    bands.append((top, used))
    base = scene.fit(Viewport(left_day=first, px_per_day=1.0, top=0.0, width=width, height=height))
    if options.mode == "tile":
        days = max(1, round(365.25 * max(1, options.years_per_page)))
        columns = max(1, ceil((last - first) / days))
    else:
        days, columns = last - first, 1
    ppd = base.content_width / days
    pages: list[Page] = []
    # one band of lanes: its timeline runs down to the legend; several: each page shows
    # its own lanes only (the next lane starts the next page, never half shown)
    timeline_h = height - _TITLE_H - _FOOTER_H - legend_h
    for band_top, band_height in bands:
        shown = m.axis_height + band_height
        for c in range(columns):
            vp = replace(
                base,
                left_day=first + c * days,
                px_per_day=ppd,
                top=band_top,
                height=max(shown, timeline_h) if len(bands) == 1 else shown,
            )
            pages.append(Page(vp, len(pages) + 1))
    return PageLayout(pages, point_size, legend_h)


def fitted_layout(
    scene: TimelineScene, width: float, height: float, options: PrintOptions
) -> PageLayout:
    """The largest type (from MAX_POINT_SIZE down to BASE_POINT_SIZE) that keeps every lane
    on one page height; the base size when even that needs more."""
    size = MAX_POINT_SIZE
    while size > BASE_POINT_SIZE:
        layout = layout_pages(scene, width, height, options, size)
        bands = len({p.viewport.top for p in layout.pages})
        if bands == 1:
            return layout
        size = max(BASE_POINT_SIZE, size - 1.0)
    return layout_pages(scene, width, height, options, BASE_POINT_SIZE)


def _paint_options(scene: TimelineScene, options: PrintOptions, point_size: float) -> PaintOptions:
    paint = scene.paint_options(None, options.today)
    paint.theme = LIGHT
    paint.base_point_size = point_size
    return paint


def print_timeline(scene: TimelineScene, device: QPagedPaintDevice, options: PrintOptions) -> int:
    """Paint every page onto a printer or PDF writer; returns the number of pages."""
    scale = device.logicalDpiX() / SCREEN_DPI if device.logicalDpiX() > 0 else 1.0
    rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
    width, height = rect.width() / scale, rect.height() / scale
    scene = scene.view_copy()  # laid out for paper, leaving the screen's layout alone
    layout = fitted_layout(scene, width, height, options)
    pages = layout.pages
    ws = scene.workspace
    title = ws.title if options.title is None else options.title
    paint_options = _paint_options(scene, options, layout.point_size)
    big = make_font("", 11, LIGHT, bold=True)
    small = make_font("", 8, LIGHT)
    legend_font = _legend_font(layout.point_size)
    printed = QCoreApplication.translate("Export", "printed %1").replace(
        "%1", datetime.now().strftime("%Y-%m-%d")
    )
    painter = QPainter(device)
    try:
        painter.scale(scale, scale)
        for i, page in enumerate(pages):
            if i:
                device.newPage()
            draw_text_band(painter, QRectF(0, 0, width, _TITLE_H), title, LIGHT, big)
            painter.save()
            painter.translate(0, _TITLE_H)
            painter.setClipRect(QRectF(0, 0, width, page.viewport.height))
            scene.paint(painter, page.viewport, paint_options)
            painter.restore()
            y = _TITLE_H + page.viewport.height
            if layout.legend_h:
                draw_legend(painter, QRectF(0, y, width, layout.legend_h), LIGHT, legend_font)
            number = (
                QCoreApplication.translate("Export", "page %1 of %2")
                .replace("%1", str(page.number))
                .replace("%2", str(len(pages)))
            )
            footer = f"{ws.title} · {printed} · {number}"
            draw_text_band(
                painter, QRectF(0, height - _FOOTER_H, width, _FOOTER_H), footer, LIGHT, small
            )
    finally:
        painter.end()
    return len(pages)


def write_pdf_handout(
    scene: TimelineScene, path: Path, options: PrintOptions, page: QPageSize
) -> int:
    """The printed pages as a PDF handout (landscape `page`), written all or nothing through
    a temporary file beside `path`. Returns the number of pages."""
    check_target(path)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setCreator("Mandate Planner")
    writer.setPageSize(page)
    writer.setPageOrientation(QPageLayout.Orientation.Landscape)
    pages = print_timeline(scene, writer, options)
    buffer.close()
    write_bytes(path, bytes(buffer.data().data()))
    return pages
