"""The Excel exports, one exporter per list (in the manner of pretix's exporters).

An exporter names itself (``identifier``, the word the command line takes, and a
Chinese ``verbose_name``), states its columns, and turns a database into sheets
of rows read by a service (``services/exports.py``, ``changes.py``, ``checks.py``,
``staffing.py``); ``xlsx.write_sheets`` styles and streams them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path

from hallplanner.db.database import Database
from hallplanner.domain.findings import Finding
from hallplanner.domain.messages import Message, message
from hallplanner.domain.vocabulary import PublicationChannel
from hallplanner.exchange.xlsx import Column, Sheet, write_sheets
from hallplanner.services import exports
from hallplanner.services.changes import place_changes
from hallplanner.services.checks import check_plan
from hallplanner.services.history import all_edits
from hallplanner.services.history_views import ACTIONS, HistoryQuery
from hallplanner.services.publication import channel_names, publication_rows
from hallplanner.services.staffing import (
    staffing_report,
    staffing_table,
    window_group_table,
)

# The catalog's headers: the import recognises each of them (catalog_file.FIELD_NAMES), so an
# exported catalog reads back as it was.
CATALOG_COLUMNS = (
    Column("实施编码", 36), Column("基本编码", 14), Column("事项名称", 40), Column("实施部门", 24),
    Column("部门简称", 12), Column("事项类型", 12), Column("事项层级", 10), Column("业务分类", 12),
    Column("年办件量", 10), Column("平均办理时长(分钟)", 10), Column("是否联办", 8), Column("网办深度", 8),
    Column("是否全流程网办", 8), Column("负面清单", 8), Column("特殊敏感", 8), Column("进驻状态", 12),
    Column("方案条款", 12), Column("示例数据", 8),
)
ASSIGNMENT_COLUMNS = (
    Column("办理场所", 24), Column("窗口号", 8), Column("窗口名称", 24), Column("部门", 12),
    Column("实施编码", 36), Column("事项名称", 40), Column("角色", 14), Column("业务分类", 12),
)
DEPARTMENT_COLUMNS = (
    Column("序号", 6), Column("实施编码", 36), Column("基本编码", 14), Column("事项名称", 40), Column("事项类型", 12),
    Column("业务分类", 12), Column("年办件量", 10), Column("进驻状态", 12), Column("办理地点", 36, wrap=True),
    Column("是否确认", 8), Column("意见", 30, wrap=True),
)
CHANGE_COLUMNS = (
    Column("实施编码", 36), Column("事项名称", 40), Column("部门", 24), Column("原办理地点", 30, wrap=True),
    Column("新办理地点", 36, wrap=True), Column("日期", 12), Column("变更", 24, wrap=True),
)
FINDING_COLUMNS = (
    Column("规则", 8), Column("严重程度", 8), Column("对象类型", 10), Column("对象", 30),
    Column("问题与处理", 60, wrap=True), Column("依据", 20),
)

HISTORY_COLUMNS = (
    Column("修改编号", 8), Column("时间", 18), Column("修改人", 12), Column("操作", 36, wrap=True),
    Column("对象类型", 10), Column("对象", 36, wrap=True), Column("动作", 6), Column("字段", 16),
    Column("修改前", 30, wrap=True), Column("修改后", 30, wrap=True),
)
PUBLICATION_COLUMNS = (
    Column("实施编码", 36), Column("事项名称", 40), Column("部门", 24), Column("原办理地点", 30, wrap=True),
    Column("新办理地点", 36, wrap=True), Column("变更日期", 12), Column("变更", 24, wrap=True),
    *(Column(str(channel.label), 18, wrap=True) for channel in PublicationChannel), Column("待公布", 30, wrap=True),
)

Progress = Callable[[int, int | None], None]


def database_label(db: Database) -> str:
    """The database as a list names it: a file's name, or a server's address."""
    return Path(db.location).name if "://" not in db.location else db.location


def title_line(what: str, db: Database, today: dt.date | None = None) -> str:
    """The title row: what the list is, from which database, on which day."""
    day = (today or dt.date.today()).isoformat()
    return f"{what}  数据库:{database_label(db)}  导出日期:{day}"


class Exporter:
    identifier: str
    verbose_name: Message

    def sheets(self, db: Database) -> Iterable[Sheet]:
        raise NotImplementedError

    def export(self, db: Database, path: Path, progress: Progress | None = None) -> int:
        """Write the list to ``path``; the number of data rows."""
        return write_sheets(path, self.sheets(db), progress)


class CatalogExporter(Exporter):
    identifier = "catalog"
    verbose_name = message("exports", "事项目录")

    def sheets(self, db: Database) -> Iterable[Sheet]:
        yield Sheet("事项目录", title_line("政务服务事项目录", db), CATALOG_COLUMNS, exports.catalog_rows(db),
                    exports.count_items(db))


class AssignmentsExporter(Exporter):
    identifier = "assignments"
    verbose_name = message("exports", "窗口事项分配表")

    def sheets(self, db: Database) -> Iterable[Sheet]:
        yield Sheet("窗口分配", title_line("窗口事项分配表", db), ASSIGNMENT_COLUMNS, exports.assignment_rows(db),
                    exports.count_assignments(db))


class DepartmentsExporter(Exporter):
    """One sheet per department: its items, with two empty columns for it to confirm and comment."""

    identifier = "departments"
    verbose_name = message("exports", "各部门核对清单")

    def sheets(self, db: Database) -> Iterable[Sheet]:
        for department in exports.department_lists(db):
            yield Sheet(department.short_name or department.full_name,
                        title_line(f"{department.full_name} 进驻事项核对清单(请核对后填写“是否确认”和“意见”)", db),
                        DEPARTMENT_COLUMNS, exports.department_rows(db, department.department_id), department.count)


class ChangesExporter(Exporter):
    """R13: the changes of handling places to publish, from the plan over time."""

    identifier = "changes"
    verbose_name = message("exports", "办理地点变更清单")

    def sheets(self, db: Database) -> Iterable[Sheet]:
        rows = [(c.item_code, c.item_name, c.department, c.old_place, c.new_place,
                 c.on.isoformat() if c.on else "未定", str(c.kind)) for c in place_changes(db)]
        yield Sheet("变更清单", title_line("办理地点变更清单(方案§三(四)5,须在网上办事大厅、网站、微信公众号公布)", db),
                    CHANGE_COLUMNS, rows, len(rows))


class FindingsExporter(Exporter):
    """The plan checks as of today, most serious first."""

    identifier = "findings"
    verbose_name = message("exports", "检查结果")

    def sheets(self, db: Database) -> Iterable[Sheet]:
        report = check_plan(db)
        yield findings_sheet(report.findings, title_line(f"规划检查结果(检查日期 {report.as_of.isoformat()})", db))


class StaffingExporter(Exporter):
    """Per department and per window group: status, demand, staffing, findings."""

    identifier = "staffing"
    verbose_name = message("exports", "人员配置表")

    def sheets(self, db: Database) -> Iterable[Sheet]:
        report = staffing_report(db)
        for name, what, (columns, rows) in (("部门", "各部门人员配置", staffing_table(report)),
                                            ("窗口组", "各窗口组需求与值守", window_group_table(report))):
            yield Sheet(name, title_line(f"{what}(基准日 {report.as_of.isoformat()})", db),
                        tuple(Column(str(column), 14, wrap=True) for column in columns), rows, len(rows))


class HistoryExporter(Exporter):
    """Who changed what, when: one row per changed field, edits newest first (``query`` filters them)."""

    identifier = "history"
    verbose_name = message("exports", "修改历史")

    def __init__(self, query: HistoryQuery = HistoryQuery(), what: str = "") -> None:
        self.query = query
        self.what = what

    def sheets(self, db: Database) -> Iterable[Sheet]:
        def rows():
            for edit in all_edits(db, self.query):
                at = edit.local_time.strftime("%Y-%m-%d %H:%M")
                for row in edit.rows:
                    head = (edit.edit_id, at, edit.actor, edit.label, str(row.kind), row.record, str(row.action))
                    if not row.fields:
                        yield (*head, "", "", "")
                    for field in row.fields:  # a new record has no before, a deleted one no after
                        yield (*head, str(field.label), "" if row.action == ACTIONS["insert"] else field.before,
                               "" if row.action == ACTIONS["delete"] else field.after)

        title = f"修改历史{(':' + self.what) if self.what else ''}"
        yield Sheet("修改历史", title_line(title, db), HISTORY_COLUMNS, rows())


class PublicationExporter(Exporter):
    """R13: each change of a handling place and where it is published; ``pending_only``: what is still to publish."""

    identifier = "publication"
    verbose_name = message("exports", "变更公布清单")

    def __init__(self, pending_only: bool = False) -> None:
        self.pending_only = pending_only

    def sheets(self, db: Database) -> Iterable[Sheet]:
        rows = []
        for row in publication_rows(db, self.pending_only):
            c = row.change
            states = []
            for state in row.channels:
                if state.current(c.on):
                    states.append(f"{state.published_on.isoformat()} {state.published_by}".strip())
                elif state.published_on is not None:
                    states.append(f"须重新公布(曾于 {state.published_on.isoformat()} 公布,日期已变)")
                else:
                    states.append("未公布")
            rows.append((c.item_code, c.item_name, c.department, c.old_place, c.new_place,
                         c.on.isoformat() if c.on else "未定", str(c.kind), *states, channel_names(row.pending)))
        what = "待公布的办理地点变更" if self.pending_only else "办理地点变更公布情况"
        yield Sheet("变更公布", title_line(f"{what}(方案§三(四)5:省网上办事大厅、门户网站、微信公众号)", db),
                    PUBLICATION_COLUMNS, rows, len(rows))


EXPORTERS: dict[str, Exporter] = {exporter.identifier: exporter for exporter in (
    AssignmentsExporter(), CatalogExporter(), DepartmentsExporter(), ChangesExporter(), FindingsExporter(),
    StaffingExporter(), HistoryExporter(), PublicationExporter(),
)}


def findings_sheet(findings: Iterable[Finding], title: str) -> Sheet:
    """The findings of a check as a sheet: most serious first, as the findings panel orders them."""
    ordered = sorted(findings, key=Finding.sort_key)
    rows = ((f.rule, str(f.severity.label), str(f.subject_type.label), f.subject, str(f.message), f.section)
            for f in ordered)
    return Sheet("检查结果", title, FINDING_COLUMNS, rows, len(ordered))


def export_findings(findings: Iterable[Finding], db: Database, path: Path, progress: Progress | None = None,
                    as_of: dt.date | None = None) -> int:
    """Write the findings (of a check as of ``as_of``, when given) to ``path``; the number of rows."""
    what = f"规划检查结果(检查日期 {as_of.isoformat()})" if as_of else "规划检查结果"
    return write_sheets(path, [findings_sheet(findings, title_line(what, db))], progress)
