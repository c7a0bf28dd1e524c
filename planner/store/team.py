"""A team plan: the same tables on a PostgreSQL server, one schema per plan.

Why a schema per plan: the models, the migrations and every query stay exactly those of a
plan file (the connection's `search_path` names the plan), several plans share a database
without a `plan` column in every key and index, and a plan's roles (see `team_roles`) are
granted on its schema alone.

Many officers edit one plan at once. Every record carries a version; an edit writes a
record only if it still has the version this window read, otherwise the whole edit is
refused (`PlanConflictError`: "changed by alice at …") and nothing is written. Each edit
is one transaction with its audit row, and announces itself (NOTIFY) so other windows
read just the records that changed (`poll`, `refresh`).
"""

from __future__ import annotations

import json
import select
import uuid
from collections.abc import Callable, Hashable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, DisconnectionError, IntegrityError

from planner.domain.model import Plan
from planner.store import server_text
from planner.store.address import TeamAddress
from planner.store.audit import AuditEntry, begin_audit, history, last_change, write_audit
from planner.store.database import alembic_config, head_revision, known_revisions
from planner.store.errors import (
    PlanConflictError,
    PlanConnectionError,
    PlanError,
    PlanFileError,
    PlanOutOfBoundsError,
    PlanPermissionError,
    PlanReadOnlyError,
)
from planner.store.filecheck import OUR_TABLES
from planner.store.mapping import RecordReader, Versions, load_plan, plan_with_info
from planner.store.records import KINDS, RecordChange, describe, key_from_text
from planner.store.schema import Base
from planner.store.server_side import add_row_audit, add_server_defaults
from planner.store.team_roles import grants, role_name
from planner.store.writer import VersionConflict, save_changes, write_all

CONNECT_TIMEOUT_S = 10
_KEY_SQL = {
    k.table: (
        "report, session" if k.table == "tracking" else "symbol" if k.table == "decisions" else "id"
    )
    for k in KINDS
}


def _reason(exc: BaseException) -> str:
    """The server's or libpq's own words, on one line, without the connection's details."""
    text_ = str(getattr(exc, "orig", None) or exc).strip()
    line = text_.splitlines()[0] if text_ else exc.__class__.__name__
    for noise in ("connection failed: ",):
        line = line.removeprefix(noise)
    if line.startswith("connection to server") and "failed: " in line:
        line = line.split("failed: ", 1)[1]
    return line.replace("FATAL:  ", "").strip() or exc.__class__.__name__


def connect(address: TeamAddress, *, autocommit: bool = False) -> psycopg.Connection[Any]:
    """A connection whose search_path is the plan's schema (libpq finds the rest: service
    file, .pgpass, sslmode …). It speaks UTF-8 whatever the database's encoding: psycopg
    would hand an SQL_ASCII database's text back as bytes."""
    try:
        conn = psycopg.connect(
            address.conninfo,
            client_encoding="utf8",
            options=f"-c search_path={address.schema}",
            application_name="mandate-planner",
            connect_timeout=CONNECT_TIMEOUT_S,
            autocommit=autocommit,
        )
    except psycopg.Error as exc:
        raise PlanConnectionError(f"{address}: cannot connect ({_reason(exc)})") from None
    server_text.register(conn)
    return conn


def team_engine(address: TeamAddress) -> Engine:
    """SQLAlchemy over our own connections; a connection found dead is replaced."""
    engine = create_engine(
        "postgresql+psycopg://",
        creator=lambda: connect(address),
        pool_size=1,
        max_overflow=4,
    )
    event.listen(engine, "checkout", _still_there)
    return engine


