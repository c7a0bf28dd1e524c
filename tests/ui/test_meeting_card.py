"""Meeting mode: walking to a session shows its card, in type a room can read."""

from __future__ import annotations

from PySide6.QtCore import Qt

from planner.ui.session_card import CARD_TEXT_PX


def test_walking_sessions_shows_each_on_a_card(window, qtbot):
    window.set_drafts(True)
    window.actions_by_name["meeting"].trigger()
    view = window.timeline
    view.setFocus()
    view.go_home()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    card = view.card
    assert card is not None and card.isVisible()
    session = window.workspace.engine.calendar.sessions[view.selection.key]
    assert card.heading.text() == session.name
    body = card.body.text()
    reqs = window.scene.data.lanes[session.body].requirements[session.id]
    for q in reqs:
        assert q.short_title in body
        assert ", ".join(q.mandated_by) in body
    assert "submit by" in body and "issue by" in body
    assert str(session.start.year) in body
    assert card.body.font().pixelSize() >= CARD_TEXT_PX
    assert card.geometry().right() <= view.viewport().width()
    first = view.selection
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selection != first
    later = window.workspace.engine.calendar.sessions[view.selection.key]
    assert card.isVisible() and card.heading.text() == later.name
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # leaves meeting mode
    assert not window.meeting and not card.isVisible()


def test_the_meeting_frame_is_drawn_large(window, qtbot):
    window.actions_by_name["meeting"].trigger()
    view = window.timeline
    view.repaint()
    options = view.paint_options()
    assert options.theme.font_scale >= 2.3 and options.base_point_size >= 9
    assert window.scene.metrics().marker_radius >= 10
    window.set_meeting_mode(False)
