"""The negative list over time (plan §三(五), R14): versions imported from Excel, the version in force
deciding the items' flags, diffs, and adjustment proposals walked through every step."""

from __future__ import annotations

import datetime as dt
import json

import openpyxl
import pytest

from hallplanner.db.database import open_database
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.findings import Severity, SubjectType
from hallplanner.domain.negative_list import ListEntry, diff
from hallplanner.domain.vocabulary import EntryStatus, ListScope, ProposalAction, ProposalState
from hallplanner.exchange.negative_list_file import read_negative_list_file
from hallplanner.exchange.reading import FileRefused
from hallplanner.services.catalog import list_departments, list_items
from hallplanner.services.checks import check_plan
from hallplanner.services.editing import PlanEditor
from hallplanner.services.negative_list import diff_versions, list_versions, version_entries
from hallplanner.services.proposals import list_proposals
from tests.test_cli import assert_one_clear_error, hallplanner

MEDIATION = "劳动人事争议仲裁申请"  # an rsj sub-center item on the sample's list
ENTERED = "高级中学教师资格认定"  # an item that entered the center
DAY = dt.date(2024, 1, 10)


@pytest.fixture
def db(sample_copy):
    database = open_database(sample_copy)
    yield database
    database.close()


def item(db, name):
    return next(found for found in list_items(db) if found.name == name)


def department_id(db, short):
    return next(d.id for d in list_departments(db) if d.short_name == short)


def proposal(db, proposal_id):
    return next(p for p in list_proposals(db) if p.id == proposal_id)


def r14(db, day=DAY, subject=None):
    return [(f.severity, f.subject_type, f.subject) for f in check_plan(db, day, ["R14"]).findings
            if subject is None or subject in f.subject]


def findings_about(db, name, day=DAY):
    return {(f.rule, f.severity) for f in check_plan(db, day).findings if f.subject == name}


def test_a_proposal_to_take_an_item_off_walks_every_step_and_approval_changes_its_flag_and_findings(db):
    editor = PlanEditor(db, "测试")
    rsj = department_id(db, "人社局")
    target = item(db, MEDIATION)
    assert target.negative_list and target.status is EntryStatus.SUB_CENTER
    before = findings_about(db, MEDIATION)
    assert not any(rule == "R1" for rule, _ in before)

    raised = editor.raise_proposal(rsj, ProposalAction.REMOVE, item_id=target.id, on=dt.date(2024, 1, 2),
                                   person="林晓雯", reason="可在综合窗口受理", attachments=["建议表.docx", " "])
    proposal_id = next(iter(raised.ids("negative_list_proposals")))
    steps = [(ProposalState.SUBMITTED, dt.date(2024, 1, 3), "陈志远"),
             (ProposalState.GATHERED, dt.date(2024, 1, 5), "陈志远")]
    assert proposal(db, proposal_id).state is ProposalState.RAISED
    assert proposal(db, proposal_id).steps[0].attachments == ("建议表.docx",)
    assert proposal(db, proposal_id).steps[0].office == "厦门市人力资源和社会保障局"
    for state, on, person in steps:
        current = proposal(db, proposal_id)
        editor.advance_proposal(proposal_id, current.version, state, on=on, person=person)
        assert proposal(db, proposal_id).state is state
        assert item(db, MEDIATION).negative_list  # nothing changes before the province decides
        assert findings_about(db, MEDIATION) == before
    assert [step.office for step in proposal(db, proposal_id).steps] == [
        "厦门市人力资源和社会保障局", "厦门市审改办", "厦门市审改办"]
    # Resting at the city office for more than 30 days is asked about, naming the department.
    assert (Severity.WARNING, SubjectType.DEPARTMENT, f"厦门市人力资源和社会保障局:移出负面清单“{MEDIATION}”") \
        in r14(db, dt.date(2024, 2, 20))
    assert not r14(db, dt.date(2024, 1, 20), MEDIATION)

    approved = editor.advance_proposal(proposal_id, proposal(db, proposal_id).version, ProposalState.APPROVED,
                                       on=dt.date(2024, 1, 8), person="省审改办", attachments=["复函.pdf"],
                                       apply_on=DAY)
    assert proposal(db, proposal_id).state is ProposalState.APPROVED
    assert proposal(db, proposal_id).steps[-1].office == "省审改办"
    assert not item(db, MEDIATION).negative_list
    # The amendment is a new version in force from the approval day, one line fewer than its base.
    versions = list_versions(db, DAY)
    amended = next(v for v in versions if v.proposal_id == proposal_id)
    base = next(v for v in versions if v.name == amended.based_on)
    assert amended.in_force and not base.in_force and amended.effective_on == dt.date(2024, 1, 8)
    changes = diff_versions(db, base.id, amended.id)
    assert [e.name for e in changes.removed] == [MEDIATION] and changes.added == ()
    # The checks run again on the new flag: off the list and not entered, it must enter (R1).
    assert ("R1", Severity.ERROR) in findings_about(db, MEDIATION)
    assert not r14(db, DAY, MEDIATION)
    # Decided: no further step.
    with pytest.raises(HallPlannerError, match="已办结"):
        editor.advance_proposal(proposal_id, proposal(db, proposal_id).version, ProposalState.REJECTED,
                                on=DAY, person="x", reason="y")

    # One undo step takes the approval back: flag, version and state.
    editor.undo(approved)
    assert item(db, MEDIATION).negative_list
    assert proposal(db, proposal_id).state is ProposalState.GATHERED
    assert not any(v.proposal_id == proposal_id for v in list_versions(db, DAY))
    assert findings_about(db, MEDIATION) == before


