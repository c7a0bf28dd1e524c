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


def test_no_dock_covers_another_on_a_laptop_screen(window, qtbot):
    """At 1366x768 (and the ~1230x690 a maximised window gets on it) the legend used to
    claim its one-column height and push over the docks below, hiding their rows."""
    for width, height in ((1366, 768), (1230, 692), (1024, 600)):
        window.resize(width, height)
        qtbot.wait(10)
        docks = [  # tabs behind the raised one are parked outside the window
            d
            for d in window.docks.values()
            if d.isVisible() and d.geometry().intersects(window.rect())
        ]
        assert len(docks) == 3  # inspector, legend, and the raised bottom tab
        for i, a in enumerate(docks):
            for b in docks[i + 1 :]:
                assert not a.geometry().intersects(b.geometry()), (
                    width,
                    a.objectName(),
                    b.objectName(),
                )
        scroller = window.docks["legend"].widget()
        legend = window.legend
        assert legend.height() >= legend.heightForWidth(legend.width())  # whole, scrolled
        assert scroller.verticalScrollBar().maximum() == max(
            0, legend.height() - scroller.viewport().height()
        )
