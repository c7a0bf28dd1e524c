"""The `mandate-planner/1` JSON interchange format (SPEC §6).

Reading validates everything, naming the JSON path of the first problem, so the
engine only ever sees a consistent plan. Writing is canonical (every field,
fixed order), so export → import → export is identical.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from planner.domain.bounds import (
    MAX_DURATION,
    MAX_EVERY_YEARS,
    MAX_NUMBER_OFFSET,
    MAX_WEEKS,
    MAX_WORDS,
    PlanNotComputable,
    Problem,
    check_plan,
)
from planner.domain.calendar import Calendar
from planner.domain.integrity import (
    Kind,
    first_duplicate,
    known,
    mandate_shape,
    merge_cycle,
    parent_problem,
    series_ref,
    session_ref,
)
from planner.domain.model import (
    DEFAULT_HORIZON_YEARS,
    MAX_HORIZON_YEARS,
    MAX_YEAR,
    MIN_YEAR,
    AfterEvent,
    AtSession,
    Body,
    Decision,
    DecisionStatus,
    Effect,
    Event,
    EventSeries,
    Mandate,
    NextSession,
    Periodic,
    Plan,
    Report,
    Rule,
    Session,
    SessionFormat,
    SessionSeries,
    SessionStatus,
    Tracking,
    TrackingStatus,
    WithSeries,
)
from planner.domain.recurrence import RecurrenceError, check_name_pattern, check_recurrence
from planner.store.errors import PlanFileError, PlanFormatError
from planner.store.fields import Obj, parse_date
from planner.store.files import write_text
from planner.store.problem_text import problem_detail, recurrence_message

FORMAT = "mandate-planner/1"
T = TypeVar("T")


def _unique(items: list[tuple[str, T]], key: Callable[[T], Hashable], what: str) -> None:
    dup = first_duplicate(key(item) for _, item in items)
    if dup is not None:
        (path, item), (first, _) = items[dup[0]], items[dup[1]]
        raise PlanFormatError(
            path,
            f"duplicate {what} {key(item)!r} (first at {first})",
            code="duplicate",
            values=(key(item),),
        )


def _format_error(where: str, problem: Problem) -> PlanFormatError:
    """A domain problem as an error naming the place: the English detail, and the code and
    values for a front end to word."""
    values: tuple[object, ...] = (
        (problem.recurrence,)
        if problem.recurrence is not None
        else (problem.value, problem.low, problem.high)
    )
    return PlanFormatError(where, problem_detail(problem), code=str(problem.code), values=values)


def _refuse(problem: Problem | None) -> None:
    """A rule of `planner.domain.integrity` broken, at the JSON path its `field` holds."""
    if problem is not None:
        raise _format_error(problem.field, problem)


def _check_rrule(o: Obj, rrule: str, start: date, until: date | None) -> None:
    """The rule as the engine will expand it: whole days, values in range, some day named,
    at most MAX_OCCURRENCES dates in the series' range."""
    try:
        check_recurrence(rrule, start, until)
    except RecurrenceError as exc:
        raise PlanFormatError(
            o.at("rrule"), recurrence_message(exc), code="recurrence", values=(exc,)
        ) from None


def _check_pattern(o: Obj, pattern: str) -> None:
    try:
        check_name_pattern(pattern)
    except RecurrenceError as exc:
        raise PlanFormatError(
            o.at("name"), recurrence_message(exc), code="recurrence", values=(exc,)
        ) from None


def _check_span(o: Obj, start: date, end: date, start_key: str, end_key: str) -> None:
    if end < start:
        raise PlanFormatError(
            o.at(end_key),
            f"{end.isoformat()} is before {start_key} {start.isoformat()}",
            code="end-before-start",
            values=(end.isoformat(), start.isoformat()),
        )


