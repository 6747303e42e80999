"""What the floor scene holds: zones as coloured polygons with their names, windows as counters,
the floor's drawing behind them.

Scene units are centimetres (``SCALE`` per metre), so a counter's text has room at any zoom.
A counter's position is its top-left corner before rotation; it turns about its centre. Drags
snap to the scene's grid as they happen (``itemChange``), so what the planner sees is what is
saved. A selected counter shows handles on its right edge, bottom edge and corner: dragging one
resizes it on the grid. Items dragged from the catalog can be dropped on a counter.

A counter too small on screen to read (``PLAIN_BELOW_PX``) is "plain": the scene draws it, with all
the others, as a few filled paths (``FloorScene.drawForeground``) and the item paints nothing, yet it
is still there to click, drag and select. A selected counter, or one a drop hovers over, always
paints itself: its outline and resize handles show at any zoom.
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
    QStyleOptionGraphicsItem,
)

from hallplanner.domain.floorplan import SIZE_RANGE, snap
from hallplanner.gui.catalog.item_model import ITEM_IDS_MIME
from hallplanner.services.floorplan_views import CounterView, Placement, ZoneView

SCALE = 100.0  # scene units per metre
HANDLE = 16.0  # scene units: a resize handle's half size
ZONE_ALPHA_ON_DRAWING = 120  # zones let a floor drawing show through
SELECTED, DROP_TARGET = QColor("#14213d"), QColor("#f2a900")  # apart from every colour a counter can have
BADGE_BLUE = QColor("#1f4e9c")  # the accessibility sign's blue
# Below this many pixels of counter depth on screen no text is legible: the counter is drawn plain
# (the floor as a whole, 1,000 counters at once, stays fluid: benchmarks/floorplan.py).
PLAIN_BELOW_PX = 20  # its number would be under 8 px
NAME_FROM_PX = 32  # its name's characters about 6 px: the least that reads
NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


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


BLOCK_CHANGES = (QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged,
                 QGraphicsItem.GraphicsItemChange.ItemRotationHasChanged)


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
        self._colour: QColor | None = None  # by the scene's colour mode; None: to be asked again
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
        self._colour = None
        self._lay_out_text()
        self.update()

    def _lay_out_text(self) -> None:
        """The fonts and boxes of the counter's text, made once per size rather than once per paint."""
        size, name = self._size, self.counter.name
        self._number_font = QFont()
        self._number_font.setPixelSize(max(int(min(size.height() * 0.42, size.width() * 0.3)), 1))
        self._number_font.setBold(True)
        self._name_font = QFont()
        self._name_font.setPixelSize(max(int(min(size.height() * 0.2, size.width() / max(len(name), 1) * 1.1)), 1))
        self._number_box = QRectF(size.x(), size.y() + 4, size.width(), size.height() * 0.55)
        self._name_box = QRectF(size.x() + 4, size.y() + size.height() * 0.55, size.width() - 8, size.height() * 0.4)

    def colour(self) -> QColor:
        """The counter's colour in the scene's colour mode (kept until the scene recolours)."""
        if self._colour is None:
            scene = self.scene()
            if scene is None:
                return QColor("#6c7a89")
            self._colour = scene.colour_of(self.counter)
        return self._colour

    def recolour(self) -> None:
        self._colour = None
        self.update()

    # Plain drawing, by the scene.

    def depth(self) -> float:
        """The counter's depth in scene units (its shorter side as drawn unturned)."""
        return self._size.height()

    def paints_itself(self) -> bool:
        """Whether it must paint itself at any zoom: selected (outline, handles) or a drop's target."""
        return self.isSelected() or self._drop_target

    def is_plain(self) -> bool:
        return bool(self.flags() & NO_CONTENTS)

    def set_plain(self, plain: bool) -> bool:
        """Drawn by the scene as a plain block or by itself; whether that changed."""
        if plain == self.is_plain():
            return False
        self.setFlag(NO_CONTENTS, plain)
        return True

    def block(self) -> tuple[QColor, QPolygonF, QPolygonF | None]:
        """The counter as a plain block in the scene: colour, outline, and the low counter's blue corner."""
        corner = self._size.height() * 0.4
        badge = (self.mapToScene(QRectF(self._size.right() - corner, self._size.y(), corner, corner))
                 if self.counter.low_counter else None)
        return self.colour(), self.mapToScene(self._size), badge

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
        colour = self.colour()
        depth_px = self._size.height() * QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = self.isSelected()
        outline = SELECTED if selected else DROP_TARGET if self._drop_target else colour.darker(140)
        painter.setPen(QPen(outline, 8 if selected or self._drop_target else 3))
        painter.setBrush(QBrush(colour))
        painter.drawRoundedRect(self._size, 8, 8)
        painter.setPen(QColor("white") if colour.lightnessF() < 0.62 else QColor("#1d1d1d"))
        painter.setFont(self._number_font)
        painter.drawText(self._number_box, Qt.AlignmentFlag.AlignCenter, self.counter.number)
        if depth_px >= NAME_FROM_PX:  # the name only where it can be read
            painter.setFont(self._name_font)
            painter.drawText(self._name_box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             self.counter.name)
        if self.counter.low_counter:  # the accessibility sign's colours: white on blue
            badge = QRectF(self._size.right() - 18, self._size.y() - 18, 38, 38)
            painter.setPen(QPen(QColor("white"), 3))
            painter.setBrush(BADGE_BLUE)
            painter.drawEllipse(badge)
            painter.setPen(QColor("white"))
            font = QFont(self._number_font)
            font.setPixelSize(24)
            painter.setFont(font)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "♿")
        if selected and scene is not None and len(scene.selectedItems()) == 1 and scene.movable:
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
            self._lay_out_text()
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
        scene = self.scene()
        if scene is not None:
            if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
                scene.blocks_changed(self, replan=True)  # a selected counter paints itself
            elif change in BLOCK_CHANGES and self.is_plain():
                scene.blocks_changed(self)
        return super().itemChange(change, value)

    # Items dropped from the catalog.

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        accepted = event.mimeData().hasFormat(ITEM_IDS_MIME) and self.scene().editable
        event.setAccepted(accepted)
        if accepted:
            event.setDropAction(Qt.DropAction.CopyAction)
            self._drop_target = True
            self.scene().blocks_changed(self, replan=True)
            self.update()

    def dragLeaveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self._drop_target = False
        self.scene().blocks_changed(self, replan=True)
        self.update()

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self._drop_target = False
        self.scene().blocks_changed(self, replan=True)
        self.update()
        ids = [int(item_id) for item_id in json.loads(bytes(event.mimeData().data(ITEM_IDS_MIME)).decode())]
        if ids:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.scene().items_dropped.emit(ids, self.window_id)
