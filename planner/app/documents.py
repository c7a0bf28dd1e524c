"""Opening plans of every kind: `.json` interchange, a `.sqlite` store, or a team plan on a
PostgreSQL server (`postgresql://HOST/DATABASE?plan=NAME`)."""

from __future__ import annotations

from pathlib import Path

from planner.domain.bounds import PlanNotComputable, check_plan
from planner.domain.model import Plan
from planner.store.address import PlanLocation, TeamAddress, parse_location
from planner.store.database import create_plan_file, read_plan_file
from planner.store.errors import PlanFileError
from planner.store.interchange import plan_from_text, read_json_file, write_json_file
from planner.store.mapping import out_of_bounds

JSON_SUFFIXES = (".json",)


def is_json_path(path: PlanLocation) -> bool:
    return isinstance(path, Path) and path.suffix.lower() in JSON_SUFFIXES


def read_plan(location: PlanLocation | str) -> Plan:
    """Read a plan from a `.json` interchange file, a `.sqlite` store or a team plan,
    changing nothing; one the engine cannot compute raises PlanOutOfBoundsError naming
    the place."""
    location = parse_location(location) if isinstance(location, str) else location
    if isinstance(location, TeamAddress):
        from planner.store.team import read_team_plan

        plan = read_team_plan(location)
    elif is_json_path(location):
        plan = read_json_file(location)
    else:
        plan = read_plan_file(location)
    try:
        check_plan(plan)  # free after the JSON reader, which checks the same
    except PlanNotComputable as exc:
        raise out_of_bounds(plan, exc.problems) from None
    return plan


def import_json(source: PlanLocation | str, out: PlanLocation | str) -> Plan:
    """`planner import`: validate the JSON, then write a new store at `out` (a file, or a
    new plan on a server), all or nothing."""
    source = parse_location(source) if isinstance(source, str) else source
    out = parse_location(out) if isinstance(out, str) else out
    if not isinstance(source, Path) or not is_json_path(source):
        raise PlanFileError(f"{source}: expected a .json interchange file")
    if is_json_path(out):
        raise PlanFileError(f"{out}: the output of import is a .sqlite plan, not .json")
    plan = read_json_file(source)
    if isinstance(out, TeamAddress):
        from planner.store.team import create_team_plan

        create_team_plan(out, plan)
        return plan
    create_new_plan_file(out, plan)
    return plan


def create_new_plan_file(out: Path, plan: Plan) -> None:
    """Write `plan` as a new store at `out` (all or nothing), unless `out` is open."""
    if is_json_path(out):
        raise PlanFileError(f"{out}: a plan file is .sqlite, not .json")
    create_plan_file(out, plan)  # takes the plan's lock: a plan open for editing is refused


def export_json(plan: Plan, out: Path) -> None:
    """Write `plan` as canonical interchange JSON (atomically)."""
    if not is_json_path(out):
        raise PlanFileError(f"{out}: the output of dump is a .json file")
    write_json_file(plan, out)


def dump_json(source: PlanLocation | str, out: Path) -> Plan:
    """`planner dump`: write any plan as canonical interchange JSON (atomically)."""
    if not is_json_path(out):
        raise PlanFileError(f"{out}: the output of dump is a .json file")
    plan = read_plan(source)
    export_json(plan, out)
    return plan


def default_plan_from_resources() -> Plan:
    from planner.app.resources import resource_text

    return plan_from_text(resource_text("default-plan.json"), "default-plan.json")
