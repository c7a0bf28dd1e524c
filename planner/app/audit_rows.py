"""A row the database recorded for an edit made outside the planner (hand-written SQL),
read as the planner's record: its columns named by their interchange keys, the
bookkeeping columns left out, a mandate's row as one of its decision's mandates.

The database's triggers record each row as JSON of its columns (`store.server_side`):
`version`, `position`, a decision's surrogate `pk`, a mandate's `decision` (that pk) and
the rule of a mandate spread over `rule_*` columns. Values, not words: a column with no
interchange key keeps its own name, for the History panel to show as it is."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

# the columns whose interchange key has another name, by table (store/mapping.py writes
# a series' `from` as its `start` column)
COLUMN_KEYS: dict[str, dict[str, str]] = {
    "session_series": {"start": "from"},
    "event_series": {"start": "from"},
}
# what only the database keeps: the record's version, its place in a list, and the
# surrogate keys that tie a mandate to its decision (not the key a person knows)
BOOKKEEPING: dict[str, frozenset[str]] = {
    "decisions": frozenset({"version", "position", "pk"}),
    "mandates": frozenset({"version", "position", "pk", "decision"}),
}
_ALWAYS = frozenset({"version", "position"})
# a mandate's rule: its columns and the rule's interchange keys
_RULE_COLUMNS = {
    "at_session": (("rule_session", "session"),),
    "next_session": (("prep_weeks", "prep_weeks"),),
    "after_event": (("rule_event", "event"), ("prep_weeks", "prep_weeks")),
    "periodic": (("every_years", "every_years"), ("until_year", "until")),
    "with_series": (
        ("rule_series", "series"),
        ("prep_weeks", "prep_weeks"),
        ("from_date", "from"),
        ("until_date", "until"),
    ),
}
_MANDATE_REFS = ("from_session", "to_session", "into")


def hidden(table: str) -> frozenset[str]:
    """The columns of `table` a desk officer is not shown."""
    return BOOKKEEPING.get(table, _ALWAYS)


def record_of_row(table: str, row: object) -> Any:
    """A content table's row (a dict of its columns) as the planner's record of that
    table: for `plan_info`, the setting's value; a mandate as `mandate_of_row`; anything
    else that is not a row comes back as it is."""
    if not isinstance(row, dict):
        return row
    if table == "plan_info":
        return row.get("value")
    if table == "mandates":
        return mandate_of_row(row)
    renamed = COLUMN_KEYS.get(table, {})
    skip = hidden(table)
    return {renamed.get(str(k), str(k)): v for k, v in row.items() if k not in skip}


def mandate_of_row(row: dict[str, Any]) -> dict[str, Any]:
    """A `mandates` row as a mandate of the interchange format (as `decision_json` writes
    one); a rule of a type the planner does not know keeps its columns as they are."""
    out: dict[str, Any] = {"report": row.get("report"), "effect": row.get("effect")}
    kind = row.get("rule_type")
    if kind is not None:
        rule: dict[str, Any] = {"type": kind, "body": row.get("rule_body")}
        if kind == "periodic":
            first = row.get("first_session")
            rule["first"] = row.get("first_year") if first is None else first
        known = _RULE_COLUMNS.get(str(kind))
        if known is None:  # not a rule the planner writes: every rule column, raw
            known = tuple(
                (k, k) for k in row if k.startswith("rule_") and k not in ("rule_type", "rule_body")
            )
        for column, key in known:
            rule[key] = row.get(column)
        out["rule"] = rule
    for key in _MANDATE_REFS:
        if row.get(key) is not None:
            out[key] = row[key]
    return out


def decision_of_mandate(row: object) -> Hashable | None:
    """The surrogate key of the decision a `mandates` row belongs to (None if unreadable)."""
    if not isinstance(row, dict):
        return None
    pk = row.get("decision")
    return pk if isinstance(pk, int | str) and not isinstance(pk, bool) else None


def decision_symbols(rows: list[tuple[object, object]]) -> dict[Hashable, tuple[str, str]]:
    """From `decisions` rows (before, after), each surrogate key's symbol and title (the
    later row's when the symbol changed)."""
    out: dict[Hashable, tuple[str, str]] = {}
    for pair in rows:
        for row in pair:
            if isinstance(row, dict) and isinstance(row.get("symbol"), str):
                pk = decision_of_mandate({"decision": row.get("pk")})
                if pk is not None:
                    out[pk] = (row["symbol"], str(row.get("title") or ""))
    return out
