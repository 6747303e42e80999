"""The floor plan's tool bar: the view's tools, the commands on the selection, floors and drawings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolBar

from hallplanner.gui.floorplan.view import ADD_WINDOW, DRAW_ZONE, SELECT

if TYPE_CHECKING:
    from hallplanner.gui.floorplan.page import FloorplanPage

ARRANGE = ("align_left", "align_right", "align_top", "align_bottom", "align_centre_x", "align_centre_y", None,
           "distribute_x", "distribute_y", None, "snap")


class FloorTools(QToolBar):
    def __init__(self, page: FloorplanPage) -> None:
        super().__init__(page, objectName="floorplanTools")
        self.page = page
        commands = page.commands
        group = QActionGroup(self)
        group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)  # measuring has no button
        self.tool_actions: dict[str, QAction] = {}
        for tool, text in ((SELECT, self.tr("选择")), (ADD_WINDOW, self.tr("添加窗口")), (DRAW_ZONE, self.tr("画功能区"))):
            action = self.addAction(text, lambda tool=tool: page.view.set_tool(tool))
            action.setCheckable(True)
            action.setObjectName(f"floorplan_tool_{tool}")
            group.addAction(action)
            self.tool_actions[tool] = action
        self.tool_actions[SELECT].setChecked(True)
        page.view.tool_changed.connect(self._show_tool)
        self.addSeparator()
        arrange = QMenu(self)
        for key in ARRANGE:
            arrange.addSeparator() if key is None else arrange.addAction(commands.actions[key])
        self._menu_button(self.tr("对齐与分布"), arrange)
        for key in ("renumber", "copy", "paste"):
            self.addAction(commands.actions[key])
        self.move_action = self.addAction(self.tr("移到楼层"), self._move_menu)
        self.addSeparator()
        floors = QMenu(self)
        floors.addAction(commands.actions["add_floor"])
        floors.addAction(commands.actions["rename_floor"])
        floors.addAction(commands.actions["route_width"])
        floors.addSeparator()
        floors.addAction(self.tr("导入平面图…"), lambda: page.drawings.import_file())
        floors.addAction(self.tr("设定底图比例(点两点)"), page.drawings.start_measuring)
        floors.addAction(self.tr("移动底图(点底图上一点,再点目标位置)"), page.drawings.start_shifting)
        floors.addAction(self.tr("移除底图"), page.drawings.remove)
        self._menu_button(self.tr("楼层与底图"), floors)

    def allow_editing(self, allowed: bool) -> None:
        """Tools that change the plan only for a login that may change it (on a server)."""
        for tool in (ADD_WINDOW, DRAW_ZONE):
            self.tool_actions[tool].setEnabled(allowed)
        if not allowed and self.page.view.tool != SELECT:
            self.page.view.set_tool(SELECT)

    def _show_tool(self, tool: str) -> None:
        for key, action in self.tool_actions.items():
            action.setChecked(key == tool)

    def _menu_button(self, text: str, menu: QMenu) -> QAction:
        action = self.addAction(text)
        action.setMenu(menu)
        action.triggered.connect(lambda: self._pop_up(menu, action))
        return action

    def _pop_up(self, menu: QMenu, action: QAction) -> None:
        menu.exec(self.mapToGlobal(self.actionGeometry(action).bottomLeft()))

    def _move_menu(self) -> None:
        menu = self.page.commands.floor_menu()
        self._pop_up(menu, self.move_action)
        menu.deleteLater()
