"""The PDF handout is written like every other file: beside the target, then renamed."""

from __future__ import annotations

import os
import stat

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from planner.ui.export_dialogs import PrintSetupDialog


@pytest.fixture
def choose(monkeypatch):
    """Accept the print set-up and pick `target` in the file dialog."""
    monkeypatch.setattr(PrintSetupDialog, "exec", lambda self: QDialog.DialogCode.Accepted)

    def pick(target):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "*.pdf"))

    return pick


def test_handout_replaces_a_planted_link_instead_of_writing_through_it(window, tmp_path, choose):
    victim = tmp_path / "elsewhere.txt"
    victim.write_bytes(b"not to be touched")
    target = tmp_path / "handout.pdf"
    target.symlink_to(victim)
    choose(target)
    assert window.exports.pdf_handout() == target
    assert victim.read_bytes() == b"not to be touched"
    assert not target.is_symlink() and target.read_bytes().startswith(b"%PDF")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".handout")]


def test_handout_onto_a_read_only_file_is_refused_with_the_reason(
    window, tmp_path, choose, monkeypatch
):
    target = tmp_path / "handout.pdf"
    target.write_bytes(b"keep")
    os.chmod(target, stat.S_IRUSR)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    choose(target)
    try:
        assert window.exports.pdf_handout() is None
    finally:
        os.chmod(target, 0o644)
    assert warnings == [f"{target}: cannot replace it, the file is read-only"]
    assert target.read_bytes() == b"keep"
