"""The floor drawn to scale: zones as coloured polygons with their names, windows as counters.

Scene units are centimetres (``SCALE`` per metre), so a counter's text has room at any zoom.
A counter's position is its top-left corner before rotation; it turns about its centre. Drags
snap to the 0.1 m grid as they happen (``itemChange``), so what the planner sees is what is saved.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QStyleOptionGraphicsItem,
    QGraphicsObject,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from hallplanner.domain.floorplan import snap
from hallplanner.services.floorplan_views import CounterView, Placement, ZoneView

SCALE = 100.0  # scene units per metre
# Below this many pixels of counter depth on screen no text is legible: a counter is drawn as a plain
# block (the floor as a whole, 1,000 counters at once, stays fluid: benchmarks/floorplan.py).
PLAIN_BELOW_PX = 20  # its number would be under 8 px
NAME_FROM_PX = 32  # its name's characters about 6 px: the least that reads
BADGE_BLUE, HIGHLIGHT = QColor("#1f4e9c"), QColor("#f2a900")
def counter_colour(counter: CounterView) -> QColor:
    """The counter's colour, as the exported plan draws it (``CounterView.colour``)."""
    return QColor(counter.colour)


def to_scene(metres: float) -> float:
    return metres * SCALE


def to_metres(units: float) -> float:
    return snap(units / SCALE)


class ZoneItem(QGraphicsPolygonItem):
    def __init__(self, zone: ZoneView) -> None:
        super().__init__(QPolygonF([QPointF(to_scene(x), to_scene(y)) for x, y in zone.polygon]))
        self.zone = zone
        colour = QColor(zone.colour)
        self.setBrush(QBrush(colour))
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
    """One window: a desk in its domain's colour, its number large, its name below."""

    def __init__(self, counter: CounterView) -> None:
        super().__init__()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setCursor(Qt.CursorShape.SizeAllCursor)
        self.counter = counter
        self.show_counter(counter)

    @property
    def window_id(self) -> int:
        return self.counter.id

    def set_plain(self, plain: bool) -> bool:
        """Drawn by the scene as a plain block (too small to read) or by itself; whether that changed.
        A plain counter is still there to click, drag and select: only its painting is the scene's."""
        if plain == bool(self.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents):
            return False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, plain)
        return True

    def block(self) -> tuple[QColor, QPolygonF, QPolygonF | None]:
        """The counter as a plain block in the scene: colour, outline, and the low counter's blue corner."""
        corner = self._size.height() * 0.4
        badge = (self.mapToScene(QRectF(self._size.right() - corner, self._size.y(), corner, corner))
                 if self.counter.low_counter else None)
        return (HIGHLIGHT if self.isSelected() else self._colour), self.mapToScene(self._size), badge

    def show_counter(self, counter: CounterView, *, move: bool = True) -> None:
        """Take the counter's fresh row; ``move=False`` keeps where the planner has it (edits pending)."""
        self.prepareGeometryChange()
        self.counter = counter
        placement = counter.placement
        self._size = QRectF(0, 0, to_scene(placement.width), to_scene(placement.height))
        self.setTransformOriginPoint(self._size.center())
        if move:
            self.setRotation(placement.rotation)
            self.setPos(to_scene(placement.x), to_scene(placement.y))
        self.setToolTip(f"{counter.label}\n{counter.department or counter.domain}")
        # What every paint needs, made once per counter rather than once per frame.
        self._colour = counter_colour(counter)
        self._edge = self._colour.darker(140)
        self._number_font = QFont()
        self._number_font.setPixelSize(max(1, int(min(self._size.height() * 0.42, self._size.width() * 0.3))))
        self._number_font.setBold(True)
        self._name_font = QFont()
        self._name_font.setPixelSize(max(1, int(min(self._size.height() * 0.2,
                                                    self._size.width() / max(len(counter.name), 1) * 1.1))))
        self._number_box = QRectF(self._size.x(), self._size.y() + 4, self._size.width(), self._size.height() * 0.55)
        self._name_box = QRectF(self._size.x() + 4, self._size.y() + self._size.height() * 0.55,
                                self._size.width() - 8, self._size.height() * 0.4)
        self.update()

    def placement(self) -> Placement:
        """Where the item stands now, in metres on the grid."""
        placement = self.counter.placement
        return Placement(to_metres(self.pos().x()), to_metres(self.pos().y()), placement.width, placement.height,
                         self.rotation() % 360)

    def depth(self) -> float:
        """The counter's depth in scene units (its shorter side as drawn unturned)."""
        return self._size.height()

    def boundingRect(self) -> QRectF:
        return self._size.adjusted(-6, -22, 22, 6)  # the low-counter badge sits on the top-right corner

    def paint(self, painter: QPainter, option, widget=None) -> None:
        depth_px = self._size.height() * QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(HIGHLIGHT, 8) if self.isSelected() else QPen(self._edge, 3))
        painter.setBrush(QBrush(self._colour))
        painter.drawRoundedRect(self._size, 8, 8)
        painter.setPen(QColor("white"))
        painter.setFont(self._number_font)
        painter.drawText(self._number_box, Qt.AlignmentFlag.AlignCenter, self.counter.number)
        if depth_px >= NAME_FROM_PX:  # the name only where it can be read
            painter.setFont(self._name_font)
            painter.drawText(self._name_box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.counter.name)
        if self.counter.low_counter:  # the accessibility sign's colours: white on blue
            badge = QRectF(self._size.right() - 18, self._size.y() - 18, 38, 38)
            painter.setPen(QPen(QColor("white"), 3))
            painter.setBrush(BADGE_BLUE)
            painter.drawEllipse(badge)
            painter.setPen(QColor("white"))
            font = QFont(self._name_font)
            font.setPixelSize(24)
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "♿")

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange:
            return QPointF(to_scene(to_metres(value.x())), to_scene(to_metres(value.y())))  # on the grid
        if change in BLOCK_CHANGES and isinstance(self.scene(), FloorScene):
            self.scene().blocks_changed()
        return super().itemChange(change, value)


