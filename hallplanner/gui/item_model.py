"""The item catalog as a Qt table model over plain ``ItemView`` objects."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from hallplanner.services.catalog import ItemView

ItemRole = Qt.ItemDataRole.UserRole + 1  # the row's ItemView


def _tr(text: str) -> str:
    return QCoreApplication.translate("ItemTableModel", text)


def _flags(item: ItemView) -> str:
    marks = [
        (item.negative_list, _tr("负面清单")),
        (item.special_sensitive, _tr("特殊敏感")),
        (item.fully_online, _tr("全程网办")),
        (item.jointly_handled, _tr("联办")),
        (item.illustrative, _tr("示例")),
    ]
    return "、".join(label for present, label in marks if present)


# (header, how a row shows in that column); sorting and filtering come with the workspace.
COLUMNS = (
    ("编码", lambda item: item.basic_code),
    ("事项名称", lambda item: item.name),
    ("部门", lambda item: item.department_short),
    ("业务类别", lambda item: item.category),
    ("事项类型", lambda item: item.item_type.label),
    ("状态", lambda item: item.status.label),
    ("年办件量", lambda item: item.annual_volume),
    ("窗口", lambda item: "、".join(item.window_names)),
    ("标记", _flags),
)
NAME_COLUMN = 1
VOLUME_COLUMN = 6


class ItemTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[ItemView] = []

    def set_items(self, items: list[ItemView]) -> None:
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[index.column()][1](item)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == VOLUME_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.department}\n{item.implementation_code}"
        if role == ItemRole:
            return item
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section][0])
        return None
