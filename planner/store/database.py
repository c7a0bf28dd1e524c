"""A plan is one SQLite file (SPEC §6): open, create, migrate, edit, save as.

Every edit is one transaction with `synchronous=FULL` in WAL mode, so an edit
reported as done survives a crash. An older file is backed up beside itself
before it is migrated; a newer or foreign file is refused and left untouched.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, delete, event, insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool, StaticPool

from planner.domain.model import Plan
from planner.store import filecheck, files
from planner.store.errors import (
    PlanError,
    PlanFileError,
    PlanForeignSchemaError,
    PlanFormatError,
    PlanOutOfBoundsError,
    PlanReadOnlyError,
)
from planner.store.lock import PlanLock
from planner.store.mapping import LOAD_ERRORS, Versions, load_plan
from planner.store.records import key_text, record_json
from planner.store.schema import Base, OfflineOpRow, PlanInfo, SettingRow
from planner.store.writer import save_changes, write_all

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


# The schema revisions in migrations/versions, oldest first. Kept here so opening a plan
# does not import Alembic (a third of start-up); a test checks it against Alembic's history.
SCHEMA_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")


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


def numbered(path: Path, count: int = 100) -> list[Path]:
    """`path`, then `path-2`, `path-3` …: names for a file that must not replace anything."""
    return [path] + [path.with_name(f"{path.name}-{n}") for n in range(2, count + 1)]


def sqlite_reason(exc: Exception) -> str:
    """What went wrong, without the SQL statement and its parameters SQLAlchemy adds."""
    return str(getattr(exc, "orig", None) or exc)


def _stamp_new(conn: Connection) -> None:
    from alembic import command

    Base.metadata.create_all(conn)
    conn.exec_driver_sql(f"PRAGMA application_id = {filecheck.APPLICATION_ID}")
    command.stamp(alembic_config(conn), "head")


def vacuum_into(source: sqlite3.Connection, tmp: files.TempFile) -> None:
    """A compact, consistent copy of `source` into the (empty) temporary file: SQLite writes
    no journal beside it, and the copy is in rollback mode (it makes no -wal/-shm)."""
    source.execute("VACUUM INTO ?", (str(tmp.path),))


def create_plan_file(
    path: Path,
    plan: Plan,
    *,
    versions: Versions | None = None,
    extra_info: dict[str, str] | None = None,
) -> None:
    """Write `plan` as a new file at `path`, all or nothing: built in memory, copied into a
    temporary file beside it, then renamed over it. A plan open for editing at `path` (in
    this or another process, under any name) is not replaced. `versions` and `extra_info`
    make an offline copy of a team plan (its records' versions, its origin)."""
    path = Path(path)
    files.check_target(path)
    lock = PlanLock.acquire(path, advice="close it there first") if path.is_file() else None
    try:
        with files.replacing(path) as tmp:
            memory = sqlite3.connect(":memory:")
            engine = create_engine("sqlite://", creator=lambda: memory, poolclass=StaticPool)
            try:
                with engine.begin() as conn:
                    conn.exec_driver_sql("PRAGMA foreign_keys = ON")
                    _stamp_new(conn)
                    write_all(conn, plan, versions)
                    for key, value in (extra_info or {}).items():
                        conn.execute(insert(PlanInfo), [{"key": key, "value": value}])
                vacuum_into(memory, tmp)
            finally:
                engine.dispose()
                memory.close()
        _drop_side_files(path)
    except (SQLAlchemyError, sqlite3.Error) as exc:
        raise PlanFileError(f"{path}: cannot write the plan ({sqlite_reason(exc)})") from None
    finally:
        if lock is not None:
            lock.release()


def _drop_side_files(path: Path) -> None:
    """After a new plan replaced the file at `path`: SQLite's files of the old one (a WAL a
    crashed editor left, a hot journal) would be replayed into the new plan. We hold the
    old file's lock, so no editor is using them."""
    for suffix in ("-wal", "-shm", "-journal"):
        filecheck.side_file(path, suffix).unlink(missing_ok=True)


def read_plan_file(path: Path) -> Plan:
    """Read a plan without changing the file in any way (CLI commands that only read)."""
    facts = filecheck.inspect(path, verify=False)
    _refuse_unknown(path, facts.revision)
    return _load(_read_only_engine(path), path, dispose=True)


def _load(
    engine: Engine, path: Path, *, dispose: bool = False, versions: Versions | None = None
) -> Plan:
    """The plan in the file, held to the rules of import (mapping.load_plan): whatever is
    wrong with it is a PlanFileError naming the table and row, never a traceback; values
    outside the engine's bounds are a PlanOutOfBoundsError (the plan can still be shown)."""
    try:
        with engine.connect() as conn:
            return load_plan(conn, versions)
    except PlanOutOfBoundsError:
        raise
    except PlanFormatError as exc:
        raise PlanFileError(f"{path}: {exc}") from None
    except (SQLAlchemyError, sqlite3.DatabaseError) as exc:
        raise PlanFileError(
            f"{path}: the plan is damaged or unreadable ({sqlite_reason(exc)})"
        ) from None
    except LOAD_ERRORS as exc:
        raise PlanFileError(f"{path}: the plan holds invalid data ({exc})") from None
    finally:
        if dispose:
            engine.dispose()


def _refuse_unknown(path: Path, revision: str | None) -> None:
    if revision not in known_revisions():
        raise PlanFileError(
            f"{path}: made by a newer version of Mandate Planner (schema {revision});"
            " update the app to open it"
        )


class PlanStore:
    """An open plan file. Use `PlanStore.open(...)`; close it when done."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        read_only: bool,
        lock: PlanLock | None,
        plan: Plan | None = None,
    ) -> None:
        """`plan`: the file's plan, already read (and checked) through another connection."""
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self._lock = lock
        self.backup_made: Path | None = None
        # an offline copy of a team plan keeps its records' versions and its edits as
        # operations, to bring back (store/offline.py); a plain plan file needs neither
        self._versions: Versions | None = None
        with engine.connect() as conn:
            if _is_offline_copy(conn):
                self._versions = {}
        if plan is None or self._versions is not None:
            plan = _load(engine, path, versions=self._versions)
        self._plan = plan

    # --- lifecycle -------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False, now: datetime | None = None) -> PlanStore:
        """Open for editing (migrating an older file after backing it up), or read-only.

        Raises PlanLockedError when another instance is editing it, PlanReadOnlyError when
        it can only be read here, PlanFileError when the file cannot be used; in every
        failure the file is untouched.
        """
        path = Path(path)
        facts = filecheck.inspect(path)
        _refuse_unknown(path, facts.revision)
        if not read_only and not facts.writable:
            reason = facts.why_read_only
            error = PlanForeignSchemaError if facts.foreign else PlanReadOnlyError
            raise error(f"{path}: cannot open for editing, {reason}", reason)
        if read_only:
            return cls(path, _read_only_engine(path), True, None)
        lock = PlanLock.acquire(path)
        try:
            _tidy_side_files(path)
            # read and checked before anything is written or the file switched to WAL: a plan
            # that breaks the rules (or a foreign file dressed as one) is left as it was
            plan: Plan | None = _load(_read_only_engine(path), path, dispose=True)
            backup = None
            if facts.revision != head_revision():
                backup = cls._migrate(path, facts.revision or "0", now or datetime.now())
                plan = None  # read again, as the upgraded file holds it
            store = cls(path, _engine(path), False, lock, plan)
            store.backup_made = backup
            return store
        except BaseException:
            lock.release()
            raise

    @staticmethod
    def _migrate(path: Path, revision: str, now: datetime) -> Path:
        """Back the file up beside itself (a new file: never through a link, never over an
        existing file), then upgrade it in place; restored from the backup if that fails."""
        wanted = backup_name(path, revision, now)
        try:
            with files.temp_file(wanted) as tmp:
                src = sqlite3.connect(filecheck.read_only_uri(path), uri=True)
                try:
                    vacuum_into(src, tmp)
                finally:
                    src.close()
                backup = tmp.create_first(numbered(wanted))
        except sqlite3.Error as exc:
            raise PlanFileError(
                f"{path}: could not back it up before upgrading ({exc}); it was not changed"
            ) from None
        from alembic import command

        engine = _engine(path)
        try:
            with engine.begin() as conn:
                command.upgrade(alembic_config(conn), "head")
        except SQLAlchemyError as exc:
            engine.dispose()
            shutil.copyfile(backup, path)
            _drop_side_files(path)
            raise PlanFileError(
                f"{path}: could not upgrade the plan ({sqlite_reason(exc)});"
                f" it was restored from {backup.name}"
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

    def save(self, new: Plan, description: str = "") -> int:
        """Commit `new` as the plan, writing only what differs, in one transaction."""
        if self.read_only:
            raise PlanFileError(f"{self.path}: opened read-only")
        try:
            with self.engine.begin() as conn:
                touched, changes, versions = save_changes(conn, self._plan, new, self._versions)
                if self._versions is not None and changes:
                    _keep_operations(conn, changes, self._versions)
        except SQLAlchemyError as exc:
            cause = getattr(exc, "orig", None) or exc
            raise PlanError(f"{self.path}: the edit was not saved ({cause})") from None
        self._plan = new
        if self._versions is not None:
            for k, v in versions.items():
                if v:
                    self._versions[k] = v
                else:
                    self._versions.pop(k, None)
        return touched

    def reload(self) -> Plan:
        self._plan = _load(self.engine, self.path)
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
        with self.engine.begin() as conn:
            conn.execute(delete(SettingRow).where(SettingRow.key == key))
            conn.execute(insert(SettingRow), [{"key": key, "value": value}])

    @contextmanager
    def raw(self) -> Iterator[sqlite3.Connection]:
        raw = self.engine.raw_connection()
        try:
            driver = raw.driver_connection
            assert isinstance(driver, sqlite3.Connection)  # this store only opens SQLite
            yield driver
        finally:
            raw.close()

    def copy_to(self, dest: Path) -> None:
        """Save As: a consistent copy (safe while open), written beside `dest` and renamed over
        it. A plan open for editing at `dest` is not replaced."""
        dest = Path(dest)
        if dest.resolve() == self.path.resolve() or _same_file(dest, self.path):
            raise PlanFileError(f"{dest}: is the plan that is open")
        files.check_target(dest)
        lock = PlanLock.acquire(dest, advice="close it there first") if dest.is_file() else None
        try:
            with files.replacing(dest) as tmp, self.raw() as source:
                vacuum_into(source, tmp)
            _drop_side_files(dest)
        except sqlite3.Error as exc:
            raise PlanFileError(f"{dest}: cannot write the copy ({exc})") from None
        finally:
            if lock is not None:
                lock.release()


def _is_offline_copy(conn: Connection) -> bool:
    try:
        found = conn.exec_driver_sql(
            "SELECT 1 FROM plan_info WHERE key = 'offline_copy'"
            " AND NOT EXISTS (SELECT 1 FROM plan_info WHERE key = 'offline_returned')"
        ).first()
    except SQLAlchemyError:  # an older file: no such thing as an offline copy
        return False
    return found is not None


def _keep_operations(conn: Connection, changes: list[Any], versions: Versions) -> None:
    """An offline copy's edit, as operations on records (with each one's version before)."""
    conn.execute(
        insert(OfflineOpRow),
        [
            {
                "kind": c.table,
                "key": key_text(c.key),
                "base_version": versions.get((c.table, c.key)),
                "before": record_json(c.table, c.before),
                "after": record_json(c.table, c.after),
            }
            for c in changes
        ],
    )


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


def _tidy_side_files(path: Path) -> None:
    """Remove empty -wal/-shm files that we could not write (left read-only by an older
    version viewing a read-only plan): SQLite would fail every edit on them. We hold the
    lock, and with nothing in the WAL they hold nothing. A -wal with edits in it is kept."""
    wal, shm = filecheck.side_file(path, "-wal"), filecheck.side_file(path, "-shm")
    if filecheck.has_wal_content(path):
        for side in (wal, shm):
            if side.exists() and not filecheck.may_write(side)[0]:
                reason = f"its {side.name} file is read-only"
                raise PlanReadOnlyError(f"{path}: cannot open for editing, {reason}", reason)
        return
    for side in (wal, shm):
        if side.is_file() and not side.is_symlink() and not filecheck.may_write(side)[0]:
            side.unlink(missing_ok=True)
