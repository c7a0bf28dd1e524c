"""`planner --help` tells a new user how to open the window too, and where the default
plan lives."""

from __future__ import annotations

import pytest

from planner.cli.main import main


def test_help_lists_the_windows_own_options(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("MANDATE_PLANNER_HOME", str(tmp_path))
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "planner [PLAN] [--read-only] [--quit-after-paint]" in out
    for option in ("PLAN", "--read-only", "--quit-after-paint", "export-ics", "recalc"):
        assert option in out
    assert str(tmp_path / "data" / "default-plan.sqlite") in out


def test_the_windows_help_says_the_same(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("MANDATE_PLANNER_HOME", str(tmp_path))
    with pytest.raises(SystemExit) as done:
        main(["plan.sqlite", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "--read-only" in out and "open the plan without editing it" in out
