"""The qualifications an item's handler must hold (教师资格认定 …): the window checks ask that an A post
at the item's window holds each of them. Chosen per department among its items in the center."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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

from hallplanner.services.staffing_views import LIST_SEPARATOR, StaffingReport

ItemIdRole = Qt.ItemDataRole.UserRole


class ItemQualificationsEditor(QWidget):
    """A department's center items with what each needs; Save replaces the chosen item's list (one undo step)."""

    save_requested = Signal(int, list)  # item id, qualifications

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemQualifications")
        self.report: StaffingReport | None = None
        self.department = QComboBox(objectName="qualificationDepartment")
        self.department.currentIndexChanged.connect(lambda: self._fill(None))
        self.search = QLineEdit(objectName="qualificationSearch", placeholderText=self.tr("搜索事项名称"),
                                clearButtonEnabled=True)
        self.search.textChanged.connect(self._filter)
        self.items = QListWidget(objectName="qualificationItems")
        self.items.currentItemChanged.connect(self._chosen)
        self.needed = QLineEdit(objectName="qualificationNeeded", placeholderText=self.tr("以“、”分隔;留空为不需要"))
        self.save = QPushButton(self.tr("保存所需资格"), objectName="qualificationSave")
        self.save.clicked.connect(self._save)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("所需资格")))
        row.addWidget(self.needed, 1)
        row.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.department)
        layout.addWidget(self.search)
        layout.addWidget(self.items, 1)
        layout.addLayout(row)

    def set_report(self, report: StaffingReport) -> None:
        department_id, item_id = self.department.currentData(), self.current_item()
        self.report = report
        self.department.blockSignals(True)
        self.department.clear()
        for choice in report.department_choices:
            if choice.center_items:
                self.department.addItem(choice.short_name, choice.id)
        self.department.setCurrentIndex(max(self.department.findData(department_id), 0))
        self.department.blockSignals(False)
        self._fill(item_id)

    def current_item(self) -> int | None:
        entry = self.items.currentItem()
        return entry.data(ItemIdRole) if entry is not None else None

    def _fill(self, item_id: int | None) -> None:
        report = self.report
        choice = next((c for c in report.department_choices if c.id == self.department.currentData()), None) \
            if report else None
        needed = dict(report.item_requirements) if report else {}
        self.items.blockSignals(True)
        self.items.clear()
        for entry_id, name, _ in choice.center_items if choice else ():
            held = needed.get(entry_id, ())
            entry = QListWidgetItem(f"{name}:{LIST_SEPARATOR.join(held)}" if held else name)
            entry.setData(ItemIdRole, entry_id)
            self.items.addItem(entry)
            if entry_id == item_id:
                self.items.setCurrentItem(entry)
        self.items.blockSignals(False)
        self._filter(self.search.text())
        self._chosen()

    def _filter(self, text: str) -> None:
        needle = text.strip()
        for row in range(self.items.count()):
            entry = self.items.item(row)
            entry.setHidden(bool(needle) and needle not in entry.text())

    def _chosen(self) -> None:
        item_id = self.current_item()
        self.save.setEnabled(item_id is not None)
        needed = dict(self.report.item_requirements) if self.report else {}
        self.needed.setText(LIST_SEPARATOR.join(needed.get(item_id, ())))

    def _save(self) -> None:
        item_id = self.current_item()
        if item_id is not None:
            text = self.needed.text().replace(",", LIST_SEPARATOR).replace(",", LIST_SEPARATOR)
            self.save_requested.emit(item_id, [part.strip() for part in text.split(LIST_SEPARATOR) if part.strip()])
