"""The decision editor's form, without its widgets: what each field holds when a decision
(in the interchange shape) is loaded, the interchange fields read back from the fields,
which fields and choices a mandate shows, and where an `EditError` is shown.

Plain data in and out; `ui/decision_editor.py` is the view over it and words it. The
labels themselves are the view's (translated); here they are keys."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from planner.domain.bounds import MAX_EVERY_YEARS, MAX_WEEKS
from planner.domain.model import RULE_TYPES, Report
from planner.domain.symbols import SymbolError, normalise_symbol

EFFECTS: tuple[str, ...] = ("add", "replace", "terminate", "defer", "merge")
SCHEDULING = ("add", "replace")  # the effects whose rule says when; for the others it
# only limits the effect to one body's sessions
EVERY_YEARS = (1, MAX_EVERY_YEARS)  # the ranges the number fields offer
PREP_WEEKS = (0, MAX_WEEKS)
STATUSES: tuple[str, ...] = ("adopted", "draft", "withdrawn")

# the fields of a decision's head, in the interchange format
HEAD_FIELDS: tuple[str, ...] = ("adopted", "effective", "status", "body", "title", "notes")
# a mandate's field path → the form row showing it ("rule.until": see `row_of`)
MANDATE_ROWS: dict[str, str] = {
    "report": "report",
    "effect": "effect",
    "rule.type": "rule_type",
    "rule.body": "rule_body",
    "rule.session": "session",
    "rule.event": "event",
    "rule.series": "series",
    "rule.every_years": "every",
    "rule.first": "first",
    "rule.prep_weeks": "prep",
    "rule.from": "series_from",
    "from_session": "from_session",
    "to_session": "to_session",
    "into": "into",
}
# the rows of a mandate, top to bottom
ROWS: tuple[str, ...] = (
    "report",
    "new_title",
    "effect",
    "rule_type",
    "rule_body",
    "session",
    "event",
    "series",
    "every",
    "first",
    "until_year",
    "prep",
    "series_from",
    "series_until",
    "from_session",
    "to_session",
    "into",
)
_RULE_ROWS: dict[str, set[str]] = {
    "at_session": {"session"},
    "next_session": {"prep"},
    "after_event": {"event", "prep"},
    "periodic": {"every", "first", "until_year"},
    "with_series": {"series", "prep", "series_from", "series_until"},
}


def rule_choices(effect: str) -> tuple[str, ...]:
    """The rule types offered for `effect`, in order. For an effect that does not
    schedule, "" is "at every body" and "next_session" is "only at one body"."""
    return RULE_TYPES if effect in SCHEDULING else ("", "next_session")


def form_date(form: Mapping[str, Any] | None, key: str) -> date | None:
    """A day of the form (ISO text), or None when missing or not a day."""
    value = (form or {}).get(key)
    try:
        return date.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


# --- a mandate ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RuleFields:
    """The rule rows as the form holds them. `first` and `until_year` are typed text;
    `series_span` is the reviews' (from, until), None when loading a rule that has no
    span (those two rows then keep what they hold)."""

    body: str = ""
    session: str | None = None
    event: str | None = None
    series: str | None = None
    every_years: int = 1
    first: str = ""
    until_year: str = ""
    prep_weeks: int = 0
    series_span: tuple[date | None, date | None] | None = None


@dataclass(frozen=True, slots=True)
class MandateFields:
    """A mandate as the form holds it. `rule` is None when loading a mandate without a
    rule (the rule rows then keep what they hold); `into` None: not a merge's."""

    report: str = ""
    new_title: str = ""
    effect: str = "add"
    rule_type: str = ""
    rule: RuleFields | None = None
    from_session: str | None = None
    to_session: str | None = None
    into: str | None = None


