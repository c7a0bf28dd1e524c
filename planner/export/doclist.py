"""The documentation list of a session: what desk officers hand round before it opens.
Its reports grouped by agenda item, each cited in the style of an annotated agenda
("Report of the Secretary-General on … (General Assembly resolution 57/270 B)"), with
its document symbol, state and deadlines. Words are the UI's (`QCoreApplication.translate`
in context "DocList"); plan content (titles, symbols) stays as written."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from planner.domain.calendar import Calendar
from planner.domain.engine import Recalculation
from planner.domain.model import Body, DecisionStatus, Plan, Session
from planner.domain.results import Requirement
from planner.domain.symbols import SymbolError, normalise_symbol
from planner.export.composition import ExportError
from planner.timeline.data import Mark, mark_of
from planner.timeline.style import mark_label
from planner.timeline.translatable import QT_TRANSLATE_NOOP

_CITATION = {
    ("GA", "resolution"): QT_TRANSLATE_NOOP("DocList", "General Assembly resolution %1"),
    ("GA", "decision"): QT_TRANSLATE_NOOP("DocList", "General Assembly decision %1"),
    ("ECOSOC", "resolution"): QT_TRANSLATE_NOOP("DocList", "Council resolution %1"),
    ("ECOSOC", "decision"): QT_TRANSLATE_NOOP("DocList", "Council decision %1"),
    ("SC", "resolution"): QT_TRANSLATE_NOOP("DocList", "Security Council resolution %1"),
    ("SC", "decision"): QT_TRANSLATE_NOOP("DocList", "Security Council decision %1"),
    ("HRC", "resolution"): QT_TRANSLATE_NOOP("DocList", "Human Rights Council resolution %1"),
    ("HRC", "decision"): QT_TRANSLATE_NOOP("DocList", "Human Rights Council decision %1"),
}
_ALREADY_NAMED = re.compile(
    r"^(report|note|progress report|annual report)\b|secretary-general", re.I
)


@dataclass(frozen=True)
class DocEntry:
    report: str
    citation: str  # "Report of the Secretary-General on … (Council resolution 2009/29)"
    document_symbol: str
    state: str  # in words
    mark: Mark
    submission_due: date
    issuance_due: date


@dataclass(frozen=True)
class AgendaGroup:
    item: str  # as the report line gives it, for this body ("ECOSOC item 6"); "" for none
    entries: tuple[DocEntry, ...]


@dataclass(frozen=True)
class DocList:
    plan_title: str
    body: Body
    session: Session
    groups: tuple[AgendaGroup, ...]
    scope: str  # "adopted decisions only" / "drafts included" (and as of), in words

    @property
    def reports(self) -> list[str]:
        return [e.report for g in self.groups for e in g.entries]


def day(d: date) -> str:
    """A date as the UI's language writes it in full, without the weekday ("4 July 2016",
    "2016年7月4日")."""
    locale = QLocale()
    form = "yyyy年M月d日" if locale.language() == QLocale.Language.Chinese else "d MMMM yyyy"
    return locale.toString(QDate(d.year, d.month, d.day), form)


def citation(symbol: str, plan: Plan) -> str:
    """ "General Assembly resolution 57/270 B"; a draft as "draft decision E/DEC/…"."""
    decision = next((d for d in plan.decisions if d.symbol == symbol), None)
    draft = decision is not None and decision.status == DecisionStatus.DRAFT
    try:
        parsed = normalise_symbol(symbol, decision.body if decision else None, draft=draft)
    except SymbolError:
        parsed = None
    if draft or parsed is None or parsed.kind == "working":
        return (
            QCoreApplication.translate("DocList", "draft %1").replace("%1", symbol)
            if draft
            else symbol
        )
    body = parsed.body_hint or (decision.body if decision else "")
    pattern = _CITATION.get((body, parsed.kind))
    if pattern is None:
        return symbol
    number = symbol.split("/", 2)[-1] if symbol.count("/") >= 2 else symbol
    number = number.split("/", 1)[-1] if body == "HRC" else number
    return QCoreApplication.translate("DocList", pattern).replace("%1", number)


def agenda_item(text: str, body: str) -> str:
    """The part of "GA item 15; ECOSOC item 6" that belongs to `body` (all of it if none
    names it)."""
    parts = [p.strip() for p in re.split(r"[;\n]", text) if p.strip()]
    mine = [p for p in parts if p.upper().startswith(body.upper() + " ")]
    return "; ".join(mine) if mine else "; ".join(parts)


def entry(r: Requirement, plan: Plan) -> DocEntry:
    report = next((x for x in plan.reports if x.id == r.report), None)
    title = report.title if report else r.title
    if not _ALREADY_NAMED.search(title):
        title = QCoreApplication.translate(
            "DocList", "Report of the Secretary-General on %1"
        ).replace("%1", title[:1].lower() + title[1:] if title[:2].istitle() else title)
    cites = "; ".join(citation(s, plan) for s in r.mandated_by)
    mark = mark_of(r)
    return DocEntry(
        r.report,
        f"{title} ({cites})" if cites else title,
        r.tracking.document_symbol if r.tracking else "",
        mark_label(mark),
        mark,
        r.submission_due,
        r.issuance_due,
    )


def build_doclist(
    plan: Plan, calendar: Calendar, result: Recalculation, session_id: str
) -> DocList:
    session = calendar.sessions.get(session_id)
    if session is None:
        near = sorted(calendar.sessions)[:3]
        raise ExportError(f'unknown session "{session_id}" (e.g. {", ".join(near)})')
    body = calendar.bodies.get(session.body) or Body(session.body, session.body)
    groups: dict[str, list[DocEntry]] = {}
    reports = {r.id: r for r in plan.reports}
    for r in result.requirements:
        if r.session != session_id:
            continue
        line = reports.get(r.report)
        item = agenda_item(line.agenda_item, session.body) if line else ""
        groups.setdefault(item, []).append(entry(r, plan))
    ordered = sorted(groups.items(), key=lambda kv: (kv[0] == "", _item_order(kv[0])))
    options = result.options
    scope = (
        QCoreApplication.translate("DocList", "drafts included")
        if options.with_drafts
        else QCoreApplication.translate("DocList", "adopted decisions only")
    )
    if options.as_of:
        scope += ", " + QCoreApplication.translate("DocList", "as of %1").replace(
            "%1", day(options.as_of)
        )
    return DocList(
        plan.title,
        body,
        session,
        tuple(AgendaGroup(item, tuple(entries)) for item, entries in ordered),
        scope,
    )


def _item_order(item: str) -> tuple[int, str]:
    """Agenda items in their number's order ("item 4" before "item 13")."""
    found = re.search(r"\d+", item)
    return (int(found.group()) if found else 1_000_000, item)
