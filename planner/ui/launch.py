"""Start the GUI: `planner [PLAN] [--read-only] [--quit-after-paint]`."""

from __future__ import annotations

import gc
import sys
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from planner.app.locations import remember_plan
from planner.app.resources import resource_root
from planner.app.workspace import ReadOnly, Workspace
from planner.domain.engine import gc_paused
from planner.store.address import PlanLocation, TeamAddress
from planner.store.errors import (
    PlanError,
    PlanForeignSchemaError,
    PlanLockedError,
    PlanReadOnlyError,
)
from planner.store.filecheck import writable
from planner.store.lock import lock_holder
from planner.ui.fonts import load_bundled_fonts
from planner.ui.i18n import Translations, chosen_language
from planner.ui.main_window import SETTINGS_APP, SETTINGS_ORG, CarriedState, MainWindow


def open_workspace(
    path: PlanLocation,
    *,
    read_only: bool,
    today: date | None,
    parent: QWidget | None = None,
    reason: str = "",
) -> Workspace | None:
    """Open a plan for the GUI, asking before falling back to read-only; None if refused."""
    if reason:  # known unusable for editing here (e.g. the data folder cannot be written)
        return _open_read_only(path, today, ReadOnly.NOT_WRITABLE, parent, reason)
    if not read_only and isinstance(path, Path) and path.suffix.lower() == ".sqlite":
        ok, why = writable(path)
        if not ok:
            return _open_read_only(path, today, ReadOnly.NOT_WRITABLE, parent, why)
    try:
        return Workspace.open(path, read_only=read_only, today=today)
    except PlanLockedError:
        text = QCoreApplication.translate(
            "Launch", "This plan is being edited in another Mandate Planner window."
        )
        holder = lock_holder(path) if isinstance(path, Path) else None  # files have locks
        if holder is not None:
            user, host, since = holder
            text += "\n" + (
                QCoreApplication.translate("Launch", "Opened by %1 on %2 since %3.")
                .replace("%1", user or "?")
                .replace("%2", host or "?")
                .replace("%3", since.replace("T", " ")[:16] or "?")
            )
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("Launch", "Plan in use"),
            text + "\n\n" + QCoreApplication.translate("Launch", "Open it read-only?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            return _open_read_only(path, today, ReadOnly.IN_USE, parent)
        return None
    except PlanForeignSchemaError as exc:  # holds a trigger, a view…: viewing runs none
        return _open_read_only(path, today, ReadOnly.ASKED, parent, exc.reason)
    except PlanReadOnlyError as exc:  # e.g. the plan file cannot be locked
        return _open_read_only(path, today, ReadOnly.NOT_WRITABLE, parent, exc.reason)
    except PlanError as exc:
        _cannot_open(exc, parent)
        return None


def _open_read_only(
    path: PlanLocation, today: date | None, why: ReadOnly, parent: QWidget | None, detail: str = ""
) -> Workspace | None:
    try:
        return Workspace.open(path, read_only=True, today=today, why=why, detail=detail)
    except PlanError as exc:
        _cannot_open(exc, parent)
        return None


def _cannot_open(exc: PlanError, parent: QWidget | None) -> None:
    QMessageBox.critical(parent, QCoreApplication.translate("Launch", "Cannot open plan"), str(exc))


class Application:
    """Keeps the open windows alive, opens further plans in new windows, and rebuilds a
    window when the language changes (the open plan carries over, nothing is lost)."""

    def __init__(self, today: date | None) -> None:
        self.today = today
        self.windows: list[MainWindow] = []
        self.translations = Translations()
        self.translations.apply(chosen_language())

    def open(
        self, path: PlanLocation, *, read_only: bool = False, reason: str = ""
    ) -> MainWindow | None:
        with gc_paused():  # ~10^6 long-lived objects: collecting while building them is waste
            ws = open_workspace(path, read_only=read_only, today=self.today, reason=reason)
            if ws is None:
                return None
            window = self._window(ws)
        gc.freeze()  # the loaded plan lives as long as the window: keep it out of every GC pass
        if isinstance(path, TeamAddress) or path.suffix.lower() == ".sqlite":
            remember_plan(path)  # a team plan by its address, without any password
        window.show()
        return window

    def _window(self, ws: Workspace, carried: CarriedState | None = None) -> MainWindow:
        window = MainWindow(ws, today=self.today, opener=self.open, carried=carried)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(
            lambda *_: self.windows.remove(window) if window in self.windows else None
        )
        window.languageChangeRequested.connect(lambda code, w=window: self.relanguage(w, code))
        self.windows.append(window)
        return window

    def relanguage(self, old: MainWindow, code: str) -> MainWindow:
        """Apply a language and rebuild the window in it, on the same open plan."""
        self.translations.apply(code)
        new = self._window(old.workspace, old.carry_over())
        old.handing_over = True
        old.close()
        if old in self.windows:  # it deletes itself later, in the event loop
            self.windows.remove(old)
        new.show()
        return new


def launch_window(
    path: PlanLocation,
    *,
    read_only: bool = False,
    quit_after_paint: bool = False,
    today: date | None = None,
    reason: str = "",
) -> int:
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "planner"])
    QCoreApplication.setOrganizationName(SETTINGS_ORG)
    QCoreApplication.setApplicationName(SETTINGS_APP)
    QGuiApplication.setApplicationDisplayName("Mandate Planner")
    QGuiApplication.setDesktopFileName("org.mandateplanner.MandatePlanner")
    load_bundled_fonts()
    icon = resource_root().joinpath("icons").joinpath("mandate-planner.svg")
    QGuiApplication.setWindowIcon(QIcon(str(icon)))
    controller = Application(today)
    window = controller.open(path, read_only=read_only, reason=reason)
    if window is None:
        return 2
    if quit_after_paint:

        def done() -> None:
            # wall-clock stamp, so a caller can time from process start to first paint
            print(f"first-paint {time.time():.6f}", flush=True)
            app.quit()

        window.painted.connect(done)
    return app.exec()
