"""The one place where what the engine and the application return (codes and values) is
put into words, in the current language, with real plural forms: diagnostics and their
places, why a requirement went, rules, recurrences, validation messages, read-only
reasons, dates. Plan content (titles, symbols, names) is shown as written; ids only where
a plan has no name for a thing."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, QObject

from planner.app.edits import EditError
from planner.app.workspace import ReadOnly
from planner.domain.calendar import Calendar
from planner.domain.diagnostics import Code, Diagnostic, mandate_index
from planner.domain.model import AfterEvent, AtSession, Mandate, Periodic, Plan, WithSeries
from planner.domain.recurrence_text import RecurrenceSummary, summarise_rrule
from planner.domain.results import Displaced, Displacement

WESTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def day_text(day: date) -> str:
    """A date as UN documents write it ("23 Apr 2012"), month names in the current
    language; Chinese writes 2012年4月23日. One format for every date in sentences, and
    Western digits in every language, as in the tables and on the timeline."""
    locale = QLocale()
    pattern = "yyyy年M月d日" if locale.language() == QLocale.Language.Chinese else "d MMM yyyy"
    return locale.toString(QDate(day.year, day.month, day.day), pattern).translate(WESTERN_DIGITS)


def right_to_left(text: str) -> bool:
    """Whether the text's first strong character is written right to left."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def _day(value: object) -> str:
    """A date given as a date or as ISO text, in words; anything else as it is."""
    if isinstance(value, date):
        return day_text(value)
    try:
        return day_text(date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def elided(text: str, limit: int = 60) -> str:
    """The text cut to `limit` characters; the "…" stays at the end the text is read to
    (an English title in an Arabic sentence keeps it on its right)."""
    if len(text) <= limit:
        return text
    mark = "\u200f" if right_to_left(text) else "\u200e"
    return text[: limit - 1].rstrip() + "…" + mark


class Names:
    """What the plan calls its reports, sessions, bodies, events and series."""

    def __init__(self, plan: Plan, calendar: Calendar | None = None) -> None:
        self.plan = plan
        self.calendar = calendar
        self._reports: dict[str, str] | None = None
        self._bodies: dict[str, str] | None = None

    def report(self, rid: str | None, limit: int = 80) -> str:
        if rid is None:
            return ""
        if self._reports is None:
            self._reports = {r.id: r.title for r in self.plan.reports}
        return elided(self._reports.get(rid) or rid, limit)

    def body(self, bid: str | None) -> str:
        return bid or ""

    def session(self, sid: str | None) -> str:
        """ "ECOSOC Substantive session of 2027"; the id when the plan has no such session."""
        if sid is None:
            return ""
        s = self.calendar.sessions.get(sid) if self.calendar is not None else None
        if s is None:
            return sid
        if self._bodies is None:
            self._bodies = {b.id: b.name for b in self.plan.bodies}
        body_name = self._bodies.get(s.body, "")
        named = s.body in s.name or (body_name and body_name in s.name)
        return s.name if named else f"{s.body} {s.name}"

    def event(self, eid: str) -> str:
        e = self.calendar.events.get(eid) if self.calendar is not None else None
        return e.name if e is not None else eid

    def event_series(self, sid: str) -> str:
        return series_name(next((s.name for s in self.plan.event_series if s.id == sid), sid))


def series_name(pattern: str) -> str:
    """A series' name pattern without its placeholders: "Review of the MDGs ({year})" →
    "Review of the MDGs"."""
    text = re.sub(r"\(?\{(year|number|ordinal)\}\)?", "", pattern)
    return re.sub(r"\s{2,}", " ", text).strip(" ,;:–-") or pattern


def fill_in(text: str, *values: object) -> str:
    """Qt's %1, %2 … (as QString.arg, without reading % in the values)."""
    out, i = [], 0
    while i < len(text):
        if text[i] == "%" and i + 1 < len(text) and text[i + 1].isdigit():
            j = i + 1
            while j < len(text) and text[j].isdigit():
                j += 1
            n = int(text[i + 1 : j])
            out.append(str(values[n - 1]) if 0 < n <= len(values) else text[i:j])
            i = j
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


class Words(QObject):
    """A QObject so that lupdate finds its texts and their plural forms."""

    def read_only(self, reason: str, detail: str = "") -> str:
        """Why the plan cannot be edited, as a sentence (then the store's detail, if any)."""
        sentence = self._read_only(reason)
        return f"{sentence}\n{detail}" if detail else sentence

    def _read_only(self, reason: str) -> str:
        match reason:
            case ReadOnly.INTERCHANGE:
                return self.tr("A .json file opens read-only; import it to edit it.")
            case ReadOnly.NOT_WRITABLE:
                return self.tr("The plan file cannot be written (its permissions or folder).")
            case ReadOnly.IN_USE:
                return self.tr("Another Mandate Planner window is editing this plan.")
            case ReadOnly.MEETING:
                return self.tr("Meeting mode is read-only (Esc leaves it).")
            case ReadOnly.ROLE:
                return self.tr("Your database role may only read this team plan.")
            case ReadOnly.NOT_COMPUTABLE:
                return self.tr(
                    "The plan holds values that cannot be computed; it opens read-only,"
                    " without the records at fault."
                )
        return self.tr("This plan was opened read-only.")

    # --- lists ----------------------------------------------------------------------------

    def listing(self, items: Sequence[str]) -> str:
        """ "a", "a and b", "a, b and c"."""
        items = list(items)
        if not items:
            return ""
        if len(items) == 1:
            return items[0]
        return fill_in(self.tr("%1 and %2"), self.tr(", ").join(items[:-1]), items[-1])

    # --- why a requirement went ------------------------------------------------------------

    def displaced(self, d: Displaced, names: Names | None = None) -> str:
        session = names.session if names is not None else str
        report = names.report if names is not None else str
        if d.kind == Displacement.REPLACED:
            return fill_in(self.tr("replaced by %1"), d.by)
        if d.kind == Displacement.TERMINATED:
            return fill_in(self.tr("terminated by %1"), d.by)
        if d.kind == Displacement.DEFERRED:
            return fill_in(self.tr("deferred to %1 by %2"), session(d.to_session), d.by)
        return fill_in(self.tr("merged into %1 by %2"), report(d.to_report), d.by)

    def no_longer_mandated(self) -> str:
        return self.tr("no longer mandated")

    # --- rules -----------------------------------------------------------------------------

    def effect(self, effect: str) -> str:
        return {
            "add": self.tr("add"),
            "replace": self.tr("replace"),
            "terminate": self.tr("terminate"),
            "defer": self.tr("defer"),
            "merge": self.tr("merge"),
        }.get(effect, effect)

    def rule(self, m: Mandate, names: Names) -> str:
        """What a mandate does, e.g. "replace — at the first session of ECOSOC after UNCSD"."""
        rule = m.rule
        parts: list[str] = []
        if rule is None:
            if m.from_session and m.to_session:  # a deferral
                parts.append(
                    fill_in(
                        self.tr("from %1 to %2"),
                        names.session(m.from_session),
                        names.session(m.to_session),
                    )
                )
            elif m.from_session:
                parts.append(fill_in(self.tr("from %1"), names.session(m.from_session)))
            if m.into:
                parts.append(fill_in(self.tr("into %1"), names.report(m.into)))
            what = " ".join(parts)
        else:
            what = self._rule(m, names)
        effect = self.effect(str(m.effect))
        return fill_in(self.tr("%1 — %2"), effect, what) if what else effect

    def _rule(self, m: Mandate, names: Names) -> str:
        rule = m.rule
        assert rule is not None
        body = names.body(rule.body)
        if m.effect not in ("add", "replace"):
            text = fill_in(self.tr("only at %1"), body)
            if m.from_session:
                text += " " + fill_in(self.tr("from %1"), names.session(m.from_session))
            if m.into:
                text += " " + fill_in(self.tr("into %1"), names.report(m.into))
            return text
        if isinstance(rule, AtSession):
            text = fill_in(self.tr("at %1"), names.session(rule.session))
        elif isinstance(rule, AfterEvent):
            text = fill_in(
                self.tr("at the first session of %1 after %2"), body, names.event(rule.event)
            )
        elif isinstance(rule, Periodic):
            first = rule.first
            start = str(first) if isinstance(first, int) else names.session(first)
            text = fill_in(self.tr("every %n year(s) from %1", "", rule.every_years), start)
            if rule.until:
                text += " " + fill_in(self.tr("until %1"), rule.until)
            return text
        elif isinstance(rule, WithSeries):
            text = fill_in(
                self.tr("at the first session of %1 after each %2"),
                body,
                names.event_series(rule.series),
            )
        else:
            text = fill_in(self.tr("at the next session of %1"), body)
        weeks = getattr(rule, "prep_weeks", 0)
        if weeks:
            text += " " + self.tr("(%n week(s) to prepare)", "", weeks)
        return text

    # --- recurrences -------------------------------------------------------------------------

    def rrule(self, text: str) -> str:
        """ "Every year on the first Monday of July"; the rule itself when it has parts a
        summary cannot say."""
        summary = summarise_rrule(text)
        if summary is None:
            return text
        sentence = self._recurrence(summary)
        return sentence[:1].upper() + sentence[1:]

    def _every(self, unit: str, n: int) -> str:
        return {
            "year": self.tr("every %n year(s)", "", n),
            "month": self.tr("every %n month(s)", "", n),
            "week": self.tr("every %n week(s)", "", n),
        }.get(unit, self.tr("every %n day(s)", "", n))

    def _nth(self, nth: int, weekday: str) -> str:
        pattern = {
            1: self.tr("the first %1"),
            2: self.tr("the second %1"),
            3: self.tr("the third %1"),
            4: self.tr("the fourth %1"),
            5: self.tr("the fifth %1"),
            -1: self.tr("the last %1"),
            -2: self.tr("the second-to-last %1"),
        }[nth]
        return fill_in(pattern, weekday)

    def _recurrence(self, r: RecurrenceSummary) -> str:
        locale = QLocale()
        head = self._every(r.unit, r.interval)
        months = self.listing([locale.monthName(m) for m in r.months])
        days = [
            self._nth(w.nth, locale.dayName(w.weekday))
            if w.nth is not None
            else locale.dayName(w.weekday)
            for w in r.weekdays
        ]
        if r.monthdays:
            md = list(r.monthdays)
            span = f"{md[0]}–{md[-1]}" if len(md) > 2 else self.listing(md)
        if days and r.monthdays:
            when = fill_in(self.tr("on the %1 falling on day %2"), self.listing(days), span)
            of = True
        elif days:
            when = fill_in(self.tr("on %1"), self.listing(days))
            of = all(w.nth is not None for w in r.weekdays)
        elif r.monthdays:
            when = fill_in(self.tr("on day %1"), span)
            of = True
        else:
            when, of = "", False
        text = fill_in(self.tr("%1 %2"), head, when) if when else head
        if months:
            text = fill_in(self.tr("%1 of %2") if of else self.tr("%1 in %2"), text, months)
        return text

    # --- diagnostics ---------------------------------------------------------------------------

    def diagnostic(self, d: Diagnostic, names: Names) -> str:
        """The problem and what to do about it, with the plan's names."""
        report = names.report(d.report, 60)
        session = names.session(d.session)
        match d.code:
            case Code.RULE_NO_OCCURRENCE:
                return fill_in(
                    self.tr(
                        "“%1” (%2): no session of %3 in the plan fits this rule. Add the session or its series, or change the rule."
                    ),
                    report,
                    d.decision,
                    d.value("body"),
                )
            case Code.CANNOT_BE_MET:
                return fill_in(
                    self.tr(
                        "“%1” at %2: the manuscript was due %3, before %4 took effect on %5; this report cannot be ready in time. Defer it to a later session."
                    ),
                    report,
                    session,
                    _day(d.value("due")),
                    d.decision,
                    _day(d.value("effective")),
                )
            case Code.OVERDUE:
                return fill_in(
                    self.tr(
                        "“%1” at %2: the manuscript was due %3 and is still %4. Submit it, or update its tracking."
                    ),
                    report,
                    session,
                    _day(d.value("due")),
                    self.status(d.value("status")),
                )
            case Code.WORD_LIMIT_EXCEEDED:
                estimate = int(d.value("estimate", "0") or 0)
                return fill_in(
                    self.tr(
                        "“%1” at %2: %n words estimated, above the limit of %3. Shorten it.",
                        "",
                        estimate,
                    ),
                    report,
                    session,
                    d.value("limit"),
                )
            case Code.ORPHANED_TRACKING:
                return fill_in(
                    self.tr(
                        "“%1” at %2: it is no longer due there, but its tracking is kept. Clear the tracking if it is not needed."
                    ),
                    report,
                    session,
                )
            case Code.NOTHING_TO_DEFER:
                return fill_in(
                    self.tr("%1 defers “%2” from %3, but it is not due there: nothing moves."),
                    d.decision,
                    report,
                    session,
                )
            case Code.NOTHING_TO_MERGE:
                return fill_in(
                    self.tr("%1 merges “%2” into “%3” from %4, but nothing is due then."),
                    d.decision,
                    report,
                    names.report(d.value("into"), 60),
                    _day(d.value("from")),
                )
            case Code.BEYOND_HORIZON:
                return fill_in(
                    self.tr(
                        "“%1” (%2) is next due in %3, beyond the planning horizon (%4). Extend the horizon (Plan ▸ Projection Horizon) to plan for it."
                    ),
                    report,
                    d.decision,
                    d.year,
                    d.value("horizon"),
                )
            case Code.NOTHING_TO_TERMINATE:
                return fill_in(
                    self.tr("%1 ends “%2” from %3, but nothing is due then."),
                    d.decision,
                    report,
                    _day(d.value("from")),
                )
        return d.message

    def place(self, d: Diagnostic, names: Names) -> str:
        """A short name for where a diagnostic points: a decision's mandate, or a session."""
        index = mandate_index(d.where)
        if d.decision and index is not None:
            return fill_in(self.tr("%1, mandate %2"), d.decision, index + 1)
        if d.session:
            return names.session(d.session)
        return d.decision or d.report or ""

    def level(self, level: str) -> str:
        return {
            "error": self.tr("error"),
            "warning": self.tr("warning"),
            "info": self.tr("note"),
        }.get(level, level)

    def status(self, status: str) -> str:
        return {
            "planned": self.tr("planned"),
            "forecast": self.tr("forecast"),
            "submitted": self.tr("submitted"),
            "issued": self.tr("issued"),
            "considered": self.tr("considered"),
        }.get(status, status)

    # --- validation ----------------------------------------------------------------------------

    def edit_error(self, exc: EditError, label: str = "", subject: str = "") -> str:
        """A form's validation message: what is wrong and what to do, naming the field by
        its label on the form (and the record by `subject`, its name, when given)."""
        v: tuple[Any, ...] = tuple(exc.values)
        if subject and v:
            v = (subject, *v[1:])
        field = label or self.tr("this field")
        texts = {
            "empty": lambda: fill_in(self.tr("Fill in “%1”."), field),
            "missing": lambda: fill_in(self.tr("Fill in “%1”."), field),
            "too-small": lambda: fill_in(self.tr("“%1” must be at least %2."), field, v[0]),
            "too-large": lambda: fill_in(self.tr("“%1” must be at most %2."), field, v[0]),
            "not-whole": lambda: fill_in(self.tr("“%1” must be a whole number."), field),
            "bad-date": lambda: fill_in(
                self.tr("“%1” is not a date: write it as YYYY-MM-DD."), field
            ),
            "impossible-date": lambda: fill_in(
                self.tr("“%1”: there is no such day as %2."), field, v[0]
            ),
            "date-out-of-range": lambda: fill_in(
                self.tr("“%1” must be a date from %2 to %3."), field, v[1], v[2]
            ),
            "duplicate": lambda: fill_in(
                self.tr("“%1” is already used by another record; choose another."), v[0]
            ),
            "bad-rrule": lambda: self.tr(
                "This is not a recurrence the planner can read; write it as an RRULE, for example FREQ=YEARLY;BYMONTH=7;BYDAY=1MO."
            ),
            "bad-name-pattern": lambda: self.tr(
                "The name can only use {year}, {number} and {ordinal} for the parts that change, e.g. “{ordinal} session”."
            ),
            "own-ancestor": lambda: self.tr(
                "A body cannot be placed under itself or under one of its own subsidiaries."
            ),
            "unknown-session": lambda: fill_in(
                self.tr("There is no session “%1” in the plan: pick one, or give a year."), v[0]
            ),
            "unknown-report": lambda: fill_in(
                self.tr("There is no report line “%1” in the plan."), v[0]
            ),
            "unknown-body": lambda: fill_in(self.tr("There is no body “%1” in the plan."), v[0]),
            "defer-needs": lambda: self.tr(
                "A deferral needs the session it moves from and the session it moves to."
            ),
            "same-session": lambda: self.tr("Defer to another session than the one it moves from."),
            "merge-self": lambda: self.tr(
                "A report line cannot merge into itself: pick the report line it joins."
            ),
            "year-or-session": lambda: self.tr("Give a year (e.g. 2016) or a session."),
            "year-out-of-range": lambda: fill_in(self.tr("Give a year from %1 to %2."), v[1], v[2]),
            "until-before-first": lambda: fill_in(
                self.tr("The last year (%1) comes before the first (%2)."), v[0], v[1]
            ),
            "merge-cycle": lambda: fill_in(
                self.tr("These merges would go round in a circle: %1. Remove one of them."),
                v[0],
            ),
            "end-before-start": lambda: fill_in(
                self.tr("“%1” (%2) cannot be before %3."), field, _day(v[0]), _day(v[1])
            ),
            "symbol-empty": lambda: self.tr(
                "Enter the decision’s symbol, e.g. E/DEC/2011/216 or “decision 2011/216”."
            ),
            "symbol-which-body": lambda: fill_in(
                self.tr("Say which body adopted “%1” (e.g. “ECOSOC %1”), or give the full symbol."),
                v[0],
            ),
            "symbol-working": lambda: fill_in(
                self.tr(
                    "“%1” is a working symbol, for drafts only: give the adopted symbol, e.g. E/DEC/2011/216, or make the decision a draft."
                ),
                v[0],
            ),
            "not-a-symbol": lambda: fill_in(
                self.tr(
                    "“%1” is not a symbol: write e.g. A/RES/67/290, E/DEC/2011/216 or “resolution 2009/29”."
                ),
                v[0],
            ),
            "symbol-taken": lambda: fill_in(
                self.tr("%1 is already in the plan: edit that decision instead."), v[0]
            ),
            "report-exists": lambda: fill_in(
                self.tr("The report line “%1” exists already: pick it from the list."), v[0]
            ),
            "report-needs-title": lambda: fill_in(
                self.tr("Give the new report line “%1” a title."), v[0]
            ),
            "would-break": lambda: self.tr(
                "This change would leave %n mandate(s) naming a session or event that no longer exists: change those decisions first.",
                "",
                int(v[0]),
            ),
            "in-use": lambda: fill_in(
                self.tr("“%1” is still used by %2: change or delete those first."),
                v[0],
                self.listing([str(x) for x in v[1][:5]]) + (" …" if len(v[1]) > 5 else ""),
            ),
            "id-fixed": lambda: self.tr(
                "The id cannot change: other records refer to it by that id."
            ),
            "projected": lambda: fill_in(
                self.tr("%1 is projected by its series: change the series instead."), v[0]
            ),
        }
        texts |= {  # the integrity and bounds rules' codes (planner.domain.bounds)
            "out-of-range": lambda: fill_in(
                self.tr("“%1” must be from %2 to %3."), field, v[1], v[2]
            ),
            "before-start": lambda: fill_in(
                self.tr("“%1” (%2) cannot be before %3."), field, _day(v[0]), _day(v[1])
            ),
            "unknown-reference": lambda: self._unknown(str(v[1]), str(v[0])),
            "session-of-other-body": lambda: fill_in(
                self.tr("“%1” is a session of %2, not of %3: pick a session of %3."),
                v[0],
                v[1],
                v[2],
            ),
            "series-of-other-body": lambda: fill_in(
                self.tr("The series “%1” projects sessions of %2, not of %3."), v[0], v[1], v[2]
            ),
            "cyclic-merge": lambda: fill_in(
                self.tr("These merges would go round in a circle: %1. Remove one of them."),
                " → ".join(str(x) for x in v[0]) if isinstance(v[0], tuple | list) else v[0],
            ),
            "rule-missing": lambda: self.tr("This effect needs a rule: choose one."),
            "defer-sessions-missing": texts["defer-needs"],
            "defer-same-session": texts["same-session"],
            "into-missing": lambda: self.tr("Choose the report line it merges into."),
            "merge-into-itself": texts["merge-self"],
            "not-text": lambda: fill_in(self.tr("“%1” must be text."), field),
            "recurrence": lambda: self.recurrence_problem(v[0]),
        }
        make = texts.get(exc.code)
        return make() if make is not None else exc.message

    def _unknown(self, kind: str, key: str) -> str:
        return {
            "session": lambda: fill_in(
                self.tr("There is no session “%1” in the plan: pick one, or give a year."), key
            ),
            "report": lambda: fill_in(self.tr("There is no report line “%1” in the plan."), key),
            "body": lambda: fill_in(self.tr("There is no body “%1” in the plan."), key),
            "event": lambda: fill_in(self.tr("There is no event “%1” in the plan."), key),
        }.get(kind, lambda: fill_in(self.tr("There is no series “%1” in the plan."), key))()

    def recurrence_problem(self, exc: object) -> str:
        """Why an RRULE or a name pattern cannot be used (planner.domain.recurrence)."""
        problem = str(getattr(exc, "problem", ""))
        part, value = getattr(exc, "part", ""), getattr(exc, "value", "")
        low, high = getattr(exc, "low", None), getattr(exc, "high", None)
        example = "FREQ=YEARLY;BYMONTH=7;BYDAY=1MO"
        if problem.startswith("pattern"):
            return self.tr(
                "The name can only use {year}, {number} and {ordinal} for the parts that change, e.g. “{ordinal} session”."
            )
        texts = {
            "rule-only": lambda: fill_in(self.tr("Give the rule only, for example %1."), example),
            "syntax": lambda: fill_in(self.tr("“%1” is not NAME=VALUE."), part),
            "unknown-part": lambda: fill_in(
                self.tr("The recurrence has a part the planner does not know: %1."), part
            ),
            "repeated-part": lambda: fill_in(self.tr("%1 is given twice."), part),
            "no-freq": lambda: fill_in(
                self.tr("The recurrence needs FREQ, for example %1."), example
            ),
            "too-fine": lambda: self.tr(
                "Sessions are whole days: use FREQ=YEARLY, MONTHLY, WEEKLY or DAILY, without hours, minutes or seconds."
            ),
            "bad-value": lambda: fill_in(self.tr("%1 cannot be “%2”."), part, value),
            "out-of-range": lambda: fill_in(
                self.tr("%1=%2 is out of range (%3 to %4)."), part, value, low, high
            ),
            "ordinal-day": lambda: fill_in(
                self.tr("BYDAY=%1: a numbered weekday needs FREQ=MONTHLY or YEARLY."), value
            ),
            "count-and-until": lambda: self.tr("Give COUNT or UNTIL, not both."),
            "setpos-alone": lambda: self.tr("BYSETPOS needs another BY… part to choose from."),
            "no-day": lambda: self.tr("The recurrence names no day at all."),
            "too-many": lambda: self.tr(
                "The series would give too many dates in its range: narrow the rule or give an earlier end."
            ),
        }
        make = texts.get(problem)
        if make is not None:
            return make()
        return self.tr(
            "This is not a recurrence the planner can read; write it as an RRULE, for example FREQ=YEARLY;BYMONTH=7;BYDAY=1MO."
        )


def words() -> Words:
    return Words()
