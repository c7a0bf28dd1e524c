"""Reviewing what resolutions propose before any of it enters the plan.

A `Review` holds the documents read for one import, what each proposes (placed in
the plan), and the officer's choice for each proposal: accepted, rejected or still
open. Sure proposals start accepted, unsure ones open (a wrong confident entry is
worse than a question). A document edited in the decision editor keeps the edited
form instead of its proposals. `result` builds the one new plan that the window
commits as one undoable edit; nothing here writes anything.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from planner.app.edits import EditError, decision_to_form
from planner.app.resolution_import import (
    DocumentProposals,
    PendingDecision,
    pending_decision,
    propose,
    put_pending,
    symbol_of,
)
from planner.domain.calendar import Calendar
from planner.domain.model import Decision, DecisionStatus, Mandate, Plan, Report
from planner.intake.document import ResolutionDocument
from planner.intake.plan_match import plan_mandate


class Choice(enum.Enum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    OPEN = "open"  # not decided yet: not imported


@dataclass
class ReviewedDocument:
    """One file (or pasted text) of the import: what it proposes and what was chosen."""

    source: str
    proposals: DocumentProposals | None = None  # None: the file could not be read
    error: str = ""  # one line, when the file could not be read
    choices: list[Choice] = field(default_factory=list)
    edited: PendingDecision | None = None  # the decision as the officer edited it
    rejected: bool = False  # the whole document left out
    same_as: str = ""  # the source of an earlier document of the same resolution

    @property
    def document(self) -> ResolutionDocument | None:
        return self.proposals.document if self.proposals else None

    @property
    def chosen(self) -> list[int]:
        return [i for i, c in enumerate(self.choices) if c == Choice.ACCEPTED]

    @property
    def included(self) -> bool:
        """Whether the document enters the plan when the import is committed."""
        if self.proposals is None or self.rejected:
            return False
        return self.edited is not None or bool(self.chosen)


@dataclass(frozen=True, slots=True)
class ReviewResult:
    plan: Plan
    touched: tuple[str, ...]  # symbols of the decisions added or updated
    updates: int  # how many of them were already in the plan
    mandates: int  # mandates added
    errors: dict[int, str]  # document index → why it cannot enter the plan


class Review:
    """The documents of one import, in the order they were added."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.calendar = Calendar(plan)
        self.documents: list[ReviewedDocument] = []

    # --- adding -------------------------------------------------------------------------

    def add(self, documents: Sequence[ResolutionDocument]) -> list[int]:
        """Read what `documents` propose; returns their indexes. Placement runs over every
        document again, so new report lines one text proposes are shared with the next."""
        read = [d.document for d in self.documents if d.document is not None]
        placed = propose([*read, *documents], self.plan)
        by_doc = iter(placed)
        added: list[int] = []
        for d in self.documents:
            if d.proposals is not None:
                d.proposals = next(by_doc)
        seen = {self._symbol(d): d.source for d in self.documents if d.document is not None}
        for dp in by_doc:
            symbol = symbol_of(dp.document)
            same_as = seen.get(symbol, "") if symbol else ""
            choices = [
                Choice.OPEN
                if p.proposal.unsure
                or same_as
                or (p.planned is not None and p.planned.mandate is None)
                else Choice.ACCEPTED
                for p in dp.proposals
            ]  # a proposal the plan cannot hold (no such session, …) waits too
            self.documents.append(
                ReviewedDocument(dp.document.source, dp, choices=choices, same_as=same_as)
            )
            if symbol:
                seen.setdefault(symbol, dp.document.source)
            added.append(len(self.documents) - 1)
        return added

    def add_failure(self, source: str, message: str) -> int:
        self.documents.append(ReviewedDocument(source, None, error=message))
        return len(self.documents) - 1

    @staticmethod
    def _symbol(d: ReviewedDocument) -> str:
        return symbol_of(d.document) if d.document is not None else ""

    # --- what each proposal becomes -----------------------------------------------------

    def existing(self, index: int) -> Decision | None:
        """The decision already in the plan with this document's symbol."""
        doc = self.documents[index].document
        if doc is None or not doc.symbol:
            return None
        symbol = symbol_of(doc)
        return next((d for d in self.plan.decisions if d.symbol == symbol), None)

    def already_in_plan(self, index: int, proposal: int) -> bool:
        """The proposal's mandate is one the plan's decision of that symbol already has."""
        existing = self.existing(index)
        dp = self.documents[index].proposals
        if existing is None or dp is None:
            return False
        planned = dp.proposals[proposal].planned
        return planned is not None and planned.mandate in existing.mandates

    def pending(self, index: int, only: int | None = None) -> PendingDecision:
        """The decision the document gives as chosen (or with the proposal `only`).

        Raises EditError when it cannot become a decision (no symbol, body or date)."""
        d = self.documents[index]
        if d.proposals is None:
            raise EditError("", d.error)
        if only is None and d.edited is not None:
            return d.edited
        chosen = [only] if only is not None else d.chosen
        return pending_decision(self.plan, d.proposals, chosen, calendar=self.calendar)

    def draft(
        self, index: int, extra: int | None = None
    ) -> tuple[dict[str, Any], list[Report], int]:
        """The decision form the editor opens with: the edited one, or the document's
        accepted proposals (and `extra`), with what the text does not say left for the
        officer to fill in. Returns (form, proposed report lines, row of `extra`)."""
        d = self.documents[index]
        doc = d.document
        if d.edited is not None:
            return d.edited.form, list(d.edited.new_reports), -1
        assert doc is not None and d.proposals is not None
        chosen = sorted({*d.chosen, *([extra] if extra is not None else [])})
        mandates: list[Mandate] = []
        reports: dict[str, Report] = {}
        row = -1
        for i in chosen:
            planned = plan_mandate(
                self.plan,
                self.calendar,
                doc,
                d.proposals.proposals[i].proposal,
                tuple(reports.values()),
            )
            if planned.mandate is None:
                continue
            if planned.new_report is not None:
                reports[planned.new_report.id] = planned.new_report
            if planned.mandate not in mandates:
                mandates.append(planned.mandate)
            if i == extra:
                row = mandates.index(planned.mandate)
        existing = self.existing(index)
        if existing is not None:
            offset = len(existing.mandates)
            mandates = [*existing.mandates, *(m for m in mandates if m not in existing.mandates)]
            decision = existing._replace(mandates=tuple(mandates))
            row = row + offset if row >= 0 else row
        else:
            decision = Decision(
                symbol=symbol_of(doc),
                body=doc.body,
                adopted=doc.adopted or date.today(),
                title=doc.title,
                status=DecisionStatus.ADOPTED,
                notes=f"Mandates read from {doc.source}.",
                mandates=tuple(mandates),
            )
        form = decision_to_form(decision)
        if not doc.body:
            form["body"] = ""
        if doc.adopted is None and existing is None:
            form["adopted"] = ""
        return form, list(reports.values()), row

    def set_edited(self, index: int, form: dict[str, Any], new_reports: Sequence[Report]) -> None:
        existing = self.existing(index)
        d = self.documents[index]
        d.edited = PendingDecision(
            form, tuple(new_reports), existing.symbol if existing is not None else None
        )
        d.rejected = False

    # --- the whole import ---------------------------------------------------------------

    def result(self) -> ReviewResult:
        """The plan with every included document in, one after another; a document that
        cannot enter it is listed in `errors` and left out."""
        plan = self.plan
        touched: list[str] = []
        errors: dict[int, str] = {}
        updates = 0
        mandates = 0
        for i, d in enumerate(self.documents):
            if not d.included:
                continue
            try:
                pending = self.pending(i)
                before_plan = plan
                plan, symbol = put_pending(plan, pending, calendar=self.calendar)
            except EditError as exc:
                errors[i] = exc.message
                continue
            before = _mandate_count(before_plan, symbol)
            mandates += _mandate_count(plan, symbol) - before
            if symbol not in touched:
                touched.append(symbol)
                updates += any(x.symbol == symbol for x in self.plan.decisions)
        return ReviewResult(plan, tuple(touched), updates, mandates, errors)

    def with_one(self, index: int, proposal: int | None = None) -> Plan:
        """The plan with only this document (or only this proposal of it) in.

        Raises EditError when it cannot enter the plan."""
        pending = self.pending(index, proposal)
        return put_pending(self.plan, pending, calendar=self.calendar)[0]


def _mandate_count(plan: Plan, symbol: str) -> int:
    found = next((d for d in plan.decisions if d.symbol == symbol), None)
    return len(found.mandates) if found is not None else 0
