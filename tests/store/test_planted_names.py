"""Names planted by someone else in a shared folder never make the planner write elsewhere.

Each test does what an attacker with write access to the folder could do (a
symbolic or hard link, or a file, under the name the planner is about to use),
then lets the user work as usual, and checks the other file is untouched.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from paths import DEFAULT_PLAN, REPO

from planner.app.documents import import_json, read_plan
from planner.cli.main import main
from planner.store.backups import make_backup
from planner.store.database import PlanStore
from planner.store.errors import PlanLockedError

FIXTURES = REPO / "tests" / "fixtures"
OTHER = b"the user's other file: must never change\n"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def victim(tmp_path) -> Path:
    """A file of the user's elsewhere, which planted links point at."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    path = folder / "thesis.docx"
    path.write_bytes(OTHER)
    return path


@pytest.fixture
def shared(tmp_path) -> Path:
    folder = tmp_path / "shared"
    folder.mkdir()
    return folder


@pytest.fixture
def plan(shared) -> Path:
    path = shared / "plan.sqlite"
    import_json(DEFAULT_PLAN, path)
    return path


def test_lock_file_link_is_not_followed_or_truncated(plan, victim):
    (plan.parent / f".{plan.name}.lock").symlink_to(victim)
    with PlanStore.open(plan) as store:
        store.save(store.plan)
    assert victim.read_bytes() == OTHER


def test_lock_file_hard_link_is_not_written(plan, victim, shared):
    other = shared / "notes.txt"
    other.write_bytes(OTHER)
    os.link(other, shared / f".{plan.name}.lock")
    with PlanStore.open(plan):
        pass
    assert other.read_bytes() == OTHER


def test_a_planted_lock_file_that_cannot_be_opened_does_not_stop_editing(plan):
    (plan.parent / f".{plan.name}.lock").mkdir()  # not a file at all
    with PlanStore.open(plan) as store:
        assert not store.read_only
        store.save(store.plan)


@pytest.mark.parametrize("link", ["symlink", "hardlink"])
def test_the_lock_belongs_to_the_file_not_to_a_name(plan, shared, tmp_path, link):
    other_name = tmp_path / "another-folder" / "same-plan.sqlite"
    other_name.parent.mkdir()
    if link == "symlink":
        other_name.symlink_to(plan)
    else:
        os.link(plan, other_name)
    with (
        PlanStore.open(plan),
        pytest.raises(PlanLockedError, match="already open in Mandate Planner"),
    ):
        PlanStore.open(other_name)
    with PlanStore.open(other_name), pytest.raises(PlanLockedError):
        PlanStore.open(plan)


def test_import_refuses_to_replace_a_plan_open_for_editing(plan, capsys):
    inode = plan.stat().st_ino
    with PlanStore.open(plan) as store:
        assert main(["import", str(DEFAULT_PLAN), str(plan)]) == 2
        err = capsys.readouterr().err
        assert "already open in Mandate Planner" in err and err.count("\n") == 1
        store.save(replace(store.plan, title="Edited while someone tried to import"))
    assert plan.stat().st_ino == inode  # not replaced under the editor
    assert read_plan(plan).title == "Edited while someone tried to import"
    assert sorted(p.name for p in plan.parent.iterdir()) == ["plan.sqlite"]
    assert main(["import", str(DEFAULT_PLAN), str(plan)]) == 0  # once closed, it may


def test_import_through_a_link_to_an_open_plan_is_refused_too(plan, tmp_path, capsys):
    link = tmp_path / "link.sqlite"
    link.symlink_to(plan)
    with PlanStore.open(plan):
        assert main(["import", str(DEFAULT_PLAN), str(link)]) == 2
    assert "already open" in capsys.readouterr().err


