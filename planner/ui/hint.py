"""The one line a first view needs: what the dashed items are and what drafts do."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton

SEEN = "ui/first-view-hint-closed"


class FirstViewHint(QFrame):
    """A slim line over the timeline until the user closes it (remembered)."""

    draftsRequested = Signal()
    closed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("firstViewHint")
        self.setStyleSheet(
            "#firstViewHint { background: #EEF4FB; border-bottom: 1px solid #C9D8EA; }"
        )
        self.text = QLabel(
            self.tr(
                "Dashed outlines are projected sessions and draft decisions, not yet adopted."
                " <a href='drafts'>Include drafts</a> (Ctrl+D) to see what they would change."
            ),
        )
        self.text.setObjectName("firstViewHintText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.linkActivated.connect(lambda _link: self.draftsRequested.emit())
        self.close_button = QToolButton()
        self.close_button.setObjectName("firstViewHintClose")
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close this note"))
        self.close_button.clicked.connect(self._close)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 4, 3)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button)

    def _close(self) -> None:
        self.hide()
        self.closed.emit()
