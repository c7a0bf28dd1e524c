"""`planner read-mandates`: proposals from resolution files, printed or applied."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from planner.app.documents import read_plan
from planner.app.edits import EditError
from planner.app.resolution_import import DocumentProposals, apply_proposals, propose
from planner.domain.symbols import PREFIX
from planner.intake.errors import IntakeError
from planner.intake.mandates import Proposal
from planner.intake.plan_match import PlannedMandate
from planner.intake.read import read_document
from planner.store.interchange import plan_to_json

NOTE_WORDS = {
    "recipient-assumed": "recipient assumed to be the adopting body",
    "recipient-from-context": "recipient resolved from the rest of the text",
    "recipient-unresolved": "recipient not a body this reader knows",
    "in-existing-report": "asks for content in an existing report",
    "nested-draft": "in a draft recommended to another body (not yet adopted)",
    "no-time-given": "no time given",
    "year-only": "only a year given",
    "several-sessions": "several sessions named",
    "merge-target-unclear": "what it is merged into is unclear",
}
PROBLEM_WORDS = {
    "no-such-session": "the plan has no such session",
    "unknown-body": "the plan has no such body",
    "no-such-report": "no report line in the plan matches",
    "no-merge-target": "no report line to merge into",
    "no-schedule": "no schedule to plan (ongoing)",
    "no-first-occurrence": "no first occurrence known",
    "assumed-next-session": "no time given: next session assumed",
}


def add_parser(sub: Any, iso_date: Any) -> None:
    p = sub.add_parser(
        "read-mandates", help="propose mandates from resolution files (.xml, .docx, .pdf, .txt)"
    )
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.add_argument("--plan", type=Path, help="place the proposals in this plan (read only)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--symbol", help="the symbol, when the text does not give it")
    p.add_argument(
        "--body", choices=sorted(PREFIX), help="the adopting body, when the text does not give it"
    )
    p.add_argument(
        "--adopted",
        type=iso_date,
        metavar="DATE",
        help="the adoption date, when the text does not give it",
    )
    p.add_argument(
        "--apply",
        type=Path,
        metavar="PLAN",
        help="commit the proposals to this .sqlite plan (all or nothing)",
    )
    p.add_argument(
        "--include-unsure", action="store_true", help="with --apply: also commit unsure proposals"
    )


def cmd_read_mandates(args: argparse.Namespace, usage_error: type[Exception]) -> int:
    if len(args.files) > 1 and args.symbol:
        raise usage_error("planner: --symbol names one document; give one FILE with it")
    try:
        docs = [
            read_document(f, symbol=args.symbol, body=args.body, adopted=args.adopted)
            for f in args.files
        ]
        plan_path = args.apply or args.plan
        plan = read_plan(plan_path) if plan_path else None
        results = propose(docs, plan)
        if args.apply:
            return _apply(args.apply, results, args.include_unsure, args.json)
    except (IntakeError, EditError) as exc:
        raise usage_error(f"planner: {exc}") from None
    if args.json:
        print(json.dumps(to_json(results), ensure_ascii=False, indent=1))
    else:
        print(to_text(results))
    return 0


def _apply(
    path: Path, results: list[DocumentProposals], include_unsure: bool, as_json: bool
) -> int:
    from planner.app.workspace import Workspace

    if path.suffix.lower() == ".json":
        raise EditError("", f"{path}: --apply needs a .sqlite plan (import the .json first)")
    ws = Workspace.open(path)
    try:
        new_plan, touched = apply_proposals(ws.plan, results, include_unsure=include_unsure)
        ws.apply(new_plan, f"Import mandates from {len(results)} resolution(s)")
    finally:
        ws.close()
    if as_json:
        print(json.dumps({"applied": touched}, ensure_ascii=False))
    else:
        print(f"applied {len(touched)} decision(s) to {path}: {', '.join(touched)}")
    return 0


def _mandate_json(planned: PlannedMandate | None) -> dict[str, Any] | None:
    if planned is None or planned.mandate is None:
        return None
    from planner.domain.model import Decision, Plan

    decision = Decision(
        "X/RES/0/0", "GA", __import__("datetime").date(2000, 1, 1), mandates=(planned.mandate,)
    )
    out: dict[str, Any] = plan_to_json(Plan(decisions=(decision,)))["decisions"][0]["mandates"][0]
    if planned.new_report is not None:
        r = planned.new_report
        out["new_report"] = {"id": r.id, "title": r.title, "agenda_item": r.agenda_item}
    if planned.problem:
        out["note"] = planned.problem
    return out


def to_json(results: list[DocumentProposals]) -> dict[str, Any]:
    return {
        "documents": [
            {
                "file": dp.document.source,
                "symbol": dp.document.symbol,
                "body": dp.document.body,
                "adopted": dp.document.adopted.isoformat() if dp.document.adopted else None,
                "language": dp.document.language,
                "proposals": [
                    {
                        "paragraph": pp.proposal.paragraph,
                        "words": pp.proposal.words,
                        "reading": pp.proposal.reading.to_json(),
                        "confidence": pp.proposal.confidence,
                        "notes": list(pp.proposal.notes),
                        "mandate": _mandate_json(pp.planned),
                    }
                    for pp in dp.proposals
                ],
            }
            for dp in results
        ]
    }


def _when(p: Proposal) -> str:
    r = p.reading
    at = []
    if r.session_number:
        at.append(f"session {r.session_number}")
    if r.year:
        at.append(str(r.year))
    base = {
        "at_session": "at " + ", ".join(at),
        "next_session": "at the next session",
        "periodic": f"every {r.every_years} year(s)"
        + (f" from {', '.join(at)}" if at else "")
        + (f" until {r.until}" if r.until else ""),
        "ongoing": "ongoing",
        "none": "no time given",
        "terminate": "discontinue" + (f" from {', '.join(at)}" if at else ""),
        "merge": f"merge into “{r.into}”" if r.into else "merge",
    }
    return base.get(r.timing, r.timing)


def to_text(results: list[DocumentProposals]) -> str:
    lines = []
    for dp in results:
        d = dp.document
        update = "  (in the plan: an update)" if dp.existing else ""
        lines.append(
            f"{d.source}: {d.symbol or '(no symbol)'}  {d.body or '?'}  adopted {d.adopted or '?'}  "
            f"{d.language}  {len(d.paragraphs)} operative paragraphs, {len(dp.proposals)} proposal(s){update}"
        )
        for pp in dp.proposals:
            p, r = pp.proposal, pp.proposal.reading
            unsure = "  UNSURE" if p.unsure else ""
            kind = "oral " if r.oral else ""
            lines.append(
                f"  ¶{p.paragraph or '—'}  {kind}report to {r.report_to}, {_when(p)}  [{p.confidence:.2f}{unsure}]"
            )
            if r.subject:
                lines.append(f"      on: {r.subject}")
            if r.item:
                lines.append(f"      item: {r.item}")
            for n in p.notes:
                code, _, value = n.partition(":")
                lines.append(
                    f"      note: {NOTE_WORDS.get(code, code)}{' ' + value if value else ''}"
                )
            lines.append(f"      words: “{p.words}”")
            if pp.planned is not None:
                m = pp.planned.mandate
                if m is None:
                    lines.append(
                        f"      plan: not placed ({PROBLEM_WORDS.get(pp.planned.problem, pp.planned.problem)})"
                    )
                else:
                    rule = m.rule
                    target = f" {rule.type} {rule.body}" if rule else ""
                    where = f" {pp.planned.session}" if pp.planned.session else ""
                    new = " (new report line)" if pp.planned.new_report else ""
                    lines.append(f"      plan: {m.effect} {m.report}{new}:{target}{where}")
        if not dp.proposals:
            lines.append("  (no paragraph asks for a report)")
    return "\n".join(lines)
