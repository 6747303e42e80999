"""The items an authorization lists: the department's items in the center, checked one by one or a
category at a time, narrowed by a search."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ItemIdRole = Qt.ItemDataRole.UserRole
CategoryRole = Qt.ItemDataRole.UserRole + 1


class AuthorizedItemsPicker(QWidget):
    """A checkable list; ``checked_ids()`` is what the authorization covers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authorizedItems")
        self.search = QLineEdit(objectName="authorizedSearch", placeholderText=self.tr("搜索事项名称"),
                                clearButtonEnabled=True)
        self.search.textChanged.connect(self._filter)
        self.category = QComboBox(objectName="authorizedCategory")
        self.check_category = QPushButton(self.tr("勾选该类"), objectName="authorizedCheckCategory")
        self.check_category.clicked.connect(lambda: self._check_category(True))
        self.uncheck_category = QPushButton(self.tr("取消该类"), objectName="authorizedUncheckCategory")
        self.uncheck_category.clicked.connect(lambda: self._check_category(False))
        self.list = QListWidget(objectName="authorizedList")
        self.list.setMinimumHeight(90)
        self.list.itemChanged.connect(self._count)
        self.count = QLabel(objectName="authorizedCount")

        by_category = QHBoxLayout()
        by_category.setContentsMargins(0, 0, 0, 0)
        by_category.addWidget(self.category, 1)
        by_category.addWidget(self.check_category)
        by_category.addWidget(self.uncheck_category)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(by_category)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)

    def set_items(self, items: Iterable[tuple[int, str, str]], checked: Iterable[int]) -> None:
        """The department's items in the center, (id, name, category); ``checked`` those listed now."""
        chosen = set(checked)
        items = list(items)
        self.list.blockSignals(True)
        self.list.clear()
        for item_id, name, category in items:
            entry = QListWidgetItem(f"{name}({category})" if category else name)
            entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if item_id in chosen else Qt.CheckState.Unchecked)
            entry.setData(ItemIdRole, item_id)
            entry.setData(CategoryRole, category)
            self.list.addItem(entry)
        self.list.blockSignals(False)
        self.category.clear()
        self.category.addItems(sorted({category for _, _, category in items if category}))
        self._filter(self.search.text())
        self._count()

    def checked_ids(self) -> list[int]:
        return [self.list.item(row).data(ItemIdRole) for row in range(self.list.count())
                if self.list.item(row).checkState() is Qt.CheckState.Checked]

    def _entries(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def _filter(self, text: str) -> None:
        needle = text.strip()
        for entry in self._entries():
            entry.setHidden(bool(needle) and needle not in entry.text())

    def _check_category(self, checked: bool) -> None:
        category = self.category.currentText()
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.list.blockSignals(True)
        for entry in self._entries():
            if entry.data(CategoryRole) == category:
                entry.setCheckState(state)
        self.list.blockSignals(False)
        self._count()

    def _count(self) -> None:
        self.count.setText(self.tr("已勾选 {checked} / {total} 个事项").format(
            checked=len(self.checked_ids()), total=self.list.count()))
