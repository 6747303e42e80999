"""The ``hallplanner`` command: the GUI without a verb, batch jobs with one.

Every failure the user can act on ends with one line on stderr and a non-zero
exit; no traceback reaches the terminal. The database layer is imported by the
verbs that use it: without a verb the GUI starts, and it paints before loading it.
"""

from __future__ import annotations

import argparse
import datetime as dt
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


def _rule_id(text: str) -> str:
    from hallplanner.domain.plan_rules import RULES

    for rule_id in RULES:
        if rule_id.lower() == text.strip().lower():
            return rule_id
    raise argparse.ArgumentTypeError(f"没有规则“{text}”,可选:{'、'.join(RULES)}")


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是日期,格式如 2023-12-31") from None
def _number(text: str) -> float:
    """A decimal argument whose error names the value in Chinese."""
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是数值") from None


def _template(text: str):
    """A signboard template by name or size; a bad one is a usage error like any other."""
    from hallplanner.exchange.sign_templates import template_named

    try:
        return template_named(text)
    except HallPlannerError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


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

    check = verb("check", "按方案规则检查规划", "按《工作方案》的规则 R1–R16 检查规划,列出发现的问题(错误、警告、提示),\n"
                 "再列出各条规则的核对状态和各部门的进驻进度。存在错误时退出码为 1,否则为 0。", _check)
    check.add_argument("--json", action="store_true", help="以 JSON 输出:findings(rule、severity、subject_type、"
                                                           "subject、message、section)、checklist、progress")
    check.add_argument("--rule", action="append", type=_rule_id, metavar="规则", default=[],
                       help="只列出这条规则的问题,如 R4;可重复")
    check.add_argument("--as-of", type=_iso_date, metavar="日期", help="按这一天检查,格式 2023-12-31(默认今天)")
    check.add_argument("--pdf", type=Path, metavar="文件", help="同时把检查报告写成 PDF(概况、规则核对、进度、问题清单;"
                                                             "已有则替换)")
    check.add_argument("--font", type=Path, metavar="字体文件",
                       help="--pdf:嵌入 PDF 的中文 TrueType 字体(.ttf、.ttc);默认在系统中查找")

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

    signs = verb("signs", "制作标识牌 PDF:分中心、延伸窗口、窗口牌、特殊事项告示",
                 "把标识牌写成 PDF,每块一页。分中心与延伸窗口标识按方案§三(二)2、§三(三)2 的格式,\n"
                 "窗口牌与特殊事项告示的措辞为本软件预设(方案未规定);规划人员修改过的措辞优先。\n"
                 "缺少数据(业务分类、地点、楼层房号……)的标识牌不制作,逐条列出原因。\n"
                 "模板尺寸、颜色与字号为预设值,非标准。", _signs)
    signs.add_argument("-o", "--output", required=True, type=Path, metavar="文件", help="写入的 PDF 文件(已有则替换)")
    signs.add_argument("--kind", choices=("subcenter", "extension", "window", "sensitive", "all"), default="all",
                       metavar="种类", help="subcenter 分中心、extension 延伸窗口、window 窗口牌、sensitive 特殊事项告示,"
                                             "或 all 全部(默认)")
    signs.add_argument("--template", default="a4", type=_template, metavar="模板",
                       help="a4、a3(横向)、desk 桌牌 200×100 mm、door 门牌 500×250 mm,或自定义尺寸 宽x高(毫米,"
                            "如 300x150);默认 %(default)s")
    signs.add_argument("--venue", metavar="场所", help="只做这个场所的标识牌(场所名称)")
    signs.add_argument("--department", metavar="部门", help="只做这个部门的标识牌(标识用简称,如 公安局)")
    signs.add_argument("--font", type=Path, metavar="字体文件",
                       help="嵌入 PDF 的中文 TrueType 字体(.ttf、.ttc);默认在系统中查找黑体、微软雅黑、文泉驿正黑等")
    staffing = verb("staffing", "人员配置:首席事务代表、窗口值守、窗口需求", "人员配置(方案§三(四)1)。操作:\n"
                    "  (不写)  各部门和各窗口组的状态、所需与在岗、发现的问题\n"
                    "  erlang  按 Erlang C(M/M/c)算一个队列所需窗口数:\n"
                    "          给出到达量、时段、平均办理时长、目标等候时间和服务水平", _staffing)
    staffing.add_argument("action", metavar="操作", nargs="?", choices=("erlang",), help="erlang,或不写")
    staffing.add_argument("--json", action="store_true", help="以 JSON 输出")
    staffing.add_argument("--as-of", metavar="日期", type=_iso_date,
                          help="按哪一天检查轮岗与办理地点(YYYY-MM-DD;默认为规划设定的基准日,没有则为今天)")
    for option, metavar, text in (
        ("--arrivals", "数量", "erlang:时段内到达的办件数"),
        ("--period-min", "分钟", "erlang:时段长度(分钟)"),
        ("--aht-min", "分钟", "erlang:平均办理时长(分钟)"),
        ("--target-wait-s", "秒", "erlang:目标等候时间(秒)"),
        ("--service-level", "比例", "erlang:目标等候时间内办理的比例,0 与 1 之间(如 0.8)"),
    ):
        staffing.add_argument(option, type=_number, metavar=metavar, help=text)
    staffing.add_argument("--shrinkage", type=_number, default=0.0, metavar="比例",
                          help="erlang:缺勤率(休假、培训、轮休),0(含)与 1 之间(默认 %(default)s)")
    export = verb("export", "导出 Excel 清单:窗口分配、事项目录、各部门核对清单等",
                  "把数据库中的清单导出为 Excel 文件(.xlsx)。清单:\n"
                  "  assignments  窗口事项分配表(场所、窗口号、窗口名称、部门、事项编码、事项名称、角色、业务分类)\n"
                  "  catalog      事项目录(全部字段,可再导入)\n"
                  "  departments  各部门核对清单(每个部门一个工作表)\n"
                  "  changes      办理地点变更清单(R13:原地点、新地点、日期)\n"
                  "  findings     检查结果(按今天检查)\n"
                  "  staffing     人员配置表(各部门、各窗口组)", _export)
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


