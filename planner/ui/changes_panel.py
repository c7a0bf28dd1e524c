"""What the last edit changed, with reasons; and what the drafts would change (what-if)."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.app.workspace import Change, Workspace
from planner.domain.diff import ResultDiff
from planner.domain.engine import ChangeSet
from planner.domain.results import Displaced, Requirement
from planner.timeline.painter import RequirementSel
from planner.ui.refresh import Deferred
from planner.ui.widgets import named
from planner.ui.wording import Names, elided, fill_in, words

KEY_ROLE = Qt.ItemDataRole.UserRole


def reason_text(d: Displaced, names: Names | None = None) -> str:
    """Why an occurrence went, in the current language."""
    return words().displaced(d, names)


def _where(r: Requirement, bodies: Mapping[str, str] | None = None) -> str:
    """A requirement as a person names it: its report's title at its session (with its
    body's id when the session's name does not name the body)."""
    body_name = (bodies or {}).get(r.body, "")
    named = r.body in r.session_name or (body_name and body_name in r.session_name)
    name = r.session_name if named else f"{r.body} {r.session_name}"
    return fill_in(
        QCoreApplication.translate("Changes", "“%1” at %2"), elided(r.title or r.report), name
    )


class ChangeText(QObject):
    """Sentences about a change set; a QObject so its plural forms are found by lupdate."""

    def counts(self, added: int, removed: int, moved: int, changed: int = 0) -> str:
        """ "Adds 2 requirements, moves 1 requirement", or "No change to requirements"."""
        parts = []
        if added:
            parts.append(self.tr("adds %n requirement(s)", "", added))
        if removed:
            parts.append(self.tr("removes %n requirement(s)", "", removed))
        if moved:
            parts.append(self.tr("moves %n requirement(s)", "", moved))
        if changed:
            parts.append(self.tr("re-mandates %n requirement(s)", "", changed))
        text = ", ".join(parts) if parts else self.tr("no change to requirements")
        return text[:1].upper() + text[1:]

    def summary(self, cs: ChangeSet) -> str:
        moved = len(cs.moves())
        return self.counts(len(cs.added) - moved, len(cs.removed) - moved, moved, len(cs.changed))

    def diff_summary(self, d: ResultDiff) -> str:
        """What the drafts do, for the what-if panel."""
        return self.counts(len(d.added), len(d.removed), len(d.moved))


def change_summary(cs: ChangeSet) -> str:
    """ "Removes 1 requirement", "adds 2 requirements, moves 1 requirement", … translated."""
    return ChangeText().summary(cs)


def change_lines(
    cs: ChangeSet, bodies: Mapping[str, str] | None = None
) -> list[tuple[str, object, str, bool]]:
    """(text, requirement key to show, colour, struck through) for each change, translated."""
    out: list[tuple[str, object, str, bool]] = []
    moves = cs.moves()
    moved = {a.key for a, _ in moves} | {b.key for _, b in moves}
    for before, after in moves:
        text = QCoreApplication.translate("Changes", "%1: moved from %2 — %3")
        why = reason_text(cs.why[before.key])
        out.append(
            (
                fill_in(text, _where(after, bodies), before.session_name, why),
                after.key,
                "#0072B2",
                False,
            )
        )
    for r in cs.removed:
        if r.key not in moved:
            why = reason_text(cs.why[r.key]) if r.key in cs.why else words().no_longer_mandated()
            text = QCoreApplication.translate("Changes", "%1: removed — %2")
            out.append((fill_in(text, _where(r, bodies), why), None, "#D55E00", True))
    for r in cs.added:
        if r.key not in moved:
            text = QCoreApplication.translate("Changes", "%1: added — mandated by %2")
            out.append(
                (
                    fill_in(text, _where(r, bodies), ", ".join(r.mandated_by)),
                    r.key,
                    "#009E73",
                    False,
                )
            )
    for r in cs.changed:
        text = QCoreApplication.translate("Changes", "%1: now mandated by %2")
        out.append(
            (fill_in(text, _where(r, bodies), ", ".join(r.mandated_by)), r.key, "#5F6B7A", False)
        )
    return out


class WhatChangedPanel(QWidget):
    """The requirements the last edit added, removed or moved, each with its reason;
    clicking one shows it on the timeline."""

    selectRequested = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.caption = named(QLabel(), "changeCaption")
        self.caption.setWordWrap(True)
        self.list = named(QListWidget(), "changeList")
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.caption)
        layout.addWidget(self.list)
        self.caption.setText(self.tr("Edits and their effect on the requirements appear here."))

    def on_change(self, change: Change) -> None:
        """Lists the edit; a change of options (drafts, as-of) is no edit and leaves the
        last one listed."""
        if not change.options_changed:
            self.show_change(change)

    def show_change(self, change: Change) -> None:
        bodies = {b.id: b.name for b in change.plan_after.bodies}
        cs = change.requirements
        self.caption.setText(f"<b>{escape(change.description)}</b>: {escape(change_summary(cs))}")
        self.list.clear()
        for text, key, color, strike in change_lines(cs, bodies):
            self._add(text, key, color, strike)

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
        key = item.data(KEY_ROLE)  # a requirement's (report, session)
        if key is not None:
            report, session = key
            self.selectRequested.emit(RequirementSel(report, session))


class WhatIfPanel(QTextBrowser):
    """The plan with and without the draft decisions, side by side in one list: what the
    drafts add (green), remove (struck through) and move."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.deferred = Deferred(self, self.refresh)
        self.setObjectName("whatIf")
        self.setHtml(
            "<p style='color:#5F6B7A'>"
            + escape(
                self.tr(
                    "What the draft decisions would add, remove and move appears here (Plan ▸ Compare With and Without Drafts, Ctrl+Shift+D)."
                )
            )
            + "</p>"
        )

    def on_change(self, change: Change) -> None:
        self.deferred.request()

    def catch_up(self) -> None:
        self.deferred.catch_up()

    def refresh(self) -> None:
        """The plan now, with and without its drafts."""
        self.deferred.pending = False
        plan = self.workspace.plan
        drafts = [d.symbol for d in plan.decisions if d.status == "draft"]
        bodies = {b.id: b.name for b in plan.bodies}
        self.show_diff(self.workspace.compare_drafts(), drafts, bodies)

    def show_diff(
        self, d: ResultDiff, drafts: list[str], bodies: Mapping[str, str] | None = None
    ) -> None:
        if not drafts:
            self.setHtml(
                "<p style='color:#5F6B7A'>"
                + escape(
                    self.tr(
                        "The plan has no draft decisions. A decision saved as a draft shows here what it would change."
                    )
                )
                + "</p>"
            )
            return
        rows = [
            f"<p><b>{escape(', '.join(drafts))}</b> — {escape(ChangeText().diff_summary(d))}</p><table cellspacing='0' cellpadding='2'>"
        ]
        w = words()
        for r in d.added:
            rows.append(
                f"<tr><td style='color:#009E73'>＋</td><td style='color:#009E73'>{escape(_where(r, bodies))}</td><td style='color:#5F6B7A'>{escape(', '.join(r.mandated_by))}</td></tr>"
            )
        for rm in d.removed:
            why = w.displaced(rm.why) if rm.why is not None else w.no_longer_mandated()
            rows.append(
                f"<tr><td style='color:#D55E00'>−</td><td style='color:#D55E00'><s>{escape(_where(rm.requirement, bodies))}</s></td><td style='color:#5F6B7A'>{escape(why)}</td></tr>"
            )
        for mv in d.moved:
            moved = fill_in(self.tr("%1 → %2"), _where(mv.before, bodies), mv.after.session_name)
            rows.append(
                f"<tr><td style='color:#0072B2'>→</td><td>{escape(moved)}</td><td style='color:#5F6B7A'>{escape(w.displaced(mv.why))}</td></tr>"
            )
        for r in d.changed:
            still = fill_in(self.tr("still due, now mandated by %1"), ", ".join(r.mandated_by))
            rows.append(
                f"<tr><td style='color:#0072B2'>≈</td><td>{escape(_where(r, bodies))}</td><td style='color:#5F6B7A'>{escape(still)}</td></tr>"
            )
        rows.append("</table>")
        self.setHtml("".join(rows))


def _brush(color: str) -> QBrush:
    return QBrush(QColor(color))
