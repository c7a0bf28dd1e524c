"""Every write of plan content is recorded by the database itself, hand-written SQL too:
who (the login), when, which row, before and after; an edit made in the planner stays one
entry of the History; editors can neither change nor delete what was recorded."""

from __future__ import annotations

import json
from dataclasses import replace

import psycopg
import pytest
from sqlalchemy import text

from planner.app.team import undo_entry
from planner.app.workspace import Workspace
from planner.store.address import parse_location
from planner.store.errors import PlanConflictError, PlanError
from planner.store.team import TeamStore


def _sql_session(url: str) -> psycopg.Connection:
    """A hand-written SQL session (psql's view of the plan), as the URL's user."""
    address = parse_location(url)
    conn = psycopg.connect(address.conninfo, autocommit=True)
    conn.execute(f'SET search_path TO "{address.schema}"')
    return conn


def test_a_hand_written_change_is_recorded_with_who_when_and_the_row_before_and_after(
    pg_server, plan_name, people
):
    url = pg_server.url(plan_name, user=people["editor"])
    with TeamStore.open(parse_location(url)) as store:
        d = store.plan.decisions[0]
        before_count = len(store.history())
        with _sql_session(url) as sql:
            sql.execute(
                "UPDATE decisions SET title = 'Typed in psql' WHERE symbol = %s", (d.symbol,)
            )
        entries = store.history()
        assert len(entries) == before_count + 1
        entry = entries[0]
        assert (entry.who, entry.by_hand, entry.description) == (people["editor"], True, "")
        (record,) = entry.records
        assert (record.table, record.key) == ("decisions", d.symbol)
        assert json.loads(record.before)["title"] == d.title
        assert json.loads(record.after)["title"] == "Typed in psql"
        assert store.history(table="decisions", key=d.symbol)[0].id == entry.id
        # the record's version moved, so an open window takes it in ...
        assert store.poll()
        assert store.refresh().decisions[0].title == "Typed in psql"
        assert store.last_change("decisions", d.symbol)[0] == people["editor"]


def test_an_edit_over_a_hand_written_change_is_refused_not_a_silent_overwrite(
    pg_server, plan_name, people
):
    url = pg_server.url(plan_name, user=people["editor"])
    with TeamStore.open(parse_location(url)) as store:
        d = store.plan.decisions[0]
        with _sql_session(url) as sql:
            sql.execute("UPDATE decisions SET notes = 'by hand' WHERE symbol = %s", (d.symbol,))
        stale = replace(store.plan, decisions=(d._replace(notes="mine"), *store.plan.decisions[1:]))
        with pytest.raises(PlanConflictError, match=people["editor"]):
            store.save(stale, "over the hand edit")
        assert [e.by_hand for e in store.history()[:1]] == [True]


def test_a_mandate_changed_by_hand_is_a_change_of_its_decision(pg_server, plan_name, people):
    url = pg_server.url(plan_name, user=people["editor"])
    with TeamStore.open(parse_location(url)) as store:
        i, d = next(  # a decision with several mandates, their rules with a lead time
            (i, d)
            for i, d in enumerate(store.plan.decisions)
            if len(d.mandates) >= 2 and all(hasattr(m.rule, "prep_weeks") for m in d.mandates)
        )
        version = store.version_of("decisions", d.symbol)
        with _sql_session(url) as sql:
            sql.execute(
                "UPDATE mandates SET prep_weeks = 3 WHERE decision ="
                " (SELECT pk FROM decisions WHERE symbol = %s)",
                (d.symbol,),
            )
            (now,) = sql.execute(
                "SELECT version FROM decisions WHERE symbol = %s", (d.symbol,)
            ).fetchone()
        assert now == version + 1  # once for the transaction, not once per mandate
        entry = store.history()[0]
        assert entry.by_hand
        assert {r.table for r in entry.records} == {"mandates", "decisions"}
        decisions = list(store.plan.decisions)
        decisions[i] = d._replace(title="over a hand-edited mandate")
        with pytest.raises(PlanConflictError):  # never written over with the stale mandates
            store.save(replace(store.plan, decisions=tuple(decisions)), "stale")
        assert store.poll()
        fresh = store.refresh().decisions[i]
        assert {m.rule.prep_weeks for m in fresh.mandates} == {3}
        # the planner's own rewrite of a decision and its mandates raises it once
        decisions = list(store.plan.decisions)
        decisions[i] = fresh._replace(title="in the planner")
        store.save(replace(store.plan, decisions=tuple(decisions)), "retitle")
        store.save(
            replace(
                store.plan,
                decisions=tuple(
                    x._replace(notes="again") if x.symbol == d.symbol else x
                    for x in store.plan.decisions
                ),
            ),
            "the versions it knows are the server's",
        )


def test_an_edit_in_the_planner_is_one_entry_with_its_description_and_its_rows(team_url):
    with TeamStore.open(parse_location(team_url)) as store:
        plan = store.plan
        i = next(i for i, d in enumerate(plan.decisions) if d.mandates)
        d, t = plan.decisions[i], plan.tracking[0]
        decisions = list(plan.decisions)
        decisions[i] = d._replace(title="Retitled")
        before_count = len(store.history())
        new = replace(
            plan,
            decisions=tuple(decisions),
            tracking=(replace(t, notes="noted"), *plan.tracking[1:]),
        )
        store.save(new, "retitle and note")
        entries = store.history()
        assert len(entries) == before_count + 1
        assert (entries[0].description, entries[0].by_hand) == ("retitle and note", False)
        assert {(r.table, r.key) for r in entries[0].records} == {
            ("decisions", d.symbol),
            ("tracking", t.key),
        }
        with store.engine.connect() as conn:
            rows = conn.execute(
                text("SELECT kind, key FROM audit_rows WHERE audit = :a"), {"a": entries[0].id}
            ).all()
        kinds = {k for k, _ in rows}
        assert kinds == {"decisions", "mandates", "tracking"}  # a decision is rewritten whole
        assert ("tracking", json.dumps(list(t.key))) in rows
        # an edit that changes nothing leaves no entry
        store.save(store.plan, "nothing")
        assert len(store.history()) == before_count + 1


