"""A plan that cannot be edited here opens read-only and says why, instead of failing."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

from as_user import as_a_user
from paths import DEFAULT_PLAN, REPO

from planner.app.documents import import_json
from planner.app.session import builtin_default_plan, ensure_default_plan
from planner.store.errors import PlanReadOnlyError
from planner.ui.launch import open_workspace


def test_a_plan_in_a_read_only_folder_opens_read_only_with_the_reason(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    import_json(DEFAULT_PLAN, folder / "plan.sqlite")
    os.chmod(folder, stat.S_IRUSR | stat.S_IXUSR)
    try:
        ws = open_workspace(folder / "plan.sqlite", read_only=False, today=None)
        assert ws is not None and ws.read_only
        assert ws.read_only_detail == f"the folder {folder} is not writable"
        ws.close()
    finally:
        os.chmod(folder, 0o755)


def test_no_data_folder_shows_the_built_in_default_plan_read_only(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    (home / "data").write_text("a file where the data folder should be")
    monkeypatch.setenv("MANDATE_PLANNER_HOME", str(home))
    try:
        ensure_default_plan()
    except PlanReadOnlyError as exc:
        reason = exc.reason
    else:
        raise AssertionError("the default plan cannot be made there")
    assert reason.startswith(f"the default plan cannot be created in {home / 'data'}")
    ws = open_workspace(builtin_default_plan(), read_only=False, today=None, reason=reason)
    assert ws is not None and ws.read_only and ws.read_only_detail == reason
    assert ws.plan.reports


def _first_paint(home, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MANDATE_PLANNER_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        as_a_user([sys.executable, "-m", "planner.cli.main", *args, "--quit-after-paint"]),
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_an_unwritable_home_still_opens_the_window(tmp_path):
    """First run where the data folder cannot be created: the window opens, read-only."""
    home = tmp_path / "home"
    home.mkdir()
    os.chmod(home, stat.S_IRUSR | stat.S_IXUSR)
    try:
        done = _first_paint(home)
    finally:
        os.chmod(home, 0o755)
    assert done.returncode == 0, done.stderr
    assert "first-paint" in done.stdout


def test_a_lock_note_that_cannot_be_opened_still_opens_the_window(tmp_path):
    home = tmp_path / "home"
    plan = home / "data" / "default-plan.sqlite"
    plan.parent.mkdir(parents=True)
    import_json(DEFAULT_PLAN, plan)
    note = plan.with_name(f".{plan.name}.lock")
    note.write_text("")
    os.chmod(note, 0)
    done = _first_paint(home, str(plan))
    assert done.returncode == 0, done.stderr
    assert "first-paint" in done.stdout
