"""The report line a proposal creates: a title an officer recognises, an id in its words' order."""

from __future__ import annotations

import pytest
from paths import DEFAULT_PLAN

from planner.app.documents import read_plan
from planner.domain.calendar import Calendar
from planner.intake.document import OperativeParagraph, ResolutionDocument
from planner.intake.mandates import read_mandates
from planner.intake.plan_match import plan_mandate


@pytest.fixture(scope="module")
def plan():
    return read_plan(DEFAULT_PLAN)


def new_line(plan, text: str, language: str = "en", title: str = "Coral reef protection"):
    doc = ResolutionDocument(
        "x.xml",
        symbol="A/RES/80/5",
        body="GA",
        title=title,
        language=language,
        paragraphs=(OperativeParagraph("4", text),),
    )
    [p] = read_mandates(doc)
    planned = plan_mandate(plan, Calendar(plan), doc, p)
    assert planned.new_report is not None
    return planned.new_report


@pytest.mark.parametrize(
    "text, language",
    [
        # "its progress" (after A/RES/79/194 ¶13): the working group's, i.e. the resolution's topic
        (
            "Encourages the working group to report on its progress to the General Assembly at its eighty-first session;",
            "en",
        ),
        (
            "Requests the Secretary-General to submit to the General Assembly at its eighty-first session a report on the implementation of and follow-up to the present resolution, which shall include recommendations;",
            "en",
        ),
        (
            "Prie le Secrétaire général de lui présenter, à sa quatre-vingt-unième session, un rapport sur l'application et le suivi de la présente résolution, qui tienne compte du Programme 2030 ;",
            "fr",
        ),
    ],
)
def test_a_subject_pointing_at_the_resolution_takes_its_title(plan, text, language):
    assert new_line(plan, text, language).title == "Coral reef protection"


def test_the_id_follows_the_titles_words_with_accents():
    from planner.intake.plan_match import _new_report

    doc = ResolutionDocument("x.xml", title="Marée noire sur les côtes libanaises")
    report = _new_report((), "the present resolution", None, doc, "GA")
    assert report.id == "maree-noire-cotes-libanaises"
