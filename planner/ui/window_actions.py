"""The window's commands, each declared once: its words, keys, what it does, when it is
enabled and where it appears (napari's `_qapp_model` actions are the model). The main
window builds its QActions, menus and toolbar from `ACTIONS`; nothing lists them again.

Menus show their actions in the table's order, a separator between groups; the toolbar
shows those marked `toolbar`, in the same order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from PySide6.QtGui import QKeySequence

from planner.timeline.translatable import QT_TRANSLATE_NOOP
from planner.ui.shortcuts import Key

if TYPE_CHECKING:
    from planner.ui.main_window import MainWindow

Menu = Literal["file", "edit", "view", "plan", "help"]
MENUS: tuple[Menu, ...] = ("file", "edit", "view", "plan", "help")
MENU_TITLES: dict[Menu, str] = {
    "file": QT_TRANSLATE_NOOP("MainWindow", "&File"),
    "edit": QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
    "view": QT_TRANSLATE_NOOP("MainWindow", "&View"),
    "plan": QT_TRANSLATE_NOOP("MainWindow", "&Plan"),
    "help": QT_TRANSLATE_NOOP("MainWindow", "&Help"),
}

# what triggering (or toggling, when checkable) the action calls, found on the window
Handler = Callable[["MainWindow"], Callable[[], object] | Callable[[bool], object]]
SK = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    id: str  # the key in `MainWindow.actions_by_name`
    text: str  # the menu text, translated in the "MainWindow" context
    handler: Handler | None  # None: the history's own undo or redo action
    keys: tuple[Key, ...] = ()
    menu: Menu | None = None
    group: int = 0  # a separator between groups of one menu
    toolbar: bool = False
    checkable: bool = False
    editing: bool = False  # enabled only while the plan can be edited
    meeting_off: bool = False  # disabled in meeting mode

    @property
    def object_name(self) -> str:
        return "action" + "".join(part.capitalize() for part in self.id.split("_"))


ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec(
        "new_plan",
        QT_TRANSLATE_NOOP("MainWindow", "Ne&w Plan…"),
        lambda w: w.plan_commands.new_plan,
        menu="file",
    ),
    ActionSpec(
        "open",
        QT_TRANSLATE_NOOP("MainWindow", "&Open…"),
        lambda w: w.open_dialog,
        (SK.Open,),
        "file",
        toolbar=True,
    ),
    ActionSpec(
        "save_as",
        QT_TRANSLATE_NOOP("MainWindow", "Save &As…"),
        lambda w: w.save_as_dialog,
        (SK.SaveAs,),
        "file",
    ),
    ActionSpec(
        "import_plan",
        QT_TRANSLATE_NOOP("MainWindow", "I&mport Plan…"),
        lambda w: w.plan_commands.import_plan,
        (),
        "file",
        1,
    ),
    ActionSpec(
        "export_plan",
        QT_TRANSLATE_NOOP("MainWindow", "E&xport Plan…"),
        lambda w: w.plan_commands.export_plan,
        (),
        "file",
        1,
    ),
    # the import dialogs load their readers (pypdf, …) when first used: see MainWindow
    ActionSpec(
        "import_resolutions",
        QT_TRANSLATE_NOOP("MainWindow", "Import Reso&lutions…"),
        lambda w: w._import_resolutions,
        (),
        "file",
        1,
    ),
    ActionSpec(
        "import_report_list",
        QT_TRANSLATE_NOOP("MainWindow", "Import R&eport List (.xlsx, .csv)…"),
        lambda w: w._import_report_list,
        (),
        "file",
        1,
    ),
    ActionSpec(
        "import_meetings",
        QT_TRANSLATE_NOOP("MainWindow", "Import Meetin&gs (.ics)…"),
        lambda w: w._import_meetings,
        (),
        "file",
        1,
    ),
    ActionSpec(
        "export_image",
        QT_TRANSLATE_NOOP("MainWindow", "Export &Image…"),
        lambda w: w.exports.export_image,
        ("Ctrl+E",),
        "file",
        2,
    ),
    ActionSpec(
        "copy_image",
        QT_TRANSLATE_NOOP("MainWindow", "&Copy Timeline Image"),
        lambda w: w.exports.copy_image,
        ("Ctrl+Shift+C",),
        "file",
        2,
    ),
    ActionSpec(
        "print",
        QT_TRANSLATE_NOOP("MainWindow", "&Print…"),
        lambda w: w.exports.print_preview,
        (SK.Print,),
        "file",
        2,
    ),
    ActionSpec(
        "handout",
        QT_TRANSLATE_NOOP("MainWindow", "Export PDF &Handout…"),
        lambda w: w.exports.pdf_handout,
        (),
        "file",
        2,
    ),
    ActionSpec(
        "doclist",
        QT_TRANSLATE_NOOP("MainWindow", "Export &Documentation List (.docx, .pdf)…"),
        lambda w: w.exports.export_doclist,
        (),
        "file",
        2,
    ),
    ActionSpec(
        "ics",
        QT_TRANSLATE_NOOP("MainWindow", "Export &Calendar (.ics)…"),
        lambda w: w.exports.export_calendar,
        (),
        "file",
        2,
    ),
    ActionSpec(
        "table",
        QT_TRANSLATE_NOOP("MainWindow", "Export &Requirements (.xlsx, .csv)…"),
        lambda w: w.exports.export_table,
        (),
        "file",
        2,
    ),
    ActionSpec(
        "quit", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), lambda w: w.close, (SK.Quit,), "file", 3
    ),
    # Edit
    ActionSpec(
        "undo",
        QT_TRANSLATE_NOOP("MainWindow", "&Undo"),
        None,
        (SK.Undo,),
        "edit",
        toolbar=True,
        editing=True,
        meeting_off=True,
    ),
    ActionSpec(
        "redo",
        QT_TRANSLATE_NOOP("MainWindow", "&Redo"),
        None,
        ("Ctrl+Shift+Z", SK.Redo),
        "edit",
        toolbar=True,
        editing=True,
        meeting_off=True,
    ),
    ActionSpec(
        "new_decision",
        QT_TRANSLATE_NOOP("MainWindow", "&New Decision…"),
        lambda w: w.edits.new_decision,
        (SK.New,),
        "edit",
        1,
        toolbar=True,
        editing=True,
        meeting_off=True,
    ),
    ActionSpec(
        "edit",
        QT_TRANSLATE_NOOP("MainWindow", "&Edit Selected…"),
        lambda w: lambda: w.edits.edit(w.timeline.selection),
        ("F2",),
        "edit",
        1,
        editing=True,
        meeting_off=True,
    ),
    ActionSpec(
        "delete",
        QT_TRANSLATE_NOOP("MainWindow", "&Delete Selected…"),
        lambda w: lambda: w.edits.delete(w.timeline.selection),
        (SK.Delete,),
        "edit",
        1,
        editing=True,
        meeting_off=True,
    ),
    ActionSpec(
        "find",
        QT_TRANSLATE_NOOP("MainWindow", "&Find…"),
        lambda w: w.edits.find,
        (SK.Find,),
        "edit",
        2,
    ),
    # View
    ActionSpec(
        "zoom_in",
        QT_TRANSLATE_NOOP("MainWindow", "Zoom &In"),
        lambda w: lambda: w.timeline.zoom(1.25),
        (SK.ZoomIn,),
        "view",
        toolbar=True,
    ),
    ActionSpec(
        "zoom_out",
        QT_TRANSLATE_NOOP("MainWindow", "Zoom &Out"),
        lambda w: lambda: w.timeline.zoom(0.8),
        (SK.ZoomOut,),
        "view",
        toolbar=True,
    ),
    ActionSpec(
        "fit",
        QT_TRANSLATE_NOOP("MainWindow", "&Fit All"),
        lambda w: w.timeline.fit_all,
        ("Ctrl+0",),
        "view",
        toolbar=True,
    ),
    ActionSpec(
        "today",
        QT_TRANSLATE_NOOP("MainWindow", "Go to &Today"),
        lambda w: w.timeline.go_today,
        ("Ctrl+T",),
        "view",
        toolbar=True,
    ),
    ActionSpec(
        "home",
        QT_TRANSLATE_NOOP("MainWindow", "Go to &2012"),
        lambda w: w.timeline.go_home,
        ("Ctrl+Home",),
        "view",
    ),
    ActionSpec(
        "meeting",
        QT_TRANSLATE_NOOP("MainWindow", "&Meeting Mode"),
        lambda w: w.set_meeting_mode,
        ("F11",),
        "view",
        checkable=True,
    ),
    # Plan
    ActionSpec(
        "drafts",
        QT_TRANSLATE_NOOP("MainWindow", "Include &Drafts"),
        lambda w: w.set_drafts,
        ("Ctrl+D",),
        "plan",
        toolbar=True,
        checkable=True,
        meeting_off=True,
    ),
    ActionSpec(
        "compare",
        QT_TRANSLATE_NOOP("MainWindow", "&Compare With and Without Drafts"),
        lambda w: w.show_what_if,
        ("Ctrl+Shift+D",),
        "plan",
    ),
    ActionSpec(
        "as_of",
        QT_TRANSLATE_NOOP("MainWindow", "Plan &As Of…"),
        lambda w: w.choose_as_of,
        (),
        "plan",
        meeting_off=True,
    ),
    ActionSpec(
        "horizon",
        QT_TRANSLATE_NOOP("MainWindow", "Projection &Horizon…"),
        lambda w: w.plan_commands.projection_horizon,
        (),
        "plan",
        meeting_off=True,
    ),
    # Help
    ActionSpec(
        "about",
        QT_TRANSLATE_NOOP("MainWindow", "&About Mandate Planner"),
        lambda w: w.about,
        (),
        "help",
    ),
)
