"""The legend on screen: the very drawing under every export (`draw_legend`), in a dock,
reflowed to the dock's width; it scrolls rather than push into the docks below."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget

from planner.timeline.legend import draw_legend, legend_height
from planner.timeline.painter import make_font
from planner.timeline.style import LIGHT, Theme

LEGEND_SCALE = 0.95  # as under an export


class LegendPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legendPanel")
        self.theme: Theme = LIGHT
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAutoFillBackground(False)

    def legend_font(self) -> QFont:
        return make_font(self.font().family(), self.font().pointSizeF(), self.theme, LEGEND_SCALE)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(legend_height(width, self.legend_font()) + 0.999)

    def sizeHint(self) -> QSize:
        return QSize(320, self.heightForWidth(320))

    def minimumSizeHint(self) -> QSize:
        # a short dock scrolls (see `legend_scroller`): a legend as tall as its narrowest
        # reflow would push the right-hand docks over the bottom ones at 1366x768
        return QSize(160, 0)

    def paint_into(self, painter: QPainter, width: float, height: float) -> None:
        painter.fillRect(QRectF(0, 0, width, height), self.theme.background)
        draw_legend(painter, QRectF(0, 0, width, height), self.theme, self.legend_font())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.paint_into(painter, self.width(), self.height())
        painter.end()


def legend_scroller(panel: LegendPanel) -> QScrollArea:
    """The legend in a vertical scroller, reflowed to the scroller's width."""
    area = QScrollArea()
    area.setObjectName("legendScroller")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(panel)
    return area