def _still_there(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
    """Before an idle connection is used: the server says nothing to an idle session it
    keeps, so anything waiting on the socket (a termination notice, the end of the
    stream) means it is gone; the pool then takes a new one. No round trip, which keeps
    each edit's round trips to the ones it needs."""
    if dbapi_conn.closed or dbapi_conn.broken:
        raise DisconnectionError("closed")
    ready, _, _ = select.select([dbapi_conn.fileno()], [], [], 0)
    if ready:
        raise DisconnectionError("the server ended the session")


@contextmanager
def server_errors(address: TeamAddress, doing: str) -> Iterator[None]:
    """Database errors as the typed errors front ends show (one line each)."""
    try:
        yield
    except (VersionConflict, PlanError):
        raise
    except (DBAPIError, psycopg.Error) as exc:
        orig = getattr(exc, "orig", None) or exc
        reason = _reason(exc)
        if isinstance(orig, psycopg.errors.InsufficientPrivilege):
            raise PlanPermissionError(
                f"{address}: {doing}: refused by the database, your role may not ({reason})"
            ) from None
        if isinstance(orig, psycopg.errors.DiskFull):
            raise PlanError(
                f"{address}: {doing}: the server's disk is full; nothing was written"
            ) from None
        if isinstance(orig, psycopg.errors.InvalidTextRepresentation | psycopg.DataError):
            raise PlanError(f"{address}: {doing}: the server refused a value ({reason})") from None
        lost = isinstance(exc, DBAPIError) and exc.connection_invalidated
        if lost or isinstance(orig, psycopg.OperationalError | psycopg.InterfaceError):
            raise PlanConnectionError(
                f"{address}: {doing}: the server cannot be reached ({reason}); nothing was written"
            ) from None
        raise PlanError(f"{address}: {doing} ({reason})") from None


def _schema_state(conn: Connection, address: TeamAddress) -> str:
    """The plan's schema revision; PlanFileError if there is no such plan or the schema
    holds something else."""
    schema = address.schema
    found = conn.execute(
        text("SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = :s"), {"s": schema}
    ).first()
    if found is None:
        raise PlanFileError(
            f"{address}: no plan named {schema!r} in this database"
            " (create it with: planner import PLAN.json URL)"
        )
    tables = {
        r[0]
        for r in conn.execute(
            text("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = :s"),
            {"s": schema},
        )
    }
    if not tables >= OUR_TABLES | {"alembic_version"}:
        raise PlanFileError(
            f"{address}: the schema {schema!r} holds another application's tables,"
            " not a Mandate Planner plan"
        )
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if revision not in known_revisions():
        raise PlanFileError(
            f"{address}: made by a newer version of Mandate Planner (schema {revision});"
            " update the app to open it"
        )
    return str(revision)


def read_team_plan(address: TeamAddress) -> Plan:
    """Read a team plan once (the CLI's read-only commands); writes nothing."""
    engine = team_engine(address)
    try:
        with server_errors(address, "reading the plan"), engine.connect() as conn:
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
            revision = _schema_state(conn, address)
            if revision != head_revision():
                raise PlanFileError(
                    f"{address}: the plan's schema ({revision}) is older than this version's;"
                    " open it once in the app as its owner to upgrade it"
                )
            return _load(conn, address, None)
    finally:
        engine.dispose()


def _load(conn: Connection, address: TeamAddress, versions: Versions | None) -> Plan:
    try:
        return load_plan(conn, versions)
    except PlanOutOfBoundsError:
        raise
    except (ValueError, KeyError, TypeError) as exc:
        raise PlanFileError(f"{address}: the plan holds invalid data ({exc})") from None


def create_team_plan(address: TeamAddress, plan: Plan) -> None:
    """A new plan on the server, all or nothing (one transaction, DDL included). An
    existing plan of that name is never replaced."""
    engine = team_engine(address)
    try:
        with server_errors(address, "creating the plan"), engine.begin() as conn:
            exists = conn.execute(
                text("SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = :s"),
                {"s": address.schema},
            ).first()
            if exists is not None:
                raise PlanFileError(
                    f"{address}: the database already has a plan or schema named"
                    f" {address.schema!r}; choose another name"
                )
            quoted = conn.dialect.identifier_preparer.quote(address.schema)
            conn.exec_driver_sql(f"CREATE SCHEMA {quoted}")
            conn.exec_driver_sql(f"SET LOCAL search_path TO {quoted}")
            from alembic import command

            Base.metadata.create_all(conn)
            add_server_defaults(conn)
            command.stamp(alembic_config(conn), "head")
            write_all(conn, plan)
            add_row_audit(conn)  # from here on, every write is recorded (not the import)
    finally:
        engine.dispose()


class TeamStore:
    """An open team plan. Same use as `PlanStore`: `plan`, `save`, `reload`, `close`."""

    def __init__(self, address: TeamAddress, engine: Engine, read_only: bool, reason: str):
        self.address = address
        self.engine = engine
        self.read_only = read_only
        self.read_only_reason = reason
        self.user = ""
        self.backup_made = None
        self._plan: Plan | None = None
        self._versions: Versions = {}
        self._settings: dict[str, str] = {}
        self._token = uuid.uuid4().hex  # tells our own announcements from others'
        self._listener: psycopg.Connection[Any] | None = None
        self._announced: list[int] = []  # audit ids of others' edits not yet read

    # --- lifecycle --------------------------------------------------------------

    @classmethod
    def open(cls, address: TeamAddress, *, read_only: bool = False) -> TeamStore:
        """Open for editing (or read-only). A role that may only read gets a read-only
        store, with the reason; an older schema is upgraded (by its owner) first."""
        engine = team_engine(address)
        try:
            with server_errors(address, "opening the plan"), engine.connect() as conn:
                revision = _schema_state(conn, address)
                user = str(conn.execute(text("SELECT current_user")).scalar())
                may_write = bool(
                    conn.execute(text("SELECT has_table_privilege('decisions', 'UPDATE')")).scalar()
                )
            if revision != head_revision():
                _upgrade(engine, address, revision)
            reason = ""
            if not may_write:
                reason = f"your database role ({user}) may only read this plan"
            elif read_only:
                reason = "opened read-only"
            store = cls(address, engine, read_only or not may_write, reason)
            store.user = user
            store.reload()
            store._listen()
            return store
        except BaseException:
            engine.dispose()
            raise

    def close(self) -> None:
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        self.engine.dispose()

    def __enter__(self) -> TeamStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def path(self) -> TeamAddress:
        return self.address

    # --- reading ------------------------------------------------------------------

    @property
    def plan(self) -> Plan:
        assert self._plan is not None
        return self._plan

    def version_of(self, table: str, key: Hashable) -> int | None:
        return self._versions.get((table, key))

    def versions(self) -> Versions:
        return dict(self._versions)

    def reload(self) -> Plan:
        """Read the whole plan (one snapshot) with every record's version."""
        with server_errors(self.address, "reading the plan"), self._snapshot() as conn:
            versions: Versions = {}
            plan = _load(conn, self.address, versions)
        self._plan, self._versions = plan, versions
        return plan

    @contextmanager
    def _snapshot(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn.execution_options(isolation_level="REPEATABLE READ")

    def refresh(self) -> Plan | None:
        """Take in what others changed: only the records whose version or place moved are
        read again; every other record keeps its value (and identity, so recalculation is
        incremental). None when nothing changed.

        After announcements (`poll`), only the records those edits name are read; without
        (or when records came or went), every table's versions are compared."""
        announced, self._announced = self._announced, []
        with server_errors(self.address, "reading others' edits"), self._snapshot() as conn:
            found = self._announced_records(conn, announced) if announced else None
            if found is not None:
                plan, versions = self._reread(conn, found)
            else:
                plan, versions = self._refreshed(conn)
        if plan is None:
            return None
        self._plan, self._versions = plan, versions
        return plan

    def _announced_records(
        self, conn: Connection, audits: list[int]
    ) -> dict[str, list[Hashable]] | None:
        """The records the announced edits changed, by table; None when one of them added or
        removed a record (the order of the plan's lists may move: a full comparison)."""
        rows = RecordReader(conn).rows(
            "SELECT a.id, a.by_hand, r.kind, r.key, r.before IS NULL OR r.after IS NULL"
            " FROM audit a LEFT JOIN audit_records r ON r.audit = a.id AND r.note = ''"
            " WHERE a.id = ANY(%s)",
            [audits],
        )
        out: dict[str, list[Hashable]] = {}
        for _audit, by_hand, kind, key, came_or_went in rows:
            if by_hand or kind is None or came_or_went:
                # written outside the planner (or moved records only): compare everything
                return None
            out.setdefault(kind, []).append(key_from_text(kind, key))
        return out

    def _reread(
        self, conn: Connection, records: dict[str, list[Hashable]]
    ) -> tuple[Plan | None, Versions]:
        current = self.plan
        versions = dict(self._versions)
        read = RecordReader(conn, versions)
        changes: dict[str, Any] = {}
        if "plan_info" in records:
            info = read.info()
            title, horizon = info.get("title", ""), int(info.get("horizon_years", "0") or 0)
            changes.update(title=title, calendar_as_of=info.get("calendar_as_of", ""))
            if horizon:
                changes["horizon_years"] = horizon
        for kind in KINDS:
            keys = records.get(kind.table)
            if not keys:
                continue
            keys = list(dict.fromkeys(keys))
            fresh = {kind.key(x): x for x in getattr(read, kind.table)(keys)}
            if len(fresh) != len(keys):  # removed meanwhile by an edit not yet announced
                return self._refreshed(conn)
            items = getattr(current, kind.attr)
            changes[kind.attr] = tuple(fresh.get(kind.key(x), x) for x in items)
        if versions == self._versions:
            return None, self._versions
        return replace(current, **changes), versions

    def _refreshed(self, conn: Connection) -> tuple[Plan | None, Versions]:
        current = self.plan
        versions = dict(self._versions)
        read = RecordReader(conn, versions)
        changed = False
        info_rows = read.rows("SELECT key, version FROM plan_info")
        info_keys = {k for (t, k) in self._versions if t == "plan_info"}
        if {k for k, _ in info_rows} != info_keys or any(
            self._versions.get(("plan_info", k)) != v for k, v in info_rows
        ):
            for k in info_keys:
                versions.pop(("plan_info", k), None)
            info = read.info()
            changed = True
        else:
            info = {"title": current.title, "horizon_years": str(current.horizon_years)}
            if current.calendar_as_of:
                info["calendar_as_of"] = current.calendar_as_of
        parts: dict[str, tuple[Any, ...]] = {}
        for kind in KINDS:
            items = getattr(current, kind.attr)
            key_sql = _KEY_SQL[kind.table]
            scanned = read.rows(f"SELECT {key_sql}, version, position FROM {kind.table}")
            if kind.table == "tracking":
                scanned = [((r[0], r[1]), r[2], r[3]) for r in scanned]
            order = [k for _, k in sorted((r[2], r[0]) for r in scanned)]
            stale = [k for k, v, _ in scanned if self._versions.get((kind.table, k)) != v]
            old_keys = [kind.key(x) for x in items]
            if not stale and order == old_keys:
                parts[kind.attr] = items
                continue
            changed = True
            for k in set(old_keys) - set(order):
                versions.pop((kind.table, k), None)
            fresh = {kind.key(x): x for x in getattr(read, kind.table)(stale)} if stale else {}
            by_key = dict(zip(old_keys, items, strict=True))
            parts[kind.attr] = tuple(fresh[k] if k in fresh else by_key[k] for k in order)
        if not changed:
            return None, self._versions
        return plan_with_info(info, **parts), versions

    def listening_socket(self) -> int | None:
        """The socket announcements arrive on: a window watches it and polls when it can
        be read. None while not listening (the server was lost; `poll` listens again)."""
        if self._listener is None or self._listener.closed:
            return None
        return self._listener.fileno()

    def poll(self, *, check: bool = True) -> bool:
        """Whether others announced edits since the last poll (never waits). After the
        listening connection was lost, reconnecting counts as news (edits may have been
        missed). PlanConnectionError while the server cannot be reached.

        `check`: ask the server first (one round trip), which finds a connection that
        died without a word; without, only what already arrived on the socket is read
        (when it was found readable: an announcement, or the end of the connection)."""
        if self._listener is None or self._listener.closed:
            self._listen()
            self._announced = []  # unknown: compare everything
            return True
        try:
            if check:
                self._listener.execute("SELECT 1")  # a lost server shows itself here
            news = list(self._listener.notifies(timeout=0))
        except psycopg.Error:  # the connection was dropped: one try at a new one
            self._listener.close()
            self._listener = None
            self._listen()
            self._announced = []
            return True
        others = [a for a in (_announcement(n.payload, self._token) for n in news) if a]
        self._announced += others
        return bool(others)

    def _listen(self) -> None:
        listener = connect(self.address, autocommit=True)
        try:
            listener.execute(
                psycopg.sql.SQL("LISTEN {}").format(psycopg.sql.Identifier(self.address.channel))
            )
        except psycopg.Error as exc:
            listener.close()
            raise PlanConnectionError(f"{self.address}: cannot listen ({_reason(exc)})") from None
        self._listener = listener

    # --- writing --------------------------------------------------------------------

    def save(
        self,
        new: Plan,
        description: str = "",
        *,
        discarded: tuple[RecordChange, ...] = (),
        also: Callable[[Connection], None] | None = None,
    ) -> int:
        """Commit `new` in one transaction with its audit row, if every record it writes
        still has the version read; else PlanConflictError and nothing is written.
        `discarded`: versions not applied, kept in the audit; `also` runs in the same
        transaction (and may refuse it by raising)."""
        if self.read_only:
            raise PlanReadOnlyError(
                f"{self.address}: {self.read_only_reason}", self.read_only_reason
            )
        touched, new_versions = self._write(new, description, discarded, also)
        self._adopt(new, new_versions)
        return touched

    def server_errors(self, doing: str) -> AbstractContextManager[None]:
        return server_errors(self.address, doing)

    def last_change(self, table: str, key: Hashable) -> tuple[str, datetime | None]:
        """Who last changed a record, and when (from the audit)."""
        with self.server_errors("reading the history"), self.engine.connect() as conn:
            found = last_change(conn, table, key)
        return (found[0], found[1].astimezone()) if found else ("someone else", None)

    def _write(
        self,
        new: Plan,
        description: str,
        discarded: tuple[RecordChange, ...],
        also: Callable[[Connection], None] | None,
    ) -> tuple[int, Versions]:
        try:
            with server_errors(self.address, "saving the edit"), self.engine.begin() as conn:
                # the audit row first: the database's record of each row this edit writes
                # (its triggers) joins it, so the edit stays one entry of the history
                audit_id = begin_audit(conn, description)
                touched, changes, new_versions = save_changes(conn, self.plan, new, self._versions)
                if also is not None:
                    also(conn)
                if not (touched or discarded or also):
                    raise _NothingToSave
                write_audit(
                    conn,
                    audit_id,
                    changes,
                    discarded,
                    channel=self.address.channel,
                    announcement=self._token,
                )
        except _NothingToSave:  # rolled back: no audit row for an edit that wrote nothing
            return 0, {}
        except VersionConflict as exc:
            raise self._conflict(exc.records) from None
        except IntegrityError as exc:  # a record it refers to went away meanwhile
            raise PlanConflictError(
                [(f"a record this edit refers to ({_reason(exc)})", "someone else", None)]
            ) from None
        return touched, new_versions

    def _adopt(self, new: Plan, new_versions: Versions) -> None:
        self._plan = new
        for k, v in new_versions.items():
            if v:
                self._versions[k] = v
            else:
                self._versions.pop(k, None)

    def _conflict(self, records: list[tuple[str, Hashable]]) -> PlanConflictError:
        found: list[tuple[str, str, datetime | None]] = []
        try:
            with self.engine.connect() as conn:
                for table, key in records:
                    last = last_change(conn, table, key)
                    who, at = last if last else ("someone else", None)
                    found.append((describe(table, key), who, at.astimezone() if at else None))
        except DBAPIError:
            found = [(describe(t, k), "someone else", None) for t, k in records]
        return PlanConflictError(found)

    def copy_to(self, dest: Path) -> None:
        """Save As: the plan as it stands here, as a new plan file."""
        from planner.store.database import create_plan_file

        create_plan_file(dest, self.plan)

    # --- history and settings --------------------------------------------------------

    def history(
        self, *, who: str | None = None, table: str | None = None, key: Hashable | None = None
    ) -> list[AuditEntry]:
        with server_errors(self.address, "reading the history"), self.engine.connect() as conn:
            return history(conn, who=who, table=table, key=key)

    def settings(self) -> dict[str, str]:
        """View settings (drafts, as-of) are each officer's own: kept in this window."""
        return dict(self._settings)

    def set_setting(self, key: str, value: str) -> None:
        self._settings[key] = value


class _NothingToSave(Exception):
    """An edit that changes no record: its transaction (and audit row) is rolled back."""


def _announcement(payload: str, own: str) -> int:
    """The audit id another window's edit announced (0 for one's own, or unreadable)."""
    try:
        data = json.loads(payload)
        return 0 if data.get("by") == own else int(data.get("audit", 0))
    except (ValueError, AttributeError, TypeError):
        return 0


def _upgrade(engine: Engine, address: TeamAddress, revision: str) -> None:
    """Bring an older plan to this version's schema, in one transaction (a server rolls
    DDL back), one upgrader at a time."""
    from alembic import command

    try:
        with server_errors(address, "upgrading the plan"), engine.begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(current_schema()))"))
            if _schema_state(conn, address) == head_revision():
                return
            owner = role_name(address.schema, "owner")
            has_roles = conn.execute(
                text("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = :r"), {"r": owner}
            ).first()
            if has_roles:  # what the migration makes belongs to the plan's owner role
                conn.execute(text(f'SET LOCAL ROLE "{owner}"'))
            command.upgrade(alembic_config(conn), "head")
            if has_roles:
                raw = conn.connection.driver_connection
                assert isinstance(raw, psycopg.Connection)  # team_engine's own connections
                for statement in grants(address.schema):
                    conn.exec_driver_sql(statement.as_string(raw))
    except PlanPermissionError:
        raise PlanPermissionError(
            f"{address}: the plan's schema ({revision}) is older than this version's and"
            " only its owner may upgrade it; ask them to open it once"
        ) from None
