"""File ▸ Export and Print, through the real dialogs: each kind writes its file (with the
suffix its filter names), says so in the status bar and remembers the folder; a folder
that cannot be written gives a message naming it and leaves nothing; cancelling writes
nothing. Only the system file chooser (QFileDialog's static getter) is stood in for."""

from __future__ import annotations

import csv
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog, QMessageBox

from planner.export.tables import COLUMNS
from planner.timeline.painter import RequirementSel, SessionSel
from planner.ui.export_dialogs import PrintSetupDialog
from planner.ui.export_image_dialog import ExportImageDialog

Step = Callable[[QDialog], None]


def on_modals(qtbot, *steps: Step) -> list[Step]:
    """Run each step on the next modal dialog that opens (its exec() blocks the test): a
    dialog other than the one the last step was given (which may be the one before it,
    in front again once a message is closed). The list left over holds the steps no
    dialog came for; after five seconds it stops looking."""
    pending = list(steps)
    last: list[QDialog | None] = [None]
    polls = [500]

    def poll() -> None:
        polls[0] -= 1
        if not pending or polls[0] <= 0:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog is last[0]:
            QTimer.singleShot(10, poll)
            return
        last[0] = dialog
        QTimer.singleShot(10, poll)  # first: the step may open the next dialog itself
        pending.pop(0)(dialog)

    QTimer.singleShot(0, poll)
    return pending


def choose_file(monkeypatch, name: str | Path, chosen_filter: str = "") -> list[str]:
    """The file chooser answers `name` (and the filter picked); returns the folders and
    names it was opened on."""
    offered: list[str] = []

    def pick(parent, caption, suggested, filters, *args, **kwargs):
        offered.append(suggested)
        return (str(name), chosen_filter)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", pick)
    return offered


def press(button: QDialogButtonBox.StandardButton) -> Step:
    def step(dialog: QDialog) -> None:
        dialog.findChild(QDialogButtonBox).button(button).click()

    return step


def read_message(into: list[str]) -> Step:
    """Note the message box's text, then close it as the user would."""

    def step(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        into.append(box.text())
        box.accept()

    return step


def setup(paper: str = "A4", years: tuple[int, int] = (2012, 2020), mode: str = "tile") -> Step:
    """Fill the print set-up and press OK."""

    def step(dialog: QDialog) -> None:
        assert isinstance(dialog, PrintSetupDialog)
        dialog.paper.setCurrentText(paper)
        dialog.first.setValue(years[0])
        dialog.last.setValue(years[1])
        dialog.mode.setCurrentIndex(dialog.mode.findData(mode))
        dialog.years_per_page.setValue(3)
        press(QDialogButtonBox.StandardButton.Ok)(dialog)

    return step


@pytest.fixture
def read_only_folder(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    os.chmod(folder, stat.S_IRUSR | stat.S_IXUSR)
    yield folder
    os.chmod(folder, 0o755)


def status(window) -> str:
    return window.statusBar().currentMessage()


# --- each kind of export ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("suffix", "typed"),
    [(".png", "timeline.png"), (".svg", "timeline.svg"), (".pdf", "timeline")],
)
def test_export_image_writes_the_chosen_format(window, qtbot, tmp_path, monkeypatch, suffix, typed):
    offered = choose_file(monkeypatch, tmp_path / typed, f"*{suffix}")

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportImageDialog)
        dialog.format.setCurrentIndex(dialog.format.findData(suffix))
        dialog.first.setValue(2012)
        dialog.last.setValue(2020)
        dialog.width_px.setValue(1600)
        dialog.save_button.click()

    left = on_modals(qtbot, fill)
    target = tmp_path / f"timeline{suffix}"
    assert window.exports.export_image() == target
    assert not left and offered[0].endswith(f"timeline{suffix}")
    assert status(window) == f"Exported {target}"
    data = target.read_bytes()
    if suffix == ".png":
        assert QImage(str(target)).width() == 1600
    elif suffix == ".svg":
        assert b"<svg" in data[:2000] and b"ECOSOC" in data
    else:
        assert data.startswith(b"%PDF") and len(PdfReader(target).pages) == 1
    # the next export starts in the same folder
    again = choose_file(monkeypatch, "")

    def save_then_cancel(dialog: QDialog) -> None:
        dialog.save_button.click()  # the chooser is cancelled: the dialog stays
        press(QDialogButtonBox.StandardButton.Cancel)(dialog)

    on_modals(qtbot, save_then_cancel)
    assert window.exports.export_image() is None
    assert Path(again[0]).parent == tmp_path


