"""The legend (what shapes and colours mean) and the footer, drawn under exports."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from planner.timeline.data import Mark
from planner.timeline.painter import NO_BRUSH, NO_PEN, draw_mark
from planner.timeline.style import MARK_LABELS, MARKS, Theme
from planner.timeline.translatable import QT_TRANSLATE_NOOP

LEGEND_ORDER = [
    Mark.PLANNED,
    Mark.FORECAST,
    Mark.SUBMITTED,
    Mark.ISSUED,
    Mark.CONSIDERED,
    Mark.OVERDUE,
    Mark.CANNOT,
]


def legend_items() -> list[tuple[str, str]]:
    """(kind, label) pairs in drawing order; kind names the swatch."""
    items = [("mark:" + m.value, MARK_LABELS[m]) for m in LEGEND_ORDER]
    items += [
        ("confirmed", QT_TRANSLATE_NOOP("Timeline", "confirmed session")),
        ("projected", QT_TRANSLATE_NOOP("Timeline", "projected session")),
        ("decision", QT_TRANSLATE_NOOP("Timeline", "decision")),
        ("draft", QT_TRANSLATE_NOOP("Timeline", "draft decision")),
        ("event", QT_TRANSLATE_NOOP("Timeline", "event")),
        ("tentative", QT_TRANSLATE_NOOP("Timeline", "tentative event")),
        ("today", QT_TRANSLATE_NOOP("Timeline", "today")),
        ("asof", QT_TRANSLATE_NOOP("Timeline", "as of")),
        ("deadline", QT_TRANSLATE_NOOP("Timeline", "submission / issuance deadline")),
        ("badge", QT_TRANSLATE_NOOP("Timeline", "more reports, not named here")),
    ]
    return items


def _swatch_scale(font: QFont) -> float:
    """Swatches grow with the type (a slide's legend is read from afar too)."""
    return max(1.0, font.pixelSize() / 12)


def legend_height(width: float, font: QFont) -> float:
    metrics = QFontMetricsF(font)
    k = _swatch_scale(font)
    x, rows = 0.0, 1
    for _kind, label in legend_items():
        w = 26 * k + metrics.horizontalAdvance(QCoreApplication.translate("Timeline", label)) + 18
        if x + w > width - 16 and x > 0:
            rows += 1
            x = 0.0
        x += w
    return rows * (max(metrics.height(), 16 * k) + 10) + 12


def draw_legend(p: QPainter, rect: QRectF, theme: Theme, font: QFont) -> None:
    metrics = QFontMetricsF(font)
    k = _swatch_scale(font)
    line_h = max(metrics.height(), 16 * k) + 10
    x, y = rect.left() + 8, rect.top() + 6
    p.save()
    p.setFont(font)
    for kind, label in legend_items():
        w = 26 * k + metrics.horizontalAdvance(QCoreApplication.translate("Timeline", label)) + 18
        if x + w > rect.right() - 8 and x > rect.left() + 8:
            x = rect.left() + 8
            y += line_h
        p.save()
        p.translate(x + 10 * k, y + line_h / 2)
        p.scale(k, k)
        _swatch(p, kind, QPointF(0, 0), theme)
        p.restore()
        p.setPen(QPen(theme.text))
        p.drawText(
            QRectF(x + 24 * k, y, w - 24 * k, line_h),
            Qt.AlignmentFlag.AlignVCenter,
            QCoreApplication.translate("Timeline", label),
        )
        x += w
    p.restore()


def _swatch(p: QPainter, kind: str, c: QPointF, theme: Theme) -> None:
    x, y = c.x(), c.y()
    if kind.startswith("mark:"):
        color, shape = MARKS[Mark(kind[5:])]
        draw_mark(p, shape, color, c, 4.2, theme.background)
    elif kind in ("confirmed", "projected"):
        rect = QRectF(x - 9, y - 5, 18, 10)
        if kind == "confirmed":
            p.setPen(NO_PEN)
            p.setBrush(QBrush(theme.session_confirmed))
        else:
            fill = QColor(theme.session_projected)
            fill.setAlphaF(0.18)
            p.setBrush(QBrush(fill))
            p.setPen(QPen(theme.session_projected, 1.2, Qt.PenStyle.DashLine))
        p.drawRect(rect)
    elif kind in ("decision", "draft"):
        tri = QPolygonF([QPointF(x, y + 6), QPointF(x - 6, y - 5), QPointF(x + 6, y - 5)])
        if kind == "draft":
            p.setBrush(QBrush(theme.background))
            p.setPen(QPen(theme.decision, 1.5, Qt.PenStyle.DashLine))
        else:
            p.setBrush(QBrush(theme.decision))
            p.setPen(QPen(theme.decision, 1.0))
        p.drawPolygon(tri)
    elif kind in ("event", "tentative"):
        rect = QRectF(x - 9, y - 5, 18, 10)
        if kind == "tentative":
            p.setBrush(NO_BRUSH)
            p.setPen(QPen(theme.event, 1.6, Qt.PenStyle.DashLine))
        else:
            p.setBrush(QBrush(theme.event))
            p.setPen(QPen(theme.event.darker(130), 1.0))
        p.drawRoundedRect(rect, 2, 2)
    elif kind in ("today", "asof"):
        color = theme.today if kind == "today" else theme.as_of
        p.setPen(
            QPen(color, 2.0, Qt.PenStyle.SolidLine if kind == "today" else Qt.PenStyle.DashLine)
        )
        p.drawLine(QPointF(x, y - 7), QPointF(x, y + 7))
    elif kind == "badge":
        p.setPen(QPen(theme.text_dim))
        font = QFont(p.font())
        font.setPixelSize(11)  # within the swatch's width
        p.save()
        p.setFont(font)
        p.drawText(QRectF(x - 10, y - 8, 22, 16), Qt.AlignmentFlag.AlignCenter, "+3")
        p.restore()
    else:  # deadline ticks
        p.setPen(QPen(theme.text_dim, 1.0, Qt.PenStyle.DotLine))
        p.drawLine(QPointF(x - 9, y), QPointF(x + 9, y))
        p.setPen(QPen(theme.text_dim, 1.6))
        p.drawLine(QPointF(x - 9, y - 4), QPointF(x - 9, y + 4))
        p.drawLine(QPointF(x, y - 3), QPointF(x, y + 3))


def draw_text_band(
    p: QPainter,
    rect: QRectF,
    text: str,
    theme: Theme,
    font: QFont,
    *,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
) -> None:
    p.save()
    p.setFont(font)
    p.setPen(QPen(theme.text))
    metrics = QFontMetricsF(font)
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - 16)
    p.drawText(rect.adjusted(8, 0, -8, 0), align | Qt.AlignmentFlag.AlignVCenter, shown)
    p.restore()
