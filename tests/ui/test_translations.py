"""Translations are complete and current, and no visible string bypasses the translator."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from paths import REPO
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import QAbstractButton, QDockWidget, QLabel, QTableView

from planner.ui.i18n import LANGUAGES

I18N = REPO / "resources" / "i18n"
CODES = [lang.code for lang in LANGUAGES if lang.code != "en"]  # English: plural forms only
sys.path.insert(0, str(REPO / "packaging" / "i18n"))
import build_ts  # noqa: E402


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        for m in ctx.iter("message"):
            out[(ctx.findtext("name"), m.findtext("source"))] = m
    return out


@pytest.mark.parametrize("code", CODES)
def test_every_message_is_translated_with_the_right_plural_forms(code):
    found = messages(I18N / f"mandate_planner_{code}.ts")
    assert len(found) > 250
    for (ctx, source), m in found.items():
        t = m.find("translation")
        assert t is not None and t.get("type") != "unfinished", (ctx, source)
        if m.get("numerus") == "yes":
            forms = [f.text for f in t.findall("numerusform")]
            assert len(forms) == build_ts.LANGUAGES[code] and all(forms), (ctx, source)
        else:
            assert t.text, (ctx, source)
            for placeholder in ("%1", "%2", "%n"):
                assert (placeholder in source) == (placeholder in t.text), (code, source, t.text)


def test_ts_files_hold_every_source_text(tmp_path):
    fresh = tmp_path / "fresh.ts"
    build_ts.lupdate(fresh, "fr")
    missing = set(messages(fresh)) - set(messages(I18N / "mandate_planner_fr.ts"))
    assert not missing, f"run `python packaging/i18n/build_ts.py`: {sorted(missing)[:5]}"


@pytest.mark.parametrize("code", CODES)
def test_qm_files_are_current(tmp_path, code):
    out = tmp_path / f"{code}.qm"
    build_ts.lrelease(I18N / f"mandate_planner_{code}.ts", out)
    assert out.read_bytes() == (I18N / f"mandate_planner_{code}.qm").read_bytes(), (
        "stale .qm: run build_ts.py"
    )


EXPECTED_FILE_MENU = {
    "en": "&File",
    "fr": "&Fichier",
    "es": "&Archivo",
    "ru": "&Файл",
    "zh_CN": "文件(&F)",
    "ar": "&ملف",
}


@pytest.mark.parametrize("code", [lang.code for lang in LANGUAGES])
def test_window_opens_in_each_language(qtbot, tmp_path, plan_file, monkeypatch, translations, code):
    from planner.app.workspace import Workspace
    from planner.ui.main_window import MainWindow

    monkeypatch.setenv("MANDATE_PLANNER_HOME", str(tmp_path / "home"))
    assert translations.apply(code)
    ws = Workspace.open(plan_file, today=date(2026, 11, 27))
    window = MainWindow(
        ws,
        today=date(2026, 11, 27),
        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(window)
    window.show()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[0] == EXPECTED_FILE_MENU[code]
    header = window.requirements.model.headerData(
        0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal
    )
    assert (header == "Session start") == (code == "en")
    ws.close()


class Pseudo(QTranslator):
    """Marks every translated text, so an unmarked visible text bypassed tr()."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"⟦{source}⟧"

    def isEmpty(self) -> bool:
        return False


def test_pseudo_localisation_finds_no_text_bypassing_tr(qtbot, tmp_path, plan_file, monkeypatch):
    from planner.app.workspace import Workspace
    from planner.ui.main_window import MainWindow

    monkeypatch.setenv("MANDATE_PLANNER_HOME", str(tmp_path / "home"))
    pseudo = Pseudo()
    QCoreApplication.installTranslator(pseudo)
    try:
        ws = Workspace.open(plan_file, today=date(2026, 11, 27))
        window = MainWindow(
            ws,
            today=date(2026, 11, 27),
            settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
        )
        qtbot.addWidget(window)
        texts: list[str] = []
        for action in window.menuBar().actions():
            texts.append(action.text())
            menu = action.menu()
            for sub in menu.actions() if menu else ():
                if (
                    sub.text() and not sub.isSeparator() and sub.data() is None
                ):  # languages are named in their own tongue
                    texts.append(sub.text())
        texts += [d.windowTitle() for d in window.findChildren(QDockWidget)]
        texts += [b.text() for b in window.findChildren(QAbstractButton) if b.text()]
        texts += [
            label.text()
            for label in window.findChildren(QLabel)
            if label.text()
            and label.parent() is not window.statusBar()
            and label.objectName() not in ("statusPlan", "statusCounts", "statusScope")
        ]
        for view in window.findChildren(QTableView):
            model = view.model()
            texts += [
                str(
                    model.headerData(
                        c, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal
                    )
                )
                for c in range(model.columnCount())
            ]
        bypassing = [t for t in texts if any(ch.isalpha() for ch in t) and "⟦" not in t]
        assert bypassing == []
        ws.close()
    finally:
        QCoreApplication.removeTranslator(pseudo)


def test_pseudo_localisation_covers_the_dialogs(qtbot, tmp_path, plan_file, monkeypatch):
    from PySide6.QtWidgets import QGroupBox

    from planner.app.workspace import Workspace
    from planner.ui import record_specs
    from planner.ui.decision_editor import DecisionEditor
    from planner.ui.record_editor import RecordEditor

    monkeypatch.setenv("MANDATE_PLANNER_HOME", str(tmp_path / "home"))
    pseudo = Pseudo()
    QCoreApplication.installTranslator(pseudo)
    try:
        ws = Workspace.open(plan_file, today=date(2026, 11, 27))
        plan = ws.plan
        requirement = ws.result().requirements[0]
        dialogs = [DecisionEditor(ws, next(d for d in plan.decisions if d.mandates))]
        for spec in (
            record_specs.body_spec(plan, None),
            record_specs.report_spec(plan, None),
            record_specs.session_spec(plan, None),
            record_specs.session_series_spec(plan, None),
            record_specs.event_spec(plan, None),
            record_specs.event_series_spec(plan, None),
            record_specs.tracking_spec(plan, requirement),
        ):
            dialogs.append(RecordEditor(plan, spec))
        bypassing = []
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            texts = [
                label.text()
                for label in dialog.findChildren(QLabel)
                if label.text()
                and label.objectName()
                not in (
                    "extraInfo",
                    "symbolNote",
                    "previewSummary",
                    "fieldError",
                    "generalError",
                    "mandateError",
                )
            ]  # data and the validator's messages
            texts += [box.title() for box in dialog.findChildren(QGroupBox) if box.title()]
            texts += [b.text() for b in dialog.findChildren(QAbstractButton) if b.text()]
            bypassing += [
                (type(dialog).__name__, t)
                for t in texts
                if any(ch.isalpha() for ch in t) and "⟦" not in t
            ]
        assert bypassing == []
        ws.close()
    finally:
        QCoreApplication.removeTranslator(pseudo)


@pytest.mark.parametrize("code", CODES)
def test_every_window_command_and_menu_has_its_words(code):
    """lupdate only sees literal texts: a helper wrapping QT_TRANSLATE_NOOP once left every
    menu command and toolbar button in English under all five languages."""
    from planner.ui.window_actions import ACTIONS, MENU_TITLES

    translator = QTranslator()
    assert translator.load(str(I18N / f"mandate_planner_{code}.qm"))
    texts = [spec.text for spec in ACTIONS] + list(MENU_TITLES.values())
    untranslated = [t for t in texts if not translator.translate("MainWindow", t)]
    assert not untranslated, untranslated
