"""A `.sqlite` plan is held to the rules of import every time it is read, before anything is
written to it or its journal mode is changed: a crafted file is refused with one line naming
the table and row (exit 2), never a traceback, a silent dangling reference, or a file
switched to WAL; and any plan that loads dumps to JSON that import accepts."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from planbuilder import decision, doc, mandate, rule

from planner.app.documents import import_json
from planner.app.workspace import ReadOnly, Workspace
from planner.cli.main import main
from planner.domain.engine import Engine
from planner.store.database import PlanStore, read_plan_file
from planner.store.errors import PlanError, PlanFileError, PlanReadOnlyError
from planner.store.filecheck import APPLICATION_ID
from planner.store.interchange import plan_from_text, plan_to_text

STORY = doc(
    decisions=[
        decision(
            "E/DEC/2011/1",
            "2011-07-28",
            mandate("r1", "add", rule("at_session", session="ecosoc-2013")),
            mandate("r2", "add", rule("after_event", event="uncsd")),
            mandate("r3", "add", rule("periodic", every_years=2, first="ecosoc-2012")),
        ),
        decision(
            "A/RES/66/1",
            "2011-12-20",
            mandate("r1", "add", rule("with_series", body="GA", series="review")),
            mandate("r2", "defer", from_session="ecosoc-2014", to_session="ecosoc-2015"),
            body="GA",
        ),
        decision("E/DEC/2013/5", "2013-07-26", mandate("r3", "merge", into="r2")),
    ],
    tracking=[{"report": "r1", "session": "ecosoc-2013", "status": "submitted"}],
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("pristine")
    source = folder / "story.json"
    source.write_text(json.dumps(STORY))
    import_json(source, folder / "story.sqlite")
    return folder / "story.sqlite"


@pytest.fixture
def plan_file(pristine, tmp_path) -> Path:
    path = tmp_path / "plan.sqlite"
    shutil.copyfile(pristine, path)
    return path


def tamper(path: Path, sql: str) -> None:
    """Other hands: no foreign keys, no CHECK constraints."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA ignore_check_constraints = ON")
    with conn:
        conn.executescript(sql)
    conn.close()


