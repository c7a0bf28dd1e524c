"""The window opens a plan holding what the app did not make read-only, saying what it holds
(not that its file cannot be written), and nothing in it runs."""

from __future__ import annotations

import sqlite3

from planner.app.workspace import ReadOnly
from planner.ui.launch import open_workspace


def test_a_plan_with_a_planted_trigger_opens_read_only_naming_it(plan_file, monkeypatch):
    conn = sqlite3.connect(plan_file)
    conn.execute("CREATE TRIGGER wipe AFTER INSERT ON settings BEGIN DELETE FROM mandates; END")
    conn.close()
    ws = open_workspace(plan_file, read_only=False, today=None)
    assert ws is not None
    try:
        assert ws.read_only and ws.read_only_reason == ReadOnly.ASKED
        assert ws.read_only_detail.startswith('it holds a trigger "wipe"')
        mandates = sum(len(d.mandates) for d in ws.plan.decisions)
        ws.set_options(with_drafts=True)
        assert mandates and sum(len(d.mandates) for d in ws.plan.decisions) == mandates
    finally:
        ws.close()
