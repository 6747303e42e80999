"""The floor-plan view: wheel zoom about the pointer, pan with the middle button or the scroll bars,
rubber-band selection, drags that snap to the grid, arrow-key nudges (Shift: 1 m), R to turn the
selected windows a quarter turn (Shift+R: back), each about its own centre.

The view decides nothing about the plan: a finished gesture is ``moved`` (window id → placement)
with whether it was a nudge, and the page saves it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView

from hallplanner.domain.floorplan import GRID
from hallplanner.gui.floorplan.scene import CounterItem, FloorScene, to_scene

ZOOM_STEP, ZOOM_RANGE = 1.15, (0.05, 8.0)
NUDGES = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}


class FloorView(QGraphicsView):
    moved = Signal(object, bool)  # {window id: Placement}, whether by arrow keys

    def __init__(self, scene: FloorScene, parent=None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("floorView")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pan_from: QPointF | None = None
        self._press_positions: dict[int, QPointF] = {}

    def floor_scene(self) -> FloorScene:
        return self.scene()

    def fit(self) -> None:
        self.resetTransform()
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def zoom(self) -> float:
        return self.transform().m11()

    def wheelEvent(self, event: QWheelEvent) -> None:
        factor = ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP
        if ZOOM_RANGE[0] <= self.zoom() * factor <= ZOOM_RANGE[1]:
            self.scale(factor, factor)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        self._press_positions = {item.window_id: item.pos() for item in self.floor_scene().counters.values()}
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None and event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = None
            self.unsetCursor()
            return
        super().mouseReleaseEvent(event)
        moved = {item.window_id: item.placement() for item in self.floor_scene().counters.values()
                 if item.window_id in self._press_positions and item.pos() != self._press_positions[item.window_id]}
        self._press_positions = {}
        if moved:
            self.moved.emit(moved, False)

    def keyPressEvent(self, event) -> None:
        step = NUDGES.get(Qt.Key(event.key()))
        selected = self.floor_scene().selected_counters() if self.floor_scene().movable else []
        if event.key() == Qt.Key.Key_R and selected:
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
        distance = to_scene(GRID) * grids
        for item in items:
            item.moveBy(step[0] * distance, step[1] * distance)
        self.moved.emit({item.window_id: item.placement() for item in items}, True)
