"""A plan is one SQLite file (SPEC §6): open, create, migrate, edit, save as.

Every edit is one transaction with `synchronous=FULL` in WAL mode, so an edit
reported as done survives a crash. An older file is backed up beside itself
before it is migrated; a newer or foreign file is refused and left untouched.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from planner.domain.model import Plan
from planner.store import filecheck
from planner.store.errors import PlanError, PlanFileError
from planner.store.interchange import set_default_mode
from planner.store.lock import PlanLock
from planner.store.mapping import load_plan
from planner.store.schema import Base, SettingRow
from planner.store.writer import save_changes, write_all

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


# The schema revisions in migrations/versions, oldest first. Kept here so opening a plan
# does not import Alembic (a third of start-up); a test checks it against Alembic's history.
SCHEMA_REVISIONS = ("0001", "0002", "0003", "0004")


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def alembic_revisions() -> list[str]:
    """Schema revisions as Alembic reads them from the migration scripts, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def known_revisions() -> list[str]:
    return list(SCHEMA_REVISIONS)


def head_revision() -> str:
    return SCHEMA_REVISIONS[-1]


def _pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA busy_timeout = 5000")
    cur.close()


def _engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    event.listen(engine, "connect", _pragmas)
    return engine


def _read_only_engine(path: Path) -> Engine:
    return create_engine(
        "sqlite://",
        creator=lambda: filecheck.connect_read_only(path),
        poolclass=NullPool,
    )


def backup_name(path: Path, revision: str, now: datetime) -> Path:
    return path.with_name(f"{path.name}.bak-v{revision}-{now:%Y%m%d-%H%M%S}")


def _stamp_new(conn: Connection) -> None:
    from alembic import command

    Base.metadata.create_all(conn)
    conn.exec_driver_sql(f"PRAGMA application_id = {filecheck.APPLICATION_ID}")
    command.stamp(alembic_config(conn), "head")


