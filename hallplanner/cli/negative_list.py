"""Verbs about the negative list (plan §三(五)): its versions and the adjustment proposals; the overview."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from hallplanner.cli.common import EXIT_ERROR, database_target, fail
from hallplanner.domain.errors import HallPlannerError


def _print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=1)
    print()


def negative_list(args: argparse.Namespace) -> int:
    from hallplanner.db.database import open_database

    if args.action == "import":
        return _import(args)
    wanted = {"entries": 1, "diff": 2}.get(args.action, 0)
    if len(args.operands) != wanted:
        raise HallPlannerError({0: f"negative-list {args.action}:不需要文件或版本编号",
                                1: "negative-list entries:请给出一个版本编号(见 hallplanner negative-list versions)",
                                2: "negative-list diff:请给出两个版本编号:旧 新(见 hallplanner negative-list versions)"}
                               [wanted])
    try:
        args.versions = [int(operand) for operand in args.operands]
    except ValueError:
        raise HallPlannerError(f"negative-list {args.action}:版本编号应为整数:{' '.join(args.operands)}") from None
    db = open_database(database_target(args), readonly=args.action != "apply")
    try:
        if args.action == "versions":
            return _versions(db, args)
        if args.action == "entries":
            return _entries(db, args)
        if args.action == "diff":
            return _diff(db, args)
        return _apply(db, args)
    finally:
        db.close()


def _import(args: argparse.Namespace) -> int:
    from hallplanner.db.database import open_database
    from hallplanner.domain.vocabulary import ListScope
    from hallplanner.exchange.negative_list_file import read_negative_list_file
    from hallplanner.services.editing import PlanEditor

    if len(args.operands) != 1 or args.effective is None:
        raise HallPlannerError("negative-list import:请给出一个文件和 --effective 施行日期")
    args.file = Path(args.operands[0])
    parsed = read_negative_list_file(args.file, args.sheet)  # a refused file never opens the database
    if parsed.problems:
        if args.json:
            _print_json({"imported": False, "problems": [p.as_json() for p in parsed.problems]})
        else:
            for problem in parsed.problems:
                print(f"{parsed.source} {problem.place}:{problem.text}")
        fail(f"{parsed.source}:{len(parsed.problems)} 行有错误,未导入(数据库未作改动)")
        return EXIT_ERROR
    db = open_database(database_target(args))
    try:
        edit = PlanEditor(db).import_negative_list(
            parsed.entries, name=args.name or args.file.stem, scope=ListScope(args.scope),
            effective_on=args.effective, document=args.document or "", source=args.file.name, apply_on=args.as_of)
    finally:
        db.close()
    changed = len(edit.ids("service_items"))
    if args.json:
        _print_json({"imported": True, "entries": len(parsed.entries), "skipped_rows": parsed.skipped_rows,
                     "items_changed": changed, "label": str(edit.label)})
    else:
        print(f"{edit.label};跳过空行、小计行 {parsed.skipped_rows} 行")
    return 0


def _versions(db, args: argparse.Namespace) -> int:
    from hallplanner.services.negative_list import list_versions

    versions = list_versions(db, args.as_of)
    if args.json:
        _print_json([version.as_json() for version in versions])
        return 0
    for version in versions:
        mark = "施行中" if version.in_force else ""
        based = f"据“{version.based_on}”调整" if version.based_on else version.source
        print("\t".join((str(version.id), version.effective_on.isoformat(), version.scope.label, version.name,
                         f"{version.entries} 项", mark, based)))
    if not versions:
        print("尚无负面清单版本(用 hallplanner negative-list import 导入)")
    return 0


def _entries(db, args: argparse.Namespace) -> int:
    from hallplanner.services.negative_list import version_entries

    entries = version_entries(db, args.versions[0])
    if args.json:
        _print_json([{"name": e.name, "basic_code": e.basic_code, "department": e.department, "note": e.note}
                     for e in entries])
    else:
        for entry in entries:
            print("\t".join((entry.basic_code, entry.name, entry.department, entry.note)))
    return 0


def _diff(db, args: argparse.Namespace) -> int:
    from hallplanner.services.negative_list import diff_versions

    changes = diff_versions(db, *args.versions, as_of=args.as_of)
    if args.json:
        _print_json(changes.as_json())
        return 0
    print(f"“{changes.old.name}”→“{changes.new.name}”:新增 {len(changes.added)} 项,删除 {len(changes.removed)} 项")
    for sign, entries in (("+", changes.added), ("-", changes.removed)):
        for entry in entries:
            print(f"{sign}\t{entry.basic_code}\t{entry.name}\t{entry.department}")
    return 0


def _apply(db, args: argparse.Namespace) -> int:
    from hallplanner.services.editing import PlanEditor

    edit = PlanEditor(db).apply_negative_list(args.as_of)
    if args.json:
        _print_json({"items_changed": len(edit.ids("service_items")), "label": str(edit.label)})
    else:
        print(edit.label)
    return 0


def proposals(args: argparse.Namespace) -> int:
    from hallplanner.db.database import open_database

    db = open_database(database_target(args), readonly=args.action == "list")
    try:
        if args.action == "list":
            return _list_proposals(db, args)
        if args.action == "raise":
            return _raise(db, args)
        return _advance(db, args)
    finally:
        db.close()


def _list_proposals(db, args: argparse.Namespace) -> int:
    from hallplanner.services.proposals import list_proposals

    found = list_proposals(db)
    if args.json:
        _print_json([proposal.as_json() for proposal in found])
        return 0
    for proposal in found:
        print("\t".join((str(proposal.id), proposal.state.label, proposal.department, proposal.action.label,
                         proposal.item_name, proposal.amendment)))
        for step in proposal.steps:
            attachments = "、".join(step.attachments)
            print("\t".join(("", step.on.isoformat(), step.state.label, step.office, step.person, step.reason,
                             f"附件:{attachments}" if attachments else "")).rstrip())
    if not found:
        print("尚无负面清单调整建议")
    return 0


def _department_id(db, name: str) -> int:
    from hallplanner.services.catalog import list_departments

    departments = list_departments(db)
    for department in departments:
        if name in (department.full_name, department.short_name):
            return department.id
    raise HallPlannerError(f"没有部门“{name}”(写全称或简称,如 厦门市公安局、公安局)")


def _item_id(db, text: str) -> int | None:
    from hallplanner.services.catalog import list_items

    matches = [item for item in list_items(db) if text in (item.basic_code, item.implementation_code, item.name)]
    if len(matches) > 1:
        raise HallPlannerError(f"“{text}”对应 {len(matches)} 个事项,请写实施编码")
    return matches[0].id if matches else None


def _raise(db, args: argparse.Namespace) -> int:
    from hallplanner.domain.vocabulary import ProposalAction
    from hallplanner.services.editing import PlanEditor

    for option, dest in (("department", "department"), ("action", "change"), ("item", "item"), ("on", "on"),
                         ("person", "person"), ("reason", "reason")):
        if getattr(args, dest) is None:
            raise HallPlannerError(f"proposals raise:请给出 --{option}")
    item_id = _item_id(db, args.item)
    edit = PlanEditor(db).raise_proposal(
        _department_id(db, args.department), ProposalAction(args.change), item_id=item_id,
        item_name="" if item_id else args.item, on=args.on, person=args.person, reason=args.reason,
        attachments=args.attachment)
    return _report(args, edit, next(iter(edit.ids("negative_list_proposals"))))


def _advance(db, args: argparse.Namespace) -> int:
    from hallplanner.domain.vocabulary import ProposalState
    from hallplanner.services.editing import PlanEditor
    from hallplanner.services.proposals import list_proposals

    if args.id is None:
        raise HallPlannerError("proposals advance:请给出建议编号(见 hallplanner proposals list)")
    for option in ("to", "on", "person"):
        if getattr(args, option) is None:
            raise HallPlannerError(f"proposals advance:请给出 --{option}")
    proposal = next((p for p in list_proposals(db) if p.id == args.id), None)
    if proposal is None:
        raise HallPlannerError(f"没有编号为 {args.id} 的调整建议(见 hallplanner proposals list)")
    edit = PlanEditor(db).advance_proposal(
        proposal.id, proposal.version, ProposalState(args.to), on=args.on, person=args.person,
        reason=args.reason or "", attachments=args.attachment, office=args.office or "", apply_on=args.as_of)
    return _report(args, edit, proposal.id)


def _report(args: argparse.Namespace, edit, proposal_id: int) -> int:
    if args.json:
        _print_json({"proposal": proposal_id, "label": str(edit.label),
                     "items_changed": len(edit.ids("service_items")),
                     "versions_made": sorted(edit.ids("negative_list_versions"))})
    else:
        print(f"{edit.label}(建议编号 {proposal_id})")
    return 0


def overview(args: argparse.Namespace) -> int:
    from hallplanner.db.database import open_database
    from hallplanner.services.dashboard import dashboard

    db = open_database(database_target(args), readonly=True)
    try:
        figures = dashboard(db, args.as_of)
    finally:
        db.close()
    fields = ("name", "region", "to_enter", "entered", "planned", "waiting", "overdue", "staffing_gaps", "errors",
              "warnings")

    def row_json(row) -> dict[str, object]:
        return {field: getattr(row, field) for field in fields} | {"due_on": row.due_on and row.due_on.isoformat()}

    if args.json:
        _print_json({"as_of": figures.as_of.isoformat(), "errors": figures.errors, "warnings": figures.warnings,
                     "departments": [row_json(row) for row in figures.departments],
                     "regions": [row_json(row) for row in figures.regions]})
        return 0
    print(f"总览 {figures.as_of.isoformat()}:检查发现 {figures.errors} 个错误、{figures.warnings} 个警告")
    print("部门\t应进驻\t已进驻\t已排窗口\t未排窗口\t逾期\t人员配置缺口\t其他错误\t其他警告")
    for row in (*figures.departments, *figures.regions):
        print("\t".join(str(value) for value in (row.name, row.to_enter, row.entered, row.planned, row.waiting,
                                                  row.overdue, row.staffing_gaps, row.errors, row.warnings)))
    return 0
