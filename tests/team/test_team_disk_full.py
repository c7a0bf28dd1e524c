"""A full disk on the server: the plan's tables on a tablespace of their own, on a small
file system filled to the last byte. An edit is refused with one clear line, nothing of it
is written, and once there is room again the same edit goes through."""

from __future__ import annotations

import errno
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from test_team_conflicts import retitled

from planner.app.documents import read_plan
from planner.app.workspace import Workspace
from planner.store.address import parse_location
from planner.store.errors import PlanError


class Tablespace:
    def __init__(self, mount: Path, name: str) -> None:
        self.mount = mount
        self.name = name
        self.filler = mount / "filler"

    def fill(self) -> None:
        """Take every byte left (the server cannot extend any file there)."""
        with self.filler.open("ab", buffering=0) as fh:
            try:
                while True:
                    fh.write(b"\0" * 4096)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC

    def free(self) -> None:
        self.filler.unlink()


@pytest.fixture
def plan_on_a_small_disk(pg_server, plan_name, team_url):
    """The plan at `team_url`, every table and index of it on a 4 MB tmpfs (mounting
    needs root, and a server of our own to give the folder to)."""
    cluster = pg_server.cluster
    if cluster is None or os.geteuid() != 0 or cluster.user is None:
        pytest.skip("needs root and the test session's own server to mount a small disk")
    mount = Path(tempfile.mkdtemp(prefix="planner-full-disk-"))
    owner = pwd.getpwnam(cluster.user)
    done = subprocess.run(
        [
            "mount",
            "-t",
            "tmpfs",
            "-o",
            f"size=4m,mode=0700,uid={owner.pw_uid},gid={owner.pw_gid}",
            "tmpfs",
            str(mount),
        ],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        shutil.rmtree(mount, ignore_errors=True)
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.decode().strip()})")
    space = Tablespace(mount, f"{plan_name}_small")
    (mount / "pg").mkdir()
    os.chown(mount / "pg", owner.pw_uid, owner.pw_gid)
    try:
        with pg_server.admin() as admin:
            admin.execute(f"CREATE TABLESPACE {space.name} LOCATION '{mount / 'pg'}'")
            relations = admin.execute(
                "SELECT c.relkind, c.relname FROM pg_catalog.pg_class c"
                " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                " WHERE n.nspname = %s AND c.relkind IN ('r', 'i') ORDER BY c.relkind DESC",
                (plan_name,),
            ).fetchall()
            for kind, name in relations:
                what = "TABLE" if kind == "r" else "INDEX"
                admin.execute(f'ALTER {what} {plan_name}."{name}" SET TABLESPACE {space.name}')
        yield space
    finally:
        with pg_server.admin() as admin:
            admin.execute(f"DROP SCHEMA IF EXISTS {plan_name} CASCADE")
            admin.execute(f"DROP TABLESPACE IF EXISTS {space.name}")
        subprocess.run(["umount", "-l", str(mount)], check=False)
        shutil.rmtree(mount, ignore_errors=True)


def test_an_edit_on_a_full_disk_is_one_line_writes_nothing_and_can_be_offered_again(
    plan_on_a_small_disk, team_url
):
    ws = Workspace.open(parse_location(team_url))
    try:
        ws.apply(
            retitled(ws.plan, 0, "while there was room"), "a first edit"
        )  # the audit's pages exist
        before, history = ws.plan, len(ws.store.history())
        long_notes = os.urandom(60_000).hex()  # more than the free room of any page
        d = before.decisions[1]._replace(notes=long_notes)
        edit = retitled(
            replace(before, decisions=(before.decisions[0], d, *before.decisions[2:])), 2, "too"
        )
        plan_on_a_small_disk.fill()
        with pytest.raises(PlanError) as full:
            ws.apply(edit, "a long note")
        message = str(full.value)
        assert "\n" not in message
        assert "the server's disk is full; nothing was written" in message
        assert ws.plan == before  # the window keeps the plan as it is on the server ...
        assert read_plan(team_url) == before  # ... where nothing of the edit was written
        assert len(ws.store.history()) == history
        plan_on_a_small_disk.free()
        ws.apply(edit, "a long note")  # the same edit, offered again
    finally:
        ws.close()
    after = read_plan(team_url)
    assert (after.decisions[1].notes, after.decisions[2].title) == (long_notes, "too")
