"""The one place where what the engine and the application return (codes and values) is
put into words, in the current language, with real plural forms."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QObject

from planner.app.workspace import ReadOnly


def day_text(day: date) -> str:
    """A date as UN documents write it ("23 Apr 2012"), month names in the current
    language; Chinese writes 2012年4月23日. One format for every date in sentences."""
    locale = QLocale()
    pattern = "yyyy年M月d日" if locale.language() == QLocale.Language.Chinese else "d MMM yyyy"
    return locale.toString(day, pattern)


class Words(QObject):
    """A QObject so that lupdate finds its texts and their plural forms."""

    def read_only(self, reason: str, detail: str = "") -> str:
        """Why the plan cannot be edited, as a sentence (then the store's detail, if any)."""
        sentence = self._read_only(reason)
        return f"{sentence}\n{detail}" if detail else sentence

    def _read_only(self, reason: str) -> str:
        match reason:
            case ReadOnly.INTERCHANGE:
                return self.tr("A .json file opens read-only; import it to edit it.")
            case ReadOnly.NOT_WRITABLE:
                return self.tr("The plan file cannot be written (its permissions or folder).")
            case ReadOnly.IN_USE:
                return self.tr("Another Mandate Planner window is editing this plan.")
            case ReadOnly.MEETING:
                return self.tr("Meeting mode is read-only (Esc leaves it).")
            case ReadOnly.ROLE:
                return self.tr("Your database role may only read this team plan.")
            case ReadOnly.NOT_COMPUTABLE:
                return self.tr(
                    "The plan holds values that cannot be computed; it opens read-only,"
                    " without the records at fault."
                )
        return self.tr("This plan was opened read-only.")


def words() -> Words:
    return Words()
