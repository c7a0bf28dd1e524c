"""Paths the tests share."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SCENARIOS = REPO.parent / "shared" / "scenarios"
DEFAULT_PLAN = REPO / "resources" / "default-plan.json"
# The small demonstration plan of the seed (the default plan before the real UN
# calendar): a stable story for tests of behaviour, independent of calendar updates.
SEED_PLAN = REPO / "tests" / "fixtures" / "seed-demo-plan.json"
