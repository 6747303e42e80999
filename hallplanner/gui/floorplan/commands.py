"""The layout editor's commands on the selected windows and the floor: add, align, distribute, snap,
renumber, copy and paste, move to another floor, add and rename floors, a floor's route width, draw zones.

Each command is one ``session.edit``, so one undo step however many windows it touches. The
arithmetic is the domain's (``domain.layout``); this module gathers the selection, asks what it
must (``dialogs``) and hands the result to the services.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from hallplanner.domain.layout import Box, align, distribute, left_to_right, next_numbers, snapped, split_number
from hallplanner.gui.floorplan import dialogs
from hallplanner.services.floorplan_views import Placement

if TYPE_CHECKING:
    from hallplanner.gui.floorplan.page import FloorplanPage

NEW_WINDOW_SIZE = (2.0, 1.2)  # metres: a usual counter
PASTE_OFFSET = 1.0  # metres: a copy pasted on its own floor lands this far down and right


def box(placement: Placement) -> Box:
    return Box(placement.x, placement.y, placement.width, placement.height, placement.rotation)


def placement(shape: Box) -> Placement:
    return Placement(shape.x, shape.y, shape.width, shape.height, shape.rotation)


class LayoutCommands(QObject):
    def __init__(self, page: FloorplanPage) -> None:
        super().__init__(page)
        self.page = page
        self.clipboard: tuple[int, dict[int, Placement]] | None = None  # floor copied from, window → placement
        self.pastes = 0  # pastes of the clipboard on its own floor: each lands further along
        self.actions: dict[str, QAction] = {}
        add = self._action
        for edge, text in (("left", self.tr("左对齐")), ("right", self.tr("右对齐")), ("top", self.tr("顶端对齐")),
                           ("bottom", self.tr("底端对齐")), ("centre_x", self.tr("垂直居中对齐")),
                           ("centre_y", self.tr("水平居中对齐"))):
            add(f"align_{edge}", text, lambda _=False, edge=edge: self.align(edge), selection=2)
        add("distribute_x", self.tr("水平等距分布"), lambda: self.distribute("x"), selection=3)
        add("distribute_y", self.tr("垂直等距分布"), lambda: self.distribute("y"), selection=3)
        add("snap", self.tr("对齐到网格"), self.snap_to_grid, selection=1)
        add("renumber", self.tr("重新编号…"), self.renumber, selection=1)
        add("copy", self.tr("复制窗口"), self.copy, QKeySequence.StandardKey.Copy, selection=1)
        add("paste", self.tr("粘贴窗口"), self.paste, QKeySequence.StandardKey.Paste)
        add("add_floor", self.tr("新增楼层…"), self.add_floor)
        add("rename_floor", self.tr("重命名楼层…"), self.rename_floor)
        add("route_width", self.tr("公共通道最小净宽…"), self.set_route_width)

    def _action(self, key: str, text: str, slot, shortcut=None, *, selection: int = 0) -> QAction:
        action = QAction(text, self.page, objectName=f"floorplan_{key}")
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.page.view.addAction(action)
        action.setProperty("selection", selection)  # how many selected windows it needs
        self.actions[key] = action
        return action

    def update(self) -> None:
        """Enable what the selection and the plan allow."""
        editable = self.page.session.may_edit_plan and self.page.current_floor() is not None
        count = len(self.page.scene.selected_counters())
        for key, action in self.actions.items():
            action.setEnabled(editable and count >= action.property("selection")
                              and (key != "paste" or self.clipboard is not None))

    def _selected(self) -> dict[int, Placement]:
        return {item.window_id: item.placement() for item in self.page.scene.selected_counters()}

    def _place(self, placements: dict[int, Placement]) -> None:
        changed = {window_id: new for window_id, new in placements.items() if new != self._selected().get(window_id)}
        if changed:
            self.page.save_moves(changed, nudge=False)

    # Arranging the selection: each a move of the windows, one undo step.

    def align(self, edge: str) -> None:
        chosen = self._selected()
        if len(chosen) >= 2:
            lined = align([box(p) for p in chosen.values()], edge)
            self._place(dict(zip(chosen, map(placement, lined))))

    def distribute(self, axis: str) -> None:
        chosen = self._selected()
        if len(chosen) >= 3:
            spread = distribute([box(p) for p in chosen.values()], axis)
            self._place(dict(zip(chosen, map(placement, spread))))

    def snap_to_grid(self) -> None:
        grid = self.page.scene.grid
        self._place({window_id: placement(snapped(box(p), grid)) for window_id, p in self._selected().items()})

    # Numbers.

    def renumber(self) -> None:
        chosen = self._selected()
        if not chosen:
            return
        order = left_to_right({window_id: box(p) for window_id, p in chosen.items()})
        first = self.page.scene.counters[order[0]].counter.number
        prefix, start, _ = split_number(first)
        answer = dialogs.ask_renumbering(self.page, len(order), prefix, 1 if start is None else start)
        if answer is not None:
            prefix, start = answer
            self.page.session.edit(lambda editor: editor.renumber_windows(order, prefix, start))

    # Adding windows and zones (the view's tools).

    def add_window(self, x: float, y: float) -> None:
        floor_id = self.page.current_floor()
        layout = self.page.layout_shown
        if floor_id is None or layout is None or not self.page.session.may_edit_plan:
            return
        nearest = min(layout.windows, default=None, key=lambda counter: math.dist(
            (x, y), box(counter.placement).centre))  # a window added by a row takes the row's letter
        prefix = split_number(nearest.number)[0] if nearest is not None else "A"
        [number] = next_numbers(layout.venue_numbers, prefix, 1)
        wanted = dialogs.ask_window(self.page, number)
        if wanted is None:
            return
        spot = Placement(x, y, *NEW_WINDOW_SIZE)
        self.page.select_after_edit(lambda editor: editor.add_window(floor_id, wanted.number, wanted.name,
                                                                      wanted.kind, spot))

    def add_zone(self, rect: QRectF) -> None:
        floor_id = self.page.current_floor()
        if floor_id is None or not self.page.session.may_edit_plan:
            return
        wanted = dialogs.ask_zone(self.page)
        if wanted is None:
            return
        corners = [(round(point.x(), 3), round(point.y(), 3))
                   for point in (rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft())]
        self.page.session.edit(lambda editor: editor.add_zone(floor_id, wanted.name, wanted.kind, wanted.colour,
                                                              corners))

    # Copy and paste.

    def copy(self) -> None:
        chosen = self._selected()
        if chosen:
            self.clipboard = (self.page.current_floor(), chosen)
            self.pastes = 0
            self.update()

    def paste(self) -> None:
        floor_id = self.page.current_floor()
        if self.clipboard is None or floor_id is None:
            return
        source_floor, copied = self.clipboard
        if source_floor == floor_id:
            self.pastes += 1
        offset = PASTE_OFFSET * self.pastes if source_floor == floor_id else 0.0
        copies = {window_id: Placement(round(p.x + offset, 3), round(p.y + offset, 3), p.width, p.height, p.rotation)
                  for window_id, p in copied.items()}
        self.page.select_after_edit(lambda editor: editor.paste_windows(floor_id, copies))

    # Floors.

    def floor_menu(self) -> QMenu:
        """Move the selected windows to another floor of the venue."""
        menu = QMenu(self.tr("移到楼层"), self.page)
        chosen = list(self._selected())
        current = self.page.current_floor()
        for floor in self.page.venue_floors():
            if floor.id != current:
                action = menu.addAction(floor.name)
                action.triggered.connect(lambda _=False, floor_id=floor.id: self.move_to_floor(chosen, floor_id))
        menu.setEnabled(bool(chosen) and bool(menu.actions()) and self.page.session.may_edit_plan)
        return menu

    def move_to_floor(self, window_ids: list[int], floor_id: int) -> None:
        if window_ids:
            self.page.session.edit(lambda editor: editor.move_windows_to_floor(window_ids, floor_id))

    def add_floor(self) -> None:
        venue_id = self.page.venue_box.currentData()
        if venue_id is None:
            return
        name = dialogs.ask_floor_name(self.page, self.tr("新增楼层"))
        if name:
            level = max((floor.level for floor in self.page.venue_floors()), default=0) + 1
            self.page.session.edit(lambda editor: editor.add_floor(venue_id, name, level))

    def rename_floor(self) -> None:
        layout = self.page.layout_shown
        if layout is None:
            return
        floor = layout.floor
        name = dialogs.ask_floor_name(self.page, self.tr("重命名楼层"), floor.name)
        if name and name != floor.name:
            self.page.session.edit(lambda editor: editor.rename_floor(floor.id, floor.version, name))

    def set_route_width(self) -> None:
        """The floor's minimum public-route width, which the route check measures against (one undo step)."""
        layout = self.page.layout_shown
        if layout is None:
            return
        floor = layout.floor
        wanted = dialogs.ask_route_width(self.page, floor.route_width)
        if wanted is not None and wanted.width != floor.route_width:
            self.page.session.edit(lambda editor: editor.set_route_width(floor.id, floor.version, wanted.width))
