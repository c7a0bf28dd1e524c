"""A plan file with a control character in an id is refused in one line (found by the
property test of crafted files: a body id "\\n" broke the message in two)."""

from __future__ import annotations

import sqlite3

import pytest
from paths import SEED_PLAN

from planner.app.documents import import_json
from planner.store.database import read_plan_file
from planner.store.errors import PlanError


@pytest.mark.parametrize("bad", ["\n", "a\rb", "\x1b[31m", "\x85"])
def test_a_control_character_in_an_id_is_shown_escaped(tmp_path, bad):
    path = tmp_path / "p.sqlite"
    import_json(SEED_PLAN, path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    with conn:
        conn.execute(
            "UPDATE bodies SET id = ? WHERE rowid = (SELECT min(rowid) FROM bodies)", (bad,)
        )
    conn.close()
    with pytest.raises(PlanError) as refused:
        read_plan_file(path)
    message = str(refused.value)
    assert "\n" not in message and "\r" not in message and "\x1b" not in message
    assert "\x85" not in message
