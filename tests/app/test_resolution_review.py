"""Reviewing an import: sure proposals accepted, unsure ones open, an existing decision
updated and never duplicated, the same resolution read twice entering once."""

from __future__ import annotations

from datetime import date

import pytest
from paths import DEFAULT_PLAN
from resolution_samples import akn

from planner.app.documents import read_plan
from planner.app.resolution_review import Choice, Review
from planner.intake.akn import parse_akn
from planner.intake.read import read_text

SURE = "Requests the Secretary-General to submit to the General Assembly at its eighty-second session a report on the implementation of the present resolution;"
# asks for content in an existing report: unsure
UNSURE = "Requests the Secretary-General to include in his annual report on river basins information on the implementation of the present resolution."


@pytest.fixture(scope="module")
def plan():
    return read_plan(DEFAULT_PLAN)


def doc(symbol: str = "A/RES/80/321", source: str = "r.xml", **kw):
    return parse_akn(akn(symbol=symbol, **kw), source)


def test_sure_proposals_start_accepted_unsure_ones_open_and_only_accepted_enter(plan):
    review = Review(plan)
    [i] = review.add([doc(paragraphs=["Takes note of the report;", SURE, UNSURE])])
    d = review.documents[i]
    assert d.choices == [Choice.ACCEPTED, Choice.OPEN]
    result = review.result()
    [decision] = [x for x in result.plan.decisions if x.symbol == "A/RES/80/321"]
    assert len(decision.mandates) == 1 and decision.mandates[0].rule.session == "ga-2027"
    assert result.touched == ("A/RES/80/321",) and result.updates == 0 and result.mandates == 1
    assert not result.errors
    assert review.plan is plan  # nothing changed in the plan reviewed

    d.choices[0] = Choice.REJECTED
    assert not d.included
    assert review.result().plan.decisions == plan.decisions


def test_a_decision_already_in_the_plan_is_updated_never_duplicated(plan):
    before = next(x for x in plan.decisions if x.symbol == "A/RES/79/226")
    review = Review(plan)
    [i] = review.add([doc(symbol="A/RES/79/226", paragraphs=[SURE])])
    assert review.existing(i) == before
    result = review.result()
    same = [x for x in result.plan.decisions if x.symbol == "A/RES/79/226"]
    assert len(same) == 1
    assert same[0].mandates[: len(before.mandates)] == before.mandates
    assert len(same[0].mandates) == len(before.mandates) + 1
    assert result.updates == 1 and result.mandates == 1
    # reading it again proposes the same mandate: already in the plan, adds nothing
    again = Review(result.plan)
    [j] = again.add([doc(symbol="A/RES/79/226", paragraphs=[SURE])])
    assert again.already_in_plan(j, 0)
    twice = again.result()
    assert [len(x.mandates) for x in twice.plan.decisions if x.symbol == "A/RES/79/226"] == [
        len(same[0].mandates)
    ]
    assert twice.mandates == 0


def test_the_same_resolution_in_two_files_enters_once(plan):
    review = Review(plan)
    _, second = review.add(
        [doc(source="en.xml", paragraphs=[SURE]), doc(source="copy.xml", paragraphs=[SURE])]
    )
    assert review.documents[second].same_as == "en.xml"
    assert review.documents[second].choices == [Choice.OPEN]  # not imported twice by default
    review.documents[second].choices[0] = Choice.ACCEPTED
    result = review.result()
    [decision] = [x for x in result.plan.decisions if x.symbol == "A/RES/80/321"]
    assert len(decision.mandates) == 1 and len(result.plan.reports) == len(plan.reports) + 1


def test_a_pasted_text_without_symbol_is_an_error_until_edited(plan):
    review = Review(plan)
    [i] = review.add([read_text("1. Welcomes the report;\n\n2. " + SURE)])
    result = review.result()
    assert "gives no symbol" in result.errors[i] and result.touched == ()
    form, reports, row = review.draft(i, 0)
    assert form["symbol"] == "" and form["body"] == "" and form["adopted"] == ""
    assert row == 0 and reports and reports[0].title  # the new report line keeps its title
    form = {**form, "symbol": "A/RES/80/400", "body": "GA", "adopted": "2025-12-19"}
    review.set_edited(i, form, reports)
    result = review.result()
    assert result.touched == ("A/RES/80/400",) and not result.errors


def test_the_editor_draft_of_an_update_keeps_the_existing_mandates_first(plan):
    before = next(x for x in plan.decisions if x.symbol == "A/RES/79/226")
    review = Review(plan)
    [i] = review.add([doc(symbol="A/RES/79/226", paragraphs=[SURE])])
    form, _, row = review.draft(i, 0)
    assert len(form["mandates"]) == len(before.mandates) + 1
    assert row == len(before.mandates)
    assert form["adopted"] == before.adopted.isoformat() == date(2024, 12, 19).isoformat()


def test_an_unreadable_file_is_listed_and_left_out(plan):
    review = Review(plan)
    i = review.add_failure("bad.pdf", "bad.pdf: not a PDF file")
    [j] = review.add([doc(paragraphs=[SURE])])
    assert review.documents[i].error and not review.documents[i].included
    assert review.result().touched == ("A/RES/80/321",)
    assert j == i + 1


def test_a_proposal_the_plan_cannot_hold_waits_for_a_decision(plan):
    far = "Requests the Secretary-General to submit to the General Assembly at its one hundred and fiftieth session a report on the implementation of the present resolution."
    review = Review(plan)
    [i] = review.add([doc(paragraphs=[far, SURE])])
    d = review.documents[i]
    assert [p.planned.problem for p in d.proposals.proposals] == ["no-such-session", ""]
    assert d.choices == [Choice.OPEN, Choice.ACCEPTED]  # not ticked as if it would be imported
