"""Every visible text goes through tr(): pseudo-localised, in a plan whose own words are
written in another alphabet, no English word is left on screen.

The pseudo translator writes every translated text in full-width letters; the plan's
titles, names, notes and places are too. So any plain ASCII word left in a window title,
the status bar, the inspector, the what-if panel, the Problems panel, a message box, an
undo text, a form's messages or a menu is a text that bypassed tr(), unless it is an
id or a symbol (data the user typed as such) or a French month or day name (the locale).
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from paths import DEFAULT_PLAN
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMenu, QMessageBox

from planner.app.documents import import_json
from planner.app.workspace import Workspace
from planner.timeline.painter import DecisionSel, EventSel, RequirementSel, SessionSel
from planner.ui import edit_actions
from planner.ui.facts import tooltip_html
from planner.ui.main_window import MainWindow

TODAY = date(2026, 11, 27)
DRAFT = "E/DEC/2012/DRAFT-1"
PROSE = {"title", "name", "notes", "location", "agenda_item", "officer", "source"}
WORD = re.compile(r"[A-Za-z]{3,}")


def wide(text: str) -> str:
    """Letters in full width, leaving %1, %n and {year} as they are."""
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "%" and i + 1 < len(text) and (text[i + 1].isdigit() or text[i + 1] == "n"):
            out.append(text[i : i + 2])
            i += 2
            continue
        if c == "{":
            j = text.find("}", i)
            if j > 0:
                out.append(text[i : j + 1])
                i = j + 1
                continue
        out.append(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalpha() else c)
        i += 1
    return "".join(out)


class Wide(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        return wide(source)

    def isEmpty(self) -> bool:
        return False


def alien(value: object, key: str | None = None) -> object:
    if isinstance(value, dict):
        return {k: alien(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [alien(v, key) for v in value]
    if isinstance(value, str) and key in PROSE:
        return wide(value)
    return value


@pytest.fixture
def alien_plan(tmp_path) -> Path:
    doc = alien(json.loads(DEFAULT_PLAN.read_text(encoding="utf-8")))
    source = tmp_path / "alien.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    path = tmp_path / "alien.sqlite"
    import_json(source, path)
    return path


@pytest.fixture
def pseudo():
    QLocale.setDefault(QLocale("fr"))
    translator = Wide()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale("en_US"))


def allowed_words(ws: Workspace) -> set[str]:
    """Ids and symbols, and the locale's month and day names."""
    plan, cal = ws.plan, ws.engine.calendar
    ids = [r.id for r in plan.reports] + [b.id for b in plan.bodies]
    ids += list(cal.sessions) + list(cal.events) + [d.symbol for d in plan.decisions]
    ids += [s.id for s in plan.session_series] + [s.id for s in plan.event_series]
    ids += ["FREQ", "YEARLY", "BYMONTH", "BYDAY", "BYMONTHDAY", "INTERVAL"]  # RRULE syntax
    locale = QLocale()
    for m in range(1, 13):
        for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            ids += [locale.monthName(m, kind), locale.standaloneMonthName(m, kind)]
    for d in range(1, 8):
        for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            ids.append(locale.dayName(d, kind))
    return {w.casefold() for text in ids for w in WORD.findall(text)}


