"""Text on the timeline: the fonts of a frame, the lane sizes that follow from them, and
lane names wrapped into the header at whole words (never cut, never elided)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from math import ceil

from PySide6.QtGui import QFont, QFontMetricsF

from planner.timeline.geometry import AXIS_HEIGHT, HEADER_WIDTH, LaneMetrics

LABEL_SCALE = 0.9  # labels, session names and badges, relative to the base size
HEADER_MAX = 260.0  # the header widens up to this (times the font scale) before wrapping
WORD_MAX = 400.0  # and further for a single word that would not fit otherwise


def points_to_px(points: float) -> float:
    return points * 96.0 / 72.0


def make_font(
    family: str, point_size: float, font_scale: float, scale: float = 1.0, bold: bool = False
) -> QFont:
    """A font sized in logical pixels (96 per inch), not points, so every device and scale
    (screen, image, PDF, printer) draws text the same size relative to the timeline."""
    f = QFont(family) if family else QFont()
    f.setPixelSize(max(1, round(points_to_px(point_size * scale * font_scale))))
    f.setBold(bold)
    return f


@dataclass(frozen=True)
class TextStyle:
    """What the sizes of a frame depend on: the base font and the theme's scales."""

    family: str = ""
    point_size: float = 9.0
    font_scale: float = 1.0
    mark_scale: float = 1.0

    @property
    def size(self) -> float:
        """How large the text is against the default (9 pt, scale 1)."""
        return self.font_scale * self.point_size / 9.0


class Fonts:
    """The fonts of one text style, with their metrics."""

    def __init__(self, style: TextStyle) -> None:
        fam, pt, fs = style.family, style.point_size, style.font_scale
        self.style = style
        self.label = make_font(fam, pt, fs, LABEL_SCALE)
        self.header = make_font(fam, pt, fs)
        self.header_bold = make_font(fam, pt, fs, bold=True)
        self.label_metrics = QFontMetricsF(self.label)
        self.header_metrics = QFontMetricsF(self.header)
        self.bold_metrics = QFontMetricsF(self.header_bold)
        self.label_height = float(ceil(self.label_metrics.height()))
        self.header_line = float(ceil(self.bold_metrics.height()))
        self._widths: dict[str, float] = {}
        self._counts: dict[int, float] = {}

    def count_width(self, n: int) -> float:
        """Width of a "+n" badge (cached by number: hundreds are placed a frame)."""
        w = self._counts.get(n)
        if w is None:
            w = self._counts[n] = self.label_metrics.horizontalAdvance(f"+{n}")
        return w

    def label_width(self, text: str) -> float:
        """Width of a label (cached: the same short titles recur in every frame)."""
        w = self._widths.get(text)
        if w is None:
            w = self._widths[text] = self.label_metrics.horizontalAdvance(text)
        return w


@lru_cache(maxsize=16)
def fonts_for(style: TextStyle) -> Fonts:
    return Fonts(style)


def lane_metrics(fonts: Fonts) -> LaneMetrics:
    """Lane sizes for these fonts: a line per stacked marker as tall as its label, markers
    and the session bar big enough for the theme."""
    st = fonts.style
    radius = 3.6 * max(st.mark_scale, st.size)
    step = max(fonts.label_height, 2 * radius + 3)
    return LaneMetrics(
        bar_top=5.0 * min(2.0, max(1.0, st.size)),
        bar_height=max(12.0, fonts.label_height),
        stack_step=step,
        marker_radius=radius,
        special_height=max(30.0, fonts.header_line + 10, 16 * max(st.mark_scale, st.size) + 8),
        header_width=HEADER_WIDTH * max(1.0, st.size) ** 0.5,
        axis_height=max(AXIS_HEIGHT, 2 * fonts.header_line + 8),
        header_line=fonts.header_line,
    )


def header_indent(depth: int, size: float) -> float:
    """Where a body lane's name starts: nested under its parent, after the twisty (`size`:
    the text's, against the default)."""
    return 8 + (14 * depth + 14) * max(1.0, size)


@dataclass(frozen=True)
class LaneName:
    key: str
    acronym: str
    name: str
    depth: int


def header_layout(
    lanes: Iterable[LaneName], fonts: Fonts, extra: Iterable[str] = ()
) -> tuple[float, dict[str, tuple[str, ...]]]:
    """The header's width and each lane's lines: "ECOSOC — Economic and Social Council"
    on one line when the header can widen to it, else the acronym, then the name wrapped
    at whole words. `extra` are other header texts (the events and decisions lanes)."""
    fs = fonts.style.size
    lanes = list(lanes)
    # large type wraps sooner than it widens: the header grows as the root of the type size
    grow = max(1.0, fs) ** 0.5
    floor, ceiling, word_ceiling = HEADER_WIDTH * grow, HEADER_MAX * grow, WORD_MAX * fs
    needed = floor
    for text in extra:
        needed = max(needed, 8 + fonts.bold_metrics.horizontalAdvance(text) + 8)
    words_needed = 0.0
    full: dict[str, str] = {}
    for lane in lanes:
        text = (
            f"{lane.acronym} — {lane.name}"
            if lane.name and lane.name != lane.acronym
            else (lane.acronym)
        )
        full[lane.key] = text
        first = fonts.bold_metrics if lane.depth == 0 else fonts.header_metrics
        indent = header_indent(lane.depth, fs)
        needed = max(needed, indent + first.horizontalAdvance(text) + 8)
        longest = max(
            [first.horizontalAdvance(lane.acronym)]
            + [fonts.header_metrics.horizontalAdvance(w) for w in lane.name.split()]
        )
        words_needed = max(words_needed, indent + longest + 8)
    width = max(min(needed, ceiling), min(words_needed, word_ceiling))
    lines: dict[str, tuple[str, ...]] = {}
    for lane in lanes:
        indent = header_indent(lane.depth, fs)
        first = fonts.bold_metrics if lane.depth == 0 else fonts.header_metrics
        room = width - indent - 8
        text = full[lane.key]
        if first.horizontalAdvance(text) <= room + 0.01:
            lines[lane.key] = (text,)
        else:
            # "CSW — Commission on the" / "Status of Women": the acronym keeps its dash
            head, _, rest = text.partition(" — ")
            words = [f"{head} —", *rest.split()] if rest else head.split()
            lines[lane.key] = tuple(wrap_words(" ".join(words), room, first, keep=2 if rest else 1))
    return width, lines


def wrap_words(text: str, width: float, metrics: QFontMetricsF, keep: int = 1) -> list[str]:
    """`text` in lines no wider than `width`, broken between words only (a word wider
    than the line gets a line of its own); the first `keep` words stay together."""
    words = text.split()
    if not words:
        return []
    lines: list[str] = []
    current = " ".join(words[:keep])
    for word in words[keep:]:
        candidate = f"{current} {word}"
        if metrics.horizontalAdvance(candidate) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current)
    return lines


def elide_words(text: str, width: float, measure: Callable[[str], float]) -> str:
    """The longest run of `text`'s first words that fits `width` with "…" after it, or ""."""
    words = text.split()
    shown = ""
    for k in range(1, len(words) + 1):
        candidate = " ".join(words[:k]) + ("" if k == len(words) else "…")
        if measure(candidate) > width:
            break
        shown = candidate
    return shown
