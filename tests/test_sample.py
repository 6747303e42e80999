"""The Xiamen sample holds what the plan says (PLAN-RULES.md), read through the CLI's JSON."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from hallplanner.bundled import sample_source_dir
from hallplanner.db.database import open_database
from hallplanner.db.schema import Deadline, HandlingPlace, ServiceItem, StaffMember, Venue
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.plan_time import PlaceFacts, VenueFacts, center_place, kept, status_on
from hallplanner.domain.vocabulary import EntryStatus, KeepReason, Level, PlaceRole, StaffRole, VenueKind
from hallplanner.sample.xiamen import build_sample

# §三(一): the 13 departments that enter the city center, with their item counts.
ENTERING = {
    "公安局": 46, "生态环境局": 1, "科技局": 13, "教育局": 46, "人社局": 60, "司法局": 1, "资源规划局": 30,
    "住房局": 22, "农业农村局": 3, "外办": 1, "贸促会": 1, "民政局": 14, "总工会": 1,
}
NAMED_ITEMS = {
    "新车注册登记环保审核": "生态环境局",
    "工伤认定申请": "人社局",
    "对公民法律援助申请的审批": "司法局",
    "申办APEC商务旅行卡": "外办",
    "中国出口货物原产地证书核发": "贸促会",
    "遗体异地运送核准": "民政局",
    "工会法人资格登记": "总工会",
}
SPECIAL_ITEMS = {"政府采购投诉处理": "财政局", "计量仲裁检定和计量调解": "市场监管局", "专利侵权纠纷行政裁决": "市场监管局"}
# The day the sample stands at (its last recorded step), and days after the plan's deadlines.
PLAN_DAY = dt.date(2023, 9, 15)
SAMPLE_DAY = dt.date(2023, 12, 28)
ENTRY_DEADLINE = dt.date(2023, 12, 31)
SUB_CENTER_DEADLINE = dt.date(2023, 11, 30)
DISTRICT_DEADLINE = dt.date(2024, 3, 31)  # 思明区's own work plan (§三(六)), invented
LATER_DAYS = (dt.date(2024, 1, 15), dt.date(2024, 3, 15))


@pytest.fixture(scope="module")
def items(sample_path) -> list[dict]:
    result = subprocess.run(
        [sys.executable, "-m", "hallplanner", "items", "--db", str(sample_path), "--json"],
        capture_output=True, text=True, check=True, timeout=120,
    )
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def venues(sample_path) -> dict[str, Venue]:
    db = open_database(sample_path, readonly=True)
    with db.reading() as session:
        found = {venue.name: venue for venue in session.scalars(select(Venue))}
    db.close()
    return found


@dataclass(frozen=True)
class PlanItem:
    """An item of the sample with its places over time, as the plan's checks see them."""

    name: str
    department: str
    category: str
    status: EntryStatus
    fully_online: bool
    status_since: dt.date
    places: list[PlaceFacts]

    def open_places(self, day: dt.date) -> list[PlaceFacts]:
        return [place for place in self.places if place.open_on(day, self.status)]


@pytest.fixture(scope="module")
def every_place(sample_path) -> dict[str, tuple[Level, PlanItem]]:
    """Every item by its basic code, with its level, its places and their dates."""
    db = open_database(sample_path, readonly=True)
    with db.reading() as session:
        found = {}
        query = select(ServiceItem).options(
            selectinload(ServiceItem.places).selectinload(HandlingPlace.venue),
            selectinload(ServiceItem.status_history), selectinload(ServiceItem.department))
        for item in session.scalars(query):
            places = [PlaceFacts(p.item_id, VenueFacts(p.venue.id, p.venue.name, p.venue.kind, p.venue.status,
                                                       p.venue.department_id, p.venue.region_id, p.venue.opens_on,
                                                       p.venue.closes_on),
                                 p.window_id, p.role, p.opens_on, p.closes_on, p.keep_reason) for p in item.places]
            since = max(step.changed_at for step in item.status_history).date()
            found[item.basic_code] = item.level, PlanItem(item.name, item.department.short_name, item.category,
                                                          item.status, item.fully_online, since, places)
    db.close()
    return found


