"""The ``hallplanner`` command: the GUI without a verb, batch jobs with one.

Every failure the user can act on ends with one line on stderr and a non-zero
exit; no traceback reaches the terminal. The database layer is imported by the
verbs that use it: without a verb the GUI starts, and it paints before loading it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from hallplanner import __version__, argparse_zh
from hallplanner.bundled import SAMPLE_NAME, sample_source_dir
from hallplanner.domain.errors import HallPlannerError
from hallplanner.services.views import ItemView

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70
DB_ENV = "HALLPLANNER_DB"
EXPORT_LISTS = ("assignments", "catalog", "departments", "changes", "findings", "staffing")


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: 用法错误:{message}(见 {self.prog} --help)\n")


def _whole_number(text: str) -> int:
    """An ``int`` argument whose error names the value in Chinese (argparse would say "int")."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是整数") from None


def _parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line, read by an argparse that speaks Chinese (help and errors alike)."""
    with argparse_zh.in_chinese():
        return build_parser().parse_args(argv)


def build_parser() -> argparse.ArgumentParser:
    """The parser; argparse's own words in it are Chinese only inside ``argparse_zh.in_chinese()``."""
    parser = _Parser(
        prog="hallplanner",
        formatter_class=argparse_zh.HelpFormatter,
        description="政务服务中心进驻规划工具 HallPlanner。\n"
                    "不带子命令时打开图形界面;带子命令时在命令行完成批处理。",
        epilog="各子命令的用法:hallplanner <子命令> --help",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}", help="显示版本号并退出")
    parser.add_argument("--db", metavar="数据库", help="SQLite 文件路径或 SQLAlchemy 地址。图形界面默认打开上次使用的"
                                                       f"数据库(第一次为厦门样例的副本);子命令默认取环境变量 {DB_ENV}")
    verbs = parser.add_subparsers(dest="verb", metavar="<子命令>", parser_class=_Parser)

    def verb(name: str, summary: str, description: str, handler: Callable[[argparse.Namespace], int],
             db_help: str = f"SQLite 文件路径或 SQLAlchemy 地址(默认取环境变量 {DB_ENV})") -> argparse.ArgumentParser:
        sub = verbs.add_parser(name, help=summary, description=description, formatter_class=argparse_zh.HelpFormatter)
        sub.add_argument("--db", default=argparse.SUPPRESS, metavar="数据库", help=db_help)
        sub.set_defaults(handler=handler)
        return sub

    items = verb("items", "列出全部政务服务事项", "列出数据库中的全部政务服务事项,每行一个:\n"
                 "基本编码、名称、部门、进驻状态、办理窗口(以 Tab 分隔)。", _items)
    items.add_argument("--json", action="store_true", help="以 JSON 输出,每个事项一个对象,含全部字段")

    db = verb("db", "数据库:初始化、升级、查看信息", "管理 HallPlanner 数据库。操作:\n"
              "  init     新建空数据库(不覆盖已有文件)\n"
              "  upgrade  把旧版本的数据库升级到最新结构(升级前自动备份)\n"
              "  info     查看结构版本和各类记录的数量", _db)
    db.add_argument("action", metavar="操作", choices=("init", "upgrade", "info"), help="init、upgrade 或 info")

    sample = verb("sample", "样例数据:重建厦门样例,或生成规模测试数据", "样例数据。操作:\n"
                  "  build     由 sample_db/source/ 中的文本重建厦门样例数据库\n"
                  "  generate  生成指定规模的合成数据(示例数据,用于测试性能)", _sample,
                  db_help="build:写入的文件(默认 sample_db/xiamen.sqlite);"
                          f"generate:写入的 SQLite 文件(默认取环境变量 {DB_ENV})")
    sample.add_argument("action", metavar="操作", choices=("build", "generate"), help="build 或 generate")
    sample.add_argument("--items", type=_whole_number, default=10_000, metavar="数量",
                        help="generate:事项数量(默认 %(default)s)")
    sample.add_argument("--seed", type=_whole_number, default=1, metavar="种子",
                        help="generate:随机种子,相同种子得到相同数据(默认 %(default)s)")
    sample.add_argument("--source", type=Path, metavar="文件夹", help="build:样例源文件夹(默认 sample_db/source)")
    sample.add_argument("--force", action="store_true", help="覆盖已存在的文件(build 与 generate 都需要)")
    export = verb("export", "导出 Excel 清单:窗口分配、事项目录、各部门核对清单等",
                  "把数据库中的清单导出为 Excel 文件(.xlsx)。清单:\n"
                  "  assignments  窗口事项分配表(场所、窗口号、窗口名称、部门、事项编码、事项名称、角色、业务分类)\n"
                  "  catalog      事项目录(全部字段,可再导入)\n"
                  "  departments  各部门核对清单(每个部门一个工作表)\n"
                  "  changes      办理地点变更清单(尚不可用)\n"
                  "  findings     检查结果(尚不可用)\n"
                  "  staffing     人员配置表(尚不可用)", _export)
    export.add_argument("list", metavar="清单", choices=EXPORT_LISTS, help="、".join(EXPORT_LISTS))
    export.add_argument("-o", "--output", type=Path, required=True, metavar="文件", help="写入的 .xlsx 文件")
    export.add_argument("--force", action="store_true", help="覆盖已存在的文件")

    imports = verb("import", "从 Excel、WPS/LibreOffice 表格或 CSV 导入事项目录",
                   "导入部门报来的事项目录:.xlsx、.xls、.ods 或 .csv(UTF-8 或 GB18030)。\n"
                   "自动找到表头行并识别常见列名,填充合并单元格,跳过空行和小计行;\n"
                   "按实施编码、再按事项名称匹配已有事项并更新,其余新增。整个导入是一次修改,可撤销。\n"
                   "默认有任何错误就不写入;--skip-invalid 只导入无误的行;--dry-run 只显示将会发生的变化。", _import)
    imports.add_argument("kind", metavar="类型", choices=("catalog",), help="catalog(事项目录)")
    imports.add_argument("file", type=Path, metavar="文件", help=".xlsx、.xls、.ods 或 .csv 文件")
    imports.add_argument("--sheet", metavar="工作表", help="读取的工作表名称(默认第一个有表头的工作表)")
    imports.add_argument("--dry-run", action="store_true", help="只检查并显示将会新增、更新的事项,不写入数据库")
    imports.add_argument("--skip-invalid", action="store_true", help="跳过有错误的行,导入其余的行")
    imports.add_argument("--create-departments", action="store_true", help="新建文件中出现、数据库中没有的部门")
    imports.add_argument("--json", action="store_true", help="以 JSON 输出结果:created、updated、skipped、errors")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = _parse_arguments(argv)
        if args.verb is None:
            return _run_gui(args.db)
        status = args.handler(args)
        # Flushed here rather than at exit, so that a reader that went away is caught below.
        sys.stdout.flush()
        return status
    except HallPlannerError as exc:
        _fail(str(exc))
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader took what it wanted and left (``| head``): not an error. What is still
        # buffered goes to /dev/null, so that the interpreter's last flush stays quiet too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
        _fail(f"内部错误 {type(exc).__name__}:{exc}(请把这条信息报告给 HallPlanner 开发者)")
        return EXIT_INTERNAL


