"""The item catalog as a Qt table model over plain ``ItemView`` objects.

Filtering and sorting happen here in Python, not in a QSortFilterProxyModel:
the proxy calls ``data()`` for every row on every keystroke, which costs about a
second at 100,000 items. The model keeps every item with its sort key, the
items in sort order, and the rows shown. An edit touches a few items: each is
removed, moved or inserted at its sorted place by bisection, so a change never
re-sorts or re-filters the whole catalog, and the view keeps its selection.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from functools import cmp_to_key
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
from PySide6.QtGui import QBrush, QColor

from hallplanner.gui.catalog.columns import COLUMNS, VOLUME_COLUMN, shown_text, tooltip
from hallplanner.services.search import (
    ItemFilter,
    exact_marker,
    pinyin_spelling,
    search_text,
)
from hallplanner.services.views import Catalog, ItemView

ItemRole = Qt.ItemDataRole.UserRole + 1  # the row's ItemView
ITEM_IDS_MIME = "application/x-hallplanner-item-ids"


class _Ascending(Sequence):
    """The sort entries of the shown rows from ``start`` on, ascending whichever way the view is sorted."""

    def __init__(self, rows: list[ItemView], start: int, entry: Callable[[ItemView], tuple],
                 descending: bool) -> None:
        self._rows, self._start, self._entry, self._descending = rows, start, entry, descending

    def __len__(self) -> int:
        return len(self._rows) - self._start

    def __getitem__(self, index: int) -> tuple:
        return self._entry(self._rows[-1 - index if self._descending else self._start + index])


class ItemTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: dict[int, ItemView] = {}
        self._texts: dict[int, str] = {}  # item id → search text
        self._keys: dict[int, Any] = {}  # item id → sort key of the sort column
        # Every item in ascending sort order, as three parallel lists: the (key, id) entries to
        # bisect, the items, and their search texts, so that a keystroke scans two lists only.
        self._order: list[tuple[Any, int]] = []
        self._order_items: list[ItemView] = []
        self._order_texts: list[str] = []
        self._shown: list[ItemView] = []  # the rows: exact matches first, then in sort order
        self._exact = 0  # how many rows at the top are exact matches of the search text
        self._filter = ItemFilter()
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self._assigned = 0
        # Set by the panel from the session: why this login may not change an item (None: it may, or
        # nothing may be changed at all, which the window says once), and whether it may be changed.
        self.refusal: Callable[[ItemView], str | None] = lambda item: None
        self.may_change: Callable[[ItemView], bool] = lambda item: True
        self._collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        self._collator.setNumericMode(True)
        self._collated = cmp_to_key(self._collator.compare)

    # Loading, filtering, sorting.

    def set_items(self, items: list[ItemView], texts: list[str] | None = None) -> None:
        """Show a new catalog; ``texts`` (the search texts) may come prebuilt from a worker thread."""
        self._items = {item.id: item for item in items}
        self._texts = {item.id: text for item, text in zip(items, texts or [search_text(i) for i in items])}
        self._assigned = sum(1 for item in items if item.assigned)
        self._rekey()
        self._reset()

    def set_catalog(self, catalog: Catalog) -> None:
        self.set_items(catalog.items, catalog.search_texts)

    def set_filter(self, wanted: ItemFilter) -> None:
        if wanted != self._filter:
            self._filter = wanted
            self._reset()

    @property
    def filter(self) -> ItemFilter:
        return self._filter

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-sort; selections and other persistent indexes follow their items to the new rows."""
        resort = column != self._sort[0]
        self._sort = (column, order)
        self._relayout(self._rekey if resort else None)

    def _relayout(self, change: Callable[[], None] | None = None) -> None:
        """Show the rows again in a new order after ``change``; persistent indexes follow their items."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [self._shown[index.row()].id for index in persistent]
        if change is not None:
            change()
        self._shown, self._exact = self._matching()
        rows = {item.id: row for row, item in enumerate(self._shown)}
        self.changePersistentIndexList(persistent, [
            self.index(rows[item_id], index.column()) if item_id in rows else QModelIndex()
            for index, item_id in zip(persistent, held)
        ])
        self.layoutChanged.emit()

    def _sort_key(self, item: ItemView) -> Any:
        _, value_of, chinese = COLUMNS[self._sort[0]]
        if not chinese:
            return value_of(item)
        # Pinyin first: QCollator's zh_CN order reads 厦 as shà and files 厦门 under S;
        # pypinyin reads the phrase. The collator orders what reads alike (through
        # cmp_to_key: its sort keys have no equality, and bisection needs one).
        text = str(value_of(item))
        return pinyin_spelling(text), self._collated(text)

    def _rekey(self) -> None:
        self._keys = {item_id: self._sort_key(item) for item_id, item in self._items.items()}
        self._order = sorted((key, item_id) for item_id, key in self._keys.items())
        self._order_items = [self._items[item_id] for _, item_id in self._order]
        self._order_texts = [self._texts[item_id] for _, item_id in self._order]

    @property
    def _descending(self) -> bool:
        return self._sort[1] == Qt.SortOrder.DescendingOrder

    def _passes(self, item: ItemView, text: str) -> bool:
        needle = self._filter.text.strip().lower()
        return (not needle or needle in text) and (not self._filter.has_facets or self._filter.accepts(item))

    def _matching(self) -> tuple[list[ItemView], int]:
        """The rows to show, and how many exact matches lead them."""
        needle = self._filter.text.strip().lower()
        items, texts = self._order_items, self._order_texts
        if needle:
            hits = [position for position, text in enumerate(texts) if needle in text]
            marker = exact_marker(needle)  # found only where the needle is: look among the hits
            exact_ids = {items[position].id for position in hits if marker in texts[position]}
            rows = [items[position] for position in hits]
        else:
            exact_ids, rows = set(), list(items)
        if self._filter.has_facets:
            rows = [item for item in rows if self._filter.accepts(item)]
        if self._descending:
            rows.reverse()
        if not exact_ids:
            return rows, 0
        exact = [item for item in rows if item.id in exact_ids]
        return exact + [item for item in rows if item.id not in exact_ids], len(exact)

    def _reset(self) -> None:
        self.beginResetModel()
        self._shown, self._exact = self._matching()
        self.endResetModel()

    # After an edit: each changed item finds its place by bisection.

    def update_items(self, changed: Iterable[ItemView], removed_ids: Iterable[int]) -> None:
        """Apply an edit: replace changed items, add new ones, drop removed ones.

        Rows that stay in place get ``dataChanged``; rows that move in the sort
        order are moved (the selection follows); rows that go or come are
        removed or inserted where the sort puts them. Items that are already
        shown as they are (a colleague's change we made ourselves) cost nothing.
        """
        changed = [item for item in changed if self._items.get(item.id) != item]
        removed = [item_id for item_id in removed_ids if item_id in self._items]
        if self._touches_exact_matches(changed, removed):
            # Exact matches lead the rows out of sort order; rare enough to lay the rows out again.
            shown_before = {item.id for item in self._shown}
            for item_id in removed:
                self._forget(item_id)
            for item in changed:
                self._store(item)
            if {item.id for item in self._matching()[0]} == shown_before:
                self._relayout()  # the same rows: the selection stays with its items
            else:
                self._reset()
            return
        # Items that keep their row change first, told to the view in one signal; then
        # the rest, whose rows come, go or move.
        in_place = [row for row in map(self._replace_in_place, changed) if row is not None]
        if in_place:
            self.dataChanged.emit(self.index(min(in_place), 0), self.index(max(in_place), len(COLUMNS) - 1))
        for item_id in removed:
            if self._is_shown(item_id):
                row = self._row(self._entry(item_id))
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._shown[row]
                self.endRemoveRows()
            self._forget(item_id)
        for item in changed:
            if self._items.get(item.id) is not item:
                self._replace(item)

    def _replace_in_place(self, item: ItemView) -> int | None:
        """Replace a shown item that stays shown and still sorts between its neighbours; its row."""
        if item.id not in self._items or not self._is_shown(item.id) or not self._passes(item, search_text(item)):
            return None
        row = self._row(self._entry(item.id))
        rows = self._sorted_rows()
        index = len(rows) - 1 - (row - self._exact) if self._descending else row - self._exact
        entry = (self._sort_key(item), item.id)
        if (index > 0 and not rows[index - 1] < entry) or (index + 1 < len(rows) and not entry < rows[index + 1]):
            return None
        self._store(item)
        self._shown[row] = item
        return row

    def _replace(self, item: ItemView) -> None:
        was_shown = item.id in self._items and self._is_shown(item.id)
        old_row = self._row(self._entry(item.id)) if was_shown else None
        self._store(item)
        shown = self._passes(item, self._texts[item.id])
        if old_row is not None and shown:
            del self._shown[old_row]  # for a moment, to find where the item goes among the others
            new_row = self._insertion_row(self._entry(item.id))
            self._shown.insert(old_row, item)
            if new_row != old_row:
                # Qt counts the destination among the rows as they were before the move.
                destination = new_row + 1 if new_row > old_row else new_row
                self.beginMoveRows(QModelIndex(), old_row, old_row, QModelIndex(), destination)
                del self._shown[old_row]
                self._shown.insert(new_row, item)
                self.endMoveRows()
            self.dataChanged.emit(self.index(new_row, 0), self.index(new_row, len(COLUMNS) - 1))
        elif old_row is not None:
            self.beginRemoveRows(QModelIndex(), old_row, old_row)
            del self._shown[old_row]
            self.endRemoveRows()
        elif shown:
            row = self._insertion_row(self._entry(item.id))
            self.beginInsertRows(QModelIndex(), row, row)
            self._shown.insert(row, item)
            self.endInsertRows()

    def _store(self, item: ItemView) -> None:
        old = self._items.get(item.id)
        if old is None:
            self._remember(item)
            return
        entry = (self._sort_key(item), item.id)
        if entry != self._entry(item.id):
            self._forget(item.id)
            self._remember(item)
            return
        # Same place in the order (a department renamed, a volume changed): no list surgery.
        position = bisect_left(self._order, entry)
        self._items[item.id] = self._order_items[position] = item
        self._texts[item.id] = self._order_texts[position] = search_text(item)
        self._assigned += item.assigned - old.assigned

    def _remember(self, item: ItemView) -> None:
        self._items[item.id] = item
        self._texts[item.id] = text = search_text(item)
        self._keys[item.id] = self._sort_key(item)
        entry = self._entry(item.id)
        position = bisect_left(self._order, entry)
        self._order.insert(position, entry)
        self._order_items.insert(position, item)
        self._order_texts.insert(position, text)
        self._assigned += item.assigned

    def _forget(self, item_id: int) -> None:
        position = bisect_left(self._order, self._entry(item_id))
        del self._order[position], self._order_items[position], self._order_texts[position]
        self._assigned -= self._items.pop(item_id).assigned
        del self._texts[item_id], self._keys[item_id]

    def _entry(self, item_id: int) -> tuple[Any, int]:
        return self._keys[item_id], item_id

    def _is_shown(self, item_id: int) -> bool:
        return self._passes(self._items[item_id], self._texts[item_id])

    def _touches_exact_matches(self, changed: list[ItemView], removed: list[int]) -> bool:
        """Whether an item is or becomes an exact match of the search text, which leads the rows."""
        needle = self._filter.text.strip().lower()
        if not needle:
            return False
        marker = exact_marker(needle)
        return any(marker in self._texts.get(item_id, "") for item_id in [item.id for item in changed] + removed) \
            or any(marker in search_text(item) for item in changed)

    def _sorted_rows(self) -> _Ascending:
        return _Ascending(self._shown, self._exact, lambda item: self._entry(item.id), self._descending)

    def _row(self, entry: tuple[Any, int]) -> int:
        """The row of a shown item's sort entry."""
        rows = self._sorted_rows()
        index = bisect_left(rows, entry)
        return self._exact + (len(rows) - 1 - index if self._descending else index)

    def _insertion_row(self, entry: tuple[Any, int]) -> int:
        """Where an item with this sort entry goes among the shown rows."""
        rows = self._sorted_rows()
        index = bisect_left(rows, entry)
        return self._exact + (len(rows) - index if self._descending else index)

    # Reading.

    def item_at(self, row: int) -> ItemView:
        return self._shown[row]

    def row_of(self, item_id: int) -> int | None:
        return next((row for row, item in enumerate(self._shown) if item.id == item_id), None)

    def item(self, item_id: int) -> ItemView | None:
        return self._items.get(item_id)

    @property
    def total(self) -> int:
        return len(self._items)

    @property
    def assigned_count(self) -> int:
        """Items handled at some window."""
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
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return shown_text(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == VOLUME_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            refusal = self.refusal(item)
            return tooltip(item, column) + (f"\n{refusal}" if refusal else "")
        if role == Qt.ItemDataRole.ForegroundRole and self.refusal(item):
            return QBrush(QColor("#6b6b6b"))  # read-only for this login: greyed, the reason in the tooltip
        if role == ItemRole:
            return item
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ItemTableModel", COLUMNS[section][0])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        # An item this login may not change cannot be dragged onto a window.
        movable = index.isValid() and self.may_change(self.item_at(index.row()))
        return base | Qt.ItemFlag.ItemIsDragEnabled if movable else base

    def mimeTypes(self) -> list[str]:
        return [ITEM_IDS_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        ids = list(dict.fromkeys(self.item_at(index.row()).id for index in indexes if index.isValid()))
        mime = QMimeData()
        mime.setData(ITEM_IDS_MIME, json.dumps(ids).encode())
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction
