"""Commands that only read a plan never change it, and never leave files beside it."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from as_user import as_a_user
from paths import DEFAULT_PLAN, REPO

from planner.app.documents import import_json, read_plan
from planner.app.workspace import Workspace
from planner.cli.main import main
from planner.store.database import PlanStore

READ_ONLY = stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def edited_plan(tmp_path) -> Path:
    """A plan that has been opened for editing (so its header says WAL), then closed."""
    path = tmp_path / "plan.sqlite"
    import_json(DEFAULT_PLAN, path)
    with PlanStore.open(path) as store:
        store.save(store.plan)
    return path


def _read_only_commands(plan: Path, out: Path) -> list[list[str]]:
    return [
        ["recalc", str(plan)],
        ["recalc", str(plan), "--json"],
        ["dump", str(plan), str(out / "dump.json")],
        ["export-table", str(plan), str(out / "t.csv")],
        ["export-ics", str(plan), str(out / "c.ics")],
    ]


def test_viewing_a_read_only_plan_leaves_no_files_and_it_edits_later(edited_plan, tmp_path):
    """A 0444 plan viewed (CLI and window) gets no read-only -wal/-shm beside it, so once
    made writable again it opens for editing and the edits are saved."""
    out = tmp_path / "out"
    out.mkdir()
    os.chmod(edited_plan, READ_ONLY)
    for args in _read_only_commands(edited_plan, out):
        assert main(args) == 0
    Workspace.open(edited_plan, read_only=True).close()
    with PlanStore.open(edited_plan, read_only=True) as viewer:
        assert viewer.plan.reports
    assert names(edited_plan.parent) == ["out", "plan.sqlite"]
    os.chmod(edited_plan, 0o644)
    with PlanStore.open(edited_plan) as store:
        store.save(replace(store.plan, title="Edited"))
    assert read_plan(edited_plan).title == "Edited"


EDIT = r"""
import sys
from dataclasses import replace
from pathlib import Path
from planner.store.database import PlanStore
with PlanStore.open(Path(sys.argv[1])) as store:
    store.save(replace(store.plan, title="Edited"))
print("saved")
"""


def test_read_only_side_files_left_by_an_older_version_are_tidied(edited_plan):
    """Empty -wal/-shm left read-only beside a plan (by an older version viewing it while it
    was read-only) would make every edit fail."""
    os.chmod(edited_plan, READ_ONLY)
    old_viewer = sqlite3.connect(f"{edited_plan.as_uri()}?mode=ro", uri=True)
    assert old_viewer.execute("SELECT count(*) FROM reports").fetchone()[0] > 0
    old_viewer.close()
    assert names(edited_plan.parent) == ["plan.sqlite", "plan.sqlite-shm", "plan.sqlite-wal"]
    os.chmod(edited_plan, 0o644)
    done = subprocess.run(
        as_a_user([sys.executable, "-c", EDIT, str(edited_plan)]),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.stdout == "saved\n", done.stderr
    assert read_plan(edited_plan).title == "Edited"


CRASHED_EDITOR = r"""
import os, sys
from dataclasses import replace
from pathlib import Path
from planner.store.database import PlanStore
store = PlanStore.open(Path(sys.argv[1]))
keep = store.engine.connect()  # held open, so closing the others never checkpoints
store.save(replace(store.plan, title="Committed, still in the WAL"))
os._exit(0)  # the editor dies: its committed edit waits in the -wal file
"""


@pytest.fixture
def plan_with_wal(edited_plan) -> Path:
    subprocess.run(
        [sys.executable, "-c", CRASHED_EDITOR, str(edited_plan)], cwd=REPO, timeout=120, check=True
    )
    assert Path(f"{edited_plan}-wal").stat().st_size > 0
    return edited_plan


@pytest.mark.parametrize("writable", [True, False], ids=["writable", "read-only"])
def test_read_only_commands_do_not_checkpoint_a_leftover_wal(plan_with_wal, tmp_path, writable):
    """The edit waiting in the WAL is seen, yet the plan file keeps its bytes and mtime."""
    out = tmp_path / "out"
    out.mkdir()
    if not writable:
        os.chmod(plan_with_wal, READ_ONLY)
    before = fingerprint(plan_with_wal)
    for args in _read_only_commands(plan_with_wal, out):
        assert main(args) == 0
        assert fingerprint(plan_with_wal) == before, args
    dumped = json.loads((out / "dump.json").read_text(encoding="utf-8"))
    assert dumped["title"] == "Committed, still in the WAL"
    with PlanStore.open(plan_with_wal, read_only=True) as viewer:
        assert viewer.plan.title == "Committed, still in the WAL"
    assert fingerprint(plan_with_wal) == before


def test_a_leftover_wal_in_a_read_only_folder_still_reads(plan_with_wal):
    """No -shm beside the WAL, and none can be made: the plan still opens (as it stands)."""
    Path(f"{plan_with_wal}-shm").unlink()
    folder = plan_with_wal.parent
    os.chmod(folder, stat.S_IRUSR | stat.S_IXUSR)
    try:
        done = subprocess.run(
            as_a_user([sys.executable, "-m", "planner.cli.main", "recalc", str(plan_with_wal)]),
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        os.chmod(folder, 0o755)
    assert done.returncode == 0, done.stderr
    assert "requirements" in done.stdout


def test_reading_a_writable_plan_changes_nothing_and_leaves_nothing(edited_plan, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    before = fingerprint(edited_plan)
    for args in _read_only_commands(edited_plan, out):
        assert main(args) == 0
    assert fingerprint(edited_plan) == before
    assert names(edited_plan.parent) == ["out", "plan.sqlite"]


def test_a_new_plan_over_one_with_a_leftover_wal_does_not_inherit_it(plan_with_wal, tmp_path):
    """import (and Save As) replace the file; the old file's WAL must not be replayed into it."""
    assert main(["import", str(DEFAULT_PLAN), str(plan_with_wal)]) == 0
    assert read_plan(plan_with_wal) == read_plan(DEFAULT_PLAN)
    conn = sqlite3.connect(plan_with_wal)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    other = tmp_path / "other.sqlite"
    import_json(DEFAULT_PLAN, other)
    with PlanStore.open(other) as store:
        store.save(replace(store.plan, title="Saved as"))
    subprocess.run(
        [sys.executable, "-c", CRASHED_EDITOR, str(plan_with_wal)],
        cwd=REPO,
        timeout=120,
        check=True,
    )
    with PlanStore.open(other) as store:
        store.copy_to(plan_with_wal)
    assert read_plan(plan_with_wal).title == "Saved as"
