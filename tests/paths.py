"""Paths the tests share."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SCENARIOS = REPO.parent / "shared" / "scenarios"
DEFAULT_PLAN = REPO / "resources" / "default-plan.json"
