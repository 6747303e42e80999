"""The history: one edit is one group, filters narrow it, and it speaks the planner's words."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from hallplanner.db.schema import AuditEdit, AuditEntry, Base, Venue, Window
from hallplanner.domain.access import actor_name
from hallplanner.domain.field_labels import field_label
from hallplanner.exchange.exporters import HistoryExporter
from hallplanner.services.catalog import list_departments
from hallplanner.services.editing import PlanEditor
from hallplanner.services.history import history, record_title
from hallplanner.services.history_views import HistoryQuery
from tests.plans import both_backends, planned_without_window, window
from tests.test_cli import assert_one_clear_error, hallplanner

# Not edited through the editor (a floor drawing's bytes are written beside it, outside the trail).
AUDITED_BY_HAND = {"audit_log", "audit_edits", "item_events", "regions", "floor_images"}


def sample_edit_count(db) -> int:
    with db.engine.connect() as connection:
        return len(connection.execute(select(AuditEdit.id)).all())


@both_backends
def test_one_edit_of_many_rows_is_one_group_under_its_label(plan):
    items = planned_without_window(plan, 3)
    target = window(plan, "A01")
    before = sample_edit_count(plan)
    PlanEditor(plan, "周明").assign([item.id for item in items], target.id)
    assert sample_edit_count(plan) == before + 1
    newest = history(plan, HistoryQuery(limit=1)).edits[0]
    # On a server the trail names the database login too.
    actor = "周明" if plan.engine.dialect.name == "sqlite" else actor_name(plan.engine.url.username, "周明")
    assert newest.actor == actor
    assert newest.label == f"把 3 个事项分配到 A01 {target.name}"
    assert newest.row_count == 3 and len(newest.rows) == 3
    assert {row.record.split(" ")[0] for row in newest.rows} == {item.name for item in items}
    for row in newest.rows:
        assert row.kind == "办理地点" and row.action == "新增"  # each item's place at the center
        fields = {field.label: field.after for field in row.fields}
        # Foreign keys are shown by name, value sets by label.
        assert fields["窗口"] == f"厦门市政务服务中心 A01 {target.name}"
        assert fields["角色"] == "主办理点" and row.record.endswith(" 厦门市政务服务中心")  # the venue names the place
    with plan.engine.connect() as connection:
        edit_ids = set(connection.scalars(select(AuditEntry.edit_id).where(AuditEntry.actor == actor)))
    assert edit_ids == {newest.edit_id}


def test_undo_is_an_edit_of_its_own_named_so(plan_sqlite):
    plan = plan_sqlite
    item = planned_without_window(plan, 1)[0]
    editor = PlanEditor(plan, "陈立新")
    edit = editor.assign([item.id], window(plan, "A02").id)
    redone = editor.undo(editor.undo(edit), redo=True)
    assert redone.changes
    labels = [edit.label for edit in history(plan, HistoryQuery(record=("item", item.id))).edits]
    assert labels[0].startswith("重做:") and labels[1].startswith("撤销:") and labels[2] == labels[1][3:]


@pytest.fixture
def plan_sqlite(tmp_path, sample_path):
    import shutil

    from hallplanner.db.database import open_database

    shutil.copyfile(sample_path, tmp_path / "plan.sqlite")
    db = open_database(tmp_path / "plan.sqlite")
    yield db
    db.close()


def test_a_records_history_holds_its_edits_only_and_names_enums_by_label(plan_sqlite):
    plan = plan_sqlite
    first, second = planned_without_window(plan, 2)
    editor = PlanEditor(plan, "王芳")
    editor.assign([first.id], window(plan, "A01").id)
    editor.update_item(second.id, second.version, {"annual_volume": 4321})
    mine = history(plan, HistoryQuery(record=("item", second.id))).edits
    assert len(mine) == 1
    [row] = mine[0].rows
    assert row.kind == "事项" and row.record == second.name
    assert [(f.label, f.before, f.after) for f in row.fields] == [("年办件量", str(second.annual_volume), "4321")]
    assert record_title(plan, "item", second.id) == second.name
    window_edits = history(plan, HistoryQuery(record=("window", window(plan, "A01").id))).edits
    assert [edit.label for edit in window_edits][0].startswith("把“")


def test_filters_by_person_dates_and_department(plan_sqlite):
    plan = plan_sqlite
    item = planned_without_window(plan, 1)[0]
    PlanEditor(plan, "赵敏").assign([item.id], window(plan, "A01").id)
    mine = history(plan, HistoryQuery(actor="赵敏")).edits
    assert len(mine) == 1 and mine[0].actor == "赵敏"
    # The sample's own edits were made in 2023 (publications and inspections).
    in_2023 = history(plan, HistoryQuery(since=dt.date(2023, 1, 1), until=dt.date(2023, 12, 31), limit=1000)).edits
    assert in_2023 and all(edit.at.year == 2023 for edit in in_2023)
    assert "赵敏" not in {edit.actor for edit in in_2023}
    today = history(plan, HistoryQuery(since=dt.date.today() - dt.timedelta(days=1))).edits
    assert [edit.actor for edit in today] == ["赵敏"]
    department = next(d.id for d in list_departments(plan) if d.full_name == item.department)
    ours = history(plan, HistoryQuery(department_id=department, limit=1000)).edits
    assert mine[0].edit_id in {edit.edit_id for edit in ours}
    other = next(d.id for d in list_departments(plan) if d.id != department)
    assert mine[0].edit_id not in {edit.edit_id for edit in history(plan, HistoryQuery(department_id=other)).edits}


def test_pages_and_row_limits_hold_a_large_edit_to_a_page(plan_sqlite):
    plan = plan_sqlite
    items = planned_without_window(plan, 20)
    PlanEditor(plan, "王芳").assign([item.id for item in items], window(plan, "A01").id)
    newest = history(plan, HistoryQuery(limit=1, rows_per_edit=5)).edits[0]
    assert newest.row_count == 20 and len(newest.rows) == 5
    first_page = history(plan, HistoryQuery(limit=3))
    second_page = history(plan, HistoryQuery(limit=3, offset=3))
    assert first_page.more
    assert not {e.edit_id for e in first_page.edits} & {e.edit_id for e in second_page.edits}


def test_every_edited_column_has_a_label():
    for table in Base.metadata.sorted_tables:
        if table.name in AUDITED_BY_HAND:
            continue
        missing = [column.name for column in table.columns
                   if column.name not in ("id", "version") and field_label(table.name, column.name) is None]
        assert missing == [], table.name


def test_history_exports_one_row_per_changed_field(plan_sqlite, tmp_path):
    plan = plan_sqlite
    item = planned_without_window(plan, 1)[0]
    PlanEditor(plan, "王芳").update_item(item.id, item.version, {"annual_volume": 77, "avg_minutes": 9})
    path = tmp_path / "history.xlsx"
    rows = HistoryExporter(HistoryQuery(record=("item", item.id))).export(plan, path)
    workbook = load_workbook(path, read_only=True)
    values = list(workbook["修改历史"].iter_rows(values_only=True))
    workbook.close()
    assert rows == 2
    assert values[1][:4] == ("修改编号", "时间", "修改人", "操作")
    assert {(row[7], row[9]) for row in values[2:]} == {("年办件量", "77"), ("平均办理时长(分钟)", "9")}
    assert all(row[2] == "王芳" and row[5] == item.name for row in values[2:])


def test_history_on_the_command_line(sample_copy, tmp_path):
    shown = hallplanner("history", "--db", str(sample_copy), "--venue", "车驾管分中心", "--json")
    assert shown.returncode == 0, shown.stderr
    import json

    edits = json.loads(shown.stdout)
    assert [edit["label"] for edit in edits] == ["新增督查记录:车驾管分中心 2023-11-22"]
    fields = {f["field"]: f["after"] for f in edits[0]["rows"][0]["fields"]}
    assert fields["状态"] == "待整改" and edits[0]["rows"][0]["record"] == "车驾管分中心 2023-11-22"
    by_user = hallplanner("history", "--db", str(sample_copy), "--user", "陈立新", "--until", "2023-11-30")
    assert by_user.returncode == 0 and "陈立新" in by_user.stdout and "王芳" not in by_user.stdout
    exported = hallplanner("history", "--db", str(sample_copy), "--xlsx", str(tmp_path / "h.xlsx"))
    assert exported.returncode == 0 and (tmp_path / "h.xlsx").exists()
    from hallplanner.db.database import open_database

    db = open_database(sample_copy)
    item = planned_without_window(db, 1)[0]
    PlanEditor(db, "周明").assign([item.id], window(db, "A01").id)
    db.close()
    at_window = hallplanner("history", "--db", str(sample_copy), "--window", "A01", "--json")
    assert at_window.returncode == 0, at_window.stderr
    [edit] = json.loads(at_window.stdout)
    assert edit["actor"] == "周明" and edit["rows"][0]["record"].startswith(item.name)
    assert_one_clear_error(hallplanner("history", "--db", str(sample_copy), "--staff", "没有这个人"), "没有人员")
    assert_one_clear_error(hallplanner("history", "--db", str(sample_copy), "--item", "没有这个"), "没有编码")
    assert_one_clear_error(hallplanner("history", "--db", str(sample_copy), "--since", "2024-01-02",
                                       "--until", "2024-01-01"), "--until")
    assert_one_clear_error(hallplanner("history", "--db", str(sample_copy), "--limit", "0"), "--limit", "“0”不是正整数")


def test_a_window_renumbered_through_a_set_aside_number_shows_once_from_old_to_new(plan_sqlite):
    """Renumbering sets each number aside first (two windows may swap): the history shows one change each."""
    plan = plan_sqlite
    with plan.reading() as session:
        windows = session.execute(select(Window.id, Window.number).join(Venue).where(
            Venue.name == "厦门市政务服务中心", Window.number.like("A0%")).order_by(Window.number)).all()
    PlanEditor(plan, "周明").renumber_windows([window.id for window in windows], "A", 2)
    [edit] = history(plan, HistoryQuery(limit=1)).edits
    assert edit.row_count == len(windows) == len(edit.rows)
    changes = {(field.before, field.after) for row in edit.rows for field in row.fields}
    assert changes == {(old.number, f"A{number:02d}") for number, old in enumerate(windows, start=2)}
