"""The staffing page: each department and window group with its status, demand against staffing,
the people of the chosen department edited in place, the checklist, the assumptions, and the
pooled-versus-separate chart.

The report is read in the background (``services.staffing``) when the page is shown and again
after every change notice while it is on show; a notice while hidden marks it for reading later.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hallplanner.domain.findings import Finding, Severity
from hallplanner.domain.staffing import SETTINGS
from hallplanner.domain.vocabulary import ChecklistPoint, ChecklistState, Post
from hallplanner.gui.i18n import translated
from hallplanner.gui.pages import LazyPage
from hallplanner.gui.session import PlanSession
from hallplanner.gui.staffing.chart import PoolChart
from hallplanner.gui.staffing.hours import OpeningHoursEditor
from hallplanner.gui.staffing.item_qualifications import ItemQualificationsEditor
from hallplanner.gui.staffing.staff_form import StaffForm
from hallplanner.services.staffing_views import (
    DepartmentStaffing,
    GroupDemand,
    StaffingReport,
)
from hallplanner.services.views import ChangeNotice

GAP_COLORS = {Severity.ERROR: QColor("#f8d0d0"), Severity.WARNING: QColor("#fbe6b8"), Severity.INFO: QColor("#dde8f5")}
IdRole = Qt.ItemDataRole.UserRole


def _cell(text: object, status: Severity | None = None, data: object = None, tooltip: str = "") -> QTableWidgetItem:
    cell = QTableWidgetItem("" if text is None else str(text))
    cell.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
    if status is not None and status in GAP_COLORS:
        cell.setBackground(QBrush(GAP_COLORS[status]))
    if data is not None:
        cell.setData(IdRole, data)
    if tooltip:
        cell.setToolTip(tooltip)
    return cell


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _findings_text(findings: tuple[Finding, ...]) -> str:
    return "\n".join(f"{translated(f.severity.label)} {f.subject}:{translated(f.message)}" for f in findings)


class StaffingPage(LazyPage):
    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffingPage")
        self.session = session
        self.report: StaffingReport | None = None
        self.reads = 0  # reports shown so far (tests wait on it)
        self.summary = QLabel(objectName="staffingSummary", wordWrap=True)
        self.source_note = QLabel(self.tr(
            "首席事务代表、整建制进驻与配齐一线窗口人员是方案§三(四)1的要求;“三集中、三到位”各项的含义为通行说法,"
            "非方案原文;轮岗年限与AB岗为本地做法;窗口需求按 Erlang C(M/M/c)估算,参数为预设,可修改。"),
            objectName="staffingSources", wordWrap=True)
        self.departments = _table("staffingDepartments", [
            self.tr("部门"), self.tr("状态"), self.tr("中心事项"), self.tr("首席事务代表"), self.tr("窗口人员"),
            self.tr("后台人员"), self.tr("问题")])
        self.departments.itemSelectionChanged.connect(self._department_chosen)
        self.checklist = _table("staffingChecklist", [self.tr("整建制与三集中、三到位(通行说法)"), self.tr("状态")])
        self.staff = _table("staffingStaff", [self.tr("姓名"), self.tr("角色"), self.tr("A岗"), self.tr("B岗"),
                                              self.tr("授权"), self.tr("轮岗到期")])
        self.staff.itemSelectionChanged.connect(self._person_chosen)
        self.form = StaffForm(self)
        self.form.save_requested.connect(self._save_person)
        self.form.delete_requested.connect(lambda staff_id: self.session.edit(
            lambda editor: editor.delete_staff(staff_id)))
        self.groups = _table("staffingGroups", [
            self.tr("场所"), self.tr("窗口组"), self.tr("状态"), self.tr("规划窗口"), self.tr("所需窗口"),
            self.tr("值守齐全"), self.tr("所需人员"), self.tr("在岗人员"), self.tr("高峰每小时"), self.tr("平均办理(分)"),
            self.tr("问题")])
        self.demand_note = QLabel(self.tr(
            "中心的窗口组按事项所在的窗口计算负荷;延伸窗口、分中心等中心以外的场所,事项不指定窗口,由该场所本部门的窗口"
            "(没有则为无差别窗口)承担。一个事项的办件量在办理它的各场所间平均分摊(预设)。"),
            objectName="staffingDemandNote", wordWrap=True)
        self.chart = PoolChart(self)
        self.settings_box, self.setting_editors = self._settings_box()
        self.hours = OpeningHoursEditor(self)
        self.hours.create_requested.connect(lambda values: self.session.edit(
            lambda editor: editor.create_session(values)))
        self.hours.update_requested.connect(lambda session_id, version, values: self.session.edit(
            lambda editor: editor.update_session(session_id, version, values)))
        self.hours.delete_requested.connect(lambda session_id: self.session.edit(
            lambda editor: editor.delete_session(session_id)))
        self.requirements = ItemQualificationsEditor(self)
        self.requirements.save_requested.connect(lambda item_id, needed: self.session.edit(
            lambda editor: editor.set_item_qualifications(item_id, needed)))

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.departments)
        people = QWidget()
        people_layout = QHBoxLayout(people)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(self.staff, 3)
        people_layout.addWidget(self.form, 2)
        left.addWidget(people)
        left.addWidget(self.checklist)
        left.setSizes([330, 420, 130])
        right = QSplitter(Qt.Orientation.Vertical)
        demand = QWidget()
        demand_layout = QVBoxLayout(demand)
        demand_layout.setContentsMargins(0, 0, 0, 0)
        demand_layout.addWidget(self.groups, 1)
        demand_layout.addWidget(self.demand_note)
        right.addWidget(demand)
        self.tabs = QTabWidget(objectName="staffingTabs")
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.addWidget(QLabel(self.tr("分设窗口与无差别窗口池(同一办件量)")))
        chart_layout.addWidget(self.chart)
        chart_layout.addStretch(1)
        self.tabs.addTab(chart_box, self.tr("窗口池对比"))
        self.tabs.addTab(self.settings_box, self.tr("参数"))
        self.tabs.addTab(self.hours, self.tr("开放时间"))
        self.tabs.addTab(self.requirements, self.tr("事项所需资格"))
        right.addWidget(self.tabs)
        right.setSizes([600, 250])
        body = QSplitter(Qt.Orientation.Horizontal, objectName="staffingSplitter")
        body.addWidget(left)
        body.addWidget(right)
        body.setSizes([820, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.source_note)
        layout.addWidget(body, 1)
        session.changed.connect(self._changed)

    def _settings_box(self) -> tuple[QGroupBox, dict[str, QDoubleSpinBox]]:
        box = QGroupBox(self.tr("人员配置参数"), objectName="staffingSettings")
        form = QFormLayout(box)
        editors = {}
        for key, setting in SETTINGS.items():
            spin = QDoubleSpinBox(objectName=f"setting_{key}", decimals=setting.decimals)
            spin.setRange(setting.minimum, setting.maximum)
            spin.setSingleStep(10 ** -setting.decimals if setting.decimals else 1)
            editors[key] = spin
            form.addRow(self.tr("{label}({source})").format(label=translated(setting.label),
                                                          source=translated(setting.source)), spin)
        apply = QPushButton(self.tr("应用参数"), objectName="applySettings")
        apply.clicked.connect(self._apply_settings)
        form.addRow(apply)
        return box, editors

    # Reading.

    def _changed(self, notice: ChangeNotice) -> None:
        if not notice.is_empty:
            self.plan_changed()

    def refresh(self) -> None:
        self._stale = False

        def work(database):
            from hallplanner.services.staffing import staffing_report

            return staffing_report(database)  # as of the plan's reference date, else today

        self.session.read(work, self.show_report)

    def show_report(self, report: StaffingReport) -> None:
        self.report = report
        chosen_department, chosen_person = self.current_department(), self.current_person()
        self.form.set_report(report)
        self.hours.set_report(report)
        self.requirements.set_report(report)
        errors = sum(f.severity is Severity.ERROR for f in report.findings)
        warnings = sum(f.severity is Severity.WARNING for f in report.findings)
        self.summary.setText(self.tr("基准日 {date}:错误 {errors} 条,警告 {warnings} 条;{departments} 个部门,"
                                     "{people} 名人员,{groups} 个窗口组").format(
            date=report.as_of.isoformat(), errors=errors, warnings=warnings, departments=len(report.departments),
            people=len(report.staff), groups=len(report.groups)))
        self._fill_departments(report.departments, chosen_department)
        self._fill_groups(report.groups)
        center = next(iter(report.pools), None)
        self.chart.show_comparison(center)
        for key, spin in self.setting_editors.items():
            spin.setValue(float(getattr(report.assumptions, key)))
        self._show_department(self.current_department(), chosen_person)
        self.reads += 1

    def _fill_departments(self, departments: tuple[DepartmentStaffing, ...], chosen: int | None) -> None:
        table = self.departments
        table.blockSignals(True)
        table.setRowCount(len(departments))
        for row, d in enumerate(departments):
            status = d.status
            cells = [_cell(d.short_name, status, d.id), _cell(self._status_text(status), status),
                     _cell(d.center_items, status), _cell(d.chief or self.tr("(无)"), status),
                     _cell(d.window_staff, status), _cell(d.back_office, status),
                     _cell(len(d.findings), status, tooltip=_findings_text(d.findings))]
            for column, cell in enumerate(cells):
                table.setItem(row, column, cell)
            if d.id == chosen:
                table.selectRow(row)
        table.blockSignals(False)

    def _fill_groups(self, groups: tuple[GroupDemand, ...]) -> None:
        table = self.groups
        table.setRowCount(len(groups))
        for row, g in enumerate(groups):
            status, needed = g.status, g.needed
            cells = [g.venue, g.label, self._status_text(status), g.planned, needed.windows if needed else "—",
                     g.staffed_windows, needed.positions if needed else "—", g.staffed_people,
                     f"{g.peak_arrivals:.1f}", f"{g.aht_min:.0f}", len(g.findings)]
            for column, value in enumerate(cells):
                table.setItem(row, column, _cell(value, status, tooltip=_findings_text(g.findings)))

    def _status_text(self, status: Severity | None) -> str:
        return translated(status.label) if status else self.tr("齐备")

    # The chosen department and person.

    def current_department(self) -> int | None:
        row = self.departments.currentRow()
        cell = self.departments.item(row, 0) if row >= 0 else None
        return cell.data(IdRole) if cell is not None else None

    def current_person(self) -> int | None:
        row = self.staff.currentRow()
        cell = self.staff.item(row, 0) if row >= 0 else None
        return cell.data(IdRole) if cell is not None else None

    def _department_chosen(self) -> None:
        self._show_department(self.current_department(), None)

    def _show_department(self, department_id: int | None, person_id: int | None) -> None:
        report = self.report
        people = [p for p in report.staff if p.department_id == department_id] if report else []
        self.staff.blockSignals(True)
        self.staff.setRowCount(len(people))
        due_soon = report.as_of if report else dt.date.today()
        for row, person in enumerate(people):
            overdue = person.rotation_due is not None and person.rotation_due <= due_soon
            status = Severity.WARNING if overdue else None
            written = (translated(person.authorization_coverage.label) if person.authorization_written
                       else self.tr("无书面授权"))
            cells = [_cell(person.name, status, person.id), _cell(translated(person.role.label), status),
                     _cell(person.posts_text(Post.A), status), _cell(person.posts_text(Post.B), status),
                     _cell(written, status),
                     _cell(person.rotation_due.isoformat() if person.rotation_due else "", status)]
            for column, cell in enumerate(cells):
                self.staff.setItem(row, column, cell)
            if person.id == person_id:
                self.staff.selectRow(row)
        self.staff.blockSignals(False)
        self._fill_checklist(department_id)
        self.form.show_person(department_id, next((p for p in people if p.id == person_id), None))

    def _person_chosen(self) -> None:
        person_id = self.current_person()
        person = next((p for p in self.report.staff if p.id == person_id), None) if self.report else None
        self.form.show_person(self.current_department(), person)

    def _fill_checklist(self, department_id: int | None) -> None:
        department = next((d for d in self.report.departments if d.id == department_id), None) if self.report else None
        entries = department.checklist if department else ()
        self.checklist.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            self.checklist.setItem(row, 0, _cell(translated(entry.point.label), tooltip=entry.note))
            combo = QComboBox(objectName=f"checklist_{entry.point.value}")
            combo.addItem(self.tr("未评估"), None)
            for state in ChecklistState:
                combo.addItem(translated(state.label), state)
            combo.setCurrentIndex(max(combo.findData(entry.state), 0))
            combo.currentIndexChanged.connect(
                lambda _, point=entry.point, box=combo, note=entry.note: self._set_checklist(point, box.currentData(), note))
            self.checklist.setCellWidget(row, 1, combo)

    # Edits.

    def _save_person(self, staff_id: int | None, version: int, values: dict) -> None:
        if staff_id is None:
            self.session.edit(lambda editor: editor.create_staff(values))
        else:
            self.session.edit(lambda editor: editor.update_staff(staff_id, version, values))

    def _set_checklist(self, point: ChecklistPoint, state: ChecklistState | None, note: str) -> None:
        department = self.current_department()
        if department is not None:
            self.session.edit(lambda editor: editor.set_checklist(department, point, state, note))

    def _apply_settings(self) -> None:
        if self.report is None:
            return
        values = {key: spin.value() for key, spin in self.setting_editors.items()
                  if abs(spin.value() - float(getattr(self.report.assumptions, key))) > 1e-9}
        if values:
            version = self.report.settings_version
            self.session.edit(lambda editor: editor.update_staffing_settings(version, values))
