"""Export image (with a live preview), print setup, and the export commands of the window."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.export.image import ExportError, ImageOptions, compose, export_image
from planner.export.printing import PrintOptions, print_timeline, write_pdf_handout
from planner.store.errors import PlanError

if TYPE_CHECKING:
    from planner.ui.main_window import MainWindow

PAPER = {
    "A4": QPageSize.PageSizeId.A4,
    "A3": QPageSize.PageSizeId.A3,
    "Letter": QPageSize.PageSizeId.Letter,
}


def _years(window: MainWindow) -> tuple[int, int]:
    vp = window.timeline.vp
    first = date.fromordinal(max(1, int(vp.left_day))).year
    last = date.fromordinal(max(1, int(vp.right_day))).year
    return max(1900, first), min(2200, max(first, last))


class ExportImageDialog(QDialog):
    """Range, lanes, size, title and legend, with a preview drawn by the same painter."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Export Timeline Image"))
        self.setObjectName("exportImageDialog")
        first, last = _years(window)
        self.first = QSpinBox(objectName="exportFrom", minimum=1900, maximum=2200, value=first)
        self.last = QSpinBox(objectName="exportTo", minimum=1900, maximum=2200, value=last)
        self.width_px = QSpinBox(
            objectName="exportWidth",
            minimum=200,
            maximum=30000,
            value=3200,
            singleStep=200,
            suffix=" px",
        )
        self.title_edit = QLineEdit(window.workspace.title, objectName="exportTitle")
        self.legend = QCheckBox(self.tr("Legend"), objectName="exportLegend", checked=True)
        self.footer = QCheckBox(
            self.tr("Footer (plan, date, as-of, drafts)"), objectName="exportFooter", checked=True
        )
        self.lanes = QComboBox(objectName="exportLanes")
        self.lanes.addItem(self.tr("Lanes shown on screen"), "screen")
        self.lanes.addItem(self.tr("All lanes"), "all")
        self.format = QComboBox(objectName="exportFormat")
        for label, suffix in (
            (QCoreApplication.translate("Export", "PNG image"), ".png"),
            (QCoreApplication.translate("Export", "SVG (text stays text)"), ".svg"),
            (QCoreApplication.translate("Export", "PDF (vector)"), ".pdf"),
        ):
            self.format.addItem(label, suffix)
        self.preview = QLabel(objectName="exportPreview")
        self.preview.setMinimumSize(QSize(640, 240))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #EEF1F4; border: 1px solid #C5CAD1;")
        self.size_label = QLabel(objectName="exportSize")
        self.error = QLabel(objectName="exportError")
        self.error.setStyleSheet("color: #B3261E;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        years = QHBoxLayout()
        years.addWidget(self.first)
        years.addWidget(QLabel("–"))
        years.addWidget(self.last)
        form.addRow(self.tr("Years"), years)
        form.addRow(self.tr("Lanes"), self.lanes)
        form.addRow(self.tr("Width"), self.width_px)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow("", self.legend)
        form.addRow("", self.footer)
        form.addRow(self.tr("Format"), self.format)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.size_label)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh)
        for w in (self.first, self.last, self.width_px):
            w.valueChanged.connect(self._timer.start)
        self.title_edit.textChanged.connect(self._timer.start)
        for c in (self.legend, self.footer):
            c.toggled.connect(self._timer.start)
        self.lanes.currentIndexChanged.connect(self._timer.start)
        self.written: Path | None = None
        self.refresh()

    def options(self) -> ImageOptions:
        hidden = (
            frozenset(self.window_.scene.hidden)
            if self.lanes.currentData() == "screen"
            else frozenset()
        )
        return ImageOptions(
            first_year=self.first.value(),
            last_year=self.last.value(),
            width=self.width_px.value(),
            title=self.title_edit.text(),
            legend=self.legend.isChecked(),
            footer=self.footer.isChecked(),
            today=self.window_.today,
            selection=self.window_.timeline.selection,
            hidden=hidden,
        )

    def refresh(self) -> bool:
        try:
            comp = compose(self.window_.scene, self.options())
        except ExportError as exc:
            self.error.setText(str(exc))
            self.save_button.setEnabled(False)
            return False
        self.error.setText("")
        self.save_button.setEnabled(True)
        self.size_label.setText(
            self.tr("%1 × %2 pixels").replace("%1", str(comp.width)).replace("%2", str(comp.height))
        )
        # preview at a reduced scale: the same composition, painted smaller
        scale = min(1.0, 900 / comp.width, 420 / max(1, comp.height))
        image = QImage(
            max(1, int(comp.width * scale)),
            max(1, int(comp.height * scale)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        painter = QPainter(image)
        painter.scale(scale, scale)
        comp.paint(painter)
        painter.end()
        self.preview.setPixmap(QPixmap.fromImage(image))
        return True

    def save(self) -> None:
        if not self.refresh():
            return
        suffix = self.format.currentData()
        folder = (
            self.window_.workspace.plan_path.parent
            if self.window_.workspace.plan_path
            else Path.home()
        )
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr(QCoreApplication.translate("Export", "Export image")),
            str(folder / f"timeline{suffix}"),
            f"*{suffix}",
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".png", ".svg", ".pdf"):
            path = path.with_suffix(suffix)
        try:
            export_image(self.window_.scene, path, self.options())
        except PlanError as exc:
            QMessageBox.warning(
                self, self.tr(QCoreApplication.translate("Export", "Export image")), str(exc)
            )
            return
        self.written = path
        self.accept()


class PrintSetupDialog(QDialog):
    """Paper, range and layout (fit to width, or tiled years per page)."""

    def __init__(self, window: MainWindow, title: str) -> None:
        super().__init__(window)
        self.setWindowTitle(title)
        self.setObjectName("printSetupDialog")
        first, last = _years(window)
        self.paper = QComboBox(objectName="printPaper")
        self.paper.addItems(list(PAPER))
        self.mode = QComboBox(objectName="printMode")
        self.mode.addItem(self.tr("Fit the years to the page width"), "fit")
        self.mode.addItem(self.tr("Tile: a few years per page"), "tile")
        self.years_per_page = QSpinBox(
            objectName="printYearsPerPage",
            minimum=1,
            maximum=20,
            value=3,
            suffix=self.tr(" years per page"),
        )
        self.first = QSpinBox(objectName="printFrom", minimum=1900, maximum=2200, value=first)
        self.last = QSpinBox(objectName="printTo", minimum=1900, maximum=2200, value=last)
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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

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
            str(Path.home() / "handout.pdf"),
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
        self.window.statusBar().showMessage(
            QCoreApplication.translate("Export", "Wrote %1 (%n page(s))", "", pages).replace(
                "%1", str(path)
            ),
            6000,
        )
        return path

    def export_calendar(self) -> Path | None:
        from planner.export.calendar_ics import build_ics, write_ics

        name, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("Export", "Export calendar"),
            str(Path.home() / "mandate-planner.ics"),
            "*.ics",
        )
        if not name:
            return None
        ws = self.window.workspace
        path = Path(name).with_suffix(".ics")
        try:
            write_ics(build_ics(ws.plan, ws.engine.calendar, ws.result()), path)
        except PlanError as exc:
            QMessageBox.warning(
                self.window, QCoreApplication.translate("Export", "Export calendar"), str(exc)
            )
            return None
        self.window.statusBar().showMessage(
            QCoreApplication.translate("Export", "Exported %1").replace("%1", str(path)), 6000
        )
        return path

    def export_table(self) -> Path | None:
        from planner.export.tables import write_csv, write_xlsx

        name, chosen = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("Export", "Export requirements"),
            str(Path.home() / "requirements.xlsx"),
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
        self.window.statusBar().showMessage(
            QCoreApplication.translate("Export", "Exported %1").replace("%1", str(path)), 6000
        )
        return path
