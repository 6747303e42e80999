"""The floor drawn to scale: its drawing behind, zones, counters, and the hall's wall around them.

Counters keep their identity (and selection) across refreshes. The scene holds what its items
ask of the page: the grid they snap to, how they are coloured, whether the plan may be edited;
a drop of catalog items on a counter comes out as ``items_dropped``.

Counters too small on screen to read are drawn by the scene, a few paths in all (one a colour),
not one paint call per counter: the whole floor of 1,000 counters then draws about as fast as bare
rectangles (benchmarks/floorplan.py). Which counters are plain is decided per zoom level as a
frame starts (``drawBackground``); the paths are made afresh when a plain counter moves or turns,
when the selection changes, and when the colouring does (``recolour``).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
)

from hallplanner.domain.floorplan import GRID
from hallplanner.gui.floorplan.colours import Colouring
from hallplanner.gui.floorplan.items import (
    BADGE_BLUE,
    PLAIN_BELOW_PX,
    SCALE,
    ZONE_ALPHA_ON_DRAWING,
    CounterItem,
    ZoneItem,
    to_scene,
)
from hallplanner.services.floorplan_views import BackgroundView, CounterView, ZoneView


class FloorScene(QGraphicsScene):
    items_dropped = Signal(list, int)  # item ids, window id

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.counters: dict[int, CounterItem] = {}
        self.zones: list[ZoneItem] = []
        self.outline: QGraphicsRectItem | None = None
        self.drawing: QGraphicsPixmapItem | None = None
        self.drawing_shown: tuple[int, BackgroundView] | None = None
        self.grid = GRID
        self.colouring = Colouring()
        self.editable = True
        self.movable = True  # whether this login may move the windows
        self.setBackgroundBrush(QColor("#e9e9e4"))
        self._scale: float | None = None  # the zoom the counters' plainness was decided at
        self._blocks: list[tuple[QColor, QPainterPath]] | None = None  # None: to be made at the next frame

    def colour_of(self, counter: CounterView) -> QColor:
        return self.colouring.colour_of(counter)

    # Plain counters, drawn by the scene.

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        scale = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if scale != self._scale:
            self._scale = scale
            changed = [item.set_plain(not item.paints_itself() and item.depth() * scale < PLAIN_BELOW_PX)
                       for item in self.counters.values()]
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

    def blocks_changed(self, item: CounterItem | None = None, *, replan: bool = False) -> None:
        """The plain blocks are to be made afresh; ``replan``: and which counters are plain decided again.
        A plain item paints nothing, so Qt repaints nothing for it: the scene asks for the repaint."""
        if replan:
            self._scale = None
        self._blocks = None
        if item is None or item.is_plain() or replan:
            self.update()

    def _block_paths(self) -> list[tuple[QColor, QPainterPath]]:
        paths: dict[str, tuple[QColor, QPainterPath]] = {}
        badges = QPainterPath()
        for item in self.counters.values():
            if not item.is_plain():
                continue
            colour, outline, badge = item.block()
            paths.setdefault(colour.name(), (colour, QPainterPath()))[1].addPolygon(outline)
            if badge is not None:
                badges.addPolygon(badge)
        return [*paths.values(), (BADGE_BLUE, badges)]

    def show_layout(self, zones: tuple[ZoneView, ...], counters: tuple[CounterView, ...], *, move: bool = True) -> None:
        for item in self.zones:
            self.removeItem(item)
        self.zones = [ZoneItem(zone, over_drawing=self.drawing is not None) for zone in zones]
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
            # Where this login may not change the plan, windows can be selected but not moved.
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, self.movable)
            item.setCursor(Qt.CursorShape.SizeAllCursor if self.movable else Qt.CursorShape.ArrowCursor)
        self.colouring.busiest = max((counter.yearly_volume for counter in counters), default=0)
        self._scale = None  # plainness decided afresh at the next frame
        self.recolour()  # the load mode's thirds follow the busiest counter
        self._draw_outline()

    def recolour(self) -> None:
        for item in self.counters.values():
            item.recolour()
        self.blocks_changed()

    def show_drawing(self, background: BackgroundView | None, image: QImage | None) -> None:
        """The floor's drawing, ``background.scale`` metres a pixel, its top-left where it lies."""
        if self.drawing is not None:
            self.removeItem(self.drawing)
            self.drawing = None
        self.drawing_shown = None
        if background is not None and image is not None and not image.isNull():
            self.drawing = self.addPixmap(QPixmap.fromImage(image))
            self.drawing.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            self.drawing.setScale(to_scene(background.scale))
            self.drawing.setPos(to_scene(background.x), to_scene(background.y))
            self.drawing.setZValue(-15)
            self.drawing_shown = (background.image_id, background)
        for zone in self.zones:
            colour = zone.brush().color()
            colour.setAlpha(ZONE_ALPHA_ON_DRAWING if self.drawing is not None else 255)
            zone.setBrush(QBrush(colour))
        self._draw_outline()

    def _draw_outline(self) -> None:
        """The hall: a wall around what the floor holds, 1 m clear of it (no outline is stored yet)."""
        if self.outline is not None:
            self.removeItem(self.outline)
            self.outline = None
        parts = [item.sceneBoundingRect() for item in (*self.zones, *self.counters.values())]
        if self.drawing is not None:
            parts.append(self.drawing.sceneBoundingRect())
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
        self.counters, self.zones, self.outline, self.drawing, self.drawing_shown = {}, [], None, None, None

    def zone_at(self, point: QPointF) -> ZoneView | None:
        """The topmost zone under ``point`` (scene units), if any."""
        for item in self.items(point):
            if isinstance(item, ZoneItem):
                return item.zone
            if isinstance(item.parentItem(), ZoneItem):
                return item.parentItem().zone
        return None

    def counter_at(self, point: QPointF) -> CounterItem | None:
        return next((item for item in self.items(point) if isinstance(item, CounterItem)), None)

    def counters_by_number(self, *numbers: str) -> list[CounterItem]:
        by_number = {item.counter.number: item for item in self.counters.values()}
        return [by_number[number] for number in numbers]

    def selected_counters(self) -> list[CounterItem]:
        return sorted((item for item in self.selectedItems() if isinstance(item, CounterItem)),
                      key=lambda item: item.counter.number)

    def select_only(self, window_ids: set[int]) -> None:
        self.clearSelection()
        for window_id in window_ids:
            if window_id in self.counters:
                self.counters[window_id].setSelected(True)
