"""Where the app keeps its files: the user's data folder (platformdirs), never a fixed path."""

from __future__ import annotations

import json
import os
from pathlib import Path

from platformdirs import user_config_path, user_data_path

from planner.store.address import PlanLocation, TeamAddress, is_team_url, parse_team_url
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


def _recent_items() -> list[str]:
    try:
        items = json.loads(_recent_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [p for p in items if isinstance(p, str)] if isinstance(items, list) else []


def recent_plans() -> list[Path]:
    """Recently opened plan files that still exist, newest first (no team plans: what a
    window opens on start must not wait for a server)."""
    return [Path(p) for p in _recent_items() if not is_team_url(p) and Path(p).exists()]


def recent_locations() -> list[PlanLocation]:
    """Recently opened plans, newest first: plan files that still exist, and team plans
    (by their address, which never holds a password)."""
    out: list[PlanLocation] = []
    for item in _recent_items():
        if not is_team_url(item):
            if Path(item).exists():
                out.append(Path(item))
            continue
        try:
            out.append(parse_team_url(item))
        except PlanError:  # written by hand, or by a version with other rules
            continue
    return out


def remember_plan(location: PlanLocation) -> bool:
    """Put a plan file or a team plan first in the recent plans; False if the list cannot
    be written (an unwritable config folder must not stop the plan from opening). A team
    plan is remembered by its address without any password (libpq's .pgpass or service
    file gives it again)."""
    entry = location.display if isinstance(location, TeamAddress) else str(location.resolve())
    kept = (p if is_team_url(p) else str(Path(p).resolve()) for p in _recent_items())
    items = list(dict.fromkeys([entry, *(p for p in kept if is_team_url(p) or Path(p).exists())]))
    text = json.dumps(items[:MAX_RECENT], indent=1)
    try:
        config_folder().mkdir(parents=True, exist_ok=True)
        write_text(_recent_file(), text)
    except (OSError, PlanError):
        return False
    return True
