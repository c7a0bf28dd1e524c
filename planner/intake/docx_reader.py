"""Word (.docx) resolutions, read with python-docx (its XML parser resolves no entities).

The archive is checked before python-docx opens it: a zip whose parts would inflate
past `MAX_UNPACKED` bytes is refused, and so is an encrypted or old binary Word file.
Paragraphs numbered by Word's list numbering (no number in the text) get theirs back.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from planner.intake.document import ResolutionDocument
from planner.intake.errors import EncryptedDocument, UnsafeDocument, WrongContent
from planner.intake.layout import document_from_lines

MAX_UNPACKED = 200 * 1024 * 1024
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .docx and old .doc are OLE files
_NUMBERED = re.compile(r"^\s*\d{1,3}\s*\.")


def parse_docx(data: bytes, source: str) -> ResolutionDocument:
    if data.startswith(_OLE):
        raise EncryptedDocument(
            source,
            "a password-protected or old-format (.doc) Word file; save it as an unprotected .docx",
        )
    if not data.startswith(b"PK"):
        raise WrongContent(source, "not a Word .docx file (not a zip archive)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            unpacked = sum(i.file_size for i in archive.infolist())
    except zipfile.BadZipFile as exc:
        raise WrongContent(source, f"damaged .docx ({exc})") from None
    if "word/document.xml" not in names:
        raise WrongContent(source, "a zip archive, but not a Word document")
    if unpacked > MAX_UNPACKED:
        raise UnsafeDocument(
            source,
            f"the .docx would unpack to {unpacked // 2**20} MB (limit {MAX_UNPACKED // 2**20} MB)",
        )

    import docx  # python-docx; imported here so the other readers start without it

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds on damaged parts
        raise WrongContent(source, f"unreadable .docx ({exc.__class__.__name__})") from None
    lines: list[str] = []
    counter = 0
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        if _listed(paragraph) and not _NUMBERED.match(text):
            counter += 1
            text = f"{counter}. {text}"
        lines.append(text)
    return document_from_lines(lines, source)


def _listed(paragraph: Any) -> bool:
    """Numbered by Word: list numbering on the paragraph or on its style (or the style's base)."""
    p_pr = paragraph._p.pPr
    if p_pr is not None and p_pr.numPr is not None:
        return True
    style = paragraph.style
    for _ in range(10):
        if style is None:
            return False
        s_pr = style.element.pPr
        if s_pr is not None and s_pr.numPr is not None:
            return True
        style = style.base_style
    return False
