"""Switching language: Qt's translations load, Arabic is right to left, the plan stays open."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication

from planner.ui.i18n import LANGUAGES, SETTING, chosen_language, month_names


def test_the_six_un_languages_are_offered():
    assert [lang.code for lang in LANGUAGES] == ["en", "fr", "es", "ru", "zh_CN", "ar"]


def test_choice_is_remembered(tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(SETTING, "ru")
    assert chosen_language(settings) == "ru"
    settings.setValue(SETTING, "klingon")
    assert chosen_language(settings) in {lang.code for lang in LANGUAGES}


def test_arabic_is_right_to_left_with_qt_translations_and_arabic_months(qapp, translations):
    translations.apply("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"  # Qt's own .qm
    months = month_names()
    assert months[0] != "Jan" and any("\u0600" <= ch <= "\u06ff" for ch in months[0])
    translations.apply("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_changing_language_rebuilds_the_window_on_the_same_open_plan(
    qtbot, tmp_path, plan_file, monkeypatch, translations
):
    from planner.ui.launch import Application

    monkeypatch.setenv("MANDATE_PLANNER_HOME", str(tmp_path / "home"))
    app = Application(date(2026, 11, 27))
    first = app.open(plan_file)
    workspace = first.workspace
    second = app.relanguage(first, "ar")
    assert second.workspace is workspace and workspace.store is not None  # not closed
    assert second.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert (
        second.timeline.layoutDirection() == Qt.LayoutDirection.LeftToRight
    )  # time still runs left to right
    image = second.timeline.grab().toImage()
    from planner.timeline.style import LIGHT

    row = second.scene.row_of("events")
    y = int(second.timeline.vp.y(row.top) + row.height / 2)
    dark = [x for x in range(0, 190) if image.pixelColor(x, y).lightness() < 100]
    assert dark and max(dark) < 100  # "Events" sits at the left of its header, as in every language
    assert image.pixelColor(5, 5) == LIGHT.axis_bg
    opts = second.timeline.paint_options()
    assert opts.month_names[6] == QLocale("ar").monthName(7, QLocale.FormatType.ShortFormat)
    third = app.relanguage(second, "en")
    assert third.workspace is workspace
    assert app.windows == [third]
    third.close()  # deletes itself (WA_DeleteOnClose) and closes the plan
    assert workspace.store is None
