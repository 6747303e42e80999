"""The findings as a Qt table model: every finding in its order, the rows the filters let through.

A plan of 100,000 items has tens of thousands of findings, so the model works as the
catalog's does: the rows are kept in sort order (severity, rule, subject) with their
keys, filtered in Python, and a refresh changes only the rows that differ. A whole new
check is merged with the rows on show (rows that stay keep their selection); an edit's
items are removed and inserted by bisection. The keys and each finding's department are
worked out in the background (``rows_for``), never on the GUI thread.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from hallplanner.domain.checks import ITEM_RULES
from hallplanner.domain.findings import (
    SEVERITY_ORDER,
    Finding,
    Severity,
    SubjectType,
    rule_sort_key,
)
from hallplanner.domain.plan_rules import RULES
from hallplanner.gui.i18n import translated

FindingRole = Qt.ItemDataRole.UserRole + 1  # the row's Finding

SEVERITY_COLUMN, RULE_COLUMN, TYPE_COLUMN, SUBJECT_COLUMN, DEPARTMENT_COLUMN, MESSAGE_COLUMN, SECTION_COLUMN = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("FindingModel", "级别"),
    QT_TRANSLATE_NOOP("FindingModel", "规则"),
    QT_TRANSLATE_NOOP("FindingModel", "对象类型"),
    QT_TRANSLATE_NOOP("FindingModel", "对象"),
    QT_TRANSLATE_NOOP("FindingModel", "部门"),
    QT_TRANSLATE_NOOP("FindingModel", "问题与处理"),
    QT_TRANSLATE_NOOP("FindingModel", "依据"),
)
# Readable on a white row and on the alternate row's grey: red for errors, amber-brown for warnings.
SEVERITY_COLOURS = {Severity.ERROR: QColor("#b71c1c"), Severity.WARNING: QColor("#8a5a00"),
                    Severity.INFO: QColor("#1f5f99")}
SEVERITY_ICONS = {Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
                  Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
                  Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation}
RESET_LIMIT = 5_000  # more rows coming and going than this: one reset is cheaper than the signals


@dataclass(frozen=True, slots=True)
class FindingRow:
    """A finding with its place in the order and its subject's department."""

    key: str  # sort_text and a count of identical findings before it
    finding: Finding
    department_id: int | None


def rows_for(findings: Iterable[Finding], departments: Mapping[tuple[SubjectType, int], int]) -> list[FindingRow]:
    """The findings as rows in ``Finding.sort_key`` order; run in the background.

    Identical findings (an item kept twice at one venue) get consecutive keys: the rows stay apart.
    """
    rows = []
    seen: Counter[str] = Counter()
    for finding in findings:
        base = sort_text(finding)
        rows.append(FindingRow(f"{base}{SEPARATOR}{seen[base]:04d}", finding,
                               departments.get((finding.subject_type, finding.subject_id))))
        seen[base] += 1
    rows.sort(key=attrgetter("key"))
    return rows


SEPARATOR = "\x00"  # below every character of a name or message: a shorter part sorts first, as in a tuple


def sort_text(finding: Finding) -> str:
    """``Finding.sort_key`` and the subject's id as one string that sorts alike.

    A string, not a tuple: the garbage collector does not walk strings, and at 100,000
    items three tuples a finding made each of its full collections (which stop the
    window) three times as long.
    """
    number, rule = rule_sort_key(finding.rule)
    subject_id = 0 if finding.subject_id is None else finding.subject_id + 1
    return SEPARATOR.join((str(SEVERITY_ORDER[finding.severity]), f"{number:05d}", rule,
                           finding.subject_type.value, finding.subject, finding.message, f"{subject_id:012d}"))


@dataclass(frozen=True)
class FindingFilter:
    severities: frozenset[Severity] = frozenset(Severity)
    rule: str | None = None
    department_id: int | None = None

    def accepts(self, row: FindingRow) -> bool:
        finding = row.finding
        return finding.severity in self.severities and (self.rule is None or finding.rule == self.rule) \
            and (self.department_id is None or row.department_id == self.department_id)


