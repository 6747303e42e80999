"""The ``hallplanner`` command: the GUI without a verb, batch jobs with one.

Every failure the user can act on ends with one line on stderr and a non-zero
exit; no traceback reaches the terminal. The database layer is imported by the
verbs that use it: without a verb the GUI starts, and it paints before loading it.

This module builds the parser and runs a verb; the verbs live by concern: ``plan``
(items, checks, the database file, the sample), ``outputs`` (signboards, staffing,
Excel in and out); ``common`` holds what they share.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from hallplanner import __version__, argparse_zh
from hallplanner.cli import accounts, negative_list, outputs, oversight, plan
from hallplanner.cli.common import (
    DB_ENV,
    EXIT_ERROR,
    EXIT_INTERNAL,
    EXIT_USAGE,
    counted,
    fail,
    iso_date,
    number,
    rule_id,
    template,
    whole_number,
)
from hallplanner.domain.errors import HallPlannerError

EXPORT_LISTS = ("assignments", "catalog", "departments", "changes", "findings", "staffing", "history", "publication")


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: 用法错误:{message}(见 {self.prog} --help)\n")


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
                 "基本编码、名称、部门、进驻状态、办理窗口(以 Tab 分隔)。", plan.items)
    items.add_argument("--json", action="store_true", help="以 JSON 输出,每个事项一个对象,含全部字段")

    check = verb("check", "按方案规则检查规划", "按《工作方案》的规则 R1–R16 检查规划,列出发现的问题(错误、警告、提示),\n"
                 "再列出各条规则的核对状态和各部门的进驻进度。存在错误时退出码为 1,否则为 0。", plan.check)
    check.add_argument("--json", action="store_true", help="以 JSON 输出:findings(rule、severity、subject_type、"
                                                           "subject、message、section)、checklist、progress")
    check.add_argument("--rule", action="append", type=rule_id, metavar="规则", default=[],
                       help="只列出这条规则的问题,如 R4;可重复")
    check.add_argument("--as-of", type=iso_date, metavar="日期",
                       help="按这一天检查,格式 2023-12-31(默认为规划的基准日,未设定则今天)")
    check.add_argument("--pdf", type=Path, metavar="文件", help="同时把检查报告写成 PDF(概况、规则核对、进度、问题清单)")
    check.add_argument("--force", action="store_true", help="--pdf:覆盖已存在的文件")
    check.add_argument("--font", type=Path, metavar="字体文件",
                       help="--pdf:嵌入 PDF 的中文 TrueType 字体(.ttf、.ttc);默认在系统中查找")

    db = verb("db", "数据库:初始化、升级、查看信息、复制规划、服务器账号", "管理 HallPlanner 数据库。操作:\n"
              "  init     新建空数据库(不覆盖已有文件)\n"
              "  upgrade  把旧版本的数据库升级到最新结构(升级前自动备份)\n"
              "  info     查看结构版本和各类记录的数量\n"
              "  copy     把整个规划复制到另一个数据库(SQLite 文件与 PostgreSQL 服务器之间,\n"
              "           或文件到文件):全部数据表,含历史与审计记录,编号不变\n"
              "  grant    (PostgreSQL)授予登录账号角色,需要时新建账号:\n"
              "           admin 管理员、planner 规划人员、department 部门、viewer 只读\n"
              "  revoke   (PostgreSQL)收回登录账号的角色\n"
              "  users    (PostgreSQL)列出账号:账号、角色、部门、姓名", plan.db)
    db.add_argument("action", metavar="操作", choices=("init", "upgrade", "info", "copy", *accounts.ACTIONS),
                    help="init、upgrade、info、copy、grant、revoke 或 users")
    db.add_argument("--from", dest="source", metavar="源数据库", help="copy:复制哪个数据库(文件路径或地址)")
    db.add_argument("--to", dest="destination", metavar="目标数据库",
                    help="copy:复制到哪里(文件路径或地址);不存在或没有数据表时先建好结构")
    db.add_argument("--force", action="store_true", help="copy:目标数据库已有数据时,先清空它再复制(同一事务)")
    db.add_argument("--progress", action="store_true", help="copy:在标准错误输出显示进度(终端上默认显示)")
    accounts.add_arguments(db)
    db.add_argument("--city", metavar="城市:代码", help="init:规划的城市及其 6 位行政区划代码,如 厦门市:350200")
    db.add_argument("--district", action="append", default=[], metavar="区:代码",
                    help="init:一个区及其行政区划代码,如 思明区:350203;可重复")

    sample = verb("sample", "样例数据:重建厦门样例,或生成规模测试数据", "样例数据。操作:\n"
                  "  build     由 sample_db/source/ 中的文本重建厦门样例数据库\n"
                  "  generate  生成指定规模的合成数据(示例数据,用于测试性能)", plan.sample,
                  db_help="写入的 SQLite 文件,或 PostgreSQL 服务器地址(postgresql+psycopg://用户@主机/数据库)。"
                          f"build 默认 sample_db/xiamen.sqlite;generate 默认取环境变量 {DB_ENV}")
    sample.add_argument("action", metavar="操作", choices=("build", "generate"), help="build 或 generate")
    sample.add_argument("--items", type=counted, default=10_000, metavar="数量",
                        help="generate:事项数量(默认 %(default)s)")
    sample.add_argument("--seed", type=whole_number, default=1, metavar="种子",
                        help="generate:随机种子,相同种子得到相同数据(默认 %(default)s)")
    sample.add_argument("--source", type=Path, metavar="文件夹", help="build:样例源文件夹(默认 sample_db/source)")
    sample.add_argument("--force", action="store_true", help="覆盖已存在的文件,或替换服务器数据库中已有的规划"
                                                             "(build 与 generate 都需要)")

    signs = verb("signs", "制作标识牌 PDF:分中心、延伸窗口、窗口牌、特殊事项告示",
                 "把标识牌写成 PDF,每块一页。分中心与延伸窗口标识按方案§三(二)2、§三(三)2 的格式,\n"
                 "窗口牌与特殊事项告示的措辞为本软件预设(方案未规定);规划人员修改过的措辞优先。\n"
                 "缺少数据(业务分类、地点、楼层房号……)的标识牌不制作,逐条列出原因。\n"
                 "模板尺寸、颜色与字号为预设值,非标准。", outputs.signs)
    signs.add_argument("-o", "--output", required=True, type=Path, metavar="文件", help="写入的 PDF 文件")
    signs.add_argument("--force", action="store_true", help="覆盖已存在的文件")
    signs.add_argument("--kind", choices=("subcenter", "extension", "window", "sensitive", "all"), default="all",
                       metavar="种类", help="subcenter 分中心、extension 延伸窗口、window 窗口牌、sensitive 特殊事项告示,"
                                             "或 all 全部(默认)")
    signs.add_argument("--template", default="a4", type=template, metavar="模板",
                       help="a4、a3(横向)、desk 桌牌 200×100 mm、door 门牌 500×250 mm,或自定义尺寸 宽x高(毫米,"
                            "如 300x150);默认 %(default)s")
    signs.add_argument("--venue", metavar="场所", help="只做这个场所的标识牌(场所名称)")
    signs.add_argument("--department", metavar="部门", help="只做这个部门的标识牌(标识用简称,如 公安局)")
    signs.add_argument("--font", type=Path, metavar="字体文件",
                       help="嵌入 PDF 的中文 TrueType 字体(.ttf、.ttc);默认在系统中查找黑体、微软雅黑、文泉驿正黑等")
    floorplan = verb("floorplan", "输出楼层平面图:PDF(矢量)或 PNG,带图例和窗口清单",
                     "把一个场所一个楼层的平面布局图写成 PDF(A3 或 A4 横向,矢量,嵌入中文字体)或 PNG:\n"
                     "功能区、窗口(按领域着色,标出低位服务设施和窗口正面)、比例尺、图例和窗口清单。\n"
                     "PNG 为 PDF 第一页的图像。已有文件不覆盖,除非加 --force。", outputs.floorplan)
    floorplan.add_argument("--venue", required=True, metavar="场所", help="场所名称,如 厦门市政务服务中心")
    floorplan.add_argument("--floor", required=True, metavar="楼层", help="楼层名称,如 1层")
    floorplan.add_argument("--pdf", type=Path, metavar="文件", help="写入的 PDF 文件")
    floorplan.add_argument("--png", type=Path, metavar="文件", help="写入的 PNG 文件")
    floorplan.add_argument("--paper", choices=("a3", "a4"), default="a3", metavar="纸张",
                           help="a3 或 a4,横向(默认 %(default)s)")
    floorplan.add_argument("--dpi", type=number, default=150, metavar="分辨率", help="PNG 的分辨率(默认 %(default)s)")
    floorplan.add_argument("--as-of", type=iso_date, metavar="日期", help="窗口办理事项按这一天计(默认今天)")
    floorplan.add_argument("--font", type=Path, metavar="字体文件",
                           help="嵌入 PDF 的中文 TrueType 字体(.ttf、.ttc);默认在系统中查找")
    floorplan.add_argument("--force", action="store_true", help="覆盖已存在的文件")
    staffing = verb("staffing", "人员配置:首席事务代表、窗口值守、窗口需求", "人员配置(方案§三(四)1)。操作:\n"
                    "  (不写)  各部门和各窗口组的状态、所需与在岗、发现的问题\n"
                    "  erlang  按 Erlang C(M/M/c)算一个队列所需窗口数:\n"
                    "          给出到达量、时段、平均办理时长、目标等候时间和服务水平", outputs.staffing)
    staffing.add_argument("action", metavar="操作", nargs="?", choices=("erlang",), help="erlang,或不写")
    staffing.add_argument("--json", action="store_true", help="以 JSON 输出")
    staffing.add_argument("--as-of", metavar="日期", type=iso_date,
                          help="按哪一天检查轮岗与办理地点(YYYY-MM-DD;默认为规划设定的基准日,没有则为今天)")
    for option, metavar, text in (
        ("--arrivals", "数量", "erlang:时段内到达的办件数"),
        ("--period-min", "分钟", "erlang:时段长度(分钟)"),
        ("--aht-min", "分钟", "erlang:平均办理时长(分钟)"),
        ("--target-wait-s", "秒", "erlang:目标等候时间(秒)"),
        ("--service-level", "比例", "erlang:目标等候时间内办理的比例,0 与 1 之间(如 0.8)"),
    ):
        staffing.add_argument(option, type=number, metavar=metavar, help=text)
    staffing.add_argument("--shrinkage", type=number, default=0.0, metavar="比例",
                          help="erlang:缺勤率(休假、培训、轮休),0(含)与 1 之间(默认 %(default)s)")
    export = verb("export", "导出 Excel 清单:窗口分配、事项目录、各部门核对清单等",
                  "把数据库中的清单导出为 Excel 文件(.xlsx)。清单:\n"
                  "  assignments  窗口事项分配表(场所、窗口号、窗口名称、部门、事项编码、事项名称、角色、业务分类)\n"
                  "  catalog      事项目录(全部字段,可再导入)\n"
                  "  departments  各部门核对清单(每个部门一个工作表)\n"
                  "  changes      办理地点变更清单(R13:原地点、新地点、日期)\n"
                  "  findings     检查结果(按规划的基准日检查,未设定则今天)\n"
                  "  staffing     人员配置表(各部门、各窗口组)\n"
                  "  history      修改历史(每个修改的字段一行)\n"
                  "  publication  办理地点变更公布清单(R13:各渠道的公布情况)", outputs.export)
    export.add_argument("list", metavar="清单", choices=EXPORT_LISTS, help="、".join(EXPORT_LISTS))
    export.add_argument("-o", "--output", type=Path, required=True, metavar="文件", help="写入的 .xlsx 文件")
    export.add_argument("--force", action="store_true", help="覆盖已存在的文件")

    oversight.register(verb)

    imports = verb("import", "从 Excel、WPS/LibreOffice 表格或 CSV 导入事项目录",
                   "导入部门报来的事项目录:.xlsx、.xls、.ods 或 .csv(UTF-8 或 GB18030)。\n"
                   "自动找到表头行并识别常见列名,填充合并单元格,跳过空行和小计行;\n"
                   "按实施编码、再按事项名称匹配已有事项并更新,其余新增。整个导入是一次修改,可撤销。\n"
                   "默认有任何错误就不写入;--skip-invalid 只导入无误的行;--dry-run 只显示将会发生的变化。", outputs.import_)
    imports.add_argument("kind", metavar="类型", choices=("catalog",), help="catalog(事项目录)")
    imports.add_argument("file", type=Path, metavar="文件", help=".xlsx、.xls、.ods 或 .csv 文件")
    imports.add_argument("--sheet", metavar="工作表", help="读取的工作表名称(默认第一个有表头的工作表)")
    imports.add_argument("--dry-run", action="store_true", help="只检查并显示将会新增、更新的事项,不写入数据库")
    imports.add_argument("--skip-invalid", action="store_true", help="跳过有错误的行,导入其余的行")
    imports.add_argument("--create-departments", action="store_true", help="新建文件中出现、数据库中没有的部门")
    imports.add_argument("--json", action="store_true", help="以 JSON 输出结果:created、updated、skipped、errors")
    _oversight_verbs(verb)
    return parser


def _oversight_verbs(verb: Callable[..., argparse.ArgumentParser]) -> None:
    listing = verb("negative-list", "负面清单:导入版本、列出版本、比较两个版本、按施行版本更新事项标记",
                   "负面清单的版本(方案§三(五)),每个版本自施行日期起有效,直到同一范围的下一个版本。操作:\n"
                   "  import FILE  从 Excel、WPS/LibreOffice 表格或 CSV 导入一个版本(自动找表头,跳过空行和小计行;\n"
                   "               有错误的行逐行列出,整份不导入);导入后事项标记按今天施行的版本更新,可撤销\n"
                   "  versions     列出全部版本,标出施行中的\n"
                   "  entries ID   列出一个版本的事项\n"
                   "  diff OLD NEW 比较两个版本:新增、删除的事项\n"
                   "  apply        按某天(--as-of,默认今天)施行的版本更新事项的负面清单标记", negative_list.negative_list)
    listing.add_argument("action", metavar="操作", choices=("import", "versions", "entries", "diff", "apply"),
                         help="import、versions、entries、diff 或 apply")
    listing.add_argument("operands", nargs="*", metavar="文件或版本",
                         help="import:.xlsx、.xls、.ods 或 .csv 文件;entries:版本编号;diff:旧版本编号 新版本编号")
    listing.add_argument("--name", metavar="名称", help="import:版本名称(默认取文件名)")
    listing.add_argument("--effective", type=iso_date, metavar="日期", help="import:施行日期,如 2024-03-01(必填)")
    listing.add_argument("--scope", choices=("centers", "grassroots"), default="centers", metavar="范围",
                         help="import:centers 市、区政务服务中心(省负面清单,默认)或 grassroots 镇街、村居")
    listing.add_argument("--document", metavar="文号", help="import:发文文号")
    listing.add_argument("--sheet", metavar="工作表", help="import:读取的工作表(默认第一个有表头的)")
    listing.add_argument("--as-of", type=iso_date, metavar="日期", help="按这一天判断施行中的版本(默认今天)")
    listing.add_argument("--json", action="store_true", help="以 JSON 输出")

    proposals = verb("proposals", "负面清单调整建议:提出、报送、汇总、审定",
                     "负面清单调整建议(方案§三(五)):部门提出,报同级审改办,市审改办汇总报省审改办,省审改办审定\n"
                     "(镇街、村居清单由市审改办审定)。每一步记日期、经办人、理由和附件名称,可撤销;\n"
                     "同意后按建议调整施行中的清单(新版本,自同意之日施行)并更新事项标记。操作:\n"
                     "  list           列出全部建议及其各步\n"
                     "  raise          提出建议:--department --action --item --on --person --reason [--attachment …]\n"
                     "  advance ID     办理下一步:--to submitted|gathered|approved|rejected --on --person [--reason]",
                     negative_list.proposals)
    proposals.add_argument("action", metavar="操作", choices=("list", "raise", "advance"), help="list、raise 或 advance")
    proposals.add_argument("id", nargs="?", type=whole_number, metavar="编号", help="advance:建议编号")
    proposals.add_argument("--department", metavar="部门", help="raise:提出建议的部门(全称或简称)")
    proposals.add_argument("--action", dest="change", choices=("add", "remove"), help="raise:add 列入或 remove 移出负面清单")
    proposals.add_argument("--item", metavar="事项", help="raise:事项的实施编码、基本编码或名称(不在规划中的事项写名称)")
    proposals.add_argument("--to", choices=("submitted", "gathered", "approved", "rejected"), metavar="状态",
                           help="advance:submitted 报同级审改办、gathered 市审改办汇总报送、approved 同意、rejected 不同意")
    proposals.add_argument("--on", type=iso_date, metavar="日期", help="这一步的日期,如 2024-03-01")
    proposals.add_argument("--person", metavar="经办人", help="这一步的经办人")
    proposals.add_argument("--office", metavar="机构", help="advance:办理机构(默认按方案:同级审改办、市审改办、省审改办)")
    proposals.add_argument("--reason", metavar="理由", help="理由或意见(提出和不同意时必填)")
    proposals.add_argument("--attachment", action="append", default=[], metavar="附件", help="附件名称,可重复")
    proposals.add_argument("--as-of", type=iso_date, metavar="日期",
                           help="advance approved:事项标记按这一天施行的版本更新(默认今天)")
    proposals.add_argument("--json", action="store_true", help="以 JSON 输出")

    overview = verb("overview", "总览:各部门、各地区的进驻进度、人员配置缺口和待处理问题",
                    "按某一天检查规划,列出各部门(再按地区汇总)的应进驻、已进驻、已排中心窗口、未排窗口、逾期事项数,\n"
                    "人员配置缺口和检查发现的其他错误、警告(与图形界面的“总览”页相同)。", negative_list.overview)
    overview.add_argument("--as-of", type=iso_date, metavar="日期", help="按这一天(默认今天)")
    overview.add_argument("--json", action="store_true", help="以 JSON 输出:departments、regions")


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
        fail(str(exc))
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader took what it wanted and left (``| head``): not an error. What is still
        # buffered goes to /dev/null, so that the interpreter's last flush stays quiet too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
        fail(f"内部错误 {type(exc).__name__}:{exc}(请把这条信息报告给 HallPlanner 开发者)")
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



if __name__ == "__main__":
    sys.exit(main())
