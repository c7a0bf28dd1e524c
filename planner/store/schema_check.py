"""What a plan file may hold: the tables and indexes Mandate Planner makes, and nothing else.

A trigger in a plan file would run on the app's own writes (one on `settings` could delete
every mandate when drafts are toggled), a view or another table has no business there, and
a table of ours redefined (a foreign key that cascades, an `ON CONFLICT REPLACE` that turns
an insert into a delete) changes what our writes do. So before a plan is opened for editing,
its schema is compared with ours, by structure as SQLite reports it (columns with their
types, NOT NULL, defaults and keys; foreign keys with their actions; indexes), which does not
depend on how the CREATE text was spelt (Alembic's migrations and `create_all` spell it
differently). A file of an older revision lacks columns and tables, never has others.
CHECK constraints are not compared: they can only refuse a write, which shows as a failed
edit. The comparison reads a few PRAGMAs: it costs well under a millisecond per table.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import lru_cache

from planner.store.tables import CONTENT_TABLES

# tables SQLite itself makes (AUTOINCREMENT, ANALYZE); a plan never needs them, but they
# run nothing and a tool that ran ANALYZE on a plan did it no harm
SQLITE_TABLES = frozenset(
    {"sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4"}
)
# what Alembic makes to record the schema revision
ALEMBIC_VERSION = (
    "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL,"
    " CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
)
REQUIRED_TABLES = frozenset(CONTENT_TABLES)  # what every schema revision has


@dataclass(frozen=True, slots=True)
class TableShape:
    columns: frozenset[tuple[object, ...]]
    foreign_keys: frozenset[tuple[object, ...]]
    indexes: frozenset[tuple[object, ...]]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def table_shape(conn: sqlite3.Connection, table: str) -> TableShape:
    q = _quoted(table)
    columns = frozenset(tuple(r[1:]) for r in conn.execute(f"PRAGMA table_xinfo({q})"))
    foreign_keys = frozenset(tuple(r[2:]) for r in conn.execute(f"PRAGMA foreign_key_list({q})"))
    indexes = []
    for _seq, name, unique, origin, partial in conn.execute(f"PRAGMA index_list({q})"):
        cols = tuple(r[2] for r in conn.execute(f"PRAGMA index_xinfo({_quoted(name)})"))
        indexes.append((name, unique, origin, partial, cols))
    return TableShape(columns, foreign_keys, frozenset(indexes))


@lru_cache(maxsize=1)
def expected_shapes() -> dict[str, TableShape]:
    """Our tables as the app makes them at the head revision (`create_all`), and Alembic's."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from planner.store.schema import Base

    memory = sqlite3.connect(":memory:")
    engine = create_engine("sqlite://", creator=lambda: memory, poolclass=StaticPool)
    try:
        with engine.begin() as conn:
            Base.metadata.create_all(conn)
        memory.execute(ALEMBIC_VERSION)
        names = [r[0] for r in memory.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {name: table_shape(memory, name) for name in names}
    finally:
        engine.dispose()
        memory.close()


def _differs(have: TableShape, want: TableShape) -> str:
    """What of `have` Mandate Planner does not make (it may lack what a later revision adds)."""
    if not have.columns <= want.columns:
        extra = sorted(str(c[0]) for c in have.columns - want.columns)
        return " column " + ", ".join(f'"{c}"' for c in extra)
    if not have.foreign_keys <= want.foreign_keys:
        extra = sorted(str(k[1]) for k in have.foreign_keys - want.foreign_keys)
        return " foreign key on " + ", ".join(f'"{c}"' for c in extra)
    if not have.indexes <= want.indexes:
        extra = sorted(str(i[0]) for i in have.indexes - want.indexes)
        return "n index " + ", ".join(f'"{c}"' for c in extra)
    return ""


# schemas found to be ours in this process, by their CREATE texts (a table's structure is
# what its text says): a plan opened again, or another plan of ours, needs no PRAGMA
_VETTED: set[tuple[tuple[str, str, str, str | None], ...]] = set()


def foreign_schema(conn: sqlite3.Connection) -> str:
    """Why the file's schema is not one Mandate Planner made (empty if it is): the first
    object we did not make, named, e.g. `it holds a trigger "wipe" that Mandate Planner did
    not make`."""
    want = expected_shapes()
    objects = tuple(
        conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type DESC, name"
        ).fetchall()
    )
    if objects in _VETTED:
        return ""
    why = _first_foreign(conn, objects, want)
    if not why:
        _VETTED.add(objects)
    return why


def _first_foreign(
    conn: sqlite3.Connection,
    objects: tuple[tuple[str, str, str, str | None], ...],
    want: dict[str, TableShape],
) -> str:
    for kind, name, table, sql in objects:
        if kind == "table" and (name in SQLITE_TABLES or name in want):
            if name in SQLITE_TABLES:
                continue
            text = " ".join(str(sql or "").upper().split())
            if text.startswith("CREATE VIRTUAL") or "CONFLICT" in text:
                return f'its table "{name}" is not defined as Mandate Planner defines it'
            what = _differs(table_shape(conn, name), want[name])
            if what:
                return f'its table "{name}" has a{what} that Mandate Planner did not make'
        elif kind == "index" and table in want:
            continue  # compared with its table
        else:
            return f'it holds {"an" if kind == "index" else "a"} {kind} "{name}"' + (
                " that Mandate Planner did not make"
            )
    return ""
