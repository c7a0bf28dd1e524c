"""`planner recalc` reproduces the shared scenarios, and refuses bad input cleanly."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from paths import SEED_PLAN

from planner.cli.main import main

KEYS = (
    "report",
    "body",
    "session",
    "session_start",
    "submission_due",
    "issuance_due",
    "mandated_by",
)


def comparable(requirements):
    return [{k: (sorted(r[k]) if k == "mandated_by" else r[k]) for k in KEYS} for r in requirements]


def run_json(capsys, *args: str) -> dict:
    assert main(["recalc", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        ([], "seed-periodicity.expected.json"),
        (["--with-drafts"], "seed-periodicity.with-drafts.expected.json"),
    ],
)
def test_shared_scenarios_are_reproduced_exactly(capsys, scenarios: Path, flags, expected):
    got = run_json(capsys, str(scenarios / "seed-periodicity.json"), *flags)
    want = json.loads((scenarios / expected).read_text())
    assert comparable(got["requirements"]) == comparable(want["requirements"])
    assert got["format"] == "mandate-planner-requirements/1"
    assert got["with_drafts"] is bool(flags)
    assert got["as_of"] is None


def test_default_plan_seed_story(capsys):
    def line(*flags):
        got = run_json(capsys, str(SEED_PLAN), *flags)
        return [r["session"] for r in got["requirements"] if r["report"] == "conf-followup"]

    without = line()
    assert without == [f"ecosoc-{y}" for y in range(2009, 2031)]
    with_drafts = line("--with-drafts")
    assert [s for s in with_drafts if s >= "ecosoc-2013"] == [
        "ecosoc-2013",
        "ecosoc-2016",
        "ecosoc-2021",
        "ecosoc-2026",
    ]
    got = run_json(capsys, str(SEED_PLAN), "--with-drafts")
    note = [r for r in got["requirements"] if r["report"] == "periodicity-note"]
    assert [(r["session"], r["mandated_by"]) for r in note] == [("ecosoc-2012", ["E/DEC/2011/216"])]


def test_as_of_is_echoed_and_applied(capsys):
    got = run_json(capsys, str(SEED_PLAN), "--as-of", "2011-01-01")
    assert got["as_of"] == "2011-01-01"
    assert "periodicity-note" not in {r["report"] for r in got["requirements"]}


def test_human_table_is_aligned(capsys):
    assert main(["recalc", str(SEED_PLAN), "--today", "2026-11-27"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].startswith("Session start  Body")
    assert any("ecosoc-2026  conf-followup" in line for line in out)


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["recalc"], "the following arguments are required: plan"),
        (["recalc", "PLAN.json", "--as-of", "2013-02-30"], "bad date '2013-02-30'"),
        (["recalc", "PLAN.json", "--frobnicate"], "unrecognized arguments: --frobnicate"),
        (["recalc", "missing.json"], "missing.json: no such file"),
        (["recalc", "bad.json"], "not valid JSON"),
        (["recalc", "wrongformat.json"], "format: expected 'mandate-planner/1'"),
        (["recalc", "."], "is a folder"),
    ],
)
def test_bad_input_is_one_line_exit_2(tmp_path, monkeypatch, capsys, args, fragment):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "PLAN.json").write_text(SEED_PLAN.read_text())
    (tmp_path / "bad.json").write_text("{not json")
    (tmp_path / "wrongformat.json").write_text('{"format": "gantt/1"}')
    before = sorted(p.name for p in tmp_path.iterdir())
    assert main(args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    err = captured.err.strip()
    assert "\n" not in err and "Traceback" not in err
    assert fragment in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_installed_command_runs_without_a_display(tmp_path):
    exe = Path(sys.executable).with_name("planner")
    proc = subprocess.run(
        [str(exe), "recalc", str(SEED_PLAN), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["requirements"]
    bad = subprocess.run(
        [str(exe), "recalc", str(tmp_path / "nope.json")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr


def test_requirements_carry_the_report_lines_short_title(capsys, tmp_path):
    """A short title the plan gives is used as written; without one it is derived from the
    title (the customary "Report of the Secretary-General on" dropped, cut at a word)."""
    doc = json.loads(SEED_PLAN.read_text())
    doc["reports"][0]["short_title"] = "Follow-up to UN conferences"
    doc["reports"][1]["short_title"] = ""
    doc["reports"][1]["title"] = "Report of the Secretary-General on the role of the Council"
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(doc))
    got = run_json(capsys, str(path))
    shorts = {r["report"]: r["short_title"] for r in got["requirements"]}
    assert shorts["conf-followup"] == "Follow-up to UN conferences"
    assert shorts["ecosoc-role"] == "Role of the Council"
    assert main(["dump", str(path), str(tmp_path / "out.json")]) == 0
    dumped = json.loads((tmp_path / "out.json").read_text())["reports"]
    assert [r["short_title"] for r in dumped][:2] == ["Follow-up to UN conferences", ""]
    assert list(dumped[0]) == ["id", "title", "short_title", "agenda_item", "word_limit"]
