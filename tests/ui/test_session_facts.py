"""The inspector says how a session met, where and on whose word; a projected session
names its series and rule. A source page opens in the browser only when clicked."""

from __future__ import annotations

from datetime import date

import pytest
from planbuilder import doc
from PySide6.QtCore import QPoint, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor

from planner.app.documents import import_json
from planner.app.workspace import Workspace
from planner.store.interchange import plan_from_json, write_json_file
from planner.timeline.painter import SessionSel
from planner.ui.facts import open_web_link, tooltip_html
from planner.ui.main_window import MainWindow

PRESS = "https://press.un.org/en/2012/ecosoc6540.doc.htm"


def document() -> dict:
    d = doc()
    d["session_series"][0]["source"] = "A/RES/68/1"
    d["sessions"][0].update(format="hybrid", source=PRESS, notes="Resumed on 26 July.")
    d["sessions"].append(
        {
            "id": "ga-2013",
            "series": "ga",
            "body": "GA",
            "name": "68th session",
            "start": "2013-09-17",
            "end": "2014-09-15",
            "location": "New York",
            "format": "suspended_resumed",
            "source": "A/67/250",
        }
    )
    return d


@pytest.fixture
def facts_window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("MANDATE_PLANNER_HOME", str(tmp_path / "home"))
    source, path = tmp_path / "p.json", tmp_path / "p.sqlite"
    write_json_file(plan_from_json(document()), source)
    import_json(source, path)
    ws = Workspace.open(path, today=date(2026, 11, 27))
    win = MainWindow(
        ws,
        today=date(2026, 11, 27),
        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    ws.close()


@pytest.fixture
def browser(monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    return opened


def inspect(window, sid: str) -> str:
    window.select(SessionSel(sid))
    return window.inspector.toHtml()


def click_the_link(qtbot, inspector) -> None:
    """Click the first link in the inspector, where it is drawn."""
    block = inspector.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isAnchor():
                cursor = QTextCursor(inspector.document())
                cursor.setPosition(fragment.position() + 2)
                rect = inspector.cursorRect(cursor)
                qtbot.mouseClick(inspector.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
                return
            it += 1
        block = block.next()
    raise AssertionError("no link in the inspector")


def test_a_held_session_shows_its_format_place_and_source_link(facts_window, qtbot, browser):
    html = inspect(facts_window, "ecosoc-2012")
    text = facts_window.inspector.toPlainText()
    assert "Format" in text and "hybrid" in text
    assert "New York" in text
    assert f'href="{PRESS}"' in html
    assert "Resumed on 26 July." in text
    assert browser == []  # showing the facts opens nothing
    facts_window.inspector.verticalScrollBar().setValue(0)
    click_the_link(qtbot, facts_window.inspector)
    assert browser == [PRESS]


def test_a_tooltip_gives_the_source_as_text(facts_window):
    tip = tooltip_html(facts_window.scene, SessionSel("ecosoc-2012"))
    assert PRESS in tip and "<a " not in tip


def test_a_document_symbol_is_text_and_formats_are_worded(facts_window):
    html = inspect(facts_window, "ga-2013")
    text = facts_window.inspector.toPlainText()
    assert "suspended and resumed" in text
    assert "A/67/250" in text and "href" not in html
    assert "Series" in text and "Projected by" not in text  # confirmed: not a projection


def test_a_projected_session_names_its_series_and_rule(facts_window):
    inspect(facts_window, "ecosoc-2014")
    text = facts_window.inspector.toPlainText()
    assert "Projected by" in text and "series ecosoc" in text
    assert "Every year on the first Monday of July" in text
    assert "A/RES/68/1" in text  # the series' source: where a projection's dates come from
    assert "Format" not in text  # a projection has no format


def test_in_french(facts_window, translations):
    translations.apply("fr")
    inspect(facts_window, "ecosoc-2012")
    assert "hybride" in facts_window.inspector.toPlainText()
    inspect(facts_window, "ecosoc-2014")
    assert "Prévue par" in facts_window.inspector.toPlainText()


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "javascript:alert(1)", "A/67/250", "https://", "mailto:x@un.org"]
)
def test_only_web_pages_open(browser, url):
    assert not open_web_link(QUrl(url))
    assert browser == []


def test_clicking_elsewhere_opens_nothing(facts_window, qtbot, browser):
    inspect(facts_window, "ecosoc-2012")
    qtbot.mouseClick(facts_window.inspector.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert browser == []