def _run_gui(database: str | None) -> int:
    # Checked before Qt's GUI libraries load: without a display, or without a library its
    # xcb plugin needs, Qt aborts the process with a message that blames the wrong library.
    from hallplanner.gui.platform_check import gui_start_problem

    problem = gui_start_problem()
    if problem:
        raise HallPlannerError(problem)
    from hallplanner.gui.app import run_app

    return run_app(database)


def _fail(message: str) -> None:
    print(f"hallplanner: {' '.join(message.split())}", file=sys.stderr)


def _database_target(args: argparse.Namespace) -> str:
    target = getattr(args, "db", None) or os.environ.get(DB_ENV)
    if not target:
        raise HallPlannerError(f"请用 --db 指定数据库(或设置环境变量 {DB_ENV})")
    return target


def _items(args: argparse.Namespace) -> int:
    from hallplanner.db.database import open_database
    from hallplanner.services.catalog import list_items

    db = open_database(_database_target(args), readonly=True)
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


def _db(args: argparse.Namespace) -> int:
    from hallplanner.db.database import open_database
    from hallplanner.db.migrations import schema_state
    from hallplanner.services.summary import count_rows

    target = _database_target(args)
    if args.action == "init":
        if "://" not in target and Path(target).exists() and Path(target).stat().st_size > 0:
            raise HallPlannerError(f"文件已存在,未作改动:{target}(升级请用 hallplanner db upgrade)")
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


