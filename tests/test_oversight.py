"""Publication of changed places (R13) and inspections (R16): tracked as edits, reported by the checks."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest
from openpyxl import load_workbook

from hallplanner.db.database import open_database
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.findings import Severity
from hallplanner.domain.vocabulary import InspectionState, PublicationChannel
from hallplanner.exchange.exporters import PublicationExporter
from hallplanner.services.checks import check_plan
from hallplanner.services.editing import PlanEditor
from hallplanner.services.inspections import inspected_venues, list_inspections
from hallplanner.services.publication import publication_rows
from tests.test_cli import assert_one_clear_error, hallplanner

STANDS = dt.date(2023, 12, 28)  # the day the sample stands
OLD_DESK = "人社局原人事人才业务窗口"


@pytest.fixture
def plan(tmp_path, sample_path):
    shutil.copyfile(sample_path, tmp_path / "plan.sqlite")
    db = open_database(tmp_path / "plan.sqlite")
    yield db
    db.close()


def findings(db, rule, day=STANDS):
    return [f for f in check_plan(db, day, [rule]).findings]


def test_the_sample_reports_what_is_still_to_publish(plan):
    pending = [row for row in publication_rows(plan, pending_only=True) if row.overdue(STANDS)]
    assert {row.change.old_place for row in pending} == {OLD_DESK}
    assert {row.pending for row in pending if row.change.on == dt.date(2023, 12, 18)} == {(PublicationChannel.WECHAT,)}
    assert {row.pending for row in pending if row.change.on == STANDS} == {tuple(PublicationChannel)}
    r13 = findings(plan, "R13")
    assert [(f.severity, f.subject) for f in r13] == [(Severity.WARNING, OLD_DESK)] * 2
    assert any("14 个事项" in f.message and "微信公众号" in f.message for f in r13)


def test_marking_published_is_one_undoable_edit_and_clears_r13(plan):
    rows = [row for row in publication_rows(plan, pending_only=True) if row.overdue(STANDS)]
    editor = PlanEditor(plan, "王芳")
    edit = editor.mark_published([row.ref for row in rows], list(PublicationChannel), STANDS)
    assert findings(plan, "R13") == []
    written = [change for change in edit.changes if change.table == "publications"]
    assert len(written) == sum(len(row.pending) for row in rows)  # the channels missing, no more
    editor.undo(edit)
    assert len(findings(plan, "R13")) == 2


def test_a_moved_date_makes_a_published_change_pending_again(plan):
    row = next(row for row in publication_rows(plan) if not row.pending and row.change.on)
    editor = PlanEditor(plan, "王芳")
    ref = (row.change.item_id, row.change.key, row.change.on + dt.timedelta(days=7))
    editor.mark_published([ref], [PublicationChannel.WEBSITE], STANDS)
    again = next(r for r in publication_rows(plan) if r.ref == row.ref)
    assert again.pending == (PublicationChannel.WEBSITE,)


def test_the_pending_list_exports_to_excel(plan, tmp_path):
    path = tmp_path / "pending.xlsx"
    count = PublicationExporter(pending_only=True).export(plan, path)
    workbook = load_workbook(path, read_only=True)
    rows = list(workbook["变更公布"].iter_rows(values_only=True))
    workbook.close()
    assert count == len(publication_rows(plan, pending_only=True)) == len(rows) - 2
    header = rows[1]
    assert header[7:11] == ("省网上办事大厅", "门户网站", "微信公众号", "待公布")
    desk = [row for row in rows[2:] if row[3] == OLD_DESK and row[5] == "2023-12-18"]
    assert desk and all(row[9] == "未公布" and row[10] == "微信公众号" and row[7].endswith("陈立新") for row in desk)


def test_an_overdue_rectification_is_an_r16_error_until_rectified(plan):
    errors = [f for f in findings(plan, "R16") if f.severity is Severity.ERROR]
    assert [f.subject for f in errors] == ["车驾管分中心"]
    assert "2023-12-15" in errors[0].message and "标识牌未按统一格式制作" in errors[0].message
    # Before its deadline the open rectification is no finding.
    assert not [f for f in findings(plan, "R16", dt.date(2023, 12, 1)) if f.severity is Severity.ERROR]
    open_one = next(view for view in list_inspections(plan) if view.venue == "车驾管分中心")
    editor = PlanEditor(plan, "林海燕")
    edit = editor.rectified([open_one.id], dt.date(2023, 12, 27))
    assert not [f for f in findings(plan, "R16") if f.severity is Severity.ERROR]
    editor.undo(edit)
    assert [f.subject for f in findings(plan, "R16") if f.severity is Severity.ERROR] == ["车驾管分中心"]


def test_places_never_inspected_are_one_note(plan):
    [note] = [f for f in findings(plan, "R16") if f.severity is Severity.INFO]
    assert "车驾管分中心" not in note.message and "公安局禁毒分中心" in note.message
    venue = next(v for v in inspected_venues(plan) if v[1] == "公安局禁毒分中心")
    PlanEditor(plan, "黄建国").create_inspection({
        "venue_id": venue[0], "inspected_on": dt.date(2023, 12, 20), "inspector": "黄建国", "scope": "运行",
        "findings": "", "rectify_by": None, "state": InspectionState.CLEAR, "rectified_on": None})
    [note] = [f for f in findings(plan, "R16") if f.severity is Severity.INFO]
    assert "公安局禁毒分中心" not in note.message


def test_an_inspection_is_checked_before_it_is_saved(plan):
    venue_id = inspected_venues(plan)[0][0]
    editor = PlanEditor(plan)
    with pytest.raises(HallPlannerError, match="待整改的督查须写明发现的问题"):
        editor.create_inspection({"venue_id": venue_id, "inspected_on": STANDS, "inspector": "某人",
                                  "state": InspectionState.OPEN, "findings": ""})
    with pytest.raises(HallPlannerError, match="整改期限不能早于督查日期"):
        editor.create_inspection({"venue_id": venue_id, "inspected_on": STANDS, "inspector": "某人", "findings": "x",
                                  "state": InspectionState.OPEN, "rectify_by": STANDS - dt.timedelta(days=1)})
    assert len(list_inspections(plan)) == 5  # the 4 of the city level and 思明区政务服务中心's


def test_a_venue_with_inspections_is_not_deleted_from_under_them(plan):
    venue = next(v for v in inspected_venues(plan) if v[1] == "车驾管分中心")
    with pytest.raises(HallPlannerError, match="督查记录"):
        _delete_bare(plan, venue[0])


def _delete_bare(plan, venue_id):
    """The venue stripped of what else keeps it, so that the inspections are what refuses it."""
    from sqlalchemy import delete, update

    from hallplanner.db.schema import HandlingPlace, StaffMember, StaffPost, Window

    with plan.engine.begin() as connection:
        windows = [row[0] for row in connection.execute(Window.__table__.select().with_only_columns(Window.id)
                                                        .where(Window.venue_id == venue_id))]
        connection.execute(delete(StaffPost).where(StaffPost.window_id.in_(windows)))
        connection.execute(delete(HandlingPlace).where(HandlingPlace.venue_id == venue_id))
        connection.execute(update(StaffMember).where(StaffMember.venue_id == venue_id).values(venue_id=None))
        connection.execute(delete(Window).where(Window.venue_id == venue_id))
    PlanEditor(plan).delete_venue(venue_id)


def test_publication_and_inspections_on_the_command_line(sample_copy, tmp_path):
    db = str(sample_copy)
    pending = hallplanner("publication", "--db", db, "--pending", "--json")
    assert pending.returncode == 0, pending.stderr
    desk = [row for row in json.loads(pending.stdout) if row["old_place"] == OLD_DESK and row["on"] == "2023-12-18"]
    assert desk and {tuple(row["pending"]) for row in desk} == {("wechat",)}
    marked = hallplanner("publication", "mark", "--db", db, "--old-place", OLD_DESK, "--date", "2023-12-18",
                         "--channel", "wechat", "--published-on", "2023-12-28")
    assert marked.returncode == 0, marked.stderr
    assert "14 项变更" in marked.stdout
    after = json.loads(hallplanner("publication", "--db", db, "--pending", "--json").stdout)
    assert not [row for row in after if row["old_place"] == OLD_DESK and row["on"] == "2023-12-18"]
    exported = hallplanner("publication", "--db", db, "--pending", "--xlsx", str(tmp_path / "p.xlsx"))
    assert exported.returncode == 0 and (tmp_path / "p.xlsx").exists()
    assert_one_clear_error(hallplanner("publication", "mark", "--db", db), "--old-place")

    added = hallplanner("inspections", "add", "--db", db, "--venue", "公安局禁毒分中心", "--date", "2023-12-20",
                        "--inspector", "黄建国", "--findings", "未公示办事指南", "--rectify-by", "2023-12-25")
    assert added.returncode == 0, added.stderr
    listed = json.loads(hallplanner("inspections", "--db", db, "--overdue", "--json").stdout)
    assert {row["venue"] for row in listed} >= {"公安局禁毒分中心", "车驾管分中心"}
    new_id = next(row["id"] for row in listed if row["venue"] == "公安局禁毒分中心")
    assert hallplanner("inspections", "rectify", "--db", db, "--id", str(new_id), "--on", "2023-12-24").returncode == 0
    listed = json.loads(hallplanner("inspections", "--db", db, "--json").stdout)
    assert next(row for row in listed if row["id"] == new_id)["state"] == "rectified"
    assert_one_clear_error(hallplanner("inspections", "add", "--db", db, "--venue", "没有这个地方", "--date",
                                       "2023-12-20", "--inspector", "某人"), "没有需要督查的场所")


def test_unmarking_takes_back_the_chosen_channels_only(plan):
    row = next(row for row in publication_rows(plan) if not row.pending and row.change.on)
    editor = PlanEditor(plan, "王芳")
    edit = editor.unmark_published([row.ref], [PublicationChannel.WECHAT])
    again = next(r for r in publication_rows(plan) if r.ref == row.ref)
    assert again.pending == (PublicationChannel.WECHAT,)
    assert [state.published_on is not None for state in again.channels] == [True, True, False]
    editor.undo(edit)
    assert not next(r for r in publication_rows(plan) if r.ref == row.ref).pending


def test_rectifying_an_unknown_inspection_or_before_it_was_made_is_refused_in_words(sample_copy):
    unknown = hallplanner("inspections", "rectify", "--id", "999", "--db", str(sample_copy))
    assert_one_clear_error(unknown, "没有编号为 999 的督查记录")
    early = hallplanner("inspections", "rectify", "--id", "2", "--on", "2000-01-01", "--db", str(sample_copy))
    assert_one_clear_error(early, "整改完成日期 2000-01-01 早于督查日期")
    listed = hallplanner("inspections", "list", "--json", "--db", str(sample_copy))
    assert next(row for row in json.loads(listed.stdout) if row["id"] == 2)["rectified_on"] is None
