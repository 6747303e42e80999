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

from hallplanner.db.schema import (
    Department,
    HandlingPlace,
    Region,
    ServiceItem,
    StaffMember,
    StatusChange,
    Venue,
    Window,
)
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.limits import BASIC_CODE_MAX, IMPLEMENTATION_CODE_MAX
from hallplanner.domain.regions import xiamen_regions
from hallplanner.domain.vocabulary import (
    DepartmentKind,
    EntryStatus,
    HostKind,
    ItemType,
    Labelled,
    Level,
    PlaceRole,
    StaffRole,
    VenueKind,
    VenueStatus,
    WindowKind,
)
from hallplanner.sample.bulk import insert_rows, new_sqlite_file

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


def _read(source: Path, name: str) -> Iterator[SourceRow]:
    path = source / name
    if not path.is_file():
        raise HallPlannerError(f"样例数据缺少文件:{path}")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        for row in reader:
            yield SourceRow(name, reader.line_num, row)


def _unique(row: SourceRow, column: str, value: str, seen: dict[str, int]) -> None:
    if value in seen:
        raise row.error(column, f"“{value}”重复(另见第 {seen[value]} 行)")
    seen[value] = row.line


def build_sample(source: Path, destination: Path) -> SampleSummary:
    """Build the sample database at ``destination`` from the CSV files in ``source``."""
    with new_sqlite_file(destination) as db, db.transaction(actor=BUILDER) as session:
        regions = {}
        region_rows = []
        for number, spec in enumerate(xiamen_regions(), start=1):
            regions[spec.name] = number
            region_rows.append(
                {"id": number, "name": spec.name, "level": spec.level, "parent_id": regions.get(spec.parent)}
            )
        insert_rows(session, Region, region_rows)

        departments: dict[str, int] = {}
        department_rows = []
        seen_departments: dict[str, int] = {}
        for row in _read(source, "departments.csv"):
            key = row.text("key")
            _unique(row, "key", key, seen_departments)
            departments[key] = len(departments) + 1
            department_rows.append(
                {
                    "id": departments[key],
                    "full_name": row.text("full_name"),
                    "short_name": row.text("short_name"),
                    "kind": row.choice("kind", DepartmentKind),
                    "region_id": row.ref("region", regions),
                }
            )
        insert_rows(session, Department, department_rows)

        venues: dict[str, int] = {}
        venue_rows = []
        seen_venues: dict[str, int] = {}
        for row in _read(source, "venues.csv"):
            key = row.text("key")
            _unique(row, "key", key, seen_venues)
            venues[key] = len(venues) + 1
            venue_rows.append(
                {
                    "id": venues[key],
                    "name": row.text("name"),
                    "kind": row.choice("kind", VenueKind),
                    "status": row.choice("status", VenueStatus),
                    "region_id": row.ref("region", regions),
                    "department_id": row.ref("department", departments, required=False),
                    "host_kind": row.choice("host_kind", HostKind),
                    **{
                        column: row.text(column, required=False)
                        for column in (
                            "business_category",
                            "location_label",
                            "address",
                            "floor",
                            "room",
                            "contact_person",
                            "phone",
                            "plan_ref",
                        )
                    },
                    "illustrative": row.flag("illustrative"),
                }
            )
        insert_rows(session, Venue, venue_rows)
        closed_venues = {row["id"] for row in venue_rows if row["status"] is VenueStatus.CLOSED}

        windows: dict[tuple[int, str], int] = {}
        window_rows = []
        for row in _read(source, "windows.csv"):
            venue_id = row.ref("venue", venues)
            number = row.text("number")
            if (venue_id, number) in windows:
                raise row.error("number", f"窗口号“{number}”在该场所重复")
            windows[venue_id, number] = len(windows) + 1
            window_rows.append(
                {
                    "id": windows[venue_id, number],
                    "venue_id": venue_id,
                    "number": number,
                    "name": row.text("name"),
                    "kind": row.choice("kind", WindowKind),
                    "domain": row.text("domain", required=False),
                    "department_id": row.ref("department", departments, required=False),
                    **{column: row.parsed(column, float) for column in ("x", "y", "width", "height", "rotation")},
                }
            )
        insert_rows(session, Window, window_rows)

        items: dict[str, int] = {}
        item_rows = []
        history_rows = []
        seen_basic_codes: dict[str, int] = {}
        seen_implementation_codes: dict[str, int] = {}
        for row in _read(source, "items.csv"):
            basic_code = row.text("basic_code", max_length=BASIC_CODE_MAX)
            _unique(row, "basic_code", basic_code, seen_basic_codes)
            implementation_code = row.text("implementation_code", max_length=IMPLEMENTATION_CODE_MAX)
            _unique(row, "implementation_code", implementation_code, seen_implementation_codes)
            items[basic_code] = len(items) + 1
            status = row.choice("status", EntryStatus)
            since = row.parsed("status_since", dt.date.fromisoformat)
            item_rows.append(
                {
                    "id": items[basic_code],
                    "name": row.text("name"),
                    "basic_code": basic_code,
                    "implementation_code": implementation_code,
                    "item_type": row.choice("item_type", ItemType),
                    "department_id": row.ref("department", departments),
                    "level": row.choice("level", Level),
                    "category": row.text("category", required=False),
                    "annual_volume": row.parsed("annual_volume", int),
                    "avg_minutes": row.parsed("avg_minutes", int),
                    "jointly_handled": row.flag("jointly_handled"),
                    "online_depth": row.parsed("online_depth", int),
                    "fully_online": row.flag("fully_online"),
                    "negative_list": row.flag("negative_list"),
                    "special_sensitive": row.flag("special_sensitive"),
                    "status": status,
                    "plan_ref": row.text("plan_ref", required=False),
                    "illustrative": row.flag("illustrative"),
                }
            )
            history_rows.extend(_history(items[basic_code], status, since))
        insert_rows(session, ServiceItem, item_rows)
        for number, history in enumerate(history_rows, start=1):
            history["id"] = number
        insert_rows(session, StatusChange, history_rows)

        place_rows = []
        seen_places: dict[str, int] = {}
        for row in _read(source, "handling.csv"):
            item_id = row.ref("item", items)
            venue_id = row.ref("venue", venues)
            _unique(row, "venue", f"{item_id}/{venue_id}", seen_places)
            if venue_id in closed_venues:
                raise row.error("venue", "该场所已撤销,不能再办理事项")
            window_number = row.text("window", required=False)
            window_id = None
            if window_number:
                if (venue_id, window_number) not in windows:
                    raise row.error("window", f"该场所没有窗口“{window_number}”")
                window_id = windows[venue_id, window_number]
            place_rows.append(
                {
                    "id": len(place_rows) + 1,
                    "item_id": item_id,
                    "venue_id": venue_id,
                    "window_id": window_id,
                    "role": row.choice("role", PlaceRole),
                }
            )
        insert_rows(session, HandlingPlace, place_rows)

        staff_rows = []
        for row in _read(source, "staff.csv"):
            venue_id = row.ref("venue", venues, required=False)
            window_number = row.text("window", required=False)
            if window_number and (venue_id, window_number) not in windows:
                raise row.error("window", f"该场所没有窗口“{window_number}”")
            staff_rows.append(
                {
                    "id": len(staff_rows) + 1,
                    "name": row.text("name"),
                    "department_id": row.ref("department", departments),
                    "role": row.choice("role", StaffRole),
                    "full_time": row.flag("full_time"),
                    "authorization_scope": row.text("authorization_scope", required=False),
                    "start_date": row.parsed("start_date", dt.date.fromisoformat),
                    "venue_id": venue_id,
                    "window_id": windows.get((venue_id, window_number)) if window_number else None,
                    "illustrative": True,
                }
            )
        insert_rows(session, StaffMember, staff_rows)

    return SampleSummary(
        departments=len(department_rows),
        items=len(item_rows),
        venues=len(venue_rows),
        windows=len(window_rows),
        places=len(place_rows),
        staff=len(staff_rows),
    )


def _history(item_id: int, status: EntryStatus, since: dt.date) -> list[dict]:
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
        steps = [step(EntryStatus.OUTSIDE, EntryStatus.PLANNED, PLAN_DATE, f"{PLAN_TITLE}§三(一)列入进驻")]
        if status is EntryStatus.ENTERED:
            steps.append(step(EntryStatus.PLANNED, EntryStatus.ENTERED, at, "进驻市政务服务中心"))
        return steps
    return [step(None, status, at, f"{PLAN_TITLE}§三(二)")]
