"""Every action of the workspace, declared once by id, with text and shortcut."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence


@dataclass(frozen=True)
class ActionSpec:
    text: str
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""


# Texts and tips are marked here for lupdate and translated when the actions are made.
SPECS: dict[str, ActionSpec] = {
    "new": ActionSpec(QT_TRANSLATE_NOOP("Actions", "新建(&N)…"), QKeySequence.StandardKey.New,
                      QT_TRANSLATE_NOOP("Actions", "新建一个空的规划数据库")),
    "open": ActionSpec(QT_TRANSLATE_NOOP("Actions", "打开(&O)…"), QKeySequence.StandardKey.Open),
    "save_copy": ActionSpec(QT_TRANSLATE_NOOP("Actions", "另存副本(&S)…"), QKeySequence.StandardKey.SaveAs,
                            QT_TRANSLATE_NOOP("Actions", "把当前数据库复制为一个新的 SQLite 文件")),
    "save_to_server": ActionSpec(QT_TRANSLATE_NOOP("Actions", "保存副本到服务器(&V)…"), None,
                                 QT_TRANSLATE_NOOP("Actions", "把当前规划连同修改记录复制到团队的 PostgreSQL 服务器")),
    "open_from_server": ActionSpec(QT_TRANSLATE_NOOP("Actions", "从服务器打开(&E)…"), None,
                                   QT_TRANSLATE_NOOP("Actions", "打开团队 PostgreSQL 服务器上的规划")),
    "import_catalog": ActionSpec(QT_TRANSLATE_NOOP("Actions", "导入事项目录(&I)…"), None,
                                 QT_TRANSLATE_NOOP("Actions", "从 Excel、ODS 或 CSV 文件导入事项目录,整个导入可一次撤销")),
    "export": ActionSpec(QT_TRANSLATE_NOOP("Actions", "导出 Excel 清单(&X)…"), None,
                         QT_TRANSLATE_NOOP("Actions", "导出窗口分配表、事项目录或各部门核对清单")),
    "quit": ActionSpec(QT_TRANSLATE_NOOP("Actions", "退出(&Q)"), QKeySequence.StandardKey.Quit),
    "undo": ActionSpec(QT_TRANSLATE_NOOP("Actions", "撤销(&U)"), QKeySequence.StandardKey.Undo),
    "redo": ActionSpec(QT_TRANSLATE_NOOP("Actions", "重做(&R)"), QKeySequence.StandardKey.Redo),
    "reload": ActionSpec(QT_TRANSLATE_NOOP("Actions", "重新读取(&L)"), QKeySequence.StandardKey.Refresh,
                         QT_TRANSLATE_NOOP("Actions", "从数据库重新读取全部内容,包括同事刚保存的修改")),
    "find": ActionSpec(QT_TRANSLATE_NOOP("Actions", "查找事项(&F)"), QKeySequence.StandardKey.Find),
    "assign": ActionSpec(QT_TRANSLATE_NOOP("Actions", "分配到窗口(&W)…"), "Ctrl+K",
                         QT_TRANSLATE_NOOP("Actions", "为选中的事项选择窗口")),
    "unassign": ActionSpec(QT_TRANSLATE_NOOP("Actions", "移出所在窗口(&R)"), "Ctrl+Shift+K"),
    "schedule_entry": ActionSpec(QT_TRANSLATE_NOOP("Actions", "确定进驻日期(&T)…"), None,
                                 QT_TRANSLATE_NOOP("Actions", "中心窗口自这一天起办理,原办理点同日关闭(保留的除外)")),
    "keep_place": ActionSpec(QT_TRANSLATE_NOOP("Actions", "保留原办理点(&K)…"), None,
                             QT_TRANSLATE_NOOP("Actions", "进驻后把原办理点保留为靠前延伸办事窗口,并说明理由")),
    "close_place": ActionSpec(QT_TRANSLATE_NOOP("Actions", "关闭原办理点(&C)…"), None,
                              QT_TRANSLATE_NOOP("Actions", "原办理点自某日起不再办理选中的事项")),
    "new_item": ActionSpec(QT_TRANSLATE_NOOP("Actions", "新增事项(&A)…"), "Ctrl+Shift+N"),
    "rename_item": ActionSpec(QT_TRANSLATE_NOOP("Actions", "更名(&E)…"), "F2"),
    "merge_items": ActionSpec(QT_TRANSLATE_NOOP("Actions", "合并事项(&M)…")),
    "split_item": ActionSpec(QT_TRANSLATE_NOOP("Actions", "拆分事项(&P)…")),
    "delete_items": ActionSpec(QT_TRANSLATE_NOOP("Actions", "删除事项(&D)"), QKeySequence.StandardKey.Delete),
    "item_history": ActionSpec(QT_TRANSLATE_NOOP("Actions", "查看历史(&H)"), None,
                               QT_TRANSLATE_NOOP("Actions", "在“历史”页查看选中事项的修改历史:谁在何时改了什么")),
    "new_window": ActionSpec(QT_TRANSLATE_NOOP("Actions", "新增窗口…")),
    "delete_window": ActionSpec(QT_TRANSLATE_NOOP("Actions", "删除窗口")),
    "new_venue": ActionSpec(QT_TRANSLATE_NOOP("Actions", "新增场所…")),
    "delete_venue": ActionSpec(QT_TRANSLATE_NOOP("Actions", "删除场所")),
    "new_department": ActionSpec(QT_TRANSLATE_NOOP("Actions", "新增部门…")),
    "delete_department": ActionSpec(QT_TRANSLATE_NOOP("Actions", "删除部门")),
    "about": ActionSpec(QT_TRANSLATE_NOOP("Actions", "关于 HallPlanner(&A)")),
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
