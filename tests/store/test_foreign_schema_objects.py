"""A plan file holding what Mandate Planner did not make (a trigger, a view, another table, a
table of ours redefined) opens read-only, saying what it holds: nothing in it runs on our
writes, and the file is not changed."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from paths import REPO, SEED_PLAN

from planner.app.documents import import_json
from planner.app.workspace import ReadOnly, Workspace
from planner.cli.main import main
from planner.store.database import PlanStore, read_plan_file
from planner.store.errors import PlanForeignSchemaError, PlanReadOnlyError

FIXTURES = REPO / "tests" / "fixtures"

WIPE_ON_SETTINGS = """
CREATE TRIGGER wipe_mandates AFTER INSERT ON settings
BEGIN DELETE FROM mandates; END
"""

PLANTED = {
    "trigger": (WIPE_ON_SETTINGS, 'it holds a trigger "wipe_mandates"'),
    "view": ("CREATE VIEW everything AS SELECT * FROM mandates", 'it holds a view "everything"'),
    "table": ("CREATE TABLE notes (x TEXT)", 'it holds a table "notes"'),
    "index": ("CREATE INDEX spy ON bodies (name)", 'its table "bodies" has an index "spy"'),
    "cascade": (
        "DROP TABLE settings; CREATE TABLE settings (key VARCHAR NOT NULL PRIMARY KEY"
        " REFERENCES plan_info (key) ON DELETE CASCADE, value TEXT NOT NULL)",
        'its table "settings" has a foreign key on "key"',
    ),
    "on-conflict-replace": (
        "DROP TABLE settings; CREATE TABLE settings (key VARCHAR NOT NULL,"
        " value TEXT NOT NULL, CONSTRAINT pk_settings PRIMARY KEY (key) ON CONFLICT REPLACE)",
        'its table "settings" is not defined as Mandate Planner defines it',
    ),
}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def plant(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.close()


@pytest.fixture
def plan_file(tmp_path) -> Path:
    path = tmp_path / "plan.sqlite"
    import_json(SEED_PLAN, path)
    return path


def open_as_the_window_does(path: Path) -> Workspace:
    """The launcher's way (planner.ui.launch): for editing, or read-only saying why."""
    try:
        return Workspace.open(path)
    except PlanForeignSchemaError as exc:
        return Workspace.open(path, read_only=True, why=ReadOnly.ASKED, detail=exc.reason)


def test_a_trigger_on_settings_no_longer_deletes_the_mandates_when_drafts_are_toggled(plan_file):
    plant(plan_file, WIPE_ON_SETTINGS)
    mandates = sum(len(d.mandates) for d in read_plan_file(plan_file).decisions)
    assert mandates > 0
    ws = open_as_the_window_does(plan_file)
    try:
        assert ws.read_only
        assert 'trigger "wipe_mandates" that Mandate Planner did not make' in ws.read_only_detail
        ws.set_options(with_drafts=True)  # wrote the setting, which ran the trigger
        assert sum(len(d.mandates) for d in ws.plan.decisions) == mandates
    finally:
        ws.close()
    assert sum(len(d.mandates) for d in read_plan_file(plan_file).decisions) == mandates


@pytest.mark.parametrize("name", sorted(PLANTED))
def test_a_plan_holding_what_we_did_not_make_opens_read_only_and_stays_as_it_is(
    plan_file, capsys, name
):
    sql, fragment = PLANTED[name]
    plant(plan_file, sql)
    before = digest(plan_file)
    with pytest.raises(PlanForeignSchemaError) as info:
        PlanStore.open(plan_file)
    assert fragment in str(info.value) and "\n" not in str(info.value)
    assert fragment in info.value.reason
    with PlanStore.open(plan_file, read_only=True) as viewer:
        assert viewer.plan.decisions
    assert main(["recalc", str(plan_file)]) == 0  # reading runs none of it
    assert main(["dump", str(plan_file), str(plan_file.with_suffix(".json"))]) == 0
    assert main(["import", str(plan_file.with_suffix(".json")), str(plan_file)]) == 0
    capsys.readouterr()
    assert digest(plan_file) != before  # replaced by a clean copy, which opens for editing
    PlanStore.open(plan_file).close()


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema-v*.sqlite")), ids=lambda p: p.name)
def test_every_schema_revision_we_made_opens_for_editing(tmp_path, fixture):
    path = tmp_path / "old.sqlite"
    shutil.copyfile(fixture, path)
    with PlanStore.open(path) as store:
        assert not store.read_only


def test_a_planted_trigger_in_an_old_revision_is_not_migrated(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / "schema-v0001.sqlite", path)
    plant(path, "CREATE TRIGGER t AFTER INSERT ON bodies BEGIN DELETE FROM reports; END")
    before = digest(path)
    with pytest.raises(PlanReadOnlyError, match='trigger "t"'):
        PlanStore.open(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.sqlite"]