@pytest.fixture(scope="module")
def plan_places(every_place) -> dict[str, PlanItem]:
    """The city level's items, which §三(一)–(三) speak of (the district part of §三(六) is held on its own)."""
    return {code: item for code, (level, item) in every_place.items() if level is Level.CITY}


def entering(items: list[dict], department: str | None = None) -> list[dict]:
    return [i for i in items if i["plan_ref"].startswith("§三(一)")
            and (department is None or i["department_short"] == department)]


def extension_places(item: dict) -> list[dict]:
    return [v for v in item["venues"] if v["role"] == "extension"]


def test_thirteen_departments_bring_239_items(items):
    counts = Counter(i["department_short"] for i in entering(items))
    assert counts == ENTERING
    assert sum(counts.values()) == 239
    assert all(i["status"] in ("planned", "entered") and not i["negative_list"] for i in entering(items))
    assert all(i["department"].startswith("厦门市") or "厦门市" in i["department"] for i in items)


def test_every_item_the_plan_names_is_there_by_its_exact_name(items):
    by_name = {i["name"]: i for i in items}
    for name, department in {**NAMED_ITEMS, **SPECIAL_ITEMS}.items():
        assert by_name[name]["department_short"] == department
        assert by_name[name]["illustrative"] is False
    named = set(NAMED_ITEMS) | set(SPECIAL_ITEMS)
    assert all(i["illustrative"] for i in items if i["name"] not in named)


@pytest.mark.parametrize(
    ("department", "window"),
    [("公安局", "公安事务综合窗口"), ("科技局", "科技事务综合窗口"), ("人社局", "人社事务综合窗口"),
     ("司法局", "法律服务综合窗口")],
)
def test_integrated_windows_take_their_domains_items(items, department, window):
    assigned = [i for i in entering(items, department) if i["windows"]]
    assert assigned, f"no {department} item is at a window yet"
    assert all(i["windows"] == [window] for i in assigned)


def test_extension_windows_kept_per_department(items, plan_places):
    def extensions(department, category=None):
        return [i for i in entering(items, department) if category is None or i["category"] == category]

    def kept_by_plan(item: dict) -> set[str]:
        """The item's places outside the center the plan keeps (planned items: still their main places)."""
        return {p.venue.name for p in plan_places[item["code"]].places
                if not p.venue.is_center and p.keep_reason is KeepReason.NAMED_BY_PLAN}

    crj = extensions("公安局", "出入境")
    assert crj and all(any("出入境服务办证大厅" in v["name"] for v in extension_places(i)) for i in crj)
    assert all("车驾管分中心" in kept_by_plan(i) for i in extensions("公安局", "车驾管"))
    [car] = [i for i in items if i["name"] == "新车注册登记环保审核"]
    assert any("车驾管分中心" in v["name"] for v in extension_places(car))
    pension = extensions("人社局", "机关事业单位养老保险")
    assert len(pension) == 8 and all(extension_places(i) for i in pension)
    kept_hr = [i for i in entering(items, "人社局") if extension_places(i)]
    assert {i["name"] for i in kept_hr} == {"工伤认定申请"} | {i["name"] for i in pension}
    for department in ("资源规划局", "住房局", "农业农村局", "外办", "贸促会", "总工会"):
        assert all(kept_by_plan(i) for i in extensions(department)), department
    civil = [i for i in entering(items, "民政局") if kept_by_plan(i)]
    assert [i["name"] for i in civil] == ["遗体异地运送核准"]
    seasonal = {i["name"] for i in extensions("教育局") if kept_by_plan(i)}
    assert seasonal and seasonal <= {i["name"] for i in extensions("教育局", "招生考试")}
    assert not any(kept_by_plan(i) for department in ("科技局", "司法局") for i in extensions(department))


def test_housing_fund_extensions_are_at_banks(items, venues):
    for item in entering(items, "住房局"):
        assert all(venues[v["name"]].host_kind.value == "bank" for v in extension_places(item))


