"""Bad plans are rejected with a message naming the place (SPEC §6)."""

from __future__ import annotations

import copy
import json

import pytest
from planbuilder import decision, doc, mandate, rule

from planner.store.errors import PlanFormatError
from planner.store.interchange import plan_from_json, plan_from_text, plan_to_json

GOOD = decision("E/DEC/2011/216", "2011-07-28", mandate("r1", "add", rule("next_session")))


def broken(edit) -> dict:
    d = doc(decisions=[copy.deepcopy(GOOD)])
    edit(d)
    return d


def rejects(d, path: str, fragment: str) -> None:
    with pytest.raises(PlanFormatError) as info:
        plan_from_json(d)
    assert info.value.path == path, str(info.value)
    assert fragment in str(info.value)


def test_the_spec_example_message():
    d = broken(
        lambda d: d["decisions"][0]["mandates"].__setitem__(
            0, mandate("r1", "add", rule("at_session", session="ECOSOC-2031"))
        )
    )
    rejects(d, "decisions[0].mandates[0].rule.session", 'unknown session "ECOSOC-2031"')


@pytest.mark.parametrize(
    ("edit", "path", "fragment"),
    [
        (
            lambda d: d.__setitem__("format", "mandate-planner/2"),
            "format",
            "expected 'mandate-planner/1'",
        ),
        (lambda d: d.pop("format"), "format", "missing"),
        (lambda d: d["decisions"][0].pop("adopted"), "decisions[0]", 'missing field "adopted"'),
        (
            lambda d: d["decisions"][0].__setitem__("adopted", 20110728),
            "decisions[0].adopted",
            "expected a date",
        ),
        (
            lambda d: d["decisions"][0].__setitem__("adopted", "2013-02-30"),
            "decisions[0].adopted",
            "impossible date",
        ),
        (
            lambda d: d["decisions"][0].__setitem__("adopted", "28/07/2011"),
            "decisions[0].adopted",
            "YYYY-MM-DD",
        ),
        (
            lambda d: d["events"][0].__setitem__("end", "2012-06-01"),
            "events[0].end",
            "before start",
        ),
        (
            lambda d: d["session_series"][0].__setitem__("rrule", "FREQ=SOMETIMES"),
            "session_series[0].rrule",
            "invalid RRULE",
        ),
        (
            lambda d: d["session_series"][0].__setitem__("name", "Session {nr}"),
            "session_series[0].name",
            "unknown field {nr}",
        ),
        (
            lambda d: d["session_series"][0].__setitem__("duration_days", "26"),
            "session_series[0].duration_days",
            "whole number",
        ),
        (
            lambda d: d["reports"].append({"id": "r1", "title": "again"}),
            "reports[3]",
            "duplicate report id 'r1'",
        ),
        (
            lambda d: d["decisions"].append(copy.deepcopy(d["decisions"][0])),
            "decisions[1]",
            "duplicate decision symbol",
        ),
        (
            lambda d: d["decisions"][0].__setitem__("status", "pending"),
            "decisions[0].status",
            "unknown value 'pending'",
        ),
        (
            lambda d: d["decisions"][0].__setitem__("body", "UNEP"),
            "decisions[0].body",
            'unknown body "UNEP"',
        ),
        (
            lambda d: d["decisions"][0].__setitem__("adopted_on", "x"),
            "decisions[0]",
            'unknown field "adopted_on"',
        ),
        (
            lambda d: d["decisions"][0]["mandates"][0].__setitem__("report", "r9"),
            "decisions[0].mandates[0].report",
            'unknown report "r9"',
        ),
        (
            lambda d: d["decisions"][0]["mandates"][0].__setitem__("effect", "amend"),
            "decisions[0].mandates[0].effect",
            "unknown value",
        ),
        (
            lambda d: d["decisions"][0]["mandates"][0].pop("rule"),
            "decisions[0].mandates[0]",
            'missing field "rule"',
        ),
        (
            lambda d: d["decisions"][0]["mandates"][0]["rule"].__setitem__("type", "sometimes"),
            "decisions[0].mandates[0].rule.type",
            "unknown rule type",
        ),
        (
            lambda d: d["decisions"][0]["mandates"][0].__setitem__(
                "rule", rule("after_event", event="cop99")
            ),
            "decisions[0].mandates[0].rule.event",
            'unknown event "cop99"',
        ),
        (
            lambda d: d["decisions"][0]["mandates"][0].__setitem__(
                "rule", rule("at_session", body="GA", session="ecosoc-2014")
            ),
            "decisions[0].mandates[0].rule.session",
            "is a session of ECOSOC, not GA",
        ),
        (
            lambda d: d["decisions"][0]["mandates"][0].__setitem__(
                "rule", rule("periodic", every_years=0, first=2012)
            ),
            "decisions[0].mandates[0].rule.every_years",
            "at least 1",
        ),
        (
            lambda d: d["decisions"][0]["mandates"][0].__setitem__(
                "rule", rule("with_series", series="nope")
            ),
            "decisions[0].mandates[0].rule.series",
            "unknown event series",
        ),
        (
            lambda d: d["decisions"][0]["mandates"].__setitem__(
                0, mandate("r1", "defer", from_session="ecosoc-2014")
            ),
            "decisions[0].mandates[0]",
            "needs from_session and to_session",
        ),
        (
            lambda d: d["decisions"][0]["mandates"].__setitem__(
                0, mandate("r1", "merge", into="r1")
            ),
            "decisions[0].mandates[0].into",
            "cannot merge into itself",
        ),
        (
            lambda d: d["bodies"].append({"id": "X", "name": "X", "parent": "X"}),
            "bodies[2].parent",
            "its own ancestor",
        ),
        (
            lambda d: d["sessions"][0].__setitem__("series", "ga"),
            "sessions[0].series",
            "projects sessions of GA",
        ),
        (
            lambda d: d["tracking"].append({"report": "r1", "session": "s", "word_estimate": -1}),
            "tracking[0].word_estimate",
            "at least 0",
        ),
        (lambda d: d.__setitem__("reports", {"id": "r1"}), "reports", "expected a list"),
        (
            lambda d: d["reports"].__setitem__(0, "r1"),
            "reports[0]",
            "expected a report (an object)",
        ),
    ],
)
def test_each_bad_input_names_its_place(edit, path, fragment):
    rejects(broken(edit), path, fragment)


