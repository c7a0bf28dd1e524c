"""Where an export, a dump or an import cannot be written: one line naming the target, exit 2,
nothing written, nothing left behind, and the same rules for every writer."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from paths import DEFAULT_PLAN, REPO

import planner.store.database as database
from planner.cli.main import main

# every writer of the command line: (command, output file name)
WRITERS = [
    ("export-image", "out.png"),
    ("export-image", "out.svg"),
    ("export-image", "out.pdf"),
    ("export-table", "out.csv"),
    ("export-table", "out.xlsx"),
    ("export-ics", "out.ics"),
    ("dump", "out.json"),
    ("import", "out.sqlite"),
]
IDS = [name for _, name in WRITERS]


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def one_line(capfd) -> str:
    """stderr, which must be one line (Qt's own warnings, written to the descriptor, count)."""
    _out, err = capfd.readouterr()
    assert err.count("\n") == 1, err
    return err


@pytest.mark.parametrize(("command", "name"), WRITERS, ids=IDS)
def test_a_missing_folder_is_named(tmp_path, capfd, command, name):
    out = tmp_path / "missing" / name
    assert main([command, str(DEFAULT_PLAN), str(out)]) == 2
    assert one_line(capfd) == f"planner: {out}: folder {out.parent} does not exist\n"
    assert names(tmp_path) == []


@pytest.mark.parametrize(("command", "name"), WRITERS, ids=IDS)
def test_a_read_only_folder_is_refused_before_any_drawing(tmp_path, capfd, command, name):
    folder = tmp_path / "ro"
    folder.mkdir()
    os.chmod(folder, stat.S_IRUSR | stat.S_IXUSR)
    try:
        assert main([command, str(DEFAULT_PLAN), str(folder / name)]) == 2
        assert one_line(capfd) == (
            f"planner: {folder / name}: cannot write there, the folder {folder} is not writable\n"
        )
        assert names(folder) == []
    finally:
        os.chmod(folder, 0o755)


@pytest.mark.parametrize(("command", "name"), WRITERS, ids=IDS)
def test_a_folder_in_place_of_the_file_is_named(tmp_path, capfd, command, name):
    (tmp_path / name).mkdir()
    assert main([command, str(DEFAULT_PLAN), str(tmp_path / name)]) == 2
    assert one_line(capfd) == f"planner: {tmp_path / name}: is a folder, not a file\n"
    assert names(tmp_path) == [name] and names(tmp_path / name) == []


@pytest.mark.parametrize(("command", "name"), WRITERS, ids=IDS)
def test_a_read_only_target_is_refused_like_import_refuses_it(tmp_path, capfd, command, name):
    target = tmp_path / name
    target.write_bytes(b"keep me")
    os.chmod(target, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    try:
        assert main([command, str(DEFAULT_PLAN), str(target)]) == 2
        assert one_line(capfd) == f"planner: {target}: cannot replace it, the file is read-only\n"
        assert target.read_bytes() == b"keep me"
        assert names(tmp_path) == [name]
    finally:
        os.chmod(target, 0o644)


def test_import_on_a_full_disk_says_why_without_the_sql(tmp_path, monkeypatch, capfd):
    real = database._stamp_new

    def disk_full(conn):  # SQLite's own "disk full", from a real statement
        conn.exec_driver_sql("PRAGMA max_page_count = 8")
        real(conn)

    monkeypatch.setattr(database, "_stamp_new", disk_full)
    out = tmp_path / "out.sqlite"
    assert main(["import", str(DEFAULT_PLAN), str(out)]) == 2
    err = one_line(capfd)
    assert err == f"planner: {out}: cannot write the plan (database or disk is full)\n"
    assert names(tmp_path) == []


@pytest.fixture
def full_disk(tmp_path):
    """A tiny file system with no space left (needs root to mount; skipped otherwise)."""
    mount = tmp_path / "full"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=128k", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (not root?)")
    try:
        with (mount / "filler").open("wb", buffering=0) as fh:
            try:
                while True:
                    fh.write(b"\0" * 1024)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.mark.parametrize(("command", "name"), WRITERS, ids=IDS)
def test_a_full_disk_gives_one_line_naming_the_target(full_disk, command, name):
    """In a fresh process, so Python's and Qt's last words (a zip file closed at exit, a
    PNG library error) would show as well."""
    out = full_disk / name
    done = subprocess.run(
        [sys.executable, "-m", "planner.cli.main", command, str(DEFAULT_PLAN), str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    reason = (
        "cannot write the plan (database or disk is full)"
        if command == "import"
        else "cannot write (No space left on device)"
    )
    assert done.stderr == f"planner: {out}: {reason}\n"
    assert names(full_disk) == ["filler"]


def test_svg_with_control_characters_is_well_formed(tmp_path):
    import json

    doc = json.loads(DEFAULT_PLAN.read_text())
    doc["title"] = "Plan\x01 with\x1b[31m control\x07 characters\ufffe"
    doc["reports"][0]["title"] = "Report\x0b\x0c title"
    doc["session_series"][1]["name"] = "ECOSOC\x02 {year}"
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(doc))
    out = tmp_path / "plan.svg"
    assert main(["export-image", str(plan), str(out), "--to", "2016"]) == 0
    root = ET.parse(out).getroot()  # raises on text XML cannot hold
    texts = "".join("".join(el.itertext()) for el in root.iter())
    assert "Plan\ufffd with\ufffd[31m control\ufffd characters\ufffd" in texts
