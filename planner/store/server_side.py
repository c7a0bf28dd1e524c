"""What only a database server adds to the plan's tables (PostgreSQL; nothing on SQLite).

The audit's `who` and `at` are filled by the server, from the session's database user and
its clock: editors may not write those columns (see `team_roles`), so an audit row says
who the database knows, not what a client claims."""

from __future__ import annotations

from sqlalchemy import Connection

_DEFAULTS = (
    ("audit", "who", "current_user"),
    ("audit", "at", "now()"),
    ("offline_copies", "taken_by", "current_user"),
    ("offline_copies", "taken_at", "now()"),
)


def add_server_defaults(conn: Connection) -> None:
    if conn.dialect.name != "postgresql":
        return
    for table, column, value in _DEFAULTS:
        conn.exec_driver_sql(f'ALTER TABLE {table} ALTER COLUMN "{column}" SET DEFAULT {value}')
