"""Timeline images for briefings: PNG, SVG (text stays text) and PDF (vector, fonts
embedded), all drawn by the screen's painter with a title, legend and footer.

Very large PNGs are rendered in strips and streamed to the file (pypng), so a
16,000-pixel-wide image of every lane does not need gigabytes of memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from math import ceil
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QRectF, QSize, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from planner.export.composition import (
    MAX_WIDTH,
    Composition,
    ExportError,
    ImageOptions,
    compose,
)
from planner.timeline.geometry import Viewport
from planner.timeline.painter import PaintOptions
from planner.timeline.scene import TimelineScene

FORMATS = (".png", ".svg", ".pdf")
MAX_PIXELS_IN_MEMORY = 48_000_000  # larger PNGs are rendered in strips
STRIP_ROWS = 2048
SCREEN_DPI = 96
PAGES = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3}

__all__ = [
    "MAX_WIDTH",
    "Composition",
    "ExportError",
    "ImageOptions",
    "compose",
    "export_image",
    "render_view_image",
]


def write_png(comp: Composition, path: Path) -> None:
    scale = comp.options.scale
    width, height = ceil(comp.width * scale), ceil(comp.height * scale)
    if width * height <= MAX_PIXELS_IN_MEMORY:
        image = QImage(QSize(width, height), QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(scale)
        image.setDotsPerMeterX(round(SCREEN_DPI * scale / 0.0254))
        image.setDotsPerMeterY(round(SCREEN_DPI * scale / 0.0254))
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
    scale = comp.options.scale
    width, height = ceil(comp.width * scale), ceil(comp.height * scale)
    for y0 in range(0, height, STRIP_ROWS):
        rows = min(STRIP_ROWS, height - y0)
        strip = QImage(QSize(width, rows), QImage.Format.Format_RGB32)  # QPainter's fast path
        strip.fill(comp.options.theme.background)
        painter = QPainter(strip)
        try:
            painter.translate(0, -y0)
            painter.scale(scale, scale)
            # lets the painter skip the lanes outside the strip
            painter.setClipRect(QRectF(0, y0 / scale, comp.width, rows / scale))
            comp.paint(painter)
        finally:
            painter.end()
        strip = strip.convertToFormat(QImage.Format.Format_RGB888)  # what PNG rows need
        stride = strip.bytesPerLine()
        data = bytes(strip.constBits())
        row_bytes = width * 3
        yield [data[r * stride : r * stride + row_bytes] for r in range(rows)]


def _write_png_in_strips(comp: Composition, path: Path) -> None:
    import png

    scale = comp.options.scale
    # level 1: hundreds of megabytes raw; a flat timeline compresses well anyway
    writer = png.Writer(
        ceil(comp.width * scale),
        ceil(comp.height * scale),
        greyscale=False,
        bitdepth=8,
        compression=1,
    )
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
    page = PAGES.get(comp.options.page or "")
    if page is not None:  # a handout or poster: that very paper, landscape
        writer.setPageSize(QPageSize(page))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
    else:
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
