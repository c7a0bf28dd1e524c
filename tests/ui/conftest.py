"""Fixtures for the window: a real plan file in tmp_path, a fixed 'today', private settings."""

from __future__ import annotations

from datetime import date

import pytest
from paths import SEED_PLAN
from PySide6.QtCore import QSettings

from planner.app.documents import import_json
from planner.app.workspace import Workspace
from planner.ui.main_window import MainWindow

TODAY = date(2026, 11, 27)


@pytest.fixture(autouse=True)
def english(qapp):
    """As the app does at start: English texts with English plural forms."""
    from planner.ui.i18n import Translations

    translations = Translations()
    translations.apply("en")
    yield
    translations.apply("en")


@pytest.fixture(autouse=True)
def unasked_questions_discard(monkeypatch):
    """A modal question no test drives would block: closing a filled form at teardown
    asks "Discard changes?". Unless a test answers itself, the answer is Discard."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "plan.sqlite"
    import_json(SEED_PLAN, path)
    return path


@pytest.fixture
def window(qtbot, tmp_path, plan_file, monkeypatch):
    monkeypatch.setenv("MANDATE_PLANNER_HOME", str(tmp_path / "home"))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ws = Workspace.open(plan_file, today=TODAY)
    win = MainWindow(ws, today=TODAY, settings=settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    ws.close()


@pytest.fixture
def translations():
    """Switch languages in a test; English again afterwards."""
    from PySide6.QtCore import QLocale

    from planner.ui.i18n import Translations

    t = Translations()
    yield t
    t.apply("en")
    QLocale.setDefault(QLocale("en_US"))