def test_sub_centers_closed_and_kept(venues):
    def status(fragment: str) -> set[str]:
        return {v.status.value for name, v in venues.items() if fragment in name and v.kind.value == "sub_center"}

    for closed in ("科技分中心", "教育事务分中心", "法律援助分中心", "涉外婚姻(收养)分中心"):
        assert status(closed) == {"closed"}, closed
    # §三(一)1 keeps 车驾管分中心 for the entered 车驾管 items: a kept old place, so an extension window
    # (it handles no negative-list item, which is what a §三(二) sub-center is for).
    kept = venues["车驾管分中心"]
    assert (kept.kind.value, kept.status.value) == ("extension", "open")


def test_35_negative_list_items_at_sub_centers(items, venues):
    negative = [i for i in items if i["status"] == "sub_center"]
    assert len(negative) == 35
    assert {i["department_short"] for i in negative} == {"编办", "公安局", "人社局"}
    for item in negative:
        assert item["negative_list"] and not item["special_sensitive"]
        [place] = [v for v in item["venues"] if v["kind"] == "sub_center"]
        venue = venues[place["name"]]
        assert (venue.kind.value, venue.status.value, place["role"]) == ("sub_center", "open", "main")
        assert venue.business_category
        assert all(venues[v["name"]].status.value == "closed" for v in item["venues"] if v is not place), \
            "the department's old office closed when the sub-center opened"


def test_special_sensitive_items_have_their_own_site_with_floor_and_room(items, venues):
    special = {i["name"]: i for i in items if i["special_sensitive"]}
    assert {name: i["department_short"] for name, i in special.items()} == SPECIAL_ITEMS
    for item in special.values():
        assert item["status"] == "special_site" and item["negative_list"]
        [place] = item["venues"]
        site = venues[place["name"]]
        assert site.kind.value == "special_site"
        assert site.floor and site.room and site.contact_person and site.phone


def test_the_plan_is_in_progress(items):
    entered = [i for i in entering(items) if i["status"] == "entered"]
    planned = [i for i in entering(items) if i["status"] == "planned"]
    assert entered and planned
    assert any(not i["windows"] for i in planned), "some planned items still wait for a window"
    assert any(not i["windows"] for i in entered), "some entered items still wait for a window"


def test_each_entering_department_has_one_chief_representative(sample_path):
    db = open_database(sample_path, readonly=True)
    with db.reading() as session:
        chiefs = Counter(
            member.department.short_name
            for member in session.scalars(select(StaffMember).where(StaffMember.role == StaffRole.CHIEF_REPRESENTATIVE))
        )
    db.close()
    assert {department: chiefs[department] for department in ENTERING} == dict.fromkeys(ENTERING, 1)


# The plan over time (hallplanner/domain/plan_time.py): the corrections of issue 8 hold, the gaps
# left for the planner are exactly those sample_db/source/README.md lists.

def test_every_item_is_handled_somewhere_on_every_day_the_sample_covers(every_place):
    """From the plan's day on, through the moves: 审批服务不中断 (§三(一)), the district's items too."""
    day = PLAN_DAY
    while day <= LATER_DAYS[-1]:
        nowhere = [i.name for _, i in every_place.values() if not i.open_places(day)]
        assert not nowhere, (day, nowhere)
        day += dt.timedelta(days=1)


def test_every_entered_item_is_at_the_center_from_its_entry_day(plan_places):
    entered = [i for i in plan_places.values() if i.status is EntryStatus.ENTERED]
    assert len(entered) == 167
    for item in entered:
        center = center_place(item.places)
        assert center is not None and center.opens_on == item.status_since, item.name
        assert status_on(item.status, center, item.status_since - dt.timedelta(days=1)) is EntryStatus.PLANNED
        assert center in item.open_places(SAMPLE_DAY), item.name


