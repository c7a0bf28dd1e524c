"""Write a resolution as a PDF in the UN's document-system layout, for tests and `make bench`.

A small hand-made PDF writer (standard Helvetica, WinAnsi text): first-page header
(symbol, body, session, agenda item, "Resolution adopted by … on …", number and
title), preamble, numbered operative paragraphs with the number and the text as
separate text runs (as Word writes them), footnotes at the page foot, and running
headers and footers ("A/RES/99/201 Title", "25-01234  3/40") on every page.
The sentences are our own; no UN document is copied.
"""

from __future__ import annotations

import textwrap
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

PAGE_W, PAGE_H = 595, 842
TOP, BOTTOM, LEFT, INDENT = 770, 110, 72, 108
LEADING = 13


@dataclass
class Resolution:
    symbol: str = "A/RES/99/201"
    body: str = "General Assembly"
    session: str = "Ninety-ninth session"
    agenda: str = "Agenda item 18"
    agenda_title: str = "Sustainable development"
    adopted_line: str = "Resolution adopted by the General Assembly on 17 December 2044"
    number: str = "99/201"
    title: str = "Planning of reports on sustainable development"
    preamble: Sequence[str] = (
        "The General Assembly,",
        "Recalling its earlier resolutions on planning,",
    )
    paragraphs: Sequence[str] = ()
    footnotes: dict[int, str] = field(default_factory=dict)  # paragraph index -> footnote text
    closing: Sequence[str] = ("48th plenary meeting", "17 December 2044")


class _Pages:
    def __init__(self, res: Resolution) -> None:
        self.res = res
        self.pages: list[list[str]] = []
        self.notes: list[list[str]] = []
        self.y = 0.0
        self._new_page()

    def _new_page(self) -> None:
        self.pages.append([])
        self.notes.append([])
        self.y = TOP
        if len(self.pages) > 1:
            self.text(LEFT, 800, f"{self.res.symbol}    {self.res.title[:60]}", 9)

    def text(self, x: float, y: float, s: str, size: int = 11) -> None:
        self.pages[-1].append(f"BT /F1 {size} Tf {x} {y:.1f} Td ({_pdf_string(s)}) Tj ET")

    def line(self, s: str, x: float = LEFT, size: int = 11, number: str = "") -> None:
        if self.y < BOTTOM + 14 * len(self.notes[-1]):
            self._new_page()
        if number:
            self.text(LEFT, self.y, number, size)
        self.text(x, self.y, s, size)
        self.y -= LEADING

    def paragraph(self, s: str, number: str = "", note: str = "") -> None:
        lines = textwrap.wrap(s, 80 if number else 86)
        for i, ln in enumerate(lines):
            if note and i == len(lines) - 1:
                ln += str(len(self.notes[-1]) + 1 + sum(len(n) for n in self.notes[:-1]))
                self.notes[-1].append(note)
            self.line(ln, INDENT if number else LEFT, number=number if i == 0 else "")
        self.y -= 4

    def finish(self) -> list[bytes]:
        out = []
        total, counter = len(self.pages), 0
        for i, (ops, notes) in enumerate(zip(self.pages, self.notes, strict=True)):
            y = BOTTOM - 10
            if notes:
                ops.append(f"{LEFT} {y + 12} m {LEFT + 140} {y + 12} l S")
            for n in notes:
                counter += 1
                ops.append(f"BT /F1 9 Tf {LEFT} {y:.1f} Td ({_pdf_string(f'{counter} {n}')}) Tj ET")
                y -= 11
            ops.append(f"BT /F1 8 Tf {LEFT} 50 Td (25-01234    {i + 1}/{total}) Tj ET")
            out.append("\n".join(ops).encode("cp1252"))
        return out


def _pdf_string(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def layout(res: Resolution) -> list[bytes]:
    """The content stream of each page."""
    p = _Pages(res)
    p.text(LEFT, 800, "United Nations", 12)
    p.text(430, 800, res.symbol, 14)
    p.text(LEFT, 780, res.body, 16)
    p.text(430, 780, "Distr.: General", 9)
    p.y = 740
    for s in (res.session, res.agenda, res.agenda_title, "", res.adopted_line, ""):
        p.line(s) if s else p.line(" ")
    p.paragraph(f"{res.number}.  {res.title}")
    for s in res.preamble:
        p.paragraph(s)
    for i, s in enumerate(res.paragraphs):
        p.paragraph(s, number=f"{i + 1}.", note=res.footnotes.get(i, ""))
    for s in res.closing:
        p.line(s, x=360)
    return p.finish()


def write_pdf(path: Path, res: Resolution, *, image_only: bool = False) -> Path:
    """Write `res` to `path`; `image_only` writes a page holding only a picture (a scan)."""
    streams = [b"q 400 0 0 500 90 200 cm /Im1 Do Q"] if image_only else layout(res)
    objects: list[bytes] = []
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(b"")  # pages, filled below
    objects.append(font)
    image_ref = b""
    if image_only:
        pixels = zlib.compress(bytes(range(256)) * 64)
        objects.append(
            b"<< /Type /XObject /Subtype /Image /Width 128 /Height 128 /ColorSpace /DeviceGray"
            b" /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n"
            % len(pixels)
            + pixels
            + b"\nendstream"
        )
        image_ref = b" /XObject << /Im1 %d 0 R >>" % len(objects)
    kids = []
    for stream in streams:
        packed = zlib.compress(stream)
        objects.append(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed)
            + packed
            + b"\nendstream"
        )
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R"
            b" /Resources << /Font << /F1 3 0 R >>%s >> >>" % (PAGE_W, PAGE_H, content, image_ref)
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(bytes(out))
    return path


FILLER = (
    "Encourages Member States to strengthen national statistical systems so that progress towards the "
    "goals can be measured, and invites the relevant entities of the United Nations system to support "
    "such efforts within their respective mandates and existing resources"
)


def long_resolution(pages: int = 40) -> Resolution:
    """About `pages` pages of operative paragraphs, one report request in every tenth."""
    paragraphs = []
    for i in range(pages * 12):
        if i % 10 == 9:
            paragraphs.append(
                "Requests the Secretary-General to submit to the General Assembly at its "
                "one hundred and first session a report on the implementation of the present resolution;"
            )
        else:
            paragraphs.append(f"{FILLER} (paragraph {i + 1});")
    return Resolution(paragraphs=paragraphs, footnotes={0: "A/99/100.", 5: "Resolution 70/1."})
