"""A real PostgreSQL for the team-plan tests: one throwaway cluster per test session,
started from the installed server binaries (or the server named by PLANNER_TEST_PG).

Without PostgreSQL the team tests skip on a developer's machine, never in CI (CI=true)."""

from __future__ import annotations

import itertools
import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import psycopg
import pytest
from paths import SEED_PLAN

from benchmarks.pg_cluster import Cluster, start_cluster
from planner.app.documents import import_json

SEED = SEED_PLAN
_names = itertools.count(1)


@dataclass
class Server:
    """A server we may create databases and roles on; `cluster` when it is ours to stop."""

    admin_url: str  # a superuser's URL to the `postgres` database
    dbname: str
    cluster: Cluster | None

    def url(self, plan: str | None = None, user: str | None = None, db: str | None = None) -> str:
        parts = urlsplit(self.admin_url)
        netloc = parts.netloc
        if user is not None:
            netloc = f"{user}@{netloc.rsplit('@', 1)[-1]}"
        query = parts.query + (f"&plan={plan}" if plan else "")
        return f"{parts.scheme}://{netloc}/{db or self.dbname}" + (
            f"?{query.lstrip('&')}" if query else ""
        )

    def admin(self, db: str | None = None) -> psycopg.Connection:
        return psycopg.connect(self.url(db=db), autocommit=True)


def _fail_or_skip(why: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"team tests need PostgreSQL in CI: {why}")
    pytest.skip(why)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Server]:
    cluster = None
    admin = os.environ.get("PLANNER_TEST_PG")
    if not admin:
        try:
            cluster = start_cluster()
        except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
            _fail_or_skip(f"cannot start a PostgreSQL cluster: {exc}")
        if cluster is None:
            _fail_or_skip("no PostgreSQL server binaries (initdb, pg_ctl) found")
        admin = cluster.url("postgres")
    dbname = f"planner_tests_{os.getpid()}"
    server = Server(admin, dbname, cluster)
    with server.admin(db="postgres") as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{dbname}"')
        conn.execute(f'CREATE DATABASE "{dbname}"')
    try:
        yield server
    finally:
        if cluster is not None:
            cluster.destroy()
        else:
            with server.admin(db="postgres") as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')


@pytest.fixture
def plan_name() -> str:
    return f"p{os.getpid()}_{next(_names)}"


@pytest.fixture
def team_url(pg_server: Server, plan_name: str) -> str:
    """A fresh team plan holding the seed demonstration plan."""
    url = pg_server.url(plan_name)
    import_json(SEED, url)
    return url


@pytest.fixture
def people(pg_server, plan_name, team_url, capsys) -> dict[str, str]:
    """A reader, an editor and an owner of the plan at `team_url` (database users made
    members of its roles by `planner team-setup`)."""
    from planner.cli.main import main

    names = {k: f"{k}_{plan_name}" for k in ("reader", "editor", "owner")}
    with pg_server.admin() as conn:
        for user in names.values():
            conn.execute(f'CREATE ROLE "{user}" LOGIN')
    args = ["team-setup", team_url]
    for kind, user in names.items():
        args += [f"--{kind}", user]
    assert main(args) == 0, capsys.readouterr().err
    return names
