"""Roles enforced by the database: a reader cannot write, even by hand-written SQL; an
editor's edits are audited under their own name, which they cannot forge."""

from __future__ import annotations

from dataclasses import replace

import psycopg
import pytest

from planner.app.workspace import ReadOnly, Workspace
from planner.cli.main import main
from planner.store.address import parse_location
from planner.store.errors import PlanReadOnlyError
from planner.store.team import TeamStore


def test_a_reader_gets_a_read_only_store_and_the_database_refuses_their_writes(
    pg_server, plan_name, people
):
    url = pg_server.url(plan_name, user=people["reader"])
    ws = Workspace.open(parse_location(url))  # the window reflects the role
    assert (ws.read_only, ws.read_only_reason) == (True, ReadOnly.ROLE)
    ws.close()
    with TeamStore.open(parse_location(url)) as store:
        assert store.read_only
        assert "may only read" in store.read_only_reason
        with pytest.raises(PlanReadOnlyError):
            store.save(replace(store.plan, title="x"))
    # a hand-written SQL session as the reader: every write is refused by the server
    with psycopg.connect(parse_location(url).conninfo, autocommit=True) as conn:
        assert conn.execute(f"SELECT count(*) FROM {plan_name}.decisions").fetchone()[0] > 0
        for statement in (
            f"UPDATE {plan_name}.decisions SET title = 'hacked'",
            f"DELETE FROM {plan_name}.tracking",
            f"INSERT INTO {plan_name}.plan_info (key, value) VALUES ('x', 'y')",
            f"INSERT INTO {plan_name}.audit (description) VALUES ('forged')",
            f"DROP TABLE {plan_name}.decisions",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        titles = conn.execute(f"SELECT DISTINCT title FROM {plan_name}.decisions").fetchall()
    assert ("hacked",) not in titles


def test_an_editor_writes_and_is_audited_by_name_which_they_cannot_forge(
    pg_server, plan_name, people
):
    url = pg_server.url(plan_name, user=people["editor"])
    with TeamStore.open(parse_location(url)) as store:
        assert not store.read_only
        d = store.plan.decisions[0]._replace(title="By the editor")
        store.save(replace(store.plan, decisions=(d, *store.plan.decisions[1:])), "retitle")
        entry = store.history()[0]
        assert (entry.who, entry.description) == (people["editor"], "retitle")
        assert store.history(who=people["editor"])[0].id == entry.id
        assert store.history(table="decisions", key=d.symbol)[0].id == entry.id
    with psycopg.connect(parse_location(url).conninfo, autocommit=True) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(f"INSERT INTO {plan_name}.audit (who, description) VALUES ('x', 'y')")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(f"UPDATE {plan_name}.audit SET who = 'someone else'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(f"ALTER TABLE {plan_name}.decisions ADD COLUMN x int")


def test_print_sql_shows_the_statements_and_changes_nothing(team_url, plan_name, capsys):
    assert main(["team-setup", team_url, "--print-sql"]) == 0
    out = capsys.readouterr().out
    assert f'CREATE ROLE "planner_{plan_name}_reader" NOLOGIN;' in out
    assert f'GRANT SELECT ON ALL TABLES IN SCHEMA "{plan_name}"' in out


def test_an_unknown_user_is_one_line(team_url, capsys):
    assert main(["team-setup", team_url, "--editor", "nobody_here"]) == 2
    assert "no database user 'nobody_here'" in capsys.readouterr().err
