"""The 负面清单 page: the list's versions (which is in force, its lines, the difference between two),
and the adjustment proposals with their steps (plan §三(五)).

Everything is read in the background when the page is shown and after a change notice that touches
the list, its proposals or the items. Importing a version, applying the version in force, raising a
proposal and each of its steps are edits: one undo step each.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTableWidgetSelectionRange,
    QVBoxLayout,
    QWidget,
)

from hallplanner.gui.i18n import joined, refusal_text, translated
from hallplanner.gui.negative_list.dialogs import ProposalDialog, StepDialog, VersionDialog
from hallplanner.gui.pages import LazyPage
from hallplanner.gui.session import PlanSession
from hallplanner.services.negative_list_views import ListDiffView, ProposalView, VersionView
from hallplanner.services.views import ChangeNotice

LIST_TABLES = ("negative_list_versions", "negative_list_entries", "negative_list_proposals",
               "negative_list_proposal_steps", "service_items")
ADDED, REMOVED = QColor("#e3f4e1"), QColor("#fbe3e1")


def _table(object_name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=object_name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], colours: list[QColor | None] | None = None) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            cell = QTableWidgetItem(value)
            if colours and colours[row] is not None:
                cell.setBackground(QBrush(colours[row]))
            table.setItem(row, column, cell)


class NegativeListPage(LazyPage):
    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("negativeListPage")
        self.session = session
        self.versions: list[VersionView] = []
        self.proposals: list[ProposalView] = []
        self.reads = 0  # tests wait on it

        self.version_table = _table("versionTable", [self.tr("施行日期"), self.tr("范围"), self.tr("版本"),
                                                     self.tr("事项数"), self.tr("状态"), self.tr("来源")])
        self.version_table.itemSelectionChanged.connect(self._version_chosen)
        self.import_button = QPushButton(self.tr("导入版本…"), objectName="importVersion")
        self.compare_button = QPushButton(self.tr("比较所选两个版本"), objectName="compareVersions")
        self.apply_button = QPushButton(self.tr("按施行中的版本更新事项标记"), objectName="applyVersion")
        self.import_button.clicked.connect(self.import_version)
        self.compare_button.clicked.connect(self.compare)
        self.apply_button.clicked.connect(self.apply_in_force)
        buttons = QHBoxLayout()
        for button in (self.import_button, self.compare_button, self.apply_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        versions = QGroupBox(self.tr("负面清单版本"))
        box = QVBoxLayout(versions)
        box.addLayout(buttons)
        box.addWidget(self.version_table)

        self.entries_title = QLabel(objectName="entriesTitle", wordWrap=True)
        self.entries_title.setStyleSheet("font-weight: bold")
        self.entry_table = _table("entryTable", ["", self.tr("基本编码"), self.tr("事项名称"), self.tr("部门"),
                                                 self.tr("备注")])
        entries = QGroupBox(self.tr("清单内容"))
        box = QVBoxLayout(entries)
        box.addWidget(self.entries_title)
        box.addWidget(self.entry_table)

        self.proposal_table = _table("proposalTable", [self.tr("编号"), self.tr("状态"), self.tr("提出部门"),
                                                       self.tr("调整"), self.tr("事项"), self.tr("调整后的版本")])
        self.proposal_table.itemSelectionChanged.connect(self._proposal_chosen)
        self.step_table = _table("stepTable", [self.tr("日期"), self.tr("步骤"), self.tr("办理机构"), self.tr("经办人"),
                                               self.tr("意见或理由"), self.tr("附件")])
        self.raise_button = QPushButton(self.tr("提出调整建议…"), objectName="raiseProposal")
        self.step_button = QPushButton(self.tr("办理下一步…"), objectName="advanceProposal")
        self.raise_button.clicked.connect(self.raise_proposal)
        self.step_button.clicked.connect(self.advance)
        buttons = QHBoxLayout()
        buttons.addWidget(self.raise_button)
        buttons.addWidget(self.step_button)
        buttons.addWidget(QLabel(self.tr("部门提出 → 报同级审改办 → 市审改办汇总报送 → 省审改办审定(§三(五))")), 1)
        proposals = QGroupBox(self.tr("调整建议"))
        box = QVBoxLayout(proposals)
        box.addLayout(buttons)
        box.addWidget(self.proposal_table, 2)
        box.addWidget(self.step_table, 1)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(versions)
        top.addWidget(entries)
        top.setSizes([760, 840])
        outer = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(top)
        outer.addWidget(proposals)
        outer.setSizes([420, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(outer)
        session.changed.connect(self._changed)
        self._update_buttons()

    # Reading.

    def _changed(self, notice: ChangeNotice) -> None:
        if notice.catalog is not None or any(notice.touches(table) for table in LIST_TABLES):
            self.plan_changed()

    def refresh(self) -> None:
        self._stale = False
        today = dt.date.today()

        def work(database):
            from hallplanner.services.negative_list import list_versions
            from hallplanner.services.proposals import list_proposals

            return list_versions(database, today), list_proposals(database)

        self.session.read(work, self.show)

    def show(self, result: tuple[list[VersionView], list[ProposalView]]) -> None:
        chosen_version, chosen_proposal = self.selected_versions(), self.selected_proposal()
        self.versions, self.proposals = result
        _fill(self.version_table, [[v.effective_on.isoformat(), translated(v.scope.label), v.name, str(v.entries),
                                    self.tr("施行中") if v.in_force else "",
                                    self.tr("据“{}”调整").format(v.based_on) if v.based_on else v.source]
                                   for v in self.versions])
        _fill(self.proposal_table, [[str(p.id), translated(p.state.label), p.department, translated(p.action.label),
                                     p.item_name, p.amendment] for p in self.proposals])
        self._reselect(self.version_table, [v.id for v in self.versions],
                       [v.id for v in chosen_version] or [v.id for v in self.versions if v.in_force][:1])
        self._reselect(self.proposal_table, [p.id for p in self.proposals], [chosen_proposal.id] if chosen_proposal
                       else [p.id for p in self.proposals][:1])
        if not self.versions:
            self.entries_title.setText(self.tr("尚无负面清单版本:点“导入版本…”导入省审改办公布的清单"))
            self.entry_table.setRowCount(0)
        self._version_chosen()
        self._proposal_chosen()
        self._update_buttons()
        self.reads += 1

    @staticmethod
    def _reselect(table: QTableWidget, ids: list[int], wanted: list[int]) -> None:
        table.blockSignals(True)
        table.clearSelection()
        for row, row_id in enumerate(ids):
            if row_id in wanted:
                table.setRangeSelected(QTableWidgetSelectionRange(row, 0, row, table.columnCount() - 1), True)
        table.blockSignals(False)

    def selected_versions(self) -> list[VersionView]:
        rows = sorted({index.row() for index in self.version_table.selectedIndexes()})
        return [self.versions[row] for row in rows if row < len(self.versions)]

    def selected_proposal(self) -> ProposalView | None:
        rows = {index.row() for index in self.proposal_table.selectedIndexes()}
        return self.proposals[min(rows)] if rows and min(rows) < len(self.proposals) else None

    def _version_chosen(self) -> None:
        self._update_buttons()
        chosen = self.selected_versions()
        if len(chosen) != 1:
            return
        version = chosen[0]

        def work(database):
            from hallplanner.services.negative_list import version_entries

            return version, version_entries(database, version.id)

        self.session.read(work, self._show_entries)

    def _show_entries(self, result) -> None:
        version, entries = result
        self.entries_title.setText(self.tr("{name}:{count} 项,自 {date} 起施行").format(
            name=version.name, count=len(entries), date=version.effective_on.isoformat()))
        _fill(self.entry_table, [["", e.basic_code, e.name, e.department, e.note] for e in entries])

    def compare(self) -> None:
        chosen = sorted(self.selected_versions(), key=lambda v: (v.effective_on, v.id))
        if len(chosen) != 2:
            return
        old, new = chosen

        def work(database):
            from hallplanner.services.negative_list import diff_versions

            return diff_versions(database, old.id, new.id)

        self.session.read(work, self.show_diff)

    def show_diff(self, changes: ListDiffView) -> None:
        self.entries_title.setText(self.tr("“{old}”→“{new}”:新增 {added} 项,删除 {removed} 项").format(
            old=changes.old.name, new=changes.new.name, added=len(changes.added), removed=len(changes.removed)))
        rows = [["+", e.basic_code, e.name, e.department, e.note] for e in changes.added]
        rows += [["−", e.basic_code, e.name, e.department, e.note] for e in changes.removed]
        _fill(self.entry_table, rows, [ADDED] * len(changes.added) + [REMOVED] * len(changes.removed))

    def _proposal_chosen(self) -> None:
        proposal = self.selected_proposal()
        steps = proposal.steps if proposal else ()
        _fill(self.step_table, [[s.on.isoformat(), translated(s.state.label), s.office, s.person, s.reason,
                                 joined(list(s.attachments))] for s in steps])
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = self.session.writable
        proposal = self.selected_proposal()
        self.import_button.setEnabled(writable)
        self.apply_button.setEnabled(writable and bool(self.versions))
        self.compare_button.setEnabled(len(self.selected_versions()) == 2)
        self.raise_button.setEnabled(writable)
        self.step_button.setEnabled(writable and proposal is not None and bool(proposal.next_states))

    # Editing.

    def _refused(self, refusal) -> None:
        QMessageBox.warning(self, self.tr("负面清单"), refusal_text(refusal))

    def import_version(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("导入负面清单"), "",
                                              self.tr("表格 (*.xlsx *.xls *.ods *.csv)"))
        if path:
            self.read_file(Path(path))

    def read_file(self, path: Path) -> None:
        def work(database):
            from hallplanner.exchange.negative_list_file import read_negative_list_file

            return read_negative_list_file(path)

        self.session.read(work, lambda parsed: self.ask_version(path, parsed))

    def ask_version(self, path: Path, parsed) -> None:
        if parsed.problems:
            lines = [f"{problem.place}:{translated(problem.text)}" for problem in parsed.problems[:20]]
            QMessageBox.warning(self, self.tr("导入负面清单"), self.tr("{file} 有 {count} 行错误,未导入:\n{lines}").format(
                file=path.name, count=len(parsed.problems), lines="\n".join(lines)))
            return
        dialog = VersionDialog(path.name, len(parsed.entries), self)
        if dialog.exec() != VersionDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        self.session.edit(lambda editor: editor.import_negative_list(parsed.entries, source=path.name, **values),
                          on_refused=self._refused)

    def apply_in_force(self) -> None:
        self.session.edit(lambda editor: editor.apply_negative_list(), on_refused=self._refused)

    def raise_proposal(self) -> None:
        def work(database):
            from hallplanner.services.catalog import list_departments, list_items

            return list_departments(database), list_items(database)

        self.session.read(work, self._ask_proposal)

    def _ask_proposal(self, result) -> None:
        departments, items = result
        dialog = ProposalDialog(departments, items, self)
        if dialog.exec() != ProposalDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        department_id, action = values.pop("department_id"), values.pop("action")
        self.session.edit(lambda editor: editor.raise_proposal(department_id, action, **values),
                          on_refused=self._refused)

    def advance(self) -> None:
        proposal = self.selected_proposal()
        if proposal is None or not proposal.next_states:
            return
        dialog = StepDialog(proposal.item_name, proposal.next_states, proposal.steps[-1].on if proposal.steps else None,
                            self)
        if dialog.exec() != StepDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        state = values.pop("state")
        self.session.edit(lambda editor: editor.advance_proposal(proposal.id, proposal.version, state, **values),
                          on_refused=self._refused)

