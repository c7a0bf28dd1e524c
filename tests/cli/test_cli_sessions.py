"""`planner sessions` lists the expanded calendar: explicit and projected sessions."""

from __future__ import annotations

import json

from planbuilder import doc

from planner.cli.main import main


def write(tmp_path, **changes):
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(doc(**changes)))
    return path


def sessions_json(capsys, *args: str) -> list[dict]:
    assert main(["sessions", *args, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["format"] == "mandate-planner-sessions/1"
    return out["sessions"]


def test_explicit_session_carries_its_facts_and_projections_name_their_series(tmp_path, capsys):
    base = doc()
    base["sessions"][0].update(format="in_person", source="E/2012/99")
    path = write(tmp_path, sessions=base["sessions"])
    found = sessions_json(capsys, str(path), "--body", "ECOSOC", "--to", "2013-12-31")
    assert [s["id"] for s in found] == ["ecosoc-2010", "ecosoc-2011", "ecosoc-2012", "ecosoc-2013"]
    held = found[2]
    assert held == {
        "id": "ecosoc-2012",
        "body": "ECOSOC",
        "body_name": "Economic and Social Council",
        "name": "Substantive session of 2012",
        "start": "2012-07-02",
        "end": "2012-07-27",
        "place": "New York",
        "status": "confirmed",
        "format": "in_person",
        "source": "E/2012/99",
        "series": "ecosoc",
    }
    assert found[3]["status"] == "projected" and found[3]["series"] == "ecosoc"
    assert found[3]["source"] == ""


def test_range_keeps_sessions_that_overlap_it(tmp_path, capsys):
    path = write(tmp_path)
    found = sessions_json(
        capsys, str(path), "--body", "GA", "--from", "2013-01-01", "--to", "2013-12-31"
    )
    # the 67th session (Sept 2012 to Sept 2013) overlaps 2013, as does the 68th
    assert [s["name"] for s in found] == ["67th session", "68th session"]


def test_body_includes_the_bodies_under_it(tmp_path, capsys):
    base = doc()
    base["bodies"].append(
        {"id": "CSW", "name": "Commission on the Status of Women", "parent": "ECOSOC"}
    )
    base["sessions"].append(
        {
            "id": "csw-56",
            "body": "CSW",
            "name": "56th session",
            "start": "2012-02-27",
            "end": "2012-03-15",
        }
    )
    path = write(tmp_path, bodies=base["bodies"], sessions=base["sessions"])
    found = sessions_json(capsys, str(path), "--body", "ECOSOC", "--to", "2012-12-31")
    assert {s["body"] for s in found} == {"ECOSOC", "CSW"}


def test_table_and_bad_arguments(tmp_path, capsys):
    path = write(tmp_path)
    assert main(["sessions", str(path), "--body", "GA", "--to", "2011-01-01"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == [
        "Start",
        "End",
        "Body",
        "Session",
        "Name",
        "Place",
        "Status",
        "Format",
        "Source",
    ]
    assert "2010-09-14" in out
    assert main(["sessions", str(path), "--body", "NOPE"]) == 2
    assert "--body: unknown body 'NOPE'" in capsys.readouterr().err
    assert main(["sessions", str(path), "--from", "2014-01-01", "--to", "2013-01-01"]) == 2
    assert main(["sessions", str(path), "--from", "2014-13-01"]) == 2
