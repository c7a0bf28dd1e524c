"""Resolutions into the plan: read, propose, and commit through the editor's own checks.

`propose` reads documents and places each proposal in the plan; `apply_proposals`
turns the accepted ones into decisions with `edits.put_decision` (exactly the rules
of import), one decision per document. A decision already in the plan with the
same symbol is updated (its mandates gain the new ones), never duplicated. The
result is one new plan: the caller commits it as one edit, or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from planner.app.edits import EditError, decision_to_form, put_decision
from planner.domain.calendar import Calendar
from planner.domain.model import Decision, DecisionStatus, Plan, Report
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
        symbol = _symbol(doc)
        existing = plan is not None and any(d.symbol == symbol for d in plan.decisions)
        out.append(DocumentProposals(doc, tuple(placed), existing))
    return out


def _symbol(doc: ResolutionDocument) -> str:
    try:
        return normalise_symbol(doc.symbol, doc.body or None).symbol
    except SymbolError:
        return doc.symbol


def apply_proposals(
    plan: Plan, documents: Sequence[DocumentProposals], *, include_unsure: bool = False
) -> tuple[Plan, list[str]]:
    """The plan with every placeable proposal committed as decisions; the symbols touched.

    Raises EditError (naming the file) when a document cannot become a decision: no
    symbol, body or adoption date, or a mandate the plan's rules refuse."""
    touched: list[str] = []
    for dp in documents:
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
        symbol = _symbol(doc)
        calendar = Calendar(plan)
        mandates = []
        new_reports: dict[str, Report] = {}
        for placed in dp.proposals:
            if placed.proposal.unsure and not include_unsure:
                continue
            planned = plan_mandate(
                plan, calendar, doc, placed.proposal, tuple(new_reports.values())
            )
            if planned.mandate is None:
                continue
            if planned.new_report is not None:
                new_reports[planned.new_report.id] = planned.new_report
            if planned.mandate not in mandates:
                mandates.append(planned.mandate)
        existing = next((d for d in plan.decisions if d.symbol == symbol), None)
        if existing is not None:
            merged = (*existing.mandates, *(m for m in mandates if m not in existing.mandates))
            decision = replace(existing, mandates=merged)
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
        try:
            plan = put_decision(
                plan,
                decision_to_form(decision),
                replacing=existing.symbol if existing else None,
                new_reports=[r for r in new_reports.values() if r.id in used],
                calendar=calendar,
            )
        except EditError as exc:
            raise EditError(exc.field, f"{where}: {exc.message}") from None
        touched.append(symbol)
    return plan, touched
