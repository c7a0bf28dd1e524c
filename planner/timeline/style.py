"""Colours and shapes of the timeline. Okabe–Ito colour-blind-safe palette; every state
also differs by shape or line style, never by colour alone."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from planner.timeline.data import Mark
from planner.timeline.translatable import QT_TRANSLATE_NOOP

BLACK = QColor("#000000")
ORANGE = QColor("#E69F00")
SKY = QColor("#56B4E9")
GREEN = QColor("#009E73")
YELLOW = QColor("#F0E442")
BLUE = QColor("#0072B2")
VERMILLION = QColor("#D55E00")
PURPLE = QColor("#CC79A7")
GREY = QColor("#7A7A7A")


@dataclass(frozen=True)
class Theme:
    background: QColor
    stripe: QColor
    grid: QColor
    grid_major: QColor
    text: QColor
    text_dim: QColor
    header_bg: QColor
    axis_bg: QColor
    session_confirmed: QColor
    session_projected: QColor
    session_text: QColor
    event: QColor
    decision: QColor
    today: QColor
    as_of: QColor
    highlight: QColor
    selection: QColor
    font_scale: float = 1.0
    mark_scale: float = 1.0  # requirement and decision markers
    dims: bool = True  # a selection dims what it does not concern


LIGHT = Theme(
    background=QColor("#FFFFFF"),
    stripe=QColor("#F4F6F8"),
    grid=QColor("#E3E6EA"),
    grid_major=QColor("#C5CAD1"),
    text=QColor("#1B1F24"),
    text_dim=QColor("#5F6B7A"),
    header_bg=QColor("#EEF1F4"),
    axis_bg=QColor("#E6EAEE"),
    session_confirmed=QColor("#3E5C7A"),
    session_projected=QColor("#3E5C7A"),
    session_text=QColor("#FFFFFF"),
    event=ORANGE,
    decision=QColor("#3A3F45"),
    today=VERMILLION,
    as_of=PURPLE,
    highlight=QColor("#FFB000"),
    selection=QColor("#1B1F24"),
)

# Meeting mode, on a projector read from five metres: black, large type (lane and
# session names 28 and 25 px at the default 9 pt), markers over 20 px, nothing dimmed,
# and every text and marker colour at least WCAG AA against what it stands on
# (tests/timeline/test_meeting_contrast.py measures them).
HIGH_CONTRAST = Theme(
    background=QColor("#000000"),
    stripe=QColor("#141414"),
    grid=QColor("#3A3A3A"),
    grid_major=QColor("#8A8A8A"),
    text=QColor("#FFFFFF"),
    text_dim=QColor("#D0D0D0"),
    header_bg=QColor("#1E1E1E"),
    axis_bg=QColor("#1E1E1E"),
    session_confirmed=QColor("#9CC8F0"),
    session_projected=QColor("#9CC8F0"),
    session_text=QColor("#000000"),
    event=ORANGE,
    decision=QColor("#FFFFFF"),
    today=QColor("#FF7A3D"),
    as_of=PURPLE,
    highlight=YELLOW,
    selection=QColor("#FFFFFF"),
    font_scale=2.3,
    mark_scale=3.3,
    dims=False,
)
MEETING = HIGH_CONTRAST

# Each requirement state: fill colour and shape ("circle", "ring", "square", "triangle",
# "check", "diamond", "cross").
MARKS: dict[Mark, tuple[QColor, str]] = {
    Mark.PLANNED: (BLUE, "circle"),
    Mark.FORECAST: (SKY, "ring"),
    Mark.SUBMITTED: (GREEN, "square"),
    Mark.ISSUED: (GREEN, "triangle"),
    Mark.CONSIDERED: (GREY, "check"),
    Mark.OVERDUE: (VERMILLION, "diamond"),
    Mark.CANNOT: (PURPLE, "cross"),
}

MARK_LABELS: dict[Mark, str] = {
    Mark.PLANNED: QT_TRANSLATE_NOOP("Timeline", "planned"),
    Mark.FORECAST: QT_TRANSLATE_NOOP("Timeline", "forecast"),
    Mark.SUBMITTED: QT_TRANSLATE_NOOP("Timeline", "submitted"),
    Mark.ISSUED: QT_TRANSLATE_NOOP("Timeline", "issued"),
    Mark.CONSIDERED: QT_TRANSLATE_NOOP("Timeline", "considered"),
    Mark.OVERDUE: QT_TRANSLATE_NOOP("Timeline", "overdue"),
    Mark.CANNOT: QT_TRANSLATE_NOOP("Timeline", "cannot be met"),
}


def mark_label(mark: Mark) -> str:
    """The state's name in the current language."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Timeline", MARK_LABELS[mark])
