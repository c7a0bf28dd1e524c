"""Export Image: a preset (slide, handout, poster, email) or a custom width, the years,
the lanes, the scope (chosen report lines and bodies, or what the selected decision
mandates; the rest left out), title and subtitle (remembered per plan), with a
preview drawn by the timeline's painter."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.export.image import ExportError, ImageOptions, compose, export_image
from planner.export.presets import PRESETS
from planner.store.errors import PlanError
from planner.timeline.painter import DecisionSel
from planner.timeline.scope import Scope
from planner.ui.export_folder import export_folder, remember_export_folder
from planner.ui.widgets import named

if TYPE_CHECKING:
    from planner.ui.main_window import MainWindow

TITLE_SETTING = "export/title"
SUBTITLE_SETTING = "export/subtitle"
PRESET_SETTING = "export/preset"


def years_in_view(window: MainWindow) -> tuple[int, int]:
    vp = window.timeline.vp
    first = date.fromordinal(max(1, int(vp.left_day))).year
    last = date.fromordinal(max(1, int(vp.right_day))).year
    return max(1900, first), min(2200, max(first, last))


def _checklist(name: str, items: list[tuple[str, str, str]]) -> QListWidget:
    """A list of checkable items (text, data, tooltip), none checked: none means all."""
    widget = named(QListWidget(), name)
    for text, data, tip in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setToolTip(tip)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMaximumHeight(110)
    return widget


def _checked(widget: QListWidget) -> frozenset[str]:
    return frozenset(
        str(widget.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    )


class ExportImageDialog(QDialog):
    """Size, years, lanes, scope, title and legend, with a preview by the same painter."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        ws = window.workspace
        self.setWindowTitle(self.tr("Export Timeline Image"))
        self.setObjectName("exportImageDialog")
        first, last = years_in_view(window)
        self.preset = named(QComboBox(), "exportPreset")
        self.preset.addItem(self.tr("Custom width"), "")
        for key, preset in PRESETS.items():
            self.preset.addItem(preset.name, key)
        self.first = named(QSpinBox(minimum=1900, maximum=2200, value=first), "exportFrom")
        self.last = named(QSpinBox(minimum=1900, maximum=2200, value=last), "exportTo")
        self.width_px = named(
            QSpinBox(minimum=200, maximum=30000, value=3200, singleStep=200, suffix=" px"),
            "exportWidth",
        )
        self.title_edit = named(QLineEdit(ws.setting(TITLE_SETTING, ws.title)), "exportTitle")
        self.subtitle_edit = named(QLineEdit(ws.setting(SUBTITLE_SETTING)), "exportSubtitle")
        self.legend = named(QCheckBox(self.tr("Legend")), "exportLegend")
        self.footer = named(
            QCheckBox(self.tr("Footer (plan, date, as-of, drafts)")), "exportFooter"
        )
        self.legend.setChecked(True)
        self.footer.setChecked(True)
        self.lanes = named(QComboBox(), "exportLanes")
        self.lanes.addItem(self.tr("Lanes shown on screen"), "screen")
        self.lanes.addItem(self.tr("All lanes"), "all")
        self.lanes.addItem(self.tr("Lanes with reports in these years"), "reports")
        self.scope = named(QComboBox(), "exportScope")
        self.scope.addItem(self.tr("Everything"), "all")
        self.scope.addItem(self.tr("The report lines and bodies ticked below"), "chosen")
        selection = window.timeline.selection
        self.decision = selection.symbol if isinstance(selection, DecisionSel) else None
        if self.decision:
            self.scope.addItem(self.tr("What %1 mandates").replace("%1", self.decision), "decision")
        plan = ws.plan
        self.reports = _checklist("exportReports", [(r.label, r.id, r.title) for r in plan.reports])
        self.bodies = _checklist("exportBodies", [(b.id, b.id, b.name) for b in plan.bodies])
        self.format = named(QComboBox(), "exportFormat")
        for label, suffix in (
            (QCoreApplication.translate("Export", "PNG image"), ".png"),
            (QCoreApplication.translate("Export", "SVG (text stays text)"), ".svg"),
            (QCoreApplication.translate("Export", "PDF (vector)"), ".pdf"),
        ):
            self.format.addItem(label, suffix)
        self.preview = named(QLabel(), "exportPreview")
        self.preview.setMinimumSize(QSize(640, 240))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #EEF1F4; border: 1px solid #C5CAD1;")
        self.size_label = named(QLabel(), "exportSize")
        self.error = named(QLabel(), "exportError")
        self.error.setStyleSheet("color: #B3261E;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh)
        for w in (self.first, self.last, self.width_px):
            w.valueChanged.connect(self._timer.start)
        for e in (self.title_edit, self.subtitle_edit):
            e.textChanged.connect(self._timer.start)
        for c in (self.legend, self.footer):
            c.toggled.connect(self._timer.start)
        for combo in (self.lanes, self.scope):
            combo.currentIndexChanged.connect(self._timer.start)
        for lst in (self.reports, self.bodies):
            lst.itemChanged.connect(self._timer.start)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.written: Path | None = None
        remembered = self.preset.findData(ws.setting(PRESET_SETTING))
        self.preset.setCurrentIndex(max(0, remembered))
        self._preset_changed()
        self._scope_changed()
        self.refresh()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Size"), self.preset)
        years = QHBoxLayout()
        years.addWidget(self.first)
        years.addWidget(QLabel("–"))
        years.addWidget(self.last)
        form.addRow(self.tr("Years"), years)
        form.addRow(self.tr("Width"), self.width_px)
        form.addRow(self.tr("Lanes"), self.lanes)
        form.addRow(self.tr("Show"), self.scope)
        lists = QHBoxLayout()
        lists.addWidget(self.reports, 2)
        lists.addWidget(self.bodies, 1)
        holder = QWidget()
        holder.setLayout(lists)
        lists.setContentsMargins(0, 0, 0, 0)
        form.addRow("", holder)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Subtitle"), self.subtitle_edit)
        form.addRow("", self.legend)
        form.addRow("", self.footer)
        form.addRow(self.tr("Format"), self.format)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.size_label)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _preset_changed(self) -> None:
        preset = PRESETS.get(self.preset.currentData() or "")
        self.width_px.setEnabled(preset is None)
        if preset is not None:
            self.width_px.setValue(preset.width)
            self.lanes.setCurrentIndex(self.lanes.findData("reports"))
            if preset.page:
                self.format.setCurrentIndex(self.format.findData(".pdf"))
        self._timer.start()

    def _scope_changed(self) -> None:
        chosen = self.scope.currentData() == "chosen"
        self.reports.setEnabled(chosen)
        self.bodies.setEnabled(chosen)

    def options(self) -> ImageOptions:
        lanes = self.lanes.currentData()
        hidden = frozenset(self.window_.scene.hidden) if lanes == "screen" else frozenset()
        scope = Scope()
        if self.scope.currentData() == "chosen":
            scope = Scope(reports=_checked(self.reports), bodies=_checked(self.bodies))
        elif self.scope.currentData() == "decision":
            scope = Scope(decision=self.decision)
        options = ImageOptions(
            first_year=self.first.value(),
            last_year=self.last.value(),
            width=self.width_px.value(),
            title=self.title_edit.text(),
            subtitle=self.subtitle_edit.text(),
            legend=self.legend.isChecked(),
            footer=self.footer.isChecked(),
            today=self.window_.today,
            selection=self.window_.timeline.selection,
            hidden=hidden,
            scope=scope,
        )
        preset = PRESETS.get(self.preset.currentData() or "")
        if preset is not None:
            options = replace(preset.apply(options), footer=self.footer.isChecked())
        return replace(options, lanes_with_requirements=lanes == "reports")

    def refresh(self) -> bool:
        try:
            comp = compose(self.window_.scene, self.options())
        except ExportError as exc:
            self.error.setText(str(exc))
            self.save_button.setEnabled(False)
            return False
        self.error.setText("")
        self.save_button.setEnabled(True)
        scale = comp.options.scale
        self.size_label.setText(
            self.tr("%1 × %2 pixels")
            .replace("%1", str(round(comp.width * scale)))
            .replace("%2", str(round(comp.height * scale)))
        )
        # preview at a reduced scale: the same composition, painted smaller
        shrink = min(1.0, 900 / comp.width, 420 / max(1, comp.height))
        image = QImage(
            max(1, int(comp.width * shrink)),
            max(1, int(comp.height * shrink)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        painter = QPainter(image)
        painter.scale(shrink, shrink)
        comp.paint(painter)
        painter.end()
        self.preview.setPixmap(QPixmap.fromImage(image))
        return True

    def remember(self) -> None:
        """Title, subtitle and size are the plan's, for next time."""
        ws = self.window_.workspace
        ws.remember(TITLE_SETTING, self.title_edit.text())
        ws.remember(SUBTITLE_SETTING, self.subtitle_edit.text())
        ws.remember(PRESET_SETTING, self.preset.currentData() or "")

    def save(self) -> None:
        if not self.refresh():
            return
        suffix = self.format.currentData()
        folder = export_folder(self.window_.settings)
        title = QCoreApplication.translate("Export", "Export image")
        name, _ = QFileDialog.getSaveFileName(
            self, title, str(folder / f"timeline{suffix}"), f"*{suffix}"
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".png", ".svg", ".pdf"):
            path = path.with_suffix(suffix)
        try:
            export_image(self.window_.scene, path, self.options())
        except PlanError as exc:
            QMessageBox.warning(self, title, str(exc))
            return
        self.remember()
        remember_export_folder(self.window_.settings, path)
        self.written = path
        self.accept()
