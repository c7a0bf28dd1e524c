"""File ▸ Import Meetings (.ics)…: the matches listed, the ticked ones one undoable edit."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QMessageBox
from test_editing import when_dialog_opens
from test_translations import Pseudo

from planner.domain.model import SessionStatus
from planner.intake.meetings import match_meetings, read_meetings
from planner.ui.import_meetings import MeetingsDialog

CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
    "BEGIN:VEVENT\r\nUID:csw71@example.org\r\nDTSTAMP:20260101T000000Z\r\n"
    "SUMMARY:Commission on the Status of Women\\, seventy-first session\r\n"
    "DTSTART;VALUE=DATE:20270315\r\nDTEND;VALUE=DATE:20270327\r\nLOCATION:New York\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:x@example.org\r\nDTSTAMP:20260101T000000Z\r\n"
    "SUMMARY:Informal briefing on oceans\r\n"
    "DTSTART;VALUE=DATE:20270401\r\nDTEND;VALUE=DATE:20270402\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def test_meetings_confirm_projected_sessions_in_one_undoable_edit(
    window, qtbot, tmp_path, monkeypatch
):
    path = tmp_path / "meetings.ics"
    path.write_text(CALENDAR)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    assert window.workspace.engine.calendar.sessions["csw-2027"].status == SessionStatus.PROJECTED
    before = window.workspace.plan
    count = window.editing.stack.count()
    seen = {}

    def drive(dialog: MeetingsDialog):
        try:
            seen["rows"] = [
                [dialog.tree.topLevelItem(i).text(c) for c in (0, 3)]
                for i in range(dialog.tree.topLevelItemCount())
            ]
            qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        finally:
            if dialog.isVisible():
                dialog.reject()

    done = when_dialog_opens(qtbot, drive)
    window.actions_by_name["import_meetings"].trigger()
    qtbot.waitUntil(lambda: bool(done))
    assert seen["rows"] == [
        [
            "Commission on the Status of Women, seventy-first session",
            "confirms the projected session",
        ],
        ["Informal briefing on oceans", "no body of the plan named"],
    ]
    csw = window.workspace.engine.calendar.sessions["csw-2027"]
    assert csw.status == SessionStatus.CONFIRMED and csw.start == date(2027, 3, 15)
    assert window.editing.stack.count() == count + 1
    window.editing.stack.undo()
    assert window.workspace.plan == before


def test_a_file_that_is_not_a_calendar_says_so_and_changes_nothing(window, tmp_path, monkeypatch):
    path = tmp_path / "notes.ics"
    path.write_text("just some notes")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[2]))
    before = window.workspace.plan
    window.actions_by_name["import_meetings"].trigger()
    assert told == ["notes.ics: not an iCalendar (.ics) file"]
    assert window.workspace.plan == before


def test_pseudo_localisation_covers_the_meetings_dialog(qtbot, window):
    matches = match_meetings(
        read_meetings(CALENDAR.encode(), "m.ics"),
        window.workspace.plan,
        window.workspace.engine.calendar,
    )
    pseudo = Pseudo()
    QCoreApplication.installTranslator(pseudo)
    try:
        dialog = MeetingsDialog(window.workspace, matches, "m.ics", window)
        qtbot.addWidget(dialog)
        texts = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        texts += [b.text() for b in dialog.findChildren(QAbstractButton) if b.text()]
        header = dialog.tree.headerItem()
        texts += [header.text(c) for c in range(4)]
        texts += [
            dialog.tree.topLevelItem(i).text(3) for i in range(dialog.tree.topLevelItemCount())
        ]
        assert [t for t in texts if any(ch.isalpha() for ch in t) and "⟦" not in t] == []
    finally:
        QCoreApplication.removeTranslator(pseudo)
