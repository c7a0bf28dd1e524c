"""Import, recalc and plan files read from disk hold every value to the engine's bounds:
a clear one-line error (exit 2), never a hang, a traceback or an internal error."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from planbuilder import BASE, decision, doc, mandate, rule

from planner.app.documents import import_json
from planner.cli.main import main
from planner.domain.bounds import MAX_WORDS
from planner.store.database import PlanStore, read_plan_file
from planner.store.errors import PlanOutOfBoundsError


def series_with(**changes):
    return [dict(BASE["session_series"][0], **changes), BASE["session_series"][1]]


def reports_with(**changes):
    return [dict(BASE["reports"][0], **changes), *BASE["reports"][1:]]


def merge_chain(n: int, *, close: bool = False) -> dict:
    """Report r0 merged into r1, r1 into r2, … (and r_n back into r0 when `close`)."""
    reports = [{"id": f"r{i}", "title": f"Report {i}"} for i in range(n + 1)]
    links = [(i, i + 1) for i in range(n)] + ([(n, 0)] if close else [])
    decisions = [
        decision(f"E/DEC/2013/{a}", "2013-07-26", mandate(f"r{a}", "merge", into=f"r{b}"))
        for a, b in links
    ]
    return doc(reports=reports, decisions=decisions)


def body_chain(n: int) -> dict:
    bodies = [*BASE["bodies"]] + [
        {"id": f"B{i}", "name": f"Body {i}", "parent": f"B{i - 1}" if i else "ECOSOC"}
        for i in range(n)
    ]
    return doc(bodies=bodies)


def raw(text: str) -> str:
    return text


BAD = {
    "word-limit-2^63": (doc(reports=reports_with(word_limit=2**63)), "must be at most 1000000"),
    "word-estimate-2^63": (
        doc(tracking=[{"report": "r1", "session": "ecosoc-2012", "word_estimate": 2**63}]),
        "tracking[0].word_estimate: must be at most",
    ),
    "5000-digit-integer": (
        raw(
            '{"format": "mandate-planner/1", "bodies": [{"id": "A", "name": "a",'
            f' "submission_weeks": {"9" * 5000}}}]}}'
        ),
        "a number in it is too long",
    ),
    "deep-nesting": (
        raw('{"format": "mandate-planner/1", "title": ' + "[" * 100_000 + "]" * 100_000 + "}"),
        "nested too deeply",
    ),
    "BYDAY=99MO": (
        doc(session_series=series_with(rrule="FREQ=YEARLY;BYDAY=99MO")),
        "session_series[0].rrule: invalid RRULE 'FREQ=YEARLY;BYDAY=99MO': BYDAY value 99MO is"
        " out of range (-53 to 53)",
    ),
    "INTERVAL=0": (
        doc(session_series=series_with(rrule="FREQ=DAILY;INTERVAL=0")),
        "INTERVAL value 0 is out of range (1 to 1000)",
    ),
    "MINUTELY": (
        doc(session_series=series_with(rrule="FREQ=MINUTELY")),
        "FREQ=MINUTELY: sessions are whole days",
    ),
    "impossible-day": (
        doc(session_series=series_with(rrule="FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30")),
        "the rule names no day at all",
    ),
    "daily-to-the-horizon": (
        doc(session_series=series_with(rrule="FREQ=DAILY", until=None)),
        "more than 10,000 occurrences",
    ),
    "pattern-Q": (
        doc(session_series=series_with(name="{year:Q}")),
        "session_series[0].name: bad name pattern '{year:Q}': {year:Q} has a format",
    ),
    "pattern-width": (
        doc(session_series=series_with(name="{year:>999999999}")),
        "{year:>999999999} has a format",
    ),
    "every_years-0": (
        doc(
            decisions=[
                decision(
                    "E/DEC/2012/1",
                    "2012-01-01",
                    mandate("r1", "add", rule("periodic", every_years=0, first=2012)),
                )
            ]
        ),
        "every_years: must be at least 1",
    ),
    "cycle-at-one-date": (merge_chain(1000, close=True), "cyclic merge: r0 → r1 → r2"),
}


@pytest.mark.timeout(60)  # several of these hung, or grew past 4 GB, before
@pytest.mark.parametrize("name", sorted(BAD))
@pytest.mark.parametrize("command", ["import", "recalc"])
def test_bad_plans_are_refused_with_one_line_and_exit_2(tmp_path, capsys, name, command):
    content, fragment = BAD[name]
    source = tmp_path / "plan.json"
    source.write_text(content if isinstance(content, str) else json.dumps(content))
    args = [command, str(source)] + ([str(tmp_path / "out.sqlite")] if command == "import" else [])
    assert main(args) == 2
    captured = capsys.readouterr()
    err = captured.err.strip()
    assert "\n" not in err and "internal error" not in err and "Traceback" not in err
    assert fragment in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json"]


@pytest.mark.timeout(60)  # RecursionError before (exit 1)
def test_a_merge_chain_of_a_thousand_reports_imports_and_recalculates(tmp_path, capsys):
    source = tmp_path / "chain.json"
    source.write_text(json.dumps(merge_chain(1000)))
    assert main(["import", str(source), str(tmp_path / "chain.sqlite")]) == 0
    assert main(["recalc", str(tmp_path / "chain.sqlite"), "--json"]) == 0


@pytest.mark.timeout(60)  # the parent check walked every chain from every body: 14 s at 20,000
def test_a_long_body_parent_chain_is_checked_in_linear_time(tmp_path):
    source = tmp_path / "bodies.json"
    source.write_text(json.dumps(body_chain(60_000)))
    plan = import_json(source, tmp_path / "bodies.sqlite")
    assert plan.bodies[-1].parent == "B59998"


def test_a_body_that_is_its_own_ancestor_is_still_refused(tmp_path, capsys):
    d = body_chain(3)
    d["bodies"][2]["parent"] = "B2"
    source = tmp_path / "loop.json"
    source.write_text(json.dumps(d))
    assert main(["recalc", str(source)]) == 2
    assert 'bodies[2].parent: body "B0" is its own ancestor' in capsys.readouterr().err


def test_words_up_to_the_limit_import(tmp_path):
    source = tmp_path / "words.json"
    source.write_text(json.dumps(doc(reports=reports_with(word_limit=MAX_WORDS))))
    assert import_json(source, tmp_path / "words.sqlite").reports[0].word_limit == MAX_WORDS


def test_an_effective_date_before_adoption_is_stored_and_read_back(tmp_path):
    # the plan file refused it (a CHECK constraint) before schema 0003
    d = doc(
        decisions=[
            decision(
                "E/DEC/2012/9",
                "2012-07-27",
                mandate("r1", "add", rule("next_session")),
                effective="2012-01-01",
            )
        ]
    )
    source = tmp_path / "early.json"
    source.write_text(json.dumps(d))
    plan = import_json(source, tmp_path / "early.sqlite")
    assert read_plan_file(tmp_path / "early.sqlite") == plan
    assert str(plan.decisions[0].effective) == "2012-01-01"


# --- plan files written by other hands -------------------------------------------------


@pytest.fixture
def store(tmp_path) -> Path:
    source = tmp_path / "plan.json"
    source.write_text(
        json.dumps(
            doc(
                decisions=[
                    decision(
                        "E/DEC/2011/1",
                        "2011-07-28",
                        mandate("r1", "add", rule("periodic", every_years=2, first=2012)),
                        mandate("r2", "add", rule("next_session")),
                    )
                ]
            )
        )
    )
    path = tmp_path / "plan.sqlite"
    import_json(source, path)
    return path


def tamper(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(sql)
    conn.close()


TAMPERED = {
    "INTERVAL=0": (
        "UPDATE session_series SET rrule = 'FREQ=DAILY;INTERVAL=0' WHERE id = 'ecosoc'",
        "session_series[ecosoc].rrule: invalid RRULE 'FREQ=DAILY;INTERVAL=0': INTERVAL value 0",
    ),
    "every_years=0": (
        "UPDATE mandates SET every_years = 0 WHERE report = 'r1'",
        "decisions[E/DEC/2011/1].mandates[0].rule.every_years: 0 is out of range (1 to 100)",
    ),
    "every_years=-2": (
        "UPDATE mandates SET every_years = -2 WHERE report = 'r1'",
        "rule.every_years: -2 is out of range",
    ),
    "pattern": (
        "UPDATE session_series SET name = '{year:>999999999}' WHERE id = 'ga'",
        "session_series[ga].name: bad name pattern",
    ),
    "weeks": (
        "UPDATE bodies SET submission_weeks = 9999999 WHERE id = 'GA'",
        "bodies[GA].submission_weeks: 9999999 is out of range (0 to 520)",
    ),
}


@pytest.mark.timeout(60)  # `every_years` 0 in a plan file looped forever
@pytest.mark.parametrize("name", sorted(TAMPERED))
def test_a_plan_file_outside_the_bounds_is_refused_by_the_command_line(store, capsys, name):
    sql, fragment = TAMPERED[name]
    tamper(store, sql)
    assert main(["recalc", str(store)]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "internal error" not in err
    assert fragment in err
    with pytest.raises(PlanOutOfBoundsError) as info:
        PlanStore.open(store)
    assert info.value.plan.decisions[0].symbol == "E/DEC/2011/1"  # what was read comes along


@pytest.mark.timeout(60)
def test_a_plan_file_series_beyond_the_cap_is_refused_by_the_command_line(store, capsys):
    # reading a file parses its rules but leaves expanding them (the cap) to the engine
    tamper(
        store, "UPDATE session_series SET rrule = 'FREQ=DAILY', until = NULL WHERE id = 'ecosoc'"
    )
    for command in (["recalc", str(store)], ["dump", str(store), str(store.with_name("out.json"))]):
        assert main(command) == 2
        err = capsys.readouterr().err.strip()
        assert "session_series[ecosoc].rrule" in err and "more than 10,000 occurrences" in err
    assert not store.with_name("out.json").exists()
