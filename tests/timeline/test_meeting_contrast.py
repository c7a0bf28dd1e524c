"""Meeting mode is read from five metres: large type, large markers, and WCAG AA
contrast for every text and marker colour against what it stands on."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from planner.timeline.data import Mark
from planner.timeline.style import HIGH_CONTRAST, MARKS
from planner.timeline.text import LABEL_SCALE, TextStyle, fonts_for, lane_metrics
from planner.ui.session_card import CARD_BACKGROUND, CARD_TEXT_PX, CARD_TITLE_PX

TH = HIGH_CONTRAST
TEXT_AA = 4.5  # WCAG 2.1 1.4.3 (normal text; large text needs only 3)
GRAPHIC_AA = 3.0  # WCAG 2.1 1.4.11 (graphical objects)


def luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def over(fg: QColor, alpha: float, bg: QColor) -> QColor:
    """`fg` at `alpha` composited over `bg`."""
    return QColor.fromRgbF(
        *(
            alpha * f + (1 - alpha) * b
            for f, b in zip(fg.getRgbF()[:3], bg.getRgbF()[:3], strict=True)
        )
    )


CARD = QColor(CARD_BACKGROUND)
GROUNDS = {"background": TH.background, "stripe": TH.stripe}
PROJECTED_BAR = {k: over(TH.session_projected, 0.18, g) for k, g in GROUNDS.items()}

TEXTS = [
    ("lane names", TH.text, TH.header_bg),
    ("years", TH.text, TH.axis_bg),
    ("today label", TH.today, TH.axis_bg),
    ("as-of label", TH.as_of, TH.axis_bg),
    ("labels", TH.text, TH.background),
    ("labels on a stripe", TH.text, TH.stripe),
    ("badges", TH.text_dim, TH.background),
    ("badges on a stripe", TH.text_dim, TH.stripe),
    ("confirmed session name", TH.session_text, TH.session_confirmed),
    *((f"projected session name ({k})", TH.text, c) for k, c in PROJECTED_BAR.items()),
    ("card", TH.text, CARD),
    ("card details", TH.text_dim, CARD),
]

GRAPHICS = [
    *((f"{m.value} marker on {k}", MARKS[m][0], g) for m in Mark for k, g in GROUNDS.items()),
    *((f"{m.value} on the card", MARKS[m][0], CARD) for m in Mark),
    *(
        (f"{name} on {k}", getattr(TH, name), g)
        for name in (
            "session_confirmed",
            "session_projected",
            "event",
            "decision",
            "today",
            "as_of",
            "selection",
            "highlight",
        )
        for k, g in GROUNDS.items()
    ),
]


@pytest.mark.parametrize(("what", "fg", "bg"), TEXTS, ids=[t[0] for t in TEXTS])
def test_every_text_colour_passes_wcag_aa(what, fg, bg):
    assert contrast(fg, bg) >= TEXT_AA, f"{what}: {contrast(fg, bg):.2f}:1"


@pytest.mark.parametrize(("what", "fg", "bg"), GRAPHICS, ids=[g[0] for g in GRAPHICS])
def test_every_marker_colour_passes_wcag_aa(what, fg, bg):
    assert contrast(fg, bg) >= GRAPHIC_AA, f"{what}: {contrast(fg, bg):.2f}:1"


def test_the_contrast_formula():
    assert contrast(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#FFFFFF")) == pytest.approx(4.48, abs=0.01)


def test_type_and_markers_are_large_enough_for_the_back_of_the_room(qapp):
    style = TextStyle(point_size=9.0, font_scale=TH.font_scale, mark_scale=TH.mark_scale)
    fonts = fonts_for(style)
    assert fonts.header.pixelSize() >= 24  # lane names
    assert fonts.label.pixelSize() >= 24  # session names, report labels
    assert LABEL_SCALE < 1 and fonts.header_bold.pixelSize() >= 24
    r = lane_metrics(fonts).marker_radius
    smallest = min(2 * r, 1.7 * r, 1.8 * r)  # circle, square, triangle (height)
    assert smallest >= 20
    assert CARD_TEXT_PX >= 24 and CARD_TITLE_PX >= 24
    assert not TH.dims  # nothing fades to 22 % on a projector
