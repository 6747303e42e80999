"""A venue's opening hours: its sessions (name, weekdays, from, to), added, changed and removed in place.

The window checks and the window demand read them: a window is staffed when every session has its
A post, and the open hours a week spread a group's yearly cases.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from hallplanner.domain.staffing import describe_days, parse_days
from hallplanner.services.staffing_views import SessionView, StaffingReport


def _time_edit(name: str) -> QTimeEdit:
    return QTimeEdit(objectName=name, displayFormat="HH:mm")


def _time(edit: QTimeEdit) -> dt.time:
    value = edit.time()
    return dt.time(value.hour(), value.minute())


class OpeningHoursEditor(QGroupBox):
    """The sessions of the venue chosen; each button is one edit, one undo step."""

    create_requested = Signal(dict)
    update_requested = Signal(int, int, dict)  # session id, version, values
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("开放时间"))
        self.setObjectName("openingHours")
        self.report: StaffingReport | None = None
        self.venue = QComboBox(objectName="hoursVenue")
        self.venue.currentIndexChanged.connect(lambda: self._fill(None))
        self.table = QTableWidget(0, 3, objectName="hoursTable")
        self.table.setHorizontalHeaderLabels([self.tr("时段"), self.tr("星期"), self.tr("时间")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.name = QLineEdit(objectName="hoursName", placeholderText=self.tr("如:上午"))
        self.days = QLineEdit("12345", objectName="hoursDays", placeholderText=self.tr("12345 或 1-5(1 为周一)"))
        self.opens, self.closes = _time_edit("hoursOpens"), _time_edit("hoursCloses")
        self.problem = QLabel(objectName="hoursProblem", wordWrap=True)
        self.problem.setStyleSheet("color: #b00020")
        self.add = QPushButton(self.tr("新增时段"), objectName="hoursAdd")
        self.save = QPushButton(self.tr("保存时段"), objectName="hoursSave")
        self.delete = QPushButton(self.tr("删除时段"), objectName="hoursDelete")
        self.add.clicked.connect(lambda: self._submit(new=True))
        self.save.clicked.connect(lambda: self._submit(new=False))
        self.delete.clicked.connect(self._delete)

        fields = QFormLayout()
        fields.addRow(self.tr("场所"), self.venue)
        fields.addRow(self.tr("时段名称"), self.name)
        fields.addRow(self.tr("星期"), self.days)
        times = QHBoxLayout()
        times.addWidget(self.opens)
        times.addWidget(QLabel("–"))
        times.addWidget(self.closes)
        fields.addRow(self.tr("时间"), times)
        buttons = QHBoxLayout()
        for button in (self.add, self.save, self.delete):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(fields)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

    def set_report(self, report: StaffingReport) -> None:
        """The report's venues and sessions; the venue and session chosen stay chosen."""
        venue_id, session_id = self.venue.currentData(), self.current_session_id()
        self.report = report
        self.venue.blockSignals(True)
        self.venue.clear()
        for venue, name in report.venues:
            self.venue.addItem(name, venue)
        self.venue.setCurrentIndex(max(self.venue.findData(venue_id), 0))
        self.venue.blockSignals(False)
        self._fill(session_id)

    def sessions(self) -> list[SessionView]:
        venue_id = self.venue.currentData()
        return [s for s in self.report.sessions if s.venue_id == venue_id] if self.report else []

    def current_session_id(self) -> int | None:
        row = self.table.currentRow()
        sessions = self.sessions()
        return sessions[row].id if 0 <= row < len(sessions) and self.table.selectedItems() else None

    def _fill(self, session_id: int | None) -> None:
        sessions = self.sessions()
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(sessions))
        for row, opening in enumerate(sessions):
            for column, text in enumerate((opening.name, describe_days(opening.days),
                                           f"{opening.opens:%H:%M}–{opening.closes:%H:%M}")):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if opening.id == session_id:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        self._chosen()

    def _chosen(self) -> None:
        chosen = next((s for s in self.sessions() if s.id == self.current_session_id()), None)
        self.save.setEnabled(chosen is not None)
        self.delete.setEnabled(chosen is not None)
        self.problem.clear()
        if chosen is not None:
            self.name.setText(chosen.name)
            self.days.setText(chosen.days)
            self.opens.setTime(QTime(chosen.opens.hour, chosen.opens.minute))
            self.closes.setTime(QTime(chosen.closes.hour, chosen.closes.minute))

    def values(self) -> dict[str, object] | None:
        """What the fields say, or None with the problem shown when the weekdays cannot be read."""
        try:
            days = parse_days(self.days.text())
        except ValueError as error:
            self.problem.setText(str(error))
            return None
        self.problem.clear()
        return {"name": self.name.text().strip(), "days": days, "opens": _time(self.opens), "closes": _time(self.closes)}

    def _submit(self, *, new: bool) -> None:
        values = self.values()
        if values is None or self.venue.currentData() is None:
            return
        if new:
            self.create_requested.emit({"venue_id": self.venue.currentData(), **values})
            return
        chosen = next((s for s in self.sessions() if s.id == self.current_session_id()), None)
        if chosen is not None:
            self.update_requested.emit(chosen.id, chosen.version, values)

    def _delete(self) -> None:
        session_id = self.current_session_id()
        if session_id is not None:
            self.delete_requested.emit(session_id)
