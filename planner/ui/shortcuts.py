"""The window's keyboard shortcuts, resolved once for the whole window so that no key is
bound twice (Qt then answers "Ambiguous shortcut overload" and does nothing).

A standard key (Undo, Redo, Delete …) means different keys on different platforms: on
X11 Redo is Ctrl+Shift+Z, on Windows Ctrl+Y, and X11's Delete also claims Ctrl+D. Keys
named explicitly win; a standard key keeps only the platform's keys nobody else holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtGui import QAction, QKeySequence

Key = str | QKeySequence.StandardKey


def platform_bindings(key: QKeySequence.StandardKey) -> list[QKeySequence]:
    """The platform's keys for a standard key (a seam for tests of other platforms)."""
    return list(QKeySequence.keyBindings(key))


class ShortcutTable:
    """Collects each action's wanted keys, then gives every key to one action only."""

    def __init__(
        self, bindings: Callable[[QKeySequence.StandardKey], list[QKeySequence]] | None = None
    ) -> None:
        self._bindings = bindings or platform_bindings
        self._wanted: list[tuple[QAction, Sequence[Key]]] = []

    def want(self, action: QAction, keys: Sequence[Key]) -> None:
        self._wanted.append((action, keys))

    def assign(self) -> None:
        explicit = {
            QKeySequence(k).toString()
            for _, keys in self._wanted
            for k in keys
            if isinstance(k, str)
        }
        taken: set[str] = set()
        for action, keys in self._wanted:
            chosen: list[QKeySequence] = []
            for k in keys:
                if isinstance(k, str):
                    candidates, claimed = [QKeySequence(k)], set()
                else:
                    candidates, claimed = self._bindings(k), explicit
                for seq in candidates:
                    name = seq.toString()
                    if name and name not in taken and name not in claimed:
                        taken.add(name)
                        chosen.append(seq)
            action.setShortcuts(chosen)


LRM = "\u200e"


def keep_shortcuts_left_to_right(actions: Iterable[QAction]) -> None:
    """In a right-to-left window Qt writes "Ctrl++" as "++Ctrl": a key ending in a sign
    is given as the menu's shortcut text, held left to right by marks."""
    for action in actions:
        keys = action.shortcuts()
        if not keys:
            continue
        shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText)
        if not shown or shown[-1].isalnum() or "\t" in action.text():
            continue
        action.setIconText(action.iconText())  # the toolbar keeps the plain label
        action.setText(f"{action.text()}\t{LRM}{shown}{LRM}")