def test_old_places_close_on_the_entry_day_unless_kept_with_a_reason(plan_places):
    closed_on_entry = Counter()
    for item in plan_places.values():
        center = center_place(item.places)
        for place in item.places:
            if place.venue.is_center:
                assert place.keep_reason is None and place.closes_on is None
            elif item.status is EntryStatus.ENTERED:
                if kept(place) or place.opens_on:  # kept, or kept for its season (教育局)
                    assert (place.role, place.keep_reason) == (PlaceRole.EXTENSION, KeepReason.NAMED_BY_PLAN)
                else:
                    assert (place.role, place.closes_on) == (PlaceRole.MAIN, center.opens_on), item.name
                    closed_on_entry[item.department] += 1
            elif item.status is EntryStatus.PLANNED:
                if place.keep_reason is None:  # its current main place, closing when the item enters
                    assert place.role is PlaceRole.MAIN, item.name
                    assert center is not None and place.closes_on == center.opens_on, item.name
                else:  # kept: an extension window once the item has a center place, its main place until then
                    assert place.role is (PlaceRole.MAIN if center is None else PlaceRole.EXTENSION), item.name
                    assert place.closes_on is None
    # §三(一) "old places closed", where the sample knows them: the closed sub-centers, 人社局's old offices.
    assert closed_on_entry == {"科技局": 13, "教育局": 46, "司法局": 1, "人社局": 60 - 9}  # 9 kept (§三(一)5)


def test_closed_venues_close_on_the_day_their_last_item_leaves(venues, every_place):
    last_day: dict[str, dt.date] = {}
    for _, item in every_place.values():
        for place in item.places:
            if place.closes_on and place.venue.status.value == "closed":
                last_day[place.venue.name] = max(place.closes_on, last_day.get(place.venue.name, place.closes_on))
    closed = {name: venue.closes_on for name, venue in venues.items() if venue.status.value == "closed"}
    assert closed == last_day
    assert closed["涉外婚姻(收养)分中心"] == dt.date(2023, 12, 29), "closes the day 民政局's items enter"


def test_every_fully_online_item_has_an_offline_place(plan_places):
    online = [i for i in plan_places.values() if i.fully_online]
    assert online
    for day in (SAMPLE_DAY, *LATER_DAYS):
        assert all(i.open_places(day) for i in online), day


def test_kept_places_carry_a_reason(plan_places):
    for item in plan_places.values():
        if item.status is EntryStatus.ENTERED:
            assert all(p.keep_reason for p in item.places if kept(p)), item.name
        assert all(not p.venue.is_center for p in item.places if p.keep_reason)


def test_education_keeps_its_seasonal_handling(plan_places):
    seasonal = [(item, place) for item in plan_places.values() for place in item.places if place.opens_on
                and not place.venue.is_center]
    assert seasonal and {item.department for item, _ in seasonal} == {"教育局"}
    for item, place in seasonal:
        assert place.keep_reason is KeepReason.NAMED_BY_PLAN and place.closes_on > place.opens_on
        assert place in item.open_places(place.opens_on) and place not in item.open_places(SAMPLE_DAY)
        assert place not in item.open_places(place.closes_on)


def test_vehicle_sub_center_is_kept_with_a_window_of_the_environment_bureau(sample_path, plan_places):
    """§三(一)1–2: the sub-center stays; 生态环境局's kept place there can carry its R9 board."""
    cars = [i for i in plan_places.values() if i.category == "车驾管" and i.status is EntryStatus.ENTERED]
    assert len(cars) == 20
    assert all(any(p.venue.name == "车驾管分中心" and p.keep_reason for p in i.open_places(SAMPLE_DAY)) for i in cars)
    db = open_database(sample_path, readonly=True)
    with db.reading() as session:
        venue = session.scalars(select(Venue).where(Venue.name == "车驾管分中心")).one()
        departments = {w.department.short_name for w in venue.windows if w.department}
        label = venue.location_label
    db.close()
    assert departments == {"生态环境局"} and label


