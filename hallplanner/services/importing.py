"""Importing an item catalog: rows read from a file, matched to the plan, applied as one edit.

The exchange layer reads the file into ``ImportRecord`` rows (cleaned, typed,
each with its sheet and Excel row number). Here they meet the database:
departments are matched by full or short name (unknown ones are reported, and
created only when the planner confirmed it); items are matched by implementation
code, then by name, and updated rather than duplicated. Every row is checked by
the rules of any edit (field checks, R3 on entry status, unique codes). The whole
import is one transaction and one ``Edit``, so one undo step, however many rows;
with an error anywhere nothing is written unless the planner chose to skip the
invalid rows. A dry run goes through the same transaction and rolls it back.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from hallplanner.db.changes import ACTOR_KEY, label_edit, tracked_changes
from hallplanner.db.database import Database
from hallplanner.db.schema import Department, ItemEvent, Region, ServiceItem, StatusChange
from hallplanner.domain.cleaning import clean_text
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.messages import Message, message
from hallplanner.domain.regions import CITY, XIAMEN_DISTRICTS, xiamen_regions
from hallplanner.domain.rules import RuleViolation, check_status_change
from hallplanner.domain.validation import item_problems
from hallplanner.domain.vocabulary import DepartmentKind, EntryStatus, ItemOperation, Level
from hallplanner.services.editor import Edit, EditorBase, brief_items
from hallplanner.services.plan_facts import ID_CHUNK
from hallplanner.services.lifecycle import ITEM_FIELDS

Report = Callable[[int, int], None]  # rows done, rows in all
REPORT_EVERY = 5_000  # rows between two progress reports (and chances to cancel)


@dataclass(frozen=True)
class RowProblem:
    """What is wrong with one row of the file, where the planner finds it: ``事项清单!5``."""

    sheet: str
    row: int  # Excel's row number; 0 for the file as a whole
    text: str

    @property
    def place(self) -> str:
        return f"{self.sheet}!{self.row}" if self.row else self.sheet

    def as_json(self) -> dict[str, object]:
        return {"sheet": self.sheet, "row": self.row, "message": str(self.text)}


class ImportRecord(NamedTuple):
    """One item row of the file, cleaned: the item fields it gives, and its department as written.

    A tuple: a province's file makes 100,000 of them, in a third less time than as a class.
    """

    sheet: str
    row: int
    values: dict[str, object]  # item fields (ITEM_FIELDS), only those the file gives
    department: str = ""
    department_short: str = ""
    entering: bool | None = None  # 是否进驻, when the file says so instead of a status


@dataclass
class ParsedCatalog:
    """What the exchange layer read: the rows, and the problems found in the file alone."""

    source: str  # the file's name, for messages and the edit's label
    sheet: str
    header_row: int  # Excel's row number of the header
    headers: list[str]
    mapping: dict[int, str | None]  # column (0-based) → field key, None for columns not imported
    records: list[ImportRecord]
    problems: list[RowProblem] = field(default_factory=list)
    blank_rows: int = 0
    subtotal_rows: int = 0
    samples: list[list[str]] = field(default_factory=list)  # the first rows as shown, for a preview


@dataclass(frozen=True)
class ImportOptions:
    dry_run: bool = False
    skip_invalid: bool = False
    create_departments: bool = False
    source: str = ""


class RowStatus:
    CREATE, UPDATE, UNCHANGED, INVALID = "create", "update", "unchanged", "invalid"


@dataclass
class ImportOutcome:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0  # rows with errors, not imported
    departments_created: list[str] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    row_status: dict[int, str] = field(default_factory=dict)  # Excel row → RowStatus
    refused: bool = False
    dry_run: bool = False
    edit: Edit | None = None

    def as_json(self) -> dict[str, object]:
        return {"created": self.created, "updated": self.updated, "unchanged": self.unchanged,
                "skipped": self.skipped, "departments_created": self.departments_created,
                "dry_run": self.dry_run, "written": self.edit is not None,
                "errors": [problem.as_json() for problem in self.problems]}

    def summary(self) -> Message:
        counts = message("importing", "新增 {created} 个事项,更新 {updated} 个,未变 {unchanged} 个,跳过有误的行 {skipped} 行").format(
            created=self.created, updated=self.updated, unchanged=self.unchanged, skipped=self.skipped)
        if self.departments_created:
            counts = message("importing", "{counts};新建部门:{departments}").format(
                counts=counts, departments="、".join(self.departments_created))
        if self.refused:
            return message("importing", "有 {count} 个错误,未导入任何内容(可只导入无误的行:--skip-invalid)").format(
                count=len(self.problems))
        if self.dry_run:
            return message("importing", "试运行,数据库未改动:{counts}").format(counts=counts)
        return counts


class ImportRefused(HallPlannerError):
    """The import found errors and the planner did not choose to skip invalid rows: nothing was written."""

    def __init__(self, outcome: ImportOutcome) -> None:
        super().__init__(outcome.summary())
        self.outcome = outcome


class _DryRun(Exception):
    """Raised inside the transaction to roll a dry run back."""

    def __init__(self, outcome: ImportOutcome) -> None:
        self.outcome = outcome


def _kind(short_name: str) -> DepartmentKind:
    for kind in (DepartmentKind.BUREAU, DepartmentKind.COMMISSION, DepartmentKind.OFFICE, DepartmentKind.COUNCIL):
        if short_name.endswith(kind.value):
            return kind
    return DepartmentKind.OTHER


def short_name_of(full_name: str) -> str:
    """How signage names a department: without the city and district (厦门市公安局 → 公安局)."""
    for prefix in (CITY, *XIAMEN_DISTRICTS):
        if full_name.startswith(prefix) and len(full_name) > len(prefix):
            return full_name[len(prefix):]
    return full_name


def _problem(record: ImportRecord, text: str) -> RowProblem:
    return RowProblem(record.sheet, record.row, text)


class CatalogImport(EditorBase):
    """The import as an edit: ``import_catalog`` is one transaction and one undo step."""

    def import_catalog(self, parsed: ParsedCatalog, options: ImportOptions = ImportOptions(),
                       report: Report | None = None) -> Edit:
        """Apply the file; raises ``ImportRefused`` (nothing written) when it has errors and none may be skipped."""
        outcome = self.run_import(parsed, options, report)
        if outcome.edit is None:
            raise ImportRefused(outcome)
        return outcome.edit

    def run_import(self, parsed: ParsedCatalog, options: ImportOptions = ImportOptions(),
                   report: Report | None = None) -> ImportOutcome:
        """The import's outcome: what it created and updated, its problems; ``edit`` when it wrote."""
        report = report or (lambda done, total: None)
        outcome = ImportOutcome(dry_run=options.dry_run)
        holder: list[ImportOutcome] = []

        def work(session: Session) -> Message:
            _apply(session, parsed, options, outcome, report)
            holder.append(outcome)
            if outcome.refused:
                raise _DryRun(outcome)  # nothing written: roll back
            return message("importing", "导入事项目录“{file}”:新增 {created} 个,更新 {updated} 个").format(
                file=options.source or parsed.source, created=outcome.created, updated=outcome.updated)

        try:
            with self._transaction() as session:
                label = work(session)
                edit = Edit(label, tracked_changes(session))
                self._keep_entered_items(session, edit, strict=True)
                label_edit(session, label)  # the history names the import as the undo stack does
                if options.dry_run:
                    raise _DryRun(outcome)
        except _DryRun as stop:
            return stop.outcome
        outcome.edit = edit
        return outcome