M1 = "(SELECT pk FROM decisions WHERE symbol = 'E/DEC/2011/1')"
CRAFTED = {
    # dangling references
    "mandate-unknown-session": (
        f"UPDATE mandates SET rule_session = 'ecosoc-2099' WHERE decision = {M1} AND position = 0",
        'decisions[E/DEC/2011/1].mandates[0].rule.session: unknown session "ecosoc-2099"',
    ),
    "mandate-session-of-another-body": (
        f"UPDATE mandates SET rule_session = 'ga-2013' WHERE decision = {M1} AND position = 0",
        'rule.session: session "ga-2013" is a session of GA, not ECOSOC',
    ),
    "mandate-unknown-report": (
        f"UPDATE mandates SET report = 'ghost' WHERE decision = {M1} AND position = 1",
        'decisions[E/DEC/2011/1].mandates[1].report: unknown report "ghost"',
    ),
    "mandate-unknown-body": (
        f"UPDATE mandates SET rule_body = 'NOBODY' WHERE decision = {M1} AND position = 1",
        'decisions[E/DEC/2011/1].mandates[1].rule.body: unknown body "NOBODY"',
    ),
    "mandate-unknown-event": (
        f"UPDATE mandates SET rule_event = 'nothing' WHERE decision = {M1} AND position = 1",
        'mandates[1].rule.event: unknown event "nothing"',
    ),
    "mandate-unknown-event-series": (
        "UPDATE mandates SET rule_series = 'none' WHERE rule_type = 'with_series'",
        'decisions[A/RES/66/1].mandates[0].rule.series: unknown event series "none"',
    ),
    "mandate-unknown-defer-session": (
        "UPDATE mandates SET to_session = 'never' WHERE effect = 'defer'",
        'decisions[A/RES/66/1].mandates[1].to_session: unknown session "never"',
    ),
    "periodic-first-unknown-session": (
        "UPDATE mandates SET first_session = 'ecosoc-1800' WHERE rule_type = 'periodic'",
        'mandates[2].rule.first: unknown session "ecosoc-1800"',
    ),
    "decision-unknown-body": (
        "UPDATE decisions SET body = 'NOBODY' WHERE symbol = 'E/DEC/2013/5'",
        'decisions[E/DEC/2013/5].body: unknown body "NOBODY"',
    ),
    "session-of-unknown-series": (
        "UPDATE sessions SET series = 'zzz'",
        'sessions[ecosoc-2012].series: unknown session series "zzz"',
    ),
    "session-of-another-bodys-series": (
        "UPDATE sessions SET series = 'ga'",
        'sessions[ecosoc-2012].series: series "ga" projects sessions of GA, not ECOSOC',
    ),
    "series-of-unknown-body": (
        "UPDATE session_series SET body = 'NOBODY' WHERE id = 'ga'",
        'session_series[ga].body: unknown body "NOBODY"',
    ),
    "event-of-unknown-series": (
        "UPDATE events SET series = 'nope'",
        'events[uncsd].series: unknown event series "nope"',
    ),
    "tracking-of-unknown-report": (
        "UPDATE tracking SET report = 'ghost'",
        'tracking[ghost@ecosoc-2013].report: unknown report "ghost"',
    ),
    # unknown values of a closed set
    "session-status-bogus": ("UPDATE sessions SET status = 'bogus'", "sessions[ecosoc-2012]"),
    "decision-status-bogus": (
        "UPDATE decisions SET status = 'bogus' WHERE symbol = 'E/DEC/2013/5'",
        "decisions[E/DEC/2013/5]: unknown value 'bogus'",
    ),
    "tracking-status-bogus": ("UPDATE tracking SET status = 'bogus'", "tracking[r1]"),
    "effect-bogus": (
        "UPDATE mandates SET effect = 'bogus' WHERE effect = 'merge'",
        "decisions[E/DEC/2013/5].mandates[0]: unknown value 'bogus'",
    ),
    "rule-type-bogus": (
        "UPDATE mandates SET rule_type = 'bogus' WHERE rule_type = 'after_event'",
        "decisions[E/DEC/2011/1].mandates[1]: unknown rule type 'bogus'",
    ),
    # values of the wrong type
    "integer-for-a-date": (
        "UPDATE sessions SET start = 20120702",
        "sessions[ecosoc-2012]: bad date 20120702",
    ),
    "text-for-a-date": (
        "UPDATE decisions SET adopted = 'last year' WHERE symbol = 'E/DEC/2013/5'",
        "decisions[E/DEC/2013/5]: bad date 'last year'",
    ),
    "impossible-date": (
        "UPDATE events SET \"end\" = '2012-02-30'",
        "events[uncsd]: bad date '2012-02-30'",
    ),
    "blob-for-a-name": (  # a number in a text column is stored as text; a blob stays a blob
        "UPDATE bodies SET name = X'4741' WHERE id = 'GA'",
        "bodies[GA].name: expected text, got b'GA'",
    ),
    "blob-for-a-title": (
        "UPDATE reports SET title = X'00ff' WHERE id = 'r2'",
        "reports[r2].title: expected text, got b'\\x00\\xff'",
    ),
    "empty-symbol": (
        "UPDATE decisions SET symbol = '  ' WHERE symbol = 'E/DEC/2013/5'",
        "decisions[  ].symbol: must not be empty",
    ),
    "text-for-a-number": (
        "UPDATE reports SET word_limit = 'many' WHERE id = 'r1'",
        "reports[r1].word_limit: 'many' is out of range",
    ),
    "horizon-text": (
        "UPDATE plan_info SET value = 'forever' WHERE key = 'horizon_years'",
        "plan_info[horizon_years]: not a number: 'forever'",
    ),
    "calendar-as-of-text": (
        "INSERT INTO plan_info (key, value) VALUES ('calendar_as_of', 'yesterday')",
        "plan_info[calendar_as_of]: bad date 'yesterday'",
    ),
    # shapes and cycles
    "add-without-rule": (
        f"UPDATE mandates SET rule_type = NULL WHERE decision = {M1} AND position = 1",
        'decisions[E/DEC/2011/1].mandates[1]: missing field "rule" (an add mandate needs one)',
    ),
    "defer-to-itself": (
        "UPDATE mandates SET to_session = 'ecosoc-2014' WHERE effect = 'defer'",
        "decisions[A/RES/66/1].mandates[1].to_session: must differ from from_session",
    ),
    "defer-without-sessions": (
        "UPDATE mandates SET to_session = NULL WHERE effect = 'defer'",
        "a defer mandate needs from_session and to_session",
    ),
    "merge-into-itself": (
        "UPDATE mandates SET \"into\" = report WHERE effect = 'merge'",
        'mandates[0].into: report "r3" cannot merge into itself',
    ),
    "empty-defer-session": (
        "UPDATE mandates SET from_session = '' WHERE effect = 'defer'",
        "mandates[1].from_session: expected text, got ''",
    ),
    "body-parent-cycle": (
        "UPDATE bodies SET parent = 'GA' WHERE id = 'ECOSOC';"
        " UPDATE bodies SET parent = 'ECOSOC' WHERE id = 'GA'",
        'bodies[ECOSOC].parent: body "ECOSOC" is its own ancestor',
    ),
    "merge-cycle-at-one-date": (
        'INSERT INTO mandates (decision, position, report, effect, "into")'
        " SELECT pk, 1, 'r2', 'merge', 'r3' FROM decisions WHERE symbol = 'E/DEC/2013/5'",
        "cyclic merge: r2 → r3 → r2",
    ),
}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", sorted(CRAFTED))
def test_a_crafted_plan_file_is_refused_naming_the_table_and_row(plan_file, capsys, name):
    sql, fragment = CRAFTED[name]
    tamper(plan_file, sql)
    before = digest(plan_file)
    for args in (["recalc", str(plan_file)], ["dump", str(plan_file), str(plan_file) + ".json"]):
        assert main(args) == 2
        err = capsys.readouterr().err.strip()
        assert "\n" not in err and "internal error" not in err
        assert fragment in err, err
    with pytest.raises(PlanError) as info:  # out of bounds: PlanOutOfBoundsError, shown read-only
        PlanStore.open(plan_file)
    # opening for editing also runs SQLite's quick_check, which finds a CHECK broken first
    assert fragment in str(info.value) or "CHECK constraint failed in" in str(info.value)
    assert digest(plan_file) == before  # not upgraded, not switched to WAL
    assert sorted(p.name for p in plan_file.parent.iterdir()) == ["plan.sqlite"]


