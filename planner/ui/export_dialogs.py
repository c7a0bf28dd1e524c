"""Print setup, and the export commands of the window (Export Image is
`export_image_dialog`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from planner.export.printing import PrintOptions, print_timeline, write_pdf_handout
from planner.store.errors import PlanError
from planner.timeline.painter import RequirementSel, SessionSel
from planner.ui.export_folder import export_folder, remember_export_folder
from planner.ui.export_image_dialog import ExportImageDialog, years_in_view
from planner.ui.widgets import named

if TYPE_CHECKING:
    from planner.ui.main_window import MainWindow

PAPER = {
    "A4": QPageSize.PageSizeId.A4,
    "A3": QPageSize.PageSizeId.A3,
    "Letter": QPageSize.PageSizeId.Letter,
}


_years = years_in_view


class PrintSetupDialog(QDialog):
    """Paper, range and layout (fit to width, or tiled years per page)."""

    def __init__(self, window: MainWindow, title: str) -> None:
        super().__init__(window)
        self.setWindowTitle(title)
        self.setObjectName("printSetupDialog")
        first, last = _years(window)
        self.paper = named(QComboBox(), "printPaper")
        self.paper.addItems(list(PAPER))
        self.mode = named(QComboBox(), "printMode")
        self.mode.addItem(self.tr("Fit the years to the page width"), "fit")
        self.mode.addItem(self.tr("Tile: a few years per page"), "tile")
        self.years_per_page = named(
            QSpinBox(minimum=1, maximum=20, value=3, suffix=self.tr(" years per page")),
            "printYearsPerPage",
        )
        self.first = named(QSpinBox(minimum=1900, maximum=2200, value=first), "printFrom")
        self.last = named(QSpinBox(minimum=1900, maximum=2200, value=last), "printTo")
        form = QFormLayout(self)
        form.addRow(self.tr("Paper (landscape)"), self.paper)
        years = QHBoxLayout()
        years.addWidget(self.first)
        years.addWidget(QLabel("–"))
        years.addWidget(self.last)
        holder = QWidget()
        holder.setLayout(years)
        form.addRow(self.tr("Years"), holder)
        form.addRow(self.tr("Layout"), self.mode)
        form.addRow("", self.years_per_page)
        # years per page only mean something when tiling
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self._mode_changed()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _mode_changed(self) -> None:
        self.years_per_page.setEnabled(self.mode.currentData() == "tile")

    def options(self, today: date) -> PrintOptions:
        return PrintOptions(
            first_year=self.first.value(),
            last_year=max(self.first.value(), self.last.value()),
            mode=self.mode.currentData(),
            years_per_page=self.years_per_page.value(),
            today=today,
        )

    def page_size(self) -> QPageSize:
        return QPageSize(PAPER[self.paper.currentText()])

    def written(self, path: Path, pages: int) -> str:
        """What the status bar says of a handout written (a plural lupdate sees as one in
        `self.tr`, not in `QCoreApplication.translate`)."""
        return self.tr("Wrote %1 (%n page(s))", "", pages).replace("%1", str(path))

    def configure(self, printer: QPrinter) -> None:
        printer.setPageSize(self.page_size())
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)


class ExportCommands:
    """The File ▸ Export and Print commands of a window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def export_image(self) -> Path | None:
        dialog = ExportImageDialog(self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.written:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("Export", "Exported %1").replace(
                    "%1", str(dialog.written)
                ),
                6000,
            )
            return dialog.written
        return None

    def copy_image(self) -> QImage:
        view = self.window.timeline
        image = self.window.scene.render(view.vp, view.paint_options(), 2.0)
        QApplication.clipboard().setImage(image)
        self.window.statusBar().showMessage(
            QCoreApplication.translate("Export", "Copied the timeline as an image"), 4000
        )
        return image

    def print_preview(self) -> QPrintPreviewDialog | None:
        setup = PrintSetupDialog(self.window, QCoreApplication.translate("Export", "Print"))
        if setup.exec() != QDialog.DialogCode.Accepted:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup.configure(printer)
        options = setup.options(self.window.today)
        preview = QPrintPreviewDialog(printer, self.window)
        preview.setObjectName("printPreview")
        preview.paintRequested.connect(lambda p: print_timeline(self.window.scene, p, options))
        preview.resize(1100, 800)
        preview.exec()
        return preview

    def pdf_handout(self) -> Path | None:
        setup = PrintSetupDialog(self.window, QCoreApplication.translate("Export", "PDF Handout"))
        if setup.exec() != QDialog.DialogCode.Accepted:
            return None
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("Export", "PDF handout"),
            str(export_folder(self.window.settings) / "handout.pdf"),
            "*.pdf",
        )
        if not name:
            return None
        path = Path(name).with_suffix(".pdf")
        try:
            pages = write_pdf_handout(
                self.window.scene, path, setup.options(self.window.today), setup.page_size()
            )
        except PlanError as exc:
            QMessageBox.warning(
                self.window, QCoreApplication.translate("Export", "PDF handout"), str(exc)
            )
            return None
        remember_export_folder(self.window.settings, path)
        self.window.statusBar().showMessage(setup.written(path, pages), 6000)
        return path

    def export_doclist(self) -> Path | None:
        """The documentation list of the selected session (or of the selected report's)."""
        window = self.window
        sel = window.timeline.selection
        session = None
        if isinstance(sel, SessionSel):
            session = sel.id
        elif isinstance(sel, RequirementSel):
            session = sel.session
        if session is None:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Export", "Select a session first: its documentation list is exported"
                ),
                6000,
            )
            return None
        from planner.export.doclist import build_doclist
        from planner.export.doclist_files import export_doclist

        ws = window.workspace
        folder = export_folder(window.settings)
        title = QCoreApplication.translate("Export", "Export documentation list")
        name, chosen = QFileDialog.getSaveFileName(
            window, title, str(folder / f"{session}.docx"), "Word (*.docx);;PDF (*.pdf)"
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".docx", ".pdf"):
            path = path.with_suffix(".pdf" if "pdf" in chosen.lower() else ".docx")
        try:
            doc = build_doclist(ws.plan, ws.engine.calendar, ws.result(), session)
            export_doclist(doc, path)
        except PlanError as exc:
            QMessageBox.warning(window, title, str(exc))
            return None
        remember_export_folder(window.settings, path)
        window.statusBar().showMessage(
            QCoreApplication.translate("Export", "Exported %1").replace("%1", str(path)), 6000
        )
        return path

    def export_calendar(self) -> Path | None:
        from planner.export.calendar_ics import build_ics, write_ics

        name, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("Export", "Export calendar"),
            str(export_folder(self.window.settings) / "mandate-planner.ics"),
            "*.ics",
        )
        if not name:
            return None
        ws = self.window.workspace
        path = Path(name).with_suffix(".ics")
        try:
            cal = build_ics(
                ws.plan,
                ws.engine.calendar,
                ws.result(),
                plan_id=ws.plan_id,
                today=self.window.today,
            )
            write_ics(cal, path)
        except PlanError as exc:
            QMessageBox.warning(
                self.window, QCoreApplication.translate("Export", "Export calendar"), str(exc)
            )
            return None
        remember_export_folder(self.window.settings, path)
        self.window.statusBar().showMessage(
            QCoreApplication.translate("Export", "Exported %1").replace("%1", str(path)), 6000
        )
        return path

    def export_table(self) -> Path | None:
        from planner.export.tables import write_csv, write_xlsx

        name, chosen = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("Export", "Export requirements"),
            str(export_folder(self.window.settings) / "requirements.xlsx"),
            "Excel (*.xlsx);;CSV (*.csv)",
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
        ws = self.window.workspace
        try:
            (write_xlsx if path.suffix.lower() == ".xlsx" else write_csv)(
                ws.plan, ws.result().requirements, path
            )
        except (PlanError, OSError) as exc:
            QMessageBox.warning(
                self.window, QCoreApplication.translate("Export", "Export requirements"), str(exc)
            )
            return None
        remember_export_folder(self.window.settings, path)
        self.window.statusBar().showMessage(
            QCoreApplication.translate("Export", "Exported %1").replace("%1", str(path)), 6000
        )
        return path