def test_sub_centers_are_set_up_by_the_deadline_but_one(venues, plan_places):
    sub_center_items = [i for i in plan_places.values() if i.status is EntryStatus.SUB_CENTER]
    opened = {p.venue.name: p.venue.opens_on for i in sub_center_items for p in i.places
              if p.venue.kind is VenueKind.SUB_CENTER}
    assert all(opened.values())
    for item in sub_center_items:
        [sub_center] = [p for p in item.places if p.venue.kind is VenueKind.SUB_CENTER]
        assert item.status_since == sub_center.venue.opens_on
        assert all(p.closes_on == sub_center.venue.opens_on for p in item.places if p is not sub_center)
    late = {name for name, day in opened.items() if day > SUB_CENTER_DEADLINE}
    assert late == {"公安局禁毒分中心"}, "the gap the README lists under R2"


def test_the_deadlines_of_the_plan(sample_path):
    db = open_database(sample_path, readonly=True)
    with db.reading() as session:
        found = {(d.region.name, d.level.value, d.kind.value): (d.due_on, d.plan_ref)
                 for d in session.scalars(select(Deadline))}
    db.close()
    assert found == {("厦门市", "city", "enter"): (ENTRY_DEADLINE, "§三(一)"),
                     ("厦门市", "city", "sub_center"): (SUB_CENTER_DEADLINE, "§三(二)1"),
                     ("思明区", "district", "enter"): (DISTRICT_DEADLINE, "§三(六)")}


def test_the_gaps_left_for_the_planner(plan_places):
    """Exactly the gaps sample_db/source/README.md lists: the plan in progress, not mistakes."""
    after_deadline = ENTRY_DEADLINE + dt.timedelta(days=1)
    not_entered = Counter(i.department for i in plan_places.values()
                          if i.status is EntryStatus.PLANNED
                          and status_on(i.status, center_place(i.places), after_deadline) is EntryStatus.PLANNED)
    assert not_entered == {"资源规划局": 30, "住房局": 22, "农业农村局": 3, "外办": 1, "贸促会": 1, "总工会": 1}  # R1
    late = Counter(i.department for i in plan_places.values()
                   if (c := center_place(i.places)) and c.opens_on and c.opens_on > ENTRY_DEADLINE)
    assert late == {"住房局": 22}  # R1: entry fixed after the deadline
    without_target = Counter(i.department for i in plan_places.values()
                             if i.status is EntryStatus.PLANNED and center_place(i.places) is None)
    assert without_target == {"资源规划局": 24, "农业农村局": 3, "外办": 1, "贸促会": 1, "总工会": 1}
    waiting = [i for i in plan_places.values() if i.status is EntryStatus.ENTERED
               and center_place(i.places).window_id is None]
    assert {i.department for i in waiting} == {"人社局"} and len(waiting) == 5  # R11


