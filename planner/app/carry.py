"""Carrying an edit onto a plan that moved on meanwhile (a team plan: others' edits)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from planner.domain.model import Plan
from planner.store.records import KINDS


def carry_edit(current: Plan, old: Plan, new: Plan) -> Plan:
    """The edit old → new made on `current` instead: only the records it changed take its
    values. Undo and redo use it, so undoing one's edit of a team plan never puts back
    records others changed since (those stay; a record both changed is refused as a
    conflict when saved). On a plan nobody else edits, `current` is `old`: `new` itself."""
    if current is old:
        return new
    changes: dict[str, Any] = {}
    for field in ("title", "horizon_years", "calendar_as_of"):
        if getattr(old, field) != getattr(new, field):
            changes[field] = getattr(new, field)
    for kind in KINDS:
        before, after = getattr(old, kind.attr), getattr(new, kind.attr)
        if before is after:
            continue
        was = {kind.key(x): x for x in before}
        now = {kind.key(x): x for x in after}
        touched = {k for k in was.keys() | now.keys() if was.get(k) is not now.get(k)}
        if not touched:
            continue
        items = getattr(current, kind.attr)
        out = []
        for x in items:
            k = kind.key(x)
            if k not in touched:
                out.append(x)
            elif k in now:  # (a record the edit removed is left out)
                out.append(now[k])
        have = {kind.key(x) for x in items}
        out += [x for k, x in now.items() if k in touched and k not in have]
        changes[kind.attr] = tuple(out)
    return replace(current, **changes)
