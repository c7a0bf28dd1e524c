"""PNG written in strips on worker threads: a valid file, the same pixels as drawn."""

from __future__ import annotations

import struct
import zlib
from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from paths import DEFAULT_PLAN
from PySide6.QtGui import QImage, QPainter

from planner.app.documents import read_plan
from planner.app.workspace import Workspace
from planner.domain.results import RecalcOptions
from planner.export import image as image_module
from planner.export.image import ImageOptions, export_image
from planner.export.png_stream import adler32_combine
from planner.timeline.scene import TimelineScene


@given(st.binary(max_size=3000), st.binary(max_size=70000))
def test_adler32_combine_matches_zlib(a, b):
    assert adler32_combine(zlib.adler32(a), zlib.adler32(b), len(b)) == zlib.adler32(a + b)


def chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    out, i = [], 8
    while i < len(data):
        (length,) = struct.unpack(">I", data[i : i + 4])
        kind, body = data[i + 4 : i + 8], data[i + 8 : i + 8 + length]
        (crc,) = struct.unpack(">I", data[i + 8 + length : i + 12 + length])
        assert crc == zlib.crc32(kind + body) & 0xFFFFFFFF
        out.append((kind, body))
        i += 12 + length
    return out


def test_the_streamed_png_holds_exactly_the_drawn_pixels(tmp_path, monkeypatch, qapp):
    monkeypatch.setattr(image_module, "STRIP_ROWS", 37)  # many strips, one short at the end
    scene = TimelineScene(
        Workspace.in_memory(read_plan(DEFAULT_PLAN), RecalcOptions(today=date(2026, 11, 27)))
    )
    options = ImageOptions(2012, 2030, 1500, today=date(2026, 11, 27))
    out = tmp_path / "t.png"
    comp = export_image(scene, out, options)
    data = out.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    parts = chunks(data)
    assert [k for k, _ in parts][:2] == [b"IHDR", b"pHYs"] and parts[-1][0] == b"IEND"
    width, height = struct.unpack(">II", parts[0][1][:8])
    raw = zlib.decompress(b"".join(body for kind, body in parts if kind == b"IDAT"))  # checks adler
    assert (width, height) == (comp.width, comp.height)
    assert len(raw) == height * (width * 3 + 1)
    drawn = QImage(comp.width, comp.height, QImage.Format.Format_RGB32)
    drawn.fill(options.theme.background)
    painter = QPainter(drawn)
    comp.paint(painter)
    painter.end()
    saved = QImage(str(out)).convertToFormat(QImage.Format.Format_RGB32)
    assert saved == drawn  # (strips once shaded other lanes than the whole picture)
