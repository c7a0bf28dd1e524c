"""What only a database server adds to the plan's tables (PostgreSQL; nothing on SQLite).

The audit's `who` and `at` are filled by the server, from the session's database user and
its clock: editors may not write those columns (see `team_roles`), so an audit row says
who the database knows, not what a client claims.

Every write of plan content is recorded by the database itself (schema 0007), whoever
makes it: a row trigger on each content table writes the row before and after
(`audit_rows`) under the audit row of its transaction. The planner writes that audit row
first, with the edit's description, so its edit stays one entry of the History; a
hand-written SQL session has none, and the trigger makes one (`by_hand`, the login's
name, announced like an edit). The trigger function runs with its owner's rights (the
plan's owner role), so an editor writes audit rows only through their edits and can
neither change nor delete them. A record changed by hand without raising its version is
given a new version too (a mandate's decision, for a mandate), so open windows see the
change and no edit overwrites it."""

from __future__ import annotations

from sqlalchemy import Connection

from planner.store.tables import CONTENT_TABLES

_DEFAULTS = (
    ("audit", "who", "current_user"),
    ("audit", "at", "now()"),
    ("offline_copies", "taken_by", "current_user"),
    ("offline_copies", "taken_at", "now()"),
)

# the columns that name a record of each content table in `audit_rows.key` (several: a
# JSON array, as `records.key_text` writes a tracking key)
ROW_KEYS = {
    "plan_info": ("key",),
    "bodies": ("id",),
    "session_series": ("id",),
    "sessions": ("id",),
    "event_series": ("id",),
    "events": ("id",),
    "reports": ("id",),
    "decisions": ("symbol",),
    "mandates": ("pk",),
    "tracking": ("report", "session"),
}
assert set(ROW_KEYS) == set(CONTENT_TABLES)
# content tables whose records carry a version (a mandate's is its decision's)
_VERSIONED = tuple(t for t in CONTENT_TABLES if t != "mandates")
_UNORDERED = ("plan_info",)  # no `position` column

FUNCTIONS = (
    "planner_audit_row",
    "planner_audit_own_edit",
    "planner_bump_version",
    "planner_bump_decision",
)

# {path}: the plan's schema, then pg_temp last, so a temporary table of a session cannot
# stand in for the audit inside a function that runs with its owner's rights
_AUDIT_ROW = """
CREATE FUNCTION planner_audit_row() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {path}, pg_temp AS $fn$
DECLARE
    head integer;
    rec jsonb;
    record_key text;
BEGIN
    SELECT id INTO head FROM audit WHERE xact = txid_current();
    IF head IS NULL THEN
        INSERT INTO audit (at, who, description, xact, by_hand)
        VALUES (now(), session_user, '', txid_current(), true) RETURNING id INTO head;
        PERFORM pg_notify('planner_' || TG_TABLE_SCHEMA,
                          json_build_object('by', '', 'audit', head)::text);
    END IF;
    IF TG_OP = 'DELETE' THEN
        rec := to_jsonb(OLD);
    ELSE
        rec := to_jsonb(NEW);
    END IF;
    IF TG_NARGS = 1 THEN
        record_key := rec ->> TG_ARGV[0];
    ELSE
        record_key := jsonb_build_array(rec -> TG_ARGV[0], rec -> TG_ARGV[1])::text;
    END IF;
    IF TG_OP = 'INSERT' THEN
        INSERT INTO audit_rows (audit, kind, key, before, after)
        VALUES (head, TG_TABLE_NAME, record_key, NULL, rec::text);
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO audit_rows (audit, kind, key, before, after)
        VALUES (head, TG_TABLE_NAME, record_key, to_jsonb(OLD)::text, rec::text);
    ELSE
        INSERT INTO audit_rows (audit, kind, key, before, after)
        VALUES (head, TG_TABLE_NAME, record_key, rec::text, NULL);
    END IF;
    RETURN NULL;
END
$fn$
"""

# an edit's records describe that edit only: not another officer's audit row
_OWN_EDIT = """
CREATE FUNCTION planner_audit_own_edit() RETURNS trigger
LANGUAGE plpgsql SET search_path = {path}, pg_temp AS $fn$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM audit WHERE id = NEW.audit AND xact = txid_current()) THEN
        RAISE EXCEPTION 'an audit record belongs to the audit row of its own edit'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$fn$
"""