def test_cancelling_the_image_dialog_writes_nothing(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("asked"))
    left = on_modals(qtbot, press(QDialogButtonBox.StandardButton.Cancel))
    assert window.exports.export_image() is None
    assert not left and list(tmp_path.glob("*.png")) == []
    assert not status(window).startswith("Exported")


def test_pdf_handout_on_a3_tiles_the_years_and_says_how_many_pages(
    window, qtbot, tmp_path, monkeypatch
):
    choose_file(monkeypatch, tmp_path / "briefing", "*.pdf")
    left = on_modals(qtbot, setup("A3", (2012, 2020), "tile"))
    target = tmp_path / "briefing.pdf"
    assert window.exports.pdf_handout() == target
    assert not left
    pages = PdfReader(target).pages
    assert len(pages) == 3  # nine years, three per page
    assert status(window) == f"Wrote {target} (3 pages)"
    box = pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (1191, 842)  # A3 landscape


def test_pdf_handout_cancelled_at_either_step_writes_nothing(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("asked"))
    on_modals(qtbot, press(QDialogButtonBox.StandardButton.Cancel))
    assert window.exports.pdf_handout() is None
    choose_file(monkeypatch, "")
    on_modals(qtbot, setup())
    assert window.exports.pdf_handout() is None
    assert list(tmp_path.glob("*.pdf")) == []


def test_print_shows_the_pages_of_the_setup_chosen(window, qtbot):
    seen: list[int] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, QPrintPreviewDialog)
        preview = dialog.findChild(QPrintPreviewWidget)
        qtbot.waitUntil(lambda: preview.pageCount() > 0, timeout=5000)
        seen.append(preview.pageCount())
        dialog.reject()

    left = on_modals(qtbot, setup("A4", (2012, 2029), "tile"), look)
    assert window.exports.print_preview() is not None
    assert not left and seen == [6]  # eighteen years, three per page
    on_modals(qtbot, press(QDialogButtonBox.StandardButton.Cancel))
    assert window.exports.print_preview() is None


@pytest.mark.parametrize(
    ("typed", "chosen", "written"),
    [
        ("requirements.xlsx", "Excel (*.xlsx)", "requirements.xlsx"),
        ("requirements", "Excel (*.xlsx)", "requirements.xlsx"),
        ("requirements.csv", "Excel (*.xlsx)", "requirements.csv"),  # the name typed wins
        ("requirements", "CSV (*.csv)", "requirements.csv"),
    ],
)
def test_export_table_writes_every_requirement(
    window, tmp_path, monkeypatch, typed, chosen, written
):
    choose_file(monkeypatch, tmp_path / typed, chosen)
    target = tmp_path / written
    assert window.exports.export_table() == target
    assert status(window) == f"Exported {target}"
    keys = {(r.report, r.session_name) for r in window.workspace.result().requirements}
    if target.suffix == ".xlsx":
        rows = list(load_workbook(target).active.iter_rows(values_only=True))
    else:
        with target.open(encoding="utf-8-sig", newline="") as f:
            rows = [tuple(row) for row in csv.reader(f)]
    assert tuple(rows[0]) == tuple(COLUMNS)
    assert len(rows) - 1 == len(keys) > 5


