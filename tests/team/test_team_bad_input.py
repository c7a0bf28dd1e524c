"""Hostile text round-trips unchanged; a bad address, password, database, schema or a
newer schema version gives one clear line and writes nothing."""

from __future__ import annotations

import json
from dataclasses import replace

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from benchmarks.pg_cluster import PASSWORD_USER
from planner.app.documents import read_plan
from planner.cli.main import main
from planner.store.address import parse_location
from planner.store.database import alembic_config, head_revision
from planner.store.schema import Base
from planner.store.team import TeamStore, team_engine

HOSTILE = (
    "O'Brien \"quoted\" '; DROP TABLE decisions; --",
    "nul\x00inside",
    "\\x00 and $1 and %s and %(name)s and {0}",
    "Ω 中文 العربية \U0001f600",
)


@pytest.mark.parametrize("hostile", HOSTILE, ids=["quotes", "nul", "placeholders", "scripts"])
def test_hostile_text_round_trips_unchanged(team_url, hostile):
    with TeamStore.open(parse_location(team_url)) as store:
        plan = store.plan
        d = plan.decisions[0]._replace(title=hostile, notes=hostile)
        body = replace(plan.bodies[0], name=hostile)
        store.save(
            replace(
                plan,
                title=hostile,
                decisions=(d, *plan.decisions[1:]),
                bodies=(body, *plan.bodies[1:]),
            ),
            hostile,
        )
    again = read_plan(team_url)
    assert again.title == hostile
    assert again.decisions[0].title == again.decisions[0].notes == hostile
    assert again.bodies[0].name == hostile
    with TeamStore.open(parse_location(team_url)) as store:
        assert store.history()[0].description == hostile


def test_ten_megabytes_of_text_round_trip(team_url):
    big = "x'y\"z" * 2_000_000
    with TeamStore.open(parse_location(team_url)) as store:
        d = store.plan.decisions[0]._replace(notes=big)
        store.save(replace(store.plan, decisions=(d, *store.plan.decisions[1:])), "big")
    assert read_plan(team_url).decisions[0].notes == big


def _refused(capsys, args: list[str], *expected: str) -> None:
    assert main(args) == 2
    captured = capsys.readouterr()
    err = captured.err.strip()
    assert "\n" not in err and "Traceback" not in err, err
    for part in expected:
        assert part in err, err


def test_bad_addresses_are_one_line_each(pg_server, capsys, tmp_path):
    out = str(tmp_path / "x.json")
    url = pg_server.url
    _refused(capsys, ["dump", url(), out], "name the plan")
    _refused(capsys, ["dump", url("Bad-Name"), out], "plan name")
    _refused(capsys, ["dump", url("nosuchplan"), out], "no plan named 'nosuchplan'")
    _refused(capsys, ["dump", url("p", db="nosuchdb"), out], 'database "nosuchdb" does not exist')
    assert not (tmp_path / "x.json").exists()


def test_a_wrong_password_is_one_line(pg_server, capsys, tmp_path):
    with pg_server.admin() as conn:
        conn.execute(f"DROP ROLE IF EXISTS {PASSWORD_USER}")
        conn.execute(f"CREATE ROLE {PASSWORD_USER} LOGIN PASSWORD 'right'")
    if pg_server.cluster is None:
        pytest.skip("the server's pg_hba.conf is not ours to set")
    url = pg_server.url("p", user=f"{PASSWORD_USER}:wrong")
    _refused(capsys, ["dump", url, str(tmp_path / "x.json")], "password authentication failed")
    assert "wrong" not in capsys.readouterr().err


def test_another_applications_schema_is_refused_and_left_alone(pg_server, capsys, tmp_path):
    with pg_server.admin() as conn:
        conn.execute("DROP SCHEMA IF EXISTS otherapp CASCADE")
        conn.execute("CREATE SCHEMA otherapp")
        conn.execute("CREATE TABLE otherapp.customers (id int)")
    url = pg_server.url("otherapp")
    _refused(capsys, ["dump", url, str(tmp_path / "x.json")], "another application's tables")
    _refused(capsys, ["import", "tests/fixtures/seed-demo-plan.json", url], "already has")
    with pg_server.admin() as conn:
        tables = conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'otherapp'"
        ).fetchall()
    assert tables == [("customers",)]


def test_a_newer_schema_is_refused_and_nothing_written(team_url, capsys, tmp_path):
    address = parse_location(team_url)
    with psycopg.connect(address.conninfo, autocommit=True) as conn:
        conn.execute(f"UPDATE {address.schema}.alembic_version SET version_num = '9999'")
    _refused(capsys, ["dump", team_url, str(tmp_path / "x.json")], "newer version", "9999")
    with pytest.raises(Exception, match="newer version"):
        TeamStore.open(address)


def test_migrations_run_unchanged_on_postgresql(pg_server, plan_name):
    """Every migration from the first, on a server, gives exactly the models' schema."""
    from alembic import command

    address = parse_location(pg_server.url(plan_name))
    engine = team_engine(address)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"CREATE SCHEMA {plan_name}")
            conn.exec_driver_sql(f"SET LOCAL search_path TO {plan_name}")
            command.upgrade(alembic_config(conn), "head")
        with engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                head_revision()
            )
    finally:
        engine.dispose()


def test_json_of_hostile_text_in_the_audit_is_exact(team_url):
    with TeamStore.open(parse_location(team_url)) as store:
        d = store.plan.decisions[0]._replace(title=HOSTILE[0])
        store.save(replace(store.plan, decisions=(d, *store.plan.decisions[1:])), "x")
        record = store.history()[0].records[0]
        assert json.loads(record.after or "null")["title"] == HOSTILE[0]
