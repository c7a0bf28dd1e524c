"""Export dialog, clipboard, print preview and meeting mode in the real window."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QFileDialog

from planner.export.printing import PrintOptions, print_timeline
from planner.timeline.painter import DecisionSel, SessionSel
from planner.timeline.style import HIGH_CONTRAST
from planner.ui.export_dialogs import ExportImageDialog


def test_export_dialog_previews_and_writes_the_chosen_file(window, qtbot, tmp_path, monkeypatch):
    dialog = ExportImageDialog(window)
    qtbot.addWidget(dialog)
    dialog.first.setValue(2012)
    dialog.last.setValue(2020)
    dialog.width_px.setValue(2000)
    assert dialog.refresh()
    assert dialog.preview.pixmap() is not None and dialog.preview.pixmap().width() > 300
    assert dialog.size_label.text().startswith("2000 × ")
    dialog.last.setValue(2000)
    assert not dialog.refresh()
    assert "before it starts" in dialog.error.text() and not dialog.save_button.isEnabled()
    dialog.last.setValue(2020)
    dialog.refresh()
    target = tmp_path / "briefing.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "*.png"))
    dialog.save()
    assert dialog.written == target
    assert QImage(str(target)).width() == 2000


def test_copy_image_puts_the_view_on_the_clipboard(window):
    image = window.exports.copy_image()
    clip = QApplication.clipboard().image()
    assert not clip.isNull()
    assert clip.width() == image.width() == round(window.timeline.vp.width * 2)


def a4_landscape(path=None) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    if path is not None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
    return printer


def test_print_preview_counts_tiled_a4_pages(window, qtbot):
    options = PrintOptions(
        first_year=2012, last_year=2029, mode="tile", years_per_page=3, today=date(2026, 11, 27)
    )
    printer = a4_landscape()
    preview = QPrintPreviewWidget(printer)
    qtbot.addWidget(preview)
    counted = []
    preview.paintRequested.connect(
        lambda p: counted.append(print_timeline(window.scene, p, options))
    )
    preview.updatePreview()
    assert counted == [6]  # 18 years, 3 per page, all lanes fit one page high
    assert preview.pageCount() == 6
    fit = PrintOptions(first_year=2012, last_year=2029, mode="fit", today=date(2026, 11, 27))
    counted.clear()
    preview.paintRequested.disconnect()
    preview.paintRequested.connect(lambda p: counted.append(print_timeline(window.scene, p, fit)))
    preview.updatePreview()
    assert counted == [1] and preview.pageCount() == 1


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="pdfinfo (poppler-utils) not installed")
def test_pdf_handout_repeats_axis_and_numbers_pages(window, tmp_path):
    out = tmp_path / "handout.pdf"
    pages = print_timeline(
        window.scene,
        a4_landscape(out),
        PrintOptions(
            first_year=2012, last_year=2029, mode="tile", years_per_page=3, today=date(2026, 11, 27)
        ),
    )
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert f"Pages:           {pages}" in info
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    page_texts = text.split("\f")
    assert "page 6 of 6" in page_texts[5]
    for page in page_texts[:6]:
        assert "ECOSOC" in page and "Decisions" in page  # lane headers on every page
    assert "2012" in page_texts[0] and "2027" in page_texts[5]  # each page has its own years


def test_meeting_mode_is_full_screen_read_only_and_walks_sessions(window, qtbot):
    before = window.workspace.plan
    window.actions_by_name["meeting"].trigger()
    assert window.meeting and window.isFullScreen()
    assert window.timeline.theme is HIGH_CONTRAST
    assert all(dock.isHidden() for dock in window.docks.values())
    assert not window.actions_by_name["new_decision"].isEnabled()
    from planner.app import edits

    assert (
        window.editing.commit(edits.withdraw(before, "E/DEC/2011/216"), "Withdraw") is None
    )  # refused
    assert window.workspace.plan is before
    view = window.timeline
    view.setFocus()
    view.go_home()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    first = view.selection
    assert isinstance(first, SessionSel)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    second = view.selection
    cal = window.workspace.engine.calendar
    assert cal.sessions[second.key].start > cal.sessions[first.key].start
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selection == first
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not window.meeting and not window.isFullScreen()
    assert window.actions_by_name["new_decision"].isEnabled()
    assert not window.workspace.read_only
    assert not window.docks["requirements"].isHidden()


def test_no_network_guard_is_active():
    import socket

    with pytest.raises(AssertionError, match="network access attempted"):
        socket.create_connection(("127.0.0.1", 9))


def test_selection_is_kept_in_exports(window, tmp_path):
    from planner.export.image import ImageOptions, export_image

    window.select(DecisionSel("E/DEC/2011/216"))
    comp = export_image(
        window.scene,
        tmp_path / "sel.svg",
        ImageOptions(selection=window.timeline.selection, today=date(2026, 11, 27)),
    )
    assert comp.paint_options.emphasis.decisions == {"E/DEC/2011/216"}