def mandate_fields(m: Mapping[str, Any], proposed: Mapping[str, str] = {}) -> MandateFields:
    """What the form shows for mandate `m` (interchange shape); `proposed`: the titles of
    new report lines typed so far, by id."""
    effect = m.get("effect")
    effect = effect if effect in EFFECTS else "add"
    rule: Mapping[str, Any] = m.get("rule") or {}
    kind = str(rule.get("type", ""))
    if kind and m.get("effect") not in SCHEDULING:
        kind = "next_session"  # "only at one body"
    choices = rule_choices(effect)
    rule_type = kind if kind in choices else choices[0]
    fields = None
    if rule:
        span = None
        if rule["type"] == "with_series":
            span = (form_date(rule, "from"), form_date(rule, "until"))
        fields = RuleFields(
            body=str(rule.get("body", "")),
            session=rule.get("session"),
            event=rule.get("event"),
            series=rule.get("series"),
            every_years=int(rule.get("every_years") or 1),
            first="" if rule.get("first") is None else str(rule["first"]),
            until_year=""
            if rule.get("until") is None or rule["type"] != "periodic"
            else str(rule["until"]),
            prep_weeks=int(rule.get("prep_weeks") or 0),
            series_span=span,
        )
    report = str(m.get("report", ""))
    return MandateFields(
        report=report,
        new_title=proposed.get(report, ""),
        effect=effect,
        rule_type=rule_type,
        rule=fields,
        from_session=m.get("from_session"),
        to_session=m.get("to_session"),
        into=m.get("into") or None,
    )


def _year_or_text(text: str) -> int | str:
    return int(text) if text.isdecimal() else text


def mandate_data(f: MandateFields) -> dict[str, Any]:
    """The interchange fields of what the form holds (checked later, by `put_decision`)."""
    effect = f.effect
    m: dict[str, Any] = {"report": f.report.strip(), "effect": effect}
    kind = f.rule_type or ""
    r = f.rule or RuleFields()
    if kind and effect not in SCHEDULING:
        m["rule"] = {"type": "next_session", "body": r.body, "prep_weeks": 0}
    elif kind:
        rule: dict[str, Any] = {"type": kind, "body": r.body}
        if kind == "at_session":
            rule["session"] = r.session or ""
        elif kind == "next_session":
            rule["prep_weeks"] = r.prep_weeks
        elif kind == "after_event":
            rule["event"] = r.event or ""
            rule["prep_weeks"] = r.prep_weeks
        elif kind == "periodic":
            rule["every_years"] = r.every_years
            rule["first"] = _year_or_text(r.first.strip())
            until = r.until_year.strip()
            if until:
                rule["until"] = _year_or_text(until)
        else:
            rule["series"] = r.series or ""
            rule["prep_weeks"] = r.prep_weeks
            start, until_day = r.series_span or (None, None)
            for key, day in (("from", start), ("until", until_day)):
                if day is not None:
                    rule[key] = day.isoformat()
        m["rule"] = rule
    if effect in ("defer", "terminate") and f.from_session:
        m["from_session"] = f.from_session
    if effect == "defer" and f.to_session:
        m["to_session"] = f.to_session
    if effect == "merge":
        m["into"] = (f.into or "").strip()
    return m


def shown_rows(
    effect: str, rule_type: str, report: str, known_reports: Collection[str]
) -> set[str]:
    """The rows a mandate shows: only those its effect and rule use."""
    shown = {"report", "effect", "rule_type"}
    report = report.strip()
    if report and report not in known_reports:
        shown.add("new_title")
    if rule_type:
        shown.add("rule_body")
        if effect in SCHEDULING:
            shown |= _RULE_ROWS[rule_type]
    if effect in ("defer", "terminate"):
        shown.add("from_session")
    if effect == "defer":
        shown.add("to_session")
    if effect == "merge":
        shown.add("into")
    return shown


def new_report(report: str, title: str, known_reports: Collection[str]) -> Report | None:
    """The report line a mandate creates, when its report is not in the plan."""
    rid = report.strip()
    return Report(rid, title.strip()) if rid and rid not in known_reports else None


def new_mandate(reports: Sequence[Report], body: str) -> dict[str, Any]:
    """The mandate "Add mandate" starts from: the first report line, at the next session
    of the decision's body."""
    return {
        "report": reports[0].id if reports else "",
        "effect": "add",
        "rule": {"type": "next_session", "body": body, "prep_weeks": 0},
    }


@dataclass(frozen=True, slots=True)
class MandateSummary:
    """A mandate in the list, as keys for the view to word: "<effect> <report> — <rule>".
    `only_at` is the body a non-scheduling effect is limited to; `rule_type` is the rule
    of an add or replace (None when the mandate has no rule)."""

    effect: str
    report: str
    rule_type: str | None = None
    only_at: str | None = None


def mandate_summary(m: Mapping[str, Any]) -> MandateSummary:
    rule: Mapping[str, Any] = m.get("rule") or {}
    effect, report = str(m.get("effect", "")), str(m.get("report") or "")
    if not rule:
        return MandateSummary(effect, report)
    if m.get("effect") not in SCHEDULING:
        return MandateSummary(effect, report, only_at=str(rule.get("body", "?")))
    return MandateSummary(effect, report, rule_type=str(rule.get("type", "")))


