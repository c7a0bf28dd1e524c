"""Fonts shipped with the app (the bundle carries them), so every script renders on a bare machine."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from planner.app.resources import resource_root

FONT_SUFFIXES = (".ttf", ".otf", ".ttc")


def load_bundled_fonts() -> list[str]:
    """Register the fonts in resources/fonts; returns the families added."""
    folder = resource_root().joinpath("fonts")
    families: list[str] = []
    try:
        entries = list(folder.iterdir())
    except (FileNotFoundError, NotADirectoryError, OSError):
        return families
    for entry in entries:
        if entry.name.lower().endswith(FONT_SUFFIXES):
            font_id = QFontDatabase.addApplicationFont(str(entry))
            if font_id >= 0:
                families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def bundled_font_licences() -> list[str]:
    """Lines "file — scripts — licence" from resources/fonts/FONTS.txt, if the app ships fonts."""
    try:
        text = resource_root().joinpath("fonts").joinpath("FONTS.txt").read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError, OSError):
        return []
    return [" — ".join(line.split("\t")) for line in text.splitlines() if line.strip()]
