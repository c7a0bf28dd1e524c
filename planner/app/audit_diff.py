"""What one audited edit changed, field by field: for each record it touched, whether the
record came, went, changed or was a version that lost a conflict, and each field's value
before and after. Values, not words: the History panel words them."""

from __future__ import annotations

import json
from collections.abc import Hashable
from enum import StrEnum
from typing import Any, NamedTuple

from planner.app.audit_rows import (
    decision_of_mandate,
    decision_symbols,
    mandate_of_row,
    record_of_row,
)
from planner.domain.calendar import Calendar
from planner.domain.model import Mandate, Plan
from planner.store.audit import AuditEntry, AuditRecord
from planner.store.errors import PlanFormatError
from planner.store.interchange import RecordReader

# a record's own key is named by the record, not listed as a field that changed
_KEY_FIELDS = {"id", "symbol", "report", "session"}
# fields that say what a record is called, for its heading
_NAME_FIELDS = ("title", "name")


# the field of a decision's mandates' order (its values: their reports, in order), and of
# one mandate's place in it when a hand-written edit moved its row (0 the first)
MANDATE_ORDER = "mandate_order"
MANDATE_POSITION = "mandate_position"


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
    """Every record of an edit, in the order it wrote them; an edit made outside the
    planner (`by_hand`) as its rows read as records (see `hand_diff`)."""
    diffs = hand_diff(entry) if entry.by_hand else [record_diff(r) for r in entry.records]
    reader: _MandateReader | None = None
    out = []
    for diff in diffs:
        if any(f.field == "mandate" for f in diff.fields):
            reader = reader or _MandateReader(plan)
            diff = diff._replace(fields=tuple(reader.read(f) for f in diff.fields))
        out.append(diff)
    return out


def touched(entry: AuditEntry) -> list[tuple[str, Hashable]]:
    """The records an edit wrote, as the planner names them (table, key), each once: a
    mandate changed by hand is a change of its decision."""
    if not entry.by_hand:
        return list(dict.fromkeys((r.table, r.key) for r in entry.records))
    return list(dict.fromkeys((d.table, d.key) for d in hand_diff(entry)))


def record_diff(record: AuditRecord) -> RecordDiff:
    return _diff(
        record.table, record.key, _value(record.before), _value(record.after), bool(record.note)
    )


def hand_diff(entry: AuditEntry) -> list[RecordDiff]:
    """The rows an edit made outside the planner wrote, as the records they are: columns
    named by their interchange keys, bookkeeping columns left out, a mandate's row under
    its decision (when the edit's rows name it: the database raises the decision's
    version with its mandates), else under its own row's key. Rows that are not rows
    (not JSON objects) list nothing but their heading."""
    rows = _collapsed(entry.records)
    symbols = decision_symbols([(b, a) for r, b, a in rows if r.table == "decisions"])
    out: dict[tuple[str, Hashable], RecordDiff] = {}
    for record, before, after in rows:
        if record.table == "mandates" and _is_row(before) and _is_row(after):
            pk = decision_of_mandate(after if after is not None else before)
            change = _mandate_row_change(before, after)
            if pk in symbols:
                if change is None:  # rewritten as it was
                    continue
                symbol, title = symbols[pk]
                under = out.get(("decisions", symbol)) or RecordDiff(
                    "decisions", symbol, RecordState.CHANGED, title, ()
                )
                out[("decisions", symbol)] = under._replace(fields=(*under.fields, change))
                continue
            # its decision not among the edit's rows: the mandate under its own row
            diff = _diff("mandates", record.key, before, after, False)
            out[("mandates", record.key)] = diff._replace(fields=(change,) if change else ())
            continue
        diff = _diff(
            record.table,
            record.key,
            record_of_row(record.table, before),
            record_of_row(record.table, after),
            False,
        )
        mandates = out.get((diff.table, diff.key))
        if mandates is not None:  # they came first: the decision's own fields before them
            diff = diff._replace(fields=(*diff.fields, *mandates.fields))
        out[(diff.table, diff.key)] = diff
    return list(out.values())


def _collapsed(records: tuple[AuditRecord, ...]) -> list[tuple[AuditRecord, Any, Any]]:
    """Each row once, as it was before the edit and as the edit left it: hand-written SQL
    may change a row twice (moving two mandates past each other goes through a spare
    position), and what a reader wants is where it started and where it ended."""
    rows: dict[tuple[str, Hashable], tuple[AuditRecord, Any, Any]] = {}
    for record in records:
        seen = rows.get((record.table, record.key))
        after = _value(record.after)
        if seen is None:
            rows[(record.table, record.key)] = (record, _value(record.before), after)
        else:
            rows[(record.table, record.key)] = (seen[0], seen[1], after)
    return list(rows.values())


def _is_row(value: Any) -> bool:
    return value is None or isinstance(value, dict)


def _mandate_row_change(before: Any, after: Any) -> FieldChange | None:
    was = None if before is None else mandate_of_row(before)
    now = None if after is None else mandate_of_row(after)
    report = next((str(m["report"]) for m in (now, was) if m and m.get("report")), "")
    if was != now:
        return FieldChange("mandate", was, now, report)
    if before is not None and after is not None and before.get("position") != after.get("position"):
        return FieldChange(MANDATE_POSITION, before.get("position"), after.get("position"), report)
    return None


def _diff(table: str, key: Hashable, before: Any, after: Any, lost: bool) -> RecordDiff:
    if lost:
        state = RecordState.NOT_APPLIED
    elif before is None:
        state = RecordState.ADDED
    elif after is None:
        state = RecordState.REMOVED
    else:
        state = RecordState.CHANGED
    if table == "plan_info":  # one row per setting: its value is the field
        fields = (FieldChange(str(key), before, after),) if before != after else ()
        return RecordDiff(table, key, state, "", fields)
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
    return RecordDiff(table, key, state, name, tuple(changes))


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
    changes = [
        FieldChange("mandate", was.get(k), now.get(k), k[0])
        for k in dict.fromkeys([*was, *now])
        if was.get(k) != now.get(k)
    ]
    if [k for k in was if k in now] != [k for k in now if k in was]:  # the same, reordered
        changes.append(FieldChange(MANDATE_ORDER, [k[0] for k in was], [k[0] for k in now]))
    return changes


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
