"""The rules' checklist and the progress of entry: small tables, shown as a check gave them.

Both come from a whole check (``services.checks.check_plan``): every rule with its kind
and state, none left out; per department, how many items must enter, have entered, have
a center window, are overdue, by which deadline; per domain, how many entered items its
integrated windows handle (R11, 一窗通办).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hallplanner.domain.checks import DepartmentProgress, DomainProgress
from hallplanner.domain.findings import Severity
from hallplanner.gui.checks.finding_model import SEVERITY_COLOURS
from hallplanner.gui.i18n import translated

CHECKLIST_HEADERS = (
    QT_TRANSLATE_NOOP("Overview", "规则"), QT_TRANSLATE_NOOP("Overview", "内容"),
    QT_TRANSLATE_NOOP("Overview", "判定方式"), QT_TRANSLATE_NOOP("Overview", "错误"),
    QT_TRANSLATE_NOOP("Overview", "警告"), QT_TRANSLATE_NOOP("Overview", "提示"),
    QT_TRANSLATE_NOOP("Overview", "状态"),
)
PROGRESS_HEADERS = (
    QT_TRANSLATE_NOOP("Overview", "部门"), QT_TRANSLATE_NOOP("Overview", "进驻期限"),
    QT_TRANSLATE_NOOP("Overview", "应进驻"), QT_TRANSLATE_NOOP("Overview", "已进驻"),
    QT_TRANSLATE_NOOP("Overview", "已排中心窗口"), QT_TRANSLATE_NOOP("Overview", "逾期未进驻"),
    QT_TRANSLATE_NOOP("Overview", "进驻率"),
)
ONE_WINDOW_HEADERS = (
    QT_TRANSLATE_NOOP("Overview", "领域"), QT_TRANSLATE_NOOP("Overview", "已进驻事项"),
    QT_TRANSLATE_NOOP("Overview", "在本领域综合窗口办理"), QT_TRANSLATE_NOOP("Overview", "一窗通办率"),
)
KIND_COLUMN = 2
RowIdRole = Qt.ItemDataRole.UserRole + 1  # a checklist row's rule id, a progress row's department id


def _table(name: str, headers: Sequence[str], widths: Sequence[int], table: QTableWidget | None = None) \
        -> QTableWidget:
    """A read-only table of whole rows, headed ``headers``, its columns at least ``widths`` wide."""
    table = table if table is not None else QTableWidget()
    table.setObjectName(name)
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels([QCoreApplication.translate("Overview", text) for text in headers])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    for column, width in enumerate(widths):
        header.resizeSection(column, max(width, header.sectionSizeHint(column)))  # whole header, any language
    header.setStretchLastSection(True)
    return table


def _sortable(table: QTableWidget) -> None:
    """Sorted as the check gave the rows until the planner clicks a header."""
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)


class ShareDelegate(QStyledItemDelegate):
    """A per cent shown as a bar: which departments lag shows at a glance."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        value = index.data()
        if not isinstance(value, int):
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget is not None else QApplication.style()
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget)
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(3, 3, -3, -3)
        bar.minimum, bar.maximum, bar.progress = 0, 100, value
        bar.text, bar.textVisible = f"{value}%", True
        bar.state = QStyle.StateFlag.State_Enabled
        bar.palette = option.palette
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)


def _cell(value: object, *, colour: QColor | None = None, row_id: object = None) -> QTableWidgetItem:
    cell = QTableWidgetItem()
    cell.setData(Qt.ItemDataRole.DisplayRole, value)
    if isinstance(value, int) or value == "—":
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if isinstance(value, str):
        cell.setToolTip(value)
    if colour is not None:
        cell.setForeground(colour)
    if row_id is not None:
        cell.setData(RowIdRole, row_id)
    return cell


def _fill(table: QTableWidget, rows: list[list[QTableWidgetItem]]) -> None:
    sorting = table.isSortingEnabled()
    table.setSortingEnabled(False)  # else each cell set re-sorts the rows under the loop
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, cell in enumerate(cells):
            table.setItem(row, column, cell)
    table.setSortingEnabled(sorting)


def _share(done: int, total: int) -> int | str:
    """Per cent, a number so that the column sorts by it."""
    return round(100 * done / total) if total else "—"


class ChecklistTable(QTableWidget):
    """Every rule R1–R16: how it is decided and where it stands. Double-click: its findings."""

    rule_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _table("checklist", CHECKLIST_HEADERS, (52, 440, 84, 48, 48, 48), self)
        self.itemDoubleClicked.connect(lambda cell: self.rule_chosen.emit(self.item(cell.row(), 0).data(RowIdRole)))

    def show_rows(self, rows) -> None:
        """``rows``: the checklist rows of a check (``services.checks.ChecklistRow``)."""
        _fill(self, [[
            _cell(row.rule.id, row_id=row.rule.id),
            _cell(translated(row.rule.title)),
            _cell(translated(row.rule.kind.label)),
            _cell(row.errors, colour=SEVERITY_COLOURS[Severity.ERROR] if row.errors else None),
            _cell(row.warnings, colour=SEVERITY_COLOURS[Severity.WARNING] if row.warnings else None),
            _cell(row.infos),
            _cell(translated(row.state)),
        ] for row in rows])
        self.resizeColumnToContents(KIND_COLUMN)  # three short labels: shown whole in any language


class ProgressView(QWidget):
    """Entry per department as of the day, and one-window handling per domain."""

    department_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.departments = _table("entryProgress", PROGRESS_HEADERS, (220, 96, 64, 64, 96, 84, 160))
        self.domains = _table("oneWindowProgress", ONE_WINDOW_HEADERS, (110, 90, 150, 160))
        self._share = ShareDelegate(self)
        for table in (self.departments, self.domains):
            _sortable(table)
            # The names take what is left; the bars keep their width.
            table.horizontalHeader().setStretchLastSection(False)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.setItemDelegateForColumn(table.columnCount() - 1, self._share)
        self.departments.itemDoubleClicked.connect(
            lambda cell: self.department_chosen.emit(self.departments.item(cell.row(), 0).data(RowIdRole)))
        # Side by side: the dock is wide and low.
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="progressSplitter")
        for title, table in ((self.tr("各部门进驻进度(R1)"), self.departments),
                             (self.tr("各领域一窗通办进度(R11)"), self.domains)):
            part = QWidget()
            column = QVBoxLayout(part)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(QLabel(title))
            column.addWidget(table)
            splitter.addWidget(part)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def show_progress(self, departments: list[DepartmentProgress], domains: list[DomainProgress]) -> None:
        error = SEVERITY_COLOURS[Severity.ERROR]
        _fill(self.departments, [[
            _cell(row.department, row_id=row.department_id),
            _cell(row.due_on.isoformat() if row.due_on else self.tr("未定")),
            _cell(row.to_enter),
            _cell(row.entered),
            _cell(row.planned),
            _cell(row.overdue, colour=error if row.overdue else None),
            _cell(_share(row.entered, row.to_enter)),
        ] for row in departments])
        _fill(self.domains, [[
            _cell(row.domain),
            _cell(row.items),
            _cell(row.at_domain_windows),
            _cell(_share(row.at_domain_windows, row.items)),
        ] for row in domains])
