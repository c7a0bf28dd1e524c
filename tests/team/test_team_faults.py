"""Faults: the server stopped mid-edit, a dropped connection. One clear message, no
partial write, and the store reconnects by itself once the server is back."""

from __future__ import annotations

import time

import psycopg
import pytest
from test_team_conflicts import retitled

from planner.app.documents import read_plan
from planner.store.address import parse_location
from planner.store.errors import PlanConnectionError
from planner.store.team import TeamStore


def test_server_stopped_mid_edit_writes_nothing_then_the_edit_goes_through(pg_server, team_url):
    cluster = pg_server.cluster
    if cluster is None:
        pytest.skip("the server named by PLANNER_TEST_PG is not ours to stop")
    with TeamStore.open(parse_location(team_url)) as store:
        before = store.plan
        edit = retitled(retitled(before, 0, "first record"), 1, "second record")
        try:
            with pytest.raises(PlanConnectionError) as lost:
                # both records are written, then the server dies before the commit
                store.save(edit, "doomed", also=lambda conn: cluster.stop("immediate"))
            message = str(lost.value)
            assert "\n" not in message and "cannot be reached" in message
            assert "nothing was written" in message
            with pytest.raises(PlanConnectionError):
                store.poll()  # while it is down
        finally:
            cluster.start()
        assert read_plan(team_url) == before  # no partial write
        assert store.poll()  # reconnected: "something may have been missed"
        store.save(edit, "offered again")  # the same edit, once the server is back
    assert read_plan(team_url).decisions[1].title == "second record"


def test_a_dropped_connection_is_replaced_without_a_word(pg_server, team_url):
    with TeamStore.open(parse_location(team_url)) as store:
        with pg_server.admin() as admin:
            pids = [
                r[0]
                for r in admin.execute(
                    "SELECT pid FROM pg_stat_activity"
                    " WHERE application_name = 'mandate-planner' AND pid <> pg_backend_pid()"
                )
            ]
            assert len(pids) >= 2  # the store's connection and its listener
            admin.execute("SELECT pg_terminate_backend(pid) FROM unnest(%s::int[]) pid", (pids,))
            for _ in range(200):  # until they are gone (a bound, not a timing)
                left = admin.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE pid = ANY(%s)", (pids,)
                ).fetchone()[0]
                if not left:
                    break
                time.sleep(0.01)
        store.save(retitled(store.plan, 0, "after the drop"), "edit")
        assert store.poll() in (True, False)  # listens again
    assert read_plan(team_url).decisions[0].title == "after the drop"


def test_a_server_that_is_not_there_is_one_line(pg_server, plan_name, capsys, tmp_path):
    from planner.cli.main import main

    url = pg_server.url(plan_name).replace("port=", "port=1")  # no server on that socket
    assert main(["dump", url, str(tmp_path / "x.json")]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "cannot connect" in err
    assert not (tmp_path / "x.json").exists()
    assert psycopg  # the driver is the one the store uses
