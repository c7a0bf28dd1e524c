"""Small pieces the windows and dialogs share."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

Q = TypeVar("Q", bound=QObject)


def named(widget: Q, name: str) -> Q:
    """`widget` with its object name set (what tests and style sheets find it by).

    Qt's Python binding also takes `objectName=` in any constructor, but its type stubs
    list only each class's own properties, so that keyword reads as an error."""
    widget.setObjectName(name)
    return widget
