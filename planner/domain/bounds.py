"""The bounds the engine relies on to finish, and the check that a plan keeps them.

Import, every edit and every plan file read from disk are held to these (the
store words the problems); the engine checks them too, so a plan from anywhere
else gives a typed `PlanNotComputable` instead of a hang or an overflow.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from planner.domain.model import (
    MAX_YEAR,
    MIN_YEAR,
    AtSession,
    Body,
    Decision,
    Periodic,
    Plan,
    Report,
    Rule,
    WithSeries,
)
from planner.domain.recurrence import (
    RecurrenceError,
    check_name_pattern,
    check_recurrence,
    parse_rrule,
)

MAX_WEEKS = 520
MAX_DURATION = 3660
MAX_EVERY_YEARS = 100
MAX_NUMBER_OFFSET = 9999
MAX_WORDS = 1_000_000


class ProblemCode(StrEnum):
    OUT_OF_RANGE = "out-of-range"  # `value` outside `low`..`high`
    DATE_OUT_OF_RANGE = "date-out-of-range"  # the year of `value` outside `low`..`high`
    BEFORE_START = "before-start"  # the end `value` is before the start `low`
    RECURRENCE = "recurrence"  # `recurrence` says what
    # references and shapes (planner.domain.integrity): `value` is the id named
    UNKNOWN_REFERENCE = "unknown-reference"  # no `low` (a kind of record) with id `value`
    SESSION_OF_OTHER_BODY = "session-of-other-body"  # `value` is of body `low`, not `high`
    SERIES_OF_OTHER_BODY = "series-of-other-body"  # `value` projects `low`'s, not `high`'s
    OWN_ANCESTOR = "own-ancestor"  # body `value`
    CYCLIC_MERGE = "cyclic-merge"  # `value`: the report ids around the cycle
    RULE_MISSING = "rule-missing"  # a mandate of effect `value` needs a rule
    DEFER_SESSIONS_MISSING = "defer-sessions-missing"
    DEFER_SAME_SESSION = "defer-same-session"
    INTO_MISSING = "into-missing"
    MERGE_INTO_ITSELF = "merge-into-itself"  # report `value`
    DUPLICATE = "duplicate"  # a second `low` with id `value`
    NOT_TEXT = "not-text"  # `value` where text belongs
    EMPTY = "empty"  # empty text where some is needed


@dataclass(frozen=True, slots=True)
class Problem:
    """One value the engine cannot work with: in `record` (a collection and a key), at `field`."""

    record: tuple[str, str]
    field: str
    code: ProblemCode
    value: object = None
    low: object = None
    high: object = None
    recurrence: RecurrenceError | None = None

    @property
    def where(self) -> str:
        place = f"{self.record[0]}[{self.record[1]}]"
        return f"{place}.{self.field}" if self.field else place


class PlanNotComputable(ValueError):
    """The plan holds values outside the engine's bounds; `problems` lists them all."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        self.problems = problems
        super().__init__(*(p.where for p in problems[:3]))


def _whole(value: object, low: int, high: int) -> bool:
    return type(value) is int and low <= value <= high  # not a bool, a float or None


def _day(value: object) -> bool:
    return type(value) is date and MIN_YEAR <= value.year <= MAX_YEAR


class _Checker:
    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.record: tuple[str, str] = ("", "")

    def add(self, field: str, code: ProblemCode, value: object, low: object, high: object) -> None:
        self.problems.append(Problem(self.record, field, code, value, low, high))

    def whole(self, field: str, value: object, low: int, high: int) -> None:
        if not _whole(value, low, high):
            self.add(field, ProblemCode.OUT_OF_RANGE, value, low, high)

    def day(self, field: str, value: object) -> None:
        if not _day(value):
            self.add(field, ProblemCode.DATE_OUT_OF_RANGE, value, MIN_YEAR, MAX_YEAR)

    def span(self, start_field: str, start: date, end_field: str, end: date | None) -> None:
        self.day(start_field, start)
        if end is None:
            return
        self.day(end_field, end)
        if _day(start) and _day(end) and end < start:
            self.add(end_field, ProblemCode.BEFORE_START, end, start, None)

    def recurrence(self, field: str, error: RecurrenceError) -> None:
        self.problems.append(Problem(self.record, field, ProblemCode.RECURRENCE, recurrence=error))


def _rule(c: _Checker, field: str, rule: Rule) -> None:
    prep = getattr(rule, "prep_weeks", 0)
    c.whole(f"{field}.prep_weeks", prep, 0, MAX_WEEKS)
    if isinstance(rule, Periodic):
        c.whole(f"{field}.every_years", rule.every_years, 1, MAX_EVERY_YEARS)
        if not isinstance(rule.first, str):
            c.whole(f"{field}.first", rule.first, MIN_YEAR, MAX_YEAR)
        if rule.until is not None:
            c.whole(f"{field}.until", rule.until, MIN_YEAR, MAX_YEAR)
    elif isinstance(rule, WithSeries):
        for key, value in (("from", rule.start), ("until", rule.until)):
            if value is not None:
                c.day(f"{field}.{key}", value)


def _series(
    c: _Checker,
    name: str,
    rrule: str,
    start: date,
    until: date | None,
    duration: int,
    offset: int,
    expand: bool,
) -> None:
    c.span("from", start, "until", until)
    c.whole("duration_days", duration, 1, MAX_DURATION)
    c.whole("number_offset", offset, -MAX_NUMBER_OFFSET, MAX_NUMBER_OFFSET)
    try:
        check_name_pattern(name)
    except RecurrenceError as exc:
        c.recurrence("name", exc)
    if _day(start) and (until is None or _day(until)):
        try:
            if expand:
                check_recurrence(rrule, start, until)
            else:
                parse_rrule(rrule, start)
        except RecurrenceError as exc:
            c.recurrence("rrule", exc)


