"""An edit made by SQL whose recorded rows the planner cannot read still shows in the
History's before and after: each row under its heading, an unknown column by its own
name, never an error that would empty the panel."""

from __future__ import annotations

from datetime import UTC, datetime

from paths import SEED_PLAN

from planner.app.audit_diff import entry_diff, touched
from planner.domain.calendar import Calendar
from planner.store.audit import AuditEntry, AuditRecord
from planner.store.interchange import read_json_file
from planner.ui.team_history import EditDiffView, record_heading
from planner.ui.wording import Names


def test_rows_that_cannot_be_read_are_shown_as_they_are(qtbot):
    plan = read_json_file(SEED_PLAN)
    entry = AuditEntry(
        3,
        datetime(2026, 3, 2, tzinfo=UTC),
        "editor",
        "",
        (
            AuditRecord("decisions", "X/1", "not json", "[1, 2]"),
            AuditRecord("mandates", "5", '{"decision": 99, "report": "gone", "effect": 3}', None),
            AuditRecord("reports", "r9", None, '{"id": "r9", "colour": "red", "version": 1}'),
        ),
        by_hand=True,
    )
    view = EditDiffView()
    qtbot.addWidget(view)
    view.show_diff(entry_diff(plan, entry), Names(plan, Calendar(plan)))
    lines = view.lines()
    assert lines[0] == ("Changed: Decision X/1",)
    assert lines[1] == ("Removed: Mandate row 5",)
    assert lines[2][0] == "Mandate: gone" and '"effect": 3' in lines[2][1] and lines[2][2] == "—"
    assert lines[3] == ("Added: Report line “r9”",)
    assert ("colour", "—", "red") in lines  # a column the planner does not know, by its name
    assert not any(line[0] == "version" for line in lines)
    assert [record_heading(t, k) for t, k in touched(entry)] == [
        "Decision X/1",
        "Mandate row 5",
        "Report line “r9”",
    ]


def test_a_series_heading_reads_its_name_without_the_patterns_placeholders(qapp):
    pattern = "{ordinal} session of the General Assembly"
    assert record_heading("session_series", "ga", pattern) == (
        "Session series ga — session of the General Assembly"
    )
    assert record_heading("event_series", "hlpf", "HLPF {year}") == "Event series: hlpf — HLPF"
    assert record_heading("bodies", "GA", "{not a pattern}") == "Body GA — {not a pattern}"