def _check(args: argparse.Namespace) -> int:
    from hallplanner.db.database import open_database
    from hallplanner.domain.findings import Severity
    from hallplanner.services.checks import check_plan

    font = None
    if args.pdf:
        from hallplanner.exchange.fonts import find_cjk_font

        font = find_cjk_font(args.font)  # no usable font: say so before checking anything
    db = open_database(_database_target(args), readonly=True)
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


def _signs(args: argparse.Namespace) -> int:
    from hallplanner.db.database import open_database
    from hallplanner.domain.signboards import BoardKind
    from hallplanner.exchange.fonts import find_cjk_font
    from hallplanner.exchange.signboards import write_pdf
    from hallplanner.services.signboards import read_signboards

    template = args.template
    font = find_cjk_font(args.font)
    db = open_database(_database_target(args), readonly=True)
    try:
        everything = read_signboards(db)
    finally:
        db.close()
    if args.venue and args.venue not in everything.venues:
        raise HallPlannerError(f"没有场所“{args.venue}”的标识牌(场所名称须与数据库中的一致)")
    if args.department and args.department not in everything.departments:
        raise HallPlannerError(f"没有部门“{args.department}”的标识牌(请用部门的标识用简称,如 公安局)")
    kinds = [] if args.kind == "all" else [BoardKind(args.kind)]
    chosen = everything.chosen(kinds, args.venue or "", args.department or "")
    if chosen.boards:
        write_pdf(args.output, chosen.boards, template, font)
        overridden = sum(1 for board in chosen.boards if board.override is not None)
        print(f"已生成 {args.output}:{len(chosen.boards)} 块标识牌,模板 {template.label},字体 {font.family}"
              + (f";其中 {overridden} 块的措辞由规划人员修改" if overridden else ""))
    if chosen.unmade:
        print(f"{len(chosen.unmade)} 块标识牌缺少数据,未制作:")
    for finding in chosen.findings:
        print(f"  {finding.rule} {finding.severity.label} {finding.subject}:{finding.message}")
    if not chosen.boards:
        raise HallPlannerError("没有可制作的标识牌,未生成 PDF")
    return 0


