"""Recurrences of session and event series: a strict RRULE reader and bounded expansion.

python-dateutil expands RRULEs but accepts far more than a plan can use (hourly
rules, `INTERVAL=0`, which it repeats forever, `BYDAY=99MO`, which it crashes
on) and scans up to the year 9999 when no day matches. So every rule is read
here first: whole days only (`FREQ` no finer than `DAILY`), every value in its
RFC 5545 range, a pattern that names some day, and at most `MAX_OCCURRENCES`
dates per series. Errors carry a code and the values, never a sentence; the
store words them.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from functools import lru_cache
from itertools import islice
from math import gcd
from typing import Any

from dateutil.rrule import DAILY, MONTHLY, WEEKLY, YEARLY, rrule, weekday

from planner.domain.model import DEFAULT_HORIZON, MAX_YEAR

MAX_OCCURRENCES = 10_000
MAX_INTERVAL = 1000
NAME_FIELDS = ("year", "number", "ordinal")

FREQUENCIES = {"YEARLY": YEARLY, "MONTHLY": MONTHLY, "WEEKLY": WEEKLY, "DAILY": DAILY}
TOO_FINE = ("HOURLY", "MINUTELY", "SECONDLY", "BYHOUR", "BYMINUTE", "BYSECOND")
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# part -> (lowest, highest) absolute value of each number in its list (RFC 5545 §3.3.10)
NUMBER_LISTS = {
    "BYMONTH": (1, 12),
    "BYMONTHDAY": (1, 31),
    "BYYEARDAY": (1, 366),
    "BYWEEKNO": (1, 53),
    "BYSETPOS": (1, 366),
}
SIGNED = frozenset({"BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYSETPOS"})
KNOWN_PARTS = frozenset({"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "WKST", *NUMBER_LISTS})
_INTEGER = re.compile(r"^[+-]?\d{1,6}$")
_BYDAY = re.compile(r"^([+-]?)(\d{1,3})?(MO|TU|WE|TH|FR|SA|SU)$")
_UNTIL = re.compile(r"^(\d{4})(\d{2})(\d{2})(T\d{6}Z?)?$")


class RecurrenceProblem(StrEnum):
    RULE_ONLY = "rule-only"  # empty, or DTSTART/other properties given with the rule
    SYNTAX = "syntax"  # `part` is not NAME=VALUE
    UNKNOWN_PART = "unknown-part"
    REPEATED_PART = "repeated-part"
    NO_FREQ = "no-freq"
    TOO_FINE = "too-fine"  # `part`/`value` asks for hours, minutes or seconds
    BAD_VALUE = "bad-value"
    OUT_OF_RANGE = "out-of-range"  # `value` of `part` outside `low`..`high`
    ORDINAL_DAY = "ordinal-day"  # BYDAY=1MO where FREQ is WEEKLY or DAILY, or with BYWEEKNO
    COUNT_AND_UNTIL = "count-and-until"
    SETPOS_ALONE = "setpos-alone"
    NO_DAY = "no-day"  # the pattern names no day at all
    TOO_MANY = "too-many"  # more than `high` dates in the series' range
    PATTERN_SYNTAX = "pattern-syntax"  # `value`: Python's reason
    PATTERN_FIELD = "pattern-field"  # `value`: the unknown field
    PATTERN_FORMAT = "pattern-format"  # `value`: a field with a conversion or format spec


class RecurrenceError(ValueError):
    """An RRULE or name pattern that cannot be used: a code and the values it is about."""

    def __init__(
        self,
        problem: RecurrenceProblem,
        text: str,
        part: str = "",
        value: str = "",
        low: int | None = None,
        high: int | None = None,
    ) -> None:
        self.problem = problem
        self.text = text
        self.part = part
        self.value = value
        self.low = low
        self.high = high
        super().__init__(problem, text, part, value)

    def again(self) -> RecurrenceError:
        """A fresh copy to raise (a cached refusal must not grow one traceback forever)."""
        return RecurrenceError(self.problem, self.text, self.part, self.value, self.low, self.high)

    @property
    def is_pattern(self) -> bool:
        return self.problem in (
            RecurrenceProblem.PATTERN_SYNTAX,
            RecurrenceProblem.PATTERN_FIELD,
            RecurrenceProblem.PATTERN_FORMAT,
        )


# --- name patterns ----------------------------------------------------------------


def check_name_pattern(pattern: str) -> None:
    """Only {year}, {number} and {ordinal}, as they are: no conversion, format spec,
    attribute or index (`{year:>999999999}` would allocate a gigabyte per session)."""
    try:
        parsed = list(string.Formatter().parse(pattern))
    except ValueError as exc:
        raise RecurrenceError(RecurrenceProblem.PATTERN_SYNTAX, pattern, value=str(exc)) from None
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in NAME_FIELDS:
            raise RecurrenceError(RecurrenceProblem.PATTERN_FIELD, pattern, value=name)
        if spec or conversion:
            shown = name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
            raise RecurrenceError(RecurrenceProblem.PATTERN_FORMAT, pattern, value=f"{{{shown}}}")


def ordinal(n: int) -> str:
    """English ordinal as UN documents write session numbers: 67th, 71st, 112th."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_name(pattern: str, year: int, number_offset: int) -> str:
    check_name_pattern(pattern)
    number = year - number_offset
    return pattern.format(year=year, number=number, ordinal=ordinal(number))