def test_save_as_refuses_to_replace_a_plan_open_for_editing(plan, shared):
    other = shared / "other.sqlite"
    import_json(DEFAULT_PLAN, other)
    inode = other.stat().st_ino
    with PlanStore.open(plan) as store, PlanStore.open(other) as editor:
        store.save(replace(store.plan, title="Mine"))
        with pytest.raises(PlanLockedError, match="already open in Mandate Planner"):
            store.copy_to(other)
        editor.save(replace(editor.plan, title="Theirs"))
    assert other.stat().st_ino == inode
    assert read_plan(other).title == "Theirs"


def test_migration_backup_never_follows_a_planted_link(shared, victim):
    """An old plan in a shared folder: links planted under every backup name of the next
    minute must not let the old schema overwrite another of the user's plans."""
    other_plan = shared / "budget.sqlite"
    import_json(DEFAULT_PLAN, other_plan)
    other_before = digest(other_plan)
    old = shared / "old.sqlite"
    shutil.copyfile(FIXTURES / "schema-v0001.sqlite", old)
    now = datetime(2026, 11, 27, 9, 30)
    for second in range(60):
        stamp = (now + timedelta(seconds=second)).strftime("%Y%m%d-%H%M%S")
        (shared / f"old.sqlite.bak-v0001-{stamp}").symlink_to(other_plan)
    (shared / "old.sqlite.bak-v0001-20261127-093000-2").symlink_to(victim)
    with PlanStore.open(old, now=now) as store:
        made = store.backup_made
        assert made is not None and not made.is_symlink()
        assert made.name == "old.sqlite.bak-v0001-20261127-093000-3"
        assert read_plan(made).reports and store.plan.reports
    assert digest(other_plan) == other_before
    assert victim.read_bytes() == OTHER


def test_periodic_backup_never_follows_or_replaces_a_planted_name(plan, tmp_path, victim):
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 11, 27, 12, 0)
    (folder / "plan-20261127-120000.sqlite").symlink_to(victim)
    with PlanStore.open(plan) as store, store.raw() as conn:
        made = make_backup(conn, plan, folder, now)
    assert victim.read_bytes() == OTHER
    assert made.name == "plan-20261127-120000-2.sqlite"
    assert read_plan(made).reports


@pytest.mark.parametrize(
    ("command", "out"),
    [
        ("dump", "plan.json"),
        ("export-table", "table.csv"),
        ("export-table", "table.xlsx"),
        ("export-ics", "calendar.ics"),
        ("import", "copy.sqlite"),
    ],
)
def test_writers_never_write_through_a_planted_temporary_name(shared, victim, command, out):
    """Every name an earlier version used for its temporary file, planted as a link."""
    names = [f".{out}.partial", f".{out}.partial{Path(out).suffix}", f".{out}.lock"]
    names += [f".{out}.{c * 8}.tmp" for c in "abcdefghijklmnopqrstuvwxyz0123456789_"]
    for name in names:
        (shared / name).symlink_to(victim)
    source = str(DEFAULT_PLAN)
    assert main([command, source, str(shared / out)]) == 0
    assert victim.read_bytes() == OTHER
    assert not (shared / out).is_symlink()


def test_another_exports_temporary_file_is_left_alone(shared):
    """Two exports to one target at once must not share a temporary file."""
    busy = shared / ".table.xlsx.partial"
    busy.write_bytes(b"another export, half written")
    assert main(["export-table", str(DEFAULT_PLAN), str(shared / "table.xlsx")]) == 0
    assert busy.read_bytes() == b"another export, half written"


def test_a_link_at_the_target_is_replaced_not_followed(shared, victim):
    out = shared / "table.csv"
    out.symlink_to(victim)
    assert main(["export-table", str(DEFAULT_PLAN), str(out)]) == 0
    assert victim.read_bytes() == OTHER
    assert not out.is_symlink() and out.read_text(encoding="utf-8-sig").startswith("Report title")


