"""The filter bar above the catalog: search box, choices and flags."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hallplanner.domain.vocabulary import EntryStatus, Level
from hallplanner.gui.i18n import translated
from hallplanner.services.search import ItemFilter


class FilterBar(QWidget):
    changed = Signal(object)  # ItemFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(objectName="search")
        self.search.setPlaceholderText(self.tr("搜索名称、编码或拼音首字母(如 crj)"))
        self.search.setClearButtonEnabled(True)
        self.department = self._combo("departmentFilter", self.tr("全部部门"))
        self.status = self._combo("statusFilter", self.tr("全部状态"),
                                  [(translated(status.label), status) for status in EntryStatus])
        self.domain = self._combo("domainFilter", self.tr("全部领域"))
        self.level = self._combo("levelFilter", self.tr("全部层级"),
                                 [(translated(level.label), level) for level in Level])
        self.unassigned = QCheckBox(self.tr("仅未分配窗口"), objectName="unassignedFilter")
        self.negative = QCheckBox(self.tr("负面清单"), objectName="negativeFilter")
        self.special = QCheckBox(self.tr("特殊敏感"), objectName="specialFilter")
        self.online = QCheckBox(self.tr("全程网办"), objectName="onlineFilter")

        # The flags beside the search box, the choices on a row of their own: in English the
        # flags are half as wide again, and on one row with them the choices were cut short.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        search_row, choices = QHBoxLayout(), QHBoxLayout()
        search_row.addWidget(self.search, 1)
        for box in (self.unassigned, self.negative, self.special, self.online):
            search_row.addWidget(box)
            box.toggled.connect(self._emit)
        for widget in (self.department, self.status, self.domain, self.level):
            choices.addWidget(widget, 1)
        layout.addLayout(search_row)
        layout.addLayout(choices)
        self.search.textChanged.connect(self._emit)
        for combo in (self.department, self.status, self.domain, self.level):
            combo.currentIndexChanged.connect(self._emit)

    def _combo(self, name: str, anything: str, choices: list[tuple[str, object]] = ()) -> QComboBox:
        combo = QComboBox(objectName=name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(5)
        combo.addItem(anything, None)
        for text, value in choices:
            combo.addItem(text, value)
        return combo

    def set_choices(self, departments: list[tuple[str, int]], domains: list[str]) -> None:
        """Fill the department (name, id) and domain lists, keeping what is chosen where it still exists.

        A department is chosen by id, so renaming it keeps it chosen; a choice that is
        gone falls back to "all", and the catalog is told.
        """
        lost = False
        for combo, choices in ((self.department, departments), (self.domain, [(d, d) for d in domains])):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for text, value in choices:
                combo.addItem(text, value)
            found = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(0, found))
            combo.blockSignals(False)
            lost = lost or found < 0
        if lost:
            self._emit()

    def clear(self) -> None:
        """Show every item again; the catalog is told once."""
        self.blockSignals(True)
        self.search.clear()
        for combo in (self.department, self.status, self.domain, self.level):
            combo.setCurrentIndex(0)
        for box in (self.unassigned, self.negative, self.special, self.online):
            box.setChecked(False)
        self.blockSignals(False)
        self._emit()

    def current(self) -> ItemFilter:
        return ItemFilter(
            text=self.search.text(),
            department_id=self.department.currentData(),
            status=self.status.currentData(),
            domain=self.domain.currentData(),
            level=self.level.currentData(),
            unassigned_only=self.unassigned.isChecked(),
            negative_list=self.negative.isChecked(),
            special_sensitive=self.special.isChecked(),
            fully_online=self.online.isChecked(),
        )

    def _emit(self) -> None:
        self.changed.emit(self.current())
