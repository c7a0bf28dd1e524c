"""A plan's own identifier, so that what is exported from two plans never collides (two
calendars imported side by side keep their events apart).

It is derived from the plan's file name and title, and kept in the plan's settings (no
schema change) from the first time the plan is open for editing, so it stays the same
when the file or the plan is renamed later, and exports made before and after agree. A
new file is left as it was written (nothing opens it for editing but the user); a
`.json` plan, or a read-only file without one, uses the derived identifier.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from uuid import NAMESPACE_URL, uuid5

from planner.domain.model import Plan
from planner.store.database import PlanStore

if TYPE_CHECKING:
    from planner.store.team import TeamStore

PLAN_ID = "plan_id"


def derived_plan_id(plan: Plan, path: Path | None) -> str:
    name = path.name if path is not None else ""
    text = f"mandate-planner:{name}:{plan.title}"  # text as written, even a lone surrogate
    return str(uuid5(NAMESPACE_URL, text.encode("utf-8", "replace").decode("utf-8")))


def plan_id_of(store: PlanStore | TeamStore | None, plan: Plan, path: Path | None) -> str:
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


def read_plan_id(path: Path, plan: Plan) -> str:
    """The identifier of a plan file, read without changing anything."""
    if path.suffix.lower() != ".sqlite":
        return derived_plan_id(plan, path)
    with PlanStore.open(path, read_only=True) as store:
        return plan_id_of(store, plan, path)
