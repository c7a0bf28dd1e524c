"""The window, when the file no longer holds what an edit changes: it shows the plan as the
file holds it, says so, and forgets a history that no longer fits (nothing reported saved)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from PySide6.QtWidgets import QMessageBox

from planner.store.database import read_plan_file


def retitled(plan, index: int, title: str):
    d = plan.decisions[index]._replace(title=title)
    return replace(plan, decisions=(*plan.decisions[:index], d, *plan.decisions[index + 1 :]))


def test_an_edit_of_a_row_gone_from_the_file_reloads_the_window_and_says_so(
    window, plan_file, monkeypatch
):
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    ws = window.workspace
    assert window.editing.commit(retitled(ws.plan, 1, "First edit"), "Edit decision")
    assert window.editing.stack.count() == 1
    gone = ws.plan.decisions[0].symbol
    conn = sqlite3.connect(plan_file)
    with conn:
        conn.execute("DELETE FROM decisions WHERE symbol = ?", (gone,))
    conn.close()

    assert window.editing.commit(retitled(ws.plan, 0, "Lost edit"), "Edit decision") is None
    assert len(warnings) == 1 and "reloaded from the file" in warnings[0]
    assert gone not in {d.symbol for d in ws.plan.decisions}
    assert ws.plan == read_plan_file(plan_file)
    assert window.editing.stack.count() == 0  # undoing "First edit" would rewrite a stale plan
    assert "Reloaded from the file" in window.what_changed.caption.text()


def test_undo_of_an_edit_whose_row_is_gone_from_the_file_reloads_too(
    window, plan_file, monkeypatch, qtbot
):
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    ws = window.workspace
    assert window.editing.commit(retitled(ws.plan, 0, "Edited"), "Edit decision")
    gone = ws.plan.decisions[0].symbol
    conn = sqlite3.connect(plan_file)
    with conn:
        conn.execute("DELETE FROM decisions WHERE symbol = ?", (gone,))
    conn.close()
    window.editing.stack.undo()
    assert len(warnings) == 1 and "reloaded from the file" in warnings[0]
    assert ws.plan == read_plan_file(plan_file)
    qtbot.waitUntil(lambda: window.editing.stack.count() == 0, timeout=3000)