def _sample(args: argparse.Namespace) -> int:
    if args.action == "build":
        from hallplanner.sample.xiamen import build_sample

        source = args.source or sample_source_dir()
        destination = Path(getattr(args, "db", None) or source.parent / SAMPLE_NAME)
        _refuse_to_overwrite(destination, args.force)
        summary = build_sample(source, destination)
        print(f"已生成样例数据库 {destination}:{summary.items} 个事项,{summary.departments} 个部门,"
              f"{summary.venues} 个场所,{summary.windows} 个窗口,{summary.staff} 名人员")
        return 0

    from hallplanner.sample.generate import generate

    target = _database_target(args)
    if "://" in target:
        raise HallPlannerError("规模测试数据只生成到 SQLite 文件,请给出文件路径")
    if args.items < 1:
        raise HallPlannerError("--items 须为正整数")
    destination = Path(target)
    _refuse_to_overwrite(destination, args.force)
    tables = generate(destination, items=args.items, seed=args.seed)
    print(f"已生成 {destination}:{len(tables.service_items)} 个事项,{len(tables.departments)} 个部门,"
          f"{len(tables.venues)} 个场所,{len(tables.windows)} 个窗口")
    return 0


def _export(args: argparse.Namespace) -> int:
    from hallplanner.db.database import open_database
    from hallplanner.exchange.exporters import EXPORTERS

    exporter = EXPORTERS[args.list]
    if args.output.suffix.lower() != ".xlsx":
        raise HallPlannerError(f"导出文件须以 .xlsx 结尾:{args.output}")
    _refuse_to_overwrite(args.output, args.force)
    db = open_database(_database_target(args), readonly=True)
    try:
        rows = exporter.export(db, args.output)
    finally:
        db.close()
    print(f"已导出{exporter.verbose_name} {args.output}:{rows} 行")
    return 0


def _import(args: argparse.Namespace) -> int:
    from hallplanner.db.database import open_database
    from hallplanner.exchange.catalog_file import read_catalog_file
    from hallplanner.services.importing import ImportOptions, import_catalog

    parsed = read_catalog_file(args.file, args.sheet)  # a refused file never opens the database
    db = open_database(_database_target(args))
    try:
        options = ImportOptions(dry_run=args.dry_run, skip_invalid=args.skip_invalid,
                                create_departments=args.create_departments, source=args.file.name)
        outcome = import_catalog(db, parsed, options)
    finally:
        db.close()
    if args.json:
        print(json.dumps(outcome.as_json(), ensure_ascii=False, indent=1))
    else:
        for problem in outcome.problems:
            print(f"{problem.place}:{problem.text}")
        print(outcome.summary())
    return EXIT_ERROR if outcome.refused else 0


def _refuse_to_overwrite(destination: Path, force: bool) -> None:
    if destination.exists() and not force:
        raise HallPlannerError(f"文件已存在,未作改动:{destination}(加 --force 覆盖)")


if __name__ == "__main__":
    sys.exit(main())
