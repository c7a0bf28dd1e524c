"""Plain text, pasted or from a .txt file: one paragraph per blank-line-separated block."""

from __future__ import annotations

import re

from planner.intake.document import OperativeParagraph, ResolutionDocument
from planner.intake.errors import NoOperativeParagraphs
from planner.intake.layout import clean_paragraph, detect_language, document_from_lines

# preambular paragraphs open with a participle and end with a comma
_PREAMBLE = re.compile(
    r"^(?:\w+ly\s+)?(?:[A-Z]\w+ing|Rappelant|Réaffirmant|Notant|Considérant|Prenant|Soulignant|Constatant|Reconnaissant|"
    r"Sachant|Ayant|Tenant|Recordando|Reafirmando|Observando|Considerando|Tomando|Reconociendo|Subrayando|Teniendo|"
    r"Habiendo|Destacando|Acogiendo)\b"
)


def parse_text(text: str, source: str) -> ResolutionDocument:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = [clean_paragraph(b) for b in re.split(r"\n\s*\n", text) if b.strip()]
    if not blocks:
        raise NoOperativeParagraphs(source, "the text is empty")
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for units in (blocks, lines):  # blank-line blocks, else text copied line by line
        try:
            return document_from_lines(units, source)
        except NoOperativeParagraphs:
            pass
    # no numbers: every block that is not preamble, header or signature is operative
    operative = [
        b for b in blocks if not _PREAMBLE.match(b) and not b.endswith(",") and len(b.split()) >= 4
    ]
    if not operative:
        raise NoOperativeParagraphs(source, "no operative paragraphs in the text") from None
    paragraphs = tuple(OperativeParagraph(str(i), b) for i, b in enumerate(operative, start=1))
    return ResolutionDocument(
        source=source,
        language=detect_language(" ".join(operative)),
        paragraphs=paragraphs,
    )
