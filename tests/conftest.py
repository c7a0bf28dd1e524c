"""Test configuration: headless Qt, and the shared scenario folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SCENARIOS = REPO.parent / "shared" / "scenarios"
DEFAULT_PLAN = REPO / "resources" / "default-plan.json"


@pytest.fixture
def scenarios() -> Path:
    if not SCENARIOS.is_dir():
        pytest.skip("shared/scenarios is not beside this checkout")
    return SCENARIOS