# --- RRULE ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Recurrence:
    """A checked rule: dateutil's iterator, and the bounds the rule itself sets."""

    rule: rrule
    until: date | None
    count: int | None


def _number(text: str, raw: str, part: str, low: int, high: int, signed: bool) -> int:
    if not _INTEGER.match(raw):
        raise RecurrenceError(RecurrenceProblem.BAD_VALUE, text, part, raw)
    n = int(raw)
    if not low <= abs(n) <= high or (n < 0 and not signed):
        lowest = -high if signed else low
        raise RecurrenceError(RecurrenceProblem.OUT_OF_RANGE, text, part, raw, lowest, high)
    return n


def _parts(text: str) -> dict[str, str]:
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    if not body or any(c in body for c in ":\n\r"):
        raise RecurrenceError(RecurrenceProblem.RULE_ONLY, text)
    parts: dict[str, str] = {}
    pieces = body.split(";")
    if len(pieces) > 1 and not pieces[-1].strip():
        pieces.pop()  # a trailing semicolon
    for piece in pieces:
        name, eq, value = piece.partition("=")
        name, value = name.strip().upper(), value.strip().upper()
        if not eq or not name or not value:
            raise RecurrenceError(RecurrenceProblem.SYNTAX, text, piece)
        if name == "DTSTART":
            raise RecurrenceError(RecurrenceProblem.RULE_ONLY, text)
        if name in TOO_FINE:
            raise RecurrenceError(RecurrenceProblem.TOO_FINE, text, name, value)
        if name not in KNOWN_PARTS:
            raise RecurrenceError(RecurrenceProblem.UNKNOWN_PART, text, name)
        if name in parts:
            raise RecurrenceError(RecurrenceProblem.REPEATED_PART, text, name)
        parts[name] = value
    return parts


def _until(text: str, raw: str) -> date:
    m = _UNTIL.match(raw)
    try:
        if m is None:
            raise ValueError
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise RecurrenceError(RecurrenceProblem.BAD_VALUE, text, "UNTIL", raw) from None


def _weekday(text: str, part: str, raw: str) -> int:
    if raw not in WEEKDAYS:
        raise RecurrenceError(RecurrenceProblem.BAD_VALUE, text, part, raw)
    return WEEKDAYS.index(raw)


def _byday(text: str, raw: str, freq: str, parts: dict[str, str]) -> list[weekday]:
    days: list[weekday] = []
    for item in raw.split(","):
        m = _BYDAY.match(item)
        if m is None:
            raise RecurrenceError(RecurrenceProblem.BAD_VALUE, text, "BYDAY", item)
        sign, digits, name = m.groups()
        day = weekday(WEEKDAYS.index(name))
        if digits is None:
            if sign:
                raise RecurrenceError(RecurrenceProblem.BAD_VALUE, text, "BYDAY", item)
            days.append(day)
            continue
        if freq not in ("MONTHLY", "YEARLY") or "BYWEEKNO" in parts:
            raise RecurrenceError(RecurrenceProblem.ORDINAL_DAY, text, "BYDAY", item)
        # within a month there are at most five of each weekday, within a year 53
        high = 5 if freq == "MONTHLY" or "BYMONTH" in parts else 53
        n = int(sign + digits)
        if not 1 <= abs(n) <= high:
            raise RecurrenceError(RecurrenceProblem.OUT_OF_RANGE, text, "BYDAY", item, -high, high)
        days.append(day(n))
    return days


def _kwargs(text: str, parts: dict[str, str]) -> tuple[dict[str, Any], date | None, int | None]:
    freq = parts.get("FREQ")
    if freq is None:
        raise RecurrenceError(RecurrenceProblem.NO_FREQ, text)
    if freq in TOO_FINE:
        raise RecurrenceError(RecurrenceProblem.TOO_FINE, text, "FREQ", freq)
    if freq not in FREQUENCIES:
        raise RecurrenceError(RecurrenceProblem.BAD_VALUE, text, "FREQ", freq)
    if "COUNT" in parts and "UNTIL" in parts:
        raise RecurrenceError(RecurrenceProblem.COUNT_AND_UNTIL, text)
    kwargs: dict[str, Any] = {"freq": FREQUENCIES[freq]}
    if "INTERVAL" in parts:
        kwargs["interval"] = _number(text, parts["INTERVAL"], "INTERVAL", 1, MAX_INTERVAL, False)
    count = None
    if "COUNT" in parts:
        count = _number(text, parts["COUNT"], "COUNT", 1, MAX_OCCURRENCES, False)
        kwargs["count"] = count
    until = _until(text, parts["UNTIL"]) if "UNTIL" in parts else None
    for part, (low, high) in NUMBER_LISTS.items():
        if part in parts:
            kwargs[part.lower()] = [
                _number(text, raw, part, low, high, part in SIGNED)
                for raw in parts[part].split(",")
            ]
    if "BYSETPOS" in parts and not any(p.startswith("BY") and p != "BYSETPOS" for p in parts):
        raise RecurrenceError(RecurrenceProblem.SETPOS_ALONE, text)
    if "BYDAY" in parts:
        kwargs["byweekday"] = _byday(text, parts["BYDAY"], freq, parts)
    if "WKST" in parts:
        kwargs["wkst"] = _weekday(text, "WKST", parts["WKST"])
    return kwargs, until, count


