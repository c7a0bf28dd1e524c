"""The planner window on the default plan, driven through its real widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from ui_helpers import click_at, point_of_decision, point_of_requirement

from planner.timeline.painter import DecisionSel, RequirementSel, SessionSel
from planner.timeline.style import LIGHT, VERMILLION
from planner.ui.models import ITEM_ROLE, deadlines_from

DRAFT = "E/DEC/2012/DRAFT-1"


def test_lanes_and_sessions_with_their_dates(window):
    rows = [r.key for r in window.scene.rows()]
    assert rows[:4] == ["events", "decisions", "GA", "ECOSOC"]
    assert {"HLPF", "CSocD", "CSW", "CPD", "StatCom"} <= set(rows)
    ecosoc = window.scene.data.lanes["ECOSOC"]
    by_id = {s.id: s for s in ecosoc.sessions}
    s2012, s2014 = by_id["ecosoc-2012"], by_id["ecosoc-2014"]
    assert (s2012.start, s2012.end, s2012.location, s2012.status) == (
        date(2012, 7, 2),
        date(2012, 7, 27),
        "New York",
        "confirmed",
    )
    assert (s2014.start, s2014.status) == (date(2014, 7, 7), "projected")
    ga = {s.id: s for s in window.scene.data.lanes["GA"].sessions}
    assert ga["ga-2012"].name == "67th session of the General Assembly"
    assert ga["ga-2013"].start == date(2013, 9, 17)


def test_opens_on_2012_to_a_few_years_past_today(window):
    vp = window.timeline.vp
    assert date.fromordinal(int(vp.left_day)).year in (2011, 2012)
    assert 2029 <= date.fromordinal(int(vp.right_day)).year <= 2032


def test_ctrl_wheel_zooms_about_the_cursor(window, qtbot):
    view = window.timeline
    x = 700.0
    before = view.vp
    day = before.day_at(x)
    pos = QPointF(x, 200)
    event = QWheelEvent(
        pos,
        view.viewport().mapToGlobal(pos),
        QPoint(),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)
    after = view.vp
    assert after.px_per_day == pytest.approx(before.px_per_day * 1.25**2)
    assert after.day_at(x) == pytest.approx(day, abs=0.01)


def test_keyboard_zoom_home_today_fit(window, qtbot):
    view = window.timeline
    view.setFocus()
    ppd = view.vp.px_per_day
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.vp.px_per_day > ppd
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.vp.px_per_day == pytest.approx(ppd)
    qtbot.keyClick(view, Qt.Key.Key_T)
    centre = view.vp.day_at(view.vp.header_width + view.vp.content_width / 2)
    assert abs(centre - date(2026, 11, 27).toordinal()) < 2
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert date.fromordinal(int(view.vp.left_day)).year == 2011
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert view.vp.left_day <= date(2009, 7, 6).toordinal()


def test_clicking_a_decision_highlights_what_it_mandates(window, qtbot):
    window.actions_by_name["drafts"].trigger()
    view = window.timeline
    view.show_days(date(2012, 1, 1).toordinal(), date(2028, 1, 1).toordinal())
    qtbot.wait(10)
    click_at(qtbot, view, point_of_decision(view, DRAFT))
    assert view.selection == DecisionSel(DRAFT)
    emphasis = window.scene.emphasis(view.selection)
    assert emphasis.requirements == {
        ("conf-followup", f"ecosoc-{y}") for y in (2013, 2016, 2021, 2026)
    }
    assert DRAFT in window.inspector.toPlainText()
    text = window.inspector.toPlainText()
    assert ": replaced by E/DEC/2012/DRAFT-1" in text and "conf-followup:" not in text
    assert "ecosoc-2014, ecosoc-2015, ecosoc-2017" in text  # 2016 is due again, so not listed
    # the emphasised 2016 marker keeps its colour; a requirement of another decision is dimmed
    image = view.grab().toImage()
    lit = image.pixelColor(point_of_requirement(view, ("conf-followup", "ecosoc-2016")).toPoint())
    dim = image.pixelColor(point_of_requirement(view, ("conf-followup", "ecosoc-2012")).toPoint())
    assert lit.blue() > 120 and lit.red() < 60  # Okabe-Ito blue, fully drawn
    assert dim.lightness() > lit.lightness() + 60  # faded towards the background


def test_clicking_a_requirement_highlights_its_decisions(window, qtbot):
    view = window.timeline
    view.show_days(date(2011, 1, 1).toordinal(), date(2014, 1, 1).toordinal())
    qtbot.wait(10)
    key = ("periodicity-note", "ecosoc-2012")
    click_at(qtbot, view, point_of_requirement(view, key))
    assert view.selection == RequirementSel(*key)
    assert window.scene.emphasis(view.selection).decisions == {"E/DEC/2011/216"}
    text = window.inspector.toPlainText()
    assert "Submit by" in text and "23 Apr 2012" in text and "E/DEC/2011/216" in text


def test_tab_and_arrows_move_the_selection(window, qtbot):
    view = window.timeline
    view.setFocus()
    view.set_selection(RequirementSel("conf-followup", "ecosoc-2014"))
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selection == RequirementSel("conf-followup", "ecosoc-2015")
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selection == RequirementSel("conf-followup", "ecosoc-2014")
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.selection != RequirementSel("conf-followup", "ecosoc-2014")
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert view.selection == RequirementSel("conf-followup", "ecosoc-2014")
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert isinstance(
        view.selection, (SessionSel, DecisionSel)
    ) or view.selection.session.startswith("ga-")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.selection is None


def test_tables_pass_the_model_tester(window, qtmodeltester, qtbot):
    for name in ("deadlines", "problems", "requirements"):
        window.docks[name].raise_()
        qtbot.waitUntil(lambda name=name: window.docks[name].isVisible())
    assert window.requirements.model.rowCount() and window.deadlines.model.rowCount()
    for model in (
        window.requirements.model,
        window.deadlines.model,
        window.problems.model,
    ):
        qtmodeltester.check(model, force_py=True)


def test_requirements_table_filters_and_double_click_centres(window, qtbot):
    panel = window.requirements
    assert panel.model.rowCount() == len(window.workspace.result().requirements)
    panel.body.setCurrentIndex(panel.body.findText("GA"))
    assert panel.model.rowCount() == 1
    panel.body.setCurrentIndex(0)
    panel.text.setText("periodicity")
    assert panel.model.rowCount() == 1
    index = panel.model.index(0, 0)
    assert panel.model.data(index, ITEM_ROLE).key == ("periodicity-note", "ecosoc-2012")
    window.timeline.go_today()
    rect = panel.view.visualRect(index)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.timeline.selection == RequirementSel("periodicity-note", "ecosoc-2012")
    vp = window.timeline.vp
    assert vp.left_day < date(2012, 7, 2).toordinal() < vp.right_day


def test_hidden_panels_fill_when_shown(window, qtbot):
    assert window.deadlines.model.rowCount() == 0  # behind the Requirements tab: not built yet
    window.docks["deadlines"].raise_()
    qtbot.waitUntil(lambda: window.deadlines.model.rowCount() > 0)


def test_deadlines_match_the_engine(window, qtbot):
    window.docks["deadlines"].raise_()
    qtbot.waitUntil(lambda: window.deadlines.model.rowCount() > 0)
    result = window.workspace.result()
    expected = deadlines_from(result, date(2026, 11, 27))
    model = window.deadlines.model
    assert [model.items[i] for i in range(model.rowCount())] == expected
    first = window.deadlines.model.data(window.deadlines.model.index(0, 0), ITEM_ROLE)
    assert (first.day, first.kind, first.requirement.session) == (
        date(2027, 4, 26),
        "submission",
        "ecosoc-2027",
    )


def test_problems_click_jumps_to_the_cause(window, qtbot):
    window.actions_by_name["drafts"].trigger()
    p = window.workspace.plan
    from dataclasses import replace

    from planner.domain.model import Effect, Mandate

    d = p.decisions[-1]._replace(
        mandates=(
            *p.decisions[-1].mandates,
            Mandate(
                "conf-followup", Effect.DEFER, from_session="ecosoc-2014", to_session="ecosoc-2015"
            ),
        ),
    )
    window.workspace.apply(replace(p, decisions=(*p.decisions[:-1], d)), "add a deferral")
    window.docks["problems"].raise_()
    qtbot.waitUntil(lambda: window.problems.model.rowCount() == 1)
    panel = window.problems
    assert panel.model.rowCount() == 1
    message, index = panel.model.index(0, 1), panel.model.index(0, 2)
    assert "E/DEC/2012/DRAFT-1 defers “Integrated" in panel.model.data(message)
    assert "but it is not due there: nothing moves." in panel.model.data(message)
    assert panel.model.data(index) == "E/DEC/2012/DRAFT-1, mandate 4"
    qtbot.mouseClick(
        panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(index).center()
    )
    assert window.timeline.selection == DecisionSel(DRAFT)


def test_drafts_toggle_recalculates_and_updates_status(window):
    before = len(window.workspace.result().requirements)
    window.actions_by_name["drafts"].trigger()
    after = [
        r.session for r in window.workspace.result().requirements if r.report == "conf-followup"
    ]
    assert [s for s in after if s >= "ecosoc-2013"] == [
        "ecosoc-2013",
        "ecosoc-2016",
        "ecosoc-2021",
        "ecosoc-2026",
    ]
    assert "drafts included" in window.status_scope.text()
    assert str(len(window.workspace.result().requirements)) in window.status_counts.text()
    assert before != len(window.workspace.result().requirements)


def test_collapsing_a_parent_hides_its_children_and_lanes_panel_hides_bodies(window, qtbot):
    view = window.timeline
    view.toggle_collapsed("ECOSOC")
    assert "HLPF" not in [r.key for r in window.scene.rows()]
    view.toggle_collapsed("ECOSOC")
    lanes = window.lanes
    item = next(
        lanes.list.item(i)
        for i in range(lanes.list.count())
        if lanes.list.item(i).data(Qt.ItemDataRole.UserRole) == "CSW"
    )
    item.setCheckState(Qt.CheckState.Unchecked)
    assert "CSW" not in [r.key for r in window.scene.rows()]
    lanes.search.setText("status")
    visible = [
        lanes.list.item(i).text()
        for i in range(lanes.list.count())
        if not lanes.list.item(i).isHidden()
    ]
    assert visible == ["    CSW — Commission on the Status of Women"]


def test_rendered_frame_has_the_expected_colours(window):
    scene = window.scene
    vp = scene.default_viewport(1200, 500, date(2026, 11, 27))
    image = scene.render(vp, scene.paint_options(today=date(2026, 11, 27)))
    today_x = round(vp.x_of(date(2026, 11, 27)))
    assert image.pixelColor(today_x, 300) == VERMILLION
    row = scene.row_of("ECOSOC")
    bar_y = round(vp.y(row.top) + 10)
    bar_x = round((vp.x_of(date(2012, 7, 2)) + vp.x_of(date(2012, 7, 28))) / 2)
    assert image.pixelColor(bar_x, bar_y) == LIGHT.session_confirmed
    assert image.pixelColor(5, 450) == LIGHT.header_bg
    assert image.pixelColor(600, 5) == LIGHT.axis_bg


def test_layout_is_remembered(window, tmp_path):
    window.docks["inspector"].hide()
    window.close()
    from planner.app.workspace import Workspace
    from planner.ui.main_window import MainWindow

    ws = Workspace.open(
        window.workspace.plan_path or tmp_path / "plan.sqlite", today=date(2026, 11, 27)
    )
    again = MainWindow(ws, today=date(2026, 11, 27), settings=window.settings)
    try:
        assert again.docks["inspector"].isHidden()
    finally:
        ws.close()
        again.deleteLater()