def plain(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def english_left(texts: list[tuple[str, str]], allowed: set[str]) -> list[tuple[str, str]]:
    return [
        (where, word)
        for where, text in texts
        for word in WORD.findall(text)
        if word.casefold() not in allowed
    ]


def test_no_english_is_left_anywhere_a_person_looks(
    qtbot, tmp_path, alien_plan, monkeypatch, pseudo
):
    monkeypatch.setenv("MANDATE_PLANNER_HOME", str(tmp_path / "home"))
    texts: list[tuple[str, str]] = []
    boxes: list[tuple[str, str]] = []

    def box(answer):
        def record(parent, title, text, *args, **kwargs):
            boxes.append((title, text))
            return answer

        return record

    monkeypatch.setattr(QMessageBox, "question", box(QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "warning", box(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information", box(QMessageBox.StandardButton.Ok))
    menus: list[str] = []

    class Menu(QMenu):
        def exec(self, *args):
            menus.extend(a.text() for a in self.actions())

    monkeypatch.setattr(edit_actions, "QMenu", Menu)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    ws = Workspace.open(alien_plan, today=TODAY)
    window = MainWindow(ws, today=TODAY, settings=settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    allowed = allowed_words(ws) | {"sometimes"}  # typed into the RRULE field below
    window.actions_by_name["drafts"].trigger()
    window.set_as_of(date(2020, 1, 1))
    window.set_as_of(None)

    # the inspector and tooltips, for each kind of item
    requirement = ws.result().requirements[3]
    for sel in (
        DecisionSel(DRAFT),
        DecisionSel("E/DEC/2011/216"),
        SessionSel("ecosoc-2016"),
        RequirementSel(*requirement.key),
        RequirementSel("conf-followup", "ecosoc-2014"),  # no longer due
        EventSel("uncsd-2012"),
    ):
        window.inspector.show_selection(sel)
        texts.append(("inspector", window.inspector.toPlainText()))
        texts.append(("tooltip", plain(tooltip_html(window.scene, sel))))
    window.show_what_if()
    texts.append(("what-if", window.what_if.toPlainText()))

    # an edit, its undo and redo: status bar, What Changed, undo texts
    window.edits.delete(DecisionSel("E/DEC/2011/216"))
    texts.append(("status message", window.statusBar().currentMessage()))
    texts.append(("undo", window.actions_by_name["undo"].text()))
    window.actions_by_name["undo"].trigger()
    texts.append(("status after undo", window.statusBar().currentMessage()))
    texts.append(("what changed", window.what_changed.caption.text()))
    texts.append(("redo", window.actions_by_name["redo"].text()))
    window.actions_by_name["redo"].trigger()
    texts.append(("status after redo", window.statusBar().currentMessage()))
    for i in range(window.what_changed.list.count()):
        texts.append(("what changed", window.what_changed.list.item(i).text()))
    window.edits.delete_record("report", "conf-followup")  # refused: used by decisions

    # the Problems panel, with a deferral that finds nothing to defer
    from dataclasses import replace

    from planner.domain.model import Effect, Mandate

    p = ws.plan
    d = p.decisions[-1]
    extra = Mandate(
        "conf-followup", Effect.DEFER, from_session="ecosoc-2014", to_session="ecosoc-2015"
    )
    d = d._replace(mandates=(*d.mandates, extra))
    window.editing.commit(replace(p, decisions=(*p.decisions[:-1], d)), wide("add a deferral"))
    window.docks["problems"].raise_()
    qtbot.waitUntil(lambda: window.problems.model.rowCount() > 0)
    model = window.problems.model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            texts.append(("problems", model.data(model.index(row, column))))

    window.docks["deadlines"].raise_()
    qtbot.waitUntil(lambda: window.deadlines.model.rowCount() > 0)
    texts.append(("deadlines", window.deadlines.caption.text()))
    deadlines = window.deadlines.model
    for row in range(min(deadlines.rowCount(), 30)):
        for column in range(deadlines.columnCount()):
            texts.append(("deadlines", deadlines.data(deadlines.index(row, column))))

    # the status bar, including a failed backup
    def no_room(*args):
        raise OSError(28, wide("No space left on device"))

    monkeypatch.setattr(ws, "backup_now", no_room)
    window._backup()
    texts.append(("backup", window.statusBar().currentMessage()))
    for name in ("statusCounts", "statusScope"):
        texts.append((name, window.findChild(QLabel, name).text()))

    # menus of the timeline
    view = window.timeline
    window.edits.context_menu(
        view.viewport().rect().bottomRight() - view.viewport().rect().topLeft() * 0
    )
    texts += [("context menu", t) for t in menus]

    # the forms: their titles, lists, summaries and messages
    from planner.ui import record_specs
    from planner.ui.decision_editor import DecisionEditor
    from planner.ui.record_editor import RecordEditor

    editor = DecisionEditor(ws, next(x for x in ws.plan.decisions if x.symbol == DRAFT))
    qtbot.addWidget(editor)
    for combo in editor.findChildren(QComboBox):
        texts += [("decision form", combo.itemText(i)) for i in range(min(combo.count(), 40))]
    texts += [
        ("mandate list", editor.mandate_list.item(i).text())
        for i in range(editor.mandate_list.count())
    ]
    form = editor.mandate_form
    form.rule_type.setCurrentIndex(form.rule_type.findData("periodic"))
    form.first.setText(wide("soon"))
    editor.validate()
    texts.append(("mandate message", form.error.text()))
    editor.symbol.setText(wide("hello"))
    editor.validate()
    texts.append(("symbol message", editor.symbol_error.text()))
    texts += [
        ("placeholder", w.placeholderText())
        for w in editor.findChildren(QLineEdit)
        if w.placeholderText()
    ]
    series = RecordEditor(ws.plan, record_specs.session_series_spec(ws.plan, None))
    qtbot.addWidget(series)
    series.widgets["id"].setText("csw-series")
    series.widgets["name"].setText(wide("Session {year}"))
    series.widgets["rrule"].setText("FREQ=YEARLY;BYMONTH=7;BYDAY=1MO")
    series.validate()
    texts.append(("series summary", series.extra.text()))
    series.widgets["rrule"].setText("FREQ=SOMETIMES")
    series.validate()
    texts.append(("series message", series.general.text()))
    tracking = RecordEditor(ws.plan, record_specs.tracking_spec(ws.plan, requirement))
    qtbot.addWidget(tracking)
    texts.append(("tracking title", tracking.windowTitle()))
    texts += [(f"box {title}", f"{title} {text}") for title, text in boxes]
    assert boxes and menus

    left = english_left(texts, allowed)
    assert left == [], [(w, t) for w, t in texts if any(x in t for _, x in left)][:4]
    ws.close()


def test_a_read_only_window_says_so_in_translated_words(
    qtbot, tmp_path, alien_plan, monkeypatch, pseudo
):
    monkeypatch.setenv("MANDATE_PLANNER_HOME", str(tmp_path / "home"))
    ws = Workspace.open(alien_plan, read_only=True, today=TODAY)
    window = MainWindow(
        ws, today=TODAY, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    allowed = allowed_words(ws) | {"alien", "sqlite"}  # the file's name
    marker = window.findChild(QLabel, "statusReadOnly")
    texts = [
        ("title", window.windowTitle()),
        ("marker", marker.text()),
        ("marker tip", marker.toolTip()),
    ]
    left = english_left(texts, allowed)
    assert left == [], [(w, t) for w, t in texts if any(x in t for _, x in left)][:4]
    ws.close()
