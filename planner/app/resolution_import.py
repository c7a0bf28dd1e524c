"""Resolutions into the plan: read, propose, and commit through the editor's own checks.

`propose` reads documents and places each proposal in the plan; `apply_proposals`
turns the accepted ones into decisions with `edits.put_decision` (exactly the rules
of import), one decision per document. A decision already in the plan with the
same symbol is updated (its mandates gain the new ones), never duplicated. The
result is one new plan: the caller commits it as one edit, or nothing.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from planner.app.edits import EditError, decision_to_form, put_decision
from planner.domain.calendar import Calendar
from planner.domain.model import Decision, DecisionStatus, Mandate, Plan, Report
from planner.domain.symbols import SymbolError, normalise_symbol
from planner.intake.document import ResolutionDocument
from planner.intake.mandates import Proposal, read_mandates
from planner.intake.plan_match import PlannedMandate, plan_mandate


@dataclass(frozen=True, slots=True)
class PlacedProposal:
    proposal: Proposal
    planned: PlannedMandate | None = None


@dataclass(frozen=True, slots=True)
class DocumentProposals:
    document: ResolutionDocument
    proposals: tuple[PlacedProposal, ...] = field(default=())
    existing: bool = False  # a decision with this symbol is already in the plan


def propose(
    documents: Sequence[ResolutionDocument], plan: Plan | None = None
) -> list[DocumentProposals]:
    """Each document's proposals, placed in `plan` when one is given."""
    calendar = Calendar(plan) if plan is not None else None
    out = []
    created: tuple[Report, ...] = ()
    for doc in documents:
        placed = []
        for p in read_mandates(doc):
            planned = None
            if plan is not None and calendar is not None:
                planned = plan_mandate(plan, calendar, doc, p, created)
                if planned.new_report is not None:
                    created = (*created, planned.new_report)
            placed.append(PlacedProposal(p, planned))
        symbol = symbol_of(doc)
        existing = plan is not None and any(d.symbol == symbol for d in plan.decisions)
        out.append(DocumentProposals(doc, tuple(placed), existing))
    return out


def symbol_of(doc: ResolutionDocument) -> str:
    """The document's symbol as the plan writes it (as given when it cannot be read)."""
    try:
        return normalise_symbol(doc.symbol, doc.body or None).symbol
    except SymbolError:
        return doc.symbol


@dataclass(frozen=True, slots=True)
class PendingDecision:
    """One document as it would enter the plan: the decision in the editor's form shape
    (what `put_decision` takes), the report lines it creates, and the symbol of the
    decision already in the plan that it updates (None: a new decision)."""

    form: dict[str, Any]
    new_reports: tuple[Report, ...] = ()
    replacing: str | None = None

    @property
    def symbol(self) -> str:
        return str(self.form.get("symbol", ""))


def pending_decision(
    plan: Plan,
    dp: DocumentProposals,
    chosen: Collection[int] | None = None,
    *,
    include_unsure: bool = False,
    calendar: Calendar | None = None,
) -> PendingDecision:
    """The decision a document gives with the proposals `chosen` (indexes into
    `dp.proposals`; None: the sure ones, or every one with `include_unsure`), each placed
    in `plan` as it stands. A decision already in the plan with the same symbol keeps
    its mandates and gains the new ones.

    Raises EditError (naming the file) when the text gives no symbol, body or adoption
    date, or the plan has no such body."""
    doc = dp.document
    where = doc.source
    if not doc.symbol:
        raise EditError("symbol", f"{where}: the text gives no symbol; supply it (--symbol)")
    if not doc.body:
        raise EditError("body", f"{where}: the adopting body is not known; supply it (--body)")
    if doc.adopted is None:
        raise EditError(
            "adopted", f"{where}: the adoption date is not known; supply it (--adopted)"
        )
    if not any(b.id == doc.body for b in plan.bodies):
        raise EditError("body", f"{where}: the plan has no body {doc.body!r}")
    symbol = symbol_of(doc)
    calendar = calendar if calendar is not None else Calendar(plan)
    mandates: list[Mandate] = []
    new_reports: dict[str, Report] = {}
    for i, placed in enumerate(dp.proposals):
        if chosen is None:
            if placed.proposal.unsure and not include_unsure:
                continue
        elif i not in chosen:
            continue
        planned = plan_mandate(plan, calendar, doc, placed.proposal, tuple(new_reports.values()))
        if planned.mandate is None:
            continue
        if planned.new_report is not None:
            new_reports[planned.new_report.id] = planned.new_report
        if planned.mandate not in mandates:
            mandates.append(planned.mandate)
    existing = next((d for d in plan.decisions if d.symbol == symbol), None)
    if existing is not None:
        merged = (*existing.mandates, *(m for m in mandates if m not in existing.mandates))
        decision = existing._replace(mandates=merged)
    else:
        decision = Decision(
            symbol=symbol,
            body=doc.body,
            adopted=doc.adopted,
            title=doc.title,
            status=DecisionStatus.ADOPTED,
            notes=f"Mandates read from {where}.",
            mandates=tuple(mandates),
        )
    used = {m.report for m in decision.mandates} | {m.into for m in decision.mandates if m.into}
    return PendingDecision(
        decision_to_form(decision),
        tuple(r for r in new_reports.values() if r.id in used),
        existing.symbol if existing is not None else None,
    )


def put_pending(
    plan: Plan, pending: PendingDecision, *, where: str = "", calendar: Calendar | None = None
) -> tuple[Plan, str]:
    """`plan` with the decision in, through the editor's own checks (`put_decision`), and
    the decision's symbol as the plan writes it.

    Report lines the plan has gained since the decision was drawn up (another document
    of the same import created them) are used, not created twice; a decision with the
    symbol that is now in the plan is updated, never duplicated."""
    known = {r.id for r in plan.reports}
    replacing = pending.replacing
    form = pending.form
    try:
        symbol = normalise_symbol(
            pending.symbol,
            str(form.get("body") or "") or None,
            draft=form.get("status") == "draft",
        ).symbol
    except SymbolError:
        symbol = pending.symbol
    if replacing is None:
        already = next((d for d in plan.decisions if d.symbol == symbol), None)
        if already is not None:  # the same resolution read twice (another file, another language)
            ours = decision_to_form(already)["mandates"]
            form = {**form, "mandates": [*ours, *(m for m in form["mandates"] if m not in ours)]}
            replacing = already.symbol
    try:
        new_plan = put_decision(
            plan,
            form,
            replacing=replacing,
            new_reports=[r for r in pending.new_reports if r.id not in known],
            calendar=calendar,
        )
    except EditError as exc:
        raise EditError(exc.field, f"{where}: {exc.message}" if where else exc.message) from None
    return new_plan, symbol


def apply_proposals(
    plan: Plan, documents: Sequence[DocumentProposals], *, include_unsure: bool = False
) -> tuple[Plan, list[str]]:
    """The plan with every placeable proposal committed as decisions; the symbols touched.

    Raises EditError (naming the file) when a document cannot become a decision: no
    symbol, body or adoption date, or a mandate the plan's rules refuse."""
    touched: list[str] = []
    for dp in documents:
        calendar = Calendar(plan)
        pending = pending_decision(plan, dp, include_unsure=include_unsure, calendar=calendar)
        plan, symbol = put_pending(plan, pending, where=dp.document.source, calendar=calendar)
        touched.append(symbol)
    return plan, touched
