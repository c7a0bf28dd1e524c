"""PDF as issued on the UN's document system, read with pypdf.

pypdf rather than pdfminer.six: on the UN layout both give the same lines (the
readers differ only in spacing, which `clean_paragraph` folds), pypdf is several
times faster (a 40-page resolution in well under a second, pdfminer's layout
analysis takes seconds), is pure Python, bounds what a compressed stream may
inflate to, and says whether a file is encrypted. See the README.
"""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError, PdfStreamError

from planner.intake.document import ResolutionDocument
from planner.intake.errors import EncryptedDocument, NoText, TooLarge, WrongContent
from planner.intake.layout import document_from_lines, strip_running_lines

MAX_PAGES = 2000
# fewer letters than this per page on average: a scan (the text is a picture)
MIN_CHARS_PER_PAGE = 40

logging.getLogger("pypdf").setLevel(logging.ERROR)  # malformed files are reported by us


def parse_pdf(data: bytes, source: str) -> ResolutionDocument:
    if not data.startswith(b"%PDF-"):
        raise WrongContent(source, "not a PDF file (it does not start with %PDF-)")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise EncryptedDocument(
                source, "the PDF is password-protected; open it and save an unprotected copy"
            )
        if len(reader.pages) > MAX_PAGES:
            raise TooLarge(
                source, f"{len(reader.pages)} pages; the reader takes at most {MAX_PAGES}"
            )
        pages = [(page.extract_text() or "").split("\n") for page in reader.pages]
    except (EncryptedDocument, TooLarge):
        raise
    except FileNotDecryptedError:
        raise EncryptedDocument(source, "the PDF is password-protected") from None
    except (PdfReadError, PdfStreamError) as exc:
        raise WrongContent(source, f"damaged PDF ({_short(exc)})") from None
    except Exception as exc:  # pypdf raises many kinds on hostile input; none may escape raw
        raise WrongContent(
            source, f"unreadable PDF ({exc.__class__.__name__}: {_short(exc)})"
        ) from None
    letters = sum(sum(c.isalpha() for c in line) for page in pages for line in page)
    if letters < MIN_CHARS_PER_PAGE * max(1, len(pages)):
        raise NoText(
            source, "the PDF has no text layer (a scanned image?); run it through OCR first"
        )
    return document_from_lines(strip_running_lines(pages), source)


def _short(exc: Exception) -> str:
    return " ".join(str(exc).split())[:120] or exc.__class__.__name__
