"""The Qt binding must not corrupt Python's reference counts while painting.

PySide6-Essentials 6.12.0 drops a reference to None on every void call; on
Python 3.11 the process aborts after a few thousand calls (a few frames of the
timeline). This test fails on such a binding instead of a user losing the app.
"""

from __future__ import annotations

import sys
from datetime import date

from paths import DEFAULT_PLAN

from planner.app.documents import read_plan
from planner.app.workspace import Workspace
from planner.domain.results import RecalcOptions
from planner.timeline.scene import TimelineScene


def test_painting_keeps_none_refcount_stable(qapp):
    ws = Workspace.in_memory(
        read_plan(DEFAULT_PLAN), RecalcOptions(with_drafts=True, today=date(2026, 11, 27))
    )
    scene = TimelineScene(ws)
    vp = scene.default_viewport(1200, 600)
    options = scene.paint_options()
    scene.render(vp, options)  # warm caches first
    before = sys.getrefcount(None)
    for _ in range(5):
        scene.render(vp, options)
    assert abs(sys.getrefcount(None) - before) < 200


def test_no_widget_attribute_shadows_a_qt_method():
    """`self.event = QComboBox()` in a widget hides QWidget.event(): Qt then calls the
    combo box on the first event and the process segfaults. Catch it statically."""
    import ast
    from pathlib import Path

    from paths import REPO
    from PySide6 import QtWidgets

    qt_names = set()
    for cls in (
        QtWidgets.QDialog,
        QtWidgets.QMainWindow,
        QtWidgets.QGroupBox,
        QtWidgets.QAbstractScrollArea,
        QtWidgets.QTextBrowser,
    ):
        qt_names |= {n for n in dir(cls) if not n.startswith("_")}
    found = []
    for path in sorted(Path(REPO, "planner").rglob("*.py")):
        for cls in (
            n for n in ast.walk(ast.parse(path.read_text())) if isinstance(n, ast.ClassDef)
        ):
            bases = [b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in cls.bases]
            if not any(
                b.startswith("Q") or b.endswith(("Panel", "Editor", "View", "Window", "Form"))
                for b in bases
            ):
                continue
            for node in ast.walk(cls):
                if (
                    isinstance(node, ast.Attribute)
                    and isinstance(node.value, ast.Name)
                    and node.value.id == "self"
                    and isinstance(node.ctx, ast.Store)
                    and node.attr in qt_names
                ):
                    found.append(f"{path.name}:{node.lineno} {cls.name}.{node.attr}")
    assert found == []
