"""Print and PDF handouts use the page: larger type when the lanes leave room, the
timeline down to the legend, the legend on every page; "years per page" only for tiling."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

from planner.export.printing import (
    BASE_POINT_SIZE,
    PrintOptions,
    fitted_layout,
    print_timeline,
)
from planner.ui.export_dialogs import PrintSetupDialog

TODAY = date(2026, 11, 27)
A4_W, A4_H = 1122.0, 793.0  # landscape, in layout pixels


def test_a_page_with_room_to_spare_gets_larger_type_and_the_timeline_fills_it(window):
    scene = window.scene.view_copy()
    layout = fitted_layout(scene, A4_W, A4_H, PrintOptions(2012, 2030, today=TODAY))
    assert len(layout.pages) == 1
    assert layout.point_size > BASE_POINT_SIZE
    page = layout.pages[0].viewport
    # title, timeline, legend and footer take the whole height
    assert page.height + layout.legend_h + 30 + 22 == pytest.approx(A4_H)
    content = scene.content_height()
    assert content + page.axis_height <= page.height
    assert content + page.axis_height > 0.6 * page.height  # the lanes use most of it


def test_the_screen_keeps_its_own_layout(window):
    before = window.scene.metrics()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName("/dev/null")
    print_timeline(window.scene, printer, PrintOptions(2012, 2030, today=TODAY))
    assert window.scene.metrics() == before


@pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed"
)
def test_every_page_has_the_legend(window, tmp_path):
    out = tmp_path / "handout.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    options = PrintOptions(2012, 2029, mode="tile", years_per_page=3, today=TODAY)
    pages = print_timeline(window.scene, printer, options)
    assert pages == 6
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    for page in text.split("\f")[:pages]:
        words = page.split()
        assert {"planned", "forecast", "session", "deadline", "tentative"} <= set(
            words
        )  # (fi ligature in "confirmed")


def test_years_per_page_is_only_offered_for_tiling(window, qtbot):
    dialog = PrintSetupDialog(window, "Print")
    qtbot.addWidget(dialog)
    assert dialog.mode.currentData() == "fit" and not dialog.years_per_page.isEnabled()
    dialog.mode.setCurrentIndex(dialog.mode.findData("tile"))
    assert dialog.years_per_page.isEnabled()


def test_lanes_that_need_several_pages_are_never_half_shown(window):
    scene = window.scene.view_copy()
    layout = fitted_layout(scene, A4_W, 420.0, PrintOptions(2012, 2030, today=TODAY))
    assert len(layout.pages) > 1
    tops = {r.top: r for r in scene.rows()}
    for page in layout.pages:
        vp = page.viewport
        bottom = vp.top + vp.height - vp.axis_height
        assert vp.top in tops  # each page begins with a whole lane
        assert any(r.top + r.height == bottom for r in scene.rows())  # and ends with one
