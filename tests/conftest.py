"""Test configuration: headless Qt, and the shared scenario folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from paths import SCENARIOS

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def scenarios() -> Path:
    if not SCENARIOS.is_dir():
        pytest.skip("shared/scenarios is not beside this checkout")
    return SCENARIOS