def test_editors_cannot_change_delete_or_forge_what_the_database_recorded(
    pg_server, plan_name, people
):
    url = pg_server.url(plan_name, user=people["editor"])
    with _sql_session(url) as sql:
        sql.execute("UPDATE reports SET title = 'x' WHERE id = (SELECT min(id) FROM reports)")
        recorded = sql.execute("SELECT count(*) FROM audit_rows").fetchone()[0]
        assert recorded == 1
        for statement in (
            "UPDATE audit_rows SET after = NULL",
            "DELETE FROM audit_rows",
            "INSERT INTO audit_rows (audit, kind, key) VALUES (1, 'reports', 'x')",
            "UPDATE audit SET description = 'nothing to see'",
            "DELETE FROM audit",
            "UPDATE audit_records SET after = NULL",
            "DELETE FROM audit_records",
            "TRUNCATE audit_rows",
            "ALTER TABLE reports DISABLE TRIGGER planner_audit",
            "DROP TRIGGER planner_audit ON reports",
            "SET session_replication_role = replica",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                sql.execute(statement)
        # nor attach records to someone else's edit
        other = sql.execute("SELECT max(id) FROM audit").fetchone()[0]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            sql.execute(
                "INSERT INTO audit_records (audit, kind, key, note) VALUES (%s, 'reports', 'x', '')",
                (other,),
            )
        # a temporary table of the same name does not take the record's place
        sql.execute("CREATE TEMP TABLE audit_rows (LIKE audit_rows)")
        sql.execute("UPDATE reports SET title = 'y' WHERE id = (SELECT min(id) FROM reports)")
        assert sql.execute("SELECT count(*) FROM pg_temp.audit_rows").fetchone()[0] == 0
        real = f'"{parse_location(url).schema}".audit_rows'
        assert sql.execute(f"SELECT count(*) FROM {real}").fetchone()[0] == recorded + 1
    with _sql_session(pg_server.url(plan_name)) as admin:
        assert admin.execute("SELECT count(*) FROM audit_rows").fetchone()[0] == recorded + 1
        who = admin.execute("SELECT DISTINCT who FROM audit WHERE by_hand").fetchall()
        assert who == [(people["editor"],)]
        # team-setup handed the trigger functions to the owner role with the tables
        owners = admin.execute(
            "SELECT DISTINCT pg_get_userbyid(proowner) FROM pg_catalog.pg_proc"
            " WHERE pronamespace = current_schema()::regnamespace"
        ).fetchall()
        assert owners == [(f"planner_{plan_name}_owner",)]


def test_a_hand_written_edit_cannot_be_undone_from_the_history_as_a_planner_edit(
    pg_server, plan_name, people
):
    url = pg_server.url(plan_name, user=people["editor"])
    with _sql_session(url) as sql:
        sql.execute("UPDATE plan_info SET value = 'By hand' WHERE key = 'title'")
    ws = Workspace.open(parse_location(url))
    try:
        entry = ws.store.history()[0]
        assert entry.by_hand and entry.records[0].what == "plan title"
        with pytest.raises(PlanError, match="outside the planner"):
            undo_entry(ws, entry)
        assert ws.plan.title == "By hand"
    finally:
        ws.close()


def test_a_plan_of_the_previous_schema_is_upgraded_by_its_owner_and_then_audits_hand_edits(
    pg_server, plan_name, people
):
    from alembic import command

    from planner.store.database import alembic_config
    from planner.store.team import team_engine

    admin_address = parse_location(pg_server.url(plan_name))
    engine = team_engine(admin_address)
    try:  # the plan as the previous version left it (schema 0006, no triggers)
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0006")
    finally:
        engine.dispose()
    editor_url = pg_server.url(plan_name, user=people["editor"])
    with _sql_session(editor_url) as sql:
        sql.execute(
            "UPDATE reports SET title = 'unrecorded' WHERE id = (SELECT min(id) FROM reports)"
        )
        assert not sql.execute(
            "SELECT 1 FROM pg_catalog.pg_class WHERE relname = 'audit_rows'"
            " AND relnamespace = current_schema()::regnamespace"
        ).fetchall()
    with pytest.raises(PlanError, match="only its owner may upgrade"):
        TeamStore.open(parse_location(editor_url))
    TeamStore.open(parse_location(pg_server.url(plan_name, user=people["owner"]))).close()
    with _sql_session(editor_url) as sql:
        sql.execute(
            "UPDATE reports SET title = 'recorded' WHERE id = (SELECT min(id) FROM reports)"
        )
        assert sql.execute("SELECT count(*) FROM audit_rows").fetchone()[0] == 1
        owners = sql.execute(
            "SELECT DISTINCT pg_get_userbyid(proowner) FROM pg_catalog.pg_proc"
            " WHERE pronamespace = current_schema()::regnamespace"
        ).fetchall()
        assert owners == [(f"planner_{plan_name}_owner",)]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            sql.execute("DELETE FROM audit_rows")
