"""Team plans on a local PostgreSQL: opening, many concurrent editors, bringing back an
offline copy. A throwaway cluster is started from the installed server binaries (or the
server named by PLANNER_BENCH_PG is used: a superuser's URL).

Run as a module, this file is one editor process of `team_edit_p95_ms`:
`python -m benchmarks.team URL EDITS SEED` prints one JSON line of its results."""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.pg_cluster import start_cluster
from planner.app.documents import import_json
from planner.app.team import poll_others
from planner.app.workspace import Workspace
from planner.domain.model import Plan
from planner.store.address import parse_location, parse_team_url
from planner.store.database import PlanStore
from planner.store.errors import PlanConflictError
from planner.store.team import TeamStore

EDITORS = 20
EDITS_EACH = 100
# an officer's pace: a pause between edits (reading, typing), never inside the timing;
# without it 20 processes in a tight loop measure the 2-core machine's queue, not an edit
THINK_S = (0.2, 0.6)
EDIT_PLAN_SCALE = 0.1  # a division's plan: 40 bodies, 1,200 decisions, 4,000 mandates
MARK = "bench-edit "


class Server:
    """A database to put the benchmark's plans in, dropped afterwards."""

    def __init__(self) -> None:
        import psycopg

        self.cluster = None
        admin = os.environ.get("PLANNER_BENCH_PG")
        if not admin:
            self.cluster = start_cluster()
            if self.cluster is None:
                raise RuntimeError("no PostgreSQL server binaries (initdb, pg_ctl) found")
            admin = self.cluster.url("postgres")
        self.admin = admin
        self.db = f"planner_bench_{os.getpid()}"
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{self.db}"')

    def url(self, plan: str) -> str:
        head, _, query = self.admin.partition("?")
        base = head.rsplit("/", 1)[0] + f"/{self.db}"
        return f"{base}?{query + '&' if query else ''}plan={plan}"

    def close(self) -> None:
        import psycopg

        if self.cluster is not None:
            self.cluster.destroy()
            return
        with psycopg.connect(self.admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.db}" WITH (FORCE)')


def _median(fn: Any, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure_team(json_plan: Path, sqlite_plan: Path, runs: int, edit_plan: Path) -> dict[str, Any]:
    server = Server()
    try:
        url = server.url("un")
        import_json(json_plan, url)
        address = parse_team_url(url)

        def open_team() -> None:
            TeamStore.open(address).close()

        def open_file() -> None:
            PlanStore.open(sqlite_plan, read_only=True).close()

        open_team()  # warm both alike
        open_file()
        team_s = _median(open_team, runs)
        file_s = _median(open_file, runs)
        out: dict[str, Any] = {
            "team_open_s": round(team_s, 3),
            "team_open_sqlite_s": round(file_s, 3),
            "team_open_ratio": round(team_s / file_s, 2),
        }
        out["sync_500_ops_s"] = round(_sync_500(address), 3)
        edit_url = server.url("edits")
        import_json(edit_plan, edit_url)
        out.update(_concurrent_edits(edit_url))
        return out
    finally:
        server.close()


def _retitled(plan: Plan, index: int, title: str) -> Plan:
    decisions = list(plan.decisions)
    decisions[index] = decisions[index]._replace(notes=title)
    return replace(plan, decisions=tuple(decisions))


def _sync_500(address: Any) -> float:
    """500 records edited in an offline copy, brought back (no conflicts)."""
    from planner.store.offline import bring_back, take_offline_copy

    with tempfile.TemporaryDirectory() as tmp, TeamStore.open(address) as team:
        copy = Path(tmp) / "copy.sqlite"
        take_offline_copy(team, copy)
        with PlanStore.open(copy) as offline:
            plan = offline.plan
            decisions = list(plan.decisions)
            for i in range(500):
                decisions[i * 7] = decisions[i * 7]._replace(notes=f"offline {i}")
            offline.save(replace(plan, decisions=tuple(decisions)))
        start = time.perf_counter()
        result = bring_back(team, copy, lambda conflicts: set())
        took = time.perf_counter() - start
        assert result.applied == 500, result
    return took


def _concurrent_edits(url: str) -> dict[str, Any]:
    """EDITORS processes × EDITS_EACH edits on one plan; every edit is either in the plan
    (found in the audit, and the last one of each record is what the record holds) or
    was refused with a conflict."""
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "benchmarks.team", url, str(EDITS_EACH), str(seed)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parents[1],
        )
        for seed in range(EDITORS)
    ]
    results = []
    for p in procs:
        out, _ = p.communicate(timeout=1800)
        results.append(json.loads(out.strip().splitlines()[-1]))
    times = sorted(t for r in results for t in r["times_ms"])
    saved = sum(r["saved"] for r in results)
    refused = sum(r["refused"] for r in results)
    lost = _lost_updates(url, saved)
    return {
        "team_edit_plan_scale": EDIT_PLAN_SCALE,
        "team_edit_p95_ms": round(times[int(len(times) * 0.95) - 1], 1),
        "team_edit_median_ms": round(statistics.median(times), 1),
        "team_edits_saved": saved,
        "team_edits_refused": refused,
        "team_lost_updates": lost,
    }


def _lost_updates(url: str, saved: int) -> int:
    """Edits reported saved but missing from the audit, plus records whose value is not
    their last audited one (0 when nothing was lost)."""
    from sqlalchemy import text

    address = parse_team_url(url)
    with TeamStore.open(address, read_only=True) as store, store.engine.connect() as conn:
        audited = conn.execute(
            text("SELECT count(*) FROM audit WHERE description LIKE :m"), {"m": MARK + "%"}
        ).scalar_one()
        last = {
            key: json.loads(after)["notes"]
            for key, after in conn.execute(
                text(
                    "SELECT DISTINCT ON (r.key) r.key, r.after FROM audit_records r"
                    " JOIN audit a ON a.id = r.audit WHERE a.description LIKE :m"
                    " ORDER BY r.key, a.id DESC"
                ),
                {"m": MARK + "%"},
            )
        }
        now = {d.symbol: d.notes for d in store.plan.decisions}
    return abs(saved - audited) + sum(1 for k, v in last.items() if now.get(k) != v)


def editor(url: str, edits: int, seed: int) -> dict[str, Any]:
    """One officer: a pause, others' edits taken in, then a decision's notes edited; the
    time is the commit and the incremental recalculation, `edits` times."""
    rng = random.Random(seed)
    ws = Workspace.open(parse_location(url), today=date(2026, 11, 27))
    ws.result()
    times, saved, refused = [], 0, 0
    for i in range(edits):
        time.sleep(rng.uniform(*THINK_S))
        poll_others(ws)  # as an open window does: others' edits, when announced
        index = rng.randrange(len(ws.plan.decisions))
        new = _retitled(ws.plan, index, f"editor {seed} edit {i}")
        start = time.perf_counter()
        try:
            ws.apply(new, f"{MARK}{seed}/{i}")
            saved += 1
        except PlanConflictError:
            refused += 1
        times.append((time.perf_counter() - start) * 1000)
    ws.close()
    return {"times_ms": times, "saved": saved, "refused": refused}


if __name__ == "__main__":
    print(json.dumps(editor(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))))
