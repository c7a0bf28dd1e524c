"""Undo and redo for every edit: each command swaps the whole plan value (immutable and
structurally shared, so cheap) through `Workspace.apply`, one store transaction each."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.app.carry import carry_edit
from planner.app.workspace import Change, Workspace
from planner.domain.model import Plan
from planner.store.errors import PlanChangedError, PlanError
from planner.ui.wording import words


class PlanEdit(QUndoCommand):
    """An edit already applied when pushed; undo/redo re-apply the plan before/after."""

    def __init__(
        self, workspace: Workspace, before: Plan, after: Plan, text: str, stack: QUndoStack
    ) -> None:
        super().__init__(text)
        self.workspace = workspace
        self.before = before
        self.after = after
        self.stack = stack
        self._applied = True

    def redo(self) -> None:
        if self._applied:  # pushed after it was applied
            self._applied = False
            return
        self._apply(
            carry_edit(self.workspace.plan, self.before, self.after),
            QCoreApplication.translate("Undo", "Redo %1").replace("%1", self.text()),
        )

    def undo(self) -> None:
        # only the records this edit changed: others' edits since then stay (team plans)
        self._apply(
            carry_edit(self.workspace.plan, self.after, self.before),
            QCoreApplication.translate("Undo", "Undo %1").replace("%1", self.text()),
        )

    def _apply(self, plan: Plan, text: str) -> None:
        try:
            self.workspace.apply(plan, text)
        except PlanChangedError as exc:  # reloaded: the history no longer fits the plan
            QTimer.singleShot(0, self.stack.clear)  # not while the stack runs this command
            QMessageBox.warning(None, text, str(exc))
        except PlanError as exc:  # e.g. the disk is full: say so, keep the plan as it is
            QMessageBox.warning(None, text, str(exc))


class Editing:
    """Applies edits and keeps their history; a failed write shows why and changes nothing."""

    def __init__(
        self, workspace: Workspace, parent: QWidget, stack: QUndoStack | None = None
    ) -> None:
        """`stack`: the history of a window this one replaces (it moves here)."""
        self.workspace = workspace
        self.parent = parent
        if stack is None:
            stack = QUndoStack(parent)
            stack.setUndoLimit(500)
        else:
            stack.setParent(parent)
        self.stack = stack
        # a team plan's window may take a failed edit in hand (a lost server: offered
        # again later); it returns True when it did
        self.on_failure: Callable[[Plan, str, PlanError], bool] | None = None

    def commit(self, new_plan: Plan, text: str) -> Change | None:
        if self.workspace.read_only:  # no modal box: it may be on a projector in a meeting
            reason = words().read_only(
                self.workspace.read_only_reason, self.workspace.read_only_detail
            )
            status = getattr(self.parent, "statusBar", None)
            if status is not None:
                status().showMessage(
                    QCoreApplication.translate("Undo", "%1: not done. %2")
                    .replace("%1", text)
                    .replace("%2", reason),
                    6000,
                )
            return None
        before = self.workspace.plan
        try:
            change = self.workspace.apply(new_plan, text)
        except PlanChangedError as exc:  # reloaded from the file: the history no longer fits
            self.stack.clear()
            QMessageBox.warning(self.parent, text, str(exc))
            return None
        except PlanError as exc:
            if self.on_failure is None or not self.on_failure(new_plan, text, exc):
                QMessageBox.warning(self.parent, text, str(exc))
            return None
        self.stack.push(PlanEdit(self.workspace, before, new_plan, text, self.stack))
        return change
