"""A readable summary of the RRULEs plans use: "every year on the first Monday of July"."""

from __future__ import annotations

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
DAYS = {
    "MO": "Monday",
    "TU": "Tuesday",
    "WE": "Wednesday",
    "TH": "Thursday",
    "FR": "Friday",
    "SA": "Saturday",
    "SU": "Sunday",
}
NTH = {
    1: "first",
    2: "second",
    3: "third",
    4: "fourth",
    5: "fifth",
    -1: "last",
    -2: "second-to-last",
}
UNITS = {"YEARLY": "year", "MONTHLY": "month", "WEEKLY": "week", "DAILY": "day"}


def _list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def describe_rrule(text: str) -> str:
    """English summary of an RRULE; falls back to the rule itself for unusual parts."""
    parts: dict[str, str] = {}
    for chunk in text.strip().removeprefix("RRULE:").split(";"):
        if "=" in chunk:
            k, v = chunk.split("=", 1)
            parts[k.strip().upper()] = v.strip().upper()
    freq = parts.pop("FREQ", "")
    unit = UNITS.get(freq)
    if unit is None:
        return text
    interval = int(parts.pop("INTERVAL", "1") or 1)
    head = f"every {unit}" if interval == 1 else f"every {interval} {unit}s"
    months = [
        MONTHS[int(m) - 1]
        for m in parts.pop("BYMONTH", "").split(",")
        if m.isdigit() and 1 <= int(m) <= 12
    ]
    days = parts.pop("BYDAY", "")
    monthdays = [d for d in parts.pop("BYMONTHDAY", "").split(",") if d]
    parts.pop("WKST", None)
    if parts:  # something this summary does not know how to say
        return text
    of_months = f" of {_list(months)}" if months else ""
    in_months = f" in {_list(months)}" if months else ""
    if days:
        names = []
        for d in days.split(","):
            n, code = d[:-2], d[-2:]
            day = DAYS.get(code, code)
            names.append(f"the {NTH.get(int(n), n + 'th')} {day}" if n not in ("", "+") else day)
        if monthdays:
            span = f"{monthdays[0]}–{monthdays[-1]}" if len(monthdays) > 2 else _list(monthdays)
            return f"{head} on the {_list(names)} falling on day {span}{of_months}"
        if all(n.startswith("the ") for n in names):
            return f"{head} on {_list(names)}{of_months}"
        return f"{head} on {_list(names)}{in_months}"
    if monthdays:
        return f"{head} on day {_list(monthdays)}{of_months}"
    return head + in_months