KILLED_IMPORT = r"""
import os, sys
from pathlib import Path
import planner.store.database as database
real = database.write_all
def write_then_die(conn, plan, *rest):
    real(conn, plan, *rest)
    os._exit(9)  # killed in the middle of an import
database.write_all = write_then_die
from planner.app.documents import import_json
import_json(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def test_temporary_files_of_a_killed_writer_are_cleaned_up_later(shared, victim):
    """A killed import leaves its temporary file; the next write in that folder removes it
    once it is an hour old, and never touches anything that is not ours."""
    out = shared / "plan.sqlite"
    subprocess.run(
        [sys.executable, "-c", KILLED_IMPORT, str(DEFAULT_PLAN), str(out)],
        cwd=REPO,
        timeout=120,
        check=False,
    )
    leftovers = sorted(p.name for p in shared.iterdir())
    assert leftovers and "plan.sqlite" not in leftovers  # the kill left something behind
    hour_ago = time.time() - 3700
    for name in leftovers:
        os.utime(shared / name, (hour_ago, hour_ago))
    look_alike = shared / ".plan.sqlite.zzzzzzzz.planner-tmp"
    look_alike.symlink_to(victim)  # matches the pattern, but a link: not ours to remove
    fresh = shared / ".other.csv.yyyyyyyy.planner-tmp"
    fresh.write_bytes(b"an export under way right now")
    assert main(["dump", str(DEFAULT_PLAN), str(shared / "plan.json")]) == 0
    assert sorted(p.name for p in shared.iterdir()) == sorted(
        [look_alike.name, fresh.name, "plan.json"]
    )
    assert victim.read_bytes() == OTHER


def test_failed_writes_leave_no_temporary_file(shared, monkeypatch, capsys):
    """A full disk met by our own write: one line naming the target, nothing left behind."""
    import errno

    real = os.write

    def full(fd: int, data) -> int:
        if fd > 2:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(fd, data)

    monkeypatch.setattr(os, "write", full)
    for command, out in [
        ("dump", "p.json"),
        ("export-table", "t.csv"),
        ("export-table", "t.xlsx"),
        ("export-ics", "c.ics"),
    ]:
        assert main([command, str(DEFAULT_PLAN), str(shared / out)]) == 2
        err = capsys.readouterr().err
        assert err == f"planner: {shared / out}: cannot write (No space left on device)\n"
    assert list(shared.iterdir()) == []


def test_json_dump_keeps_a_private_file_private(shared):
    out = shared / "plan.json"
    out.write_text("{}")
    os.chmod(out, 0o600)
    assert main(["dump", str(DEFAULT_PLAN), str(out)]) == 0
    assert out.stat().st_mode & 0o777 == 0o600
    assert json.loads(out.read_text())["format"] == "mandate-planner/1"


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to plant a file of another user")
def test_a_file_planted_at_the_target_does_not_lend_us_its_permissions(shared):
    out = shared / "table.csv"
    out.write_text("planted")
    os.chown(out, 65534, 65534)
    os.chmod(out, 0o666)  # world-writable: whoever planted it could change our export later
    assert main(["export-table", str(DEFAULT_PLAN), str(out)]) == 0
    umask = os.umask(0)
    os.umask(umask)
    st = out.stat()
    assert (st.st_uid, st.st_mode & 0o777) == (os.getuid(), 0o666 & ~umask)


def test_concurrent_exports_to_one_target_do_not_collide(shared):
    """Several exports of the same table at once: each succeeds, the result is whole."""
    from concurrent.futures import ThreadPoolExecutor

    from openpyxl import load_workbook

    from planner.domain.engine import recalculate
    from planner.domain.results import RecalcOptions
    from planner.export.tables import write_xlsx

    plan = read_plan(DEFAULT_PLAN)
    requirements = recalculate(plan, RecalcOptions()).requirements
    out = shared / "table.xlsx"
    with ThreadPoolExecutor(max_workers=3) as pool:
        for done in [pool.submit(write_xlsx, plan, requirements, out) for _ in range(6)]:
            done.result()
    assert load_workbook(out).active.max_row == 1 + len(requirements)
    assert names(shared) == ["table.xlsx"]


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())
