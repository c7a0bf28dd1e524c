"""Which plan to open on start, and creating the default plan on first run."""

from __future__ import annotations

from pathlib import Path

from planner.app.documents import default_plan_from_resources, is_json_path
from planner.app.locations import default_plan_path, recent_plans
from planner.app.resources import resource_root
from planner.store.address import PlanLocation
from planner.store.database import create_plan_file
from planner.store.errors import PlanFileError, PlanReadOnlyError


def ensure_default_plan() -> Path:
    """The default plan in the user's data folder, created from the seed on first run.

    PlanReadOnlyError if it cannot be made there (an unwritable data folder): the
    caller can show the built-in default plan read-only, saying why."""
    path = default_plan_path()
    if not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            create_plan_file(path, default_plan_from_resources())
        except (OSError, PlanFileError) as exc:
            why = exc.strerror if isinstance(exc, OSError) else str(exc)
            reason = f"the default plan cannot be created in {path.parent} ({why})"
            raise PlanReadOnlyError(f"{path}: {reason}", reason) from None
    return path


def builtin_default_plan() -> Path:
    """The default plan shipped with the app (interchange JSON; opens read-only)."""
    return Path(str(resource_root().joinpath("default-plan.json")))


def plan_to_open(requested: PlanLocation | None) -> PlanLocation:
    """`planner PLAN` opens PLAN; `planner` the last plan, or the default plan."""
    if requested is not None:
        return requested
    recent = [p for p in recent_plans() if not is_json_path(p)]
    return recent[0] if recent else ensure_default_plan()
