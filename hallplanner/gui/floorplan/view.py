"""The floor-plan view: wheel zoom about the pointer, pan with the middle button or the scroll bars,
rubber-band selection, drags and resizes that snap to the grid, arrow-key nudges (Shift: 1 m),
R to turn the selected windows a quarter turn (Shift+R: back), each about its own centre.

Besides selecting, the view has tools: place a window with a click, draw a zone as a rectangle,
measure two points on the floor's drawing to set its scale, move the drawing from one point to
another. Esc goes back to selecting.

The view decides nothing about the plan: a finished gesture is ``moved`` (window id → placement)
with whether it was a nudge, a tool's click or rectangle is ``window_wanted``, ``zone_drawn`` or
``measured`` or ``shifted`` in metres, and the page saves it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen, QWheelEvent
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView

from hallplanner.domain.floorplan import snap
from hallplanner.gui.floorplan.items import SCALE, CounterItem, to_scene
from hallplanner.gui.floorplan.scene import FloorScene

ZOOM_STEP, ZOOM_RANGE = 1.15, (0.05, 8.0)
NUDGES = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
SELECT, ADD_WINDOW, DRAW_ZONE, MEASURE, SHIFT_DRAWING = "select", "window", "zone", "measure", "shift"


class FloorView(QGraphicsView):
    moved = Signal(object, bool)  # {window id: Placement}, whether by arrow keys
    window_wanted = Signal(float, float)  # metres: where a new window's top-left goes
    zone_drawn = Signal(object)  # QRectF in metres
    measured = Signal(object, object)  # two QPointF in metres: their real distance is asked
    shifted = Signal(object, object)  # two QPointF in metres: the drawing moves from the first to the second
    tool_changed = Signal(str)

    def __init__(self, scene: FloorScene, parent=None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("floorView")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pan_from: QPointF | None = None
        self._press_placements: dict = {}
        self.tool = SELECT
        self._tool_from: QPointF | None = None  # scene point where a rectangle or a measure began
        self._sketch: QGraphicsItem | None = None  # the rectangle or line being drawn

    def floor_scene(self) -> FloorScene:
        return self.scene()

    def fit(self) -> None:
        self.resetTransform()
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def zoom(self) -> float:
        return self.transform().m11()

    def set_tool(self, tool: str) -> None:
        self._drop_sketch()
        self.tool = tool
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag if tool == SELECT else QGraphicsView.DragMode.NoDrag)
        self.viewport().setCursor(Qt.CursorShape.ArrowCursor if tool == SELECT else Qt.CursorShape.CrossCursor)
        self.tool_changed.emit(tool)

    def wheelEvent(self, event: QWheelEvent) -> None:
        factor = ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP
        if ZOOM_RANGE[0] <= self.zoom() * factor <= ZOOM_RANGE[1]:
            self.scale(factor, factor)
        event.accept()

    def _metres(self, point: QPointF) -> QPointF:
        """A scene point in metres, on the grid."""
        grid = self.floor_scene().grid
        return QPointF(snap(point.x() / SCALE, grid), snap(point.y() / SCALE, grid))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        if self.tool != SELECT and event.button() == Qt.MouseButton.LeftButton:
            self._tool_press(self.mapToScene(event.position().toPoint()))
            return
        self._press_placements = {item.window_id: item.placement() for item in self.floor_scene().counters.values()}
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            return
        if self.tool != SELECT:
            if self._tool_from is not None:
                self._sketch_to(self.mapToScene(event.position().toPoint()))
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None and event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = None
            self.unsetCursor()
            return
        if self.tool != SELECT:
            if event.button() == Qt.MouseButton.LeftButton and self.tool == DRAW_ZONE and self._tool_from is not None:
                self._finish_zone(self.mapToScene(event.position().toPoint()))
            return
        super().mouseReleaseEvent(event)
        moved = {item.window_id: item.placement() for item in self.floor_scene().counters.values()
                 if item.window_id in self._press_placements
                 and item.placement() != self._press_placements[item.window_id]}
        self._press_placements = {}
        if moved:
            self.moved.emit(moved, False)

    # The tools.

    def _tool_press(self, point: QPointF) -> None:
        metres = self._metres(point)
        if self.tool == ADD_WINDOW:
            self.window_wanted.emit(metres.x(), metres.y())
        elif self.tool == DRAW_ZONE:
            self._tool_from = point
        elif self.tool in (MEASURE, SHIFT_DRAWING):
            if self._tool_from is None:
                self._tool_from = point
                self._sketch_to(point)
            else:
                first = QPointF(self._tool_from.x() / SCALE, self._tool_from.y() / SCALE)
                self._drop_sketch()
                signal = self.measured if self.tool == MEASURE else self.shifted
                signal.emit(first, QPointF(point.x() / SCALE, point.y() / SCALE))

    def _sketch_to(self, point: QPointF) -> None:
        pen = QPen(QColor("#d9534f"), 0)
        pen.setCosmetic(True)
        pen.setWidth(2)
        pen.setStyle(Qt.PenStyle.DashLine)
        if self._sketch is not None:
            self.scene().removeItem(self._sketch)
        if self.tool == DRAW_ZONE:
            start, end = self._metres(self._tool_from), self._metres(point)
            self._sketch = self.scene().addRect(QRectF(QPointF(to_scene(start.x()), to_scene(start.y())),
                                                       QPointF(to_scene(end.x()), to_scene(end.y()))).normalized(), pen)
        else:
            self._sketch = self.scene().addLine(self._tool_from.x(), self._tool_from.y(), point.x(), point.y(), pen)
        self._sketch.setZValue(50)

    def _finish_zone(self, point: QPointF) -> None:
        start, end = self._metres(self._tool_from), self._metres(point)
        self._drop_sketch()
        rect = QRectF(start, end).normalized()
        if rect.width() > 0 and rect.height() > 0:
            self.zone_drawn.emit(rect)

    def _drop_sketch(self) -> None:
        if self._sketch is not None and self._sketch.scene() is self.scene():
            self.scene().removeItem(self._sketch)
        self._sketch = self._tool_from = None

    # Keys.

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.tool != SELECT:
            self.set_tool(SELECT)
            event.accept()
            return
        step = NUDGES.get(Qt.Key(event.key()))
        selected = self.floor_scene().selected_counters()
        if event.key() == Qt.Key.Key_R and selected and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.turn(selected, -90 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 90)
            event.accept()
            return
        if step is None or not selected:
            super().keyPressEvent(event)
            return
        self.nudge(selected, step, 10 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
        event.accept()

    def turn(self, items: list[CounterItem], degrees: float) -> None:
        for item in items:
            item.setRotation((item.rotation() + degrees) % 360)
        self.moved.emit({item.window_id: item.placement() for item in items}, False)

    def nudge(self, items: list[CounterItem], step: tuple[int, int], grids: int = 1) -> None:
        """One grid step (ten with Shift)."""
        distance = to_scene(self.floor_scene().grid) * grids
        for item in items:
            item.moveBy(step[0] * distance, step[1] * distance)
        self.moved.emit({item.window_id: item.placement() for item in items}, True)
