"""What the oversight pages share: read-only cells and row-selecting tables."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

LATE = QColor("#f8d0d0")
PENDING = QColor("#fbe6b8")
DONE = QColor("#dcefd9")


def cell(text: object, colour: QColor | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
    if colour is not None:
        item.setBackground(QBrush(colour))
    return item


def table(name: str, headers: list[str], *, many: bool = False) -> QTableWidget:
    widget = QTableWidget(0, len(headers), objectName=name)
    widget.setHorizontalHeaderLabels(headers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if many
                            else QAbstractItemView.SelectionMode.SingleSelection)
    widget.verticalHeader().hide()
    widget.setWordWrap(False)
    widget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    widget.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return widget


def selected_rows(widget: QTableWidget) -> list[int]:
    return sorted(index.row() for index in widget.selectionModel().selectedRows())


def fit_columns(widget: QTableWidget) -> None:
    """Each column as wide as its texts, but the last, which fills the rest of the table."""
    for column in range(widget.columnCount() - 1):
        widget.resizeColumnToContents(column)
