"""The timeline's content and state, independent of any widget: which lanes show,
what a selection highlights, and rendering into an image for export and tests."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QImage, QPainter

from planner.app.workspace import Workspace
from planner.domain.engine import ChangeSet, gc_paused
from planner.timeline.data import TimelineData
from planner.timeline.geometry import Row, Viewport, layout_rows
from planner.timeline.painter import Emphasis, Hit, PaintOptions, Selection, paint_timeline


class TimelineScene:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.collapsed: set[str] = set()
        self.hidden: set[str] = set()
        self.show_withdrawn = False
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
        self._rows: list[Row] | None = None

    def view_copy(self) -> TimelineScene:
        """The same data with its own lane state, so an export can show other lanes
        without touching the screen's."""
        twin = object.__new__(TimelineScene)
        twin.workspace = self.workspace
        twin.data = self.data
        twin.collapsed = set(self.collapsed)
        twin.hidden = set(self.hidden)
        twin.show_withdrawn = self.show_withdrawn
        twin._rows = None
        return twin

    def invalidate_rows(self) -> None:
        self._rows = None

    def rows(self) -> list[Row]:
        if self._rows is None:
            lanes = self.data.lanes
            order = self.data.body_order(self.collapsed, self.hidden)
            self._rows = layout_rows([(b, lanes[b].depth, lanes[b].stack) for b in order])
        return self._rows

    def content_height(self) -> float:
        rows = self.rows()
        return rows[-1].top + rows[-1].height if rows else 0.0

    def row_of(self, key: str) -> Row | None:
        return next((r for r in self.rows() if r.key == key), None)

    def labels(self) -> dict[str, str]:
        return {
            b.id: f"{b.id} — {b.name}" if b.name != b.id else b.id
            for b in self.workspace.plan.bodies
        }

    def emphasis(self, selection: Selection | None) -> Emphasis:
        """What a selection highlights: its provenance (decisions ↔ requirements)."""
        em = Emphasis()
        if selection is None:
            return em
        result = self.data.result
        if selection.kind == "decision":
            sym = str(selection.key)
            em.decisions.add(sym)
            for r in result.requirements:
                if sym in r.mandated_by:
                    em.requirements.add(r.key)
                    em.sessions.add(r.session)
        elif selection.kind == "requirement":
            r = self.data.by_key.get(selection.key)  # type: ignore[arg-type]
            if r is not None:
                em.requirements.add(r.key)
                em.sessions.add(r.session)
                em.decisions.update(r.mandated_by)
        elif selection.kind == "session":
            sid = str(selection.key)
            em.sessions.add(sid)
            for r in result.requirements:
                if r.session == sid:
                    em.requirements.add(r.key)
                    em.decisions.update(r.mandated_by)
        elif selection.kind == "event":
            em.events.add(str(selection.key))
        return em

    def paint_options(
        self, selection: Selection | None = None, today: date | None = None
    ) -> PaintOptions:
        opts = self.workspace.options
        return PaintOptions(
            today=today or opts.today or date.today(),
            as_of=opts.as_of,
            selection=selection,
            emphasis=self.emphasis(selection),
            labels=self.labels(),
            collapsed=set(self.collapsed),
        )

    def paint(
        self,
        painter: QPainter,
        viewport: Viewport,
        options: PaintOptions,
        hits: list[Hit] | None = None,
    ) -> None:
        paint_timeline(painter, self.data, self.rows(), viewport, options, hits)

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
        vp = Viewport(
            left_day=date(2012, 1, 1).toordinal(),
            px_per_day=1.0,
            top=0.0,
            width=width,
            height=height,
        )
        return vp.showing(date(2011, 10, 1).toordinal(), date(today.year + 4, 12, 31).toordinal())

    def full_viewport(self, width: float, height: float) -> Viewport:
        vp = Viewport(
            left_day=self.data.first_day, px_per_day=1.0, top=0.0, width=width, height=height
        )
        span = self.data.last_day - self.data.first_day
        return vp.showing(self.data.first_day - span * 0.01, self.data.last_day + span * 0.01)
