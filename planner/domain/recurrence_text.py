"""What an RRULE of the kind plans use says, as data a front end puts into words
("every year on the first Monday of July"); None for parts it does not know."""

from __future__ import annotations

from dataclasses import dataclass

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
UNITS = {"YEARLY": "year", "MONTHLY": "month", "WEEKLY": "week", "DAILY": "day"}


@dataclass(frozen=True, slots=True)
class WeekdayRule:
    weekday: int  # 1 = Monday … 7 = Sunday
    nth: int | None  # 1 first, 2 second, … -1 last, -2 second-to-last; None: every such day


@dataclass(frozen=True, slots=True)
class RecurrenceSummary:
    unit: str  # year, month, week or day
    interval: int
    months: tuple[int, ...]  # 1–12
    weekdays: tuple[WeekdayRule, ...]
    monthdays: tuple[str, ...]  # as written (may be negative)


def summarise_rrule(text: str) -> RecurrenceSummary | None:
    """The parts of an RRULE a summary can say; None when it has others (BYSETPOS, …)."""
    parts: dict[str, str] = {}
    for chunk in text.strip().removeprefix("RRULE:").split(";"):
        if "=" in chunk:
            k, v = chunk.split("=", 1)
            parts[k.strip().upper()] = v.strip().upper()
    unit = UNITS.get(parts.pop("FREQ", ""))
    if unit is None:
        return None
    interval_text = parts.pop("INTERVAL", "1") or "1"
    if not interval_text.isdigit() or int(interval_text) < 1:
        return None
    months = tuple(
        int(m) for m in parts.pop("BYMONTH", "").split(",") if m.isdigit() and 1 <= int(m) <= 12
    )
    weekdays = []
    for d in (d for d in parts.pop("BYDAY", "").split(",") if d):
        n, code = d[:-2], d[-2:]
        if code not in WEEKDAYS or (n.lstrip("+-") and not n.lstrip("+-").isdigit()):
            return None
        nth = int(n) if n not in ("", "+", "-") else None
        if nth is not None and not (1 <= nth <= 5 or nth in (-1, -2)):
            return None
        weekdays.append(WeekdayRule(WEEKDAYS.index(code) + 1, nth))
    monthdays = tuple(d for d in parts.pop("BYMONTHDAY", "").split(",") if d)
    parts.pop("WKST", None)
    if parts:  # something a summary does not know how to say
        return None
    return RecurrenceSummary(unit, int(interval_text), months, tuple(weekdays), monthdays)