def _apply(session: Session, parsed: ParsedCatalog, options: ImportOptions, outcome: ImportOutcome,
           report: Report) -> None:
    problems = list(parsed.problems)
    invalid_rows = {problem.row for problem in problems}
    departments = _Departments(session)
    existing = _ExistingItems(session)
    total = len(parsed.records)
    creates: list[tuple[ImportRecord, dict]] = []
    updates: list[tuple[ImportRecord, int, dict]] = []
    claimed: dict[int, int] = {}  # existing item id → the row that updates it
    new_departments: dict[str, str] = {}  # full name → short name, to create

    for done, record in enumerate(parsed.records, 1):
        if done % REPORT_EVERY == 0:
            report(done, total)
        row_problems: list[str] = []
        values = dict(record.values)
        department_id = None
        if record.department:
            department_id = departments.find(record.department)
            if department_id is None:
                if options.create_departments:
                    new_departments.setdefault(record.department,
                                               record.department_short or short_name_of(record.department))
                else:
                    row_problems.append(message("importing", "数据库中没有部门“{name}”(确认新建部门后可导入)")
                                        .format(name=record.department))
            else:
                values["department_id"] = department_id
        item_id = existing.match(values.get("implementation_code"), values.get("name"), department_id)
        if item_id is not None and item_id in claimed:
            row_problems.append(message("importing", "与第 {row} 行是同一个事项").format(row=claimed[item_id]))
        if item_id is None:
            row_problems.extend(_check_new(record, values))
        else:
            row_problems.extend(_check_update(record, values, existing.rows[item_id]))
        if row_problems:
            problems.extend(_problem(record, text) for text in row_problems)
        if row_problems or record.row in invalid_rows:
            outcome.row_status[record.row] = RowStatus.INVALID
            continue
        if item_id is None:
            creates.append((record, values))
            outcome.row_status[record.row] = RowStatus.CREATE
            continue
        claimed[item_id] = record.row
        current = existing.rows[item_id]
        changed = {key: values[key] for key in ITEM_FIELDS if key in values and current[key] != values[key]}
        if changed:
            updates.append((record, item_id, changed))
            outcome.row_status[record.row] = RowStatus.UPDATE
        else:
            outcome.row_status[record.row] = RowStatus.UNCHANGED

    outcome.problems = sorted(problems, key=lambda problem: problem.row)
    outcome.skipped = len({problem.row for problem in problems if problem.row})
    if problems and not options.skip_invalid:
        outcome.refused = True
        return
    outcome.created, outcome.updated = len(creates), len(updates)
    outcome.unchanged = sum(status == RowStatus.UNCHANGED for status in outcome.row_status.values())
    # Only the departments of rows that are imported: a skipped row creates nothing.
    created_in = {record.department for record, _ in creates}
    new_departments = {name: short for name, short in new_departments.items() if name in created_in}
    department_ids = _create_departments(session, new_departments)
    outcome.departments_created = list(new_departments)
    created = _create_items(session, creates, department_ids)
    _update_items(session, updates)
    if created:
        session.add(ItemEvent(actor=session.info.get(ACTOR_KEY, ""), operation=ItemOperation.NEW,
                              sources="[]", results=json.dumps(brief_items(created), ensure_ascii=False),
                              note=f"导入 {options.source or parsed.source}"))
    report(total, total)


