"""The quick window picker: type a few characters (or pinyin initials), press Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from hallplanner.domain.vocabulary import VenueStatus
from hallplanner.services.search import pinyin_initials
from hallplanner.services.views import VenueView


class WindowPicker(QDialog):
    def __init__(self, venues: list[VenueView], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("分配到窗口"))
        self.resize(460, 420)
        self.search = QLineEdit(objectName="windowSearch")
        self.search.setPlaceholderText(self.tr("窗口号、名称或拼音首字母"))
        self.list = QListWidget(objectName="windowList")
        for venue in venues:
            if venue.status is not VenueStatus.OPEN:
                continue
            for window in venue.windows:
                text = f"{window.number} {window.name} — {venue.name}"
                entry = QListWidgetItem(text)
                entry.setData(Qt.ItemDataRole.UserRole, window.id)
                entry.setData(Qt.ItemDataRole.UserRole + 1, f"{text}\x1f{pinyin_initials(text)}".lower())
                self.list.addItem(entry)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.accept)
        self.list.itemActivated.connect(lambda _entry: self.accept())
        self._filter("")

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        first = None
        for row in range(self.list.count()):
            entry = self.list.item(row)
            hidden = needle not in entry.data(Qt.ItemDataRole.UserRole + 1)
            entry.setHidden(hidden)
            if not hidden and first is None:
                first = entry
        self.list.setCurrentItem(first)

    def chosen_window(self) -> int | None:
        entry = self.list.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry is not None and not entry.isHidden() else None
