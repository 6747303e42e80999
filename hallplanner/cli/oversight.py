"""Verbs of oversight: the plan's history, publishing changed places (R13), inspections (R16)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path

from hallplanner.cli.common import counted, database_target, iso_date, refuse_to_overwrite, whole_number
from hallplanner.domain.errors import HallPlannerError

CHANNEL_WORDS = {"online_hall": "省网上办事大厅", "website": "门户网站", "wechat": "微信公众号"}
STATE_WORDS = {"open": "待整改", "rectified": "已整改", "clear": "无需整改"}


def register(verb: Callable[..., argparse.ArgumentParser]) -> None:
    """The oversight verbs on the command's parser (``verb`` makes a sub-command)."""
    history_ = verb("history", "修改历史:谁在何时改了什么", "按修改列出规划的修改历史(最新的在前):时间、修改人、操作,\n"
                    "以及每条记录改了哪些字段(修改前 → 修改后)。可只看一个事项、窗口、场所、部门或人员的历史,\n"
                    "按修改人、日期筛选;--xlsx 导出为 Excel(全部符合条件的修改)。", history)
    history_.add_argument("--item", metavar="编码", help="只看这个事项的历史(实施编码或基本编码)")
    history_.add_argument("--window", metavar="窗口号", help="只看这个窗口的历史(默认在市政务服务中心;另见 --venue)")
    history_.add_argument("--venue", metavar="场所", help="只看这个场所的历史(场所名称);与 --window 合用时指窗口所在场所")
    history_.add_argument("--department", metavar="部门", help="只看涉及这个部门的修改(全称或简称)")
    history_.add_argument("--staff", metavar="姓名", help="只看这名人员的历史")
    history_.add_argument("--user", metavar="修改人", help="只看这个人做的修改")
    history_.add_argument("--since", type=iso_date, metavar="日期", help="从这一天起(含),格式 2023-12-01")
    history_.add_argument("--until", type=iso_date, metavar="日期", help="到这一天止(含)")
    history_.add_argument("--limit", type=counted, default=100, metavar="数量", help="最多列出多少次修改(默认 %(default)s)")
    history_.add_argument("--json", action="store_true", help="以 JSON 输出")
    history_.add_argument("--xlsx", type=Path, metavar="文件", help="导出为 Excel 文件(.xlsx)")
    history_.add_argument("--force", action="store_true", help="--xlsx:覆盖已存在的文件")

    publication_ = verb("publication", "办理地点变更的公布(R13):查看、导出、标记已公布",
                        "办理地点变更须在省网上办事大厅、门户网站、微信公众号公布(方案§三(四)5)。操作:\n"
                        "  list    (默认)每项变更在各渠道的公布情况\n"
                        "  mark    把选中的变更标记为已公布(一次修改,可撤销)\n"
                        "  unmark  取消公布标记\n"
                        "mark 与 unmark 用 --old-place、--date、--item 选择变更,至少给出一个。", publication)
    publication_.add_argument("action", nargs="?", default="list", choices=("list", "mark", "unmark"), metavar="操作",
                              help="list、mark 或 unmark")
    publication_.add_argument("--pending", action="store_true", help="list:只列出尚未在各渠道公布的变更")
    publication_.add_argument("--json", action="store_true", help="以 JSON 输出")
    publication_.add_argument("--xlsx", type=Path, metavar="文件", help="list:导出为 Excel 文件(.xlsx)")
    publication_.add_argument("--force", action="store_true", help="--xlsx:覆盖已存在的文件")
    publication_.add_argument("--old-place", metavar="场所", help="mark/unmark:原办理地点(场所名称)的变更")
    publication_.add_argument("--date", type=iso_date, metavar="日期", help="mark/unmark:这一天生效的变更")
    publication_.add_argument("--item", metavar="编码", help="mark/unmark:这个事项的变更(实施编码或基本编码)")
    publication_.add_argument("--channel", action="append", choices=tuple(CHANNEL_WORDS), metavar="渠道",
                              help="online_hall 省网上办事大厅、website 门户网站、wechat 微信公众号;可重复,默认全部")
    publication_.add_argument("--published-on", type=iso_date, metavar="日期", help="mark:公布日期(默认今天)")

    inspections_ = verb("inspections", "督查记录(R16):查看、新增、标记整改、删除",
                        "中心、分中心和靠前延伸办事窗口的督查记录(方案§四(三))。操作:\n"
                        "  list     (默认)全部记录,最新的在前\n"
                        "  add      新增一条记录:--venue、--date、--inspector 必填\n"
                        "  rectify  把记录标记为已整改:--id(可重复)、--on\n"
                        "  delete   删除记录:--id\n"
                        "每次新增、修改、删除都是一次可撤销的修改,记入修改历史。", inspections)
    inspections_.add_argument("action", nargs="?", default="list", choices=("list", "add", "rectify", "delete"),
                              metavar="操作", help="list、add、rectify 或 delete")
    inspections_.add_argument("--venue", metavar="场所", help="场所名称(list:只列这个场所的记录)")
    inspections_.add_argument("--overdue", action="store_true", help="list:只列出逾期未整改的记录")
    inspections_.add_argument("--date", type=iso_date, metavar="日期", help="add:督查日期")
    inspections_.add_argument("--inspector", metavar="督查人", help="add:督查人")
    inspections_.add_argument("--scope", default="", metavar="内容", help="add:督查了什么")
    inspections_.add_argument("--findings", default="", metavar="问题", help="add:发现的问题(有问题时状态为待整改)")
    inspections_.add_argument("--rectify-by", type=iso_date, metavar="日期", help="add:整改期限")
    inspections_.add_argument("--id", type=whole_number, action="append", metavar="编号", help="rectify/delete:记录编号")
    inspections_.add_argument("--on", type=iso_date, metavar="日期", help="rectify:整改完成日期(默认今天)")
    inspections_.add_argument("--json", action="store_true", help="list:以 JSON 输出")