class _Reader:
    def __init__(self, data: object) -> None:
        self.top = Obj(data, "", "a plan")

    @classmethod
    def for_plan(cls, plan: Plan, calendar: Calendar) -> _Reader:
        """A reader that checks single records against an existing, consistent plan."""
        reader = cls({})
        reader.body_ids = {b.id for b in plan.bodies}
        reader.series = {s.id: s for s in plan.session_series}
        reader.event_series_ids = {s.id for s in plan.event_series}
        reader.report_ids = {r.id for r in plan.reports}
        reader.calendar = calendar
        return reader

    def read(self) -> Plan:
        top = self.top
        fmt = top.raw("format")
        if fmt != FORMAT:
            raise PlanFormatError(
                "format",
                f"expected {FORMAT!r}, got {fmt!r}"
                if fmt is not None
                else f'missing field "format" (expected {FORMAT!r})',
            )
        title = top.text("title", "")
        horizon = top.whole(
            "horizon_years", DEFAULT_HORIZON_YEARS, minimum=1, maximum=MAX_HORIZON_YEARS
        )
        calendar_as_of = top.text("calendar_as_of", "")
        if calendar_as_of:
            parse_date(calendar_as_of, "calendar_as_of")
        bodies = [(p, self._body(p, v)) for p, v in top.items("bodies", "bodies")]
        _unique(bodies, lambda b: b.id, "body id")
        self.body_ids = {b.id for _, b in bodies}
        self._check_parents(bodies)
        series = [(p, self._session_series(p, v)) for p, v in top.items("session_series", "series")]
        _unique(series, lambda s: s.id, "session series id")
        self.series = {s.id: s for _, s in series}
        sessions = [(p, self._session(p, v)) for p, v in top.items("sessions", "sessions")]
        _unique(sessions, lambda s: s.id, "session id")
        event_series = [
            (p, self._event_series(p, v)) for p, v in top.items("event_series", "series")
        ]
        _unique(event_series, lambda s: s.id, "event series id")
        self.event_series_ids = {s.id for _, s in event_series}
        events = [(p, self._event(p, v)) for p, v in top.items("events", "events")]
        _unique(events, lambda e: e.id, "event id")
        reports = [(p, self._report(p, v)) for p, v in top.items("reports", "reports")]
        _unique(reports, lambda r: r.id, "report id")
        self.report_ids = {r.id for _, r in reports}

        calendar_plan = Plan(
            title=title,
            horizon_years=horizon,
            calendar_as_of=calendar_as_of,
            bodies=tuple(b for _, b in bodies),
            sessions=tuple(s for _, s in sessions),
            session_series=tuple(s for _, s in series),
            events=tuple(e for _, e in events),
            event_series=tuple(s for _, s in event_series),
        )
        self.calendar = Calendar(calendar_plan)

        decisions = [(p, self._decision(p, v)) for p, v in top.items("decisions", "decisions")]
        _unique(decisions, lambda d: d.symbol, "decision symbol")
        self._check_merge_cycles(decisions)
        tracking = [(p, self._tracking(p, v)) for p, v in top.items("tracking", "tracking rows")]
        _unique(tracking, lambda t: t.key, "tracking for (report, session)")
        top.close()
        plan = Plan(
            title=title,
            horizon_years=horizon,
            calendar_as_of=calendar_as_of,
            bodies=calendar_plan.bodies,
            sessions=calendar_plan.sessions,
            session_series=calendar_plan.session_series,
            events=calendar_plan.events,
            event_series=calendar_plan.event_series,
            reports=tuple(r for _, r in reports),
            decisions=tuple(d for _, d in decisions),
            tracking=tuple(t for _, t in tracking),
        )
        try:  # the checks a plan file read from disk gets (and the engine relies on)
            check_plan(plan)
        except PlanNotComputable as exc:
            first = exc.problems[0]
            raise _format_error(first.where, first) from None
        return plan

    # --- calendar ---------------------------------------------------------------

    def _body(self, path: str, value: object) -> Body:
        o = Obj(value, path, "a body")
        b = Body(
            id=o.text("id", nonempty=True),
            name=o.text("name", nonempty=True),
            parent=o.opt_text("parent"),
            submission_weeks=o.whole("submission_weeks", 10, minimum=0, maximum=MAX_WEEKS),
            issuance_weeks=o.whole("issuance_weeks", 6, minimum=0, maximum=MAX_WEEKS),
        )
        o.close()
        return b

    def _check_parents(self, bodies: list[tuple[str, Body]]) -> None:
        """Known parents and no body its own ancestor; each body is walked once (linear)."""
        found = parent_problem([b for _, b in bodies])
        if found is not None:
            i, problem = found
            raise _format_error(f"{bodies[i][0]}.{problem.field}", problem)

    def _body_ref(self, o: Obj, key: str = "body") -> str:
        ref = o.text(key, nonempty=True)
        _refuse(known(o.at(key), Kind.BODY, ref, self.body_ids))
        return ref

    def _recurrence(self, o: Obj) -> dict[str, Any]:
        """The fields every series has: a name pattern, an RRULE from a date, a duration."""
        name = o.text("name", nonempty=True)
        _check_pattern(o, name)
        rrule = o.text("rrule", nonempty=True)
        start = o.day("from")
        until = o.opt_day("until")
        if until is not None:
            _check_span(o, start, until, "from", "until")
        _check_rrule(o, rrule, start, until)
        return {
            "name": name,
            "rrule": rrule,
            "duration_days": o.whole("duration_days", minimum=1, maximum=MAX_DURATION),
            "start": start,
            "until": until,
            "number_offset": o.whole(
                "number_offset", 0, minimum=-MAX_NUMBER_OFFSET, maximum=MAX_NUMBER_OFFSET
            ),
            "location": o.text("location", ""),
            "source": o.text("source", ""),
        }

    def _session_series(self, path: str, value: object) -> SessionSeries:
        o = Obj(value, path, "a session series")
        sid = o.text("id", nonempty=True)
        body = self._body_ref(o)
        s = SessionSeries(
            id=sid, body=body, ends_before_next=o.flag("ends_before_next"), **self._recurrence(o)
        )
        o.close()
        return s

    def _session(self, path: str, value: object) -> Session:
        o = Obj(value, path, "a session")
        sid = o.text("id", nonempty=True)
        body = self._body_ref(o)
        start = o.day("start")
        end = o.day("end")
        _check_span(o, start, end, "start", "end")
        series = o.opt_text("series")
        if series is not None:
            _refuse(series_ref(o.at("series"), series, self.series, body))
        s = Session(
            id=sid,
            body=body,
            name=o.text("name", nonempty=True),
            start=start,
            end=end,
            location=o.text("location", ""),
            status=o.enum("status", SessionStatus, SessionStatus.CONFIRMED),
            series=series,
            format=o.enum("format", SessionFormat, SessionFormat.UNSPECIFIED),
            source=o.text("source", ""),
            notes=o.text("notes", ""),
        )
        o.close()
        return s

    def _event_series(self, path: str, value: object) -> EventSeries:
        o = Obj(value, path, "an event series")
        eid = o.text("id", nonempty=True)
        s = EventSeries(id=eid, tentative=o.flag("tentative"), **self._recurrence(o))
        o.close()
        return s

    def _event(self, path: str, value: object) -> Event:
        o = Obj(value, path, "an event")
        eid = o.text("id", nonempty=True)
        name = o.text("name", nonempty=True)
        start = o.day("start")
        end = o.day("end")
        _check_span(o, start, end, "start", "end")
        series = o.opt_text("series")
        if series is not None:
            _refuse(known(o.at("series"), Kind.EVENT_SERIES, series, self.event_series_ids))
        e = Event(
            id=eid,
            name=name,
            start=start,
            end=end,
            location=o.text("location", ""),
            series=series,
            tentative=o.flag("tentative"),
            source=o.text("source", ""),
        )
        o.close()
        return e

    def _report(self, path: str, value: object) -> Report:
        o = Obj(value, path, "a report")
        r = Report(
            id=o.text("id", nonempty=True),
            title=o.text("title", nonempty=True),
            agenda_item=o.text("agenda_item", ""),
            word_limit=o.whole("word_limit", 8500, minimum=1, maximum=MAX_WORDS),
            short_title=o.text("short_title", ""),
        )
        o.close()
        return r

    # --- decisions ----------------------------------------------------------------

    def _session_ref(self, o: Obj, key: str, body: str | None = None) -> str:
        ref = o.text(key, nonempty=True)
        _refuse(session_ref(o.at(key), ref, self.calendar.sessions, body))
        return ref

    def _opt_session_ref(self, o: Obj, key: str) -> str | None:
        if o.raw(key) is None:
            return None
        return self._session_ref(o, key)

    def _report_ref(self, o: Obj, key: str) -> str:
        ref = o.text(key, nonempty=True)
        _refuse(known(o.at(key), Kind.REPORT, ref, self.report_ids))
        return ref

    def _decision(self, path: str, value: object) -> Decision:
        o = Obj(value, path, "a decision")
        symbol = o.text("symbol", nonempty=True)
        body = self._body_ref(o)
        adopted = o.day("adopted")
        effective = o.opt_day("effective")  # may precede adoption (SPEC §4)
        mandates = tuple(self._mandate(p, v) for p, v in o.items("mandates", "mandates"))
        d = Decision(
            symbol=symbol,
            body=body,
            adopted=adopted,
            title=o.text("title", ""),
            status=o.enum("status", DecisionStatus, DecisionStatus.ADOPTED),
            effective=effective,
            notes=o.text("notes", ""),
            mandates=mandates,
        )
        o.close()
        return d

    def _mandate(self, path: str, value: object) -> Mandate:
        o = Obj(value, path, "a mandate")
        report = self._report_ref(o, "report")
        effect = o.enum("effect", Effect)
        rule_value = o.raw("rule")
        rule = None if rule_value is None else self._rule(o.at("rule"), rule_value)
        from_session = self._opt_session_ref(o, "from_session")
        to_session = self._opt_session_ref(o, "to_session")
        into = None if o.raw("into") is None else self._report_ref(o, "into")
        m = Mandate(
            report=report,
            effect=effect,
            rule=rule,
            from_session=from_session,
            to_session=to_session,
            into=into,
        )
        _refuse(mandate_shape(path, m))
        o.close()
        return m

    def _rule(self, path: str, value: object) -> Rule:
        o = Obj(value, path, "a rule")
        kind = o.text("type", nonempty=True)
        body = self._body_ref(o)
        rule: Rule
        if kind == "at_session":
            rule = AtSession(body=body, session=self._session_ref(o, "session", body))
        elif kind == "next_session":
            rule = NextSession(
                body=body, prep_weeks=o.whole("prep_weeks", 0, minimum=0, maximum=MAX_WEEKS)
            )
        elif kind == "after_event":
            event = o.text("event", nonempty=True)
            _refuse(known(o.at("event"), Kind.EVENT, event, self.calendar.events))
            rule = AfterEvent(
                body=body,
                event=event,
                prep_weeks=o.whole("prep_weeks", 0, minimum=0, maximum=MAX_WEEKS),
            )
        elif kind == "periodic":
            first = o.raw("first")
            if isinstance(first, str):
                first = self._session_ref(o, "first", body)
            elif isinstance(first, bool) or not isinstance(first, int):
                raise PlanFormatError(
                    o.at("first"), "expected a year or a session id", code="year-or-session"
                )
            elif not MIN_YEAR <= first <= MAX_YEAR:
                raise PlanFormatError(
                    o.at("first"),
                    f"year {first} is out of range {MIN_YEAR}–{MAX_YEAR}",
                    code="year-out-of-range",
                    values=(first, MIN_YEAR, MAX_YEAR),
                )
            # `until` before `first` is valid: the rule yields nothing, a warning (SPEC §3)
            rule = Periodic(
                body=body,
                every_years=o.whole("every_years", minimum=1, maximum=MAX_EVERY_YEARS),
                first=first,
                until=o.opt_whole("until", minimum=MIN_YEAR, maximum=MAX_YEAR),
            )
        elif kind == "with_series":
            series = o.text("series", nonempty=True)
            _refuse(known(o.at("series"), Kind.EVENT_SERIES, series, self.event_series_ids))
            start, until = o.opt_day("from"), o.opt_day("until")
            if start is not None and until is not None:
                _check_span(o, start, until, "from", "until")
            rule = WithSeries(
                body=body,
                series=series,
                prep_weeks=o.whole("prep_weeks", 0, minimum=0, maximum=MAX_WEEKS),
                start=start,
                until=until,
            )
        else:
            raise PlanFormatError(
                o.at("type"),
                f"unknown rule type {kind!r} (use at_session, next_session, after_event,"
                " periodic or with_series)",
            )
        o.close()
        return rule

    def _check_merge_cycles(self, decisions: list[tuple[str, Decision]]) -> None:
        """SPEC §4: merges that form a cycle at one and the same effective date are refused;
        a merge and a later merge back each apply from their own date."""
        found = merge_cycle([d for _, d in decisions])
        if found is not None:
            i, problem = found
            raise _format_error(f"{decisions[i][0]}.{problem.field}", problem)

    def _tracking(self, path: str, value: object) -> Tracking:
        o = Obj(value, path, "a tracking row")
        t = Tracking(
            report=self._report_ref(o, "report"),
            session=o.text("session", nonempty=True),
            status=o.enum("status", TrackingStatus, TrackingStatus.PLANNED),
            document_symbol=o.text("document_symbol", ""),
            officer=o.text("officer", ""),
            word_estimate=o.opt_whole("word_estimate", minimum=0, maximum=MAX_WORDS),
            notes=o.text("notes", ""),
        )
        o.close()
        return t