def test_a_rejected_proposal_changes_no_flag_and_needs_a_reason(db):
    editor = PlanEditor(db)
    jyj = department_id(db, "教育局")
    target = item(db, ENTERED)
    versions_before = len(list_versions(db))
    raised = editor.raise_proposal(jyj, ProposalAction.ADD, item_id=target.id, on=dt.date(2024, 1, 2),
                                   person="黄丽君", reason="需现场核验")
    proposal_id = next(iter(raised.ids("negative_list_proposals")))
    for state in (ProposalState.SUBMITTED, ProposalState.GATHERED):
        editor.advance_proposal(proposal_id, proposal(db, proposal_id).version, state, on=dt.date(2024, 1, 4),
                                person="陈志远")
    with pytest.raises(HallPlannerError, match="不同意须写明理由"):
        editor.advance_proposal(proposal_id, proposal(db, proposal_id).version, ProposalState.REJECTED,
                                on=dt.date(2024, 1, 9), person="省审改办")
    editor.advance_proposal(proposal_id, proposal(db, proposal_id).version, ProposalState.REJECTED,
                            on=dt.date(2024, 1, 9), person="省审改办", reason="已进驻的事项不得撤出")
    assert proposal(db, proposal_id).state is ProposalState.REJECTED
    assert proposal(db, proposal_id).steps[-1].reason == "已进驻的事项不得撤出"
    assert not item(db, ENTERED).negative_list
    assert len(list_versions(db)) == versions_before
    assert not r14(db, dt.date(2024, 6, 1), ENTERED)  # a decided proposal waits for nothing


def test_steps_keep_their_order_and_their_dates(db):
    editor = PlanEditor(db)
    raised = editor.raise_proposal(department_id(db, "人社局"), ProposalAction.REMOVE, item_id=item(db, MEDIATION).id,
                                   on=dt.date(2024, 1, 5), person="林晓雯", reason="理由")
    proposal_id = next(iter(raised.ids("negative_list_proposals")))
    version = proposal(db, proposal_id).version
    with pytest.raises(HallPlannerError, match="下一步只能是:已报同级审改办"):
        editor.advance_proposal(proposal_id, version, ProposalState.APPROVED, on=dt.date(2024, 1, 6), person="p")
    with pytest.raises(HallPlannerError, match="早于上一步"):
        editor.advance_proposal(proposal_id, version, ProposalState.SUBMITTED, on=dt.date(2024, 1, 4), person="p")
    with pytest.raises(HallPlannerError, match="经办人"):
        editor.advance_proposal(proposal_id, version, ProposalState.SUBMITTED, on=dt.date(2024, 1, 6), person=" ")
    with pytest.raises(HallPlannerError, match="无需列入负面清单"):
        editor.raise_proposal(department_id(db, "人社局"), ProposalAction.ADD, item_id=item(db, MEDIATION).id,
                              on=dt.date(2024, 1, 5), person="p", reason="r")


