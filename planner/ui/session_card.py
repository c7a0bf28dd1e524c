"""Meeting mode's session card: walking to a session (← →) shows its name, dates and
place, and each report due there with its state, document symbol, mandating decisions
and deadlines, in type a room can read. Read-only; built from the open plan only."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from planner.export.doclist import day
from planner.timeline.data import mark_of
from planner.timeline.scene import TimelineScene
from planner.timeline.style import HIGH_CONTRAST, MARKS, mark_label
from planner.ui.widgets import named

CARD_TEXT_PX = 24  # at least what a room reads from five metres
CARD_TITLE_PX = 34
CARD_BACKGROUND = "#101010"


class SessionCard(QFrame):
    """A card over the timeline's lower right corner; `show_session` fills it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("sessionCard")
        # the timeline runs left to right in every language; the card reads as the language
        self.setLayoutDirection(QGuiApplication.layoutDirection())
        th = HIGH_CONTRAST
        self.setStyleSheet(
            f"#sessionCard {{ background: {CARD_BACKGROUND};"
            f" border: 2px solid {th.grid_major.name()}; border-radius: 6px; }}"
            f" QLabel {{ color: {th.text.name()}; background: transparent; }}"
        )
        self.heading = named(QLabel(), "sessionCardTitle")
        self.heading.setWordWrap(True)
        self.body = named(QLabel(), "sessionCardBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        for label, px, bold in (
            (self.heading, CARD_TITLE_PX, True),
            (self.body, CARD_TEXT_PX, False),
        ):
            font = label.font()
            font.setPixelSize(px)
            font.setBold(bold)
            label.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self.heading)
        layout.addWidget(self.body, 1)
        self.session_id: str | None = None
        self.hide()

    def show_session(self, scene: TimelineScene, session_id: str) -> None:
        cal = scene.workspace.engine.calendar
        s = cal.sessions.get(session_id)
        if s is None:
            self.hide()
            return
        self.session_id = session_id
        lane = scene.data.lanes.get(s.body)
        reqs = lane.requirements.get(session_id, ()) if lane else ()
        self.heading.setText(s.name)
        dim = HIGH_CONTRAST.text_dim.name()
        where = " · ".join(
            part
            for part in (
                f"{day(s.start)} – {day(s.end)}",
                s.location,
                s.body,
                self.tr("projected") if str(s.status) == "projected" else "",
            )
            if part
        )
        lines = [f"<p style='color:{dim}; margin:0 0 10px 0'>{escape(where)}</p>"]
        if not reqs:
            lines.append("<p>" + escape(self.tr("No report is due at this session.")) + "</p>")
        for q in reqs:
            color, _shape = MARKS[mark_of(q)]
            state = mark_label(mark_of(q))
            symbol = q.tracking.document_symbol if q.tracking else ""
            facts = [
                f"<span style='color:{color.name()}'>●</span> {escape(state)}",
                escape(symbol) if symbol else "",
                escape(self.tr("mandated by %1").replace("%1", ", ".join(q.mandated_by))),
                escape(
                    self.tr("submit by %1, issue by %2")
                    .replace("%1", day(q.submission_due))
                    .replace("%2", day(q.issuance_due))
                ),
            ]
            lines.append(
                f"<p style='margin:0 0 10px 0'><b>{escape(q.short_title or q.report)}</b>"
                f"<br><span style='color:{dim}'>"
                + " · ".join(f for f in facts if f)
                + "</span></p>"
            )
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.body.setText(f"<div dir='{'rtl' if rtl else 'ltr'}'>" + "".join(lines) + "</div>")
        self.place()
        self.show()
        self.raise_()

    def place(self) -> None:
        """The lower right corner of the parent, about half its width."""
        parent = self.parentWidget()
        if parent is None:
            return
        width = max(420, int(parent.width() * 0.46))
        self.setFixedWidth(width)
        self.adjustSize()
        height = min(self.sizeHint().height(), int(parent.height() * 0.7))
        self.setFixedHeight(height)
        self.move(parent.width() - width - 24, parent.height() - height - 24)
