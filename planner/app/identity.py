"""A plan's own identifier, so that what is exported from two plans never collides (two
calendars imported side by side keep their events apart).

It is kept in the plan's settings (no schema change): a new identifier for a plan made
by import or on first run; a plan from before is given one derived from its file name
and title, and keeps it from its first opening for editing, so exports made before and
after agree. A `.json` plan, or a read-only file without one, uses the derived one.
"""

from __future__ import annotations

from pathlib import Path
from uuid import NAMESPACE_URL, uuid4, uuid5

from planner.domain.model import Plan
from planner.store.database import PlanStore

PLAN_ID = "plan_id"


def derived_plan_id(plan: Plan, path: Path | None) -> str:
    name = path.name if path is not None else ""
    return str(uuid5(NAMESPACE_URL, f"mandate-planner:{name}:{plan.title}"))


def plan_id_of(store: PlanStore | None, plan: Plan, path: Path | None) -> str:
    """The plan's identifier; kept in the plan the first time it is open for editing."""
    if store is not None:
        found = store.settings().get(PLAN_ID)
        if found:
            return found
        value = derived_plan_id(plan, path)
        if not store.read_only:
            store.set_setting(PLAN_ID, value)
        return value
    return derived_plan_id(plan, path)


def give_new_plan_id(path: Path) -> str:
    """A newly made plan file gets an identifier of its own."""
    value = str(uuid4())
    with PlanStore.open(path) as store:
        store.set_setting(PLAN_ID, value)
    return value


def read_plan_id(path: Path, plan: Plan) -> str:
    """The identifier of a plan file, read without changing anything."""
    if path.suffix.lower() != ".sqlite":
        return derived_plan_id(plan, path)
    with PlanStore.open(path, read_only=True) as store:
        return plan_id_of(store, plan, path)