class _Departments:
    def __init__(self, session: Session) -> None:
        self.by_name: dict[str, int] = {}
        shorts: dict[str, set[int]] = defaultdict(set)
        for department_id, full_name, short_name in session.execute(
                select(Department.id, Department.full_name, Department.short_name)):
            self.by_name[clean_text(full_name)] = department_id
            shorts[clean_text(short_name)].add(department_id)
        for short_name, ids in shorts.items():
            if len(ids) == 1:  # a short name two departments share names neither
                self.by_name.setdefault(short_name, next(iter(ids)))

    def find(self, name: str) -> int | None:
        return self.by_name.get(clean_text(name))


ITEM_COLUMNS = ("id", *ITEM_FIELDS)


class _ExistingItems:
    """The plan's items, read once as plain rows, to match by code and by name."""

    def __init__(self, session: Session) -> None:
        columns = [getattr(ServiceItem, name) for name in ITEM_COLUMNS]
        self.rows: dict[int, dict] = {}
        self.by_code: dict[str, int] = {}
        self.by_name: dict[str, list[int]] = defaultdict(list)
        for row in session.execute(select(*columns)):
            values = dict(zip(ITEM_COLUMNS, row))
            self.rows[values["id"]] = values
            self.by_code[values["implementation_code"]] = values["id"]
            self.by_name[clean_text(values["name"])].append(values["id"])

    def match(self, code: object, name: object, department_id: int | None) -> int | None:
        """By implementation code; else, for a row without one, by name (within the department if need be).

        A row whose code is not in the plan is a new item even when an item of the same name exists:
        items of several levels or departments share names, never codes.
        """
        if code:
            return self.by_code.get(str(code))
        candidates = self.by_name.get(clean_text(name), []) if name else []
        if department_id is not None and len(candidates) > 1:
            candidates = [i for i in candidates if self.rows[i]["department_id"] == department_id]
        return candidates[0] if len(candidates) == 1 else None


def _check_new(record: ImportRecord, values: dict) -> list[str]:
    problems: list[str] = []
    for key, label in (("implementation_code", message("importing", "实施编码")),
                       ("basic_code", message("importing", "基本编码")),
                       ("item_type", message("importing", "事项类型"))):
        if not values.get(key):
            problems.append(message("importing", "新事项缺少{field}").format(field=label))
    if not record.department:
        problems.append(message("importing", "新事项缺少实施部门"))
    values.setdefault("level", Level.CITY)
    if "status" not in values:
        values["status"] = EntryStatus.OUTSIDE if record.entering is False else EntryStatus.PLANNED
    if values.get("fully_online") and "online_depth" not in values:
        values["online_depth"] = 4
    problems.extend(item_problems(values))
    return problems