ERLANG_OPTIONS = ("arrivals", "period_min", "aht_min", "target_wait_s", "service_level")


def _staffing(args: argparse.Namespace) -> int:
    if args.action == "erlang":
        return _erlang(args)
    from hallplanner.db.database import open_database
    from hallplanner.services.staffing import staffing_report

    db = open_database(_database_target(args), readonly=True)
    try:
        report = staffing_report(db, args.as_of)
    finally:
        db.close()
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=1))
    else:
        sys.stdout.write(_staffing_text(report))
    return 0


def _staffing_text(report) -> str:
    """The staffing report as tab-separated lines for the terminal."""
    from hallplanner.services.staffing_views import status_label

    lines = [f"人员配置检查(基准日 {report.as_of.isoformat()})", "", "部门\t状态\t中心事项\t首席事务代表\t窗口人员\t后台人员\t问题"]
    for d in report.departments:
        lines.append(f"{d.short_name}\t{status_label(d.status)}\t{d.center_items}\t{d.chief or '(无)'}\t"
                     f"{d.window_staff}\t{d.back_office}\t{len(d.findings)}")
    lines += ["", "场所\t窗口组\t状态\t窗口(规划/所需/值守齐全)\t人员(所需/在岗)\t高峰每小时\t平均办理(分钟)"]
    for g in report.groups:
        needed = g.needed.windows if g.needed else "-"
        positions = g.needed.positions if g.needed else "-"
        lines.append(f"{g.venue}\t{g.label}\t{status_label(g.status)}\t{g.planned}/{needed}/{g.staffed_windows}\t"
                     f"{positions}/{g.staffed_people}\t{g.peak_arrivals:.1f}\t{g.aht_min:.1f}")
    for p in report.pools:
        lines += ["", f"{p.venue}:分设窗口共需 {p.separate} 个,合并为一个无差别综合窗口池需 {p.pooled} 个"]
    lines += ["", f"发现的问题 {len(report.findings)} 条:"]
    lines += [f"{f.rule}\t{f.severity.label}\t{f.subject}\t{f.message}" for f in report.findings]
    return "\n".join(lines) + "\n"


def _erlang(args: argparse.Namespace) -> int:
    from hallplanner.domain.erlang import Load

    missing = [name for name in ERLANG_OPTIONS if getattr(args, name) is None]
    if missing:
        _fail("staffing erlang 缺少参数:" + "、".join("--" + name.replace("_", "-") for name in missing))
        return EXIT_USAGE
    try:
        result = Load(args.arrivals, args.period_min, args.aht_min, args.target_wait_s, args.service_level,
                      args.shrinkage).needed()
    except HallPlannerError as exc:
        _fail(str(exc))
        return EXIT_USAGE
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
    else:
        print(f"负荷:{result.traffic:.2f} Erlang")
        print(f"所需窗口:{result.windows}")
        print(f"所需人员(计缺勤率 {args.shrinkage:.0%}):{result.positions}")
        print(f"需等候的概率:{result.p_wait:.2%}")
        print(f"服务水平({args.target_wait_s:g} 秒内):{result.service_level:.2%}")
        print(f"平均等候:{result.asa_s:.1f} 秒")
        print(f"窗口占用率:{result.occupancy:.1%}")
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
        if not outcome.refused:
            print(outcome.summary())
    if outcome.refused:  # the rows' problems are the report above; the verdict is the error line
        _fail(str(outcome.summary()))
        return EXIT_ERROR
    return 0


def _refuse_to_overwrite(destination: Path, force: bool) -> None:
    if destination.exists() and not force:
        raise HallPlannerError(f"文件已存在,未作改动:{destination}(加 --force 覆盖)")


if __name__ == "__main__":
    sys.exit(main())