def _body(c: _Checker, b: Body) -> None:
    c.record = ("bodies", b.id)
    c.whole("submission_weeks", b.submission_weeks, 0, MAX_WEEKS)
    c.whole("issuance_weeks", b.issuance_weeks, 0, MAX_WEEKS)


def _report(c: _Checker, r: Report) -> None:
    c.record = ("reports", r.id)
    c.whole("word_limit", r.word_limit, 1, MAX_WORDS)


def _rule_fits(rule: Rule) -> bool:
    """The quick form of `_rule` (40,000 mandates are checked on every load)."""
    if isinstance(rule, AtSession):
        return True
    if isinstance(rule, Periodic):
        return (
            _whole(rule.every_years, 1, MAX_EVERY_YEARS)
            and (isinstance(rule.first, str) or _whole(rule.first, MIN_YEAR, MAX_YEAR))
            and (rule.until is None or _whole(rule.until, MIN_YEAR, MAX_YEAR))
        )
    if not _whole(rule.prep_weeks, 0, MAX_WEEKS):
        return False
    if isinstance(rule, WithSeries):
        return (rule.start is None or _day(rule.start)) and (rule.until is None or _day(rule.until))
    return True


def _decisions(c: _Checker, decisions: Iterable[Decision]) -> None:
    for d in decisions:
        fits = _day(d.adopted) and (d.effective is None or _day(d.effective))
        if fits:
            for m in d.mandates:
                if m.rule is not None and not _rule_fits(m.rule):
                    fits = False
                    break
        if fits:
            continue
        c.record = ("decisions", d.symbol)
        c.day("adopted", d.adopted)
        if d.effective is not None:
            c.day("effective", d.effective)
        for i, m in enumerate(d.mandates):
            if m.rule is not None:
                _rule(c, f"mandates[{i}].rule", m.rule)


def plan_problems(plan: Plan, *, expand: bool = True) -> list[Problem]:
    """Every value of `plan` outside the engine's bounds (each check is bounded itself).

    Without `expand`, series rules are read but not expanded, so their occurrence cap
    goes unchecked: a tenth of the cost, for reading a plan file, whose series were
    checked in full when they were written (the engine checks in full again)."""
    c = _Checker()
    for b in plan.bodies:
        _body(c, b)
    for s in plan.session_series:
        c.record = ("session_series", s.id)
        _series(c, s.name, s.rrule, s.start, s.until, s.duration_days, s.number_offset, expand)
    for e in plan.event_series:
        c.record = ("event_series", e.id)
        _series(c, e.name, e.rrule, e.start, e.until, e.duration_days, e.number_offset, expand)
    for x in plan.sessions:
        c.record = ("sessions", x.id)
        c.span("start", x.start, "end", x.end)
    for ev in plan.events:
        c.record = ("events", ev.id)
        c.span("start", ev.start, "end", ev.end)
    for r in plan.reports:
        words = r.word_limit
        if type(words) is not int or not 1 <= words <= MAX_WORDS:  # else nothing to note
            _report(c, r)
    _decisions(c, plan.decisions)
    for t in plan.tracking:
        if t.word_estimate is not None:
            c.record = ("tracking", f"{t.report}@{t.session}")
            c.whole("word_estimate", t.word_estimate, 0, MAX_WORDS)
    return c.problems


def decisions_problems(decisions: Iterable[Decision]) -> list[Problem]:
    """The problems of a few decisions (an edit): the engine's incremental check."""
    c = _Checker()
    _decisions(c, decisions)
    return c.problems


_last_within_bounds: list[Plan] = []  # plans are immutable: the one last found fine stays so


def check_plan(plan: Plan) -> None:
    """Raise PlanNotComputable listing every problem of `plan`, if it has any."""
    if _last_within_bounds and _last_within_bounds[0] is plan:
        return  # the store checked it as it read it; the engine need not again
    problems = plan_problems(plan)
    if problems:
        raise PlanNotComputable(tuple(problems))
    _last_within_bounds[:] = [plan]


def usable_part(plan: Plan, problems: list[Problem] | tuple[Problem, ...]) -> Plan:
    """`plan` without the records that have problems (bodies and reports keep their place
    with default values), so a plan that cannot be computed as it is can still be shown."""
    bad: dict[str, set[str]] = {}
    for p in problems:
        bad.setdefault(p.record[0], set()).add(p.record[1])

    def keep(attr: str, key: str) -> bool:
        return key not in bad.get(attr, ())

    return replace(
        plan,
        bodies=tuple(
            b if keep("bodies", b.id) else Body(b.id, b.name, b.parent) for b in plan.bodies
        ),
        session_series=tuple(s for s in plan.session_series if keep("session_series", s.id)),
        event_series=tuple(s for s in plan.event_series if keep("event_series", s.id)),
        sessions=tuple(s for s in plan.sessions if keep("sessions", s.id)),
        events=tuple(e for e in plan.events if keep("events", e.id)),
        reports=tuple(
            r if keep("reports", r.id) else Report(r.id, r.title, r.agenda_item)
            for r in plan.reports
        ),
        decisions=tuple(d for d in plan.decisions if keep("decisions", d.symbol)),
        tracking=tuple(t for t in plan.tracking if keep("tracking", f"{t.report}@{t.session}")),
    )