def test_merges_forming_a_cycle_at_one_effective_date_are_rejected():
    d = doc(
        decisions=[
            decision("E/DEC/2012/1", "2012-01-01", mandate("r1", "merge", into="r2")),
            decision("E/DEC/2012/2", "2012-01-01", mandate("r2", "merge", into="r3")),
            decision(
                "E/DEC/2012/3",
                "2011-07-01",
                mandate("r3", "merge", into="r1"),
                effective="2012-01-01",
            ),
        ]
    )
    with pytest.raises(PlanFormatError, match="cyclic merge: r1 → r2 → r3 → r1"):
        plan_from_json(d)


def test_malformed_json_names_line_and_column():
    with pytest.raises(PlanFormatError, match=r"not valid JSON \(line 1, column 2"):
        plan_from_text("{,}")


def test_not_an_object():
    with pytest.raises(PlanFormatError, match="expected a plan"):
        plan_from_json([1, 2])


def test_export_import_export_is_identical_and_keeps_every_given_field():
    original = doc(
        decisions=[GOOD], tracking=[{"report": "r1", "session": "ecosoc-2012", "officer": "李"}]
    )
    once = plan_to_json(plan_from_json(original))
    twice = plan_to_json(plan_from_json(json.loads(json.dumps(once))))
    assert once == twice
    assert_contains(once, original)


def assert_contains(written, given, where="plan"):
    """Everything the author wrote is in the export (which also spells out defaults)."""
    if isinstance(given, dict):
        for key, value in given.items():
            assert key in written, f"{where}.{key} lost"
            assert_contains(written[key], value, f"{where}.{key}")
    elif isinstance(given, list):
        assert len(written) == len(given), where
        for i, (w, g) in enumerate(zip(written, given, strict=True)):
            assert_contains(w, g, f"{where}[{i}]")
    else:
        assert written == given, where
