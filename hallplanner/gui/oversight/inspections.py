"""The 督查 page (R16): inspections of the center, sub-centers and extension windows.

The list shows every record, an open rectification past its deadline in red; the form below
edits the chosen record or a new one. Saving, marking rectified and deleting are edits
through the session (one undo step each); the plan checks then report what is overdue.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hallplanner.domain.vocabulary import InspectionState
from hallplanner.gui.i18n import translated
from hallplanner.gui.oversight.common import DONE, LATE, PENDING, cell, fit_columns, selected_rows, table
from hallplanner.gui.pages import LazyPage
from hallplanner.gui.session import PlanSession
from hallplanner.services.oversight_views import InspectionView
from hallplanner.services.views import ChangeNotice

NO_DATE = QDate(2000, 1, 1)


class InspectionsPage(LazyPage):
    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.inspections: list[InspectionView] = []
        self.table = table("inspectionTable", [self.tr("督查日期"), self.tr("场所"), self.tr("督查人"),
                                               self.tr("督查内容"), self.tr("发现的问题"), self.tr("整改期限"),
                                               self.tr("状态")])
        self.table.itemSelectionChanged.connect(self._chosen)
        self.venue = QComboBox(objectName="inspectionVenue")
        self.inspected_on = self._date("inspectedOn", optional=False)
        self.inspector = QLineEdit(objectName="inspector")
        self.scope = QLineEdit(objectName="inspectionScope")
        self.findings = QPlainTextEdit(objectName="inspectionFindings")
        self.findings.setMaximumHeight(70)
        self.rectify_by = self._date("rectifyBy")
        self.state = QComboBox(objectName="inspectionState")
        for state in InspectionState:
            self.state.addItem(translated(state.label), state)
        self.rectified_on = self._date("rectifiedOn")
        form = QFormLayout()
        for label, widget in ((self.tr("场所"), self.venue), (self.tr("督查日期"), self.inspected_on),
                              (self.tr("督查人"), self.inspector), (self.tr("督查内容"), self.scope),
                              (self.tr("发现的问题"), self.findings), (self.tr("整改期限"), self.rectify_by),
                              (self.tr("状态"), self.state), (self.tr("整改完成日期"), self.rectified_on)):
            form.addRow(label, widget)
        self.new_button = QPushButton(self.tr("新增记录"), objectName="newInspection")
        self.new_button.clicked.connect(self.save_new)
        self.save_button = QPushButton(self.tr("保存修改"), objectName="saveInspection")
        self.save_button.clicked.connect(self.save_chosen)
        self.rectified_button = QPushButton(self.tr("标记已整改(今天)"), objectName="rectifiedInspection")
        self.rectified_button.clicked.connect(self.mark_rectified)
        self.delete_button = QPushButton(self.tr("删除记录"), objectName="deleteInspection")
        self.delete_button.clicked.connect(self.delete_chosen)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.rectified_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        session.changed.connect(self._changed)
        session.opened.connect(lambda _database: self.plan_changed())
        self._chosen()

    def _date(self, name: str, optional: bool = True) -> QDateEdit:
        editor = QDateEdit(QDate.currentDate(), calendarPopup=True, displayFormat="yyyy-MM-dd", objectName=name)
        if optional:
            editor.setMinimumDate(NO_DATE)
            editor.setSpecialValueText(self.tr("未定"))
            editor.setDate(NO_DATE)
        return editor

    @staticmethod
    def _day(editor: QDateEdit) -> dt.date | None:
        return None if editor.date() == NO_DATE else editor.date().toPython()

    # Reading.

    def _changed(self, notice: ChangeNotice) -> None:
        if not notice.is_empty:
            self.plan_changed()

    def refresh(self) -> None:
        self._stale = False

        def work(database):
            from hallplanner.services.checks import reference_day
            from hallplanner.services.inspections import inspected_venues, list_inspections

            return list_inspections(database), inspected_venues(database), reference_day(database)

        self.session.read(work, lambda result: self.show_inspections(*result))

    def show_inspections(self, inspections: list[InspectionView], venues: list, day: dt.date) -> None:
        """``day``: the day the plan's checks refer to, by which a rectification is overdue."""
        chosen = self.current()
        self.inspections = inspections
        venue = self.venue.currentData()
        self.venue.clear()
        for venue_id, name, kind in venues:
            self.venue.addItem(f"{name}({translated(kind.label)})", venue_id)
        self.venue.setCurrentIndex(max(0, self.venue.findData(venue)))
        self.table.setRowCount(len(inspections))
        for row, view in enumerate(inspections):
            late = view.overdue(day)
            colour = LATE if late else PENDING if view.state is InspectionState.OPEN else DONE
            state = translated(view.state.label) + (self.tr("(逾期)") if late else "")
            for column, text in enumerate((view.inspected_on.isoformat(), view.venue, view.inspector, view.scope,
                                           view.findings, view.rectify_by.isoformat() if view.rectify_by else "",
                                           state)):
                self.table.setItem(row, column, cell(text, colour if column == 6 else None))
        fit_columns(self.table)
        if chosen is not None:
            number = next((row for row, view in enumerate(inspections) if view.id == chosen.id), None)
            if number is not None:
                self.table.selectRow(number)
        self._chosen()  # what this login may do, now that the plan is open

    def current(self) -> InspectionView | None:
        rows = selected_rows(self.table)
        return self.inspections[rows[0]] if rows and rows[0] < len(self.inspections) else None

    def _chosen(self) -> None:
        view = self.current()
        allowed = self.session.may_edit_plan  # inspections are the plan's, not a department's
        refusal = self.session.plan_refusal() or ""
        self.new_button.setEnabled(allowed)
        for button in (self.new_button, self.save_button, self.rectified_button, self.delete_button):
            button.setToolTip(refusal)
        for button in (self.save_button, self.rectified_button, self.delete_button):
            button.setEnabled(allowed and view is not None)
        if view is None:
            return
        self.venue.setCurrentIndex(max(0, self.venue.findData(view.venue_id)))
        self.inspected_on.setDate(QDate(view.inspected_on))
        self.inspector.setText(view.inspector)
        self.scope.setText(view.scope)
        self.findings.setPlainText(view.findings)
        self.rectify_by.setDate(QDate(view.rectify_by) if view.rectify_by else NO_DATE)
        self.state.setCurrentIndex(self.state.findData(view.state))
        self.rectified_on.setDate(QDate(view.rectified_on) if view.rectified_on else NO_DATE)

    # Editing.

    def values(self) -> dict[str, object]:
        return {"venue_id": self.venue.currentData(), "inspected_on": self.inspected_on.date().toPython(),
                "inspector": self.inspector.text().strip(), "scope": self.scope.text().strip(),
                "findings": self.findings.toPlainText().strip(), "rectify_by": self._day(self.rectify_by),
                "state": self.state.currentData(), "rectified_on": self._day(self.rectified_on)}

    def save_new(self) -> None:
        values = self.values()
        if values["venue_id"] is not None:
            self.session.edit(lambda editor: editor.create_inspection(values))

    def save_chosen(self) -> None:
        view, values = self.current(), self.values()
        if view is not None:
            self.session.edit(lambda editor: editor.update_inspection(view.id, view.version, values))

    def mark_rectified(self) -> None:
        view = self.current()
        if view is not None:
            self.session.edit(lambda editor: editor.rectified([view.id], dt.date.today()))

    def delete_chosen(self) -> None:
        view = self.current()
        if view is not None:
            self.session.edit(lambda editor: editor.delete_inspection(view.id))
