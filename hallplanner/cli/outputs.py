"""Verbs that make files or figures from a plan: signboards, staffing, Excel in and out."""

from __future__ import annotations

import argparse
import json
import sys

from hallplanner.cli.common import (
    EXIT_ERROR,
    EXIT_USAGE,
    database_target,
    fail,
    refuse_to_overwrite,
)
from hallplanner.domain.errors import HallPlannerError


def signs(args: argparse.Namespace) -> int:
    from hallplanner.db.database import open_database
    from hallplanner.domain.signboards import BoardKind
    from hallplanner.exchange.fonts import find_cjk_font
    from hallplanner.exchange.signboards import write_pdf
    from hallplanner.services.signboards import read_signboards

    template = args.template
    refuse_to_overwrite(args.output, args.force)
    font = find_cjk_font(args.font)
    db = open_database(database_target(args), readonly=True)
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


def floorplan(args: argparse.Namespace) -> int:
    from hallplanner.db.database import open_database
    from hallplanner.exchange.floorplan_pdf import write_floorplan_pdf, write_floorplan_png
    from hallplanner.exchange.fonts import find_cjk_font
    from hallplanner.services.floorplan import find_floor, floor_layout

    if args.pdf is None and args.png is None:
        fail("floorplan 须指定 --pdf 文件或 --png 文件(或两者)")
        return EXIT_USAGE
    if not 30 <= args.dpi <= 600:
        fail(f"--dpi 须在 30 与 600 之间:{args.dpi:g}")
        return EXIT_USAGE
    for path, suffix in ((args.pdf, ".pdf"), (args.png, ".png")):
        if path is not None:
            if path.suffix.lower() != suffix:
                raise HallPlannerError(f"文件须以 {suffix} 结尾:{path}")
            refuse_to_overwrite(path, args.force)
    font = find_cjk_font(args.font)
    db = open_database(database_target(args), readonly=True)
    try:
        layout = floor_layout(db, find_floor(db, args.venue, args.floor).id, args.as_of)
    finally:
        db.close()
    if not layout.windows and not layout.zones:
        raise HallPlannerError(f"{layout.venue} {layout.floor.name} 上还没有窗口和功能区,未生成平面图")
    if args.pdf is not None:
        written = write_floorplan_pdf(args.pdf, layout, font, args.paper)
        print(f"已生成平面图 {args.pdf}:{written.pages} 页,{written.windows} 个窗口,{args.paper.upper()} 横向,"
              f"字体 {font.family}")
    if args.png is not None:
        width, height = write_floorplan_png(args.png, layout, font, args.paper, args.dpi)
        print(f"已生成平面图 {args.png}:{width}×{height} 像素({args.dpi:g} dpi)")
    return 0


ERLANG_OPTIONS = ("arrivals", "period_min", "aht_min", "target_wait_s", "service_level")


def staffing(args: argparse.Namespace) -> int:
    if args.action == "erlang":
        return erlang(args)
    from hallplanner.db.database import open_database
    from hallplanner.services.staffing import staffing_report

    db = open_database(database_target(args), readonly=True)
    try:
        report = staffing_report(db, args.as_of)
    finally:
        db.close()
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=1))
    else:
        sys.stdout.write(staffing_text(report))
    return 0


def staffing_text(report) -> str:
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


def erlang(args: argparse.Namespace) -> int:
    from hallplanner.domain.erlang import Load

    missing = [name for name in ERLANG_OPTIONS if getattr(args, name) is None]
    if missing:
        fail("staffing erlang 缺少参数:" + "、".join("--" + name.replace("_", "-") for name in missing))
        return EXIT_USAGE
    try:
        result = Load(args.arrivals, args.period_min, args.aht_min, args.target_wait_s, args.service_level,
                      args.shrinkage).needed()
    except HallPlannerError as exc:
        fail(str(exc))
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


def export(args: argparse.Namespace) -> int:
    from hallplanner.db.database import open_database
    from hallplanner.exchange.exporters import EXPORTERS

    exporter = EXPORTERS[args.list]
    if args.output.suffix.lower() != ".xlsx":
        raise HallPlannerError(f"导出文件须以 .xlsx 结尾:{args.output}")
    refuse_to_overwrite(args.output, args.force)
    db = open_database(database_target(args), readonly=True)
    try:
        rows = exporter.export(db, args.output)
    finally:
        db.close()
    print(f"已导出{exporter.verbose_name} {args.output}:{rows} 行")
    return 0


def import_(args: argparse.Namespace) -> int:
    from hallplanner.db.database import open_database
    from hallplanner.exchange.catalog_file import read_catalog_file
    from hallplanner.services.importing import ImportOptions, import_catalog

    parsed = read_catalog_file(args.file, args.sheet)  # a refused file never opens the database
    db = open_database(database_target(args))
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
        fail(str(outcome.summary()))
        return EXIT_ERROR
    return 0