def _check_update(record: ImportRecord, values: dict, current: dict) -> list[str]:
    problems: list[str] = []
    if "status" not in values and record.entering is not None:
        status = current["status"]
        if record.entering and status is EntryStatus.OUTSIDE:
            values["status"] = EntryStatus.PLANNED
        elif not record.entering and status is EntryStatus.PLANNED:
            values["status"] = EntryStatus.OUTSIDE
        elif not record.entering and status is EntryStatus.ENTERED:
            values["status"] = EntryStatus.OUTSIDE  # refused just below, as any edit would be
    if values.get("fully_online") and "online_depth" not in values:
        values["online_depth"] = 4
    if "status" in values:
        try:
            check_status_change(current["name"], current["status"], values["status"])
        except RuleViolation as refusal:
            problems.append(refusal.message)
    problems.extend(item_problems({**current, **values}))
    return problems


def _home_region(session: Session) -> int:
    """The plan's top region; an empty database gets the plan's regions first (as a new plan does)."""
    region = session.scalar(select(Region.id).where(Region.parent_id.is_(None)).order_by(Region.id))
    if region is not None:
        return region
    made: dict[str, Region] = {}
    for spec in xiamen_regions():
        made[spec.name] = Region(name=spec.name, level=spec.level, parent=made.get(spec.parent))
        session.add(made[spec.name])
    session.flush()
    return made[xiamen_regions()[0].name].id


def _create_departments(session: Session, names: dict[str, str]) -> dict[str, int]:
    if not names:
        return {}
    region = _home_region(session)
    created = {full: Department(full_name=full, short_name=short, kind=_kind(short), region_id=region)
               for full, short in names.items()}
    session.add_all(created.values())
    session.flush()
    return {full: department.id for full, department in created.items()}


def _create_items(session: Session, creates: list[tuple[ImportRecord, dict]],
                  new_departments: dict[str, int]) -> list[ServiceItem]:
    actor = session.info.get(ACTOR_KEY, "")
    items = []
    for record, values in creates:
        fields = {key: values[key] for key in ITEM_FIELDS if key in values}
        if "department_id" not in fields:
            fields["department_id"] = new_departments[record.department]
        item = ServiceItem(**fields)
        item.status_history.append(StatusChange(from_status=None, to_status=item.status, changed_by=actor,
                                                reason="导入事项目录"))
        items.append(item)
    session.add_all(items)
    session.flush()
    return items


def _update_items(session: Session, updates: list[tuple[ImportRecord, int, dict]]) -> None:
    """Set the fields each row changes (``updates`` holds only what differs from the plan)."""
    actor = session.info.get(ACTOR_KEY, "")
    for start in range(0, len(updates), ID_CHUNK):
        batch = updates[start:start + ID_CHUNK]
        # With their status history: appending to it must not load it (and flush) one item at a time.
        loaded = {item.id: item for item in session.scalars(
            select(ServiceItem).where(ServiceItem.id.in_([item_id for _, item_id, _ in batch]))
            .options(selectinload(ServiceItem.status_history)))}
        for _record, item_id, fields in batch:
            item = loaded[item_id]
            fields = dict(fields)
            old_name, before = item.name, brief_items([item])
            status = fields.pop("status", None)
            if status is not None:
                item.status_history.append(StatusChange(from_status=item.status, to_status=status,
                                                        changed_by=actor, reason="导入事项目录"))
                item.status = status
            for key, value in fields.items():
                setattr(item, key, value)
            if "name" in fields:
                session.add(ItemEvent(actor=actor, operation=ItemOperation.RENAME, sources=json.dumps(
                    before, ensure_ascii=False), results=json.dumps(brief_items([item]), ensure_ascii=False),
                    note=f"原名“{old_name}”(导入)"))


def import_catalog(db: Database, parsed: ParsedCatalog, options: ImportOptions = ImportOptions(),
                   report: Report | None = None) -> ImportOutcome:
    """The command line's import: the outcome, written unless refused or a dry run."""
    return CatalogImport(db).run_import(parsed, options, report)
