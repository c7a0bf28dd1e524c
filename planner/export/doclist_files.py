"""The documentation list as a Word document (python-docx) or a PDF (Qt's text layout,
fonts embedded), in the UI's language and direction."""

from __future__ import annotations

import io
from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QLocale, QMarginsF, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from planner.export.composition import ExportError
from planner.export.doclist import DocEntry, DocList, day
from planner.store.files import check_target, write_bytes

FORMATS = (".docx", ".pdf")


def _rtl() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def _heading(doc: DocList) -> tuple[str, str, str]:
    s = doc.session
    where = ", ".join(p for p in (f"{day(s.start)} – {day(s.end)}", s.location) if p)
    subtitle = f"{doc.body.name} ({doc.body.id})" if doc.body.name != doc.body.id else doc.body.id
    return s.name, subtitle, where


def _facts(e: DocEntry) -> str:
    return " · ".join(
        (
            QCoreApplication.translate("DocList", "Symbol: %1").replace("%1", e.document_symbol)
            if e.document_symbol
            else QCoreApplication.translate("DocList", "Symbol not yet assigned"),
            QCoreApplication.translate("DocList", "Status: %1").replace("%1", e.state),
            QCoreApplication.translate("DocList", "Submission: %1").replace(
                "%1", day(e.submission_due)
            ),
            QCoreApplication.translate("DocList", "Issuance: %1").replace(
                "%1", day(e.issuance_due)
            ),
        )
    )


def _note(doc: DocList) -> str:
    generated = QCoreApplication.translate("Export", "generated %1 by Mandate Planner")
    return " · ".join(
        (doc.plan_title, doc.scope, generated.replace("%1", datetime.now().strftime("%Y-%m-%d")))
    )


def _groups(doc: DocList) -> list[tuple[str, tuple[DocEntry, ...]]]:
    return [
        (g.item or QCoreApplication.translate("DocList", "Other reports"), g.entries)
        for g in doc.groups
    ]


def docx_bytes(doc: DocList) -> bytes:
    from docx import Document
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement
    from docx.shared import Pt, RGBColor
    from docx.text.paragraph import Paragraph

    document = Document()
    rtl = _rtl()

    def bidi(paragraph: Paragraph) -> None:
        if rtl:
            paragraph._p.get_or_add_pPr().append(OxmlElement("w:bidi"))

    title, subtitle, where = _heading(doc)
    bidi(document.add_heading(title, level=0))
    for text in (subtitle, where):
        bidi(document.add_paragraph(text))
    bidi(document.add_heading(QCoreApplication.translate("DocList", "Documentation"), level=1))
    note = document.add_paragraph()
    run = note.add_run(_note(doc))
    run.font.size = Pt(9)
    run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    bidi(note)
    if not doc.groups:
        bidi(
            document.add_paragraph(
                QCoreApplication.translate("DocList", "No report is due at this session.")
            )
        )
    for item, entries in _groups(doc):
        bidi(document.add_heading(item, level=2))
        for e in entries:
            bidi(document.add_paragraph(e.citation))
            facts = document.add_paragraph()
            run = facts.add_run(_facts(e))
            run.font.size = Pt(9)
            run.font.color.rgb = RGBColor(0x44, 0x4C, 0x56)
            facts.paragraph_format.space_after = Pt(10)
            bidi(facts)
    core = document.core_properties
    core.title = f"{QCoreApplication.translate('DocList', 'Documentation')}: {title}"
    core.author = "Mandate Planner"
    core.language = QLocale().bcp47Name()
    # east Asian and complex scripts get fonts that have their glyphs
    style = document.styles["Normal"]
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    fonts.set(qn("w:cs"), "Noto Naskh Arabic")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def doclist_html(doc: DocList) -> str:
    title, subtitle, where = _heading(doc)
    direction = "rtl" if _rtl() else "ltr"
    parts = [
        f"<div dir='{direction}'>",
        f"<h1>{escape(title)}</h1>",
        f"<p>{escape(subtitle)}<br>{escape(where)}</p>",
        f"<h2>{escape(QCoreApplication.translate('DocList', 'Documentation'))}</h2>",
        f"<p style='color:#555; font-size:small'>{escape(_note(doc))}</p>",
    ]
    if not doc.groups:
        parts.append(
            f"<p>{escape(QCoreApplication.translate('DocList', 'No report is due at this session.'))}</p>"
        )
    for item, entries in _groups(doc):
        parts.append(f"<h3>{escape(item)}</h3>")
        for e in entries:
            parts.append(
                f"<p style='margin-bottom:2px'>{escape(e.citation)}</p>"
                f"<p style='color:#444C56; font-size:small; margin-bottom:10px'>"
                f"{escape(_facts(e))}</p>"
            )
    parts.append("</div>")
    return "".join(parts)


def pdf_bytes(doc: DocList) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setPageMargins(QMarginsF(20, 18, 20, 18), QPageLayout.Unit.Millimeter)
    writer.setTitle(f"{QCoreApplication.translate('DocList', 'Documentation')}: {doc.session.name}")
    writer.setCreator("Mandate Planner")
    text = QTextDocument()
    font = QFont()
    font.setPointSizeF(11)
    text.setDefaultFont(font)
    text.setHtml(doclist_html(doc))
    text.print_(writer)  # ends its painter: the PDF is complete
    buffer.close()
    return bytes(buffer.data().data())


def export_doclist(doc: DocList, path: Path) -> None:
    """Write `doc` to `path` (.docx or .pdf), as every file is written (`store/files.py`):
    the target checked first (a read-only file or folder is refused), then all or
    nothing through a temporary file beside it."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"{path}: use a .docx or .pdf file name")
    check_target(path)
    data = docx_bytes(doc) if suffix == ".docx" else pdf_bytes(doc)
    if not data:
        raise ExportError(f"{path}: could not write the file")
    write_bytes(path, data)