def test_items_the_plan_names_mark_the_columns_the_sample_invented():
    with (sample_source_dir() / "items.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    real = {row["name"]: row["illustrative_fields"].split() for row in rows if row["illustrative"] == "0"}
    assert set(real) == set(NAMED_ITEMS) | set(SPECIAL_ITEMS)
    for name, invented in real.items():
        assert {"basic_code", "implementation_code", "item_type", "annual_volume"} <= set(invented), name
        assert not {"name", "department", "plan_ref"} & set(invented), name
    assert all(not row["illustrative_fields"] for row in rows if row["illustrative"] == "1")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sqlite_version_that_wrote(path: Path) -> int:
    """SQLite stamps its library version into the file header (bytes 96-99)."""
    return int.from_bytes(path.read_bytes()[96:100], "big")


def test_committed_sample_matches_a_fresh_build(tmp_path, sample_path):
    """Byte for byte. Another SQLite library stamps its own version into the header,
    so against a sample written by another one the check is row by row, in file order."""
    fresh = tmp_path / "xiamen.sqlite"
    build_sample(sample_source_dir(), fresh)
    stale = "sample_db/xiamen.sqlite is stale: run `hallplanner sample build --force` and commit it"
    if sqlite_version_that_wrote(fresh) == sqlite_version_that_wrote(sample_path):
        assert sha256(fresh) == sha256(sample_path), stale
    else:
        with sqlite3.connect(fresh) as built, sqlite3.connect(sample_path) as committed:
            assert list(built.iterdump()) == list(committed.iterdump()), stale


def test_the_sample_build_is_the_same_file_in_every_process(tmp_path):
    """Each build in its own process with its own hash seed: set and dict orders differ."""
    built = []
    for seed in ("1", "2"):
        destination = tmp_path / f"seed{seed}.sqlite"
        result = subprocess.run(
            [sys.executable, "-m", "hallplanner", "sample", "build", "--db", str(destination)],
            capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONHASHSEED": seed},
        )
        assert result.returncode == 0, result.stderr
        built.append(sha256(destination))
    assert built[0] == built[1]


def test_a_broken_source_row_is_named_and_nothing_is_replaced(tmp_path, sample_path):
    source = tmp_path / "source"
    shutil.copytree(sample_source_dir(), source)
    items_csv = source / "items.csv"
    lines = items_csv.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[3] = lines[3].replace(",planned,", ",withdrawn,").replace(",entered,", ",withdrawn,")
    items_csv.write_text("".join(lines), encoding="utf-8")
    destination = tmp_path / "xiamen.sqlite"
    shutil.copyfile(sample_path, destination)

    with pytest.raises(HallPlannerError, match=r"items\.csv 第 4 行,列 status:“withdrawn”不是有效的取值"):
        build_sample(source, destination)
    assert destination.read_bytes() == sample_path.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["source", "xiamen.sqlite"]


@pytest.mark.parametrize(("file", "old", "new", "error"), [
    ("handling.csv", "000307001000,kjj_fzx,,main,,2023-10-08,,", "000307001000,kjj_fzx,,main,,2023-10-09,,",
     r"handling\.csv 第 \d+ 行,列 closes_on:该场所 2023-10-08 撤销,办理点最迟应在当天关闭"),
    ("handling.csv", "000307001000,kjj_fzx,,main,,2023-10-08,,", "000307001000,kjj_fzx,,main,,,,",
     r"handling\.csv 第 \d+ 行,列 closes_on:该场所 2023-10-08 撤销"),
    ("handling.csv", "000307001000,kjj_fzx,,main,,2023-10-08,,", "000307001000,kjj_fzx,,main,,2023-10-08,,保留",
     r"handling\.csv 第 \d+ 行,列 keep_note:只有写明保留原因"),
    ("handling.csv", "000307001000,center,B01,main,2023-10-08,,,", "000307001000,center,B01,main,2023-10-09,,,",
     r"handling\.csv 第 \d+ 行,列 opens_on:进驻中心的日期应与 items\.csv 的 status_since\(2023-10-08\)一致"),
    ("handling.csv", "000307001000,center,B01,main,2023-10-08,,,", "000307001000,center,B01,main,2023-10-08,,large,",
     r"handling\.csv 第 \d+ 行,列 keep_reason:“large”不是有效的取值"),
    ("venues.csv", ",2023-10-08\n", ",2023-10-32\n", r"venues\.csv 第 \d+ 行,列 closes_on:“2023-10-32”不是日期"),
    ("deadlines.csv", "§三(二)1\n", "§三(二)1\n厦门市,city,sub_center,2023-12-31,§三(二)1\n",
     r"deadlines\.csv 第 4 行,列 kind:“sub_center”重复\(另见第 3 行\)"),
    ("regions.csv", "鹭江街道,town,思明区,350203006", "鹭江街道,town,思明区,35020306",
     r"regions\.csv 第 2 行,列 code:“35020306”应为 9 位数字"),
    ("regions.csv", "鹭江街道,town,思明区,", "鹭江街道,district,思明区,", r"regions\.csv 第 2 行,列 level:只列镇"),
    ("regions.csv", "营平社区,village,鹭江街道,", "营平社区,village,鹭江镇,", r"regions\.csv 第 4 行,列 parent:找不到“鹭江镇”"),
])
def test_a_bad_date_or_reason_is_named_by_file_line_and_column(tmp_path, file, old, new, error):
    source = tmp_path / "source"
    shutil.copytree(sample_source_dir(), source)
    text = (source / file).read_text(encoding="utf-8")
    assert old in text
    (source / file).write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(HallPlannerError, match=error):
        build_sample(source, tmp_path / "xiamen.sqlite")
    assert not (tmp_path / "xiamen.sqlite").exists()


def test_generated_names_never_repeat_their_action(tmp_path):
    from hallplanner.sample.generate import generate

    tables = generate(tmp_path / "g.sqlite", items=3000, seed=1)
    names = [row["name"] for row in tables.service_items]
    assert not [name for name in names if any(name.endswith(word * 2) for word in ("申请", "备案", "审批"))]


def test_generated_plans_change_over_time(tmp_path):
    """Entry days, old places closing on them or kept (mostly with a reason), sub-centers opening, deadlines."""
    from hallplanner.sample.generate import generate

    tables = generate(tmp_path / "g.sqlite", items=3000, seed=1)
    places = tables.handling_places
    venues = {venue["id"]: venue for venue in tables.venues}
    centers = [p for p in places if venues[p["venue_id"]]["kind"] in (VenueKind.CITY_CENTER, VenueKind.DISTRICT_CENTER)]
    assert any(p["opens_on"] for p in centers) and any(not p["opens_on"] for p in centers)
    assert any(p["closes_on"] for p in places)
    reasons = Counter(p["keep_reason"] for p in places if p["role"] is PlaceRole.EXTENSION)
    assert set(reasons) == {*KeepReason, None} and reasons[None] < sum(reasons.values()) / 4
    closed = [v for v in tables.venues if v["status"].value == "closed"]
    assert closed and all(v["closes_on"] for v in closed)
    assert all(v["opens_on"] for v in tables.venues if v["kind"] is VenueKind.SUB_CENTER)
    assert {(d["level"].value, d["kind"].value) for d in tables.deadlines} >= {("city", "enter"), ("city", "sub_center")}
    assert {p["item_id"] for p in places} == {item["id"] for item in tables.service_items}, "every item has a place"


def test_one_district_shows_its_center_towns_and_villages(sample_path, every_place):
    """§三(六): 思明区's center with its own items, two street centers and three community stations."""
    db = open_database(sample_path, readonly=True)
    with db.reading() as session:
        venues = {(v.kind, v.region.name, v.region.level, v.region.code) for v in session.scalars(select(Venue))
                  if v.region.name != "厦门市"}
    db.close()
    assert {(kind, name) for kind, name, _, _ in venues if kind is not VenueKind.LEGACY_OFFICE} == {
        (VenueKind.DISTRICT_CENTER, "思明区"), (VenueKind.TOWN_CENTER, "鹭江街道"), (VenueKind.TOWN_CENTER, "嘉莲街道"),
        (VenueKind.VILLAGE_STATION, "营平社区"), (VenueKind.VILLAGE_STATION, "莲兴社区"),
        (VenueKind.VILLAGE_STATION, "盈翠社区")}
    assert {(name, code) for kind, name, _, code in venues if kind is VenueKind.TOWN_CENTER} == {
        ("鹭江街道", "350203006"), ("嘉莲街道", "350203011")}
    by_level = Counter(level for level, _ in every_place.values())
    assert by_level == {Level.CITY: 277, Level.DISTRICT: 6, Level.TOWN: 8}
    district = [i for level, i in every_place.values() if level is Level.DISTRICT]
    entered = [i for i in district if i.status is EntryStatus.ENTERED]
    assert len(entered) == 4
    for item in entered:  # at the district center from the entry day, the old window closed that day
        center = center_place(item.places)
        assert center.venue.kind is VenueKind.DISTRICT_CENTER and center.opens_on == item.status_since
        assert [p.closes_on for p in item.places if p is not center] == [center.opens_on]
    grassroots = [i for level, i in every_place.values() if level is Level.TOWN]
    assert all(center_place(i.places) is None for i in grassroots)  # towns have service centers, not 政务服务中心
    stations = Counter(p.venue.name for i in grassroots for p in i.places if p.venue.kind is VenueKind.VILLAGE_STATION)
    assert stations == {"营平社区便民服务站": 2, "莲兴社区便民服务站": 2, "盈翠社区便民服务站": 2}
