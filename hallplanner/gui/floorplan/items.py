"""What the floor scene holds: zones as coloured polygons with their names, windows as counters,
the floor's drawing behind them.

Scene units are centimetres (``SCALE`` per metre), so a counter's text has room at any zoom.
A counter's position is its top-left corner before rotation; it turns about its centre. Drags
snap to the scene's grid as they happen (``itemChange``), so what the planner sees is what is
saved. A selected counter shows handles on its right edge, bottom edge and corner: dragging one
resizes it on the grid. Items dragged from the catalog can be dropped on a counter.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsPolygonItem,
    QGraphicsSceneDragDropEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
)

from hallplanner.domain.floorplan import SIZE_RANGE, snap
from hallplanner.gui.catalog.item_model import ITEM_IDS_MIME
from hallplanner.services.floorplan_views import CounterView, Placement, ZoneView

SCALE = 100.0  # scene units per metre
HANDLE = 16.0  # scene units: a resize handle's half size
ZONE_ALPHA_ON_DRAWING = 120  # zones let a floor drawing show through
SELECTED, DROP_TARGET = QColor("#14213d"), QColor("#f2a900")  # apart from every colour a counter can have


def to_scene(metres: float) -> float:
    return metres * SCALE


def to_metres(units: float, grid: float) -> float:
    return snap(units / SCALE, grid)


class ZoneItem(QGraphicsPolygonItem):
    def __init__(self, zone: ZoneView, over_drawing: bool = False) -> None:
        super().__init__(QPolygonF([QPointF(to_scene(x), to_scene(y)) for x, y in zone.polygon]))
        self.zone = zone
        colour = QColor(zone.colour)
        fill = QColor(colour)
        if over_drawing:
            fill.setAlpha(ZONE_ALPHA_ON_DRAWING)
        self.setBrush(QBrush(fill))
        self.setPen(QPen(colour.darker(135), 4))
        self.setZValue(-10)
        self.setToolTip(f"{zone.name}({zone.kind.label})")
        self.title = QGraphicsSimpleTextItem(zone.name, self)
        font = QFont()
        font.setPixelSize(46)  # no synthetic bold: it smudges Chinese glyphs
        self.title.setFont(font)
        self.title.setPen(QPen(Qt.PenStyle.NoPen))
        self.title.setBrush(QBrush(colour.darker(260)))
        self.title.setPos(self.polygon().boundingRect().topLeft() + QPointF(20, 12))


class CounterItem(QGraphicsObject):
    """One window: a desk in its colour (by the page's colour mode), its number large, its name below."""

    def __init__(self, counter: CounterView) -> None:
        super().__init__()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setCursor(Qt.CursorShape.SizeAllCursor)
        self.setAcceptDrops(True)
        self.setAcceptHoverEvents(True)
        self.counter = counter
        self._resizing: tuple[bool, bool] | None = None  # (width, depth) while a handle is dragged
        self._drop_target = False
        self._placing = False
        self.show_counter(counter)

    @property
    def window_id(self) -> int:
        return self.counter.id

    def grid(self) -> float:
        return self.scene().grid if self.scene() is not None else 0.1

    def show_counter(self, counter: CounterView, *, move: bool = True) -> None:
        """Take the counter's fresh row; ``move=False`` keeps where the planner has it (edits pending)."""
        self.prepareGeometryChange()
        self.counter = counter
        placement = counter.placement
        if move:  # with edits pending, the size the planner gave stays too
            self._size = QRectF(0, 0, to_scene(placement.width), to_scene(placement.height))
        self.setTransformOriginPoint(self._size.center())
        if move:
            self.setRotation(placement.rotation)
            self._placing = True  # where the database has it, on the grid or not (aligned, distributed)
            self.setPos(to_scene(placement.x), to_scene(placement.y))
            self._placing = False
        self.setToolTip(f"{counter.label}\n{counter.department or counter.domain}")
        self.update()

    def placement(self) -> Placement:
        """Where the item stands now and its size, in metres (to the millimetre)."""
        return Placement(round(self.pos().x() / SCALE, 3), round(self.pos().y() / SCALE, 3),
                         round(self._size.width() / SCALE, 3), round(self._size.height() / SCALE, 3),
                         self.rotation() % 360)

    def boundingRect(self) -> QRectF:
        return self._size.adjusted(-HANDLE - 6, -22, HANDLE + 22, HANDLE + 6)  # badge top-right, handles

    # Painting.

    def paint(self, painter: QPainter, option, widget=None) -> None:
        scene = self.scene()
        colour = scene.colour_of(self.counter) if scene is not None else QColor("#6c7a89")
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = self.isSelected()
        outline = SELECTED if selected else DROP_TARGET if self._drop_target else colour.darker(140)
        painter.setPen(QPen(outline, 8 if selected or self._drop_target else 3))
        painter.setBrush(QBrush(colour))
        painter.drawRoundedRect(self._size, 8, 8)
        text = QColor("white") if colour.lightnessF() < 0.62 else QColor("#1d1d1d")
        painter.setPen(text)
        font = QFont()
        font.setPixelSize(max(int(min(self._size.height() * 0.42, self._size.width() * 0.3)), 1))
        font.setBold(True)
        painter.setFont(font)
        number_box = QRectF(self._size.x(), self._size.y() + 4, self._size.width(), self._size.height() * 0.55)
        painter.drawText(number_box, Qt.AlignmentFlag.AlignCenter, self.counter.number)
        font.setBold(False)
        font.setPixelSize(max(int(min(self._size.height() * 0.2,
                                      self._size.width() / max(len(self.counter.name), 1) * 1.1)), 1))
        painter.setFont(font)
        name_box = QRectF(self._size.x() + 4, self._size.y() + self._size.height() * 0.55, self._size.width() - 8,
                          self._size.height() * 0.4)
        painter.drawText(name_box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.counter.name)
        if self.counter.low_counter:  # the accessibility sign's colours: white on blue
            badge = QRectF(self._size.right() - 18, self._size.y() - 18, 38, 38)
            painter.setPen(QPen(QColor("white"), 3))
            painter.setBrush(QColor("#1f4e9c"))
            painter.drawEllipse(badge)
            painter.setPen(QColor("white"))
            font.setPixelSize(24)
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "♿")
        if selected and len(scene.selectedItems()) == 1 and scene.movable:
            painter.setPen(QPen(QColor("#1d1d1d"), 2))
            painter.setBrush(QColor("#f2a900"))
            for handle in self._handles().values():
                painter.drawRect(handle)

    def _handles(self) -> dict[tuple[bool, bool], QRectF]:
        """The resize handles, by what they change: (width, depth)."""
        rect = self._size
        square = QRectF(-HANDLE, -HANDLE, 2 * HANDLE, 2 * HANDLE)
        return {(True, False): square.translated(rect.right(), rect.center().y()),
                (False, True): square.translated(rect.center().x(), rect.bottom()),
                (True, True): square.translated(rect.right(), rect.bottom())}

    def handle_at(self, point: QPointF) -> tuple[bool, bool] | None:
        """Which handle (in item coordinates) is under ``point``, when the counter shows them."""
        if not self.isSelected() or len(self.scene().selectedItems()) != 1 or not self.scene().movable:
            return None
        return next((kind for kind, rect in self._handles().items() if rect.contains(point)), None)

    # Resizing with the handles; moving is Qt's, snapped in ``itemChange``.

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._resizing = self.handle_at(event.pos()) if event.button() == Qt.MouseButton.LeftButton else None
        if self._resizing is not None:
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._resizing is None:
            super().mouseMoveEvent(event)
            return
        grid, (low, high) = self.grid(), SIZE_RANGE
        width, depth = self._resizing
        size = QRectF(self._size)
        if width:
            size.setWidth(to_scene(min(max(to_metres(event.pos().x(), grid), low), high)))
        if depth:
            size.setHeight(to_scene(min(max(to_metres(event.pos().y(), grid), low), high)))
        if size != self._size:
            self.prepareGeometryChange()
            # A counter turns about its centre, which moves as it grows: shift it so that the corner
            # opposite the handle stays where it is on the floor, turned or not.
            delta = size.center() - self._size.center()
            self._size = size
            self._placing = True
            self.setTransformOriginPoint(size.center())
            self.setPos(self.pos() - (delta - QTransform().rotate(self.rotation()).map(delta)))
            self._placing = False
            self.update()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._resizing is not None:
            self._resizing = None
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and not self._placing:
            grid = self.grid()
            return QPointF(to_scene(to_metres(value.x(), grid)), to_scene(to_metres(value.y(), grid)))
        return super().itemChange(change, value)

    # Items dropped from the catalog.

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        accepted = event.mimeData().hasFormat(ITEM_IDS_MIME) and self.scene().editable
        event.setAccepted(accepted)
        if accepted:
            event.setDropAction(Qt.DropAction.CopyAction)
            self._drop_target = True
            self.update()

    def dragLeaveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self._drop_target = False
        self.update()

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self._drop_target = False
        self.update()
        ids = [int(item_id) for item_id in json.loads(bytes(event.mimeData().data(ITEM_IDS_MIME)).decode())]
        if ids:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.scene().items_dropped.emit(ids, self.window_id)
