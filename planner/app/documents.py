"""Opening plan files of either kind: `.json` interchange or `.sqlite` store."""

from __future__ import annotations

from pathlib import Path

from planner.domain.model import Plan
from planner.store.errors import PlanFileError
from planner.store.interchange import read_json_file

JSON_SUFFIXES = (".json",)


def is_json_path(path: Path) -> bool:
    return path.suffix.lower() in JSON_SUFFIXES


def read_plan(path: Path) -> Plan:
    """Read a plan from a `.json` interchange file or a `.sqlite` store, read-only."""
    if is_json_path(path):
        return read_json_file(path)
    if not path.exists():
        raise PlanFileError(f"{path}: no such file")
    from planner.store.database import read_plan_file

    return read_plan_file(path)
