"""AKN4UN (Akoma Ntoso for the UN) resolutions, as the UN publishes GA and ECOSOC texts.

Parsed with defusedxml: a DTD, an entity declaration or an external reference is
refused before anything is expanded, so neither an XML bomb nor an external entity
can be read. Only the main body's paragraphs are operative; paragraphs inside an
`embeddedStructure` (a draft recommended to another body) are marked `nested`, and
annexes are skipped.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from planner.intake.document import OperativeParagraph, ResolutionDocument
from planner.intake.errors import NoOperativeParagraphs, UnsafeDocument, WrongContent
from planner.intake.layout import body_from_symbol, clean_paragraph, detect_language

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
_LANGS = {
    "eng": "en",
    "fra": "fr",
    "fre": "fr",
    "spa": "es",
    "ara": "ar",
    "rus": "ru",
    "chi": "zh",
    "zho": "zh",
}
_AUTHORS = {"ga": "GA", "unga": "GA", "ecosoc": "ECOSOC", "unecosoc": "ECOSOC", "hrc": "HRC"}
_NOT_TEXT = {f"{AKN}authorialNote", f"{AKN}embeddedStructure", f"{AKN}paragraph"}


def parse_akn(data: bytes, source: str) -> ResolutionDocument:
    try:
        root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise UnsafeDocument(source, f"refused unsafe XML ({exc.__class__.__name__})") from None
    except ET.ParseError as exc:
        raise WrongContent(source, f"not well-formed XML ({exc})") from None
    if root.tag != f"{AKN}akomaNtoso":
        raise WrongContent(source, "XML, but not an Akoma Ntoso (AKN4UN) document")
    statement = next(iter(root), None)
    if statement is None:
        raise NoOperativeParagraphs(source, "the AKN document is empty")
    # a collection (resolutions 79/93 A and B) holds one statement per part
    parts = (
        [statement]
        if statement.find(f"{AKN}mainBody") is not None
        else list(root.iterfind(f".//{AKN}component/{AKN}statement"))
    )
    paragraphs = tuple(p for part in parts for p in _part_paragraphs(part, len(parts) > 1))
    if not paragraphs:
        raise NoOperativeParagraphs(source, "no operative paragraphs in the main body")
    symbol = _first_text(statement, f".//{AKN}docNumber[@refersTo='#symbol']")
    language = _LANGS.get(_attr(statement, f".//{AKN}FRBRlanguage", "language"), "")
    author = _attr(statement, f".//{AKN}FRBRWork/{AKN}FRBRauthor", "href").lstrip("#").lower()
    agenda = statement.find(f".//{AKN}inline[@name='agenda item']")
    preamble = tuple(
        clean_paragraph(_text(c)) for c in statement.iterfind(f"{AKN}preamble/{AKN}container")
    )
    return ResolutionDocument(
        source=source,
        symbol=" ".join(symbol.split()),
        body=_AUTHORS.get(author, "") or body_from_symbol(symbol),
        adopted=_adopted(statement),
        title=" ".join(
            _first_text(statement, f".//{AKN}docTitle[@refersTo='#resolutionTitle']").split()
        ),
        agenda_item=(agenda.get("title") or "") if agenda is not None else "",
        agenda_title=" ".join(
            _first_text(statement, f".//{AKN}inline[@name='agenda item name']").split()
        ),
        language=language or detect_language(" ".join(p.text for p in paragraphs)),
        paragraphs=paragraphs,
        preamble=preamble,
    )


def _part_paragraphs(statement: ET.Element, lettered: bool) -> Iterator[OperativeParagraph]:
    body = statement.find(f"{AKN}mainBody")
    if body is None:
        return
    letter = _first_text(statement, f"{AKN}preface//{AKN}docNumber").strip().rstrip(".")
    for p in _paragraphs(body, nested=False):
        yield replace(p, number=f"{letter} {p.number}".strip()) if lettered and letter else p


def _paragraphs(el: ET.Element, nested: bool) -> Iterator[OperativeParagraph]:
    for child in el:
        if child.tag == f"{AKN}paragraph":
            num = child.find(f"{AKN}num")
            heading = child.find(f"{AKN}content") is None and child.find(f"{AKN}list") is None
            text = "" if heading else clean_paragraph(_text(child))
            if text and (num is not None or not nested):
                number = (num.text or "").strip().rstrip(".") if num is not None else ""
                yield OperativeParagraph(number, text, nested)
            yield from _paragraphs(child, nested)
        elif child.tag == f"{AKN}embeddedStructure":
            yield from _paragraphs(child, True)
        elif child.tag != f"{AKN}authorialNote":
            yield from _paragraphs(child, nested)


def _text(el: ET.Element, top: bool = True) -> str:
    """The element's words, without footnotes, its own number, embedded drafts or paragraphs
    (the numbers of its points, "(a)", stay)."""
    parts: list[str] = [el.text or ""]
    for child in el:
        if child.tag in _NOT_TEXT or (top and child.tag == f"{AKN}num"):
            pass
        elif child.tag in (f"{AKN}num", f"{AKN}point", f"{AKN}p"):
            parts.append(" " + _text(child, False) + " ")
        else:
            parts.append(_text(child, False))
        parts.append(child.tail or "")
    return "".join(parts)


def _first_text(el: ET.Element, path: str) -> str:
    found = el.find(path)
    return "".join(found.itertext()) if found is not None else ""


def _attr(el: ET.Element, path: str, name: str) -> str:
    found = el.find(path)
    return (found.get(name) or "") if found is not None else ""


def _adopted(statement: ET.Element) -> date | None:
    for path, attr in (
        (f".//{AKN}FRBRWork/{AKN}FRBRdate[@name='adoption']", "date"),
        (f".//{AKN}docDate[@refersTo='#adoptionDate']", "date"),
    ):
        value = _attr(statement, path, attr)
        try:
            return date.fromisoformat(value)
        except ValueError:
            continue
    return None