# --- the decision -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HeadFields:
    """The decision's own fields as the form holds them (its mandates are listed apart).
    `effective` None: the box is unticked."""

    symbol: str = ""
    body: str = ""
    adopted: date = date(2000, 1, 1)
    effective: date | None = None
    status: str = "adopted"
    title: str = ""
    notes: str = ""


def head_fields(
    form: Mapping[str, Any] | None, *, adopted: date | None, today: date, bodies: Sequence[str]
) -> HeadFields:
    """What the head of the form shows for `form` (a decision in the interchange shape, or
    None for a new one adopted on `adopted`, else today, by ECOSOC when the plan has it)."""
    start = form_date(form, "adopted") or adopted or today
    if not form:
        body = "ECOSOC" if "ECOSOC" in bodies else (bodies[0] if bodies else "")
        return HeadFields(body=body, adopted=start)
    return HeadFields(
        symbol=str(form["symbol"]),
        body=str(form["body"]),
        adopted=start,
        effective=form_date(form, "effective"),
        status=str(form["status"]),
        title=str(form["title"]),
        notes=str(form["notes"]),
    )


def decision_data(head: HeadFields, mandates: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The interchange fields of the form (an effective date equal to the adoption is
    none at all)."""
    effective = head.effective
    return {
        "symbol": head.symbol,
        "body": head.body,
        "adopted": head.adopted.isoformat(),
        "effective": effective.isoformat() if effective and effective != head.adopted else None,
        "status": head.status,
        "title": head.title.strip(),
        "notes": head.notes.strip(),
        "mandates": list(mandates),
    }


def symbol_note(symbol: str, body: str, status: str) -> str:
    """The symbol the typed one becomes, when it differs ("" otherwise, or when it is not
    a symbol: the check says why)."""
    try:
        parsed = normalise_symbol(symbol, body, draft=status == "draft")
    except SymbolError:
        return ""
    return parsed.symbol if parsed.symbol != symbol.strip() else ""


def new_report_lines(
    mandates: Sequence[Mapping[str, Any]], known: Collection[str], titles: Mapping[str, str]
) -> list[Report]:
    """The report lines the mandates create (not in the plan yet), each once, titled from
    `titles` (typed so far, by id)."""
    out: dict[str, Report] = {}
    for m in mandates:
        rid = m.get("report", "")
        if rid and rid not in known and rid not in out:
            out[rid] = Report(rid, titles.get(rid, ""))
    return list(out.values())


# --- where an error is shown ------------------------------------------------------------


class Slot(StrEnum):
    """The message places of the form."""

    SYMBOL = "symbol"  # under the symbol
    HEAD = "head"  # under the dates (any field of the head)
    MANDATE = "mandate"  # in the mandate's own box
    GENERAL = "general"  # above the buttons


@dataclass(frozen=True, slots=True)
class ErrorPlace:
    """Where the error on a field path is shown: its slot, the mandate to bring up (None:
    the current one stays) and the row whose label names the field ("" when none: the
    message names no field)."""

    slot: Slot
    mandate: int | None = None
    row: str = ""


def error_place(field: str, mandates: Sequence[Mapping[str, Any]], current: int) -> ErrorPlace:
    """Where an `EditError` on `field` (e.g. "mandates[1].rule.first") belongs, while
    mandate `current` is on screen."""
    if field == "symbol":
        return ErrorPlace(Slot.SYMBOL, row="symbol")
    if field in HEAD_FIELDS:
        return ErrorPlace(Slot.HEAD, row=field)
    if not field.startswith("mandates"):
        return ErrorPlace(Slot.GENERAL)
    index = field[len("mandates[") :].split("]")[0] if field.startswith("mandates[") else ""
    shown = int(index) if index.isdecimal() else None
    where = field.split("].", 1)[1] if "]." in field else ""
    row = MANDATE_ROWS.get(where, "")
    if where == "rule.until":
        i = current if shown is None else shown
        rule = (mandates[i].get("rule") or {}) if 0 <= i < len(mandates) else {}
        row = "until_year" if rule.get("type") == "periodic" else "series_until"
    return ErrorPlace(Slot.MANDATE, None if shown == current else shown, row)