def list_file(path, rows, title=True):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "负面清单"
    if title:
        sheet.append(["福建省市、县级政务服务中心进驻事项负面清单"])
        sheet.append([])
    sheet.append(["序号", "实施部门", "事项名称", "基本编码", "备注"])
    for row in rows:
        sheet.append(row)
    if title:
        sheet.merge_cells("B4:B5")
    workbook.save(path)
    return path


def centers_versions(db, on=None):
    """The province's list for the centers: the sample also has the towns' and villages' own (§三(六))."""
    return [version for version in list_versions(db, *(on,) if on else ()) if version.scope is ListScope.CENTERS]


def sample_lines(db, drop=()):
    return [entry for entry in version_entries(db, centers_versions(db)[-1].id) if entry.name not in drop]


def test_an_imported_version_in_force_decides_the_flags_and_the_diff_names_its_changes(db, tmp_path):
    lines = sample_lines(db, drop=(MEDIATION,))
    rows = [[number, line.department, line.name, line.basic_code, ""] for number, line in enumerate(lines, start=1)]
    rows[1][1] = None  # B5, merged with B4 above it
    rows.insert(2, [None, None, None, None, None])  # blank row
    rows.append([None, "合计", None, None, None])
    rows.append([99, "厦门市教育局", ENTERED, "", "新列入"])
    path = list_file(tmp_path / "清单2024.xlsx", rows)
    parsed = read_negative_list_file(path)
    assert not parsed.problems and parsed.skipped_rows == 2
    assert len(parsed.entries) == len(lines) + 1
    assert parsed.entries[1].department == parsed.entries[0].department  # the merged cell filled

    editor = PlanEditor(db)
    edit = editor.import_negative_list(parsed.entries, name="2024版", scope=ListScope.CENTERS,
                                       effective_on=dt.date(2024, 3, 1), source=path.name, apply_on=dt.date(2024, 3, 1))
    assert not item(db, MEDIATION).negative_list and item(db, ENTERED).negative_list
    # An entered item put on the list stays in the center (R3): said, not an error.
    assert (Severity.INFO, SubjectType.ITEM, ENTERED) in r14(db, dt.date(2024, 3, 1))
    versions = centers_versions(db, dt.date(2024, 3, 1))
    new, old = versions[0], versions[-1]
    assert new.name == "2024版" and new.in_force and new.source == "清单2024.xlsx" and not old.in_force
    changes = diff_versions(db, old.id, new.id)
    assert [e.name for e in changes.added] == [ENTERED] and [e.name for e in changes.removed] == [MEDIATION]
    # Before the new version is in force, the flags disagree with the old one: R14 says which.
    drift = r14(db, dt.date(2024, 2, 1))
    assert (Severity.WARNING, SubjectType.ITEM, MEDIATION) in drift and (Severity.WARNING, SubjectType.ITEM, ENTERED) in drift
    editor.undo(edit)
    assert item(db, MEDIATION).negative_list and not item(db, ENTERED).negative_list
    assert len(centers_versions(db)) == 1


def test_a_flag_edited_by_hand_against_the_list_is_a_finding(db):
    target = item(db, MEDIATION)
    PlanEditor(db).update_item(target.id, target.version, {"negative_list": False})
    assert (Severity.WARNING, SubjectType.ITEM, MEDIATION) in r14(db)
    PlanEditor(db).apply_negative_list(DAY)
    assert item(db, MEDIATION).negative_list and not r14(db, DAY, MEDIATION)


def test_a_bad_list_file_names_the_sheet_and_row_and_a_file_without_header_is_refused(tmp_path):
    path = list_file(tmp_path / "bad.xlsx", [[1, "公安局", "户口迁移", "0001", ""], [2, "公安局", None, "0002", ""],
                                             [3, "公安局", "户口迁移", "0001", ""],
                                             [4, "公安局", "身份证", "1234567890123", ""]], title=False)
    problems = [(p.place, str(p.text)) for p in read_negative_list_file(path).problems]
    assert problems == [("负面清单!3", "缺少事项名称"), ("负面清单!4", "“户口迁移”与第 2 行重复"),
                        ("负面清单!5", "基本编码“1234567890123”超过 12 位")]
    empty = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(empty)
    with pytest.raises(FileRefused, match="empty.xlsx.*找不到表头"):
        read_negative_list_file(empty)


