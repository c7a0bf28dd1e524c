"""File ▸ Export Documentation List, for the session selected on the timeline."""

from __future__ import annotations

from docx import Document
from PySide6.QtWidgets import QFileDialog

from planner.timeline.painter import SessionSel


def test_the_selected_sessions_list_is_exported(window, tmp_path, monkeypatch):
    target = tmp_path / "list.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Word"))
    window.actions_by_name["doclist"].trigger()
    assert not target.exists()  # nothing selected: asked to select a session
    assert "Select a session" in window.statusBar().currentMessage()
    window.select(SessionSel("ecosoc-2012"))
    window.actions_by_name["doclist"].trigger()
    text = [p.text for p in Document(str(target)).paragraphs]
    assert text[0] == "Substantive session of 2012"
    assert any("57/270 B" in t for t in text)
