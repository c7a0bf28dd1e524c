"""`planner offline-copy` and `planner bring-back`: an offline copy taken and brought back
from the command line; conflicts are never settled silently (refused with the records
listed, or settled by an explicit --prefer); a copy comes back once; bad input is one
line and writes nothing."""

from __future__ import annotations

import json

import pytest
from paths import SEED_PLAN
from test_team_conflicts import retitled

from planner.app.documents import import_json, read_plan
from planner.cli.main import main
from planner.store.address import parse_location
from planner.store.database import PlanStore
from planner.store.team import TeamStore


def _edit_copy(copy, index, title):
    with PlanStore.open(copy) as offline:
        offline.save(retitled(offline.plan, index, title))


def _edit_team(url, index, title):
    with TeamStore.open(parse_location(url)) as team:
        team.save(retitled(team.plan, index, title), "meanwhile online")


def _err_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


def test_a_copy_taken_and_brought_back_once_from_the_command_line(team_url, tmp_path, capsys):
    copy = tmp_path / "laptop.sqlite"
    assert main(["offline-copy", team_url, str(copy)]) == 0
    assert str(copy) in capsys.readouterr().out
    _edit_copy(copy, 0, "edited at the meeting")
    assert main(["bring-back", str(copy)]) == 0
    assert "brought back 1 record" in capsys.readouterr().out
    assert read_plan(team_url).decisions[0].title == "edited at the meeting"
    assert main(["bring-back", str(copy)]) == 2
    assert "already brought back" in _err_line(capsys)


@pytest.mark.parametrize("prefer", ["mine", "theirs"])
def test_conflicts_are_refused_with_their_list_until_a_side_is_preferred(
    team_url, tmp_path, capsys, prefer
):
    copy = tmp_path / "laptop.sqlite"
    assert main(["offline-copy", team_url, str(copy)]) == 0
    _edit_copy(copy, 0, "mine, offline")
    _edit_copy(copy, 1, "only offline")
    _edit_team(team_url, 0, "theirs, online")
    before = read_plan(team_url)
    capsys.readouterr()

    assert main(["bring-back", str(copy)]) == 2
    err = capsys.readouterr().err.splitlines()
    symbol = before.decisions[0].symbol
    assert "1 record(s) changed both offline and on" in err[0]
    assert "--prefer mine" in err[0] and "--prefer theirs" in err[0]
    assert err[1:] == [f"  decision {symbol}: changed offline and by postgres at " + err[1][-16:]]
    assert read_plan(team_url) == before  # nothing was brought back, not even the clean one

    assert main(["bring-back", str(copy), "--prefer", prefer]) == 0
    out = capsys.readouterr().out
    kept = (1, 0) if prefer == "mine" else (0, 1)
    assert f"{kept[0]} kept as in the copy, {kept[1]} as on the server" in out
    after = read_plan(team_url)
    assert after.decisions[1].title == "only offline"
    winner = "mine, offline" if prefer == "mine" else "theirs, online"
    assert after.decisions[0].title == winner
    with TeamStore.open(parse_location(team_url)) as team:
        entry = team.history()[0]
    loser = [r for r in entry.records if r.note]  # the version not kept stays in the audit
    if prefer == "theirs":
        assert [json.loads(r.after)["title"] for r in loser] == ["mine, offline"]
    else:
        assert loser == []
    assert main(["bring-back", str(copy), "--prefer", prefer]) == 2
    assert "already brought back" in _err_line(capsys)


def test_bad_input_is_one_line_and_writes_nothing(pg_server, plan_name, team_url, tmp_path, capsys):
    existing = tmp_path / "there.sqlite"
    existing.write_bytes(b"mine")
    assert main(["offline-copy", team_url, str(existing)]) == 2
    assert "already exists" in _err_line(capsys)
    assert existing.read_bytes() == b"mine"
    assert main(["offline-copy", team_url, str(tmp_path / "copy.json")]) == 2
    assert ".sqlite" in _err_line(capsys)
    assert main(["offline-copy", str(tmp_path / "plan.sqlite"), str(tmp_path / "c.sqlite")]) == 2
    assert "expected postgresql://" in _err_line(capsys)
    assert main(["offline-copy", pg_server.url("nosuchplan"), str(tmp_path / "c.sqlite")]) == 2
    assert "no plan named 'nosuchplan'" in _err_line(capsys)
    assert list(tmp_path.iterdir()) == [existing]

    assert main(["bring-back", str(tmp_path / "missing.sqlite")]) == 2
    assert "no such file" in _err_line(capsys)
    ordinary = tmp_path / "ordinary.sqlite"
    import_json(SEED_PLAN, str(ordinary))
    assert main(["bring-back", str(ordinary)]) == 2
    assert "not an offline copy" in _err_line(capsys)
    copy = tmp_path / "laptop.sqlite"
    assert main(["offline-copy", team_url, str(copy)]) == 0
    capsys.readouterr()
    assert main(["bring-back", str(copy), "--prefer", "both"]) == 2
    assert "invalid choice: 'both'" in _err_line(capsys)
    other = pg_server.url(f"{plan_name}_other")
    import_json(SEED_PLAN, other)
    _edit_copy(copy, 0, "for the first plan")
    assert main(["bring-back", str(copy), "--to", other]) == 2
    assert "an offline copy of" in _err_line(capsys)
    assert read_plan(other) == read_plan(SEED_PLAN)


def test_help_says_how_conflicts_are_settled(capsys):
    with pytest.raises(SystemExit):
        main(["bring-back", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "--prefer {mine,theirs}" in out
    assert "without --prefer nothing is brought back" in out
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "offline-copy" in capsys.readouterr().out
