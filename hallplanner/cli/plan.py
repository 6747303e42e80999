"""Verbs about the plan itself: its items, its checks, the database file, the sample data."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from hallplanner.bundled import SAMPLE_NAME, sample_source_dir
from hallplanner.cli import accounts
from hallplanner.cli.common import database_target, refuse_to_overwrite
from hallplanner.domain.errors import HallPlannerError
from hallplanner.services.views import ItemView


def items(args: argparse.Namespace) -> int:
    from hallplanner.db.database import open_database
    from hallplanner.services.catalog import list_items

    db = open_database(database_target(args), readonly=True)
    try:
        items = list_items(db)
    finally:
        db.close()
    if args.json:
        # One object per line: diffable, and json's fast C encoder (indent= would disable it).
        lines = (json.dumps(item_json(item), ensure_ascii=False) for item in items)
        sys.stdout.write("[\n" + ",\n".join(lines) + "\n]\n")
    else:
        for item in items:
            windows = "、".join(item.window_labels) or "(未分配窗口)"
            print(f"{item.basic_code}\t{item.name}\t{item.department_short}\t{item.status.label}\t{windows}")
    return 0


def item_json(item: ItemView) -> dict:
    return {
        "name": item.name,
        "code": item.basic_code,
        "implementation_code": item.implementation_code,
        "item_type": item.item_type.value,
        "department": item.department,
        "department_short": item.department_short,
        "level": item.level.value,
        "category": item.category,
        "annual_volume": item.annual_volume,
        "avg_minutes": item.avg_minutes,
        "jointly_handled": item.jointly_handled,
        "online_depth": item.online_depth,
        "fully_online": item.fully_online,
        "negative_list": item.negative_list,
        "special_sensitive": item.special_sensitive,
        "status": item.status.value,
        "plan_ref": item.plan_ref,
        "illustrative": item.illustrative,
        "windows": item.window_names,
        "venues": [
            {"name": place.venue, "kind": place.venue_kind.value, "role": place.role.value, "window": place.window_number}
            for place in item.places
        ],
    }


def check(args: argparse.Namespace) -> int:
    from hallplanner.db.database import open_database
    from hallplanner.domain.findings import Severity
    from hallplanner.services.checks import check_plan

    font = None
    if args.pdf:
        from hallplanner.exchange.fonts import find_cjk_font

        refuse_to_overwrite(args.pdf, args.force)
        font = find_cjk_font(args.font)  # no usable font: say so before checking anything
    db = open_database(database_target(args), readonly=True)
    try:
        report = check_plan(db, args.as_of, args.rule)
    finally:
        db.close()
    if args.pdf:
        from hallplanner.exchange.exporters import database_label
        from hallplanner.exchange.findings_pdf import write_findings_pdf

        pages = write_findings_pdf(args.pdf, report, database_label(db), font)
    if args.json:
        json.dump({
            "as_of": report.as_of.isoformat(),
            "findings": [finding.as_json() for finding in report.findings],
            "checklist": [{"rule": row.rule.id, "kind": row.rule.kind.value, "errors": row.errors,
                           "warnings": row.warnings, "state": row.state} for row in report.checklist],
            "progress": [{"department": row.department, "due_on": row.due_on and row.due_on.isoformat(),
                          "to_enter": row.to_enter, "entered": row.entered, "planned": row.planned,
                          "overdue": row.overdue} for row in report.progress],
        }, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        print(f"检查日期 {report.as_of.isoformat()}:{report.count(Severity.ERROR)} 个错误,"
              f"{report.count(Severity.WARNING)} 个警告,{report.count(Severity.INFO)} 个提示")
        for finding in report.findings:
            print("\t".join((finding.severity.label, finding.rule, finding.subject_type.label, finding.subject,
                             finding.message, finding.section)))
        if not args.rule:
            print("\n规则核对:")
            for row in report.checklist:
                print(f"  {row.rule.id}\t{row.rule.kind.label}\t{row.state}")
            print("\n进驻进度(应进驻 / 已进驻 / 已分配窗口未进驻 / 逾期):")
            for row in report.progress:
                due = row.due_on.isoformat() if row.due_on else "未设期限"
                print(f"  {row.department}\t期限 {due}\t{row.to_enter} / {row.entered} / {row.planned} / {row.overdue}")
        if args.pdf:
            print(f"\n已生成检查报告 {args.pdf}:{pages} 页,字体 {font.family}")
    return 1 if report.count(Severity.ERROR) else 0


def db(args: argparse.Namespace) -> int:
    from hallplanner.db.database import open_database
    from hallplanner.db.migrations import schema_state
    from hallplanner.services.summary import count_rows

    if args.action == "copy":
        return copy(args)
    if args.source or args.destination:
        raise HallPlannerError("--from 与 --to 只用于 hallplanner db copy")
    if args.action in accounts.ACTIONS:
        return accounts.run(args)
    target = database_target(args)
    if args.action == "init":
        if "://" not in target and Path(target).exists() and Path(target).stat().st_size > 0:
            raise HallPlannerError(f"文件已存在,未作改动:{target}(升级请用 hallplanner db upgrade)")
        if args.city:
            from hallplanner.domain.regions import plan_regions
            from hallplanner.services.setup import new_plan

            if "://" in target:
                raise HallPlannerError("--city 只用于新建 SQLite 文件")
            city, city_code = _named_code(args.city, "--city")
            regions = plan_regions(city, city_code, [_named_code(text, "--district") for text in args.district])
            if Path(target).exists() and Path(target).stat().st_size == 0:
                Path(target).unlink()  # an empty file becomes the new plan, as without --city
            new_plan(Path(target), regions)
            db = open_database(target, readonly=True)
            print(f"已创建数据库:{db.location}({regions[0].name} 及 {len(regions) - 1} 个区)")
        else:
            if args.district:
                raise HallPlannerError("--district 须与 --city 一起使用")
            db = open_database(target, create=True)
            print(f"已创建数据库:{db.location}")
    elif args.action == "upgrade":
        db = open_database(target)
        if db.is_bundled_sample:
            db.close()
            raise HallPlannerError(f"这是随附的样例数据库,HallPlanner 不升级也不修改它:{db.location}(请在它的副本上操作)")
        if db.upgraded_from:
            backup = f",升级前的备份:{db.backup_path}" if db.backup_path else ""
            print(f"已从结构版本 {db.upgraded_from} 升级到最新{backup}")
        else:
            print(f"结构版本已是最新:{db.location}")
    else:
        db = open_database(target, readonly=True, upgrade=False)
        state = schema_state(db.engine)
        freshness = "最新" if state.is_current else f"可升级到 {state.head}"
        print(f"数据库:{db.location}")
        print(f"结构版本:{state.current}({freshness})")
        print("  ".join(f"{label}:{count}" for label, count in count_rows(db).items()))
    db.close()
    return 0


def copy(args: argparse.Namespace) -> int:
    from hallplanner.db.transfer import copy_plan

    if not args.source or not args.destination:
        raise HallPlannerError("hallplanner db copy 需要 --from 源数据库 和 --to 目标数据库")
    show = args.progress or sys.stderr.isatty()
    meter = ProgressLine(sys.stderr) if show else None
    try:
        result = copy_plan(args.source, args.destination, force=args.force, progress=meter)
    finally:
        if meter:
            meter.finish()
    replaced = "(目标原有内容已替换)" if result.replaced else ""
    print(f"已复制 {result.source} → {result.destination}:{len(result.counts)} 个表共 {result.rows} 行,"
          f"各表行数与源数据库一致{replaced}")
    if result.logins_without_department:
        print(f"注意:新规划中没有这些部门账号原属的部门(按全称),它们已不属于任何部门、不能修改规划,"
              f"请用 db grant 重新指定:{'、'.join(result.logins_without_department)}", file=sys.stderr)
    return 0


class ProgressLine:
    """Progress on stderr: one line rewritten in place on a terminal, a line per tenth elsewhere."""

    def __init__(self, stream) -> None:
        self.stream, self.terminal, self.shown = stream, stream.isatty(), -1

    def __call__(self, done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        step = percent if self.terminal else percent // 10 * 10
        if step == self.shown:
            return
        self.shown = step
        line = f"复制中 {percent}%({done}/{total} 行)"
        self.stream.write(f"\r{line}" if self.terminal else f"{line}\n")
        self.stream.flush()

    def finish(self) -> None:
        if self.terminal and self.shown >= 0:
            self.stream.write("\n")
            self.stream.flush()


def _named_code(text: str, option: str) -> tuple[str, str]:
    name, separator, code = text.replace(":", ":").partition(":")
    if not separator:
        raise HallPlannerError(f"{option} 应写作 名称:代码,如 思明区:350203(收到“{text}”)")
    return name, code


def sample(args: argparse.Namespace) -> int:
    if args.action == "build":
        from hallplanner.sample.xiamen import build_sample

        source = args.source or sample_source_dir()
        destination = getattr(args, "db", None) or str(source.parent / SAMPLE_NAME)
        _refuse_to_overwrite_file(destination, args.force)
        summary = build_sample(source, destination, force=args.force)
        print(f"已生成样例数据库 {_shown(destination)}:{summary.items} 个事项,{summary.departments} 个部门,"
              f"{summary.venues} 个场所,{summary.windows} 个窗口,{summary.staff} 名人员")
        return 0

    from hallplanner.sample.generate import generate

    destination = database_target(args)
    if args.items < 1:
        raise HallPlannerError("--items 须为正整数")
    _refuse_to_overwrite_file(destination, args.force)
    tables = generate(destination, items=args.items, seed=args.seed, force=args.force)
    print(f"已生成 {_shown(destination)}:{len(tables.service_items)} 个事项,{len(tables.departments)} 个部门,"
          f"{len(tables.venues)} 个场所,{len(tables.windows)} 个窗口")
    return 0


def _refuse_to_overwrite_file(destination: str, force: bool) -> None:
    """A file is refused here; a plan already on a server is refused by the writer, in its transaction."""
    if "://" not in destination:
        refuse_to_overwrite(Path(destination), force)


def _shown(destination: str) -> str:
    from hallplanner.db.database import without_password

    return without_password(destination)
