"""Export Image: presets, scope, and a title and subtitle remembered per plan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from planner.app.workspace import Workspace
from planner.ui.export_dialogs import ExportImageDialog


def test_a_slide_preset_with_chosen_reports_and_a_remembered_title(
    window, qtbot, tmp_path, monkeypatch, plan_file
):
    dialog = ExportImageDialog(window)
    qtbot.addWidget(dialog)
    dialog.preset.setCurrentIndex(dialog.preset.findData("slide"))
    assert not dialog.width_px.isEnabled() and dialog.lanes.currentData() == "reports"
    dialog.first.setValue(2012)
    dialog.last.setValue(2030)
    dialog.scope.setCurrentIndex(dialog.scope.findData("chosen"))
    item = next(
        dialog.reports.item(i)
        for i in range(dialog.reports.count())
        if dialog.reports.item(i).data(Qt.ItemDataRole.UserRole) == "conf-followup"
    )
    item.setCheckState(Qt.CheckState.Checked)
    dialog.title_edit.setText("Integrated follow-up: what is due")
    dialog.subtitle_edit.setText("ECOSOC, 2012–2030")
    assert dialog.refresh()
    assert dialog.size_label.text() == "1920 × 1080 pixels"
    options = dialog.options()
    assert options.scope.reports == {"conf-followup"} and options.height == 1080
    target = tmp_path / "slide.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "*.png"))
    dialog.format.setCurrentIndex(dialog.format.findData(".png"))
    dialog.save()
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1920, 1080)
    again = ExportImageDialog(window)
    qtbot.addWidget(again)
    assert again.title_edit.text() == "Integrated follow-up: what is due"
    assert again.subtitle_edit.text() == "ECOSOC, 2012–2030"
    assert again.preset.currentData() == "slide"
    # kept in the plan file, for the next session
    window.workspace.close()
    reopened = Workspace.open(plan_file, read_only=True)
    assert reopened.setting("export/subtitle") == "ECOSOC, 2012–2030"
    reopened.close()


def test_what_the_selected_decision_mandates(window, qtbot):
    from planner.timeline.painter import DecisionSel

    window.set_drafts(True)
    window.select(DecisionSel("E/DEC/2012/DRAFT-1"))
    dialog = ExportImageDialog(window)
    qtbot.addWidget(dialog)
    index = dialog.scope.findData("decision")
    assert index > 0 and "E/DEC/2012/DRAFT-1" in dialog.scope.itemText(index)
    dialog.scope.setCurrentIndex(index)
    assert dialog.options().scope.decision == "E/DEC/2012/DRAFT-1"
    assert dialog.refresh()
