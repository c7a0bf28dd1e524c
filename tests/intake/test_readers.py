"""The readers: AKN4UN XML, Word, PDF and plain text, and everything they refuse."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from resolution_samples import BILLION_LAUGHS, EXTERNAL_ENTITY, akn, docx_file

from benchmarks.resolution_pdf import Resolution, write_pdf
from planner.intake import docx_reader, read
from planner.intake.errors import (
    EncryptedDocument,
    IntakeError,
    NoOperativeParagraphs,
    NoText,
    TooLarge,
    UnsafeDocument,
    WrongContent,
)
from planner.intake.read import parse_bytes, read_document, read_text

REQUEST = "Requests the Secretary-General to submit to the General Assembly at its eighty-second session a report on the implementation of the present resolution;"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- AKN4UN ------------------------------------------------------------------------------


def test_akn_gives_symbol_date_body_title_item_language_and_numbered_paragraphs(tmp_path):
    doc = read_document(write(tmp_path, "r.xml", akn()))
    assert (doc.symbol, doc.body, doc.adopted, doc.title) == (
        "A/RES/80/321",
        "GA",
        date(2025, 12, 19),
        "River basin cooperation",
    )
    assert (doc.agenda_item, doc.agenda_title, doc.language) == (
        "18",
        "Sustainable development",
        "en",
    )
    assert [p.number for p in doc.paragraphs] == ["1", "2"]
    assert (
        doc.paragraphs[0].text
        == "Takes note of the report of the Secretary-General on river basins;"
    )
    assert "A/80/999" not in doc.paragraphs[0].text  # the footnote is not the paragraph's text


def test_akn_marks_paragraphs_of_a_recommended_draft_as_nested(tmp_path):
    doc = read_document(
        write(
            tmp_path,
            "e.xml",
            akn(
                ["Welcomes the work of the expert group;"],
                symbol="E/RES/2025/99",
                author="ecosoc",
                nested=[REQUEST],
            ),
        )
    )
    assert doc.body == "ECOSOC"
    assert [(p.number, p.nested) for p in doc.paragraphs] == [
        ("1", False),
        ("", False),
        ("1", True),
    ]
    assert (
        doc.paragraphs[1].text.startswith("Recommends") and "Requests" not in doc.paragraphs[1].text
    )


def test_akn_language_from_the_expression(tmp_path):
    doc = read_document(
        write(
            tmp_path,
            "f.xml",
            akn(["Prie le Secrétaire général de lui présenter un rapport ;"], language="fra"),
        )
    )
    assert doc.language == "fr"


@pytest.mark.parametrize(
    ("data", "error"), [(BILLION_LAUGHS, UnsafeDocument), (EXTERNAL_ENTITY, UnsafeDocument)]
)
def test_xml_bomb_and_external_entity_are_refused_before_expansion(tmp_path, data, error):
    with pytest.raises(error) as exc:
        read_document(write(tmp_path, "bad.xml", data))
    assert "\n" not in str(exc.value) and str(exc.value).startswith("bad.xml: refused unsafe XML")


def test_xml_that_is_not_akn_or_not_xml(tmp_path):
    with pytest.raises(WrongContent, match="not an Akoma Ntoso"):
        read_document(write(tmp_path, "a.xml", b"<html><body/></html>"))
    with pytest.raises(WrongContent, match="not an XML file"):
        read_document(write(tmp_path, "b.xml", b"%PDF-1.4 not xml"))


def test_akn_without_operative_paragraphs(tmp_path):
    with pytest.raises(NoOperativeParagraphs):
        read_document(write(tmp_path, "c.xml", akn([])))


# --- Word -------------------------------------------------------------------------------------


@pytest.mark.parametrize("auto", [False, True])
def test_docx_numbered_by_text_or_by_word_lists(tmp_path, auto):
    path = docx_file(
        tmp_path / "r.docx", ["Welcomes the progress made;", REQUEST], auto_numbers=auto
    )
    doc = read_document(path)
    assert (doc.symbol, doc.body, doc.adopted, doc.title) == (
        "A/RES/80/322",
        "GA",
        date(2025, 12, 18),
        "Cooperation on road safety",
    )
    assert doc.agenda_item == "20"
    assert [p.number for p in doc.paragraphs] == ["1", "2"]
    assert doc.paragraphs[1].text == REQUEST


def test_docx_refusals(tmp_path, monkeypatch):
    with pytest.raises(WrongContent, match=r"not a Word \.docx"):
        read_document(write(tmp_path, "a.docx", b"just text"))
    with pytest.raises(EncryptedDocument):
        read_document(write(tmp_path, "b.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "not word")
    with pytest.raises(WrongContent, match="not a Word document"):
        read_document(write(tmp_path, "c.docx", buf.getvalue()))
    path = docx_file(tmp_path / "d.docx", [REQUEST])
    monkeypatch.setattr(docx_reader, "MAX_UNPACKED", 1000)
    with pytest.raises(UnsafeDocument, match="would unpack"):
        read_document(path)


# --- PDF ----------------------------------------------------------------------------------------


def test_pdf_in_the_un_layout(tmp_path):
    res = Resolution(
        paragraphs=["Takes note of the report of the Secretary-General;", REQUEST] * 30,
        footnotes={0: "A/99/100."},
    )
    doc = read_document(write_pdf(tmp_path / "r.pdf", res))
    assert (doc.symbol, doc.body, doc.adopted) == ("A/RES/99/201", "GA", date(2044, 12, 17))
    assert doc.title == "Planning of reports on sustainable development"
    assert (doc.agenda_item, doc.agenda_title) == ("18", "Sustainable development")
    assert len(doc.paragraphs) == 60
    assert (
        doc.paragraphs[0].text == "Takes note of the report of the Secretary-General;"
    )  # marker gone
    # the same paragraph on every page is text, not a running header (a defect found while building)
    assert all(p.text == REQUEST for p in doc.paragraphs[1::2])


def test_encrypted_pdf(tmp_path):
    from pypdf import PdfReader, PdfWriter

    plain = write_pdf(tmp_path / "p.pdf", Resolution(paragraphs=[REQUEST]))
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt("secret", algorithm="RC4-128")
    out = tmp_path / "locked.pdf"
    with out.open("wb") as f:
        writer.write(f)
    with pytest.raises(EncryptedDocument, match="password"):
        read_document(out)


def test_scanned_pdf_has_no_text(tmp_path):
    with pytest.raises(NoText, match="OCR"):
        read_document(write_pdf(tmp_path / "scan.pdf", Resolution(), image_only=True))


def test_pdf_that_is_not_a_pdf_or_is_damaged(tmp_path):
    with pytest.raises(WrongContent, match="not a PDF"):
        read_document(write(tmp_path, "a.pdf", b"PK\x03\x04 a zip"))
    good = write_pdf(tmp_path / "g.pdf", Resolution(paragraphs=[REQUEST])).read_bytes()
    with pytest.raises(IntakeError):
        read_document(write(tmp_path, "b.pdf", good[:200]))


# --- plain text --------------------------------------------------------------------------------------


def test_text_blocks_with_numbers_and_hints():
    doc = read_text(
        "The General Assembly,\n\nRecalling its resolution 79/1,\n\n1. Welcomes the report;\n\n2. "
        + REQUEST,
        symbol="A/RES/80/400",
        body="GA",
        adopted=date(2025, 12, 1),
    )
    assert (doc.symbol, doc.body, doc.adopted) == ("A/RES/80/400", "GA", date(2025, 12, 1))
    assert [p.number for p in doc.paragraphs] == ["1", "2"]


def test_text_without_numbers_takes_the_operative_blocks():
    doc = read_text("Recalling its resolution 79/1,\n\n" + REQUEST)
    assert [(p.number, p.text) for p in doc.paragraphs] == [("1", REQUEST)]


def test_text_with_no_operative_paragraph():
    with pytest.raises(NoOperativeParagraphs):
        read_text("Recalling its resolution 79/1,\n\nNoting with concern the situation,")
    with pytest.raises(NoOperativeParagraphs):
        read_text("   \n\n  ")


def test_binary_in_a_txt_file(tmp_path):
    with pytest.raises(WrongContent, match="binary"):
        read_document(write(tmp_path, "a.txt", b"%PDF-1.7\x00\x01"))


# --- any file ---------------------------------------------------------------------------------------


def test_a_file_over_the_cap_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.pdf"
    with path.open("wb") as f:
        f.truncate(read.MAX_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(TooLarge, match="limit is 50 MB"):
        read_document(path)


def test_unknown_extension(tmp_path):
    with pytest.raises(WrongContent, match=r"cannot read \.rtf"):
        read_document(write(tmp_path, "a.rtf", b"{\\rtf1}"))


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".xml", ".docx", ".pdf", ".txt"]))
def test_any_bytes_give_a_document_or_a_one_line_intake_error(data, suffix):
    try:
        parse_bytes(data, "f" + suffix, suffix)
    except IntakeError as exc:
        assert "\n" not in str(exc)


@settings(max_examples=30, deadline=None)
@given(cut=st.integers(min_value=0, max_value=4000), flip=st.integers(min_value=0, max_value=255))
def test_damaged_pdf_and_docx_give_intake_errors(tmp_path_factory, cut, flip):
    folder = tmp_path_factory.mktemp("d")
    for path in (
        write_pdf(folder / "r.pdf", Resolution(paragraphs=[REQUEST] * 5)),
        docx_file(folder / "r.docx", [REQUEST]),
    ):
        data = bytearray(path.read_bytes())
        i = cut % len(data)
        data[i] ^= flip
        try:
            parse_bytes(bytes(data[: max(i, 10)] + data[i:]), path.name, path.suffix)
        except IntakeError as exc:
            assert "\n" not in str(exc)
