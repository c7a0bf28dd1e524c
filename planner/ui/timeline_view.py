"""The timeline widget: navigation, selection, tooltips. Painting is `planner.timeline`."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QMenu, QToolTip, QWidget

from planner.timeline.geometry import Viewport
from planner.timeline.painter import (
    BadgeKey,
    DecisionSel,
    EventSel,
    Hit,
    Hits,
    PaintOptions,
    RequirementSel,
    Selection,
    SessionSel,
    hit_selection,
)
from planner.timeline.scene import TimelineScene
from planner.timeline.style import LIGHT, Theme
from planner.ui.facts import tooltip_html
from planner.ui.i18n import month_names
from planner.ui.session_card import SessionCard

ZOOM_STEP = 1.25
DRAG_THRESHOLD = 4


class TimelineView(QAbstractScrollArea):
    """Ctrl+wheel or pinch zooms about the cursor; wheel scrolls (Shift+wheel sideways);
    drag pans; + − zoom, Home = 2012, T = today, F = fit all; Tab and the arrow keys move
    the selection from item to item."""

    selectionChanged = Signal(object)  # Selection | None
    activated = Signal(object)  # Selection (double click / Enter)
    painted = Signal()  # after the first frame is on screen

    def __init__(
        self, scene: TimelineScene, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.scene = scene
        self.today = today or scene.workspace.options.today or date.today()
        self.theme: Theme = LIGHT
        self.selection: Selection | None = None
        self.flash: set[tuple[str, str]] = set()
        self._hits: Hits = []
        self._press: QPoint | None = None
        self._dragging = False
        self._painted_once = False
        self._meeting = False  # meeting mode: read-only, ←/→ walk the sessions
        self.card: SessionCard | None = None
        self.viewport().setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setAccessibleName("Timeline")
        # time runs left to right in every language; labels follow the language
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.vp = scene.default_viewport(
            max(400, self.viewport().width()), max(300, self.viewport().height()), self.today
        )
        self._navigated = False  # until the user moves, resizing keeps the opening range
        self.horizontalScrollBar().valueChanged.connect(self._scrolled_x)
        self.verticalScrollBar().valueChanged.connect(self._scrolled_y)
        self._flash_timer = QTimer(self, singleShot=True, interval=3000)
        self._flash_timer.timeout.connect(self._end_flash)
        self._sync_scrollbars()

    # --- state ------------------------------------------------------------------

    @property
    def meeting(self) -> bool:
        return self._meeting

    @meeting.setter
    def meeting(self, on: bool) -> None:
        """Meeting mode: read-only, ← → walk the sessions, each shown on a card."""
        self._meeting = on
        if on and self.card is None:
            self.card = SessionCard(self.viewport())
        if self.card is not None:
            self._update_card()

    def set_viewport(self, vp: Viewport) -> None:
        self._navigated = True
        max_top = max(0.0, self.scene.content_height() - (vp.height - vp.axis_height))
        self.vp = replace(vp, top=min(max(0.0, vp.top), max_top))
        self._sync_scrollbars()
        self.viewport().update()

    def _sync_scrollbars(self) -> None:
        data, vp = self.scene.data, self.vp
        h = self.horizontalScrollBar()
        lo = int((data.first_day - 400 - data.first_day) * vp.px_per_day)
        span = int((data.last_day + 400 - data.first_day) * vp.px_per_day)
        h.blockSignals(True)
        h.setRange(lo, max(lo, span - int(vp.content_width)))
        h.setPageStep(int(vp.content_width))
        h.setSingleStep(40)
        h.setValue(int((vp.left_day - data.first_day) * vp.px_per_day))
        h.blockSignals(False)
        v = self.verticalScrollBar()
        v.blockSignals(True)
        page = int(vp.height - vp.axis_height)
        v.setRange(0, max(0, int(self.scene.content_height()) - page))
        v.setPageStep(page)
        v.setSingleStep(24)
        v.setValue(int(vp.top))
        v.blockSignals(False)

    def _scrolled_x(self, value: int) -> None:
        self.vp = replace(self.vp, left_day=self.scene.data.first_day + value / self.vp.px_per_day)
        self.viewport().update()

    def _scrolled_y(self, value: int) -> None:
        self.vp = replace(self.vp, top=float(value))
        self.viewport().update()

    def refresh(self, *, flash: set[tuple[str, str]] | None = None) -> None:
        """The scene's data changed (recalculation, lanes shown/hidden)."""
        if self.selection is not None and not self._exists(self.selection):
            self.set_selection(None)
        if flash:
            self.flash = set(flash)
            self._flash_timer.start()
        self._sync_scrollbars()
        self.viewport().update()

    def _end_flash(self) -> None:
        self.flash = set()
        self.viewport().update()

    def _exists(self, sel: Selection) -> bool:
        data = self.scene.data
        cal = self.scene.workspace.engine.calendar
        match sel:
            case RequirementSel():
                return sel.key in data.by_key
            case DecisionSel(symbol):
                return any(d.symbol == symbol for d in data.plan.decisions)
            case SessionSel(sid):
                return sid in cal.sessions
            case EventSel(eid):
                return eid in cal.events
        return False

    # --- painting ---------------------------------------------------------------

    def paint_options(self) -> PaintOptions:
        opt = self.scene.paint_options(self.selection, self.today)
        opt.theme = self.theme
        opt.flash = self.flash
        opt.month_names = month_names()
        opt.lane_titles = (self.tr("Events"), self.tr("Decisions"))
        opt.font_family = self.font().family()
        opt.base_point_size = self.font().pointSizeF()
        if self._meeting:  # never under the sizes a room needs, whatever the system font
            opt.base_point_size = max(9.0, opt.base_point_size)
        return opt

    def paintEvent(self, event: QEvent) -> None:
        options = self.paint_options()
        self.scene.set_text_style(options.text_style)
        self.vp = self.scene.fit(self.vp)  # the header widens with the lanes' names
        painter = QPainter(self.viewport())
        hits: Hits = []
        self.scene.paint(painter, self.vp, options, hits)
        painter.end()
        self._hits = hits
        if not self._painted_once:
            self._painted_once = True
            QTimer.singleShot(0, self.painted.emit)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        size = self.viewport().size()
        if self._navigated:
            self.vp = self.vp.resized(size.width(), size.height())
        else:
            self.vp = self.scene.default_viewport(size.width(), size.height(), self.today)
        self._sync_scrollbars()
        if self.card is not None and self.card.isVisible():
            self.card.place()

    # --- navigation ---------------------------------------------------------------

    def zoom(self, factor: float, about_x: float | None = None) -> None:
        self.set_viewport(self.vp.zoomed(factor, about_x))

    def show_days(self, first: float, last: float) -> None:
        self.set_viewport(self.vp.showing(first, last))

    def centre_on(self, day: float) -> None:
        self.set_viewport(self.vp.centred_on(day))

    def go_home(self) -> None:
        self.set_viewport(replace(self.vp, left_day=date(2012, 1, 1).toordinal() - 30))

    def go_today(self) -> None:
        self.centre_on(self.today.toordinal())

    def fit_all(self) -> None:
        self.set_viewport(self.scene.full_viewport(self.vp.width, self.vp.height))

    def ensure_visible(self, sel: Selection) -> None:
        """Scroll so the item is on screen (centring it when it is not)."""
        day, lane = self._place_of(sel)
        if day is not None and not (self.vp.left_day + 5 < day < self.vp.right_day - 5):
            self.centre_on(day)
        if lane is not None:
            row = self.scene.row_of(lane)
            if row is not None:
                visible_h = self.vp.height - self.vp.axis_height
                if row.top < self.vp.top or row.top + row.height > self.vp.top + visible_h:
                    self.set_viewport(replace(self.vp, top=row.top - visible_h / 3))

    def _place_of(self, sel: Selection) -> tuple[float | None, str | None]:
        data = self.scene.data
        cal = self.scene.workspace.engine.calendar
        match sel:
            case RequirementSel():
                r = data.by_key.get(sel.key)
                return (r.session_start.toordinal(), r.body) if r else (None, None)
            case SessionSel(sid):
                s = cal.sessions.get(sid)
                return (s.start.toordinal(), s.body) if s else (None, None)
            case DecisionSel(symbol):
                d = next((d for d in data.plan.decisions if d.symbol == symbol), None)
                return (d.adopted.toordinal(), "decisions") if d else (None, None)
            case EventSel(eid):
                e = cal.events.get(eid)
                return (e.start.toordinal(), "events") if e else (None, None)
        return None, None

    def set_selection(self, sel: Selection | None, *, reveal: bool = False) -> None:
        if sel == self.selection:
            return
        self.selection = sel
        if sel is not None and reveal:
            self.ensure_visible(sel)
        self._update_card()
        self.viewport().update()
        self.selectionChanged.emit(sel)

    def _update_card(self) -> None:
        card, sel = self.card, self.selection
        if card is None:
            return
        if self._meeting and isinstance(sel, SessionSel):
            card.show_session(self.scene, sel.id)
        else:
            card.hide()

    # --- input ---------------------------------------------------------------------

    def hit_at(self, pos: QPointF) -> Hit | None:
        x, y = pos.x(), pos.y()
        for row in reversed(self._hits):  # the last drawn is on top
            if row[0] <= x <= row[2] and row[1] <= y <= row[3]:
                return Hit(*row)
        return None

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = delta.y() / 120.0
            if steps:
                self.zoom(ZOOM_STEP**steps, event.position().x())
            event.accept()
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier or delta.x():
            dx = delta.x() or delta.y()
            self.set_viewport(
                replace(self.vp, left_day=self.vp.left_day - dx / 120 * 60 / self.vp.px_per_day)
            )
        else:
            self.set_viewport(replace(self.vp, top=self.vp.top - delta.y() / 120 * 48))
        event.accept()

    def event(self, event: QEvent) -> bool:
        if (
            isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.zoom(1.0 + event.value(), event.position().x())
            return True
        if (  # Tab would move the focus out of the view: here it walks the items
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            self.keyPressEvent(event)
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self._press_vp = self.vp
            self._dragging = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            d = pos.toPoint() - self._press
            if self._dragging or d.manhattanLength() > DRAG_THRESHOLD:
                self._dragging = True
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
                start = self._press_vp
                self.set_viewport(
                    replace(
                        start,
                        left_day=start.left_day - d.x() / start.px_per_day,
                        top=start.top - d.y(),
                    )
                )
            return
        hit = self.hit_at(pos)
        what = _hovered(hit)
        if what is not None:
            QToolTip.showText(
                event.globalPosition().toPoint(),
                tooltip_html(self.scene, what),
                self.viewport(),
            )
        else:
            QToolTip.hideText()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if not self._dragging:
                self._click(event.position())
            self._press = None
            self._dragging = False
            self.viewport().unsetCursor()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.meeting:
            return
        hit = self.hit_at(event.position())
        sel = hit_selection(hit) if hit is not None else None
        if sel is not None:
            self.activated.emit(sel)

    def _click(self, pos: QPointF) -> None:
        hit = self.hit_at(pos)
        if hit is None:
            self.set_selection(None)
        elif hit.kind == "twisty":
            self.toggle_collapsed(str(hit.key))
        elif hit.kind == "lane":
            return
        elif isinstance(hit.key, BadgeKey):  # a badge's hit holds one
            self.show_badge_list(hit.key, pos)
        else:
            self.set_selection(hit_selection(hit))

    def show_badge_list(self, key: BadgeKey, pos: QPointF) -> QMenu:
        """The reports a "+N" badge counts, as a menu: choosing one selects it."""
        menu = QMenu(self)
        menu.setObjectName("badgeMenu")
        for q in self.scene.badge_requirements(key):
            action = menu.addAction(f"{q.short_title or q.report} — {q.session_name}")
            action.setToolTip(q.title)
            action.triggered.connect(
                lambda _checked=False, k=q.key: self.set_selection(RequirementSel(*k), reveal=True)
            )
        self.badge_menu = menu
        menu.popup(self.viewport().mapToGlobal(pos.toPoint()))
        return menu

    def toggle_collapsed(self, body: str) -> None:
        if body in self.scene.collapsed:
            self.scene.collapsed.discard(body)
        else:
            self.scene.collapsed.add(body)
        self.scene.invalidate_rows()
        self.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text()
        if text in ("+", "=") or key == Qt.Key.Key_Plus:
            self.zoom(ZOOM_STEP)
        elif text in ("-", "_") or key == Qt.Key.Key_Minus:
            self.zoom(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_Home:
            self.go_home()
        elif key == Qt.Key.Key_T and not event.modifiers():
            self.go_today()
        elif key == Qt.Key.Key_F and not event.modifiers():
            self.fit_all()
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.step_selection(
                -1
                if key == Qt.Key.Key_Backtab
                or event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                else 1
            )
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.meeting:
            self.step_session(-1 if key == Qt.Key.Key_Left else 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            if self.selection is None:
                self.set_viewport(
                    replace(self.vp, left_day=self.vp.left_day + step * 80 / self.vp.px_per_day)
                )
            else:
                self.step_selection(step, same_lane=True)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            if self.selection is None:
                self.set_viewport(replace(self.vp, top=self.vp.top + step * 40))
            else:
                self.step_lane(step)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selection is not None:
            self.activated.emit(self.selection)
        elif key == Qt.Key.Key_Escape:
            self.set_selection(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # --- moving the selection ---------------------------------------------------------

    def _ordered(self, lane: str | None = None) -> list[tuple[int, str, Selection]]:
        """Selectable items in time order (optionally only one lane's)."""
        data = self.scene.data
        items: list[tuple[int, str, Selection]] = []
        if lane in (None, "decisions"):
            items += [
                (d.adopted.toordinal(), "decisions", DecisionSel(d.symbol))
                for d in data.decisions.items
            ]
        if lane in (None, "events"):
            items += [(e.start.toordinal(), "events", EventSel(e.id)) for e in data.events.items]
        shown = {r.key for r in self.scene.rows()}
        for r in data.result.requirements:
            if (lane is None and r.body in shown) or lane == r.body:
                items.append((r.session_start.toordinal(), r.body, RequirementSel(*r.key)))
        items.sort(key=lambda t: (t[0], t[1], str(t[2].key)))
        return items

    def step_selection(self, step: int, *, same_lane: bool = False) -> None:
        lane = None
        if same_lane and self.selection is not None:
            lane = self._place_of(self.selection)[1]
        items = self._ordered(lane)
        if not items:
            return
        if self.selection is None:
            visible = [t for t in items if t[0] >= self.vp.left_day]
            target = (visible or items)[0][2]
        else:
            idx = next((i for i, t in enumerate(items) if t[2] == self.selection), None)
            if idx is None:
                target = items[0][2]
            else:
                target = items[max(0, min(len(items) - 1, idx + step))][2]
        self.set_selection(target, reveal=True)

    def step_session(self, step: int) -> None:
        """Meeting mode: the previous or next session that has reports due, centred."""
        data = self.scene.data
        shown = {r.key for r in self.scene.rows()}
        sessions = sorted(
            (
                s
                for b, lane in data.lanes.items()
                if b in shown
                for s in lane.sessions
                if s.id in lane.requirements
            ),
            key=lambda s: (s.start, s.body, s.id),
        )
        if not sessions:
            return
        current = self.selection.id if isinstance(self.selection, SessionSel) else None
        ids = [s.id for s in sessions]
        if current in ids:
            i = max(0, min(len(ids) - 1, ids.index(current) + step))
        else:
            centre = self.vp.day_at(self.vp.header_width + self.vp.content_width / 2)
            later = [k for k, s in enumerate(sessions) if s.start.toordinal() >= centre]
            first_later = later[0] if later else len(ids)
            i = min(first_later, len(ids) - 1) if step > 0 else max(0, first_later - 1)
        self.set_selection(SessionSel(ids[i]))
        self.centre_on(sessions[i].start.toordinal())

    def step_lane(self, step: int) -> None:
        """Move to the nearest item in time in the lane above or below."""
        if self.selection is None:
            return
        day, lane = self._place_of(self.selection)
        keys = [r.key for r in self.scene.rows()]
        if lane not in keys or day is None:
            return
        i = keys.index(lane) + step
        while 0 <= i < len(keys):
            candidates = self._ordered(keys[i])
            if candidates:
                best = min(candidates, key=lambda t: abs(t[0] - day))
                self.set_selection(best[2], reveal=True)
                return
            i += step


def _hovered(hit: Hit | None) -> Selection | BadgeKey | None:
    """What a tooltip describes at a hit: an item or a "+N" badge (not a lane or twisty)."""
    if hit is not None and isinstance(hit.key, BadgeKey):
        return hit.key
    return hit_selection(hit) if hit is not None else None
