"""Changes brought back that collide: both versions side by side, the officer keeps one."""

from __future__ import annotations

from paths import SEED_PLAN
from PySide6.QtWidgets import QPlainTextEdit

from planner.app.documents import read_plan
from planner.store.offline import OfflineConflict
from planner.ui.team_features import ConflictDialog


def test_both_versions_are_shown_and_theirs_is_kept_unless_chosen(qtbot):
    plan = read_plan(SEED_PLAN)
    a, b = plan.decisions[0], plan.decisions[1]
    conflicts = [
        OfflineConflict("decisions", a.symbol, a._replace(title="Mine A"), a, "alice", None),
        OfflineConflict("decisions", b.symbol, None, b, "bob", None),
    ]
    dialog = ConflictDialog(conflicts, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = [w.toPlainText() for w in dialog.findChildren(QPlainTextEdit)]
    assert any('"Mine A"' in t for t in texts) and "(removed)" in texts
    assert dialog.mine() == set()  # theirs by default
    dialog.choices[0].button(1).click()
    assert dialog.mine() == {("decisions", a.symbol)}
