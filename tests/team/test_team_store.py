"""The same store on PostgreSQL: import, read, dump, recalc; open, edit, reopen."""

from __future__ import annotations

import json
from dataclasses import replace

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
        new = replace(plan, decisions=(replace(d, title="Edited"), *plan.decisions[1:]))
        store.save(new, "edit title")
    assert read_plan(team_url).decisions[0].title == "Edited"
