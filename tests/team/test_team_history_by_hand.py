"""An edit made outside the planner (an editor's hand-written SQL) reads in the History
like one made in it: labelled as made by SQL, its fields named as the planner names them,
a mandate under its decision, the database's bookkeeping columns left out."""

from __future__ import annotations

from datetime import timedelta

import pytest
from test_team_audit_by_database import _sql_session
from test_team_history import _open, _select

from planner.ui.wording import elided

BY_HAND = "Changed outside the planner (SQL)"
BOOKKEEPING = {"version", "position", "pk", "decision", "start"}


@pytest.fixture
def language(qapp):
    from planner.ui.i18n import Translations

    t = Translations()
    yield t
    t.apply("en")


@pytest.fixture
def editor_url(pg_server, plan_name, people):
    return pg_server.url(plan_name, user=people["editor"])


def test_a_series_changed_in_psql_is_labelled_and_its_fields_named_as_in_the_planner(
    qtbot, tmp_path, editor_url, people, monkeypatch, language
):
    language.apply("en")
    win = _open(qtbot, tmp_path, editor_url, monkeypatch)
    ws = win.workspace
    try:
        series = ws.plan.session_series[0]
        with _sql_session(editor_url) as sql:
            sql.execute(
                "UPDATE session_series SET start = start + 7, location = 'Geneva' WHERE id = %s",
                (series.id,),
            )
        win.team.poll()
        lines = _select(qtbot, win, BY_HAND)
        panel = win.team.panel
        title = panel.diff_title.text()
        assert title.startswith(f"{BY_HAND} by {people['editor']} at ")
        assert "…" not in title
        assert lines[0][0].startswith(f"Changed: Session series {series.id}")
        moved = (series.start + timedelta(days=7)).isoformat()
        assert ("From", series.start.isoformat(), moved) in lines
        assert ("Location", series.location, "Geneva") in lines
        assert not BOOKKEEPING & {line[0] for line in lines[1:]}
        assert len(lines) == 3  # the version the database raised is not a change to read
        assert not panel.undo_button.isEnabled()  # undone by SQL, not from here
    finally:
        ws.close()


def test_a_mandate_changed_in_psql_is_shown_under_its_decision_in_the_windows_language(
    qtbot, tmp_path, editor_url, people, monkeypatch, language
):
    language.apply("en")
    win = _open(qtbot, tmp_path, editor_url, monkeypatch)
    ws = win.workspace
    try:
        decision = next(d for d in ws.plan.decisions if d.symbol == "E/RES/2009/29")
        (mandate,) = decision.mandates
        report = next(r for r in ws.plan.reports if r.id == mandate.report)
        with _sql_session(editor_url) as sql:
            sql.execute(
                "UPDATE mandates SET prep_weeks = prep_weeks + 2 WHERE decision ="
                " (SELECT pk FROM decisions WHERE symbol = %s)",
                (decision.symbol,),
            )
        win.team.poll()
        lines = _select(qtbot, win, BY_HAND)
        assert lines[0] == (f"Changed: Decision {decision.symbol} — {elided(decision.title)}",)
        (field,) = lines[1:]  # the mandate alone: not its row's surrogate keys nor versions
        assert field[0] == f"Mandate: {elided(report.title, 50)}"
        assert mandate.rule.prep_weeks == 0  # the seed's: read as the planner words a rule
        assert field[1:] == (
            "add — at the next session of ECOSOC",
            "add — at the next session of ECOSOC (2 weeks to prepare)",
        )
        panel = win.team.panel
        row = panel.table.currentRow()
        assert panel.table.item(row, 3).text() == f"Decision {decision.symbol}"
        # and in Arabic, the window rebuilt in it
        assert language.apply("ar")
        arabic = _open(qtbot, tmp_path, editor_url, monkeypatch)
        try:
            lines = _select(qtbot, arabic, "عُدّل خارج Mandate Planner (SQL)")
            assert lines[0] == (f"عُدّل: المقرر {decision.symbol} — {elided(decision.title)}",)
            assert lines[1][0].startswith("الولاية: ")
            title = arabic.team.panel.diff_title.text()
            assert title.startswith("عُدّل خارج Mandate Planner (SQL) بواسطة ")
        finally:
            arabic.workspace.close()
    finally:
        ws.close()


def test_mandates_moved_past_each_other_in_psql_show_where_each_went(
    qtbot, tmp_path, editor_url, people, monkeypatch, language
):
    """Two mandates swapped by hand go through a spare position (the database keeps each
    place unique): each shows once, from where it started to where it ended."""
    from test_team_history import _with_mandates

    language.apply("en")
    win = _open(qtbot, tmp_path, editor_url, monkeypatch)
    ws = win.workspace
    try:
        symbol = "E/RES/2009/29"
        decision = next(d for d in ws.plan.decisions if d.symbol == symbol)
        (first,) = decision.mandates
        second = first._replace(report="periodicity-note")
        ws.apply(_with_mandates(ws.plan, symbol, (first, second)), "two mandates")
        of = "decision = (SELECT pk FROM decisions WHERE symbol = %s)"
        with _sql_session(editor_url) as sql, sql.transaction():
            sql.execute(f"UPDATE mandates SET position = -1 WHERE {of} AND position = 0", (symbol,))
            sql.execute(f"UPDATE mandates SET position = 0 WHERE {of} AND position = 1", (symbol,))
            sql.execute(f"UPDATE mandates SET position = 1 WHERE {of} AND position = -1", (symbol,))
        win.team.poll()
        lines = _select(qtbot, win, BY_HAND)
        assert lines[0] == (f"Changed: Decision {symbol} — {elided(decision.title)}",)
        titles = {r.id: elided(r.title, 50) for r in ws.plan.reports}
        assert sorted(lines[1:]) == sorted(
            [
                (f"Place of the mandate: {titles[first.report]}", "1", "2"),
                (f"Place of the mandate: {titles[second.report]}", "2", "1"),
            ]
        )
    finally:
        ws.close()
