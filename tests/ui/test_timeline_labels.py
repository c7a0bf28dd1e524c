"""Labels and "+N" badges on the screen's timeline: a badge lists what it counts."""

from __future__ import annotations

from ui_helpers import click_at

from planner.timeline.painter import Hit, RequirementSel


def test_clicking_a_badge_lists_its_reports_and_picking_one_selects_it(window, qtbot):
    window.set_drafts(True)  # ECOSOC 2012 then has two reports
    view = window.timeline
    view.repaint()
    hits = [Hit(*row) for row in view._hits]
    badges = [h for h in hits if h.kind == "badge" and "ecosoc-2012" in h.key.sessions]
    assert badges, "no badge at ECOSOC 2012"
    hit = badges[0]
    counted = window.scene.badge_requirements(hit.key)
    assert {q.report for q in counted} <= {"conf-followup", "periodicity-note"} and counted
    from PySide6.QtCore import QPointF

    click_at(qtbot, view, QPointF((hit.left + hit.right) / 2, (hit.top + hit.bottom) / 2))
    menu = view.badge_menu
    actions = menu.actions()
    assert len(actions) == len(counted)
    assert "Substantive session of 2012" in actions[0].text()
    actions[0].trigger()
    menu.close()
    assert view.selection == RequirementSel(*counted[0].key)


def test_report_lines_are_named_on_screen(window):
    from planner.timeline.frame import PaintRecord

    view = window.timeline
    record = PaintRecord()
    from PySide6.QtGui import QImage, QPainter

    image = QImage(int(view.vp.width), int(view.vp.height), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    window.scene.paint(painter, view.vp, view.paint_options(), record=record)
    painter.end()
    assert "Integrated and coordinated…" in {lab.text for lab in record.labels}  # derived
