"""The window's commands come from one table: every declared action is in its menu once,
the toolbar shows those marked for it, and enabled-when is read from the table."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import QToolBar

from planner.ui.window_actions import ACTIONS, MENUS


def test_each_action_is_declared_once():
    ids = Counter(spec.id for spec in ACTIONS)
    assert [i for i, n in ids.items() if n > 1] == []
    names = Counter(spec.object_name for spec in ACTIONS)
    assert [n for n, k in names.items() if k > 1] == []


def test_menus_and_toolbar_show_the_table(window):
    a = window.actions_by_name
    assert set(a) == {spec.id for spec in ACTIONS}
    menus = [m for m in window.menuBar().actions() if m.menu() is not None]
    assert len(menus) == len(MENUS)
    for title_action, menu in zip(menus, MENUS, strict=True):
        shown = [x for x in title_action.menu().actions() if not x.isSeparator()]
        declared = [a[s.id] for s in ACTIONS if s.menu == menu]
        assert [x for x in shown if x in declared] == declared
    bar = window.findChild(QToolBar, "toolbar-main")
    on_bar = [x for x in bar.actions() if x in a.values()]
    assert on_bar == [a[s.id] for s in ACTIONS if s.toolbar]


def test_the_file_menu_reads_as_before(window):
    file_menu = window.menuBar().actions()[0].menu()
    texts = [x.text().split("\t")[0] or "—" for x in file_menu.actions() if x.isVisible()]
    assert texts[:4] == ["Ne&w Plan…", "&Open…", "Open &Recent", "Save &As…"]
    assert texts[-1] == "&Quit"
    edit_menu = window.menuBar().actions()[1].menu()
    texts = [x.text().split("\t")[0] for x in edit_menu.actions()]
    assert texts.index("&Add") == texts.index("&Delete Selected…") + 1
    assert texts[-1] == "&Find…"


def test_meeting_mode_disables_what_the_table_says(window):
    window.set_meeting_mode(True)
    off = {s.id for s in ACTIONS if s.meeting_off}
    for spec in ACTIONS:
        assert window.actions_by_name[spec.id].isEnabled() == (spec.id not in off), spec.id
    window.set_meeting_mode(False)
    assert window.actions_by_name["new_decision"].isEnabled()