# a record changed without raising its version (hand-written SQL) gets the next one; a
# change of position alone (the planner reordering a list) keeps it
_BUMP_VERSION = """
CREATE FUNCTION planner_bump_version() RETURNS trigger
LANGUAGE plpgsql SET search_path = {path}, pg_temp AS $fn$
DECLARE
    kept integer;
BEGIN
    IF NEW.version IS DISTINCT FROM OLD.version THEN
        RETURN NEW;
    END IF;
    IF TG_NARGS = 0 THEN
        IF NEW IS DISTINCT FROM OLD THEN
            NEW.version := OLD.version + 1;
        END IF;
        RETURN NEW;
    END IF;
    kept := NEW.position;
    NEW.position := OLD.position;
    IF NEW IS DISTINCT FROM OLD THEN
        NEW.version := OLD.version + 1;
    END IF;
    NEW.position := kept;
    RETURN NEW;
END
$fn$
"""


# a mandate is versioned with its decision: one changed by hand raises the decision's
# version, once per transaction; the planner rewrites a decision whole (the row it wrote
# in this transaction is left alone), and a decision being deleted is not there to raise
_BUMP_DECISION = """
CREATE FUNCTION planner_bump_decision() RETURNS trigger
LANGUAGE plpgsql SET search_path = {path}, pg_temp AS $fn$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE decisions SET version = version + 1
        WHERE pk = OLD.decision AND xmin <> pg_current_xact_id()::xid;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        UPDATE decisions SET version = version + 1
        WHERE pk = NEW.decision AND xmin <> pg_current_xact_id()::xid;
    END IF;
    RETURN NULL;
END
$fn$
"""


def add_server_defaults(conn: Connection) -> None:
    if conn.dialect.name != "postgresql":
        return
    for table, column, value in _DEFAULTS:
        conn.exec_driver_sql(f'ALTER TABLE {table} ALTER COLUMN "{column}" SET DEFAULT {value}')


def _quote(conn: Connection, name: str) -> str:
    return str(conn.dialect.identifier_preparer.quote(name))


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def add_row_audit(conn: Connection) -> None:
    """The triggers that record every write of plan content, in the connection's current
    schema (the plan's). Their functions belong to whoever runs this: the plan's owner."""
    if conn.dialect.name != "postgresql":
        return
    schema = str(conn.exec_driver_sql("SELECT current_schema()").scalar_one())
    path = _quote(conn, schema)
    conn.exec_driver_sql('ALTER TABLE audit ALTER COLUMN "xact" SET DEFAULT txid_current()')
    for template in (_AUDIT_ROW, _OWN_EDIT, _BUMP_VERSION, _BUMP_DECISION):
        conn.exec_driver_sql(template.replace("{path}", path))
    for name in FUNCTIONS:
        conn.exec_driver_sql(f"REVOKE ALL ON FUNCTION {name}() FROM PUBLIC")
    for table in CONTENT_TABLES:
        keys = ", ".join(_literal(k) for k in ROW_KEYS[table])
        conn.exec_driver_sql(
            f"CREATE TRIGGER planner_audit AFTER INSERT OR UPDATE OR DELETE ON {table}"
            f" FOR EACH ROW EXECUTE FUNCTION planner_audit_row({keys})"
        )
    for table in _VERSIONED:
        ordered = "" if table in _UNORDERED else "'position'"
        conn.exec_driver_sql(
            f"CREATE TRIGGER planner_version BEFORE UPDATE ON {table}"
            f" FOR EACH ROW EXECUTE FUNCTION planner_bump_version({ordered})"
        )
    conn.exec_driver_sql(
        "CREATE TRIGGER planner_version AFTER INSERT OR UPDATE OR DELETE ON mandates"
        " FOR EACH ROW EXECUTE FUNCTION planner_bump_decision()"
    )
    conn.exec_driver_sql(
        "CREATE TRIGGER planner_own_edit BEFORE INSERT ON audit_records"
        " FOR EACH ROW EXECUTE FUNCTION planner_audit_own_edit()"
    )


def drop_row_audit(conn: Connection) -> None:
    if conn.dialect.name != "postgresql":
        return
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS planner_own_edit ON audit_records")
    for table in CONTENT_TABLES:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS planner_audit ON {table}")
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS planner_version ON {table}")
    for name in FUNCTIONS:
        conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {name}()")
