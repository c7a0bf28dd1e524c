"""The built app opens team plans: psycopg, libpq and the PostgreSQL dialect travel in the
bundle (`make bundle` builds it, then runs these)."""

from __future__ import annotations

import json
import os
import subprocess

import pytest
from paths import REPO, SEED_PLAN

EXE = REPO / "dist" / "mandate-planner" / "mandate-planner"
pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(not EXE.exists(), reason="no bundle: run `make bundle`"),
]


def run(*args: str, home) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MANDATE_PLANNER_HOME": str(home)}
    return subprocess.run(
        [str(EXE), *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


def test_bundled_app_imports_and_recalculates_a_team_plan(pg_server, plan_name, tmp_path):
    url = pg_server.url(plan_name)
    imported = run("import", str(SEED_PLAN), url, home=tmp_path)
    assert imported.returncode == 0, imported.stderr
    on_server = run("recalc", url, "--json", home=tmp_path)
    in_file = run("recalc", str(SEED_PLAN), "--json", home=tmp_path)
    assert on_server.returncode == 0, on_server.stderr
    assert json.loads(on_server.stdout) == json.loads(in_file.stdout)


def test_bundled_app_names_an_unknown_database(pg_server, tmp_path):
    proc = run("recalc", pg_server.url("x", db="no_such_database_here"), home=tmp_path)
    assert proc.returncode == 2
    assert "no_such_database_here" in proc.stderr and "Traceback" not in proc.stderr
