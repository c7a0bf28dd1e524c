"""Small resolutions in the UN's formats, written for the tests (our own sentences)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"


def akn(
    paragraphs: Sequence[str] = (
        "Takes note of the report of the Secretary-General on river basins;",
        "Requests the Secretary-General to submit to the General Assembly at its eighty-second session a report on the implementation of the present resolution.",
    ),
    *,
    symbol: str = "A/RES/80/321",
    author: str = "ga",
    language: str = "eng",
    adopted: str = "2025-12-19",
    title: str = "River basin cooperation",
    nested: Sequence[str] = (),
    footnote: bool = True,
) -> bytes:
    paras = []
    for i, text in enumerate(paragraphs, start=1):
        note = (
            '<authorialNote marker="1" placement="bottom"><p>A/80/999.</p></authorialNote>'
            if footnote and i == 1
            else ""
        )
        paras.append(
            f'<paragraph eId="para_{i}"><num>{i}.</num><content><p>'
            f'<span class="italic">{text.split(" ", 1)[0]}</span> {text.split(" ", 1)[1]}{note}</p></content></paragraph>'
        )
    if nested:
        inner = "".join(
            f"<paragraph><num>{i}.</num><content><p>{t}</p></content></paragraph>"
            for i, t in enumerate(nested, start=1)
        )
        paras.append(
            "<paragraph><content><p>Recommends to the General Assembly the adoption of the following draft resolution:"
            f"<embeddedStructure><container name='formula'><p>The General Assembly,</p></container>{inner}</embeddedStructure></p></content></paragraph>"
        )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="{NS}">
  <statement name="resolution">
    <meta><identification source="#DGACM">
      <FRBRWork><FRBRthis value="/x"/><FRBRdate date="{adopted}" name="adoption"/><FRBRauthor href="{author}" as="author"/></FRBRWork>
      <FRBRExpression><FRBRlanguage language="{language}"/></FRBRExpression>
    </identification></meta>
    <coverPage>
      <p><docNumber refersTo="#symbol">{symbol}</docNumber></p>
      <p><inline title="18" name="agenda item">Agenda item 18</inline></p>
      <p><inline name="agenda item name">Sustainable development</inline></p>
    </coverPage>
    <preface><p><docNumber>80/321.</docNumber><docTitle refersTo="#resolutionTitle"><span>{title}</span></docTitle></p></preface>
    <preamble><container name="Recalling"><p><span>Recalling</span> its earlier resolutions,</p></container></preamble>
    <mainBody>{"".join(paras)}</mainBody>
  </statement>
</akomaNtoso>
""".encode()


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">&lol4;</akomaNtoso>
"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement><mainBody>
<paragraph><num>1.</num><content><p>&secret;</p></content></paragraph></mainBody></statement></akomaNtoso>
"""


def docx_file(path: Path, paragraphs: Sequence[str], *, auto_numbers: bool = False) -> Path:
    import docx

    d = docx.Document()
    for line in (
        "United Nations A/RES/80/322",
        "General Assembly",
        "Eightieth session",
        "Agenda item 20",
        "Globalization and interdependence",
        "Resolution adopted by the General Assembly on 18 December 2025",
        "80/322. Cooperation on road safety",
        "The General Assembly,",
        "Recalling its resolution 79/1,",
    ):
        d.add_paragraph(line)
    for i, text in enumerate(paragraphs, start=1):
        if auto_numbers:
            d.add_paragraph(text, style="List Number")
        else:
            d.add_paragraph(f"{i}.\t{text}")
    d.add_paragraph("52nd plenary meeting")
    d.add_paragraph("18 December 2025")
    d.save(str(path))
    return path
