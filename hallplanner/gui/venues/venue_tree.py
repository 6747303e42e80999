"""Venues and their windows, with item counts and load; items are dropped on windows."""

from __future__ import annotations

import json
from collections.abc import Collection

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel

from hallplanner.domain.vocabulary import VenueStatus
from hallplanner.gui.catalog.item_model import ITEM_IDS_MIME
from hallplanner.gui.i18n import translated
from hallplanner.services.views import VenueView, WindowView

VenueIdRole = Qt.ItemDataRole.UserRole + 1
WindowIdRole = Qt.ItemDataRole.UserRole + 2


class VenueTreeModel(QStandardItemModel):
    """venue → window. Counts update in place; the tree is rebuilt only when its shape changes."""

    HEADERS = (QT_TRANSLATE_NOOP("VenueTreeModel", "场所 / 窗口"), QT_TRANSLATE_NOOP("VenueTreeModel", "类型"),
               QT_TRANSLATE_NOOP("VenueTreeModel", "事项数"), QT_TRANSLATE_NOOP("VenueTreeModel", "年办件量"))
    items_dropped = Signal(list, int)  # item ids, window id

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([QCoreApplication.translate("VenueTreeModel", text) for text in self.HEADERS])
        self._venues: dict[int, VenueView] = {}  # in the order of the rows
        self._rows: dict[tuple[int, int], list[QStandardItem]] = {}  # (venue, window or 0) → cells

    def venues(self) -> list[VenueView]:
        return list(self._venues.values())

    def index_of(self, venue_id: int) -> QModelIndex | None:
        cells = self._rows.get((venue_id, 0))
        return cells[0].index() if cells is not None else None

    def window_index(self, window_id: int) -> QModelIndex | None:
        venue_id = next((venue.id for venue in self._venues.values()
                         if any(window.id == window_id for window in venue.windows)), None)
        cells = self._rows.get((venue_id, window_id)) if venue_id is not None else None
        return cells[0].index() if cells is not None else None

    def set_venues(self, venues: list[VenueView]) -> None:
        """Show every venue; the tree is rebuilt only when its venues are others or in another order."""
        if [venue.id for venue in venues] != list(self._venues):
            self.removeRows(0, self.rowCount())
            self._rows.clear()
            self._venues.clear()
        self.update_venues(venues, ())

    def update_venues(self, venues: list[VenueView], removed: Collection[int]) -> None:
        """Show fresh rows for some venues, changing rows in place so that the view keeps its state.

        Texts and kinds change in place; a window that comes or goes is a child row inserted or
        removed; drops follow the venue's status.
        """
        for venue_id in removed:
            if self._venues.pop(venue_id, None) is not None:
                self.removeRow(self._rows[venue_id, 0][0].row())
                self._forget_rows(venue_id)
        for venue in venues:
            if venue.id not in self._venues:
                self.appendRow(self._venue_rows(venue))
            else:
                self._update_windows(self._venues[venue.id], venue)
            self._venues[venue.id] = venue
            self._show(self._rows[venue.id, 0], self._venue_name(venue), translated(venue.kind.label),
                       venue.item_count, venue.load)
            for window in venue.windows:
                cells = self._rows[venue.id, window.id]
                self._show(cells, self._window_name(window), translated(window.kind.label), window.item_count,
                           window.load)
                if cells[0].isDropEnabled() != (venue.status is not VenueStatus.CLOSED):
                    cells[0].setDropEnabled(venue.status is not VenueStatus.CLOSED)

    def _update_windows(self, known: VenueView, venue: VenueView) -> None:
        """Remove the child rows of windows that went, insert those of windows that came."""
        parent = self._rows[venue.id, 0][0]
        wanted = [window.id for window in venue.windows]
        for window in known.windows:
            if window.id not in wanted:
                parent.removeRow(self._rows.pop((venue.id, window.id))[0].row())
        for position, window in enumerate(venue.windows):
            if (venue.id, window.id) not in self._rows:
                cells = self._cells(translated(window.kind.label), venue_id=venue.id, window_id=window.id)
                parent.insertRow(position, cells)
                self._rows[venue.id, window.id] = cells
        if [parent.child(row).data(WindowIdRole) for row in range(parent.rowCount())] != wanted:
            for row, window_id in enumerate(wanted):  # renumbered: the rows follow the numbers
                current = self._rows[venue.id, window_id][0].row()
                if current != row:
                    parent.insertRow(row, parent.takeRow(current))

    def _forget_rows(self, venue_id: int) -> None:
        for key in [key for key in self._rows if key[0] == venue_id]:
            del self._rows[key]

    @staticmethod
    def _venue_name(venue: VenueView) -> str:
        if venue.status is VenueStatus.OPEN:
            return venue.name
        return QCoreApplication.translate("VenueTreeModel", "{venue}({status})").format(
            venue=venue.name, status=translated(venue.status.label))

    @staticmethod
    def _window_name(window: WindowView) -> str:
        return f"{window.number} {window.name}"

    def _venue_rows(self, venue: VenueView) -> list[QStandardItem]:
        row = self._cells(translated(venue.kind.label), venue_id=venue.id, window_id=None)
        row[0].setDropEnabled(False)
        for window in venue.windows:
            cells = self._cells(translated(window.kind.label), venue_id=venue.id, window_id=window.id)
            if venue.status is VenueStatus.CLOSED:
                cells[0].setDropEnabled(False)
            row[0].appendRow(cells)
            self._rows[venue.id, window.id] = cells
        self._rows[venue.id, 0] = row
        return row

    @staticmethod
    def _cells(kind: str, *, venue_id: int, window_id: int | None) -> list[QStandardItem]:
        cells = [QStandardItem(), QStandardItem(kind), QStandardItem(), QStandardItem()]
        cells[1].setToolTip(kind)
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
    def _show(cells: list[QStandardItem], name: str, kind: str, count: int, load: int) -> None:
        for cell, text in zip(cells, (name, kind, str(count), f"{load:,}")):
            if cell.text() != text:
                cell.setText(text)
                if cell is not cells[2] and cell is not cells[3]:  # narrow columns: the whole text on hover
                    cell.setToolTip(text)

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
