"""Each rule the data decides, on a small database that breaks it and one that keeps it."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from itertools import count

import pytest

from hallplanner.db.database import open_database
from hallplanner.db.schema import Deadline, Department, HandlingPlace, Region, ServiceItem, Venue, Window
from hallplanner.domain.findings import Severity, SubjectType
from hallplanner.domain.plan_rules import RULES, RuleKind
from hallplanner.domain.vocabulary import (
    DeadlineKind,
    DepartmentKind,
    EntryStatus,
    ItemType,
    KeepReason,
    Level,
    PlaceRole,
    VenueKind,
    VenueStatus,
    WindowKind,
)
from hallplanner.services.checks import check_items, check_plan

DAY = dt.date(2023, 12, 15)  # before the city's entry deadline (2023-12-31)
AFTER_DEADLINE = dt.date(2024, 1, 10)
codes = count(1)


class TinyPlan:
    """One city, one department, the center with a domain and a general window, the
    department's old hall, its sub-center, and the plan's two deadlines."""

    def __init__(self, session) -> None:
        self.session = session
        self.city = Region(name="厦门市", level=Level.CITY)
        self.department = Department(full_name="厦门市人力资源和社会保障局", short_name="人社局",
                                     kind=DepartmentKind.BUREAU, region=self.city)
        self.center = Venue(name="厦门市政务服务中心", kind=VenueKind.CITY_CENTER, region=self.city)
        self.domain_window = Window(venue=self.center, number="B01", name="人社事务综合窗口", kind=WindowKind.DOMAIN,
                                    domain="人社事务", department=self.department)
        self.general_window = Window(venue=self.center, number="G01", name="无差别综合窗口", kind=WindowKind.GENERAL)
        self.old_hall = Venue(name="人社局原办事大厅", kind=VenueKind.LEGACY_OFFICE, region=self.city,
                              department=self.department)
        self.sub_center = Venue(name="人社局社保分中心", kind=VenueKind.SUB_CENTER, region=self.city,
                                department=self.department, business_category="社保", opens_on=dt.date(2023, 11, 1))
        self.sub_center_window = Window(venue=self.sub_center, number="1", name="无差别综合窗口",
                                        kind=WindowKind.GENERAL)
        session.add_all([
            self.domain_window, self.general_window, self.old_hall, self.sub_center_window,
            Deadline(region=self.city, level=Level.CITY, kind=DeadlineKind.ENTER, due_on=dt.date(2023, 12, 31)),
            Deadline(region=self.city, level=Level.CITY, kind=DeadlineKind.SUB_CENTER, due_on=dt.date(2023, 11, 30)),
        ])

    def item(self, name: str, status: EntryStatus = EntryStatus.PLANNED, level: Level = Level.CITY,
             **flags) -> ServiceItem:
        number = next(codes)
        item = ServiceItem(name=name, basic_code=f"{number:012d}", implementation_code=f"CODE{number:08d}",
                           item_type=ItemType.LICENSE, department=self.department, level=level,
                           status=status, **flags)
        self.session.add(item)
        return item

    def place(self, item: ServiceItem, venue: Venue, window: Window | None = None,
              role: PlaceRole = PlaceRole.MAIN, **dates) -> HandlingPlace:
        place = HandlingPlace(venue=venue, window=window, role=role, **dates)
        item.places.append(place)
        return place


@pytest.fixture
def tiny(tmp_path):
    """``tiny(arrange)``: a new small database, arranged by ``arrange(TinyPlan)``."""
    opened = []

    def build(arrange) -> object:
        db = open_database(tmp_path / f"tiny{len(opened)}.sqlite", create=True)
        opened.append(db)
        with db.transaction("测试") as session:
            arrange(TinyPlan(session))
        return db

    yield build
    for db in opened:
        db.close()


def findings_of(db, rule: str, day: dt.date = DAY) -> list:
    return [finding for finding in check_plan(db, day).findings if finding.rule == rule]


def entered_at_center(plan: TinyPlan, name: str = "失业保险金申领", **flags) -> ServiceItem:
    item = plan.item(name, EntryStatus.ENTERED, **flags)
    plan.place(item, plan.center, plan.domain_window, opens_on=dt.date(2023, 10, 8))
    return item


# R1: the base enters, on time, without interruption.

def test_r1_a_planned_item_without_a_center_window_is_flagged_and_an_assigned_one_is_not(tiny):
    def arrange(plan):
        waiting = plan.item("就业登记")
        plan.place(waiting, plan.old_hall)
        assigned = plan.item("社保卡申领")
        plan.place(assigned, plan.old_hall, closes_on=dt.date(2023, 12, 20))
        plan.place(assigned, plan.center, plan.general_window, opens_on=dt.date(2023, 12, 20))

    db = tiny(arrange)
    [finding] = findings_of(db, "R1")
    assert (finding.subject, finding.severity) == ("就业登记", Severity.WARNING)
    assert "尚未分配中心窗口" in finding.message


def test_r1_after_the_deadline_an_item_not_entered_is_an_error(tiny):
    db = tiny(lambda plan: plan.place(plan.item("就业登记"), plan.old_hall))
    assert [f.severity for f in findings_of(db, "R1", DAY)] == [Severity.WARNING]
    [late] = findings_of(db, "R1", AFTER_DEADLINE)
    assert late.severity is Severity.ERROR and "2023-12-31" in late.message


def test_r1_items_of_vertically_managed_central_departments_are_outside_the_base(tiny):
    def arrange(plan):
        plan.department.centrally_managed = True
        plan.place(plan.item("出口退税备案", EntryStatus.OUTSIDE), plan.old_hall)

    assert findings_of(tiny(arrange), "R1") == []


def test_r1_an_item_of_the_base_that_nobody_plans_to_enter_is_an_error(tiny):
    db = tiny(lambda plan: plan.place(plan.item("就业登记", EntryStatus.OUTSIDE), plan.old_hall))
    [finding] = findings_of(db, "R1")
    assert finding.severity is Severity.ERROR and "负面清单" in finding.message


def test_r1_service_is_interrupted_when_the_old_place_closes_before_the_center_opens(tiny):
    def arrange(plan):
        gap = plan.item("就业登记")
        plan.place(gap, plan.old_hall, closes_on=dt.date(2023, 12, 20))
        plan.place(gap, plan.center, plan.general_window, opens_on=dt.date(2023, 12, 28))
        seamless = plan.item("社保卡申领")
        plan.place(seamless, plan.old_hall, closes_on=dt.date(2023, 12, 20))
        plan.place(seamless, plan.center, plan.general_window, opens_on=dt.date(2023, 12, 20))

    [finding] = findings_of(tiny(arrange), "R1")
    assert finding.subject == "就业登记" and "2023-12-20" in finding.message and "中断" in finding.message


def test_r1_an_item_whose_only_place_closed_is_handled_nowhere(tiny):
    def arrange(plan):
        plan.sub_center.status, plan.sub_center.closes_on = VenueStatus.CLOSED, dt.date(2023, 12, 1)
        plan.place(plan.item("失业登记"), plan.sub_center, plan.sub_center_window)

    [finding] = [f for f in findings_of(tiny(arrange), "R1") if "中断" in f.message]
    assert finding.severity is Severity.ERROR


# R2: negative-list items get a sub-center of their own department.

def test_r2_a_negative_list_item_without_a_sub_center_is_an_error_and_one_with_it_is_not(tiny):
    def arrange(plan):
        plan.place(plan.item("社保稽核", EntryStatus.SUB_CENTER, negative_list=True), plan.old_hall)
        plan.place(plan.item("社保登记", EntryStatus.SUB_CENTER, negative_list=True), plan.sub_center,
                   plan.sub_center_window)

    [finding] = findings_of(tiny(arrange), "R2")
    assert (finding.subject, finding.severity) == ("社保稽核", Severity.ERROR)


def test_r2_special_sensitive_items_are_not_flagged_for_lacking_a_sub_center(tiny):
    def arrange(plan):
        item = plan.item("政府采购投诉处理", EntryStatus.SPECIAL_SITE, negative_list=True, special_sensitive=True)
        plan.place(item, plan.old_hall)

    db = tiny(arrange)
    assert findings_of(db, "R2") == []
    assert not [f for f in findings_of(db, "R7") if "分中心" in f.message]


def test_r2_a_sub_center_set_up_after_its_deadline_is_an_error_once_the_deadline_passed(tiny):
    def arrange(plan):
        plan.sub_center.opens_on = dt.date(2024, 3, 1)
        plan.place(plan.item("社保登记", EntryStatus.SUB_CENTER, negative_list=True), plan.sub_center,
                   plan.sub_center_window)

    [finding] = findings_of(tiny(arrange), "R2")
    assert finding.severity is Severity.ERROR and "2023-11-30" in finding.message


# R3: entered items are not withdrawn.

def test_r3_an_entered_item_without_a_center_window_is_an_error(tiny):
    def arrange(plan):
        plan.item("档案查询", EntryStatus.ENTERED)
        entered_at_center(plan)

    [finding] = findings_of(tiny(arrange), "R3")
    assert (finding.subject, finding.severity) == ("档案查询", Severity.ERROR)


# R4: a kept place has its reason.

def test_r4_a_kept_place_without_a_reason_is_a_warning_and_with_one_it_is_not(tiny):
    def arrange(plan):
        plan.place(entered_at_center(plan, "失业保险金申领"), plan.old_hall, role=PlaceRole.EXTENSION)
        plan.place(entered_at_center(plan, "工伤认定申请"), plan.old_hall, role=PlaceRole.EXTENSION,
                   keep_reason=KeepReason.NAMED_BY_PLAN)
        plan.place(entered_at_center(plan, "社保卡补办"), plan.old_hall, closes_on=dt.date(2023, 10, 8))

    [finding] = findings_of(tiny(arrange), "R4")
    assert (finding.subject, finding.severity) == ("失业保险金申领", Severity.WARNING)
    assert "未说明理由" in finding.message


def test_r4_jointly_handled_items_as_a_reason_need_such_items_at_the_place(tiny):
    def arrange(plan):
        alone = entered_at_center(plan, "失业保险金申领")
        plan.place(alone, plan.old_hall, role=PlaceRole.EXTENSION, keep_reason=KeepReason.JOINT_ITEMS)

    [finding] = findings_of(tiny(arrange), "R4")
    assert "联办" in finding.message

    def arrange_joint(plan):
        for name in ("失业保险金申领", "稳岗返还"):
            plan.place(entered_at_center(plan, name, jointly_handled=True), plan.old_hall,
                       role=PlaceRole.EXTENSION, keep_reason=KeepReason.JOINT_ITEMS)

    assert findings_of(tiny(arrange_joint), "R4") == []


def test_r4_an_old_place_still_main_after_entry_is_an_error(tiny):
    db = tiny(lambda plan: plan.place(entered_at_center(plan), plan.old_hall, keep_reason=KeepReason.LARGE_VOLUME))
    [finding] = findings_of(db, "R4")
    assert finding.severity is Severity.ERROR and "主办理点" in finding.message


# R7: special sensitive items are handled at their own place.

def test_r7_a_special_item_handled_nowhere_is_an_error(tiny):
    def arrange(plan):
        plan.item("专利侵权纠纷行政裁决", EntryStatus.SPECIAL_SITE, negative_list=True, special_sensitive=True)

    [finding] = [f for f in findings_of(tiny(arrange), "R7") if "没有开放的办理点" in f.message]
    assert finding.severity is Severity.ERROR


# R8: sub-centers have general windows throughout and hold main places.

def test_r8_a_sub_center_without_general_windows_or_with_extension_roles_is_warned(tiny):
    def arrange(plan):
        plan.session.add(Window(venue=plan.sub_center, number="2", name="社保专窗", kind=WindowKind.DEDICATED))
        plan.place(entered_at_center(plan), plan.sub_center, role=PlaceRole.EXTENSION,
                   keep_reason=KeepReason.LARGE_VOLUME)

    messages = [f.message for f in findings_of(tiny(arrange), "R8")]
    assert len(messages) == 2 and "1/2" in messages[0] and "延伸" in messages[1]


def test_r8_a_sub_center_of_general_windows_is_fine(tiny):
    db = tiny(lambda plan: plan.place(plan.item("社保登记", EntryStatus.SUB_CENTER, negative_list=True),
                                      plan.sub_center, plan.sub_center_window))
    assert findings_of(db, "R8") == []


# R11: one-window progress is information, never an error.

def test_r11_reports_the_share_of_a_domain_at_its_integrated_windows(tiny):
    def arrange(plan):
        entered_at_center(plan, "失业保险金申领")
        elsewhere = plan.item("社保卡申领", EntryStatus.ENTERED)
        plan.place(elsewhere, plan.center, plan.general_window, opens_on=dt.date(2023, 10, 8))

    [finding] = findings_of(tiny(arrange), "R11")
    assert finding.severity is Severity.INFO and finding.subject_type is SubjectType.PLAN
    assert "2 个事项中 1 个" in finding.message


# R12: fully online items keep an offline window.

def test_r12_a_fully_online_item_without_an_open_place_is_an_error(tiny):
    def arrange(plan):
        plan.item("社保缴费证明打印", EntryStatus.PLANNED, fully_online=True, online_depth=4)
        entered_at_center(plan, "失业保险金申领", fully_online=True, online_depth=4)

    [finding] = findings_of(tiny(arrange), "R12")
    assert finding.subject == "社保缴费证明打印"


# The plan over time and the report as a whole.

def test_an_item_entered_on_a_later_day_is_planned_before_it(tiny):
    def arrange(plan):
        item = plan.item("社保卡申领", EntryStatus.ENTERED)
        plan.place(item, plan.old_hall, closes_on=dt.date(2024, 2, 1))
        plan.place(item, plan.center, plan.general_window, opens_on=dt.date(2024, 2, 1))

    db = tiny(arrange)
    assert [f.message for f in findings_of(db, "R1", dt.date(2024, 3, 1))] == []
    [late] = findings_of(db, "R1", dt.date(2024, 1, 15))
    assert late.severity is Severity.ERROR and "期限 2023-12-31 已过" in late.message
    [progress] = check_plan(db, dt.date(2024, 1, 15)).progress
    assert (progress.to_enter, progress.entered, progress.planned, progress.overdue) == (1, 0, 1, 1)


def test_no_rule_is_silent(tiny):
    report = check_plan(tiny(lambda plan: None), DAY)
    assert [row.rule.id for row in report.checklist] == list(RULES)
    for row in report.checklist:
        assert row.state, row.rule.id
        if row.rule.kind is RuleKind.CHECKLIST:
            assert row.state == row.rule.checklist


def test_checking_the_edited_items_gives_their_share_of_the_whole_check(tiny):
    def arrange(plan):
        plan.place(plan.item("就业登记"), plan.old_hall)
        plan.item("档案查询", EntryStatus.ENTERED)
        plan.place(entered_at_center(plan), plan.old_hall, role=PlaceRole.EXTENSION)

    db = tiny(arrange)
    whole = [f for f in check_plan(db, DAY).findings if f.subject_type is SubjectType.ITEM]
    ids = {f.subject_id for f in whole}
    some = sorted(ids)[:2]
    assert check_items(db, some, DAY) == [f for f in whole if f.subject_id in some]


def test_the_command_line_reports_findings_as_json_and_exits_1_on_errors(tiny):
    db = tiny(lambda plan: plan.item("档案查询", EntryStatus.ENTERED))
    location = db.location
    db.close()
    result = subprocess.run([sys.executable, "-m", "hallplanner", "check", "--db", location, "--json",
                             "--as-of", DAY.isoformat(), "--rule", "r3"], capture_output=True, text=True)
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["as_of"] == DAY.isoformat()
    assert [(f["rule"], f["severity"], f["subject_type"], f["subject"], f["section"]) for f in report["findings"]] \
        == [("R3", "error", "item", "档案查询", "§二(一)")]
    assert [row["rule"] for row in report["checklist"]] == ["R3"]
    kept = subprocess.run([sys.executable, "-m", "hallplanner", "check", "--db", location, "--rule", "R8"],
                          capture_output=True, text=True)
    assert kept.returncode == 0 and kept.stderr == ""


# R13: the change list follows from the dates.

def test_the_change_list_follows_from_entry_and_closing_dates(tiny):
    def arrange(plan):
        moved = plan.item("社保卡申领", EntryStatus.ENTERED)
        plan.place(moved, plan.old_hall, closes_on=dt.date(2023, 12, 20))
        plan.place(moved, plan.center, plan.general_window, opens_on=dt.date(2023, 12, 20))
        kept = entered_at_center(plan, "工伤认定申请")
        plan.place(kept, plan.old_hall, role=PlaceRole.EXTENSION, keep_reason=KeepReason.NAMED_BY_PLAN)
        waiting = plan.item("就业登记")
        plan.place(waiting, plan.old_hall)
        plan.place(waiting, plan.center, plan.domain_window)
        entered_long_ago = plan.item("失业登记", EntryStatus.ENTERED)
        plan.place(entered_long_ago, plan.center, plan.domain_window)

    from hallplanner.services.changes import place_changes

    rows = [(c.item_name, c.old_place, c.new_place, c.on, str(c.kind)) for c in place_changes(tiny(arrange))]
    assert rows == [
        ("工伤认定申请", "人社局原办事大厅", "厦门市政务服务中心 B01 人社事务综合窗口", dt.date(2023, 10, 8),
         "迁入中心,原址保留为延伸窗口"),
        ("社保卡申领", "人社局原办事大厅", "厦门市政务服务中心 G01 无差别综合窗口", dt.date(2023, 12, 20), "迁入中心"),
        ("就业登记", "人社局原办事大厅", "厦门市政务服务中心 B01 人社事务综合窗口", None, "迁入中心"),
    ]


def test_r3_leaves_town_items_entered_at_their_town_center_to_r15(tiny):
    def arrange(plan):
        town = Region(name="莲前街道", level=Level.TOWN, parent=plan.city)
        town_center = Venue(name="莲前街道便民服务中心", kind=VenueKind.TOWN_CENTER, region=town)
        item = plan.item("居住证申领受理", EntryStatus.ENTERED, level=Level.TOWN)
        plan.place(item, town_center)

    assert findings_of(tiny(arrange), "R3") == []


def test_the_sample_checks_as_a_plan_in_progress(sample_path):
    """As of the day the sample stands (2023-12-28): the gaps its README lists, and nothing the plan ordered."""
    db = open_database(sample_path, readonly=True)
    report = check_plan(db, dt.date(2023, 12, 28))
    after_deadline = check_plan(db, dt.date(2024, 1, 15))
    db.close()
    by_rule: dict[str, set] = {}
    for finding in report.findings:
        if finding.rule.startswith("R10"):
            continue  # the sample's staffing gaps, listed in its README, tested in test_staffing.py
        by_rule.setdefault(finding.rule, set()).add((finding.severity, finding.subject_type))
    assert by_rule == {"R1": {(Severity.WARNING, SubjectType.ITEM)}, "R9": {(Severity.WARNING, SubjectType.VENUE)},
                       "R11": {(Severity.INFO, SubjectType.PLAN)}, "R13": {(Severity.WARNING, SubjectType.VENUE)},
                       "R14": {(Severity.WARNING, SubjectType.DEPARTMENT)},
                       "R16": {(Severity.ERROR, SubjectType.VENUE), (Severity.INFO, SubjectType.PLAN)}}
    assert [f.subject for f in report.findings if f.rule == "R9"] == ["APEC商务旅行卡办理点"]
    assert [f.subject for f in report.findings if f.rule == "R13"] == ["人社局原人事人才业务窗口"] * 2
    assert [f.subject for f in report.findings if f.rule == "R16" and f.severity is Severity.ERROR] == ["车驾管分中心"]
    # The items' flags agree with the list in force; the 人社局's proposal has rested at the city office since 11-10.
    assert [f.subject for f in report.findings if f.rule == "R14"] == [
        "厦门市人力资源和社会保障局:移出负面清单“劳动人事争议仲裁调解书出具”"]
    unassigned = {f.subject_id: f.subject for f in report.findings if "尚未分配中心窗口" in f.message}
    city = {item_id for item_id, name in unassigned.items() if name != "娱乐场所经营活动审批"}
    assert len(city) == 30, "every planned city item without a center window is flagged"
    assert len(unassigned) == 31, "and 思明区's one, without a window at the district center (§三(六))"
    assert not [f for f in report.findings if f.rule in ("R2", "R7")], "special items need no sub-center"
    overdue = {f.subject_id for f in after_deadline.findings if f.rule == "R1" and f.severity is Severity.ERROR}
    assert overdue >= city and not overdue & (unassigned.keys() - city), "思明区's deadline is 2024-03-31"


def test_r11_counts_an_item_once_when_its_department_staffs_two_domains(tiny):
    def arrange(plan):
        plan.session.add(Window(venue=plan.center, number="B02", name="就业创业综合窗口", kind=WindowKind.DOMAIN,
                                domain="就业创业", department=plan.department))
        entered_at_center(plan, "失业保险金申领")

    progress = {f.subject: f.message for f in findings_of(tiny(arrange), "R11")}
    assert "1 个事项中 1 个" in progress["人社事务"] and "0 个事项" in progress["就业创业"]


def test_r4_jointly_handled_reason_needs_another_such_item_that_stays_at_the_place(tiny):
    def arrange(plan):
        kept = entered_at_center(plan, "失业保险金申领")
        plan.place(kept, plan.old_hall, role=PlaceRole.EXTENSION, keep_reason=KeepReason.JOINT_ITEMS)
        leaving = entered_at_center(plan, "稳岗返还", jointly_handled=True)
        plan.place(leaving, plan.old_hall, closes_on=dt.date(2023, 10, 8))

    [finding] = findings_of(tiny(arrange), "R4")
    assert "没有其他联办事项" in finding.message
