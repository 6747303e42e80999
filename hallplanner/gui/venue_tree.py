"""Venues and their windows, with each window's item count and load."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from hallplanner.domain.vocabulary import VenueStatus
from hallplanner.services.catalog import VenueView


def _tr(text: str) -> str:
    return QCoreApplication.translate("VenueTreeModel", text)


class VenueTreeModel(QStandardItemModel):
    """A read-only tree: venue → window. Small enough to rebuild on reload."""

    HEADERS = ("场所 / 窗口", "类型", "事项数", "年办件量")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([_tr(text) for text in self.HEADERS])

    def set_venues(self, venues: list[VenueView]) -> None:
        self.removeRows(0, self.rowCount())
        for venue in venues:
            name = venue.name if venue.status is VenueStatus.OPEN else f"{venue.name}({venue.status.label})"
            row = self._row(name, venue.kind.label, venue.item_count, venue.load)
            for window in venue.windows:
                row[0].appendRow(self._row(f"{window.number} {window.name}", window.kind.label,
                                           window.item_count, window.load))
            self.appendRow(row)

    @staticmethod
    def _row(name: str, kind: str, count: int, load: int) -> list[QStandardItem]:
        cells = [QStandardItem(name), QStandardItem(kind), QStandardItem(str(count)), QStandardItem(f"{load:,}")]
        for cell in cells:
            cell.setEditable(False)
        for number in cells[2:]:
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return cells