def test_export_calendar_writes_the_deadlines_and_sessions(window, tmp_path, monkeypatch):
    choose_file(monkeypatch, tmp_path / "planner", "*.ics")
    target = tmp_path / "planner.ics"
    assert window.exports.export_calendar() == target
    assert status(window) == f"Exported {target}"
    text = target.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR") and text.count("BEGIN:VEVENT") > 5


@pytest.mark.parametrize(
    ("typed", "chosen", "written"),
    [("list", "PDF (*.pdf)", "list.pdf"), ("list", "Word (*.docx)", "list.docx")],
)
def test_export_doclist_of_the_selected_requirements_session(
    window, tmp_path, monkeypatch, typed, chosen, written
):
    offered = choose_file(monkeypatch, tmp_path / typed, chosen)
    window.select(RequirementSel("conf-followup", "ecosoc-2012"))
    target = tmp_path / written
    assert window.exports.export_doclist() == target
    assert offered[0].endswith("ecosoc-2012.docx")
    assert status(window) == f"Exported {target}"
    if target.suffix == ".pdf":
        words = " ".join(PdfReader(target).pages[0].extract_text().split())
        assert words.startswith("Substantive session of 2012")
    else:
        assert Document(str(target)).paragraphs[0].text == "Substantive session of 2012"


# --- failing targets and cancelling ------------------------------------------------------

EXPORTS = {
    "table xlsx": ("export_table", "requirements.xlsx", []),
    "table csv": ("export_table", "requirements.csv", []),
    "calendar": ("export_calendar", "planner.ics", []),
    "doclist": ("export_doclist", "list.docx", []),
    "handout": ("pdf_handout", "handout.pdf", [setup()]),
}


@pytest.mark.parametrize("kind", list(EXPORTS))
def test_a_read_only_folder_is_refused_with_a_message_naming_it(
    window, qtbot, read_only_folder, monkeypatch, kind
):
    command, name, before = EXPORTS[kind]
    window.select(SessionSel("ecosoc-2012"))
    target = read_only_folder / name
    choose_file(monkeypatch, target, "")
    messages: list[str] = []
    left = on_modals(qtbot, *before, read_message(messages))
    assert getattr(window.exports, command)() is None
    assert not left
    assert len(messages) == 1 and str(target) in messages[0]
    assert "not writable" in messages[0] or "cannot write" in messages[0]
    assert "Traceback" not in messages[0]
    assert list(read_only_folder.iterdir()) == []
    assert not status(window).startswith(("Exported", "Wrote"))


def test_an_image_into_a_read_only_folder_keeps_the_dialog_open_with_the_message(
    window, qtbot, read_only_folder, monkeypatch
):
    target = read_only_folder / "timeline.png"
    choose_file(monkeypatch, target, "*.png")
    messages: list[str] = []
    still_open: list[bool] = []

    def save(dialog: QDialog) -> None:
        dialog.save_button.click()

    def then_cancel(dialog: QDialog) -> None:  # in front again once the message is closed
        still_open.append(isinstance(dialog, ExportImageDialog))
        press(QDialogButtonBox.StandardButton.Cancel)(dialog)

    left = on_modals(qtbot, save, read_message(messages), then_cancel)
    assert window.exports.export_image() is None
    assert not left and still_open == [True]
    assert len(messages) == 1 and str(target) in messages[0]
    assert list(read_only_folder.iterdir()) == []


@pytest.mark.parametrize("kind", list(EXPORTS))
def test_cancelling_the_file_chooser_writes_nothing_and_says_nothing(
    window, qtbot, tmp_path, monkeypatch, kind
):
    command, _name, before = EXPORTS[kind]
    window.select(SessionSel("ecosoc-2012"))
    choose_file(monkeypatch, "", "")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail("a message"))
    left = on_modals(qtbot, *before)
    assert getattr(window.exports, command)() is None
    assert not left
    assert [
        p for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".csv", ".ics", ".docx", ".pdf")
    ] == []
    assert not status(window).startswith(("Exported", "Wrote"))
