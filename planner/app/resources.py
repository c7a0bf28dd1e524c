"""Where the files shipped with the app are, installed or run from a source tree."""

from __future__ import annotations

import json
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path


def resource_root() -> Traversable:
    """`resources/` of the source tree, installed as the package `planner.resources`."""
    try:
        return resources.files("planner.resources")
    except ModuleNotFoundError:  # running from a source tree that was never installed
        return Path(__file__).resolve().parents[2] / "resources"


def resource_text(name: str) -> str:
    return resource_root().joinpath(name).read_text(encoding="utf-8")


def shipped_calendar_as_of() -> str:
    """The day the shipped UN calendar (the default plan's `calendar_as_of`) was last
    checked against its sources, or "" when it does not say."""
    try:
        data = json.loads(resource_text("default-plan.json"))
    except (OSError, ValueError):
        return ""
    value = data.get("calendar_as_of") if isinstance(data, dict) else None
    return value if isinstance(value, str) else ""
