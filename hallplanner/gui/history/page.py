"""The 历史 page: who changed what and when, one edit per row, its changes below.

The page reads a page of edits in the background (``services.history``), newest first, and
more on request; filters narrow them by person, dates and department, and a record's history
("查看历史" on an item, window or venue) shows only the edits of that record. Each edit's rows
are shown in the planner's words: field labels, names instead of ids, before and after.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hallplanner.gui.i18n import translated
from hallplanner.gui.pages import LazyPage
from hallplanner.gui.session import PlanSession
from hallplanner.services.history_views import ACTIONS, EditHistory, EditPage, HistoryQuery
from hallplanner.services.views import ChangeNotice

NO_DATE = QDate(2000, 1, 1)  # a date editor at its minimum shows 不限
PAGE_SIZE = 200


def _cell(text: object) -> QTableWidgetItem:
    cell = QTableWidgetItem("" if text is None else str(text))
    cell.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
    return cell


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    return table


def fit_columns(table: QTableWidget) -> None:
    """Each column as wide as its texts, but the last, which fills the rest of the table."""
    for column in range(table.columnCount() - 1):
        table.resizeColumnToContents(column)


class HistoryPage(LazyPage):
    exported = Signal(str)  # a message for the status bar

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.record: tuple[str, int] | None = None
        self.edits: list[EditHistory] = []
        self.more = False
        self._filling = False  # the filter boxes are being filled: their changes are not the planner's

        self.subject = QLabel(objectName="historySubject")
        self.whole_plan = QPushButton(self.tr("查看全部修改"), objectName="historyWholePlan")
        self.whole_plan.clicked.connect(lambda: self.show_record(None))
        self.actor = QComboBox(objectName="historyActor")
        self.department = QComboBox(objectName="historyDepartment")
        self.since, self.until = (self._date_edit(name) for name in ("historySince", "historyUntil"))
        for box in (self.actor, self.department):
            box.currentIndexChanged.connect(self._filters_changed)
        self.export_button = QPushButton(self.tr("导出 Excel…"), objectName="historyExport")
        self.export_button.clicked.connect(self._export)
        bar = QHBoxLayout()
        bar.addWidget(self.subject, 1)
        bar.addWidget(self.whole_plan)
        for label, widget in ((self.tr("修改人"), self.actor), (self.tr("部门"), self.department),
                              (self.tr("从"), self.since), (self.tr("至"), self.until)):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addWidget(self.export_button)

        self.table = _table("historyEdits", [self.tr("时间"), self.tr("修改人"), self.tr("操作"), self.tr("记录数")])
        self.table.itemSelectionChanged.connect(self._edit_chosen)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the edit's label
        self.rows = _table("historyRows", [self.tr("对象类型"), self.tr("对象"), self.tr("动作"), self.tr("字段"),
                                           self.tr("修改前"), self.tr("修改后")])
        self.more_button = QPushButton(self.tr("加载更早的修改"), objectName="historyMore")
        self.more_button.clicked.connect(lambda: self._read(append=True))
        self.status = QLabel(objectName="historyStatus")
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.more_button)
        upper_layout.addLayout(footer)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(self.rows)
        splitter.setSizes([420, 380])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter)
        session.changed.connect(self._changed)
        session.opened.connect(lambda _database: self._opened())
        self._show_subject("")

    def _date_edit(self, name: str) -> QDateEdit:
        editor = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd", objectName=name)
        editor.setMinimumDate(NO_DATE)
        editor.setSpecialValueText(self.tr("不限"))
        editor.setDate(NO_DATE)
        editor.dateChanged.connect(self._filters_changed)
        return editor

    # What to show.

    def show_record(self, record: tuple[str, int] | None, title: str = "") -> None:
        """The history of one record (kind and id: ``("item", 12)``), or of the whole plan."""
        self.record = record
        self._show_subject(title)
        self.plan_changed()

    def _show_subject(self, title: str) -> None:
        self.subject.setText(self.tr("历史:{record}").format(record=title) if self.record else self.tr("历史:整个规划"))
        self.whole_plan.setVisible(self.record is not None)

    def query(self, offset: int = 0) -> HistoryQuery:
        def day(editor: QDateEdit) -> dt.date | None:
            return None if editor.date() == NO_DATE else editor.date().toPython()

        return HistoryQuery(self.record, self.actor.currentData(), day(self.since), day(self.until),
                            self.department.currentData(), limit=PAGE_SIZE, offset=offset)

    def _filters_changed(self) -> None:
        if not self._filling:
            self.plan_changed()

    # Reading.

    def _opened(self) -> None:
        self.record = None
        self._show_subject("")
        self._filling = True
        for box in (self.actor, self.department):
            box.clear()
        self._filling = False
        self.plan_changed()

    def _changed(self, notice: ChangeNotice) -> None:
        if not notice.is_empty:
            self.plan_changed()

    def refresh(self) -> None:
        self._stale = False
        self._read(append=False)

    def _read(self, *, append: bool) -> None:
        query = self.query(len(self.edits) if append else 0)
        record = self.record

        def work(database):
            from hallplanner.services.catalog import list_departments
            from hallplanner.services.history import actors, history, record_title

            title = record_title(database, *record) if record else ""
            return history(database, query), actors(database), list_departments(database), title

        def done(result) -> None:
            page, people, departments, title = result
            if record != self.record:
                return  # another record was asked for meanwhile; its read follows
            self._fill_filters(people, departments)
            if record:
                self._show_subject(title)
            self.show_page(page, append=append)

        self.session.read(work, done)

    def _fill_filters(self, people: list[str], departments) -> None:
        self._filling = True
        for box, choices in ((self.actor, [(person, person) for person in people]),
                             (self.department, [(d.full_name, d.id) for d in departments])):
            chosen = box.currentData()
            box.clear()
            box.addItem(self.tr("全部"), None)
            for text, data in choices:
                box.addItem(text, data)
            box.setCurrentIndex(max(0, box.findData(chosen)) if chosen is not None else 0)
        self._filling = False

    def show_page(self, page: EditPage, *, append: bool = False) -> None:
        self.edits = (self.edits if append else []) + page.edits
        self.more = page.more
        self.table.setRowCount(len(self.edits))
        for row, edit in enumerate(self.edits):
            for column, text in enumerate((edit.local_time.strftime("%Y-%m-%d %H:%M"), edit.actor,
                                           translated(edit.label) or self.tr("(未命名的修改)"), edit.row_count)):
                self.table.setItem(row, column, _cell(text))
        for column in (0, 1, 3):
            self.table.resizeColumnToContents(column)
        self.more_button.setEnabled(page.more)
        self.status.setText(self.tr("{count} 次修改{more}").format(
            count=len(self.edits), more=self.tr(",还有更早的") if page.more else ""))
        if self.edits and not append:
            self.table.selectRow(0)
        elif not self.edits:
            self.rows.setRowCount(0)

    def _edit_chosen(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return
        edit = self.edits[selected[0].row()]
        lines = []
        for row in edit.rows:
            head = [translated(row.kind), row.record, translated(row.action)]
            if not row.fields:
                lines.append([*head, "", "", ""])
            for number, field in enumerate(row.fields):
                lines.append([*(head if number == 0 else ["", "", ""]), translated(field.label),
                              "" if row.action == ACTIONS["insert"] else field.before,
                              "" if row.action == ACTIONS["delete"] else field.after])
        if edit.row_count > len(edit.rows):
            lines.append(["", self.tr("……另有 {count} 条记录,导出 Excel 可看全部").format(
                count=edit.row_count - len(edit.rows)), "", "", "", ""])
        self.rows.setRowCount(len(lines))
        for row, line in enumerate(lines):
            for column, text in enumerate(line):
                self.rows.setItem(row, column, _cell(text))
        fit_columns(self.rows)

    # Export.

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出修改历史"), "", self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.export_to(Path(path if path.lower().endswith(".xlsx") else path + ".xlsx"))

    def export_to(self, path: Path) -> None:
        query, what = self.query(), self.subject.text()
        self.export_button.setEnabled(False)

        def work(database):
            from hallplanner.exchange.exporters import HistoryExporter

            return HistoryExporter(query, what).export(database, path)

        def done(rows: int) -> None:
            self.export_button.setEnabled(True)
            self.exported.emit(self.tr("已导出修改历史 {path}:{rows} 行").format(path=path, rows=rows))

        self.session.read(work, done, lambda: self.export_button.setEnabled(True))
