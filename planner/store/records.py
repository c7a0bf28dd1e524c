"""The records of a plan, one kind per table: how each is keyed, written as JSON for the
audit and offline operations, and what changed between two plan values."""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from planner.domain.model import Plan
from planner.store import interchange

# plan_info's rows are records too (the plan's title, horizon, calendar date)
INFO_FIELDS = ("title", "horizon_years", "calendar_as_of")


@dataclass(frozen=True, slots=True)
class Kind:
    table: str
    attr: str
    key: Callable[[Any], Hashable]
    to_json: Callable[[Any], dict[str, Any]]


KINDS: tuple[Kind, ...] = (
    Kind("bodies", "bodies", lambda b: b.id, interchange.body_json),
    Kind("session_series", "session_series", lambda s: s.id, interchange.session_series_json),
    Kind("sessions", "sessions", lambda s: s.id, interchange.session_json),
    Kind("event_series", "event_series", lambda s: s.id, interchange.event_series_json),
    Kind("events", "events", lambda e: e.id, interchange.event_json),
    Kind("reports", "reports", lambda r: r.id, interchange.report_json),
    Kind("decisions", "decisions", lambda d: d.symbol, interchange.decision_json),
    Kind("tracking", "tracking", lambda t: t.key, interchange.tracking_json),
)
BY_TABLE = {k.table: k for k in KINDS}
# the method of `interchange.RecordReader` that reads (and checks) one record of a table
READER_METHOD = {
    "bodies": "body",
    "session_series": "session_series",
    "sessions": "session",
    "event_series": "event_series",
    "events": "event",
    "reports": "report",
    "decisions": "decision",
    "mandates": "mandate",  # a row the database recorded (hand-written SQL)
    "tracking": "tracking",
}

# what a person calls each kind of record (audit, conflicts)
NOUNS = {
    "plan_info": "plan",
    "bodies": "body",
    "session_series": "session series",
    "sessions": "session",
    "event_series": "event series",
    "events": "event",
    "reports": "report line",
    "decisions": "decision",
    "tracking": "tracking",
}


@dataclass(frozen=True, slots=True)
class RecordChange:
    """One record an edit wrote: `before`/`after` are domain values (None when absent);
    for plan_info, the text values."""

    table: str
    key: Hashable
    before: Any
    after: Any


def key_text(key: Hashable) -> str:
    """A record key as stored in the audit: the id, or `["report", "session"]` for tracking."""
    return json.dumps(list(key), ensure_ascii=False) if isinstance(key, tuple) else str(key)


def key_from_text(table: str, text: str) -> Hashable:
    return tuple(json.loads(text)) if table == "tracking" else text


def record_json(table: str, item: Any) -> str | None:
    if item is None:
        return None
    if table == "plan_info":
        return json.dumps(item, ensure_ascii=False)
    return json.dumps(BY_TABLE[table].to_json(item), ensure_ascii=False)


def describe(table: str, key: Hashable) -> str:
    """`decision A/RES/70/1`, `tracking rep @ ecosoc-2026`, `plan title`."""
    if isinstance(key, tuple):
        return f"{NOUNS[table]} {key[0]} @ {key[1]}"
    return f"{NOUNS[table]} {key}"


def info_of(plan: Plan) -> dict[str, str]:
    info = {"title": plan.title, "horizon_years": str(plan.horizon_years)}
    if plan.calendar_as_of:
        info["calendar_as_of"] = plan.calendar_as_of
    return info


class RecordIndex:
    """The records of a plan by table and key: each table indexed once, when first asked
    (bringing back 500 records looked each up by walking its table: 12,000 decisions)."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self._tables: dict[str, dict[Hashable, Any]] = {}

    def get(self, table: str, key: Hashable) -> Any:
        """The record `key` of `table`, or None."""
        if table == "plan_info":
            return info_of(self.plan).get(str(key))
        index = self._tables.get(table)
        if index is None:
            kind = BY_TABLE[table]
            items = getattr(self.plan, kind.attr)
            # keys are unique in a plan; were one not, the first would be found, as before
            index = self._tables[table] = {kind.key(x): x for x in reversed(items)}
        return index.get(key)