def _find(rows, wanted: str, *keys: Callable) -> object:
    for key in keys:
        found = [row for row in rows if key(row) == wanted]
        if found:
            return found[0]
    return None


def _record(db, args: argparse.Namespace) -> tuple[tuple[str, int] | None, str]:
    """The record whose history is asked for, and its name for the title."""
    from hallplanner.services.catalog import list_items, list_venues

    if args.item:
        item = _find(list_items(db), args.item, lambda i: i.implementation_code, lambda i: i.basic_code)
        if item is None:
            raise HallPlannerError(f"没有编码为“{args.item}”的事项")
        return ("item", item.id), f"事项 {item.name}"
    venue = None
    if args.venue or args.window:
        venues = list_venues(db)
        venue = _find(venues, args.venue, lambda v: v.name) if args.venue else \
            next((v for v in venues if v.kind.value == "city_center"), None)
        if venue is None:
            raise HallPlannerError(f"没有场所“{args.venue}”")
    if args.window:
        window = next((w for w in venue.windows if w.number == args.window), None)
        if window is None:
            raise HallPlannerError(f"“{venue.name}”没有窗口“{args.window}”")
        return ("window", window.id), f"窗口 {venue.name} {window.number} {window.name}"
    if venue is not None:
        return ("venue", venue.id), f"场所 {venue.name}"
    if args.staff:
        from hallplanner.services.history import staff_named

        staff_id = staff_named(db, args.staff)
        if staff_id is None:
            raise HallPlannerError(f"没有人员“{args.staff}”")
        return ("staff", staff_id), f"人员 {args.staff}"
    return None, ""


def _department(db, name: str | None) -> int | None:
    if not name:
        return None
    from hallplanner.services.catalog import list_departments

    department = _find(list_departments(db), name, lambda d: d.full_name, lambda d: d.short_name)
    if department is None:
        raise HallPlannerError(f"没有部门“{name}”")
    return department.id