def test_diff_of_lines_by_code_or_name():
    old = [ListEntry("甲", "000000000001"), ListEntry("乙"), ListEntry("丙", "000000000003")]
    new = [ListEntry("甲(更名)", "000000000001"), ListEntry("丁"), ListEntry("丙", "000000000003")]
    changes = diff(old, new)
    assert [e.name for e in changes.added] == ["丁"] and [e.name for e in changes.removed] == ["乙"]


def test_the_command_line_imports_lists_diffs_and_walks_a_proposal(sample_copy, tmp_path):
    db = open_database(sample_copy, readonly=True)
    lines = sample_lines(db, drop=(MEDIATION,))
    db.close()
    path = list_file(tmp_path / "2024.xlsx", [[n, e.department, e.name, e.basic_code, ""] for n, e in
                                              enumerate(lines, start=1)], title=False)
    target = ("--db", str(sample_copy))
    imported = hallplanner("negative-list", "import", str(path), "--effective", "2024-03-01", "--as-of", "2024-03-01",
                           "--json", *target)
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["items_changed"] == 1
    versions = [v for v in json.loads(hallplanner("negative-list", "versions", "--json", "--as-of", "2024-03-01",
                                                  *target).stdout) if v["scope"] == "centers"]
    assert [v["in_force"] for v in versions] == [True, False]
    changes = json.loads(hallplanner("negative-list", "diff", str(versions[1]["id"]), str(versions[0]["id"]),
                                     "--json", *target).stdout)
    assert [e["name"] for e in changes["removed"]] == [MEDIATION] and changes["added"] == []

    raised = hallplanner("proposals", "raise", "--department", "教育局", "--action", "add", "--item", ENTERED,
                         "--on", "2024-03-02", "--person", "黄丽君", "--reason", "需现场核验", "--attachment", "表.docx",
                         "--json", *target)
    assert raised.returncode == 0, raised.stderr
    proposal_id = str(json.loads(raised.stdout)["proposal"])
    for state in ("submitted", "gathered"):
        step = hallplanner("proposals", "advance", proposal_id, "--to", state, "--on", "2024-03-05",
                           "--person", "陈志远", *target)
        assert step.returncode == 0, step.stderr
    assert_one_clear_error(hallplanner("proposals", "advance", proposal_id, "--to", "rejected", "--on", "2024-03-06",
                                       "--person", "省审改办", *target), "不同意须写明理由")
    approved = hallplanner("proposals", "advance", proposal_id, "--to", "approved", "--on", "2024-03-06",
                           "--person", "省审改办", "--as-of", "2024-03-06", "--json", *target)
    assert approved.returncode == 0, approved.stderr
    assert json.loads(approved.stdout)["items_changed"] == 1
    listed = json.loads(hallplanner("proposals", "list", "--json", *target).stdout)
    assert listed[0]["state"] == "approved" and len(listed[0]["steps"]) == 4 and listed[0]["amendment"]
    assert_one_clear_error(hallplanner("negative-list", "diff", "1", *target), "两个版本编号")
    assert_one_clear_error(hallplanner("negative-list", "import", str(tmp_path / "none.xlsx"), "--effective",
                                       "2024-01-01", *target), "none.xlsx")


def test_an_approval_without_any_version_starts_from_the_flags_and_a_version_can_be_deleted(db):
    editor = PlanEditor(db)
    [sample_version] = centers_versions(db)
    editor.delete_negative_list_version(sample_version.id)
    assert centers_versions(db) == [] and item(db, MEDIATION).negative_list  # the flags stay as they were
    assert (Severity.INFO, SubjectType.PLAN, "市、区政务服务中心(省负面清单)") in r14(db)
    raised = editor.raise_proposal(department_id(db, "人社局"), ProposalAction.REMOVE, item_id=item(db, MEDIATION).id,
                                   on=dt.date(2024, 1, 2), person="林晓雯", reason="理由")
    proposal_id = next(iter(raised.ids("negative_list_proposals")))
    for state in (ProposalState.SUBMITTED, ProposalState.GATHERED, ProposalState.APPROVED):
        editor.advance_proposal(proposal_id, proposal(db, proposal_id).version, state, on=dt.date(2024, 1, 5),
                                person="p", apply_on=DAY)
    [amended] = centers_versions(db, DAY)
    assert amended.entries == sample_version.entries - 1 and amended.based_on == ""
    assert not item(db, MEDIATION).negative_list
