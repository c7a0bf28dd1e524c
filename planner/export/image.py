"""Timeline images for briefings: PNG, SVG (text stays text) and PDF (vector, fonts
embedded), all drawn by the screen's painter with a title, legend and footer.

PNGs are drawn in strips and streamed to the file while the next strip is drawn
(`png_stream`), so a 16,000-pixel-wide image of every lane needs little memory.
Every image is encoded by us into the safe writer's temporary file (`store.files`),
so a full disk or a planted name never leaves a half-written target.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from math import ceil
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRect, QRectF, QSize, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPaintDevice, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from planner.export import png_stream
from planner.export.composition import (
    MAX_WIDTH,
    Composition,
    ExportError,
    ImageOptions,
    compose,
)
from planner.store.files import check_target, replacing
from planner.timeline.scene import TimelineScene

FORMATS = (".png", ".svg", ".pdf")
STRIP_ROWS = 1024
SCREEN_DPI = 96
PAGES = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3}
# in UTF-8 output: the C0 controls XML 1.0 forbids (these bytes never occur inside a
# multi-byte character) and the non-characters U+FFFE and U+FFFF
_NOT_XML_UTF8 = re.compile(b"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]")

__all__ = [
    "MAX_WIDTH",
    "Composition",
    "ExportError",
    "ImageOptions",
    "compose",
    "export_image",
]


def _begin(device: QPaintDevice, path: Path) -> QPainter:
    """A painter on `device`, or a clear error before any drawing (never a stream of
    "QPainter not active" warnings)."""
    painter = QPainter(device)
    if not painter.isActive():
        raise ExportError(f"{path}: cannot draw the image (not enough memory?)")
    return painter


def _pixels(comp: Composition) -> tuple[int, int]:
    scale = comp.options.scale
    return ceil(comp.width * scale), ceil(comp.height * scale)


def write_png(comp: Composition, out: BinaryIO, path: Path) -> None:
    """PNG of the composition into `out`, drawn in strips, each deflated on a worker while
    the next is drawn (see `png_stream`); `path` names the target in messages."""
    scale = comp.options.scale
    width, height = _pixels(comp)
    png_stream.write_png(
        out, width, height, _strips(comp, path), round(SCREEN_DPI * scale / 0.0254)
    )


def _encoded(path: Path, write: Callable[[QBuffer], object]) -> bytes:
    """What a Qt writer puts into a memory buffer (so our own write meets a full disk)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if write(buffer) is False:
        raise ExportError(f"{path}: could not encode the image")
    buffer.close()
    data = bytes(buffer.data().data())
    if not data:
        raise ExportError(f"{path}: could not encode the image")
    return data


def _strips(comp: Composition, path: Path) -> Iterator[QImage]:
    """The picture as RGB strips, STRIP_ROWS at a time, each culling the lanes outside it."""
    scale = comp.options.scale
    width, height = _pixels(comp)
    for y0 in range(0, height, STRIP_ROWS):
        rows = min(STRIP_ROWS, height - y0)
        strip = QImage(QSize(width, rows), QImage.Format.Format_RGB32)  # QPainter's fast path
        if strip.isNull():
            raise ExportError(f"{path}: not enough memory for the image")
        strip.fill(comp.options.theme.background)
        painter = _begin(strip, path)
        try:
            painter.translate(0, -y0)
            painter.scale(scale, scale)
            # lets the painter skip the lanes outside the strip
            painter.setClipRect(QRectF(0, y0 / scale, comp.width, rows / scale))
            comp.paint(painter)
        finally:
            painter.end()
        yield strip.convertToFormat(QImage.Format.Format_RGB888)  # what PNG rows hold


def write_svg(comp: Composition, out: BinaryIO, path: Path) -> None:
    """SVG (text stays text), always well-formed XML: characters XML cannot hold (control
    characters in plan text) become U+FFFD."""

    def draw(buffer: QBuffer) -> None:
        gen = QSvgGenerator()
        gen.setOutputDevice(buffer)
        gen.setSize(QSize(comp.width, comp.height))
        gen.setViewBox(QRect(0, 0, comp.width, comp.height))
        gen.setResolution(SCREEN_DPI)
        gen.setTitle(comp.title_text or "Mandate Planner timeline")
        gen.setDescription(comp.footer_text)
        painter = _begin(gen, path)
        try:
            comp.paint(painter)
        finally:
            painter.end()

    out.write(_NOT_XML_UTF8.sub("\ufffd".encode(), _encoded(path, draw)))


def write_pdf(comp: Composition, out: BinaryIO, path: Path) -> None:
    def draw(buffer: QBuffer) -> None:
        writer = QPdfWriter(buffer)
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
        painter = _begin(writer, path)
        try:
            comp.paint(painter)
        finally:
            painter.end()

    out.write(_encoded(path, draw))


def export_image(scene: TimelineScene, path: Path, options: ImageOptions) -> Composition:
    """Write the timeline to `path` (.png, .svg or .pdf): the target is checked before any
    drawing, and it is replaced all or nothing (nothing is left behind on failure)."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"{path}: use a .png, .svg or .pdf file name")
    check_target(path)
    comp = compose(scene, options)
    writer = {".png": write_png, ".svg": write_svg, ".pdf": write_pdf}[suffix]
    with replacing(path) as tmp:
        writer(comp, tmp.stream, path)
    return comp
