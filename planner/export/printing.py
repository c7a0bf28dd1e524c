"""Printing and PDF handouts: the timeline over pages, with the time axis and lane headers
on every page (the painter draws them for any viewport) and page numbers.

"fit" puts the whole range across the page width and continues the lanes on
further pages; "tile" gives each page a few years and tiles across and down.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from math import ceil
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QRectF
from PySide6.QtGui import QFont, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

from planner.store.files import check_target, write_bytes
from planner.timeline.geometry import Viewport
from planner.timeline.legend import draw_text_band
from planner.timeline.painter import points_to_px
from planner.timeline.scene import TimelineScene
from planner.timeline.style import LIGHT

SCREEN_DPI = 96


@dataclass(frozen=True)
class PrintOptions:
    first_year: int = 2012
    last_year: int | None = None
    mode: str = "fit"  # or "tile"
    years_per_page: int = 3
    title: str | None = None
    today: date | None = None


@dataclass(frozen=True)
class Page:
    viewport: Viewport
    number: int


def layout_pages(
    scene: TimelineScene, width: float, height: float, options: PrintOptions
) -> list[Page]:
    """The viewport of each page, for a page of `width` × `height` logical pixels."""
    today = options.today or scene.workspace.options.today or date.today()
    first = date(options.first_year, 1, 1).toordinal()
    last_year = options.last_year or today.year + 4
    last = date(last_year, 12, 31).toordinal() + 1
    axis_h = scene.metrics().axis_height
    band_h = height - _TITLE_H - _FOOTER_H - axis_h
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
    for band_top, band_height in bands:
        for c in range(columns):
            vp = replace(
                base,
                left_day=first + c * days,
                px_per_day=ppd,
                top=band_top,
                height=axis_h + band_height,
            )
            pages.append(Page(vp, len(pages) + 1))
    return pages


_TITLE_H = 28.0
_FOOTER_H = 22.0


def print_timeline(scene: TimelineScene, device: QPagedPaintDevice, options: PrintOptions) -> int:
    """Paint every page onto a printer or PDF writer; returns the number of pages."""
    scale = device.logicalDpiX() / SCREEN_DPI if device.logicalDpiX() > 0 else 1.0
    rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
    width, height = rect.width() / scale, rect.height() / scale
    pages = layout_pages(scene, width, height, options)
    ws = scene.workspace
    title = ws.title if options.title is None else options.title
    paint_options = scene.paint_options(None, options.today)
    paint_options.theme = LIGHT
    big = QFont()
    big.setPixelSize(round(points_to_px(11)))
    big.setBold(True)
    small = QFont()
    small.setPixelSize(round(points_to_px(8)))
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
            footer = f"{ws.title} · printed {datetime.now():%d %b %Y} · page {page.number} of {len(pages)}"
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
    write_bytes(path, buffer.data().data())
    return pages
