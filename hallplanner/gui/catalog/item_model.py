"""The item catalog as a Qt table model over plain ``ItemView`` objects.

Filtering and sorting happen here in Python, not in a QSortFilterProxyModel:
the proxy calls ``data()`` for every row on every keystroke, which costs about a
second at 100,000 items. The model keeps all items, a sort order over them and
the visible positions; an edit replaces the changed items and tells the view
exactly which rows changed, appeared or went.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from hallplanner.services.catalog import ItemView
from hallplanner.services.search import ItemFilter, SearchIndex, pinyin_spelling

ItemRole = Qt.ItemDataRole.UserRole + 1  # the row's ItemView
ITEM_IDS_MIME = "application/x-hallplanner-item-ids"


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


def _windows(item: ItemView) -> str:
    return "、".join(item.window_names)


# (header, text shown, whether it sorts as Chinese text)
COLUMNS: tuple[tuple[str, Callable[[ItemView], Any], bool], ...] = (
    ("编码", lambda item: item.basic_code, False),
    ("事项名称", lambda item: item.name, True),
    ("部门", lambda item: item.department_short, True),
    ("业务类别", lambda item: item.category, True),
    ("事项类型", lambda item: item.item_type.label, True),
    ("状态", lambda item: item.status.label, True),
    ("年办件量", lambda item: item.annual_volume, False),
    ("窗口", _windows, True),
    ("标记", _flags, True),
)
NAME_COLUMN = 1
VOLUME_COLUMN = 6


class ItemTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[ItemView] = []
        self._position: dict[int, int] = {}  # item id → position in _items
        self._index = SearchIndex([])
        self._order: list[int] = []  # positions of _items in sort order
        self._shown: list[ItemView] = []  # the rows, in sort order
        self._filter = ItemFilter()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._assigned: int | None = None
        self._collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        self._collator.setNumericMode(True)

    # Loading, filtering, sorting.

    def set_items(self, items: list[ItemView], index: SearchIndex | None = None) -> None:
        """Show a new catalog; ``index`` may come prebuilt from a worker thread."""
        self._items = list(items)
        self._assigned = None
        self._position = {item.id: position for position, item in enumerate(self._items)}
        self._index = index or SearchIndex(self._items)
        self._order = self._sorted_order()
        self._reset(self._matching())

    def set_filter(self, wanted: ItemFilter) -> None:
        if wanted != self._filter:
            self._filter = wanted
            self._reset(self._matching())

    @property
    def filter(self) -> ItemFilter:
        return self._filter

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-sort; selections and other persistent indexes follow their items to the new rows."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [self._shown[index.row()].id for index in persistent]
        self._order = self._sorted_order()
        self._shown = self._matching()
        rows = {item.id: row for row, item in enumerate(self._shown)}
        self.changePersistentIndexList(persistent, [
            self.index(rows[item_id], index.column()) if item_id in rows else QModelIndex()
            for index, item_id in zip(persistent, held)
        ])
        self.layoutChanged.emit()

    def _matching(self) -> list[ItemView]:
        return [self._items[p] for p in self._index.matching(self._items, self._filter, self._order)]

    def _sorted_order(self) -> list[int]:
        positions = list(range(len(self._items)))
        if self._sort is None:
            return positions
        column, order = self._sort
        _, text_of, chinese = COLUMNS[column]
        if chinese:
            # Pinyin first: QCollator's zh_CN order reads 厦 as shà and files 厦门 under S;
            # pypinyin reads the phrase. The collator orders what reads alike.
            keys = [(pinyin_spelling(text), self._collator.sortKey(text))
                    for text in (str(text_of(item)) for item in self._items)]
        else:
            keys = [text_of(item) for item in self._items]
        positions.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        return positions

    def _reset(self, shown: list[ItemView]) -> None:
        self.beginResetModel()
        self._shown = shown
        self.endResetModel()

    # After an edit.

    def update_items(self, changed: Iterable[ItemView], removed_ids: Iterable[int]) -> None:
        """Apply an edit: replace changed items, add new ones, drop removed ones.

        Rows that stay get ``dataChanged``; rows that go or come are removed or
        inserted where the current sort puts them. Only when an edit moves a kept
        row within the sort order does the view reset.
        """
        removed = {self._position[item_id] for item_id in removed_ids if item_id in self._position}
        self._assigned = None
        for item in changed:
            position = self._position.get(item.id)
            if position is None:
                self._position[item.id] = len(self._items)
                self._items.append(item)
                self._index.append(item)
            else:
                self._items[position] = item
                self._index.replace(position, item)
        if removed:
            self._items = [item for position, item in enumerate(self._items) if position not in removed]
            self._index.remove(sorted(removed))
            self._position = {item.id: position for position, item in enumerate(self._items)}
        self._order = self._sorted_order()
        self._change_rows(self._matching())

    def _change_rows(self, shown: list[ItemView]) -> None:
        before_ids = [item.id for item in self._shown]
        after_ids = [item.id for item in shown]
        before, after = set(before_ids), set(after_ids)
        if before != after or before_ids != after_ids:
            kept_before = [i for i in before_ids if i in after] if before != after else before_ids
            kept_after = [i for i in after_ids if i in before] if before != after else after_ids
            if kept_before != kept_after:
                self._reset(shown)
                return
        for row in reversed(range(len(self._shown))):
            if self._shown[row].id not in after:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._shown[row]
                self.endRemoveRows()
        for row, item in enumerate(shown):
            if item.id in before:
                if self._shown[row] is not item:  # an edit replaces the objects it changed
                    self._shown[row] = item
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            else:
                self.beginInsertRows(QModelIndex(), row, row)
                self._shown.insert(row, item)
                self.endInsertRows()

    # Reading.

    def item_at(self, row: int) -> ItemView:
        return self._shown[row]

    def row_of(self, item_id: int) -> int | None:
        return next((row for row, item in enumerate(self._shown) if item.id == item_id), None)

    @property
    def total(self) -> int:
        return len(self._items)

    @property
    def assigned_count(self) -> int:
        """Items at some window; counted once per load or edit, not per keystroke."""
        if self._assigned is None:
            self._assigned = sum(1 for item in self._items if item.window_names)
        return self._assigned

    # Qt's model interface.

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.item_at(index.row())
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

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [ITEM_IDS_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        ids = list(dict.fromkeys(self.item_at(index.row()).id for index in indexes if index.isValid()))
        mime = QMimeData()
        mime.setData(ITEM_IDS_MIME, json.dumps(ids).encode())
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction
