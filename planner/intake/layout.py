"""The UN's layout of a resolution as text: what the PDF, Word and plain-text readers share.

A resolution issued on the UN's document system reads, top to bottom: the symbol
(A/RES/78/144), the body, the session and agenda item, "Resolution adopted by the
General Assembly on 19 December 2023", the number and title ("78/144. Agricultural
technology …"), the preamble (unnumbered, ending in commas) and the operative
paragraphs ("1. Takes note …"), each page with a running header and footer and
footnotes at its foot. This module finds those parts in lines of text.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date

from planner.intake.document import OperativeParagraph, ResolutionDocument
from planner.intake.errors import NoOperativeParagraphs

SYMBOL = re.compile(
    r"\b((?:A|E)(?:/HRC)?/(?:RES|DEC)/(?:\d{4}|\d{1,3})/\d{1,4}(?: ?[A-Z]\b)?|A/HRC/RES/\d+/\d+)"
)
_MONTHS = {
    "en": "january february march april may june july august september october november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
}
MONTHS: dict[str, int] = {}
for _names in _MONTHS.values():
    for _i, _name in enumerate(_names.split(), start=1):
        MONTHS[_name] = _i
MONTHS["setiembre"] = 9
_DATE = re.compile(r"(\d{1,2})(?:er)?\s+(?:de\s+)?([a-zéû]+)\s+(?:de\s+)?(\d{4})", re.IGNORECASE)
_ADOPTED = re.compile(
    r"(?:Resolution|Decision) adopted by the (General Assembly|Economic and Social Council|Human Rights Council)"
    r"|(?:Résolution|Décision) adoptée par (?:l['’]Assemblée générale|le Conseil économique et social|le Conseil des droits de l['’]homme)"
    r"|(?:Resolución|Decisión) aprobada por (?:la Asamblea General|el Consejo Económico y Social|el Consejo de Derechos Humanos)",
    re.IGNORECASE,
)
_BODY_NAMES = {
    "general assembly": "GA",
    "assemblée générale": "GA",
    "asamblea general": "GA",
    "economic and social council": "ECOSOC",
    "conseil économique et social": "ECOSOC",
    "consejo económico y social": "ECOSOC",
    "human rights council": "HRC",
    "conseil des droits de l'homme": "HRC",
    "consejo de derechos humanos": "HRC",
}
_AGENDA = re.compile(
    r"^(?:Agenda items?|Points? (?P<fr>[\d\s(),a-z]+?) de l['’]ordre du jour|Temas? (?P<es>[\d\s(),a-z]+?) del programa)\s*(?P<en>[\d\s(),a-z]*)$",
    re.IGNORECASE,
)
_PARA = re.compile(r"^\s*(\d{1,3})\s*\.(?:\s+|\t|$)(.*)$")
_TITLE = re.compile(r"^\s*(?:\d{2,4}/\d{1,4}|[A-Z]{1,3}/\d+)(?:\s*[A-Z])?\s*\.\s+(\S.*)$")
_RUNNING = re.compile(
    r"^(?:\d{1,3}/\d{1,3}|\d{2}-\d{5}(?:\s*\(\w\))?|\d{1,3}/\d{1,3}\s+\d{2}-\d{5}.*|\d{2}-\d{5}.*\d{1,3}/\d{1,3})$"
)
_SYMBOL_HEADER = re.compile(r"^(?:[AE]|A/HRC)/(?:RES|DEC)/\S+(?:\s+[A-Z])?(?:\s{2,}|\t|$)")
_PLENARY = re.compile(
    r"^\d+(?:st|nd|rd|th|e|a|ª|\.ª)?\s+(?:plenary meeting|séance plénaire|sesión plenaria)",
    re.IGNORECASE,
)
_FOOTNOTE_MARK = re.compile(r"(?<=[a-z\u00e0-\u00ff;,.:’”»)])(\d{1,3})(?=[\s,;.:]|$)")

_LANG_WORDS = {
    "en": {"the", "of", "and", "to", "its", "requests", "on", "with", "in"},
    "fr": {"le", "la", "les", "de", "des", "et", "du", "sa", "prie", "à", "sur"},
    "es": {"el", "la", "los", "las", "de", "del", "y", "que", "su", "solicita", "en"},
}


def clean_paragraph(text: str) -> str:
    """One line: spaces collapsed, typographic quotes and dashes kept, no leading tab."""
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "")
    return re.sub(r"\s+", " ", text).strip()


def detect_language(text: str) -> str:
    words = Counter(re.findall(r"[a-zà-ÿ]+", text.lower()[:20000]))
    scores = {lang: sum(words[w] for w in vocab) for lang, vocab in _LANG_WORDS.items()}
    return max(scores, key=lambda lang: scores[lang]) if any(scores.values()) else "en"


def body_from_symbol(symbol: str) -> str:
    if symbol.startswith("A/HRC/"):
        return "HRC"
    if symbol.startswith("A/"):
        return "GA"
    if symbol.startswith("E/"):
        return "ECOSOC"
    return ""


def find_date(text: str) -> date | None:
    for m in _DATE.finditer(text):
        month = MONTHS.get(m.group(2).lower())
        if month:
            try:
                return date(int(m.group(3)), month, int(m.group(1)))
            except ValueError:
                continue
    return None


def strip_running_lines(pages: Sequence[Sequence[str]]) -> list[str]:
    """The lines of all pages without running headers and footers: the first and last
    lines of a page that repeat on most pages (the symbol and short title) and page
    counters ("3/9", "23-25924")."""
    kept = [[line.strip() for line in page if line.strip()] for page in pages]
    edges: Counter[str] = Counter()
    for page in kept:
        edges.update(set(page[:2] + page[-2:]))
    repeated = {s for s, n in edges.items() if n >= max(2, len(kept) // 2)}
    out: list[str] = []
    for i, page in enumerate(kept):
        for j, s in enumerate(page):
            edge = j < 2 or j >= len(page) - 2
            header = j == 0 and i > 0 and _SYMBOL_HEADER.match(s)
            if _RUNNING.match(s) or header or (edge and i > 0 and s in repeated):
                continue
            out.append(s)
    return out


def document_from_lines(
    lines: Sequence[str], source: str, *, numbered_hint: Iterable[str] = ()
) -> ResolutionDocument:
    """Read the header and the numbered operative paragraphs from the text of a resolution."""
    head = lines[:60]
    header_text = "\n".join(head)
    symbol_m = SYMBOL.search(header_text)
    symbol = symbol_m.group(1) if symbol_m else ""
    body, adopted = "", None
    for line in head:
        m = _ADOPTED.search(line)
        if m:
            named = clean_paragraph(m.group(0)).lower().replace("’", "'")
            body = next((v for k, v in _BODY_NAMES.items() if k in named), "")
            adopted = find_date(line[m.end() :])
            break
    agenda_item, agenda_title, title = "", "", ""
    for i, line in enumerate(head):
        m = _AGENDA.match(line.strip())
        if m and not agenda_item:
            agenda_item = clean_paragraph(m.group("fr") or m.group("es") or m.group("en") or "")
            if i + 1 < len(head) and not _ADOPTED.search(head[i + 1]):
                agenda_title = clean_paragraph(head[i + 1])
        t = _TITLE.match(line)
        if t and not title and "RES" not in line:
            title = clean_paragraph(t.group(1))

    paragraphs, preamble = _operative(lines)
    if not paragraphs:
        raise NoOperativeParagraphs(source, "no numbered operative paragraphs (1., 2., …) found")
    if adopted is None:
        adopted = _closing_date(lines)
    text = " ".join(p.text for p in paragraphs)
    return ResolutionDocument(
        source=source,
        symbol=symbol,
        body=body or body_from_symbol(symbol),
        adopted=adopted,
        title=title,
        agenda_item=agenda_item,
        agenda_title=agenda_title,
        language=detect_language(text),
        paragraphs=tuple(paragraphs),
        preamble=tuple(preamble),
    )


def _closing_date(lines: Sequence[str]) -> date | None:
    for i, line in enumerate(lines):
        if _PLENARY.match(line) and i + 1 < len(lines):
            return find_date(lines[i + 1])
    return None


def _operative(lines: Sequence[str]) -> tuple[list[OperativeParagraph], list[str]]:
    """Numbered paragraphs in sequence (1, 2, 3 …); lines that continue one are joined to it.

    A number out of sequence is text, not a paragraph; the paragraphs end at the
    closing "49th plenary meeting" line. Footnote markers glued to words are dropped,
    and so are footnote lines bearing those markers' numbers."""
    paragraphs: list[list[str]] = []
    numbers: list[str] = []
    preamble: list[str] = []
    expected = 1
    markers: set[str] = set()
    for line in lines:
        if _PLENARY.match(line):
            break
        m = _PARA.match(line)
        if m and int(m.group(1)) == expected:
            numbers.append(m.group(1))
            paragraphs.append([m.group(2)])
            markers.update(_FOOTNOTE_MARK.findall(line))
            expected += 1
            continue
        foot = re.match(r"^(\d{1,3})\s+\S", line)
        if foot and foot.group(1) in markers:
            continue
        if paragraphs:
            paragraphs[-1].append(line)
        else:
            preamble.append(line)
        markers.update(_FOOTNOTE_MARK.findall(line))
    out = []
    for number, parts in zip(numbers, paragraphs, strict=True):
        text = _join(parts)
        markers.update(_FOOTNOTE_MARK.findall(text))
        out.append(OperativeParagraph(number, clean_paragraph(_FOOTNOTE_MARK.sub("", text))))
    return out, [clean_paragraph(p) for p in preamble]


def _join(parts: Sequence[str]) -> str:
    """Lines of one paragraph as one text; a line ending in a hyphen (Secretary-/General)
    joins the next without a space (UN texts are not hyphenated at line ends)."""
    text = ""
    for part in parts:
        part = part.strip()
        if text.endswith(("-", "‑")):
            text += part
        else:
            text = f"{text} {part}" if text else part
    return text
