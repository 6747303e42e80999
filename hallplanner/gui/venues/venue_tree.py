"""Venues and their windows, with item counts and load; items are dropped on windows."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel

from hallplanner.domain.vocabulary import VenueStatus
from hallplanner.gui.catalog.item_model import ITEM_IDS_MIME
from hallplanner.services.catalog import VenueView, WindowView

VenueIdRole = Qt.ItemDataRole.UserRole + 1
WindowIdRole = Qt.ItemDataRole.UserRole + 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("VenueTreeModel", text)


class VenueTreeModel(QStandardItemModel):
    """venue → window. Counts update in place; the tree is rebuilt only when its shape changes."""

    HEADERS = ("场所 / 窗口", "类型", "事项数", "年办件量")
    items_dropped = Signal(list, int)  # item ids, window id

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([_tr(text) for text in self.HEADERS])
        self._shape: list[tuple[int, tuple[int, ...]]] = []
        self._rows: dict[tuple[int, int], list[QStandardItem]] = {}  # (venue, window or 0) → cells

    def set_venues(self, venues: list[VenueView]) -> None:
        shape = [(venue.id, tuple(window.id for window in venue.windows)) for venue in venues]
        if shape != self._shape:
            self._rebuild(venues)
            self._shape = shape
        for venue in venues:
            self._show(self._rows[venue.id, 0], self._venue_name(venue), venue.item_count, venue.load)
            for window in venue.windows:
                self._show(self._rows[venue.id, window.id], self._window_name(window), window.item_count,
                           window.load)

    @staticmethod
    def _venue_name(venue: VenueView) -> str:
        return venue.name if venue.status is VenueStatus.OPEN else f"{venue.name}({venue.status.label})"

    @staticmethod
    def _window_name(window: WindowView) -> str:
        return f"{window.number} {window.name}"

    def _rebuild(self, venues: list[VenueView]) -> None:
        self.removeRows(0, self.rowCount())
        self._rows.clear()
        for venue in venues:
            row = self._cells(venue.kind.label, venue_id=venue.id, window_id=None)
            row[0].setDropEnabled(False)
            for window in venue.windows:
                cells = self._cells(window.kind.label, venue_id=venue.id, window_id=window.id)
                if venue.status is VenueStatus.CLOSED:
                    cells[0].setDropEnabled(False)
                row[0].appendRow(cells)
                self._rows[venue.id, window.id] = cells
            self.appendRow(row)
            self._rows[venue.id, 0] = row

    @staticmethod
    def _cells(kind: str, *, venue_id: int, window_id: int | None) -> list[QStandardItem]:
        cells = [QStandardItem(), QStandardItem(kind), QStandardItem(), QStandardItem()]
        for cell in cells:
            cell.setEditable(False)
            cell.setDragEnabled(False)
            cell.setDropEnabled(window_id is not None)
            cell.setData(venue_id, VenueIdRole)
            cell.setData(window_id, WindowIdRole)
        for number in cells[2:]:
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return cells

    @staticmethod
    def _show(cells: list[QStandardItem], name: str, count: int, load: int) -> None:
        for cell, text in zip((cells[0], cells[2], cells[3]), (name, str(count), f"{load:,}")):
            if cell.text() != text:
                cell.setText(text)

    def window_index(self, window_id: int) -> QModelIndex:
        for (venue_id, row_window), cells in self._rows.items():
            if row_window == window_id:
                return cells[0].index()
        return QModelIndex()

    # Dropping items on a window.

    def mimeTypes(self) -> list[str]:
        return [ITEM_IDS_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(self, data: QMimeData, action, row: int, column: int, parent: QModelIndex) -> bool:
        return data.hasFormat(ITEM_IDS_MIME) and parent.data(WindowIdRole) is not None \
            and bool(self.flags(parent) & Qt.ItemFlag.ItemIsDropEnabled)

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: QModelIndex) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = json.loads(bytes(data.data(ITEM_IDS_MIME)).decode())
        self.items_dropped.emit(ids, parent.data(WindowIdRole))
        return False  # the edit, not Qt, changes the tree
