"""The facts about a timeline item as rich text, for tooltips and the inspector."""

from __future__ import annotations

from datetime import date
from html import escape
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from planner.domain.model import Decision, Session
from planner.domain.rules import occurrences
from planner.timeline.data import mark_of
from planner.timeline.painter import (
    BadgeKey,
    DecisionSel,
    EventSel,
    RequirementSel,
    Selection,
    SessionSel,
)
from planner.timeline.scene import TimelineScene
from planner.timeline.style import mark_label
from planner.timeline.translatable import QT_TRANSLATE_NOOP
from planner.ui.wording import Names, day_text, fill_in, words


def un_day(day: date) -> str:
    """A date as UN documents write it, as every date in the window's sentences."""
    return day_text(day)


_d = un_day


_STATUS = {
    "confirmed": QT_TRANSLATE_NOOP("Facts", "confirmed"),
    "projected": QT_TRANSLATE_NOOP("Facts", "projected"),
    "adopted": QT_TRANSLATE_NOOP("Facts", "adopted"),
    "draft": QT_TRANSLATE_NOOP("Facts", "draft"),
    "withdrawn": QT_TRANSLATE_NOOP("Facts", "withdrawn"),
}


def _status(value: str) -> str:
    return QCoreApplication.translate("Facts", _STATUS[value]) if value in _STATUS else value


_FORMATS = {
    "in_person": QT_TRANSLATE_NOOP("Facts", "in person"),
    "hybrid": QT_TRANSLATE_NOOP("Facts", "hybrid"),
    "virtual": QT_TRANSLATE_NOOP("Facts", "virtual"),
    "silence_procedure": QT_TRANSLATE_NOOP("Facts", "silence procedure"),
    "postponed": QT_TRANSLATE_NOOP("Facts", "postponed"),
    "suspended_resumed": QT_TRANSLATE_NOOP("Facts", "suspended and resumed"),
}


def format_text(value: str) -> str:
    """How a session met, in the current language ("" when not known)."""
    return QCoreApplication.translate("Facts", _FORMATS[value]) if value in _FORMATS else value


def is_web_address(text: str) -> bool:
    parts = urlsplit(text.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in text.strip()


def source_html(source: str, link: bool) -> str:
    """A source as the inspector shows it: a public page as a link (opened only when
    clicked), a document symbol as text."""
    if link and is_web_address(source):
        url = source.strip()
        return f"<a href='{escape(url, quote=True)}'>{escape(url)}</a>"
    return escape(source)


def open_web_link(url: QUrl) -> bool:
    """Open a clicked source in the system browser; anything but a web page is ignored."""
    if url.scheme() not in ("http", "https") or not url.host():
        return False
    return QDesktopServices.openUrl(url)


def _row(label: str, value: str) -> str:
    return (
        f"<tr><td style='color:#5F6B7A;padding-right:8px'>{escape(label)}</td><td>{value}</td></tr>"
    )


def _table(rows: list[str]) -> str:
    """Label and value columns that read in the language's direction (right to left in
    Arabic, as the headings above them)."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    direction = " dir='rtl' align='right'" if rtl else ""
    return f"<table cellspacing='0' cellpadding='1'{direction}>" + "".join(rows) + "</table>"


class FactCounts(QObject):
    """Counts in the facts, with real plural forms (a QObject for lupdate)."""

    def mandated(self, n: int) -> str:
        return self.tr("%n requirement(s) in the current result", "", n)

    def due(self, n: int) -> str:
        return self.tr("%n report(s) due", "", n)


def _names(scene: TimelineScene) -> Names:
    return Names(scene.data.plan, scene.workspace.engine.calendar)


def requirement_html(scene: TimelineScene, key: tuple[str, str], full: bool = False) -> str:
    r = scene.data.by_key.get(key)
    if r is None:
        names = _names(scene)
        reasons = [
            words().displaced(d, names)
            for d in scene.data.result.displaced
            if (d.report, d.session) == key
        ]
        head = fill_in(
            QCoreApplication.translate("Facts", "“%1” at %2"),
            names.report(key[0]),
            names.session(key[1]),
        )
        return f"<b>{escape(head)}</b><br>" + escape(
            "; ".join(reasons) or QCoreApplication.translate("Facts", "not due")
        )
    rows = [
        _row(QCoreApplication.translate("Facts", "Body"), escape(r.body)),
        _row(
            QCoreApplication.translate("Facts", "Session"),
            f"{escape(r.session_name)} ({_d(r.session_start)} – {_d(r.session_end)}, {escape(_status(str(r.session_status)))})",
        ),
        _row(QCoreApplication.translate("Facts", "Submit by"), f"<b>{_d(r.submission_due)}</b>"),
        _row(QCoreApplication.translate("Facts", "Issue by"), f"{_d(r.issuance_due)}"),
        _row(QCoreApplication.translate("Facts", "Mandated by"), escape(", ".join(r.mandated_by))),
        _row(QCoreApplication.translate("Facts", "Status"), escape(mark_label(mark_of(r)))),
    ]
    t = r.tracking
    if full and t is not None:
        if t.document_symbol:
            rows.append(
                _row(QCoreApplication.translate("Facts", "Document"), escape(t.document_symbol))
            )
        if t.officer:
            rows.append(_row(QCoreApplication.translate("Facts", "Officer"), escape(t.officer)))
        if t.word_estimate is not None:
            rows.append(_row(QCoreApplication.translate("Facts", "Words"), f"{t.word_estimate:,}"))
        if t.notes:
            rows.append(_row(QCoreApplication.translate("Facts", "Notes"), escape(t.notes)))
    return (
        f"<b>{escape(r.title)}</b><br><span style='color:#5F6B7A'>{escape(r.report)}</span>"
        + _table(rows)
    )


def decision_html(scene: TimelineScene, symbol: str, full: bool = False) -> str:
    d: Decision | None = next((x for x in scene.data.plan.decisions if x.symbol == symbol), None)
    if d is None:
        return escape(symbol)
    rows = [
        _row(QCoreApplication.translate("Facts", "Body"), escape(d.body)),
        _row(QCoreApplication.translate("Facts", "Adopted"), f"{_d(d.adopted)}"),
        _row(QCoreApplication.translate("Facts", "Status"), escape(_status(str(d.status)))),
    ]
    if d.effective:
        rows.insert(2, _row(QCoreApplication.translate("Facts", "Effective"), f"{_d(d.effective)}"))
    head = f"<b>{escape(d.symbol)}</b><br>{escape(d.title)}" + _table(rows)
    if not full:
        n = sum(1 for r in scene.data.result.requirements if d.symbol in r.mandated_by)
        return head + "<br>" + escape(FactCounts().mandated(n))
    items = []
    names = _names(scene)
    calendar = scene.workspace.engine.calendar
    for m in d.mandates:
        produced = ""
        if m.rule is not None:
            sessions = occurrences(m.rule, d.effective_date, calendar)
            produced = ", ".join(escape(s.id) for s in sessions[:12]) + (
                " …" if len(sessions) > 12 else ""
            )
        items.append(
            f"<li><b>{escape(names.report(m.report))}</b>: {escape(words().rule(m, names))}<br><span style='color:#5F6B7A'>{produced}</span></li>"
        )
    due = scene.data.by_key
    reasons: dict[str, list[str]] = {}
    for x in scene.data.result.displaced:
        if x.by == d.symbol and (x.report, x.session) not in due:  # really no longer due there
            reasons.setdefault(
                f"{names.report(x.report)}: {words().displaced(x, names)}", []
            ).append(x.session)
    body = (
        head
        + "<p><b>"
        + QCoreApplication.translate("Facts", "Mandates")
        + "</b></p><ul>"
        + "".join(items)
        + "</ul>"
    )
    if reasons:
        body += (
            "<p><b>"
            + QCoreApplication.translate("Facts", "No longer due because of this decision")
            + "</b></p><ul>"
        )
        for reason, where in reasons.items():
            body += f"<li>{escape(reason)}<br><span style='color:#5F6B7A'>{escape(', '.join(where))}</span></li>"
        body += "</ul>"
    if d.notes:
        body += f"<p style='color:#5F6B7A'>{escape(d.notes)}</p>"
    return body


def session_html(scene: TimelineScene, sid: str, full: bool = False) -> str:
    s = scene.workspace.engine.calendar.sessions.get(sid)
    if s is None:
        return escape(sid)
    reqs = [r for r in scene.data.result.requirements if r.session == sid]
    rows = [
        _row(QCoreApplication.translate("Facts", "Body"), escape(s.body)),
        _row(QCoreApplication.translate("Facts", "Dates"), f"{_d(s.start)} – {_d(s.end)}"),
        _row(QCoreApplication.translate("Facts", "Status"), escape(_status(str(s.status)))),
    ]
    if s.location:
        rows.append(_row(QCoreApplication.translate("Facts", "Location"), escape(s.location)))
    rows += _session_origin_rows(scene, s, full)
    if reqs:
        sub, iss = scene.workspace.engine.calendar.deadlines[sid]
        rows.append(_row(QCoreApplication.translate("Facts", "Submit by"), f"{_d(sub)}"))
        rows.append(_row(QCoreApplication.translate("Facts", "Issue by"), f"{_d(iss)}"))
    listing = "".join(
        f"<li>{escape(r.report)} — {escape(r.title if full else r.title[:60])}</li>"
        for r in reqs[:40]
    )
    return (
        f"<b>{escape(s.name)}</b>"
        + _table(rows)
        + f"<p>{escape(FactCounts().due(len(reqs)))}</p>"
        + (f"<ul>{listing}</ul>" if listing else "")
    )


def _session_origin_rows(scene: TimelineScene, s: Session, full: bool) -> list[str]:
    """How the session met, where its dates come from, and for a projection, which
    series projected it by which rule."""
    rows = []
    if s.format:
        rows.append(
            _row(QCoreApplication.translate("Facts", "Format"), escape(format_text(str(s.format))))
        )
    series = next((x for x in scene.workspace.plan.session_series if x.id == s.series), None)
    projected = str(s.status) == "projected"
    # a projection's dates come from its series, which names the rule it follows
    source = s.source or (series.source if series is not None and projected else "")
    if source:
        rows.append(_row(QCoreApplication.translate("Facts", "Source"), source_html(source, full)))
    if series is not None:
        if projected:
            rows.append(
                _row(
                    QCoreApplication.translate("Facts", "Projected by"),
                    QCoreApplication.translate("Facts", "series %1").replace(
                        "%1", f"<b>{escape(series.id)}</b>"
                    ),
                )
            )
            rows.append(
                _row(
                    QCoreApplication.translate("Facts", "Rule"),
                    escape(words().rrule(series.rrule)),
                )
            )
        else:
            rows.append(_row(QCoreApplication.translate("Facts", "Series"), escape(series.id)))
    if full and s.notes:
        rows.append(_row(QCoreApplication.translate("Facts", "Notes"), escape(s.notes)))
    return rows


def event_html(scene: TimelineScene, eid: str, full: bool = False) -> str:
    e = scene.workspace.engine.calendar.events.get(eid)
    if e is None:
        return escape(eid)
    rows = [_row(QCoreApplication.translate("Facts", "Dates"), f"{_d(e.start)} – {_d(e.end)}")]
    if e.location:
        rows.append(_row(QCoreApplication.translate("Facts", "Location"), escape(e.location)))
    if e.tentative:
        rows.append(
            _row(
                QCoreApplication.translate("Facts", "Status"),
                QCoreApplication.translate("Facts", "tentative (projected from its series)"),
            )
        )
    return f"<b>{escape(e.name)}</b>" + _table(rows)


def facts_html(scene: TimelineScene, what: Selection | BadgeKey, full: bool = False) -> str:
    match what:
        case RequirementSel():
            return requirement_html(scene, what.key, full)
        case DecisionSel(symbol):
            return decision_html(scene, symbol, full)
        case SessionSel(sid):
            return session_html(scene, sid, full)
        case EventSel(eid):
            return event_html(scene, eid, full)
        case BadgeKey():
            return badge_html(scene, what)
    return ""


def badge_html(scene: TimelineScene, key: BadgeKey) -> str:
    """The reports a +N badge counts, one a line."""
    reqs = scene.badge_requirements(key)
    count, beyond = len(reqs), max(0, len(reqs) - 15)  # (lupdate reads plain names only)
    heading = QCoreApplication.translate("Facts", "reports without a label: %n", "", count)
    more = QCoreApplication.translate("Facts", "and %n more", "", beyond)
    items = "".join(
        "<li>" + escape(q.short_title or q.report) + " — " + escape(q.session_name) + "</li>"
        for q in reqs[:15]
    )
    tail = escape(more) if len(reqs) > 15 else ""
    return "<b>" + heading + "</b><ul style='margin:0'>" + items + "</ul>" + tail


def tooltip_html(scene: TimelineScene, what: Selection | BadgeKey) -> str:
    return facts_html(scene, what, full=False)
