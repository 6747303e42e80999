"""The Xiamen sample holds what the plan says (PLAN-RULES.md), read through the CLI's JSON."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from hallplanner.bundled import sample_source_dir
from hallplanner.db.database import open_database
from hallplanner.db.schema import StaffMember, Venue
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.vocabulary import StaffRole
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


def test_extension_windows_kept_per_department(items):
    def extensions(department, category=None):
        return [i for i in entering(items, department) if category is None or i["category"] == category]

    crj = extensions("公安局", "出入境")
    assert crj and all(any("出入境服务办证大厅" in v["name"] for v in extension_places(i)) for i in crj)
    [car] = [i for i in items if i["name"] == "新车注册登记环保审核"]
    assert any("车驾管分中心" in v["name"] for v in extension_places(car))
    pension = extensions("人社局", "机关事业单位养老保险")
    assert len(pension) == 8 and all(extension_places(i) for i in pension)
    kept_hr = [i for i in entering(items, "人社局") if extension_places(i)]
    assert {i["name"] for i in kept_hr} == {"工伤认定申请"} | {i["name"] for i in pension}
    for department in ("资源规划局", "住房局", "农业农村局", "外办", "贸促会", "总工会"):
        assert all(extension_places(i) for i in extensions(department)), department
    civil = [i for i in entering(items, "民政局") if extension_places(i)]
    assert [i["name"] for i in civil] == ["遗体异地运送核准"]
    assert not any(extension_places(i) for department in ("科技局", "教育局", "司法局")
                   for i in extensions(department))


def test_housing_fund_extensions_are_at_banks(items, venues):
    for item in entering(items, "住房局"):
        assert all(venues[v["name"]].host_kind.value == "bank" for v in extension_places(item))


def test_sub_centers_closed_and_kept(venues):
    def status(fragment: str) -> set[str]:
        return {v.status.value for name, v in venues.items() if fragment in name and v.kind.value == "sub_center"}

    for closed in ("科技分中心", "教育事务分中心", "法律援助分中心", "涉外婚姻(收养)分中心"):
        assert status(closed) == {"closed"}, closed
    assert status("车驾管分中心") == {"open"}


def test_35_negative_list_items_at_sub_centers(items, venues):
    negative = [i for i in items if i["status"] == "sub_center"]
    assert len(negative) == 35
    assert {i["department_short"] for i in negative} == {"编办", "公安局", "人社局"}
    for item in negative:
        assert item["negative_list"] and not item["special_sensitive"]
        [place] = item["venues"]
        venue = venues[place["name"]]
        assert (venue.kind.value, venue.status.value, place["role"]) == ("sub_center", "open", "main")
        assert venue.business_category


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


def test_generated_names_never_repeat_their_action(tmp_path):
    from hallplanner.sample.generate import generate

    tables = generate(tmp_path / "g.sqlite", items=3000, seed=1)
    names = [row["name"] for row in tables.service_items]
    assert not [name for name in names if any(name.endswith(word * 2) for word in ("申请", "备案", "审批"))]