def history(args: argparse.Namespace) -> int:
    from hallplanner.db.database import open_database
    from hallplanner.services.history import history as read_history
    from hallplanner.services.history_views import HistoryQuery

    if args.since and args.until and args.until < args.since:
        raise HallPlannerError("--until 不能早于 --since")
    if args.xlsx:
        _check_xlsx(args.xlsx, args.force)
    db = open_database(database_target(args), readonly=True)
    try:
        record, what = _record(db, args)
        query = HistoryQuery(record, args.user, args.since, args.until, _department(db, args.department),
                             limit=args.limit)
        if args.xlsx:
            from hallplanner.exchange.exporters import HistoryExporter

            rows = HistoryExporter(query, what).export(db, args.xlsx)
            print(f"已导出修改历史 {args.xlsx}:{rows} 行")
            return 0
        page = read_history(db, query)
    finally:
        db.close()
    if args.json:
        json.dump([{"edit": edit.edit_id, "at": edit.local_time.isoformat(timespec="seconds"), "actor": edit.actor,
                    "label": edit.label, "row_count": edit.row_count,
                    "rows": [{"kind": row.kind, "record": row.record, "action": row.action,
                              "fields": [{"field": f.label, "before": f.before, "after": f.after} for f in row.fields]}
                             for row in edit.rows]} for edit in page.edits],
                  sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if not page.edits:
        print("没有符合条件的修改")
    for edit in page.edits:
        print(f"{edit.local_time:%Y-%m-%d %H:%M}\t{edit.actor}\t{edit.label or '(未命名的修改)'}")
        for row in edit.rows:
            changes = ";".join(f"{f.label}:{_change(row.action, f)}" for f in row.fields)
            print(f"  {row.action}{row.kind}\t{row.record}\t{changes}")
        if edit.row_count > len(edit.rows):
            print(f"  ……另有 {edit.row_count - len(edit.rows)} 条记录(用 --xlsx 导出全部)")
    if page.more:
        print(f"(只列出最近 {args.limit} 次修改;用 --limit 或筛选条件查看更多)")
    return 0


def _change(action: str, field) -> str:
    """A field's change as one text: the value a new or deleted record had, or before → after."""
    from hallplanner.services.history_views import ACTIONS

    if action == ACTIONS["insert"]:
        return field.after
    if action == ACTIONS["delete"]:
        return field.before
    return f"{field.before} → {field.after}"


def _check_xlsx(path: Path, force: bool) -> None:
    if path.suffix.lower() != ".xlsx":
        raise HallPlannerError(f"导出文件须以 .xlsx 结尾:{path}")
    refuse_to_overwrite(path, force)


def publication(args: argparse.Namespace) -> int:
    from hallplanner.db.database import open_database
    from hallplanner.domain.vocabulary import PublicationChannel
    from hallplanner.services.publication import publication_rows

    if args.action == "list":
        if args.xlsx:
            _check_xlsx(args.xlsx, args.force)
        db = open_database(database_target(args), readonly=True)
        try:
            if args.xlsx:
                from hallplanner.exchange.exporters import PublicationExporter

                rows = PublicationExporter(args.pending).export(db, args.xlsx)
                print(f"已导出{'待公布的' if args.pending else ''}变更公布清单 {args.xlsx}:{rows} 行")
                return 0
            rows = publication_rows(db, args.pending)
        finally:
            db.close()
        _print_publications(rows, args.json)
        return 0

    if not (args.old_place or args.date or args.item):
        raise HallPlannerError(f"publication {args.action} 须用 --old-place、--date 或 --item 选择变更")
    channels = [PublicationChannel(channel) for channel in args.channel or CHANNEL_WORDS]
    db = open_database(database_target(args))
    try:
        from hallplanner.services.editing import PlanEditor

        chosen = [row.ref for row in publication_rows(db)
                  if (not args.old_place or row.change.old_place == args.old_place)
                  and (not args.date or row.change.on == args.date)
                  and (not args.item or args.item in (row.change.item_code, _basic_code(db, row.change.item_id)))]
        if not chosen:
            raise HallPlannerError("没有符合条件的办理地点变更")
        editor = PlanEditor(db)
        edit = (editor.mark_published(chosen, channels, args.published_on or dt.date.today())
                if args.action == "mark" else editor.unmark_published(chosen, channels))
    finally:
        db.close()
    print(f"{edit.label}")
    return 0


def _basic_code(db, item_id: int) -> str:
    from hallplanner.services.catalog import list_items

    return next((item.basic_code for item in list_items(db, {item_id})), "")


def _print_publications(rows, as_json: bool) -> None:
    if as_json:
        json.dump([{"item_code": row.change.item_code, "item": row.change.item_name, "department": row.change.department,
                    "old_place": row.change.old_place, "new_place": row.change.new_place,
                    "on": row.change.on and row.change.on.isoformat(), "change": row.change.kind,
                    "channels": {state.channel.value: {
                        "published": state.current(row.change.on),
                        "published_on": state.published_on and state.published_on.isoformat(),
                        "published_by": state.published_by} for state in row.channels},
                    "pending": [channel.value for channel in row.pending]} for row in rows],
                  sys.stdout, ensure_ascii=False, indent=1)
        print()
        return
    for row in rows:
        c = row.change
        channels = "、".join(CHANNEL_WORDS[channel.value] for channel in row.pending)
        pending = f"待公布:{channels}" if channels else "已全部公布"
        print(f"{c.on.isoformat() if c.on else '未定'}\t{c.item_code}\t{c.item_name}\t{c.old_place or '—'} → "
              f"{c.new_place or '—'}\t{pending}")


def inspections(args: argparse.Namespace) -> int:
    from hallplanner.db.database import open_database
    from hallplanner.domain.vocabulary import InspectionState
    from hallplanner.services.checks import reference_day
    from hallplanner.services.inspections import inspected_venues, list_inspections

    if args.action == "list":
        db = open_database(database_target(args), readonly=True)
        try:
            venue_id = _venue_id(inspected_venues(db), args.venue) if args.venue else None
            rows = list_inspections(db, venue_id)
            today = reference_day(db)  # overdue as the plan's checks judge it
        finally:
            db.close()
        if args.overdue:
            rows = [row for row in rows if row.overdue(today)]
        if args.json:
            json.dump([{"id": r.id, "venue": r.venue, "inspected_on": r.inspected_on.isoformat(),
                        "inspector": r.inspector, "scope": r.scope, "findings": r.findings,
                        "rectify_by": r.rectify_by and r.rectify_by.isoformat(), "state": r.state.value,
                        "rectified_on": r.rectified_on and r.rectified_on.isoformat(), "overdue": r.overdue(today)}
                       for r in rows], sys.stdout, ensure_ascii=False, indent=1)
            print()
        for r in [] if args.json else rows:
            due = f"整改期限 {r.rectify_by.isoformat()}" if r.rectify_by else ""
            late = "(逾期)" if r.overdue(today) else ""
            print(f"{r.id}\t{r.inspected_on.isoformat()}\t{r.venue}\t{r.inspector}\t{STATE_WORDS[r.state.value]}{late}"
                  f"\t{due}\t{r.findings or '未发现问题'}")
        return 0

    from hallplanner.services.editing import PlanEditor

    db = open_database(database_target(args))
    try:
        editor = PlanEditor(db)
        if args.action == "add":
            missing = [name for name, value in (("--venue", args.venue), ("--date", args.date),
                                                ("--inspector", args.inspector)) if not value]
            if missing:
                raise HallPlannerError("inspections add 缺少参数:" + "、".join(missing))
            state = InspectionState.OPEN if args.findings.strip() else InspectionState.CLEAR
            edit = editor.create_inspection({
                "venue_id": _venue_id(inspected_venues(db), args.venue), "inspected_on": args.date,
                "inspector": args.inspector, "scope": args.scope, "findings": args.findings,
                "rectify_by": args.rectify_by, "state": state, "rectified_on": None})
        elif not args.id:
            raise HallPlannerError(f"inspections {args.action} 须用 --id 给出记录编号")
        elif unknown := sorted(set(args.id) - {view.id for view in list_inspections(db)}):
            raise HallPlannerError(f"没有编号为 {'、'.join(map(str, unknown))} 的督查记录(编号见 hallplanner inspections list)")
        elif args.action == "rectify":
            edit = editor.rectified(args.id, args.on or dt.date.today())
        else:
            if len(args.id) != 1:
                raise HallPlannerError("inspections delete 一次删除一条记录")
            edit = editor.delete_inspection(args.id[0])
    finally:
        db.close()
    print(edit.label)
    return 0


def _venue_id(venues: list[tuple[int, str, object]], name: str) -> int:
    for venue_id, venue_name, _ in venues:
        if venue_name == name:
            return venue_id
    raise HallPlannerError(f"没有需要督查的场所“{name}”(中心、分中心或靠前延伸办事窗口)")
