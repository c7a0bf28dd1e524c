"""Open a resolution file of any kind we read, checking size and content first."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from planner.intake.akn import parse_akn
from planner.intake.document import ResolutionDocument
from planner.intake.docx_reader import parse_docx
from planner.intake.errors import IntakeError, TooLarge, WrongContent
from planner.intake.pdf_reader import parse_pdf
from planner.intake.text_reader import parse_text

MAX_BYTES = 50 * 1024 * 1024  # a resolution is kilobytes; a 40-page PDF well under 5 MB
SUFFIXES = (".xml", ".akn", ".docx", ".pdf", ".txt")


def read_document(
    path: Path,
    *,
    symbol: str | None = None,
    body: str | None = None,
    adopted: date | None = None,
) -> ResolutionDocument:
    """Read `path` by its extension; `symbol`, `body` and `adopted` replace what the text says
    (a bare text says none of them)."""
    source = path.name
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise WrongContent(
            source,
            f"cannot read {suffix or 'files without an extension'} (use {', '.join(SUFFIXES)})",
        )
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise TooLarge(source, f"{size / 2**20:.0f} MB; the limit is {MAX_BYTES // 2**20} MB")
        with path.open("rb") as f:
            data = f.read(MAX_BYTES + 1)
    except OSError as exc:
        raise IntakeError(source, exc.strerror or str(exc)) from None
    if len(data) > MAX_BYTES:
        raise TooLarge(source, f"more than {MAX_BYTES // 2**20} MB")
    return with_hints(parse_bytes(data, source, suffix), symbol=symbol, body=body, adopted=adopted)


def parse_bytes(data: bytes, source: str, suffix: str) -> ResolutionDocument:
    if suffix in (".xml", ".akn"):
        if data.lstrip()[:1] != b"<":
            raise WrongContent(source, "not an XML file")
        return parse_akn(data, source)
    if suffix == ".docx":
        return parse_docx(data, source)
    if suffix == ".pdf":
        return parse_pdf(data, source)
    return read_text(_decode(data, source), source)


def read_text(
    text: str,
    source: str = "pasted text",
    *,
    symbol: str | None = None,
    body: str | None = None,
    adopted: date | None = None,
) -> ResolutionDocument:
    if len(text) > MAX_BYTES:
        raise TooLarge(source, f"more than {MAX_BYTES // 2**20} MB of text")
    return with_hints(parse_text(text, source), symbol=symbol, body=body, adopted=adopted)


def with_hints(
    doc: ResolutionDocument, *, symbol: str | None, body: str | None, adopted: date | None
) -> ResolutionDocument:
    return replace(
        doc,
        symbol=symbol or doc.symbol,
        body=body or doc.body,
        adopted=adopted or doc.adopted,
    )


def _decode(data: bytes, source: str) -> str:
    if b"\x00" in data[:4096] or data.startswith((b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise WrongContent(source, "not a plain-text file (binary content)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