BLOCK_CHANGES = (QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged,
                 QGraphicsItem.GraphicsItemChange.ItemRotationHasChanged,
                 QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged)


class FloorScene(QGraphicsScene):
    """Zones and counters of one floor; counters keep their identity (and selection) across refreshes."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.counters: dict[int, CounterItem] = {}
        self.zones: list[ZoneItem] = []
        self.outline: QGraphicsRectItem | None = None
        self.setBackgroundBrush(QColor("#e9e9e4"))
        self._scale: float | None = None  # the zoom the counters' plainness was decided at
        self._blocks: list[tuple[QColor, QPainterPath]] | None = None

    # Counters too small to read are drawn by the scene, a few paths in all, not one call per counter:
    # the whole floor of 1,000 counters then draws as fast as bare rectangles (benchmarks/floorplan.py).

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        scale = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if scale != self._scale:
            self._scale = scale
            changed = [item.set_plain(item.depth() * scale < PLAIN_BELOW_PX) for item in self.counters.values()]
            if any(changed):  # every counter decided first: no short cut
                self._blocks = None
        super().drawBackground(painter, rect)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        if self._blocks is None:
            self._blocks = self._block_paths()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # blocks a few pixels big: crisp and fast
        for colour, path in self._blocks:
            painter.fillPath(path, colour)
        painter.restore()
        super().drawForeground(painter, rect)

    def blocks_changed(self) -> None:
        self._blocks = None

    def _block_paths(self) -> list[tuple[QColor, QPainterPath]]:
        paths: dict[str, tuple[QColor, QPainterPath]] = {}
        badges = QPainterPath()
        for item in self.counters.values():
            if not item.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents:
                continue
            colour, outline, badge = item.block()
            paths.setdefault(colour.name(), (colour, QPainterPath()))[1].addPolygon(outline)
            if badge is not None:
                badges.addPolygon(badge)
        return [*paths.values(), (BADGE_BLUE, badges)]

    def show_layout(self, zones: tuple[ZoneView, ...], counters: tuple[CounterView, ...], *, move: bool = True) -> None:
        for item in self.zones:
            self.removeItem(item)
        self.zones = [ZoneItem(zone) for zone in zones]
        for item in self.zones:
            self.addItem(item)
        fresh = {counter.id: counter for counter in counters}
        for window_id in set(self.counters) - set(fresh):
            self.removeItem(self.counters.pop(window_id))
        for window_id, counter in fresh.items():
            item = self.counters.get(window_id)
            if item is None:
                self.counters[window_id] = item = CounterItem(counter)
                self.addItem(item)
            else:
                item.show_counter(counter, move=move)
        self._scale, self._blocks = None, None  # decided afresh at the next paint
        self._draw_outline()

    def _draw_outline(self) -> None:
        """The hall: a wall around what the floor holds, 1 m clear of it (no outline is stored yet)."""
        if self.outline is not None:
            self.removeItem(self.outline)
            self.outline = None
        parts = [item.sceneBoundingRect() for item in (*self.zones, *self.counters.values())]
        if not parts:
            return
        bounds = parts[0]
        for part in parts[1:]:
            bounds = bounds.united(part)
        hall = bounds.adjusted(-SCALE, -SCALE, SCALE, SCALE)
        self.outline = self.addRect(hall, QPen(QColor("#5b5f66"), 12), QBrush(QColor("#fdfdfb")))
        self.outline.setZValue(-20)
        self.setSceneRect(hall.adjusted(-2 * SCALE, -2 * SCALE, 2 * SCALE, 2 * SCALE))

    def clear_layout(self) -> None:
        self.clear()
        self._scale, self._blocks = None, None
        self.counters, self.zones, self.outline = {}, [], None

    def zone_at(self, point: QPointF) -> ZoneView | None:
        """The topmost zone under ``point`` (scene units), if any."""
        for item in self.items(point):
            if isinstance(item, ZoneItem):
                return item.zone
            if isinstance(item.parentItem(), ZoneItem):
                return item.parentItem().zone
        return None

    def counters_by_number(self, *numbers: str) -> list[CounterItem]:
        by_number = {item.counter.number: item for item in self.counters.values()}
        return [by_number[number] for number in numbers]

    def selected_counters(self) -> list[CounterItem]:
        return sorted((item for item in self.selectedItems() if isinstance(item, CounterItem)),
                      key=lambda item: item.counter.number)
