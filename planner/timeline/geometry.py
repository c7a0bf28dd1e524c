"""Where things go: the time scale (days ↔ pixels), the rows of lanes, zoom limits. No Qt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

HEADER_WIDTH = 190.0  # lane labels, always visible on the left (at least this wide)
AXIS_HEIGHT = 40.0  # time axis, always visible on top
SPECIAL_LANE_HEIGHT = 30.0
MAX_STACK_SHOWN = 5
MIN_SPAN_DAYS = 7.0  # about one week across the view
MAX_SPAN_DAYS = 45 * 365.25  # about forty years and some margin


@dataclass(frozen=True, slots=True)
class LaneMetrics:
    """Sizes inside a lane, from the text and marker sizes of a theme: a session bar, then
    one line per stacked requirement, each line as tall as its label."""

    bar_top: float = 5.0
    bar_height: float = 12.0
    stack_step: float = 13.0  # one marker and its label per line
    marker_radius: float = 3.6
    special_height: float = SPECIAL_LANE_HEIGHT  # the events and decisions lanes
    header_width: float = HEADER_WIDTH
    axis_height: float = AXIS_HEIGHT
    header_line: float = 15.0  # one line of a lane's name
    bottom_pad: float = 4.0

    def lane_height(self, stack: int) -> float:
        """A line per stacked marker, and one more for labels under them."""
        return (
            self.bar_top + self.bar_height + lane_lines(stack) * self.stack_step + self.bottom_pad
        )

    def marker_y(self, line: int) -> float:
        """The centre of the `line`th stacked marker, from the top of its row."""
        return self.bar_top + self.bar_height + (line + 0.5) * self.stack_step

    def header_height(self, lines: int) -> float:
        return lines * self.header_line + 2 * self.bar_top


DEFAULT_METRICS = LaneMetrics()


def lane_lines(stack: int) -> int:
    """Lines under a lane's session bars: one per marker stacked (up to MAX_STACK_SHOWN),
    and at least two where there are requirements: zoomed far out, each session has
    one dot, and the lines under it take the labels that do not fit beside it."""
    return max(2 if stack > 0 else 1, min(stack, MAX_STACK_SHOWN))


@dataclass(frozen=True, slots=True)
class Row:
    key: str  # "events", "decisions" or a body id
    top: float
    height: float
    depth: int = 0
    lines: tuple[str, ...] = ()  # the lane's name as shown in its header, wrapped


@dataclass(frozen=True, slots=True)
class Viewport:
    """The visible window onto the timeline: the day at the left edge of the content
    area, pixels per day, the vertical scroll offset and the size in pixels."""

    left_day: float
    px_per_day: float
    top: float
    width: float
    height: float
    header_width: float = HEADER_WIDTH
    axis_height: float = AXIS_HEIGHT

    @property
    def content_width(self) -> float:
        return max(1.0, self.width - self.header_width)

    @property
    def right_day(self) -> float:
        return self.left_day + self.content_width / self.px_per_day

    def x(self, day: float) -> float:
        return self.header_width + (day - self.left_day) * self.px_per_day

    def x_of(self, d: date) -> float:
        return self.x(d.toordinal())

    def day_at(self, x: float) -> float:
        return self.left_day + (x - self.header_width) / self.px_per_day

    def y(self, row_top: float) -> float:
        return self.axis_height + row_top - self.top

    def zoomed(self, factor: float, about_x: float | None = None) -> Viewport:
        """Zoom by `factor` keeping the day under `about_x` where it is."""
        anchor_x = self.header_width + self.content_width / 2 if about_x is None else about_x
        anchor_day = self.day_at(anchor_x)
        ppd = clamp_ppd(self.px_per_day * factor, self.content_width)
        left = anchor_day - (anchor_x - self.header_width) / ppd
        return replace(self, px_per_day=ppd, left_day=left)

    def showing(self, first_day: float, last_day: float) -> Viewport:
        span = max(MIN_SPAN_DAYS, last_day - first_day)
        ppd = clamp_ppd(self.content_width / span, self.content_width)
        return replace(self, px_per_day=ppd, left_day=first_day)

    def centred_on(self, day: float) -> Viewport:
        return replace(self, left_day=day - self.content_width / self.px_per_day / 2)

    def resized(self, width: float, height: float) -> Viewport:
        ppd = clamp_ppd(self.px_per_day, max(1.0, width - self.header_width))
        return replace(self, width=width, height=height, px_per_day=ppd)


def clamp_ppd(ppd: float, content_width: float) -> float:
    return min(content_width / MIN_SPAN_DAYS, max(content_width / MAX_SPAN_DAYS, ppd))


def layout_rows(
    bodies: list[tuple[str, int, int]],
    show_events: bool = True,
    show_decisions: bool = True,
    *,
    metrics: LaneMetrics = DEFAULT_METRICS,
    headers: dict[str, tuple[str, ...]] | None = None,
) -> list[Row]:
    """Rows top to bottom: events, decisions, then one per body (id, depth, stack); a lane
    is tall enough for its stacked requirements and for its name in the header."""
    headers = headers or {}
    rows: list[Row] = []
    top = 0.0
    for key, shown in (("events", show_events), ("decisions", show_decisions)):
        if shown:
            rows.append(Row(key, top, metrics.special_height))
            top += metrics.special_height
    for body, depth, stack in bodies:
        lines = headers.get(body, ())
        h = max(metrics.lane_height(stack), metrics.header_height(len(lines)))
        rows.append(Row(body, top, h, depth, lines))
        top += h
    return rows


@dataclass(frozen=True, slots=True)
class Tick:
    day: int
    label: str
    major: bool


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def axis_unit(px_per_day: float) -> str:
    """The label unit the zoom needs: decade, year, quarter, month or week."""
    year_px = px_per_day * 365.25
    if year_px < 60:
        return "decade"
    if year_px < 260:
        return "year"
    if year_px < 900:
        return "quarter"
    if px_per_day < 10:
        return "month"
    return "week"


def axis_ticks(
    first_day: float, last_day: float, px_per_day: float, month_names: tuple[str, ...] = _MONTHS
) -> list[Tick]:
    """Labelled ticks (major) and unlabelled minor ticks for the visible range."""
    unit = axis_unit(px_per_day)
    start = date.fromordinal(max(1, int(first_day) - 1))
    end = date.fromordinal(int(last_day) + 2)
    ticks: list[Tick] = []
    if unit in ("decade", "year"):
        for y in range(start.year, end.year + 1):
            d = date(y, 1, 1).toordinal()
            major = unit == "year" or y % 10 == 0
            label = str(y) if (unit == "year" or y % 10 == 0 or px_per_day * 365.25 >= 20) else ""
            ticks.append(Tick(d, label, major))
    elif unit in ("quarter", "month"):
        y, m = start.year, start.month
        while date(y, m, 1) <= end:
            month_start = date(y, m, 1)
            if unit == "quarter":
                major = m == 1
                label = f"{y}" if m == 1 else (f"Q{(m - 1) // 3 + 1}" if m % 3 == 1 else "")
            else:
                major = True
                label = (
                    f"{month_names[m - 1]} {y}"
                    if m == 1 or px_per_day * 30 >= 70
                    else month_names[m - 1]
                )
            ticks.append(Tick(month_start.toordinal(), label, major))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    else:
        d0 = start.toordinal() - start.weekday()  # Mondays
        for d in range(d0, end.toordinal() + 1, 7):
            day = date.fromordinal(d)
            ticks.append(Tick(d, f"{day.day} {month_names[day.month - 1]}", True))
    return ticks


@dataclass(frozen=True, slots=True)
class AxisLabel:
    text: str
    left: float  # the text's box on the axis, wholly inside the visible content
    width: float
    bold: bool


def axis_labels(
    ticks: list[Tick],
    unit: str,
    vp: Viewport,
    measure: Callable[[str, bool], float],
) -> list[AxisLabel]:
    """Where the axis's labels go: each wholly visible (a label that would be cut at an
    edge is moved into its visible span, or left out), and below year level the year of
    the left edge always shown, so a view of a few months still says which year it is."""
    lo, hi = vp.header_width + 2, vp.width - 2
    placed: list[AxisLabel] = []

    def free(box: AxisLabel) -> bool:
        return all(
            box.left >= b.left + b.width + 6 or b.left >= box.left + box.width + 6 for b in placed
        )

    # majors first (a decade's year keeps its label), then the labels that fit between them;
    # in order, so labels wider than their span (large type) skip the next
    for majors in (True, False):
        for i, t in enumerate(ticks):
            if not t.label or t.major != majors:
                continue
            bold = t.major and unit not in ("month", "week")
            w = measure(t.label, bold)
            x = vp.x(t.day)
            # a label spans from its tick to the next labelled one (a quarter, a year, …)
            nxt = next((vp.x(u.day) for u in ticks[i + 1 :] if u.label), x + 200)
            if unit in ("year", "quarter", "month") and nxt - x > w + 8:
                left, right = max(x, lo), min(nxt, hi)  # centred in its visible part
                if right - left < w + 4:
                    continue
                box = AxisLabel(t.label, (left + right - w) / 2, w, bold)
            else:  # after its tick
                if x < vp.header_width - 1 and unit in ("decade", "year"):
                    continue  # a year that ends about where the view begins is not said there
                left = max(x + 3, lo)
                if left + w > hi:
                    continue
                box = AxisLabel(t.label, left, w, bold)
            if free(box):
                placed.append(box)
    out = sorted(placed, key=lambda b: b.left)
    if unit in ("quarter", "month", "week"):
        year = str(date.fromordinal(max(1, int(vp.left_day))).year)
        w = measure(year, True)
        near = [a for a in out if a.left <= lo + w + 8]
        if not any(str(y) in a.text for a in near for y in (int(year), int(year) + 1)):
            out = [a for a in out if a not in near]
            out.insert(0, AxisLabel(year, lo + 2, w, True))
    return out
