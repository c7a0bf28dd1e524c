"""Look at a plan file before trusting it, without ever writing to it."""

from __future__ import annotations

import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from planner.store.errors import PlanFileError
from planner.store.schema_check import REQUIRED_TABLES, foreign_schema

SQLITE_HEADER = b"SQLite format 3\x00"
# PRAGMA application_id of Mandate Planner files: "MPLN".
APPLICATION_ID = 0x4D504C4E
OUR_TABLES = frozenset({"bodies", "sessions", "decisions", "mandates", "reports"})


@dataclass(frozen=True, slots=True)
class FileFacts:
    revision: str | None
    writable: bool
    why_read_only: str = ""
    foreign: bool = False  # holds what we did not make (why_read_only names it)


def may_write(path: Path) -> tuple[bool, str]:
    """Permission bits as well as access(2): a file marked read-only is respected even
    when the app runs with administrator rights (for whom access(2) always says yes)."""
    try:
        st = path.stat()
    except OSError as exc:
        return False, f"cannot read its attributes ({exc.strerror})"
    bits = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
    return bool(st.st_mode & bits) and os.access(path, os.W_OK), ""


def writable(path: Path) -> tuple[bool, str]:
    """Whether we may write `path` and the files SQLite puts beside it."""
    ok, why = may_write(path)
    if not ok:
        return False, why or "the file is read-only"
    return folder_writable(path.resolve().parent)


def folder_writable(folder: Path) -> tuple[bool, str]:
    """Whether new files (the plan, its WAL, backups) can be made in `folder`."""
    ok, why = may_write(folder)
    if not ok:
        return False, f"the folder {folder} " + (why or "is not writable")
    return True, ""


def read_only_uri(path: Path, immutable: bool = False) -> str:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def side_file(path: Path, suffix: str) -> Path:
    """SQLite's `-wal`, `-shm` or `-journal` file of the plan at `path`."""
    return Path(f"{path}{suffix}")


def has_wal_content(path: Path) -> bool:
    """Whether committed edits wait in the plan's -wal file (not yet checkpointed into it)."""
    try:
        return side_file(path, "-wal").stat().st_size > 0
    except OSError:
        return False


def marked_read_only(path: Path) -> bool:
    """No write permission for anyone: no editor (of ours) can be writing the file."""
    try:
        return not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    except OSError:
        return False


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Open for reading only: the plan file is never modified (no checkpoint of a leftover
    WAL into it) and, where nobody can be editing it, no file is left beside it.

    - Edits waiting in a -wal file are read where they are (`mode=ro`, which never
      checkpoints; the -wal and -shm files are already there). Without a -shm, in a
      folder where none can be made, the file is read as it stands (`immutable`).
    - A file marked read-only for everyone, or in a read-only folder, is opened
      `immutable`: nobody can be editing it, and SQLite then makes no -wal/-shm
      (which would be read-only too, and make every edit fail once the file is
      writable again).
    - A file others may write but we may not is opened `mode=ro`, which takes part in
      locking with their editor.
    - Otherwise an ordinary connection with `query_only`, which takes part in locking
      with an editor that may be at work, and removes the -wal/-shm it made on close
      (with nothing in the WAL, closing writes nothing to the plan).
    """
    if has_wal_content(path):
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            conn.execute("PRAGMA schema_version").fetchone()
            return conn
        except sqlite3.OperationalError:
            # no -shm, and none can be made in a read-only folder: the file as it stands
            conn.close()
            return sqlite3.connect(read_only_uri(path, immutable=True), uri=True)
    if marked_read_only(path) or not folder_writable(path.resolve().parent)[0]:
        return sqlite3.connect(read_only_uri(path, immutable=True), uri=True)
    if not may_write(path)[0]:
        return sqlite3.connect(read_only_uri(path), uri=True)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA query_only = ON")
    return conn


def inspect(path: Path, *, verify: bool = True) -> FileFacts:
    """Check that `path` is a Mandate Planner plan; return its schema revision.

    `verify` adds SQLite's quick_check of every page (done before editing, so
    nothing is ever written onto a damaged file; a plain read finds damage as it
    reads). Raises PlanFileError with a user-ready message. Never modifies the file.
    """
    if not path.exists():
        raise PlanFileError(f"{path}: no such file")
    if path.is_dir():
        raise PlanFileError(f"{path}: is a folder, not a plan file")
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except PermissionError:
        raise PlanFileError(f"{path}: permission denied") from None
    except OSError as exc:
        raise PlanFileError(f"{path}: cannot read ({exc.strerror})") from None
    if not head:
        raise PlanFileError(f"{path}: the file is empty, not a Mandate Planner plan")
    if not head.startswith(SQLITE_HEADER):
        raise PlanFileError(f"{path}: not a Mandate Planner plan (not an SQLite database)")
    if len(head) < 100:
        raise PlanFileError(f"{path}: the file is truncated (damaged plan)")
    ok, why = writable(path)
    try:
        conn = connect_read_only(path)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            check = conn.execute("PRAGMA quick_check").fetchone()[0] if verify else "ok"
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            foreign = foreign_schema(conn) if tables >= REQUIRED_TABLES else ""
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise PlanFileError(f"{path}: the plan is damaged or truncated ({exc})") from None
    if check != "ok":
        raise PlanFileError(f"{path}: the plan is damaged (integrity check: {check})")
    if app_id != APPLICATION_ID and not (tables >= OUR_TABLES):
        raise PlanFileError(
            f"{path}: an SQLite database of another application, not a Mandate Planner plan"
        )
    if revision is None:
        raise PlanFileError(f"{path}: not a Mandate Planner plan (no schema version)")
    missing = sorted(REQUIRED_TABLES - tables)
    if missing:
        raise PlanFileError(f'{path}: not a Mandate Planner plan (no table "{missing[0]}")')
    if foreign:  # reading runs none of it; writing could (a trigger runs on our writes)
        why = f"{foreign} (dump it and import the dump for a clean copy)"
        return FileFacts(revision, False, why, foreign=True)
    return FileFacts(revision=revision, writable=ok, why_read_only=why)