def test_the_story_itself_loads_and_round_trips(plan_file):
    plan = read_plan_file(plan_file)
    assert plan_from_text(plan_to_text(plan)) == plan
    with PlanStore.open(plan_file) as store:
        assert store.plan == plan


# --- a foreign file dressed as a plan ----------------------------------------------------


def spoof(path: Path, *, our_schema_from: Path | None = None) -> None:
    """An SQLite file with our application id and an alembic_version at our head revision."""
    if our_schema_from is not None:
        shutil.copyfile(our_schema_from, path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    with conn:
        if our_schema_from is None:
            conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
            conn.execute("INSERT INTO alembic_version VALUES ('0004')")
            conn.execute("CREATE TABLE accounts (name TEXT, balance INTEGER)")
        else:
            conn.execute("PRAGMA foreign_keys = OFF")
            conn.execute("UPDATE mandates SET report = 'payroll'")
    conn.close()


@pytest.mark.parametrize("kind", ["foreign-tables", "our-tables-foreign-content"])
def test_a_spoofed_foreign_file_is_refused_before_anything_switches_it_to_wal(
    tmp_path, pristine, capsys, kind
):
    path = tmp_path / "spoof.sqlite"
    spoof(path, our_schema_from=None if kind == "foreign-tables" else pristine)
    before = path.read_bytes()
    assert before[18:20] == b"\x01\x01"  # a rollback-journal file (WAL would be 2, 2)
    with pytest.raises(PlanFileError) as info:
        PlanStore.open(path)
    assert "\n" not in str(info.value)
    with pytest.raises(PlanError):  # as the window opens a plan (read-only when it must)
        try:
            Workspace.open(path)
        except PlanReadOnlyError as exc:
            Workspace.open(path, read_only=True, detail=exc.reason)
    assert main(["recalc", str(path)]) == 2
    assert "internal error" not in capsys.readouterr().err
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["spoof.sqlite"]


# --- whatever loads, dumps to JSON that import accepts -----------------------------------

COLUMNS = {
    "bodies": ["id", "name", "parent", "submission_weeks", "issuance_weeks"],
    "session_series": ["id", "body", "name", "rrule", "duration_days", "start", "until"],
    "sessions": ["id", "body", "series", "name", "start", "end", "status", "format"],
    "event_series": ["id", "name", "rrule", "duration_days", "start", "until"],
    "events": ["id", "name", "start", "end", "series"],
    "reports": ["id", "title", "agenda_item", "word_limit"],
    "decisions": ["symbol", "body", "adopted", "effective", "status", "title"],
    "mandates": [
        "report",
        "effect",
        "rule_type",
        "rule_body",
        "rule_session",
        "rule_event",
        "rule_series",
        "prep_weeks",
        "every_years",
        "first_year",
        "first_session",
        "until_year",
        "from_date",
        "until_date",
        "from_session",
        "to_session",
        "into",
    ],
    "tracking": ["report", "session", "status", "word_estimate", "document_symbol"],
    "plan_info": ["value"],
}
VALUES = st.one_of(
    st.none(),
    st.sampled_from(
        [
            "",
            " ",
            "GA",
            "ECOSOC",
            "r1",
            "r2",
            "ecosoc-2012",
            "ecosoc-2014",
            "ga-2013",
            "ga",
            "review",
            "uncsd",
            "review-2015",
            "2012-07-02",
            "2031-01-01",
            "2012-02-30",
            "bogus",
            "merge",
            "defer",
            "at_session",
            "periodic",
            "with_series",
            "projected",
            "considered",
            "FREQ=YEARLY;BYMONTH=7;BYDAY=1MO",
        ]
    ),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.sampled_from([0, 1, 2, 2012, 9999, 1.5, b"\x00"]),
    st.text(max_size=6),
)


@pytest.mark.timeout(300)
@settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    edits=st.lists(
        st.tuples(
            st.sampled_from(sorted(COLUMNS)), st.data(), st.integers(min_value=0, max_value=9)
        ),
        min_size=1,
        max_size=3,
    ),
    values=st.lists(VALUES, min_size=3, max_size=3),
)
def test_any_plan_file_that_loads_dumps_to_json_that_import_accepts(
    pristine, tmp_path, edits, values
):
    path = tmp_path / "fuzz.sqlite"
    shutil.copyfile(pristine, path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA ignore_check_constraints = ON")
    for (table, data, row), value in zip(edits, values, strict=False):
        column = data.draw(st.sampled_from(COLUMNS[table]))
        try:
            with conn:
                conn.execute(
                    f'UPDATE {table} SET "{column}" = ? WHERE rowid = ('
                    f"SELECT rowid FROM {table} LIMIT 1 OFFSET ?)",
                    (value, row % 3),
                )
        except sqlite3.IntegrityError:  # a primary key clash: SQLite itself refuses it
            pass
    conn.close()
    try:
        plan = read_plan_file(path)
    except PlanError as exc:  # refused: one line, no traceback
        assert "\n" not in str(exc)
        event("refused")
        return
    event("loaded")
    assert plan_from_text(plan_to_text(plan)) == plan
    Engine(plan).result()  # and the engine computes it


def test_a_reference_into_a_series_past_the_occurrence_cap_is_left_to_the_bounds(plan_file, capsys):
    """Loading does not expand series to check their cap (the engine does): a session of
    such a series named by a mandate is not called unknown, and the plan opens read-only
    without it, as any plan the engine cannot compute."""
    tamper(plan_file, "UPDATE session_series SET rrule = 'FREQ=DAILY', until = NULL")
    assert main(["recalc", str(plan_file)]) == 2
    err = capsys.readouterr().err
    assert "more than 10,000 occurrences" in err and "unknown session" not in err
    ws = Workspace.open(plan_file)
    try:
        assert ws.read_only and ws.read_only_reason == ReadOnly.NOT_COMPUTABLE
    finally:
        ws.close()


@pytest.mark.timeout(120)  # recursion or a quadratic walk would not finish (or overflow)
def test_long_parent_and_merge_chains_in_a_plan_file_are_checked_iteratively(tmp_path):
    bodies = [*STORY["bodies"]] + [
        {"id": f"B{i}", "name": f"Body {i}", "parent": f"B{i - 1}" if i else "ECOSOC"}
        for i in range(20_000)
    ]
    reports = [{"id": f"m{i}", "title": f"Report {i}"} for i in range(2_001)]
    merges = [
        decision(f"E/DEC/2013/{i}", "2013-07-26", mandate(f"m{i}", "merge", into=f"m{i + 1}"))
        for i in range(2_000)
    ]
    source = tmp_path / "chains.json"
    source.write_text(json.dumps(doc(bodies=bodies, reports=reports, decisions=merges)))
    path = tmp_path / "chains.sqlite"
    import_json(source, path)
    assert len(read_plan_file(path).bodies) == 20_002
    tamper(path, "UPDATE bodies SET parent = 'B19999' WHERE id = 'B0'")  # now a loop
    with pytest.raises(PlanFileError, match=r'bodies\[B0\]\.parent: body "B0" is its own ancestor'):
        read_plan_file(path)
