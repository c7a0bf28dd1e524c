"""Where things are on the timeline, for clicking them like a user would."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt


def point_of_decision(view, symbol: str) -> QPointF:
    d = next(d for d in view.scene.data.plan.decisions if d.symbol == symbol)
    row = view.scene.row_of("decisions")
    return QPointF(view.vp.x_of(d.adopted), view.vp.y(row.top) + row.height / 2)


def point_of_requirement(view, key: tuple[str, str]) -> QPointF:
    r = view.scene.data.by_key[key]
    lane = view.scene.data.lanes[r.body]
    stack = lane.requirements[r.session]
    i = next(i for i, q in enumerate(stack) if q.key == key)
    row = view.scene.row_of(r.body)
    m = view.scene.metrics()
    x = view.vp.x_of(r.session_start) + m.marker_radius + 1.4
    y = view.vp.y(row.top) + m.marker_y(i)
    return QPointF(x, y)


def click_at(qtbot, view, point: QPointF) -> None:
    view.viewport().update()
    qtbot.wait(5)
    view.repaint()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point.toPoint())
