"""How the panels follow the plan: the window hands the `Change` of each edit to every
panel it registered (Anki's `op_executed`), and each panel decides what that change means
for it. A panel not on screen (a dock tabbed behind another) refreshes when next shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget

from planner.app.workspace import Change


class ChangeListener(Protocol):
    def on_change(self, change: Change) -> None: ...


@runtime_checkable
class CatchesUp(Protocol):
    """A panel that may have put off a refresh while it was not on screen."""

    def catch_up(self) -> None: ...


def on_screen(widget: QWidget) -> bool:
    """Shown and in front: a dock tabbed behind another still says isVisible()."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


class Deferred:
    """A panel's refresh: run at once when the panel is on screen, otherwise when it is
    next shown (`catch_up`). Pending from the start: a panel fills itself when first
    shown."""

    def __init__(self, widget: QWidget, refresh: Callable[[], None]) -> None:
        self.widget = widget
        self._refresh = refresh
        self.pending = True

    def request(self) -> None:
        self.pending = True
        if on_screen(self.widget):
            self.catch_up()

    def catch_up(self) -> None:
        if self.pending:
            self.pending = False
            self._refresh()
