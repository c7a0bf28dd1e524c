"""The timeline's content and state, independent of any widget: which lanes show,
what a selection highlights, and rendering into an image for export and tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, QSize
from PySide6.QtGui import QImage, QPainter

from planner.app.workspace import Workspace
from planner.domain.engine import ChangeSet, gc_paused
from planner.domain.results import Requirement
from planner.timeline.data import TimelineData
from planner.timeline.geometry import DEFAULT_METRICS, LaneMetrics, Row, Viewport, layout_rows
from planner.timeline.painter import (
    BadgeKey,
    DecisionSel,
    Emphasis,
    EventSel,
    Hits,
    PaintOptions,
    PaintRecord,
    RequirementSel,
    Selection,
    SessionSel,
    paint_timeline,
)
from planner.timeline.text import LaneName, TextStyle, fonts_for, header_layout, lane_metrics


class TimelineScene:
    data: TimelineData  # set by the first rebuild()
    _rows: list[Row] | None  # the lane layout, computed when first asked

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.collapsed: set[str] = set()
        self.hidden: set[str] = set()
        self.show_withdrawn = False
        self.text_style = TextStyle()  # the fonts and scales lanes are laid out for
        self._metrics = DEFAULT_METRICS
        self.rebuild()

    def rebuild(self, changes: ChangeSet | None = None) -> None:
        """Rebuild after a recalculation; given the edit's change set (and an unchanged
        calendar), only the lanes it touched are redone."""
        ws = self.workspace
        with gc_paused():
            if changes is not None and not changes.full and hasattr(self, "data"):
                old_stacks = {k: lane.stack for k, lane in self.data.lanes.items()}
                self.data = self.data.patched(
                    ws.plan, ws.result(), changes, show_withdrawn=self.show_withdrawn
                )
                if any(self.data.lanes[k].stack != v for k, v in old_stacks.items()):
                    self._rows = None  # a lane grew or shrank
                return
            self.data = TimelineData.build(
                ws.plan, ws.engine.calendar, ws.result(), show_withdrawn=self.show_withdrawn
            )
        self._rows = None

    def view_copy(self) -> TimelineScene:
        """The same data with its own lane state, so an export can show other lanes
        without touching the screen's."""
        twin = object.__new__(TimelineScene)
        twin.workspace = self.workspace
        twin.data = self.data
        twin.collapsed = set(self.collapsed)
        twin.hidden = set(self.hidden)
        twin.show_withdrawn = self.show_withdrawn
        twin.text_style = self.text_style
        twin._metrics = self._metrics
        twin._rows = None
        return twin

    def invalidate_rows(self) -> None:
        self._rows = None

    def set_text_style(self, style: TextStyle) -> None:
        """Lay the lanes out for these fonts and scales (screen, export or meeting mode)."""
        if style != self.text_style:
            self.text_style = style
            self._rows = None

    def rows(self) -> list[Row]:
        if self._rows is None:
            lanes = self.data.lanes
            order = self.data.body_order(self.collapsed, self.hidden)
            fonts = fonts_for(self.text_style)
            width, lines = header_layout(
                (LaneName(b, b, lanes[b].body.name, lanes[b].depth) for b in order),
                fonts,
                (
                    QCoreApplication.translate("TimelineView", "Events"),
                    QCoreApplication.translate("TimelineView", "Decisions"),
                ),
            )
            self._metrics = replace(lane_metrics(fonts), header_width=width)
            self._rows = layout_rows(
                [(b, lanes[b].depth, lanes[b].stack) for b in order],
                metrics=self._metrics,
                headers=lines,
            )
        return self._rows

    def metrics(self) -> LaneMetrics:
        """The sizes the rows were laid out with (the header's width, the axis's height …)."""
        self.rows()
        return self._metrics

    def fit(self, viewport: Viewport) -> Viewport:
        """`viewport` with the header and axis sizes of the current layout."""
        m = self.metrics()
        if viewport.header_width == m.header_width and viewport.axis_height == m.axis_height:
            return viewport
        return replace(viewport, header_width=m.header_width, axis_height=m.axis_height)

    def content_height(self) -> float:
        rows = self.rows()
        return rows[-1].top + rows[-1].height if rows else 0.0

    def row_of(self, key: str) -> Row | None:
        return next((r for r in self.rows() if r.key == key), None)

    def badge_requirements(self, key: BadgeKey) -> list[Requirement]:
        """What a "+N" badge counts: the requirements at its sessions that have no label."""
        lane = self.data.lanes.get(key.body)
        if lane is None:
            return []
        return [
            q
            for sid in key.sessions
            for q in lane.requirements.get(sid, ())
            if q.key not in key.named
        ]

    def emphasis(self, selection: Selection | None) -> Emphasis:
        """What a selection highlights: its provenance (decisions ↔ requirements)."""
        em = Emphasis()
        if selection is None:
            return em
        result = self.data.result
        if isinstance(selection, DecisionSel):
            sym = selection.symbol
            em.decisions.add(sym)
            for r in result.requirements:
                if sym in r.mandated_by:
                    em.requirements.add(r.key)
                    em.sessions.add(r.session)
        elif isinstance(selection, RequirementSel):
            chosen = self.data.by_key.get(selection.key)
            if chosen is not None:
                em.requirements.add(chosen.key)
                em.sessions.add(chosen.session)
                em.decisions.update(chosen.mandated_by)
        elif isinstance(selection, SessionSel):
            sid = selection.id
            em.sessions.add(sid)
            for r in result.requirements:
                if r.session == sid:
                    em.requirements.add(r.key)
                    em.decisions.update(r.mandated_by)
        elif isinstance(selection, EventSel):
            em.events.add(selection.id)
        return em

    def paint_options(
        self, selection: Selection | None = None, today: date | None = None
    ) -> PaintOptions:
        opts = self.workspace.options
        locale = QLocale()
        return PaintOptions(
            today=today or opts.today or date.today(),
            as_of=opts.as_of,
            selection=selection,
            emphasis=self.emphasis(selection),
            collapsed=set(self.collapsed),
            # in the current language, for exports as on screen
            month_names=tuple(
                locale.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)
            ),
            lane_titles=(
                QCoreApplication.translate("TimelineView", "Events"),
                QCoreApplication.translate("TimelineView", "Decisions"),
            ),
        )

    def paint(
        self,
        painter: QPainter,
        viewport: Viewport,
        options: PaintOptions,
        hits: Hits | None = None,
        record: PaintRecord | None = None,
    ) -> None:
        """Paint with `options`; the lanes follow its fonts and theme (laid out again
        when they change)."""
        self.set_text_style(options.text_style)
        rows = self.rows()
        options.metrics = self._metrics
        with gc_paused():  # a frame makes thousands of small objects and no cycles
            paint_timeline(painter, self.data, rows, self.fit(viewport), options, hits, record)

    def render(self, viewport: Viewport, options: PaintOptions, scale: float = 1.0) -> QImage:
        """The timeline as an image of viewport size × `scale` (device pixel ratio)."""
        size = QSize(round(viewport.width * scale), round(viewport.height * scale))
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(scale)
        image.fill(options.theme.background)
        painter = QPainter(image)
        try:
            painter.setClipRect(QRectF(0, 0, viewport.width, viewport.height))
            self.paint(painter, viewport, options)
        finally:
            painter.end()
        return image

    def default_viewport(self, width: float, height: float, today: date | None = None) -> Viewport:
        """2012 to a few years past today, as the window opens."""
        today = today or self.workspace.options.today or date.today()
        vp = self.fit(
            Viewport(
                left_day=date(2012, 1, 1).toordinal(),
                px_per_day=1.0,
                top=0.0,
                width=width,
                height=height,
            )
        )
        return vp.showing(date(2011, 10, 1).toordinal(), date(today.year + 4, 12, 31).toordinal())

    def full_viewport(self, width: float, height: float) -> Viewport:
        vp = self.fit(
            Viewport(
                left_day=self.data.first_day, px_per_day=1.0, top=0.0, width=width, height=height
            )
        )
        span = self.data.last_day - self.data.first_day
        return vp.showing(self.data.first_day - span * 0.01, self.data.last_day + span * 0.01)
