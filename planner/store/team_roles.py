"""Who may do what on a team plan, enforced by the database itself.

Three roles per plan (group roles, no login), each including the one before:

- `planner_<plan>_reader`: reads the plan (SELECT);
- `planner_<plan>_editor`: writes plan content and the audit of its edits; the audit's
  `who` and `at` come from the server (editors may not write those columns), and the
  database records every row an editor's session writes (`audit_rows`, by triggers that
  run with the owner's rights): an editor can neither write nor change nor delete those;
- `planner_<plan>_owner`: owns the schema and its tables (migrations, grants).

`planner team-setup URL --reader alice --editor bob --owner carol` creates the roles (if
missing), hands the plan to the owner role, grants, and makes the named database users
members. It runs as a user who may create roles (the database's administrator);
`--print-sql` shows the SQL instead, to run by hand (docs/team-plans.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from psycopg import sql

from planner.store.address import TeamAddress
from planner.store.errors import PlanError
from planner.store.server_side import FUNCTIONS
from planner.store.tables import CONTENT_TABLES

KINDS = ("reader", "editor", "owner")


def role_name(plan: str, kind: str) -> str:
    return f"planner_{plan}_{kind}"


def _role(plan: str, kind: str) -> sql.Identifier:
    return sql.Identifier(role_name(plan, kind))


def create_roles(plan: str, existing: Iterable[str] = ()) -> list[sql.Composed]:
    have = set(existing)
    out = [
        sql.SQL("CREATE ROLE {} NOLOGIN").format(_role(plan, k))
        for k in KINDS
        if role_name(plan, k) not in have
    ]
    out += [
        sql.SQL("GRANT {} TO {}").format(_role(plan, "reader"), _role(plan, "editor")),
        sql.SQL("GRANT {} TO {}").format(_role(plan, "editor"), _role(plan, "owner")),
    ]
    return out


def hand_over(
    plan: str, tables: Sequence[str], sequences: Sequence[str], functions: Sequence[str] = ()
) -> list[sql.Composed]:
    """The owner role owns the schema and everything in it, the audit's trigger functions
    too (they run with its rights: editors write the audit only through them)."""
    schema, owner = sql.Identifier(plan), _role(plan, "owner")
    out = [sql.SQL("ALTER SCHEMA {} OWNER TO {}").format(schema, owner)]
    out += [
        sql.SQL("ALTER TABLE {} OWNER TO {}").format(sql.Identifier(plan, t), owner) for t in tables
    ]
    out += [
        sql.SQL("ALTER SEQUENCE {} OWNER TO {}").format(sql.Identifier(plan, s), owner)
        for s in sequences
    ]
    out += [
        sql.SQL("ALTER FUNCTION {}() OWNER TO {}").format(sql.Identifier(plan, f), owner)
        for f in functions
    ]
    return out


def grants(plan: str) -> list[sql.Composed]:
    """What readers and editors may do (run again after a migration adds tables)."""
    schema = sql.Identifier(plan)
    reader, editor = _role(plan, "reader"), _role(plan, "editor")

    def table(name: str) -> sql.Identifier:
        return sql.Identifier(plan, name)

    out = [
        sql.SQL("REVOKE ALL ON SCHEMA {} FROM PUBLIC").format(schema),
        sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(schema, reader),
        sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA {} TO {}").format(schema, reader),
        sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {} TO {}").format(schema, editor),
    ]
    out += [
        sql.SQL("GRANT INSERT, UPDATE, DELETE ON {} TO {}").format(table(t), editor)
        for t in CONTENT_TABLES
    ]
    out += [
        sql.SQL("GRANT INSERT (description) ON {} TO {}").format(table("audit"), editor),
        sql.SQL("GRANT INSERT (audit, kind, key, before, after, note) ON {} TO {}").format(
            table("audit_records"), editor
        ),
        sql.SQL("GRANT INSERT (id), UPDATE (returned_at, returned_by) ON {} TO {}").format(
            table("offline_copies"), editor
        ),
    ]
    return out


def members(plan: str, people: dict[str, Sequence[str]]) -> list[sql.Composed]:
    return [
        sql.SQL("GRANT {} TO {}").format(_role(plan, kind), sql.Identifier(user))
        for kind in KINDS
        for user in people.get(kind, ())
    ]


def team_setup(
    address: TeamAddress, people: dict[str, Sequence[str]], *, dry_run: bool = False
) -> list[str]:
    """Create the roles, hand the plan over and grant, in one transaction. Returns the SQL
    (as run, or as it would run with `dry_run`)."""
    import psycopg

    from planner.store.team import connect, server_errors

    plan = address.schema
    with server_errors(address, "setting up roles"), connect(address) as conn:
        found = conn.execute(
            "SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = %s", (plan,)
        ).fetchone()
        if found is None:
            raise PlanError(f"{address}: no plan named {plan!r} in this database")
        existing = [
            r[0]
            for r in conn.execute(
                "SELECT rolname FROM pg_catalog.pg_roles WHERE rolname = ANY(%s)",
                ([role_name(plan, k) for k in KINDS],),
            )
        ]
        users = {u for group in people.values() for u in group}
        known = {
            r[0]
            for r in conn.execute(
                "SELECT rolname FROM pg_catalog.pg_roles WHERE rolname = ANY(%s)", (list(users),)
            )
        }
        if users - known:
            raise PlanError(f"{address}: no database user {sorted(users - known)[0]!r}")
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = %s ORDER BY 1",
                (plan,),
            )
        ]
        sequences = [
            r[0]
            for r in conn.execute(
                "SELECT sequencename FROM pg_catalog.pg_sequences WHERE schemaname = %s ORDER BY 1",
                (plan,),
            )
        ]
        functions = [
            r[0]
            for r in conn.execute(
                "SELECT p.proname FROM pg_catalog.pg_proc p"
                " JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
                " WHERE n.nspname = %s AND p.proname = ANY(%s) ORDER BY 1",
                (plan, list(FUNCTIONS)),
            )
        ]
        statements = [
            *create_roles(plan, existing),
            *hand_over(plan, tables, sequences, functions),
            *grants(plan),
            *members(plan, people),
        ]
        text = [s.as_string(conn) for s in statements]
        if dry_run:
            conn.rollback()
            return text
        try:
            for statement in statements:
                conn.execute(statement)
        except psycopg.errors.InsufficientPrivilege as exc:
            raise PlanError(
                f"{address}: setting up roles needs a user who may create roles ({exc})"
            ) from None
        conn.commit()
        return text
