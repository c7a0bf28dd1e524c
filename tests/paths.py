"""Paths the tests share."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# The shared scenarios (the product contract's worked examples), copied into the tests so
# that they run in any clone; ../shared/scenarios is read instead only while it holds the
# very same files (a changed contract is then noticed when the copy is refreshed).
SCENARIO_COPY = REPO / "tests" / "scenarios"
SHARED_SCENARIOS = REPO.parent / "shared" / "scenarios"


def _same_files(a: Path, b: Path) -> bool:
    names = sorted(p.name for p in a.iterdir() if p.is_file())
    return names == sorted(p.name for p in b.iterdir() if p.is_file()) and all(
        (a / n).read_bytes() == (b / n).read_bytes() for n in names
    )


SCENARIOS = (
    SHARED_SCENARIOS
    if SHARED_SCENARIOS.is_dir() and _same_files(SHARED_SCENARIOS, SCENARIO_COPY)
    else SCENARIO_COPY
)
DEFAULT_PLAN = REPO / "resources" / "default-plan.json"
# The small demonstration plan of the seed (the default plan before the real UN
# calendar): a stable story for tests of behaviour, independent of calendar updates.
SEED_PLAN = REPO / "tests" / "fixtures" / "seed-demo-plan.json"
