"""The six official UN languages: translators (the app's and Qt's own), layout direction,
and the choice remembered between runs."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from planner.app.resources import resource_root

SETTING = "ui/language"


@dataclass(frozen=True)
class Language:
    code: str  # QLocale name, e.g. "zh_CN"
    native: str  # the name in the language itself, for the menu


LANGUAGES = (
    Language("en", "English"),
    Language("fr", "Français"),
    Language("es", "Español"),
    Language("ru", "Русский"),
    Language("zh_CN", "中文"),
    Language("ar", "العربية"),
)


def system_language() -> str:
    """The system locale's UN language, or English."""
    name = QLocale.system().name()
    for lang in LANGUAGES:
        if name == lang.code or name.split("_")[0] == lang.code.split("_")[0]:
            return lang.code
    return "en"


def chosen_language(settings: QSettings | None = None) -> str:
    value = (settings or QSettings()).value(SETTING, "")
    codes = {lang.code for lang in LANGUAGES}
    return value if isinstance(value, str) and value in codes else system_language()


class Translations:
    """Installs and removes the translators of one language at a time."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.code = "en"

    def apply(self, code: str) -> bool:
        """Switch the application to `code`; True if the app's own translation was found."""
        app = QCoreApplication.instance()
        assert app is not None, "translations are installed into a running application"
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.code = code
        locale = QLocale(code)
        QLocale.setDefault(locale)
        found = False
        own = (
            QTranslator()
        )  # English has one too: its plural forms ("1 requirement", "2 requirements")
        folder = resource_root().joinpath("i18n")
        if own.load(str(folder.joinpath(f"mandate_planner_{code}.qm"))):
            app.installTranslator(own)
            self._installed.append(own)
            found = True
        if code != "en":
            qt = QTranslator()
            if qt.load(
                locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            ):
                app.installTranslator(qt)
                self._installed.append(qt)
        if isinstance(app, QApplication):
            rtl = locale.textDirection() == Qt.LayoutDirection.RightToLeft
            app.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )
        return found


def month_names(locale: QLocale | None = None) -> tuple[str, ...]:
    """Short month names in the current language, for the time axis."""
    loc = locale or QLocale()
    return tuple(loc.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13))
