"""What the last edit changed, with reasons; and what the drafts would change (what-if)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.app.workspace import Change
from planner.domain.diff import ResultDiff
from planner.timeline.painter import Selection

KEY_ROLE = Qt.ItemDataRole.UserRole


class WhatChangedPanel(QWidget):
    """The requirements the last edit added, removed or moved, each with its reason;
    clicking one shows it on the timeline."""

    selectRequested = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.caption = QLabel(objectName="changeCaption")
        self.caption.setWordWrap(True)
        self.list = QListWidget(objectName="changeList")
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.caption)
        layout.addWidget(self.list)
        self.caption.setText(self.tr("Edits and their effect on the requirements appear here."))

    def show_change(self, change: Change) -> None:
        cs = change.requirements
        self.caption.setText(f"<b>{escape(change.description)}</b>: {escape(cs.summary())}")
        self.list.clear()
        moved = {a.key for a, _ in cs.moves()} | {b.key for _, b in cs.moves()}
        for before, after in cs.moves():
            self._add(
                f"{after.body} {after.session_name}, {after.report}: moved from {before.session_name} — {cs.why[before.key].reason()}",
                after.key,
                "#0072B2",
            )
        for r in cs.removed:
            if r.key not in moved:
                why = cs.reasons.get(r.key, "no longer mandated")
                self._add(
                    f"{r.body} {r.session_name}, {r.report}: removed — {why}",
                    None,
                    "#D55E00",
                    strike=True,
                )
        for r in cs.added:
            if r.key not in moved:
                self._add(
                    f"{r.body} {r.session_name}, {r.report}: added — mandated by {', '.join(r.mandated_by)}",
                    r.key,
                    "#009E73",
                )
        for r in cs.changed:
            self._add(
                f"{r.body} {r.session_name}, {r.report}: now mandated by {', '.join(r.mandated_by)}",
                r.key,
                "#5F6B7A",
            )

    def _add(self, text: str, key: object, color: str, strike: bool = False) -> None:
        item = QListWidgetItem(text)
        item.setData(KEY_ROLE, key)
        item.setForeground(_brush(color))
        if strike:
            font = item.font()
            font.setStrikeOut(True)
            item.setFont(font)
        self.list.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        key = item.data(KEY_ROLE)
        if key is not None:
            self.selectRequested.emit(Selection("requirement", tuple(key)))


class WhatIfPanel(QTextBrowser):
    """The plan with and without the draft decisions, side by side in one list: what the
    drafts add (green), remove (struck through) and move."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("whatIf")

    def show_diff(self, d: ResultDiff, drafts: list[str]) -> None:
        if not drafts:
            self.setHtml("<p>" + self.tr("The plan has no draft decisions.") + "</p>")
            return
        rows = [
            f"<p><b>{escape(', '.join(drafts))}</b> — {escape(d.summary())}</p><table cellspacing='0' cellpadding='2'>"
        ]
        for r in d.added:
            rows.append(
                f"<tr><td style='color:#009E73'>＋</td><td style='color:#009E73'>{escape(r.body)} {escape(r.session_name)}</td><td>{escape(r.report)}</td><td style='color:#5F6B7A'>{escape(', '.join(r.mandated_by))}</td></tr>"
            )
        for rm in d.removed:
            r = rm.requirement
            rows.append(
                f"<tr><td style='color:#D55E00'>−</td><td style='color:#D55E00'><s>{escape(r.body)} {escape(r.session_name)}</s></td><td><s>{escape(r.report)}</s></td><td style='color:#5F6B7A'>{escape(rm.reason)}</td></tr>"
            )
        for mv in d.moved:
            rows.append(
                f"<tr><td style='color:#0072B2'>→</td><td>{escape(mv.before.session_name)} → {escape(mv.after.session_name)}</td><td>{escape(mv.after.report)}</td><td style='color:#5F6B7A'>{escape(mv.reason)}</td></tr>"
            )
        for r in d.changed:
            rows.append(
                f"<tr><td style='color:#0072B2'>≈</td><td>{escape(r.body)} {escape(r.session_name)}</td><td>{escape(r.report)}</td><td style='color:#5F6B7A'>still due, now mandated by {escape(', '.join(r.mandated_by))}</td></tr>"
            )
        rows.append("</table>")
        self.setHtml("".join(rows))


def _brush(color: str):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QBrush, QColor

    return QBrush(QColor(color))
