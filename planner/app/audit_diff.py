"""What one audited edit changed, field by field: for each record it touched, whether the
record came, went, changed or was a version that lost a conflict, and each field's value
before and after. Values, not words: the History panel words them."""

from __future__ import annotations

import json
from collections.abc import Hashable
from enum import StrEnum
from typing import Any, NamedTuple

from planner.domain.calendar import Calendar
from planner.domain.model import Mandate, Plan
from planner.store.audit import AuditEntry, AuditRecord
from planner.store.errors import PlanFormatError
from planner.store.interchange import RecordReader

# a record's own key is named by the record, not listed as a field that changed
_KEY_FIELDS = {"id", "symbol", "report", "session"}
# fields that say what a record is called, for its heading
_NAME_FIELDS = ("title", "name")


class RecordState(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    NOT_APPLIED = "not-applied"  # a version that lost a conflict: kept in the audit only


class FieldChange(NamedTuple):
    """One field: its interchange key ("mandate" for one of a decision's mandates, then
    `item` is its report), and its value before and after (None: absent). A mandate's
    value is a `Mandate` when the plan can read it, else its interchange dict."""

    field: str
    before: Any
    after: Any
    item: str = ""


class RecordDiff(NamedTuple):
    table: str
    key: Hashable
    state: RecordState
    name: str  # what the record itself is called (title or name), "" if nothing
    fields: tuple[FieldChange, ...]


def entry_diff(plan: Plan, entry: AuditEntry) -> list[RecordDiff]:
    """Every record of an edit, in the order it wrote them."""
    reader: _MandateReader | None = None
    out = []
    for record in entry.records:
        diff = record_diff(record)
        if record.table == "decisions" and any(f.field == "mandate" for f in diff.fields):
            reader = reader or _MandateReader(plan)
            diff = diff._replace(fields=tuple(reader.read(f) for f in diff.fields))
        out.append(diff)
    return out


def record_diff(record: AuditRecord) -> RecordDiff:
    before, after = _value(record.before), _value(record.after)
    if record.note:
        state = RecordState.NOT_APPLIED
    elif before is None:
        state = RecordState.ADDED
    elif after is None:
        state = RecordState.REMOVED
    else:
        state = RecordState.CHANGED
    if record.table == "plan_info":  # one row per setting: its value is the field
        fields = (FieldChange(str(record.key), before, after),) if before != after else ()
        return RecordDiff(record.table, record.key, state, "", fields)
    old = before if isinstance(before, dict) else {}
    new = after if isinstance(after, dict) else {}
    name = next((str(d[f]) for d in (new, old) for f in _NAME_FIELDS if d.get(f)), "")
    whole = before is None or after is None  # a record that came or went: all it holds
    changes: list[FieldChange] = []
    for field in dict.fromkeys([*old, *new]):
        if field in _KEY_FIELDS:
            continue
        if field == "mandates":
            changes += _mandates(old.get(field) or [], new.get(field) or [])
            continue
        was, now = old.get(field), new.get(field)
        if was != now and not (whole and _empty(was if now is None else now)):
            changes.append(FieldChange(field, was, now))
    return RecordDiff(record.table, record.key, state, name, tuple(changes))


def _value(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def _empty(value: object) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _mandates(old: list[Any], new: list[Any]) -> list[FieldChange]:
    """A decision's mandates matched by their report (then by their order for one report)."""

    def keyed(items: list[Any]) -> dict[tuple[str, int], Any]:
        seen: dict[str, int] = {}
        out = {}
        for m in items:
            report = str(m.get("report", "")) if isinstance(m, dict) else ""
            seen[report] = seen.get(report, 0) + 1
            out[(report, seen[report])] = m
        return out

    was, now = keyed(old), keyed(new)
    return [
        FieldChange("mandate", was.get(k), now.get(k), k[0])
        for k in dict.fromkeys([*was, *now])
        if was.get(k) != now.get(k)
    ]


class _MandateReader:
    """Reads a mandate's dict as the plan would (for wording it); a mandate the plan can no
    longer read (its report or session gone) stays a dict."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.reader = RecordReader(plan, Calendar(plan))
        self.body = plan.bodies[0].id if plan.bodies else ""

    def read(self, change: FieldChange) -> FieldChange:
        if change.field != "mandate":
            return change
        return change._replace(before=self._one(change.before), after=self._one(change.after))

    def _one(self, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        reports = {str(data.get(k)) for k in ("report", "into") if data.get(k)}
        self.reader.allow_reports(reports)
        wrapper = {"symbol": "-", "body": self.body, "adopted": "2000-01-01", "mandates": [data]}
        try:
            mandates: tuple[Mandate, ...] = self.reader.decision(wrapper).mandates
        except PlanFormatError:
            return data
        return mandates[0]
