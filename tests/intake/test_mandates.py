"""What the mandate reader says about single paragraphs, beyond the evaluation set."""

from __future__ import annotations

from planner.intake.document import OperativeParagraph, ResolutionDocument
from planner.intake.lexicon import LANGUAGES
from planner.intake.mandates import UNSURE, read_mandates, read_paragraph


def read(text: str, lang: str = "en", body: str = "GA", nested: bool = False):
    return read_paragraph(OperativeParagraph("7", text, nested), LANGUAGES[lang], body)


def test_words_are_the_paragraphs_own_characters():
    text = "Welcomes the progress made, and requests the Secretary-General to submit to the General Assembly at its eighty-first session a report on the implementation of the present resolution’s provisions;"
    [p] = read(text)
    assert p.words in text and p.words.startswith("requests the Secretary-General")
    assert p.paragraph == "7" and p.reading.subject.startswith("the implementation")


def test_through_and_joint_are_noted():
    [p] = read(
        "Requests the Secretary-General to submit to the General Assembly at its eighty-second session, through the Economic and Social Council, a report on youth employment;"
    )
    assert "through:ECOSOC" in p.notes and p.reading.report_to == "GA"
    ps = read(
        "Requests the Secretary-General to submit to the General Assembly and the Economic and Social Council in 2027 a joint report on migration statistics;"
    )
    assert {p.reading.report_to for p in ps} == {"GA", "ECOSOC"}
    assert all("joint:GA+ECOSOC" in p.notes for p in ps)


def test_unsure_readings_say_why():
    [p] = read(
        "Requests the Secretary-General to include in his next report on oceans information on coral bleaching;"
    )
    assert p.unsure and "in-existing-report" in p.notes
    [p] = read(
        "Requests the Secretary-General to submit to the General Assembly at its eighty-first session a report on coastal erosion;",
        nested=True,
    )
    assert p.confidence < UNSURE and "nested-draft" in p.notes


def test_council_at_a_year_session_is_a_year_not_a_session_number():
    # a defect found while building: "to the Council at its 2026 session" read as session 26
    [p] = read(
        "Requests the Secretary-General to submit to the Council at its 2026 session a report on rural roads;",
        body="ECOSOC",
    )
    assert (p.reading.report_to, p.reading.session_number, p.reading.year) == ("ECOSOC", None, 2026)


def test_oral_update_and_until():
    [p] = read(
        "Requests the Secretary-General to provide an oral update to the General Assembly at its eightieth session on the situation;"
    )
    assert p.reading.oral
    [p] = read(
        "Requests the Secretary-General to report annually until its eighty-fifth session on the trust fund;"
    )
    assert (p.reading.timing, p.reading.every_years, p.reading.until) == ("periodic", 1, 2030)


def test_merge_names_both_reports():
    [p] = read(
        "Decides to consolidate the reports on rural roads and on urban transport into a single report;"
    )
    assert p.reading.timing == "merge"
    assert p.reading.subject == "rural roads" and p.reading.into == "urban transport"


def test_other_languages_give_nothing_and_documents_read_in_order():
    doc = ResolutionDocument(
        "x",
        body="GA",
        language="ru",
        paragraphs=(OperativeParagraph("1", "просит Генерального секретаря представить доклад"),),
    )
    assert read_mandates(doc) == []
    doc = ResolutionDocument(
        "x",
        body="ECOSOC",
        language="en",
        title="Statistical Commission work programme",
        paragraphs=(
            OperativeParagraph("1", "Takes note of the report of the Statistical Commission;"),
            OperativeParagraph(
                "2",
                "Requests the Secretary-General to report to the Commission at its fifty-eighth session on the programme;",
            ),
        ),
    )
    [p] = read_mandates(doc)
    assert (p.paragraph, p.reading.report_to, p.reading.session_number) == ("2", "StatCom", 58)
    assert "recipient-from-context" in p.notes
