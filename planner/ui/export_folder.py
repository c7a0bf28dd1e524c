"""Where every export dialog opens: the folder used last, else Documents (never the
hidden data folder the default plan lives in)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

EXPORT_FOLDER = "export/folder"


def documents_folder() -> Path:
    """The user's Documents folder (home when the system has none)."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def export_folder(settings: QSettings) -> Path:
    saved = settings.value(EXPORT_FOLDER)
    if isinstance(saved, str) and saved and Path(saved).is_dir():
        return Path(saved)
    return documents_folder()


def remember_export_folder(settings: QSettings, written: Path) -> None:
    settings.setValue(EXPORT_FOLDER, str(written.resolve().parent))