def check_merge_cycles(decisions: list[tuple[str, Decision]]) -> None:
    """Raise PlanFormatError at the merge that closes a cycle at one effective date."""
    _Reader({})._check_merge_cycles(decisions)


class RecordReader:
    """Validate one record (as a JSON-like dict) against an existing plan, with exactly
    the rules of import. Errors are PlanFormatError with the path inside the record."""

    def __init__(self, plan: Plan, calendar: Calendar) -> None:
        self._reader = _Reader.for_plan(plan, calendar)

    def allow_reports(self, ids: set[str]) -> None:
        """Report ids the edit creates together with the record being checked."""
        self._reader.report_ids |= ids

    def decision(self, data: object) -> Decision:
        return self._reader._decision("", data)

    def body(self, data: object) -> Body:
        return self._reader._body("", data)

    def report(self, data: object) -> Report:
        return self._reader._report("", data)

    def session(self, data: object) -> Session:
        return self._reader._session("", data)

    def session_series(self, data: object) -> SessionSeries:
        return self._reader._session_series("", data)

    def event(self, data: object) -> Event:
        return self._reader._event("", data)

    def event_series(self, data: object) -> EventSeries:
        return self._reader._event_series("", data)

    def tracking(self, data: object) -> Tracking:
        return self._reader._tracking("", data)


