"""The same store on PostgreSQL: import, read, dump, recalc; open, edit, reopen."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from paths import SEED_PLAN as SEED

from planner.app.documents import read_plan
from planner.cli.main import main
from planner.store.address import parse_location
from planner.store.interchange import plan_to_json
from planner.store.team import TeamStore


def test_import_then_dump_gives_the_same_plan(team_url, tmp_path, capsys):
    out = tmp_path / "out.json"
    assert main(["dump", team_url, str(out)]) == 0
    assert json.loads(out.read_text()) == plan_to_json(read_plan(SEED))
    assert main(["recalc", team_url, "--json"]) == 0
    on_server = json.loads(capsys.readouterr().out)
    assert main(["recalc", str(SEED), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == on_server


def test_an_edit_is_saved_and_read_back(team_url):
    address = parse_location(team_url)
    with TeamStore.open(address) as store:
        plan = store.plan
        d = plan.decisions[0]
        new = replace(plan, decisions=(d._replace(title="Edited"), *plan.decisions[1:]))
        store.save(new, "edit title")
    assert read_plan(team_url).decisions[0].title == "Edited"


def test_sessions_and_exports_read_a_team_plan(team_url, tmp_path, capsys):
    assert main(["sessions", team_url, "--json"]) == 0
    on_server = capsys.readouterr().out
    assert main(["sessions", str(SEED), "--json"]) == 0
    assert capsys.readouterr().out == on_server
    out = tmp_path / "req.csv"
    assert main(["export-table", team_url, str(out)]) == 0
    assert out.read_text(encoding="utf-8").count("\n") > 1


def test_libpq_finds_the_password_and_the_service_and_we_never_show_a_password(
    pg_server, plan_name, team_url, tmp_path, monkeypatch, capsys
):
    from benchmarks.pg_cluster import PASSWORD_USER

    if pg_server.cluster is None:
        pytest.skip("the server's pg_hba.conf is not ours to set")
    with pg_server.admin() as conn:
        conn.execute(f"DROP ROLE IF EXISTS {PASSWORD_USER}")
        conn.execute(f"CREATE ROLE {PASSWORD_USER} LOGIN SUPERUSER PASSWORD 's3cret'")
    cluster = pg_server.cluster
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"*:*:*:{PASSWORD_USER}:s3cret\n")
    passfile.chmod(0o600)
    services = tmp_path / "services"
    services.write_text(
        f"[planning]\nhost={cluster.socket}\nport={cluster.port}\n"
        f"dbname={pg_server.dbname}\nuser={PASSWORD_USER}\n"
    )
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    url = f"postgresql:///?service=planning&plan={plan_name}"
    assert read_plan(url).title == read_plan(SEED).title  # .pgpass and the service file
    with_password = pg_server.url(plan_name, user=f"{PASSWORD_USER}:s3cret")
    address = parse_location(with_password)
    assert "s3cret" not in str(address)
    with TeamStore.open(address) as store:
        assert "s3cret" not in str(store.path)
    monkeypatch.delenv("PGPASSFILE")
    assert main(["recalc", pg_server.url(plan_name, user=f"{PASSWORD_USER}:wrong")]) == 2
    assert "wrong" not in capsys.readouterr().err
