"""Whole-plan commands of the window: New Plan, Import Plan, Export Plan, the projection
horizon, and the calendar's date for Help ▸ About."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from planner.app import edits
from planner.app.documents import (
    default_plan_from_resources,
    export_json,
    import_json,
    is_json_path,
)
from planner.app.edits import EditError
from planner.app.locations import data_folder
from planner.app.resources import shipped_calendar_as_of
from planner.app.workspace import Workspace
from planner.domain.model import MAX_HORIZON_YEARS
from planner.store.errors import PlanError
from planner.ui.facts import un_day
from planner.ui.new_plan_dialog import PLAN_SUFFIX, NewPlanDialog, with_suffix

if TYPE_CHECKING:
    from planner.ui.main_window import MainWindow


def calendar_note(plan_calendar_as_of: str) -> str:
    """ "Calendar data as of 30 Nov 2026" for the About box: the shipped UN calendar's
    date, and the open plan's own when it has a different one; "" when neither says."""
    lines = []
    shipped = _day(shipped_calendar_as_of())
    if shipped is not None:
        lines.append(
            QCoreApplication.translate("PlanCommands", "Calendar data as of %1").replace(
                "%1", un_day(shipped)
            )
        )
    own = _day(plan_calendar_as_of)
    if own is not None and own != shipped:
        lines.append(
            QCoreApplication.translate(
                "PlanCommands", "This plan's calendar data as of %1"
            ).replace("%1", un_day(own))
        )
    return "<br>".join(lines)


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


class PlanCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main_window = window

    @property
    def ws(self) -> Workspace:
        return self.main_window.workspace

    def _folder(self) -> Path:
        """Where new files go first: beside the open plan if the user put it somewhere,
        otherwise the Documents folder (never the app's hidden data folder)."""
        path = self.ws.plan_path
        if path is not None and not is_json_path(path) and data_folder() not in path.parents:
            return path.parent
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _open(self, path: Path) -> None:
        if self.main_window.opener is not None:
            self.main_window.opener(path)

    def new_plan(self) -> None:
        try:
            calendar = default_plan_from_resources()
        except PlanError as exc:  # a damaged installation: say so, offer nothing half-made
            QMessageBox.warning(self.main_window, self.tr("New Plan"), str(exc))
            return
        dialog = NewPlanDialog(calendar, self._folder(), self.main_window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.path is not None:
            self._open(dialog.path)

    def import_plan(self) -> None:
        """A `.json` plan into a new `.sqlite` plan file, then open it."""
        source, _ = QFileDialog.getOpenFileName(
            self.main_window,
            self.tr("Import plan"),
            str(self._folder()),
            self.tr("Plan interchange files (*.json)"),
        )
        if not source:
            return
        name, _ = QFileDialog.getSaveFileName(
            self.main_window,
            self.tr("Save the imported plan as"),
            str(self._folder() / (Path(source).stem + PLAN_SUFFIX)),
            self.tr("Plans (*.sqlite)"),
        )
        if not name:
            return
        out = with_suffix(name, PLAN_SUFFIX)
        try:
            import_json(Path(source), out)
        except PlanError as exc:
            QMessageBox.warning(self.main_window, self.tr("Import Plan"), str(exc))
            return
        self._open(out)

    def export_plan(self) -> None:
        """The open plan as canonical interchange JSON (what `planner dump` writes)."""
        path = self.ws.plan_path
        start = self._folder() / ((path.stem if path is not None else "plan") + ".json")
        name, _ = QFileDialog.getSaveFileName(
            self.main_window,
            self.tr("Export plan"),
            str(start),
            self.tr("Plan interchange files (*.json)"),
        )
        if not name:
            return
        out = with_suffix(name, ".json")
        try:
            export_json(self.ws.plan, out)
        except PlanError as exc:
            QMessageBox.warning(self.main_window, self.tr("Export Plan"), str(exc))
            return
        self.main_window.statusBar().showMessage(
            self.tr("Exported the plan to %1").replace("%1", str(out)),
            6000,
        )

    def projection_horizon(self) -> None:
        """Plan ▸ Projection Horizon…: an undoable edit of the plan setting."""
        current = self.ws.plan.horizon_years
        years, ok = QInputDialog.getInt(
            self.main_window,
            self.tr("Projection Horizon"),
            self.tr("Project the session series this many years past the current year:"),
            current,
            1,
            MAX_HORIZON_YEARS,
        )
        if not ok or years == current:
            return
        try:
            new = edits.set_horizon(self.ws.plan, years)
        except EditError as exc:
            QMessageBox.warning(
                self.main_window,
                self.tr("Projection Horizon"),
                exc.message,
            )
            return
        self.main_window.editing.commit(
            new,
            self.tr("Projection horizon: %n year(s)", "", years),
        )