# The Gregorian calendar repeats every 400 years: 400 years, 4,800 months, 20,871 weeks,
# 146,097 days. A rule's pattern repeats too, once a shift is also whole INTERVAL steps.
_CYCLE = {YEARLY: 400, MONTHLY: 4800, WEEKLY: 20871, DAILY: 146097}
_LAST_YEAR = 9998  # dateutil stops at 9999; keep the probe clear of its last week


def _names_some_day(kwargs: dict[str, Any], start: date) -> bool:
    """Whether the pattern (COUNT and UNTIL aside) names any day, with bounded work.

    dateutil scans to the year 9999 when no day matches (8 s for a daily rule), so
    the probe starts at the latest repetition of `start` that still leaves one whole
    period of the pattern before 9999: at most two periods are scanned, and a rule
    that names any day at all names one in that window.
    """
    interval = kwargs.get("interval", 1)
    cycle = _CYCLE[kwargs["freq"]]
    period_years = 400 * (interval // gcd(cycle, interval))
    repeats = max(0, (_LAST_YEAR - period_years - start.year) // period_years)
    probe_start = datetime(start.year + repeats * period_years, start.month, start.day)
    probe = {k: v for k, v in kwargs.items() if k != "count"}
    try:
        return next(iter(rrule(dtstart=probe_start, **probe)), None) is not None
    except (ValueError, OverflowError):  # ran past the year 9999
        return False


def parse_rrule(text: str, start: date) -> Recurrence:
    """Read an RRULE with DTSTART = `start`; raise RecurrenceError with the reason."""
    parsed = _parse(text, start)
    if isinstance(parsed, RecurrenceError):
        raise parsed.again()
    return parsed


@lru_cache(maxsize=4096)
def _parse(text: str, start: date) -> Recurrence | RecurrenceError:
    """Cached by value, refusals too: a form re-checks the same rule on every keystroke."""
    try:
        kwargs, until, count = _kwargs(text, _parts(text))
    except RecurrenceError as exc:
        return exc
    if not _names_some_day(kwargs, start):
        return RecurrenceError(RecurrenceProblem.NO_DAY, text)
    dtstart = datetime(start.year, start.month, start.day)
    return Recurrence(rrule(dtstart=dtstart, **kwargs), until, count)


def _dates(text: str, start: date, until: date | None) -> Iterator[date]:
    """The rule's dates up to the earlier of its own UNTIL and `until` (or the horizon)."""
    recurrence = parse_rrule(text, start)
    bounds = (until or DEFAULT_HORIZON, recurrence.until, date(MAX_YEAR, 12, 31))
    last = min(d for d in bounds if d is not None)
    try:
        for moment in recurrence.rule:
            day = moment.date()
            if day > last:
                return
            yield day
    except (ValueError, OverflowError):  # ran past the year 9999
        return


def occurrence_dates(text: str, start: date, until: date | None) -> tuple[date, ...]:
    """Start dates of a recurrence from `start` to `until` (default: the planning horizon),
    bounded also by the rule's own UNTIL or COUNT. More than MAX_OCCURRENCES is an error."""
    dates = _expand(text, start, until)
    if isinstance(dates, RecurrenceError):
        raise dates.again()
    return dates


@lru_cache(maxsize=8192)
def _expand(text: str, start: date, until: date | None) -> tuple[date, ...] | RecurrenceError:
    """Cached by value: a series that an edit did not touch never needs expanding again."""
    try:
        dates = tuple(islice(_dates(text, start, until), MAX_OCCURRENCES + 1))
    except RecurrenceError as exc:
        return exc
    if len(dates) > MAX_OCCURRENCES:
        return RecurrenceError(RecurrenceProblem.TOO_MANY, text, high=MAX_OCCURRENCES)
    return dates


def clear_caches() -> None:
    _parse.cache_clear()
    _expand.cache_clear()


def upcoming(text: str, start: date, until: date | None, after: date, n: int) -> list[date]:
    """The first `n` dates on or after `after` (or the first `n` if none): a form's preview,
    which must not expand the whole rule on every keystroke."""
    found: list[date] = []
    first: list[date] = []
    for day in _dates(text, start, until):  # at most the days to the year 2200
        if len(first) < n:
            first.append(day)
        if day >= after:
            found.append(day)
            if len(found) == n:
                break
    return found or first


def check_recurrence(text: str, start: date, until: date | None) -> None:
    """Every check a series' rule must pass, the occurrence cap included."""
    occurrence_dates(text, start, until)
