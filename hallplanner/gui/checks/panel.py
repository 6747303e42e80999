"""The findings panel: what the plan's checks found as of a day, the rules' checklist, the progress.

Refreshing. Every check runs in the background (``session.read``); the panel follows the
session's change notices:

- Opening or reloading a plan, and a new "as of" date, check the whole plan.
- A change to items only (an edit, undo, redo or a colleague's save of items and their
  places) checks just those items again (``check_items``) and replaces their item
  findings (the rules in ``domain.checks.ITEM_RULES``) in place. What reaches across
  items (R4's jointly handled items at a place, R8's sub-centers, R11 and the progress,
  other features' findings) is then as of the last whole check, and the panel says so.
- A change to anything else (venues, windows, departments, staff, deadlines …) needs the
  whole check: those rows reach across items, and other features' checks
  (``services.checks.FINDING_SOURCES``) read them.

Whole checks after changes run by themselves while the last one took less than
``AUTO_RECHECK_SECONDS`` (a city's plan: a fraction of a second): at once after a change
beyond items, once the edits pause after item edits.
On a province's plan one takes seconds of Python in the one background queue, where it
would hold up the planner's next edit and compete with the window for the interpreter;
there the panel says that the plan changed since, and the planner asks for it (重新检查).
(The session also echoes the planner's own saves as colleagues' changes a few seconds
later; checking them again is what keeps a colleague's save of the same rows from being
missed.)

Double-clicking a finding asks the window to show its subject (``subject_chosen``).
导出报告… writes the report as of the day shown, as PDF (``exchange.findings_pdf``) or Excel
(``exchange.exporters.export_findings``); the plan is checked again for it and the file
written in the background.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QSignalBlocker, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStyle,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.findings import Severity, SubjectType
from hallplanner.domain.plan_rules import RULES
from hallplanner.gui import settings as app_settings
from hallplanner.gui.checks.deadlines import edit_deadlines
from hallplanner.gui.checks.finding_model import (
    MESSAGE_COLUMN,
    SEVERITY_COLUMN,
    FindingFilter,
    FindingModel,
    FindingRow,
    rows_for,
)
from hallplanner.gui.checks.overview import ChecklistTable, ProgressView
from hallplanner.gui.i18n import refusal_text, translated
from hallplanner.gui.session import PlanSession
from hallplanner.gui.work import settle_memory
from hallplanner.services.views import ChangeNotice, DepartmentView

if TYPE_CHECKING:
    from hallplanner.db.database import Database
    from hallplanner.services.checks import CheckReport

# Tables whose rows belong to items: a change to these alone is checked item by item.
ITEM_TABLES = frozenset({"service_items", "handling_places", "item_status_history", "item_events"})
AUTO_RECHECK_SECONDS = 1.0  # a whole check quicker than this runs again by itself after changes
RECHECK_DELAY_MS = 1500  # after item edits, once they have paused this long
DATE_SETTLE_MS = 300  # typing a date changes it digit by digit: check the day the planner stops at
COLUMN_WIDTHS = (68, 48, 72, 230, 84, 0, 170)  # the message column takes the rest


@dataclass(frozen=True)
class PlanCheck:
    report: CheckReport
    rows: list[FindingRow]
    seconds: float


def check_whole_plan(database: Database, day: dt.date | None) -> PlanCheck:
    """In the background: the whole report as of ``day`` (None: the plan's own day), its findings as rows."""
    from hallplanner.services.checks import check_plan, subject_departments

    started = time.perf_counter()
    report = check_plan(database, day)
    rows = rows_for(report.findings, subject_departments(database, report.findings))
    return PlanCheck(report, rows, time.perf_counter() - started)


@dataclass(frozen=True)
class Written:
    path: Path
    count: int  # pages of a PDF, rows of a workbook


def write_report(database: Database, day: dt.date, path: Path, chosen_font: str) -> Written | HallPlannerError:
    """In the background: the whole report as of ``day`` written to ``path`` (.pdf or .xlsx),
    or why nothing was."""
    from hallplanner.exchange.exporters import database_label, export_findings
    from hallplanner.services.checks import check_plan

    try:
        if path.suffix.lower() == ".pdf":
            from hallplanner.exchange.findings_pdf import write_findings_pdf
            from hallplanner.exchange.fonts import find_cjk_font

            font = find_cjk_font(Path(chosen_font) if chosen_font else None)  # none usable: said before checking
            return Written(path, write_findings_pdf(path, check_plan(database, day), database_label(database), font))
        return Written(path, export_findings(check_plan(database, day).findings, database, path, as_of=day))
    except HallPlannerError as refusal:
        return refusal


def check_some_items(database: Database, item_ids: Collection[int], day: dt.date) -> list[FindingRow]:
    """In the background: the item checks of ``item_ids`` as of ``day``, as rows."""
    from hallplanner.services.checks import check_items, subject_departments

    findings = check_items(database, item_ids, day)
    return rows_for(findings, subject_departments(database, findings))


class FindingsPanel(QWidget):
    subject_chosen = Signal(object, int)  # SubjectType, row id: the window shows it
    counts_changed = Signal()
    checked = Signal()  # a whole check is on show
    exported = Signal(str)  # a report was written: what was written

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.departments: dict[int, DepartmentView] = {}
        self.model = FindingModel(self._department_name, self)
        self._checked_at = ""  # time of day of the last whole check
        self._plan_check_pending = False
        self._check_again = False  # asked for while one ran: run once more after it
        self._items_since = False  # items were checked again since the last whole check
        self._outdated = False  # the plan changed beyond items since the last whole check
        self._check_seconds = 0.0
        self._plan_day_pending = True  # until the first check after opening says which day the plan refers to
        self._recheck = QTimer(self, singleShot=True, interval=RECHECK_DELAY_MS)  # once the edits pause
        self._recheck.timeout.connect(self.check_plan)
        self._date_settled = QTimer(self, singleShot=True, interval=DATE_SETTLE_MS)
        self._date_settled.timeout.connect(self.check_plan)

        self.tabs = QTabWidget(objectName="findingTabs", documentMode=True)
        self.tabs.addTab(self._findings_page(), self.tr("问题"))
        self.checklist = ChecklistTable()
        self.checklist.rule_chosen.connect(self.show_rule)
        self.tabs.addTab(self.checklist, self.tr("规则核对"))
        self.progress = ProgressView()
        self.progress.department_chosen.connect(self.show_department)
        self.tabs.addTab(self.progress, self.tr("进度"))
        self.tabs.setCornerWidget(self._check_bar(), Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.addWidget(self.tabs)
        self._show_state()
        session.changed.connect(self.apply)

    def _check_bar(self) -> QWidget:
        """The day checked and the state of the check, beside the tabs."""
        self.as_of = QDateEdit(QDate.currentDate(), objectName="asOf", calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.as_of.setToolTip(self.tr("按这一天的规划检查:期限、进驻和停办日期都以这一天为准。"
                                      "打开规划时取规划的基准日(人员配置的参数中设定),未设定则为今天"))
        self.as_of.dateChanged.connect(self._date_settled.start)
        self.as_of.dateChanged.connect(lambda _date: setattr(self, "_plan_day_pending", False))  # the planner's day
        today = QToolButton(text=self.tr("今天"), objectName="today")
        today.clicked.connect(lambda: self.as_of.setDate(QDate.currentDate()))
        self.state = QLabel(objectName="checkState")
        self.recheck = QToolButton(text=self.tr("重新检查"), objectName="recheck")
        self.recheck.setToolTip(self.tr("按所选日期检查整个规划"))
        self.recheck.clicked.connect(self.check_plan)
        self.export_report = QToolButton(text=self.tr("导出报告…"), objectName="exportReport")
        self.export_report.setToolTip(self.tr("把所选日期的检查报告(概况、规则核对、进度、问题清单)导出为 PDF 或 Excel"))
        self.export_report.clicked.connect(self.export)
        self.deadlines = QToolButton(text=self.tr("期限…"), objectName="deadlines")
        self.deadlines.setToolTip(self.tr("各级事项进驻和分中心设立的期限"))
        self.deadlines.clicked.connect(lambda: edit_deadlines(self.session, self))
        self.session.opened.connect(lambda _database: self._lock_deadlines())
        self.session.opened.connect(lambda _database: setattr(self, "_plan_day_pending", True))
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 2)
        row.addWidget(self.state)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("检查日期")))
        row.addWidget(self.as_of)
        row.addWidget(today)
        row.addWidget(self.recheck)
        row.addWidget(self.export_report)
        row.addWidget(self.deadlines)
        return bar

    def _findings_page(self) -> QWidget:
        self.severities = {severity: QCheckBox(objectName=f"{severity.value}Filter") for severity in Severity}
        for box in self.severities.values():
            box.setChecked(True)
            box.toggled.connect(self._filter)
        self.rule = QComboBox(objectName="ruleFilter")
        self.rule.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rule.setMinimumContentsLength(16)
        self.department = QComboBox(objectName="findingDepartmentFilter")
        self.department.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.department.setMinimumContentsLength(12)
        self.rule.addItem(self.tr("全部规则"), None)
        self.department.addItem(self.tr("全部部门"), None)
        for combo in (self.rule, self.department):
            combo.currentIndexChanged.connect(self._filter)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 2, 0, 0)
        for box in self.severities.values():
            filters.addWidget(box)
        filters.addSpacing(12)
        filters.addWidget(self.rule)
        filters.addWidget(self.department)
        filters.addStretch(1)
        self._show_counts()

        self.table = QTableView(objectName="findingTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))  # whole header, any language
        icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        widest = max(self.fontMetrics().horizontalAdvance(translated(severity.label)) for severity in Severity)
        header.resizeSection(SEVERITY_COLUMN, max(header.sectionSize(SEVERITY_COLUMN), widest + icon + 20))
        header.setSectionResizeMode(MESSAGE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._activated)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        return page

    # Following the plan.

    def apply(self, notice: ChangeNotice) -> None:
        departments = notice.catalog.departments if notice.catalog is not None else notice.departments
        if departments is not None:
            self._set_departments(departments)
        if notice.catalog is not None:  # opened or read again: whatever was running belongs to the past
            self._plan_check_pending = self._check_again = False
            self.check_plan()
        elif notice.is_empty:
            return
        elif notice.tables.keys() <= ITEM_TABLES:
            self._check_items({item.id for item in notice.items} | set(notice.removed_items)
                              | set(notice.tables.get("service_items", ())))
        elif self._check_seconds < AUTO_RECHECK_SECONDS:
            self.check_plan()
        else:
            self._outdated = True
            self._show_state()

    def day(self) -> dt.date:
        return self.as_of.date().toPython()

    def check_plan(self) -> None:
        """Check the whole plan as of the chosen day, in the background."""
        self._recheck.stop()
        self._date_settled.stop()
        if self.session.database is None:
            return
        if self._plan_check_pending:
            self._check_again = True  # after the one running: it may not see the latest change
            return
        self._plan_check_pending = True
        self._show_state()
        day = None if self._plan_day_pending else self.day()  # just opened: the plan's own day
        self.session.read(lambda database: check_whole_plan(database, day),
                          lambda result: self._plan_checked(day, result), self._check_failed)

    def _plan_checked(self, day: dt.date | None, result: PlanCheck) -> None:
        self._plan_check_pending = False
        if day is None:  # the plan's own day, now known: shown without checking again (unless a day was chosen)
            day = result.report.as_of
            if self._plan_day_pending:
                self._plan_day_pending = False
                with QSignalBlocker(self.as_of):
                    self.as_of.setDate(day)
        if self._check_again or day != self.day():
            self._check_again = False
            self.check_plan()
        if day != self.day():
            return
        self._check_seconds = result.seconds
        self._items_since = self._outdated = False
        self._checked_at = QTime.currentTime().toString("HH:mm:ss")
        self.model.set_rows(result.rows)
        self.checklist.show_rows(result.report.checklist)
        self.progress.show_progress(result.report.progress, result.report.one_window)
        self._after_rows_changed()
        settle_memory()
        self.checked.emit()

    def _check_failed(self) -> None:
        self._plan_check_pending = self._check_again = False
        self._show_state()

    def _check_items(self, item_ids: set[int]) -> None:
        if not item_ids:
            return
        day = self.day()
        self.session.read(lambda database: check_some_items(database, item_ids, day),
                          lambda rows: self._items_checked(day, item_ids, rows))

    def _items_checked(self, day: dt.date, item_ids: set[int], rows: list[FindingRow]) -> None:
        if day != self.day():
            return  # the whole plan is being checked on the new day
        self.model.replace_items(item_ids, rows)
        self._items_since = True
        self._after_rows_changed()
        if self._check_seconds < AUTO_RECHECK_SECONDS:
            self._recheck.start()

    def _after_rows_changed(self) -> None:
        self._update_rule_choices()
        self._show_counts()
        self._show_state()
        self.counts_changed.emit()

    def _show_state(self) -> None:
        if self._plan_check_pending:
            text = self.tr("正在检查…")
        elif not self._checked_at:
            text = ""
        elif self._outdated:
            text = self.tr("{time} 全面检查,此后规划有改动:请重新检查").format(time=self._checked_at)
        elif self._items_since:
            text = self.tr("{time} 全面检查,其后复查了修改的事项").format(time=self._checked_at)
        else:
            text = self.tr("{time} 全面检查").format(time=self._checked_at)
        self.state.setText(text)
        self.state.setToolTip(self.tr("修改事项后只复查这些事项;跨事项的规则(R4 联办事项、R8、R11)、规则核对和进度"
                                      "来自全面检查") if self._items_since else "")

    # Filters.

    def _set_departments(self, departments) -> None:
        self.departments = {department.id: department for department in departments}
        chosen = self.department.currentData()
        self.department.blockSignals(True)
        while self.department.count() > 1:
            self.department.removeItem(1)
        for department in departments:
            self.department.addItem(department.full_name, department.id)
        found = self.department.findData(chosen) if chosen is not None else 0
        self.department.setCurrentIndex(max(0, found))
        self.department.blockSignals(False)
        self.model.departments_renamed()
        if found < 0:
            self._filter()

    def _department_name(self, department_id: int) -> str:
        department = self.departments.get(department_id)
        return department.short_name if department is not None else ""

    def _update_rule_choices(self) -> None:
        chosen = self.rule.currentData()
        wanted = self.model.rules()
        if chosen is not None and chosen not in wanted:
            wanted.append(chosen)  # the rule filtered on keeps its place, though its findings are gone
        if [self.rule.itemData(index) for index in range(1, self.rule.count())] == wanted:
            return
        self.rule.blockSignals(True)
        while self.rule.count() > 1:
            self.rule.removeItem(1)
        for rule in wanted:
            title = translated(RULES[rule].title) if rule in RULES else ""
            self.rule.addItem(f"{rule} {title}".strip(), rule)
            self.rule.setItemData(self.rule.count() - 1, title, Qt.ItemDataRole.ToolTipRole)
        self.rule.setCurrentIndex(max(0, self.rule.findData(chosen)) if chosen is not None else 0)
        self.rule.blockSignals(False)
        self.rule.view().setMinimumWidth(self.rule.view().sizeHintForColumn(0) + 24)

    def _show_counts(self) -> None:
        for severity, box in self.severities.items():
            box.setText(self.tr("{severity} {count}").format(severity=translated(severity.label),
                                                             count=self.model.count(severity)))

    def _filter(self) -> None:
        self.model.set_filter(FindingFilter(
            frozenset(severity for severity, box in self.severities.items() if box.isChecked()),
            self.rule.currentData(), self.department.currentData()))

    def show_rule(self, rule: str) -> None:
        """The findings of ``rule`` (from the checklist)."""
        if self.rule.findData(rule) < 0:
            self.rule.addItem(rule, rule)
        self.rule.setCurrentIndex(self.rule.findData(rule))
        self.tabs.setCurrentIndex(0)

    def show_department(self, department_id: int) -> None:
        """The findings about ``department_id``'s items, places and staff (from the progress)."""
        self.department.setCurrentIndex(max(0, self.department.findData(department_id)))
        self.tabs.setCurrentIndex(0)

    # The report as a file.

    def export(self) -> None:
        """Ask where, then write the report as of the day shown, in the background."""
        if self.session.database is None:
            return
        pdf, excel = self.tr("PDF 报告 (*.pdf)"), self.tr("Excel 工作簿 (*.xlsx)")
        day = self.day()
        name, kind = QFileDialog.getSaveFileName(self, self.tr("导出检查报告"), self.tr("规划检查报告") + f"-{day.isoformat()}.pdf",
                                                 f"{pdf};;{excel}")
        if not name:
            return
        path = Path(name)
        wanted = ".xlsx" if kind == excel else ".pdf"
        if path.suffix.lower() not in (".pdf", ".xlsx"):
            path = path.with_name(path.name + wanted)
        chosen_font = app_settings.settings().value(app_settings.SIGNBOARD_FONT, "", type=str)
        self.export_report.setEnabled(False)
        self.session.read(lambda database: write_report(database, day, path, chosen_font), self._exported,
                          lambda: self.export_report.setEnabled(True))

    def _exported(self, outcome: Written | HallPlannerError) -> None:
        self.export_report.setEnabled(True)
        if isinstance(outcome, HallPlannerError):
            QMessageBox.warning(self, self.tr("无法导出检查报告"), refusal_text(outcome))
            return
        if outcome.path.suffix.lower() == ".pdf":
            text = self.tr("已导出检查报告 {path}:{pages} 页").format(path=outcome.path, pages=outcome.count)
        else:
            text = self.tr("已导出检查结果 {path}:{rows} 行").format(path=outcome.path, rows=outcome.count)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)
        self.exported.emit(text)

    # Going to a finding's subject.

    def _activated(self, index) -> None:
        finding = self.model.finding_at(index.row())
        if finding.subject_type is SubjectType.PLAN:
            self.tabs.setCurrentWidget(self.progress)  # R11: a measure of the whole plan, shown there
        elif finding.subject_id is not None:
            self.subject_chosen.emit(finding.subject_type, finding.subject_id)

    def _lock_deadlines(self) -> None:
        """The plan's deadlines are the planners': a department or viewer login sees why not."""
        refusal = self.session.plan_refusal()
        self.deadlines.setEnabled(refusal is None)
        self.deadlines.setToolTip(refusal or self.tr("各级事项进驻和分中心设立的期限"))