def is_item_local(finding: Finding, item_ids: Collection[int]) -> bool:
    """Whether checking ``item_ids`` again reports this finding afresh (or no longer)."""
    return finding.subject_type is SubjectType.ITEM and finding.subject_id in item_ids and finding.rule in ITEM_RULES


class FindingModel(QAbstractTableModel):
    def __init__(self, department_name: Callable[[int], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._department_name = department_name
        self._all: list[FindingRow] = []  # in key order
        self._all_keys: list[str] = []
        self._shown: list[FindingRow] = []  # the rows the filter lets through, in key order
        self._shown_keys: list[str] = []
        self._filter = FindingFilter()
        self._counts: Counter[Severity] = Counter()
        # item id → its findings an item check replaces: one row, or a list of them
        self._item_rows: dict[int, FindingRow | list[FindingRow]] = {}
        self._icons: dict[Severity, QIcon] = {}

    # Refreshing.

    def set_rows(self, rows: list[FindingRow]) -> None:
        """A whole new check: rows that stay keep their place and selection, the others come and go."""
        self._all = rows
        self._all_keys = [row.key for row in rows]
        self._counts = Counter(row.finding.severity for row in rows)
        self._item_rows = {}
        for row in rows:
            self._note_item_row(row)
        self._show([row for row in rows if self._filter.accepts(row)])

    def _note_item_row(self, row: FindingRow) -> None:
        # Most items have one such finding: it is stored as it is, and only a second makes a list.
        # A list per item would be 100,000 new objects, and Python's garbage collector would then
        # walk every finding on the GUI thread (0.5 s) while the rows are shown.
        finding = row.finding
        if finding.subject_type is SubjectType.ITEM and finding.rule in ITEM_RULES:
            known = self._item_rows.get(finding.subject_id)
            if known is None:
                self._item_rows[finding.subject_id] = row
            elif isinstance(known, list):
                known.append(row)
            else:
                self._item_rows[finding.subject_id] = [known, row]

    def _item_rows_of(self, item_id: int) -> list[FindingRow]:
        known = self._item_rows.get(item_id)
        return [] if known is None else known if isinstance(known, list) else [known]

    def replace_items(self, item_ids: Collection[int], rows: list[FindingRow]) -> None:
        """The item checks of ``item_ids`` again: their old findings go, ``rows`` come."""
        item_ids = set(item_ids)
        stale = [row for item_id in item_ids for row in self._item_rows_of(item_id)]
        if len(stale) + len(rows) > RESET_LIMIT // 10:  # many: merging the whole list is cheaper
            kept = [row for row in self._all if not is_item_local(row.finding, item_ids)]
            self.set_rows(sorted(kept + rows, key=attrgetter("key")))
            return
        for item_id in item_ids:
            self._item_rows.pop(item_id, None)
        for row in stale:
            position = bisect_left(self._all_keys, row.key)
            del self._all[position], self._all_keys[position]
            self._counts[row.finding.severity] -= 1
            if self._filter.accepts(row):
                shown = bisect_left(self._shown_keys, row.key)
                self.beginRemoveRows(QModelIndex(), shown, shown)
                del self._shown[shown], self._shown_keys[shown]
                self.endRemoveRows()
        for row in rows:
            self._note_item_row(row)
            position = bisect_left(self._all_keys, row.key)
            self._all.insert(position, row)
            self._all_keys.insert(position, row.key)
            self._counts[row.finding.severity] += 1
            if self._filter.accepts(row):
                shown = bisect_left(self._shown_keys, row.key)
                self.beginInsertRows(QModelIndex(), shown, shown)
                self._shown.insert(shown, row)
                self._shown_keys.insert(shown, row.key)
                self.endInsertRows()

    def set_filter(self, wanted: FindingFilter) -> None:
        if wanted != self._filter:
            self._filter = wanted
            self._show([row for row in self._all if wanted.accepts(row)])

    @property
    def filter(self) -> FindingFilter:
        return self._filter

    def departments_renamed(self) -> None:
        if self._shown:
            self.dataChanged.emit(self.index(0, DEPARTMENT_COLUMN), self.index(len(self._shown) - 1,
                                                                                DEPARTMENT_COLUMN))

    def _show(self, wanted: list[FindingRow]) -> None:
        """Change the rows on show into ``wanted`` (both in key order) by removing and inserting runs."""
        old = self._shown
        removed, inserted, changed = [], [], []
        i = j = 0
        while i < len(old) and j < len(wanted):
            if old[i].key == wanted[j].key:
                if old[i] != wanted[j]:
                    changed.append(j)  # same finding, its subject now in another department
                i, j = i + 1, j + 1
            elif old[i].key < wanted[j].key:
                removed.append(i)
                i += 1
            else:
                inserted.append(j)
                j += 1
        removed.extend(range(i, len(old)))
        inserted.extend(range(j, len(wanted)))
        if len(removed) + len(inserted) > RESET_LIMIT:
            self.beginResetModel()
            self._shown, self._shown_keys = wanted, [row.key for row in wanted]
            self.endResetModel()
            return
        for first, last in reversed(_runs(removed)):
            self.beginRemoveRows(QModelIndex(), first, last)
            del old[first:last + 1]
            self.endRemoveRows()
        # What stays is in ``wanted``'s order; each run goes where ``wanted`` has it.
        for first, last in _runs(inserted):
            self.beginInsertRows(QModelIndex(), first, last)
            old[first:first] = wanted[first:last + 1]
            self.endInsertRows()
        self._shown_keys = [row.key for row in old]
        for row in changed:
            old[row] = wanted[row]
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    # Reading.

    def count(self, severity: Severity) -> int:
        """Findings of ``severity`` in the whole check, whatever the filter shows."""
        return self._counts[severity]

    def rules(self) -> list[str]:
        """The rules that have findings, in the plan's order."""
        return sorted({row.finding.rule for row in self._all}, key=rule_sort_key)

    def findings(self) -> list[Finding]:
        return [row.finding for row in self._all]

    def shown_findings(self) -> list[Finding]:
        return [row.finding for row in self._shown]

    def finding_at(self, row: int) -> Finding:
        return self._shown[row].finding

    def row_of(self, finding: Finding) -> int | None:
        return next((row for row, shown in enumerate(self._shown) if shown.finding == finding), None)

    # Qt's model interface.

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        shown = self._shown[index.row()]
        finding, column = shown.finding, index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(shown, column)
            if role == Qt.ItemDataRole.ToolTipRole and column == RULE_COLUMN and finding.rule in RULES:
                return f"{finding.rule} {translated(RULES[finding.rule].title)}"
            return text
        if column == SEVERITY_COLUMN:
            if role == Qt.ItemDataRole.DecorationRole:
                return self._icon(finding.severity)
            if role == Qt.ItemDataRole.ForegroundRole:
                return SEVERITY_COLOURS[finding.severity]
        if role == FindingRole:
            return finding
        return None

    def _text(self, shown: FindingRow, column: int) -> str:
        finding = shown.finding
        if column == SEVERITY_COLUMN:
            return translated(finding.severity.label)
        if column == RULE_COLUMN:
            return finding.rule
        if column == TYPE_COLUMN:
            return translated(finding.subject_type.label)
        if column == SUBJECT_COLUMN:
            return finding.subject
        if column == DEPARTMENT_COLUMN:
            return self._department_name(shown.department_id) if shown.department_id is not None else ""
        if column == MESSAGE_COLUMN:
            return translated(finding.message)
        return finding.section

    def _icon(self, severity: Severity) -> QIcon:
        if severity not in self._icons:
            self._icons[severity] = QApplication.style().standardIcon(SEVERITY_ICONS[severity])
        return self._icons[severity]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("FindingModel", HEADERS[section])
        return None


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Ascending row numbers as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
