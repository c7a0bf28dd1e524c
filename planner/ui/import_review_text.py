"""What the import review says about a proposal, in the window's language: the reading,
why it is unsure, the mandate it becomes, and the paragraph with its source words marked."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from planner.domain.calendar import Calendar
from planner.domain.engine import ChangeSet
from planner.domain.model import AtSession, Mandate, NextSession, Periodic, Plan, Report
from planner.intake.document import OperativeParagraph, ResolutionDocument
from planner.intake.mandates import Proposal, Reading
from planner.timeline.translatable import QT_TRANSLATE_NOOP
from planner.ui.changes_panel import change_lines, change_summary
from planner.ui.decision_editor import EFFECT_LABELS, RULE_LABELS

CONTEXT = "ReviewText"
HIGHLIGHT = "#FFE08A"  # the source words, on the paragraph
UNSURE_COLOR = "#8A5A00"
ERROR_COLOR = "#B3261E"
QUIET_COLOR = "#5F6B7A"

NOTES = {
    "recipient-assumed": QT_TRANSLATE_NOOP("ReviewText", "no body named: the adopting body assumed"),
    "recipient-from-context": QT_TRANSLATE_NOOP("ReviewText", "the body taken from the rest of the text"),
    "recipient-unresolved": QT_TRANSLATE_NOOP("ReviewText", "a body this reader does not know"),
    "in-existing-report": QT_TRANSLATE_NOOP("ReviewText", "asks for content in an existing report, perhaps not a report of its own"),
    "nested-draft": QT_TRANSLATE_NOOP("ReviewText", "in a draft recommended to another body, not adopted yet"),
    "no-time-given": QT_TRANSLATE_NOOP("ReviewText", "no time given"),
    "year-only": QT_TRANSLATE_NOOP("ReviewText", "only a year given"),
    "several-sessions": QT_TRANSLATE_NOOP("ReviewText", "several sessions named"),
    "merge-target-unclear": QT_TRANSLATE_NOOP("ReviewText", "what it is merged into is unclear"),
    "session-from-agenda": QT_TRANSLATE_NOOP("ReviewText", "the session taken from the provisional agenda named"),
    "joint": QT_TRANSLATE_NOOP("ReviewText", "a joint report to %1"),
    "through": QT_TRANSLATE_NOOP("ReviewText", "through %1"),
}  # fmt: skip
PROBLEMS = {
    "no-such-session": QT_TRANSLATE_NOOP("ReviewText", "the plan has no such session"),
    "unknown-body": QT_TRANSLATE_NOOP("ReviewText", "the plan has no such body"),
    "no-such-report": QT_TRANSLATE_NOOP("ReviewText", "no report line in the plan matches"),
    "no-merge-target": QT_TRANSLATE_NOOP("ReviewText", "no report line to merge into"),
    "no-schedule": QT_TRANSLATE_NOOP("ReviewText", "no schedule to plan (ongoing)"),
    "no-first-occurrence": QT_TRANSLATE_NOOP("ReviewText", "no first occurrence known"),
    "assumed-next-session": QT_TRANSLATE_NOOP("ReviewText", "no time given: the next session assumed"),
}  # fmt: skip


class ReviewText(QObject):
    """The review's texts; a QObject so lupdate finds them (context "ReviewText")."""

    # --- counted -------------------------------------------------------------------------

    def every(self, n: int) -> str:
        return self.tr("every %n year(s)", "", n)

    def proposals(self, n: int) -> str:
        return self.tr("%n proposal(s)", "", n)

    def resolutions(self, n: int) -> str:
        return self.tr("%n resolution(s)", "", n)

    def updates(self, n: int) -> str:
        return self.tr("%n already in the plan", "", n)

    def mandates(self, n: int) -> str:
        return self.tr("%n new mandate(s)", "", n)

    def edited(self, n: int) -> str:
        return self.tr("edited: %n mandate(s)", "", n)

    def errors(self, n: int) -> str:
        return self.tr(
            "%n resolution(s) cannot be imported as they stand: edit or reject them", "", n
        )

    def imported(self, n: int) -> str:
        return self.tr("Import %n resolution(s)", "", n)

    # --- a reading ---------------------------------------------------------------------------

    def timing(self, r: Reading) -> str:
        n, year = str(r.session_number), str(r.year)
        if r.timing == "at_session":
            if r.session_number and r.year:
                return self.tr("at session %1 (%2)").replace("%1", n).replace("%2", year)
            if r.session_number:
                return self.tr("at session %1").replace("%1", n)
            return self.tr("in %1").replace("%1", year)
        if r.timing == "next_session":
            return self.tr("at the next session")
        if r.timing == "periodic":
            out = self.every(r.every_years or 1)
            if r.session_number:
                out += " " + self.tr("from session %1").replace("%1", n)
            elif r.year:
                out += " " + self.tr("from %1").replace("%1", year)
            if r.until:
                out += " " + self.tr("until %1").replace("%1", str(r.until))
            return out
        if r.timing == "ongoing":
            return self.tr("ongoing")
        if r.timing == "terminate":
            return self.tr("discontinued")
        if r.timing == "merge":
            return (
                self.tr("merged into “%1”").replace("%1", r.into) if r.into else self.tr("merged")
            )
        return self.tr("no time given")

    def reading(self, r: Reading) -> str:
        """ "to GA · at session 81 · oral"."""
        parts = [self.tr("to %1").replace("%1", r.report_to), self.timing(r)]
        if r.oral:
            parts.append(self.tr("oral"))
        return " · ".join(parts)

    def confidence(self, p: Proposal) -> str:
        percent = f"{round(p.confidence * 100)} %"
        return self.tr("unsure, %1").replace("%1", percent) if p.unsure else percent

    # --- what it becomes ---------------------------------------------------------------------

    def report(self, report_id: str, plan: Plan, new: Report | None) -> str:
        if new is not None and new.id == report_id:
            return self.tr("“%1”, a new report line").replace("%1", new.title)
        found = next((r for r in plan.reports if r.id == report_id), None)
        return f"“{found.title}”" if found is not None and found.title else report_id

    def mandate(self, m: Mandate, plan: Plan, calendar: Calendar, new: Report | None) -> str:
        """The rule a proposal became, in words: effect, report line, rule and its session."""
        effect = QCoreApplication.translate("DecisionEditor", EFFECT_LABELS[str(m.effect)])
        head = f"{effect.split(' — ')[0]} {self.report(m.report, plan, new)}"
        if m.into:
            head += " → " + self.report(m.into, plan, new)
        rule = m.rule
        if rule is None:
            return head
        label = QCoreApplication.translate("DecisionEditor", RULE_LABELS.get(rule.type, rule.type))
        detail = rule.body
        if isinstance(rule, AtSession):
            s = calendar.sessions.get(rule.session)
            detail = f"{s.name}, {_day(s.start)}" if s is not None else rule.session
        elif isinstance(rule, Periodic):
            first = calendar.sessions.get(str(rule.first))
            since = f"{first.name} ({_day(first.start)})" if first is not None else str(rule.first)
            detail = f"{rule.body}, {self.every(rule.every_years)} "
            detail += self.tr("from %1").replace("%1", since)
            if rule.until is not None:
                detail += " " + self.tr("until %1").replace("%1", str(rule.until))
        elif isinstance(rule, NextSession):
            detail = rule.body
        return self.tr("%1 — %2: %3").replace("%1", head).replace("%2", label).replace("%3", detail)

    # --- the detail pane ---------------------------------------------------------------------

    def effect_html(self, changes: ChangeSet | None, error: str = "") -> str:
        """ "What it will do": the engine's answer, summary and the list."""
        heading = self.tr("What it will do")
        head = f"<h4>{escape(heading)}</h4>"
        if error:
            return head + f"<p style='color:{ERROR_COLOR}'>{escape(error)}</p>"
        if changes is None:
            nothing = self.tr("nothing: not accepted")
            return head + f"<p style='color:{QUIET_COLOR}'>{escape(nothing)}</p>"
        lines = change_lines(changes)
        items = "".join(
            f"<li style='color:{color}'>{'<s>' if strike else ''}{escape(line)}"
            f"{'</s>' if strike else ''}</li>"
            for line, _, color, strike in lines[:60]
        )
        more = f"<p>… {len(lines) - 60}</p>" if len(lines) > 60 else ""
        return head + f"<p><b>{escape(change_summary(changes))}</b></p><ul>{items}</ul>{more}"

    def proposal_html(
        self,
        doc: ResolutionDocument,
        p: Proposal,
        becomes: str,
        problem: str,
        already: bool,
        effect: str,
    ) -> str:
        """One proposal: its paragraph with the source words, the reading, the rule, the effect."""
        para = paragraph_of(doc, p)
        r = p.reading
        out = [f"<h3>{escape(doc.symbol or doc.source)} ¶ {escape(p.paragraph or '—')}</h3>"]
        if p.unsure:
            unsure = self.tr("Unsure")
            why = "; ".join(note_text(n) for n in p.notes if not n.startswith(("through", "joint")))
            out.append(
                f"<p style='color:{UNSURE_COLOR}'><b>{escape(unsure)}</b>"
                + (f": {escape(why)}" if why else "")
                + "</p>"
            )
        if para is not None:
            out.append(f"<p>{marked_paragraph(para.text, p.words)}</p>")
        read_as = self.tr("Read as")
        lines = [self.reading(r)]
        if r.subject:
            lines.append(self.tr("On: %1").replace("%1", r.subject))
        if r.item:
            lines.append(self.tr("Agenda item: %1").replace("%1", r.item))
        lines.append(self.tr("Confidence: %1").replace("%1", self.confidence(p)))
        others = [
            note_text(n) for n in p.notes if not p.unsure or n.startswith(("through", "joint"))
        ]
        if others:
            lines.append(self.tr("Notes: %1").replace("%1", "; ".join(others)))
        out.append(f"<h4>{escape(read_as)}</h4><p>" + "<br>".join(map(escape, lines)) + "</p>")
        becomes_heading = self.tr("Becomes")
        out.append(f"<h4>{escape(becomes_heading)}</h4>")
        if becomes:
            out.append(f"<p>{escape(becomes)}</p>")
        else:
            why = self.tr("Not placed in the plan: %1").replace("%1", problem_text(problem))
            out.append(f"<p style='color:{ERROR_COLOR}'>{escape(why)}</p>")
        if already:
            adds = self.tr("Already in the plan: adds nothing.")
            out.append(f"<p style='color:{QUIET_COLOR}'>{escape(adds)}</p>")
        out.append(effect)
        return "".join(out)

    def document_html(self, doc: ResolutionDocument, state: str, effect: str) -> str:
        rows = [
            (self.tr("Symbol"), doc.symbol or "—"),
            (self.tr("Adopted by"), doc.body or "—"),
            (self.tr("Adopted on"), _day(doc.adopted) if doc.adopted else "—"),
            (
                self.tr("Agenda item"),
                " ".join(x for x in (doc.agenda_item, doc.agenda_title) if x) or "—",
            ),
            (self.tr("Language"), doc.language),
            (self.tr("File"), doc.source),
            (self.tr("Operative paragraphs"), str(len(doc.paragraphs))),
        ]
        table = "".join(
            f"<tr><td style='color:{QUIET_COLOR}'>{escape(k)}</td><td>{escape(v)}</td></tr>"
            for k, v in rows
        )
        return (
            f"<h3>{escape(doc.title or doc.symbol or doc.source)}</h3><p>{escape(state)}</p>"
            f"<table cellpadding='2'>{table}</table>{effect}"
        )


def note_text(code: str) -> str:
    key, _, value = code.partition(":")
    text = NOTES.get(key)
    if text is None:
        return code
    return QCoreApplication.translate(CONTEXT, text).replace("%1", value.replace("+", ", "))


def problem_text(code: str) -> str:
    return QCoreApplication.translate(CONTEXT, PROBLEMS[code]) if code in PROBLEMS else code


def _day(d: date) -> str:
    return QLocale().toString(QDate(d.year, d.month, d.day), "d MMM yyyy")


def paragraph_of(doc: ResolutionDocument, p: Proposal) -> OperativeParagraph | None:
    same = [q for q in doc.paragraphs if q.number == p.paragraph]
    return next((q for q in same if p.words in q.text), same[0] if same else None)


def marked_paragraph(text: str, words: str) -> str:
    """The paragraph as HTML with the words the proposal was read from highlighted."""
    at = text.find(words) if words else -1
    if at < 0:
        return escape(text)
    end = at + len(words)
    return (
        escape(text[:at])
        + f"<span style='background:{HIGHLIGHT}'>{escape(text[at:end])}</span>"
        + escape(text[end:])
    )
