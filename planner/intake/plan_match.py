"""From a proposal to the plan's Mandate: which body, which session, which report line.

`at_session` finds the body's session by number ("eighty-first" → the session whose
number, from its series or its name, is 81) or by year; `periodic` starts at that
session or year; a report line is matched by title words and agenda item, and a new
one is proposed when none fits. Terminate and merge act only on lines in the plan.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from planner.domain.calendar import Calendar
from planner.domain.model import (
    AtSession,
    Effect,
    Mandate,
    NextSession,
    Periodic,
    Plan,
    Report,
    Rule,
    Session,
)
from planner.intake.document import ResolutionDocument
from planner.intake.mandates import Proposal

_PRESENT = re.compile(
    r"^(?:the\s+)?(?:implementation of|follow-up to)?\s*(?:the\s+)?present resolution$|"
    r"^(?:l')?(?:application|mise en œuvre) de la présente résolution$|^la aplicación de la presente resolución$|^thereon$|^$",
    re.IGNORECASE,
)
_STOP = set(
    [
        "the",
        "of",
        "and",
        "on",
        "in",
        "to",
        "for",
        "a",
        "an",
        "its",
        "their",
        "with",
        "by",
        "at",
        "from",
        "as",
        "under",
        "this",
        "that",
        "present",
        "resolution",
        "le",
        "la",
        "les",
        "de",
        "des",
        "du",
        "et",
        "sur",
        "en",
        "au",
        "aux",
        "à",
        "un",
        "une",
        "el",
        "los",
        "las",
        "del",
        "y",
        "sobre",
        "por",
        "para",
    ]
)


@dataclass(frozen=True, slots=True)
class PlannedMandate:
    """A proposal as the plan would hold it; `mandate` is None when it cannot be placed
    (`problem` says why, as a code)."""

    mandate: Mandate | None
    new_report: Report | None = None
    session: str | None = None
    problem: str = ""


def plan_mandate(
    plan: Plan,
    calendar: Calendar,
    doc: ResolutionDocument,
    proposal: Proposal,
    extra_reports: tuple[Report, ...] = (),
) -> PlannedMandate:
    r = proposal.reading
    body = _body(plan, r.report_to)
    reports = (*plan.reports, *extra_reports)
    if r.timing in ("terminate", "merge"):
        target = _match_report(reports, r.subject, r.item, doc)
        if target is None:
            return PlannedMandate(None, problem="no-such-report")
        if r.timing == "terminate":
            return PlannedMandate(Mandate(target.id, Effect.TERMINATE))
        into = _match_report(reports, r.into or "", None, doc)
        if into is None or into.id == target.id:
            return PlannedMandate(None, problem="no-merge-target")
        return PlannedMandate(Mandate(target.id, Effect.MERGE, into=into.id))
    if body is None:
        return PlannedMandate(None, problem="unknown-body")
    rule, session, problem = _rule(
        plan,
        calendar,
        body,
        r.timing,
        r.session_number,
        r.year,
        r.every_years,
        r.until,
        doc.adopted,
    )
    if rule is None:
        return PlannedMandate(None, problem=problem)
    report = _match_report(reports, r.subject, r.item, doc)
    new_report = None
    if report is None:
        new_report = _new_report(reports, r.subject, r.item, doc, body)
        report = new_report
    return PlannedMandate(Mandate(report.id, Effect.ADD, rule), new_report, session, problem)


def _body(plan: Plan, name: str) -> str | None:
    for b in plan.bodies:
        if b.id.lower() == name.lower() or b.name.lower() == name.lower():
            return b.id
    return None


def session_number(session: Session, plan: Plan) -> int | None:
    """The session's number: from its series (year − offset) or a number in its name."""
    series = next((s for s in plan.session_series if s.id == session.series), None)
    if series is not None and series.number_offset:
        return session.start.year - series.number_offset
    m = re.search(r"\b(\d{1,3})(?:st|nd|rd|th)\b", session.name)
    return int(m.group(1)) if m else None