def plan_from_json(data: object) -> Plan:
    """Validate and read a decoded interchange document."""
    return _Reader(data).read()


def plan_from_text(text: str, source: str = "plan") -> Plan:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PlanFormatError(
            "", f"{source}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except ValueError:  # Python's limit on digits of an integer
        raise PlanFormatError("", f"{source}: a number in it is too long") from None
    except RecursionError:
        raise PlanFormatError("", f"{source}: lists or objects nested too deeply") from None
    return plan_from_json(data)


def read_json_file(path: Path) -> Plan:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PlanFileError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise PlanFileError(f"{path}: is a folder, not a plan file") from None
    except PermissionError:
        raise PlanFileError(f"{path}: permission denied") from None
    except UnicodeDecodeError:
        raise PlanFileError(f"{path}: not a text file (expected UTF-8 JSON)") from None
    except OSError as exc:
        raise PlanFileError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        return plan_from_text(text, str(path))
    except PlanFormatError as exc:
        if exc.path:
            raise PlanFormatError(exc.path, f"{exc.detail} (in {path})") from None
        raise


# --- writing ---------------------------------------------------------------------


def _d(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _rule_json(rule: Rule) -> dict[str, Any]:
    out: dict[str, Any] = {"type": rule.type, "body": rule.body}
    match rule:
        case AtSession():
            out["session"] = rule.session
        case NextSession():
            out["prep_weeks"] = rule.prep_weeks
        case AfterEvent():
            out["event"] = rule.event
            out["prep_weeks"] = rule.prep_weeks
        case Periodic():
            out["every_years"] = rule.every_years
            out["first"] = rule.first
            out["until"] = rule.until
        case WithSeries():
            out["series"] = rule.series
            out["prep_weeks"] = rule.prep_weeks
            out["from"] = _d(rule.start)
            out["until"] = _d(rule.until)
    return out


def _mandate_json(m: Mandate) -> dict[str, Any]:
    out: dict[str, Any] = {"report": m.report, "effect": str(m.effect)}
    if m.rule is not None:
        out["rule"] = _rule_json(m.rule)
    for key in ("from_session", "to_session", "into"):
        value = getattr(m, key)
        if value is not None:
            out[key] = value
    return out


def body_json(b: Body) -> dict[str, Any]:
    return {
        "id": b.id,
        "name": b.name,
        "parent": b.parent,
        "submission_weeks": b.submission_weeks,
        "issuance_weeks": b.issuance_weeks,
    }


def session_series_json(s: SessionSeries) -> dict[str, Any]:
    return {
        "id": s.id,
        "body": s.body,
        "name": s.name,
        "rrule": s.rrule,
        "duration_days": s.duration_days,
        "from": _d(s.start),
        "until": _d(s.until),
        "ends_before_next": s.ends_before_next,
        "number_offset": s.number_offset,
        "location": s.location,
        "source": s.source,
    }


def session_json(s: Session) -> dict[str, Any]:
    return {
        "id": s.id,
        "series": s.series,
        "body": s.body,
        "name": s.name,
        "start": _d(s.start),
        "end": _d(s.end),
        "location": s.location,
        "status": str(s.status),
        "format": str(s.format),
        "source": s.source,
        "notes": s.notes,
    }


def event_series_json(s: EventSeries) -> dict[str, Any]:
    return {
        "id": s.id,
        "name": s.name,
        "rrule": s.rrule,
        "duration_days": s.duration_days,
        "from": _d(s.start),
        "until": _d(s.until),
        "tentative": s.tentative,
        "number_offset": s.number_offset,
        "location": s.location,
        "source": s.source,
    }


def event_json(e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "name": e.name,
        "start": _d(e.start),
        "end": _d(e.end),
        "location": e.location,
        "series": e.series,
        "tentative": e.tentative,
        "source": e.source,
    }


def report_json(r: Report) -> dict[str, Any]:
    return {
        "id": r.id,
        "title": r.title,
        "short_title": r.short_title,
        "agenda_item": r.agenda_item,
        "word_limit": r.word_limit,
    }


def decision_json(d: Decision) -> dict[str, Any]:
    return {
        "symbol": d.symbol,
        "body": d.body,
        "adopted": _d(d.adopted),
        "effective": _d(d.effective),
        "status": str(d.status),
        "title": d.title,
        "notes": d.notes,
        "mandates": [_mandate_json(m) for m in d.mandates],
    }


def tracking_json(t: Tracking) -> dict[str, Any]:
    return {
        "report": t.report,
        "session": t.session,
        "status": str(t.status),
        "document_symbol": t.document_symbol,
        "officer": t.officer,
        "word_estimate": t.word_estimate,
        "notes": t.notes,
    }


def plan_to_json(plan: Plan) -> dict[str, Any]:
    """The canonical interchange document for `plan`.

    Every field in a fixed order, except `calendar_as_of`, written only when set: it
    belongs to the shipped UN calendar, and plans without it stay as they were."""
    head: dict[str, Any] = {
        "format": FORMAT,
        "title": plan.title,
        "horizon_years": plan.horizon_years,
    }
    if plan.calendar_as_of:
        head["calendar_as_of"] = plan.calendar_as_of
    return head | {
        "bodies": [body_json(b) for b in plan.bodies],
        "session_series": [session_series_json(s) for s in plan.session_series],
        "sessions": [session_json(s) for s in plan.sessions],
        "event_series": [event_series_json(s) for s in plan.event_series],
        "events": [event_json(e) for e in plan.events],
        "reports": [report_json(r) for r in plan.reports],
        "decisions": [decision_json(d) for d in plan.decisions],
        "tracking": [tracking_json(t) for t in plan.tracking],
    }


def plan_to_text(plan: Plan) -> str:
    return json.dumps(plan_to_json(plan), ensure_ascii=False, indent=2) + "\n"


def write_json_file(plan: Plan, path: Path) -> None:
    """Write atomically: a temporary file beside the target, then rename over it."""
    write_text(path, plan_to_text(plan))
