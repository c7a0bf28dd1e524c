"""Where the app keeps its files: the user's data folder (platformdirs), never a fixed path."""

from __future__ import annotations

import json
import os
from pathlib import Path

from platformdirs import user_config_path, user_data_path

from planner.store.errors import PlanError
from planner.store.files import write_text

APP = "mandate-planner"
MAX_RECENT = 10


def data_folder() -> Path:
    """`MANDATE_PLANNER_HOME` overrides the platform folder (tests, portable installs)."""
    override = os.environ.get("MANDATE_PLANNER_HOME")
    return Path(override) / "data" if override else user_data_path(APP, appauthor=False)


def config_folder() -> Path:
    override = os.environ.get("MANDATE_PLANNER_HOME")
    return Path(override) / "config" if override else user_config_path(APP, appauthor=False)


def default_plan_path() -> Path:
    return data_folder() / "default-plan.sqlite"


def backups_folder() -> Path:
    return data_folder() / "backups"


def _recent_file() -> Path:
    return config_folder() / "recent.json"


def recent_plans() -> list[Path]:
    """Recently opened plans that still exist, newest first."""
    try:
        items = json.loads(_recent_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(items, list):
        return []
    return [Path(p) for p in items if isinstance(p, str) and Path(p).exists()]


def remember_plan(path: Path) -> bool:
    """Put `path` first in the recent plans; False if the list cannot be written (an unwritable
    config folder must not stop the plan from opening)."""
    path = path.resolve()
    items = [path] + [p for p in recent_plans() if p.resolve() != path]
    text = json.dumps([str(p) for p in items[:MAX_RECENT]], indent=1)
    try:
        config_folder().mkdir(parents=True, exist_ok=True)
        write_text(_recent_file(), text)
    except (OSError, PlanError):
        return False
    return True
