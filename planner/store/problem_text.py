"""Words for the domain's recurrence and bounds problems, as the store's messages use them."""

from __future__ import annotations

from datetime import date

from planner.domain.bounds import Problem, ProblemCode
from planner.domain.recurrence import MAX_OCCURRENCES, RecurrenceError, RecurrenceProblem

_P = RecurrenceProblem
_EXAMPLE = "e.g. FREQ=YEARLY;BYMONTH=7;BYDAY=1MO"


def recurrence_message(exc: RecurrenceError) -> str:
    """One line naming what is wrong with an RRULE or a name pattern."""
    p, part, value = exc.problem, exc.part, exc.value
    if exc.is_pattern:
        head = f"bad name pattern {exc.text!r}: "
        if p is _P.PATTERN_FIELD:
            return head + f"unknown field {{{value}}} (use {{year}}, {{number}} or {{ordinal}})"
        if p is _P.PATTERN_FORMAT:
            return (
                head
                + f"{value} has a format; write {{year}}, {{number}} or {{ordinal}} as they are"
            )
        return head + value
    head = f"invalid RRULE {exc.text!r}: "
    reason = {
        _P.RULE_ONLY: f"give the rule only, {_EXAMPLE}",
        _P.SYNTAX: f"{part!r} is not NAME=VALUE",
        _P.UNKNOWN_PART: f"unknown part {part} (use FREQ, INTERVAL, COUNT, UNTIL, BYMONTH,"
        " BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYDAY, BYSETPOS or WKST)",
        _P.REPEATED_PART: f"{part} is given twice",
        _P.NO_FREQ: f"FREQ is missing, {_EXAMPLE}",
        _P.TOO_FINE: f"{part}={value}: sessions are whole days, so FREQ can be YEARLY, MONTHLY,"
        " WEEKLY or DAILY and hours, minutes and seconds cannot be given",
        _P.BAD_VALUE: f"bad {part} value {value!r}",
        _P.OUT_OF_RANGE: f"{part} value {value} is out of range ({exc.low} to {exc.high})",
        _P.ORDINAL_DAY: f"BYDAY={value}: a numbered weekday needs FREQ=MONTHLY or YEARLY"
        " (and no BYWEEKNO)",
        _P.COUNT_AND_UNTIL: "give COUNT or UNTIL, not both",
        _P.SETPOS_ALONE: "BYSETPOS needs another BY… part to choose from",
        _P.NO_DAY: "the rule names no day at all",
        _P.TOO_MANY: f"more than {MAX_OCCURRENCES:,} occurrences in the series' range;"
        " narrow the rule or give an earlier until",
    }.get(p, str(p))
    return head + reason


def _shown(value: object) -> str:
    return value.isoformat() if isinstance(value, date) else repr(value)


def problem_message(problem: Problem) -> str:
    """`where: what`, e.g. `decisions[E/DEC/2012/1].mandates[0].rule.every_years: …`."""
    return f"{problem.where}: {problem_detail(problem)}"


_FIXED = {
    ProblemCode.DEFER_SESSIONS_MISSING: "a defer mandate needs from_session and to_session",
    ProblemCode.DEFER_SAME_SESSION: "must differ from from_session",
    ProblemCode.INTO_MISSING: 'missing field "into" (a merge mandate needs one)',
    ProblemCode.EMPTY: "must not be empty",
}


def _reference_detail(p: Problem) -> str:
    code, value = p.code, p.value
    if code in _FIXED:
        return _FIXED[code]
    if code is ProblemCode.UNKNOWN_REFERENCE:
        return f'unknown {p.low} "{value}"'
    if code is ProblemCode.SESSION_OF_OTHER_BODY:
        return f'session "{value}" is a session of {p.low}, not {p.high}'
    if code is ProblemCode.SERIES_OF_OTHER_BODY:
        return f'series "{value}" projects sessions of {p.low}, not {p.high}'
    if code is ProblemCode.OWN_ANCESTOR:
        return f'body "{value}" is its own ancestor'
    if code is ProblemCode.CYCLIC_MERGE:
        cycle = value if isinstance(value, tuple) else (value,)
        return "cyclic merge: " + " → ".join(map(str, cycle))
    if code is ProblemCode.RULE_MISSING:
        return f'missing field "rule" (an {value} mandate needs one)'
    if code is ProblemCode.MERGE_INTO_ITSELF:
        return f'report "{value}" cannot merge into itself'
    if code is ProblemCode.DUPLICATE:
        return f"duplicate {p.low} {value!r}"
    if code is ProblemCode.NOT_TEXT:
        return f"expected text, got {_shown(value)}"
    return ""


def problem_detail(problem: Problem) -> str:
    reference = _reference_detail(problem)
    if reference:
        return reference
    if problem.recurrence is not None:
        what = recurrence_message(problem.recurrence)
    elif problem.code is ProblemCode.BEFORE_START:
        what = f"{_shown(problem.value)} is before the start {_shown(problem.low)}"
    elif problem.code is ProblemCode.DATE_OUT_OF_RANGE:
        what = f"date {_shown(problem.value)} is out of range ({problem.low}–{problem.high})"
    else:
        what = f"{_shown(problem.value)} is out of range ({problem.low} to {problem.high})"
    return what