def temp_beside(path: Path) -> Path:
    """An empty temporary file in `path`'s folder (so a rename onto `path` is atomic),
    with the permissions a normal new file gets."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.resolve().parent)
    os.close(fd)
    set_default_mode(name)
    return Path(name)


def create_plan_file(path: Path, plan: Plan) -> None:
    """Write `plan` as a new file at `path`, all or nothing: built beside it, then renamed."""
    folder = path.resolve().parent
    if not folder.is_dir():
        raise PlanFileError(f"{path}: folder {folder} does not exist")
    if path.exists():
        ok, why = filecheck.writable(path)
        if not ok:
            raise PlanFileError(f"{path}: cannot replace it, {why}")
    else:
        ok, why = filecheck.folder_writable(folder)
        if not ok:
            raise PlanFileError(f"{path}: cannot write there, {why}")
    tmp = temp_beside(path)
    try:
        engine = create_engine(f"sqlite:///{tmp}", poolclass=NullPool)
        with engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys = ON")
            _stamp_new(conn)
            write_all(conn, plan)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode = WAL")
        engine.dispose()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    except (OSError, SQLAlchemyError) as exc:
        raise PlanFileError(f"{path}: cannot write the plan ({exc})") from None
    finally:
        for leftover in (
            tmp,
            Path(str(tmp) + "-wal"),
            Path(str(tmp) + "-shm"),
            Path(str(tmp) + "-journal"),
        ):
            leftover.unlink(missing_ok=True)


def read_plan_file(path: Path) -> Plan:
    """Read a plan without changing the file in any way (CLI commands that only read)."""
    facts = filecheck.inspect(path, verify=False)
    _refuse_unknown(path, facts.revision)
    engine = _read_only_engine(path)
    try:
        with engine.connect() as conn:
            return load_plan(conn)
    except (SQLAlchemyError, sqlite3.DatabaseError) as exc:
        raise PlanFileError(f"{path}: the plan is damaged or unreadable ({exc})") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise PlanFileError(f"{path}: the plan holds invalid data ({exc})") from None
    finally:
        engine.dispose()


def _refuse_unknown(path: Path, revision: str | None) -> None:
    if revision not in known_revisions():
        raise PlanFileError(
            f"{path}: made by a newer version of Mandate Planner (schema {revision});"
            " update the app to open it"
        )


class PlanStore:
    """An open plan file. Use `PlanStore.open(...)`; close it when done."""

    def __init__(self, path: Path, engine: Engine, read_only: bool, lock: PlanLock | None) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self._lock = lock
        self.backup_made: Path | None = None
        with engine.connect() as conn:
            self._plan = load_plan(conn)

    # --- lifecycle -------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False, now: datetime | None = None) -> PlanStore:
        """Open for editing (migrating an older file after backing it up), or read-only.

        Raises PlanLockedError when another instance is editing it, PlanFileError
        when the file cannot be used; in every failure the file is untouched.
        """
        path = Path(path)
        facts = filecheck.inspect(path)
        _refuse_unknown(path, facts.revision)
        if not read_only and not facts.writable:
            raise PlanFileError(f"{path}: cannot open for editing, {facts.why_read_only}")
        if read_only:
            return cls(path, _read_only_engine(path), True, None)
        lock = PlanLock.acquire(path)
        try:
            backup = None
            if facts.revision != head_revision():
                backup = cls._migrate(path, facts.revision or "0", now or datetime.now())
            store = cls(path, _engine(path), False, lock)
            store.backup_made = backup
            return store
        except BaseException:
            lock.release()
            raise

    @staticmethod
    def _migrate(path: Path, revision: str, now: datetime) -> Path:
        backup = backup_name(path, revision, now)
        src = sqlite3.connect(filecheck.read_only_uri(path), uri=True)
        try:
            dst = sqlite3.connect(backup)
            with dst:
                src.backup(dst)
            dst.close()
        finally:
            src.close()
        from alembic import command

        engine = _engine(path)
        try:
            with engine.begin() as conn:
                command.upgrade(alembic_config(conn), "head")
        except SQLAlchemyError as exc:
            engine.dispose()
            shutil.copyfile(backup, path)
            raise PlanFileError(
                f"{path}: could not upgrade the plan ({exc}); it was restored from {backup.name}"
            ) from None
        engine.dispose()
        return backup

    @classmethod
    def create(cls, path: Path, plan: Plan) -> PlanStore:
        create_plan_file(Path(path), plan)
        return cls.open(Path(path))

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> PlanStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- reading and editing ------------------------------------------------------

    @property
    def plan(self) -> Plan:
        return self._plan

    def save(self, new: Plan) -> int:
        """Commit `new` as the plan, writing only what differs, in one transaction."""
        if self.read_only:
            raise PlanFileError(f"{self.path}: opened read-only")
        try:
            with self.engine.begin() as conn:
                touched = save_changes(conn, self._plan, new)
        except SQLAlchemyError as exc:
            cause = getattr(exc, "orig", None) or exc
            raise PlanError(f"{self.path}: the edit was not saved ({cause})") from None
        self._plan = new
        return touched

    def reload(self) -> Plan:
        with self.engine.connect() as conn:
            self._plan = load_plan(conn)
        return self._plan

    def settings(self) -> dict[str, str]:
        """Per-plan view settings; empty for a read-only file older than schema 2."""
        try:
            with self.engine.connect() as conn:
                return {k: v for k, v in conn.execute(select(SettingRow.key, SettingRow.value))}
        except SQLAlchemyError:
            return {}

    def set_setting(self, key: str, value: str) -> None:
        if self.read_only:
            return
        table = SettingRow.__table__
        with self.engine.begin() as conn:
            conn.execute(table.delete().where(table.c.key == key))
            conn.execute(insert(table), [{"key": key, "value": value}])

    @contextmanager
    def raw(self) -> Iterator[sqlite3.Connection]:
        raw = self.engine.raw_connection()
        try:
            yield raw.driver_connection  # type: ignore[misc]
        finally:
            raw.close()

    def copy_to(self, dest: Path) -> None:
        """Save As: a consistent copy through SQLite's backup API, safe while open."""
        dest = Path(dest)
        if dest.resolve() == self.path.resolve():
            raise PlanFileError(f"{dest}: is the plan that is open")
        folder = dest.resolve().parent
        ok, why = filecheck.folder_writable(folder)
        if not ok:
            raise PlanFileError(f"{dest}: cannot write there, {why}")
        tmp_name = str(temp_beside(dest))
        try:
            target = sqlite3.connect(tmp_name)
            with self.raw() as source, target:
                source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
            target.close()
            os.replace(tmp_name, dest)
        finally:
            Path(tmp_name).unlink(missing_ok=True)
