"""Building the Xiamen sample database from its text source (``sample_db/source``).

The source is a set of CSV files a planner can read and a reviewer can diff; the
built ``sample_db/xiamen.sqlite`` is derived from it and rebuilt by
``hallplanner sample build``. See ``sample_db/source/README.md`` for the columns.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.limits import BASIC_CODE_MAX, IMPLEMENTATION_CODE_MAX
from hallplanner.domain.regions import xiamen_regions
from hallplanner.domain.staffing import Assumptions, parse_days
from hallplanner.domain.vocabulary import (
    DeadlineKind,
    AuthorizationCoverage,
    ChecklistPoint,
    ChecklistState,
    DepartmentKind,
    EntryStatus,
    HostKind,
    ItemType,
    KeepReason,
    Labelled,
    Level,
    PlaceRole,
    Post,
    StaffRole,
    VenueKind,
    VenueStatus,
    WindowKind,
    ZoneKind,
)
from hallplanner.sample.bulk import write_new_database

PLAN_DATE = dt.datetime(2023, 9, 15)
PLAN_TITLE = "《厦门市进一步推动政务服务事项集中办理工作方案》"
BUILDER = "样例数据"

T = TypeVar("T")


@dataclass(frozen=True)
class SampleSummary:
    departments: int
    items: int
    venues: int
    windows: int
    places: int
    staff: int


@dataclass
class SourceRow:
    """One CSV row that knows where it came from, so every error can say so."""

    file: str
    line: int
    values: dict[str, str]

    def error(self, column: str, message: str) -> HallPlannerError:
        return HallPlannerError(f"{self.file} 第 {self.line} 行,列 {column}:{message}")

    def text(self, column: str, *, required: bool = True, max_length: int | None = None) -> str:
        value = (self.values.get(column) or "").strip()
        if required and not value:
            raise self.error(column, "不能为空")
        if max_length is not None and len(value) > max_length:
            raise self.error(column, f"“{value}”超过 {max_length} 个字符")
        return value

    def parsed(self, column: str, parse: Callable[[str], T]) -> T:
        value = self.text(column)
        try:
            return parse(value)
        except ValueError as exc:
            raise self.error(column, str(exc)) from None

    def choice(self, column: str, value_set: type[Labelled]) -> Labelled:
        return self.parsed(column, value_set.from_label)

    def flag(self, column: str) -> bool:
        return self.parsed(column, _flag)

    def date(self, column: str, *, required: bool = True) -> dt.date | None:
        if not required and not self.text(column, required=False):
            return None
        return self.parsed(column, _date)

    def optional_choice(self, column: str, value_set: type[Labelled]) -> Labelled | None:
        return self.choice(column, value_set) if self.text(column, required=False) else None

    def dates(self) -> tuple[dt.date | None, dt.date | None]:
        """``opens_on`` and ``closes_on``, either empty (open-ended); it closes after it opens."""
        opens_on, closes_on = self.date("opens_on", required=False), self.date("closes_on", required=False)
        if opens_on and closes_on and closes_on <= opens_on:
            raise self.error("closes_on", f"{closes_on} 不晚于开放日期 {opens_on}")
        return opens_on, closes_on

    def ref(self, column: str, keys: dict[str, int], *, required: bool = True) -> int | None:
        key = self.text(column, required=required)
        if not key:
            return None
        if key not in keys:
            raise self.error(column, f"找不到“{key}”")
        return keys[key]


def _flag(value: str) -> bool:
    if value not in ("0", "1"):
        raise ValueError(f"“{value}”应为 0 或 1")
    return value == "1"


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"“{value}”不是日期(应写作 2023-12-31)") from None


def read_source(source: Path, name: str) -> Iterator[SourceRow]:
    path = source / name
    if not path.is_file():
        raise HallPlannerError(f"样例数据缺少文件:{path}")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        for row in reader:
            yield SourceRow(name, reader.line_num, row)


class Keyed:
    """The rows of one table, under the keys the source uses; ids follow file order."""

    def __init__(self) -> None:
        self.rows: list[dict] = []
        self.ids: dict[object, int] = {}
        self._lines: dict[object, int] = {}

    def add(self, row: SourceRow, column: str, key: object, values: dict) -> int:
        if key in self.ids:
            shown = key[-1] if isinstance(key, tuple) else key
            raise row.error(column, f"“{shown}”重复(另见第 {self._lines[key]} 行)")
        self.ids[key] = len(self.rows) + 1
        self._lines[key] = row.line
        self.rows.append({"id": self.ids[key], **values})
        return self.ids[key]


def build_sample(source: Path, destination: str | Path, *, force: bool = False) -> SampleSummary:
    """Build the sample database at ``destination`` (a file or a server's URL) from the CSV files in ``source``.

    ``force`` replaces a plan already on the server (a file is replaced by the caller's choice).
    """
    from hallplanner.sample.negative_list import negative_list_tables  # it builds on this module

    region_rows = _regions(source)
    regions = {row["name"]: row["id"] for row in region_rows}
    departments = _departments(source, regions)
    venues = _venues(source, regions, departments.ids)
    floors = _floors(source, venues.ids)
    windows = _windows(source, venues.ids, departments.ids, floors.ids)
    items, history, status_since = _items(source, departments.ids)
    places = _places(source, items, status_since, venues, windows.ids)
    deadlines = _deadlines(source, regions)
    sessions = _sessions(source, venues.ids)
    staff, posts, qualifications = _staff(source, departments.ids, venues.ids, windows.ids, sessions.ids)

    write_new_database(destination, {
        "regions": region_rows, "departments": departments.rows, "venues": venues.rows, "windows": windows.rows,
        "floors": floors.rows, "zones": _zones(source, venues.ids, floors.ids).rows,
        "service_items": items.rows, "item_status_history": history, "handling_places": places.rows,
        "deadlines": deadlines.rows,
        "opening_sessions": sessions.rows, "staff": staff.rows, "staff_posts": posts.rows,
        "staff_qualifications": qualifications.rows, "item_qualifications": _item_qualifications(source, items.ids).rows,
        "department_checklist": _checklist(source, departments.ids).rows, "staffing_settings": _settings(source),
        **negative_list_tables(source, departments.ids, items),
    }, actor=BUILDER, force=force, then=lambda db: _oversight(db, source, venues.ids))
    return SampleSummary(
        departments=len(departments.rows),
        items=len(items.rows),
        venues=len(venues.rows),
        windows=len(windows.rows),
        places=len(places.rows),
        staff=len(staff.rows),
    )


def _regions(source: Path) -> list[dict]:
    """厦门市 and its districts, then the towns and villages of ``regions.csv`` (each below its parent)."""
    regions = Keyed()
    for spec in xiamen_regions():
        regions.ids[spec.name] = len(regions.rows) + 1
        regions.rows.append({"id": regions.ids[spec.name], "name": spec.name, "level": spec.level,
                             "parent_id": regions.ids.get(spec.parent), "code": spec.code})
    for row in read_source(source, "regions.csv"):
        level = row.choice("level", Level)
        if level not in (Level.TOWN, Level.VILLAGE):
            raise row.error("level", "只列镇(街道)和村(社区),市和区由程序给出")
        code = row.text("code", required=False)
        if code and not (code.isdigit() and len(code) == (9 if level is Level.TOWN else 12)):
            raise row.error("code", f"“{code}”应为 {9 if level is Level.TOWN else 12} 位数字")
        regions.add(row, "name", row.text("name", max_length=64), {
            "name": row.text("name"), "level": level, "parent_id": row.ref("parent", regions.ids), "code": code})
    return regions.rows


def _oversight(db, source: Path, venues: dict[str, int]) -> None:
    from hallplanner.sample.oversight import enter_oversight  # it reads the source with this module's helpers

    enter_oversight(db, source, venues)


def _departments(source: Path, regions: dict[str, int]) -> Keyed:
    departments = Keyed()
    for row in read_source(source, "departments.csv"):
        departments.add(row, "key", row.text("key"), {
            "full_name": row.text("full_name"),
            "short_name": row.text("short_name"),
            "kind": row.choice("kind", DepartmentKind),
            "region_id": row.ref("region", regions),
            "centrally_managed": row.flag("centrally_managed"),
        })
    return departments


VENUE_TEXT_COLUMNS = (
    "business_category", "location_label", "address", "floor", "room", "contact_person", "phone", "plan_ref"
)


def _venues(source: Path, regions: dict[str, int], departments: dict[str, int]) -> Keyed:
    venues = Keyed()
    for row in read_source(source, "venues.csv"):
        opens_on, closes_on = row.dates()
        venues.add(row, "key", row.text("key"), {
            "name": row.text("name"),
            "kind": row.choice("kind", VenueKind),
            "status": row.choice("status", VenueStatus),
            "region_id": row.ref("region", regions),
            "department_id": row.ref("department", departments, required=False),
            "host_kind": row.choice("host_kind", HostKind),
            **{column: row.text(column, required=False) for column in VENUE_TEXT_COLUMNS},
            "illustrative": row.flag("illustrative"),
            "opens_on": opens_on,
            "closes_on": closes_on,
        })
    return venues


def _floors(source: Path, venues: dict[str, int]) -> Keyed:
    floors = Keyed()
    for row in read_source(source, "floors.csv"):
        venue_id = row.ref("venue", venues)
        name = row.text("name", max_length=32)
        route_width = row.text("route_width", required=False)
        floors.add(row, "name", (venue_id, name), {"venue_id": venue_id, "name": name, "level": row.parsed("level", int),
                                                   "route_width": row.parsed("route_width", float) if route_width else None})
    return floors


def _floor_id(row: SourceRow, venue_id: int, floors: dict[tuple[int, str], int], *, required: bool) -> int | None:
    name = row.text("floor", required=required)
    if not name:
        return None
    if (venue_id, name) not in floors:
        raise row.error("floor", f"floors.csv 中该场所没有楼层“{name}”")
    return floors[venue_id, name]


def _polygon(text: str) -> list[list[float]]:
    """``"1 1;17 1;17 6"``: the corners in metres, at least three."""
    points = [[float(number) for number in corner.split()] for corner in text.split(";") if corner.strip()]
    if len(points) < 3 or any(len(point) != 2 for point in points):
        raise ValueError(f"“{text}”应为至少三个角点,写作 x y;x y;x y")
    return points


def _zones(source: Path, venues: dict[str, int], floors: dict[tuple[int, str], int]) -> Keyed:
    zones = Keyed()
    for number, row in enumerate(read_source(source, "zones.csv")):
        venue_id = row.ref("venue", venues)
        colour = row.text("colour")
        if len(colour) != 7 or not colour.startswith("#"):
            raise row.error("colour", f"“{colour}”应写作 #rrggbb")
        zones.add(row, "name", number, {
            "floor_id": _floor_id(row, venue_id, floors, required=True),
            "name": row.text("name", max_length=64),
            "kind": row.choice("kind", ZoneKind),
            "colour": colour,
            "polygon": row.parsed("polygon", _polygon),
        })
    return zones


def _windows(source: Path, venues: dict[str, int], departments: dict[str, int],
             floors: dict[tuple[int, str], int]) -> Keyed:
    windows = Keyed()
    for row in read_source(source, "windows.csv"):
        venue_id = row.ref("venue", venues)
        number = row.text("number")
        windows.add(row, "number", (venue_id, number), {
            "venue_id": venue_id,
            "number": number,
            "name": row.text("name"),
            "kind": row.choice("kind", WindowKind),
            "domain": row.text("domain", required=False),
            "department_id": row.ref("department", departments, required=False),
            **{column: row.parsed(column, float) for column in ("x", "y", "width", "height", "rotation")},
            "floor_id": _floor_id(row, venue_id, floors, required=False),
            "low_counter": row.flag("low_counter"),
            "accessibility_sign": row.flag("accessibility_sign"),
        })
    return windows


def _items(source: Path, departments: dict[str, int]) -> tuple[Keyed, list[dict], dict[int, dt.date]]:
    """The items, their status history, and since when each has its status (by item id)."""
    items = Keyed()
    status_since: dict[int, dt.date] = {}
    implementation_codes = Keyed()
    history: list[dict] = []
    for row in read_source(source, "items.csv"):
        implementation_code = row.text("implementation_code", max_length=IMPLEMENTATION_CODE_MAX)
        implementation_codes.add(row, "implementation_code", implementation_code, {})
        status = row.choice("status", EntryStatus)
        since = row.parsed("status_since", _date)
        illustrative = row.flag("illustrative")
        _illustrative_fields(row, illustrative)
        item_id = items.add(row, "basic_code", row.text("basic_code", max_length=BASIC_CODE_MAX), {
            "name": row.text("name"),
            "basic_code": row.text("basic_code"),
            "implementation_code": implementation_code,
            "item_type": row.choice("item_type", ItemType),
            "department_id": row.ref("department", departments),
            "level": row.choice("level", Level),
            "category": row.text("category", required=False),
            **{column: row.parsed(column, int) for column in ("annual_volume", "avg_minutes", "online_depth")},
            **{column: row.flag(column) for column in ITEM_FLAGS},
            "illustrative": illustrative,
            "status": status,
            "plan_ref": row.text("plan_ref", required=False),
        })
        status_since[item_id] = since
        history.extend(_history(item_id, status, since, items.rows[-1]["level"]))
    for number, step in enumerate(history, start=1):
        step["id"] = number
    return items, history, status_since


ITEM_FLAGS = ("jointly_handled", "fully_online", "negative_list", "special_sensitive")


def _illustrative_fields(row: SourceRow, illustrative: bool) -> None:
    """A real item (``illustrative`` 0) names the columns the sample invented for it; an invented one, none."""
    named = row.text("illustrative_fields", required=False).split()
    if illustrative and named:
        raise row.error("illustrative_fields", "虚构的事项整行都是虚构的,此列应留空")
    unknown = [column for column in named if column not in row.values or column in PLAN_COLUMNS]
    if unknown:
        raise row.error("illustrative_fields", f"“{unknown[0]}”不是可虚构的列")


# What the plan itself gives for the items it names: never marked invented.
PLAN_COLUMNS = ("name", "department", "level", "negative_list", "special_sensitive", "plan_ref", "illustrative",
                "illustrative_fields")


def _window_id(row: SourceRow, venue_id: int | None, windows: dict[tuple[int, str], int]) -> int | None:
    number = row.text("window", required=False)
    if not number:
        return None
    if (venue_id, number) not in windows:
        raise row.error("window", f"该场所没有窗口“{number}”")
    return windows[venue_id, number]


CENTERS = (VenueKind.CITY_CENTER, VenueKind.DISTRICT_CENTER)


def _places(source: Path, items: Keyed, status_since: dict[int, dt.date], venues: Keyed,
            windows: dict[tuple[int, str], int]) -> Keyed:
    """Where each item is handled, and when (see ``hallplanner.domain.plan_time``)."""
    places = Keyed()
    for row in read_source(source, "handling.csv"):
        item_id = row.ref("item", items.ids)
        item = items.rows[item_id - 1]
        venue_id = row.ref("venue", venues.ids)
        venue = venues.rows[venue_id - 1]
        role = row.choice("role", PlaceRole)
        opens_on, closes_on = row.dates()
        keep_reason = row.optional_choice("keep_reason", KeepReason)
        keep_note = row.text("keep_note", required=False)
        if venue["status"] is VenueStatus.CLOSED:
            if venue["closes_on"] is None:
                raise row.error("venue", "该场所已撤销,不能再办理事项")
            if closes_on is None or closes_on > venue["closes_on"]:
                raise row.error("closes_on", f"该场所 {venue['closes_on']} 撤销,办理点最迟应在当天关闭")
        at_center = venue["kind"] in CENTERS
        if at_center and (keep_reason or closes_on):
            raise row.error("keep_reason" if keep_reason else "closes_on", "中心的办理点不保留也不关闭(方案§二(一))")
        if keep_note and not keep_reason:
            raise row.error("keep_note", "只有写明保留原因(keep_reason)的办理点才有保留说明")
        if at_center and role is PlaceRole.MAIN and item["status"] is EntryStatus.ENTERED \
                and opens_on not in (None, status_since[item_id]):
            raise row.error("opens_on", f"进驻中心的日期应与 items.csv 的 status_since({status_since[item_id]})一致")
        places.add(row, "venue", (item_id, venue_id), {
            "item_id": item_id,
            "venue_id": venue_id,
            "window_id": _window_id(row, venue_id, windows),
            "role": role,
            "opens_on": opens_on,
            "closes_on": closes_on,
            "keep_reason": keep_reason,
            "keep_note": keep_note,
        })
    return places


def _deadlines(source: Path, regions: dict[str, int]) -> Keyed:
    deadlines = Keyed()
    for row in read_source(source, "deadlines.csv"):
        region_id, level, kind = row.ref("region", regions), row.choice("level", Level), row.choice("kind", DeadlineKind)
        deadlines.add(row, "kind", (region_id, level, kind), {
            "region_id": region_id,
            "level": level,
            "kind": kind,
            "due_on": row.parsed("due_on", _date),
            "plan_ref": row.text("plan_ref"),
        })
    return deadlines


def _sessions(source: Path, venues: dict[str, int]) -> Keyed:
    sessions = Keyed()
    for row in read_source(source, "opening_hours.csv"):
        venue_id = row.ref("venue", venues)
        opens, closes = row.parsed("opens", dt.time.fromisoformat), row.parsed("closes", dt.time.fromisoformat)
        if opens >= closes:
            raise row.error("closes", "应晚于开始时间")
        sessions.add(row, "name", (venue_id, row.text("name")), {
            "venue_id": venue_id, "name": row.text("name", max_length=32), "days": row.parsed("days", parse_days),
            "opens": opens, "closes": closes,
        })
    return sessions


def _listed(row: SourceRow, column: str) -> list[str]:
    return [part.strip() for part in row.text(column, required=False).split("、") if part.strip()]


def _staff(source: Path, departments: dict[str, int], venues: dict[str, int],
           windows: dict[tuple[int, str], int], sessions: dict[tuple[int, str], int]) -> tuple[Keyed, Keyed, Keyed]:
    staff, posts, qualifications = Keyed(), Keyed(), Keyed()
    for row in read_source(source, "staff.csv"):
        venue_id = row.ref("venue", venues, required=False)
        written = row.flag("authorization")
        date = row.text("authorization_date", required=False)
        person = staff.add(row, "name", row.line, {
            "name": row.text("name"),
            "department_id": row.ref("department", departments),
            "role": row.choice("role", StaffRole),
            "full_time": row.flag("full_time"),
            "start_date": row.parsed("start_date", dt.date.fromisoformat),
            "venue_id": venue_id,
            "authorization_written": written,
            "authorization_date": dt.date.fromisoformat(date) if date else None,
            "authorization_coverage": row.choice("coverage", AuthorizationCoverage),
            "authorization_category": row.text("category", required=False, max_length=64),
            "note": row.text("note", required=False),
            "illustrative": True,  # the plan names no people
        })
        named = [sessions.get((venue_id, name)) for name in _listed(row, "sessions")]
        if None in named:
            raise row.error("sessions", "该场所没有这个开放时段")
        window_id = _window_id(row, venue_id, windows)
        if window_id is not None:
            for session_id in named or [None]:
                posts.add(row, "window", (person, window_id, Post.A, session_id),
                          {"staff_id": person, "window_id": window_id, "post": Post.A, "session_id": session_id})
        for number in _listed(row, "backup"):
            if (venue_id, number) not in windows:
                raise row.error("backup", f"该场所没有窗口“{number}”")
            key = (person, windows[venue_id, number], Post.B, None)
            posts.add(row, "backup", key, dict(zip(("staff_id", "window_id", "post", "session_id"), key)))
        for text in _listed(row, "qualifications"):
            qualifications.add(row, "qualifications", (person, text), {"staff_id": person, "qualification": text})
    return staff, posts, qualifications


def _checklist(source: Path, departments: dict[str, int]) -> Keyed:
    entries = Keyed()
    for row in read_source(source, "checklist.csv"):
        department_id = row.ref("department", departments)
        for point in ChecklistPoint:
            if row.text(point.value, required=False):
                entries.add(row, point.value, (department_id, point), {
                    "department_id": department_id, "point": point, "state": row.choice(point.value, ChecklistState),
                    "note": row.text("note", required=False)})
    return entries


def _item_qualifications(source: Path, items: dict[str, int]) -> Keyed:
    required = Keyed()
    for row in read_source(source, "item_qualifications.csv"):
        item_id = row.ref("item", items)
        text = row.text("qualification", max_length=64)
        required.add(row, "qualification", (item_id, text), {"item_id": item_id, "qualification": text})
    return required


def _settings(source: Path) -> list[dict]:
    """The plan's staffing assumptions: the defaults, with what ``staffing.csv`` changes."""
    values: dict[str, object] = Assumptions().as_dict()
    for row in read_source(source, "staffing.csv"):
        key = row.text("key")
        if key not in values:
            raise row.error("key", f"没有这项设置“{key}”")
        default = Assumptions().as_dict()[key]
        values[key] = row.parsed("value", dt.date.fromisoformat if key == "reference_date" else type(default))
    return [{"id": 1, **values}]


ENTERED_INTO = {Level.CITY: "进驻市政务服务中心", Level.DISTRICT: "进驻区政务服务中心",
                Level.TOWN: "进驻镇(街道)便民服务中心", Level.VILLAGE: "进驻村(社区)便民服务站"}


def _history(item_id: int, status: EntryStatus, since: dt.date, level: Level) -> list[dict]:
    """The status steps that lead an item of the sample to where it stands."""
    at = dt.datetime.combine(since, dt.time(9, 0))

    def step(before: EntryStatus | None, after: EntryStatus, when: dt.datetime, reason: str) -> dict:
        return {
            "item_id": item_id,
            "from_status": before,
            "to_status": after,
            "changed_at": when,
            "changed_by": BUILDER,
            "reason": reason,
        }

    if status in (EntryStatus.PLANNED, EntryStatus.ENTERED):
        clause = "§三(一)" if level is Level.CITY else "§三(六)"
        steps = [step(EntryStatus.OUTSIDE, EntryStatus.PLANNED, PLAN_DATE, f"{PLAN_TITLE}{clause}列入进驻")]
        if status is EntryStatus.ENTERED:
            steps.append(step(EntryStatus.PLANNED, EntryStatus.ENTERED, at, ENTERED_INTO[level]))
        return steps
    return [step(None, status, at, f"{PLAN_TITLE}{'§三(二)' if level is Level.CITY else '§三(六)'}")]
