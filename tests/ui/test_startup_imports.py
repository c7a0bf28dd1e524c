"""The window opens without importing the readers of the import dialogs (pypdf, the
resolution and meeting parsers): they cost a tenth of a second before the first paint."""

from __future__ import annotations

import subprocess
import sys

import pytest

LATE = ("planner.intake", "pypdf", "planner.ui.import_resolutions", "planner.ui.import_meetings")


@pytest.mark.timeout(120)
def test_main_window_imports_no_intake_reader() -> None:
    code = (
        "import sys, planner.ui.main_window\n"
        f"late = [m for m in sys.modules if m.startswith({LATE!r})]\n"
        "print(' '.join(sorted(late)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=110
    )
    assert done.stdout.strip() == ""
