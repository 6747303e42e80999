"""Every action of the workspace, declared once by id, with text and shortcut."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence


@dataclass(frozen=True)
class ActionSpec:
    text: str
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""


SPECS: dict[str, ActionSpec] = {
    "new": ActionSpec("新建(&N)…", QKeySequence.StandardKey.New, "新建一个空的规划数据库"),
    "open": ActionSpec("打开(&O)…", QKeySequence.StandardKey.Open),
    "save_copy": ActionSpec("另存副本(&S)…", QKeySequence.StandardKey.SaveAs, "把当前数据库复制为一个新的 SQLite 文件"),
    "quit": ActionSpec("退出(&Q)", QKeySequence.StandardKey.Quit),
    "undo": ActionSpec("撤销(&U)", QKeySequence.StandardKey.Undo),
    "redo": ActionSpec("重做(&R)", QKeySequence.StandardKey.Redo),
    "reload": ActionSpec("重新读取(&L)", QKeySequence.StandardKey.Refresh, "从数据库重新读取全部内容,包括同事刚保存的修改"),
    "find": ActionSpec("查找事项(&F)", QKeySequence.StandardKey.Find),
    "assign": ActionSpec("分配到窗口(&W)…", "Ctrl+K", "为选中的事项选择窗口"),
    "unassign": ActionSpec("移出所在窗口(&R)", "Ctrl+Shift+K"),
    "new_item": ActionSpec("新增事项(&A)…", "Ctrl+Shift+N"),
    "rename_item": ActionSpec("更名(&E)…", "F2"),
    "merge_items": ActionSpec("合并事项(&M)…"),
    "split_item": ActionSpec("拆分事项(&P)…"),
    "delete_items": ActionSpec("删除事项(&D)", QKeySequence.StandardKey.Delete),
    "new_window": ActionSpec("新增窗口…"),
    "delete_window": ActionSpec("删除窗口"),
    "new_venue": ActionSpec("新增场所…"),
    "delete_venue": ActionSpec("删除场所"),
    "new_department": ActionSpec("新增部门…"),
    "delete_department": ActionSpec("删除部门"),
    "about": ActionSpec("关于 HallPlanner(&A)"),
}


def create_actions(parent) -> dict[str, QAction]:
    actions = {}
    for action_id, spec in SPECS.items():
        action = QAction(QCoreApplication.translate("Actions", spec.text), parent)
        action.setObjectName(action_id)
        if isinstance(spec.shortcut, QKeySequence.StandardKey):
            action.setShortcuts(QKeySequence.keyBindings(spec.shortcut))  # all of the platform's, e.g. Ctrl+Y too
        elif spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.tip:
            action.setStatusTip(QCoreApplication.translate("Actions", spec.tip))
        actions[action_id] = action
    return actions


def connect_handlers(actions: dict[str, QAction], handlers: dict[str, Callable[[], object]]) -> None:
    """Each action, when triggered, calls its handler (without Qt's ``checked`` argument)."""
    for action_id, handler in handlers.items():
        actions[action_id].triggered.connect(lambda _checked=False, h=handler: h())
