"""Killing the app mid-edit loses no committed edit and leaves an intact file (SPEC §9)."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time

from paths import DEFAULT_PLAN

from planner.app.documents import import_json, read_plan

EDITOR = r"""
import sys
from dataclasses import replace
from pathlib import Path
from planner.domain.model import Tracking, TrackingStatus
from planner.store.database import PlanStore
store = PlanStore.open(Path(sys.argv[1]))
plan = store.plan
for i in range(100000):
    t = Tracking("conf-followup", f"edit-{i}", TrackingStatus.FORECAST, notes="x" * 2000)
    plan = replace(plan, tracking=(*plan.tracking, t), title=f"edit {i}")
    store.save(plan)
    print(i, flush=True)
"""

IMPORTER = r"""
import sys
from pathlib import Path
from planner.app.documents import import_json
print("start", flush=True)
while True:
    import_json(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def _kill_after(proc: subprocess.Popen, lines: int, delay: float = 0.0) -> list[str]:
    seen: list[str] = []
    assert proc.stdout is not None
    while len(seen) < lines:
        line = proc.stdout.readline()
        assert line, proc.stderr.read() if proc.stderr else "editor ended early"
        seen.append(line.strip())
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    return seen


def test_sigkill_during_a_burst_of_edits_keeps_every_reported_edit(tmp_path):
    path = tmp_path / "plan.sqlite"
    import_json(DEFAULT_PLAN, path)
    proc = subprocess.Popen(
        [sys.executable, "-c", EDITOR, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    done = _kill_after(proc, 40)
    last = int(done[-1])
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    plan = read_plan(path)
    sessions = {t.session for t in plan.tracking}
    assert {f"edit-{i}" for i in range(last + 1)} <= sessions
    assert plan.title.startswith("edit ")
    assert int(plan.title.split()[1]) >= last


def test_sigkill_during_import_leaves_the_existing_file_intact(tmp_path):
    out = tmp_path / "out.sqlite"
    import_json(DEFAULT_PLAN, out)
    before = read_plan(out)
    proc = subprocess.Popen(
        [sys.executable, "-c", IMPORTER, str(DEFAULT_PLAN), str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    _kill_after(proc, 1, delay=0.25)  # several imports in, one of them under way
    assert read_plan(out) == before
    conn = sqlite3.connect(out)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
