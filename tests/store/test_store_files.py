"""Plan files: round trips, migrations, bad files, locks, save as, backups."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import stat
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from paths import DEFAULT_PLAN, REPO

from planner.app.documents import import_json, read_plan
from planner.cli.main import main
from planner.domain.engine import recalculate
from planner.domain.model import Decision, Effect, Mandate, Tracking, TrackingStatus
from planner.domain.results import RecalcOptions
from planner.store.backups import make_backup, to_delete
from planner.store.database import (
    SCHEMA_REVISIONS,
    PlanStore,
    alembic_revisions,
    create_plan_file,
    head_revision,
)
from planner.store.errors import PlanFileError, PlanLockedError
from planner.store.interchange import plan_to_json
from planner.store.schema import Base

FIXTURES = REPO / "tests" / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def store_file(tmp_path) -> Path:
    path = tmp_path / "plan.sqlite"
    import_json(DEFAULT_PLAN, path)
    return path


@pytest.mark.parametrize("name", ["seed-periodicity.json", "default"])
def test_import_dump_round_trip_and_same_recalc(tmp_path, scenarios, capsys, name):
    source = DEFAULT_PLAN if name == "default" else scenarios / name
    db, out = tmp_path / "p.sqlite", tmp_path / "p.json"
    assert main(["import", str(source), str(db)]) == 0
    assert main(["dump", str(db), str(out)]) == 0
    original = plan_to_json(read_plan(source))
    assert json.loads(out.read_text()) == original
    for flags in ([], ["--with-drafts"]):
        capsys.readouterr()
        main(["recalc", str(source), "--json", *flags])
        from_json = capsys.readouterr().out
        main(["recalc", str(db), "--json", *flags])
        assert capsys.readouterr().out == from_json


def test_default_plan_json_is_canonical():
    """The shipped default plan is written exactly as dump would write it."""
    assert json.loads(DEFAULT_PLAN.read_text()) == plan_to_json(read_plan(DEFAULT_PLAN))


def test_edits_write_only_what_changed_and_survive_reopening(store_file):
    with PlanStore.open(store_file) as store:
        p = store.plan
        extra = Decision(
            "E/DEC/2014/9",
            "ECOSOC",
            date(2014, 7, 20),
            mandates=(Mandate("conf-followup", Effect.TERMINATE),),
        )
        new = _with(
            p,
            decisions=(*p.decisions, extra),
            tracking=(
                *p.tracking,
                Tracking("conf-followup", "ecosoc-2014", TrackingStatus.SUBMITTED, officer="M. Li"),
            ),
        )
        assert store.save(new) == 2
        assert store.save(new) == 0
    with PlanStore.open(store_file) as store:
        assert store.plan == new
        result = recalculate(store.plan, RecalcOptions(today=datetime(2014, 1, 1).date()))
        assert [r.session for r in result.requirements if r.report == "conf-followup"][
            -1
        ] == "ecosoc-2014"


def _with(p, **changes):
    return replace(p, **changes)


def test_undo_by_saving_the_previous_plan_restores_the_rows(store_file):
    with PlanStore.open(store_file) as store:
        before = store.plan
        edited = _with(before, decisions=before.decisions[1:], reports=before.reports)
        store.save(edited)
        store.save(before)
        assert store.reload() == before


# --- bad files ----------------------------------------------------------------------


def _foreign(path: Path) -> None:
    c = sqlite3.connect(path)
    c.execute("CREATE TABLE songs (title TEXT)")
    c.commit()
    c.close()


def _newer(path: Path) -> None:
    import_json(DEFAULT_PLAN, path)
    c = sqlite3.connect(path)
    c.execute("UPDATE alembic_version SET version_num = '9999'")
    c.commit()
    c.close()


def _truncated(path: Path) -> None:
    import_json(DEFAULT_PLAN, path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        (lambda p: p.write_text("this is a text file, not a plan"), "not an SQLite database"),
        (lambda p: p.write_bytes(b""), "the file is empty"),
        (_truncated, "damaged"),
        (_foreign, "another application"),
        (_newer, "newer version of Mandate Planner"),
    ],
)
def test_bad_files_get_a_clear_message_and_are_never_modified(tmp_path, capsys, make, fragment):
    bad = tmp_path / "bad.sqlite"
    make(bad)
    before = digest(bad)
    for args in (["recalc", str(bad)], ["dump", str(bad), str(tmp_path / "out.json")]):
        assert main(args) == 2
        err = capsys.readouterr().err
        assert fragment in err and err.count("\n") == 1
    with pytest.raises(PlanFileError, match=fragment):
        PlanStore.open(bad)
    assert digest(bad) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.sqlite"]


def test_read_only_file_reads_but_will_not_open_for_editing_or_be_replaced(store_file, capsys):
    os.chmod(store_file, stat.S_IRUSR | stat.S_IRGRP)
    try:
        before = digest(store_file)
        assert main(["recalc", str(store_file), "--json"]) == 0
        capsys.readouterr()
        with pytest.raises(PlanFileError, match="read-only"):
            PlanStore.open(store_file)
        assert main(["import", str(DEFAULT_PLAN), str(store_file)]) == 2
        assert "read-only" in capsys.readouterr().err
        with PlanStore.open(store_file, read_only=True) as store:
            assert store.plan.decisions
            with pytest.raises(PlanFileError, match="read-only"):
                store.save(store.plan)
        assert digest(store_file) == before
    finally:
        os.chmod(store_file, 0o644)


def test_folder_without_write_permission(tmp_path, capsys):
    folder = tmp_path / "locked"
    folder.mkdir()
    import_json(DEFAULT_PLAN, folder / "plan.sqlite")
    os.chmod(folder, stat.S_IRUSR | stat.S_IXUSR)
    try:
        before = digest(folder / "plan.sqlite")
        assert main(["import", str(DEFAULT_PLAN), str(folder / "new.sqlite")]) == 2
        assert "not writable" in capsys.readouterr().err
        with pytest.raises(PlanFileError, match="not writable"):
            PlanStore.open(folder / "plan.sqlite")
        assert main(["recalc", str(folder / "plan.sqlite")]) == 0
        assert digest(folder / "plan.sqlite") == before
        assert sorted(p.name for p in folder.iterdir()) == ["plan.sqlite"]
    finally:
        os.chmod(folder, 0o755)


def test_import_into_an_existing_path_is_all_or_nothing(store_file, tmp_path, capsys):
    before = digest(store_file)
    broken = tmp_path / "broken.json"
    doc = json.loads(DEFAULT_PLAN.read_text())
    assert doc["decisions"][4]["symbol"] == "A/RES/61/16"
    doc["decisions"][4]["mandates"][0]["rule"]["session"] = "ECOSOC-2031"
    broken.write_text(json.dumps(doc))
    assert main(["import", str(broken), str(store_file)]) == 2
    assert (
        'decisions[4].mandates[0].rule.session: unknown session "ECOSOC-2031"'
        in capsys.readouterr().err
    )
    assert digest(store_file) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.json", "plan.sqlite"]


# --- migrations ------------------------------------------------------------------------


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema-v*.sqlite")), ids=lambda p: p.name)
def test_old_schema_is_backed_up_then_upgraded_to_the_create_all_schema(tmp_path, fixture):
    path = tmp_path / "old.sqlite"
    shutil.copyfile(fixture, path)
    original = digest(path)
    with PlanStore.open(path, now=datetime(2026, 11, 27, 9, 30)) as store:
        assert store.backup_made is not None
        revision = fixture.stem.removeprefix("schema-v")
        assert store.backup_made.name == f"old.sqlite.bak-v{revision}-20261127-093000"
        assert digest(path) != original  # upgraded in place ...
        old = sqlite3.connect(store.backup_made)  # ... after a faithful copy of the old file
        assert old.execute("SELECT version_num FROM alembic_version").fetchall() == [(revision,)]
        assert old.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        old.close()
        assert read_plan(store.backup_made) == store.plan
        assert store.plan == read_plan(FIXTURES / "schema-fixture-plan.json")
        with store.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
            assert (
                conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
                == head_revision()
            )
    with PlanStore.open(path) as again:
        assert again.backup_made is None


def test_schema_revision_list_matches_the_migration_scripts():
    assert alembic_revisions() == list(SCHEMA_REVISIONS)
    assert sorted(p.name for p in FIXTURES.glob("schema-v*.sqlite")) == [
        f"schema-v{r}.sqlite" for r in SCHEMA_REVISIONS[:-1]
    ]


def test_a_new_file_is_create_all_stamped_at_head(store_file):
    with PlanStore.open(store_file) as store, store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


# --- lock, save as, backups ---------------------------------------------------------------


def test_second_writer_is_told_and_can_open_read_only(store_file):
    with PlanStore.open(store_file):
        with pytest.raises(PlanLockedError, match="already open in Mandate Planner by"):
            PlanStore.open(store_file)
        with PlanStore.open(store_file, read_only=True) as viewer:
            assert viewer.read_only and viewer.plan.reports
    with PlanStore.open(store_file):  # released on close
        pass


def test_save_as_copies_a_consistent_plan_while_open(store_file, tmp_path):
    with PlanStore.open(store_file) as store:
        store.save(_with(store.plan, title="Copied"))
        store.copy_to(tmp_path / "copy.sqlite")
        with pytest.raises(PlanFileError, match="is the plan that is open"):
            store.copy_to(store_file)
    assert read_plan(tmp_path / "copy.sqlite").title == "Copied"


def test_backups_keep_the_last_ten_then_one_a_day_for_a_month(store_file, tmp_path):
    folder = tmp_path / "backups"
    now = datetime(2026, 11, 27, 12, 0)
    with PlanStore.open(store_file) as store, store.raw() as conn:
        for hours in range(24 * 45, -1, -6):  # every 6 hours for 45 days, oldest first
            make_backup(conn, store_file, folder, now - timedelta(hours=hours))
    kept = sorted(folder.iterdir())
    assert read_plan(kept[-1]).reports
    days = {p.name.split("-")[1] for p in kept}
    assert len(kept) <= 10 + 31
    assert len(days) == 31  # one per day for 30 days back, plus today
    assert to_delete(kept, now) == []


def test_create_plan_file_refuses_a_missing_folder(tmp_path):
    with pytest.raises(PlanFileError, match="does not exist"):
        create_plan_file(tmp_path / "nope" / "p.sqlite", read_plan(DEFAULT_PLAN))


def test_tracking_survives_recalculation_and_orphans_are_kept(store_file):
    with PlanStore.open(store_file) as store:
        p = store.plan
        orphan = Tracking(
            "conf-followup", "ecosoc-2031", TrackingStatus.FORECAST, officer="A. Officer"
        )
        store.save(_with(p, tracking=(*p.tracking, orphan)))
    reopened = read_plan(store_file)
    assert orphan in reopened.tracking
    codes = [
        d.code
        for d in recalculate(reopened, RecalcOptions(today=datetime(2026, 1, 1).date())).diagnostics
    ]
    assert "orphaned-tracking" in codes