def find_session(
    calendar: Calendar, plan: Plan, body: str, number: int | None, year: int | None
) -> Session | None:
    sessions = calendar.by_body.get(body)
    if sessions is None:
        return None
    if number is not None:
        for s in sessions.sessions:
            if session_number(s, plan) == number:
                return s
        return None
    if year is not None:
        named = [s for s in sessions.sessions if str(year) in s.name or s.id.endswith(f"-{year}")]
        return named[0] if named else sessions.first_in(year)
    return None


def _rule(
    plan: Plan,
    calendar: Calendar,
    body: str,
    timing: str,
    number: int | None,
    year: int | None,
    every: int | None,
    until: int | None,
    adopted: date | None,
) -> tuple[Rule | None, str | None, str]:
    if timing == "at_session":
        s = find_session(calendar, plan, body, number, year)
        if s is None:
            return None, None, "no-such-session"
        return AtSession(body, s.id), s.id, ""
    if timing == "next_session":
        return NextSession(body), None, ""
    if timing == "none":
        return NextSession(body), None, "assumed-next-session"
    if timing == "periodic" and every:
        first: int | str
        s = find_session(calendar, plan, body, number, year) if (number or year) else None
        if s is not None:
            first = s.id
        elif year is not None:
            first = year
        elif adopted is not None:
            first = adopted.year + 1
        else:
            return None, None, "no-first-occurrence"
        return Periodic(body, every, first, until), s.id if s else None, ""
    return None, None, "no-schedule"


def _words(text: str) -> set[str]:
    folded = "".join(
        c for c in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(c) != "Mn"
    )
    return {w for w in re.findall(r"[a-z0-9]+", folded) if w not in _STOP and len(w) > 2}


# "the implementation of and follow-up to the present resolution", "its progress", "ses
# travaux": a subject that names the resolution itself, or speaks of "its" work
_ABOUT_THE_TEXT = re.compile(
    r"^.{0,80}?\b(?:present resolution|présente résolution|presente resolución)$|"
    r"^(?:its|their|his|her|ses|son|sa|leurs?|sus?)\b",
    re.IGNORECASE,
)


def _subject_title(subject: str, doc: ResolutionDocument) -> str:
    """The title a new report line takes: the subject, or the resolution's own title when
    the subject only points at the resolution or at "its" work."""
    s = subject.strip()
    if _PRESENT.match(s) or _ABOUT_THE_TEXT.match(s) or len(s) < 4:
        return doc.title or s
    return s


def _match_report(
    reports: tuple[Report, ...], subject: str, item: str | None, doc: ResolutionDocument
) -> Report | None:
    wanted = _words(_subject_title(subject, doc))
    if not wanted:
        return None
    best, best_score = None, 0.0
    for report in reports:
        have = _words(report.title)
        if not have:
            continue
        score = len(wanted & have) / len(wanted | have)
        item_hit = bool(item and item.lower() in (report.agenda_item or "").lower()) or bool(
            doc.agenda_item
            and re.search(rf"\b{re.escape(doc.agenda_item.split()[0])}\b", report.agenda_item or "")
        )
        if item_hit:
            score += 0.15
        if score > best_score:
            best, best_score = report, score
    return best if best_score >= 0.5 else None


def _new_report(
    reports: tuple[Report, ...], subject: str, item: str | None, doc: ResolutionDocument, body: str
) -> Report:
    title = _subject_title(subject, doc)
    title = title[:1].upper() + title[1:] if title else (doc.title or "Report")
    folded = "".join(
        c for c in unicodedata.normalize("NFD", title.lower()) if unicodedata.category(c) != "Mn"
    )
    base = "-".join(sorted(_words(title), key=folded.find)[:5]) or "report"  # in title order
    ids = {r.id for r in reports}
    rid, n = base[:48], 2
    while rid in ids:
        rid, n = f"{base[:44]}-{n}", n + 1
    agenda = item or (f"{body} item {doc.agenda_item}" if doc.agenda_item else "")
    return Report(rid, title[:300], agenda)
