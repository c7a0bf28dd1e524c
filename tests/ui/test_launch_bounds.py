"""`planner` on a plan file that cannot be computed opens it read-only with the reason."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.mark.timeout(60)  # hung at every start before: the last plan is reopened
def test_a_plan_that_cannot_be_computed_opens_read_only_with_the_reason(
    qtbot, tmp_path, plan_file, monkeypatch
):
    from planner.ui.launch import Application

    conn = sqlite3.connect(plan_file)
    with conn:
        conn.execute("UPDATE mandates SET every_years = 0 WHERE rule_type = 'periodic'")
    conn.close()
    monkeypatch.setenv("MANDATE_PLANNER_HOME", str(tmp_path / "home"))

    def no_dialog(*args: object) -> None:
        raise AssertionError(f"a dialog instead of the plan: {args}")

    monkeypatch.setattr(QMessageBox, "critical", no_dialog)
    window = Application(date(2026, 11, 27)).open(plan_file)
    assert window is not None
    assert window.workspace.read_only
    assert "rule.every_years: 0 is out of range (1 to 100)" in window.workspace.read_only_detail
    assert "cannot be computed" in window.status_read_only.toolTip()
    window.close()
