"""The legend dock is the export's legend: same items, same swatches, same drawing."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QFont, QImage, QPainter

from planner.export.image import ImageOptions, compose


def test_the_legend_dock_draws_what_the_export_draws(window, qtbot):
    dock = window.docks["legend"]
    assert not dock.isHidden()  # on screen by default
    panel = window.legend
    font = QFont(panel.font())
    font.setPointSizeF(9.0)
    panel.setFont(font)
    comp = compose(window.scene, ImageOptions(2012, 2030, 900, today=date(2026, 11, 27)))
    export = QImage(comp.width, comp.height, QImage.Format.Format_RGB32)
    painter = QPainter(export)
    comp.paint(painter)
    painter.end()
    top = int(comp.title_h + comp.timeline.height)
    legend = export.copy(0, top, comp.width, int(comp.legend_h))
    on_screen = QImage(comp.width, int(comp.legend_h), QImage.Format.Format_RGB32)
    painter = QPainter(on_screen)
    panel.paint_into(painter, comp.width, comp.legend_h)
    painter.end()
    assert panel.heightForWidth(comp.width) == int(comp.legend_h)
    assert on_screen == legend


def test_the_legend_dock_can_be_toggled_from_the_view_menu(window):
    toggle = window.docks["legend"].toggleViewAction()
    assert toggle in window.menuBar().actions()[2].menu().actions()  # View
    toggle.trigger()
    assert window.docks["legend"].isHidden()
    toggle.trigger()
    assert not window.docks["legend"].isHidden()
