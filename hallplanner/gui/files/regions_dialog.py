"""Asked before a new plan is made: its city and districts, with their administrative division codes."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from hallplanner.domain.regions import CITY, CITY_CODE, XIAMEN_DISTRICTS


class RegionsDialog(QDialog):
    """Prefilled with Xiamen; each district on a line of its own: its name and its 6-digit code."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新规划的城市和各区"))
        self.setMinimumWidth(420)
        self.city = QLineEdit(CITY, objectName="planCity")
        self.city_code = QLineEdit(CITY_CODE, objectName="planCityCode")
        self.districts = QPlainTextEdit("\n".join(f"{name} {code}" for name, code in XIAMEN_DISTRICTS.items()),
                                        objectName="planDistricts")
        form = QFormLayout(self)
        form.addRow(self.tr("城市"), self.city)
        form.addRow(self.tr("行政区划代码"), self.city_code)
        form.addRow(self.tr("各区"), self.districts)
        hint = QLabel(self.tr("每行一个区:名称和 6 位行政区划代码,如“思明区 350203”"), wordWrap=True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.buttons = buttons

    def values(self) -> tuple[str, str, list[tuple[str, str]]]:
        """The city, its code, and (name, code) per district line; a line without a code gives an empty code
        (the service then says which line is wrong)."""
        districts = []
        for line in self.districts.toPlainText().splitlines():
            parts = line.replace(",", " ").replace(",", " ").split()
            if parts:
                districts.append((parts[0], parts[1] if len(parts) > 1 else ""))
        return self.city.text(), self.city_code.text(), districts
