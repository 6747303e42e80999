"""Staffing: the R10 checks on the sample, staff edits and undo in the services, and the staffing page."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from hallplanner.db.database import open_database
from hallplanner.domain.erlang import Load
from hallplanner.domain.findings import Severity
from hallplanner.domain.vocabulary import AuthorizationCoverage, Post
from hallplanner.services.editing import PlanEditor
from hallplanner.services.staffing import staffing_findings, staffing_report, staffing_table, window_group_table
from hallplanner.services.staffing_views import LIST_SEPARATOR
from tests.gui_helpers import open_window, settle

AS_OF = dt.date(2023, 12, 31)  # the sample's reference date: a report without a day is as of it
README = Path(__file__).parents[1] / "sample_db" / "source" / "README.md"


def findings_of(db) -> list[str]:
    with db.reading() as session:
        return [f"{f.subject}:{f.message}" for f in staffing_findings(session, AS_OF)]


def person(db, name):
    return next(p for p in staffing_report(db, AS_OF).staff if p.name == name)


def readme_gaps() -> list[tuple[str, str]]:
    """(subject, words) of each row of the gap table in sample_db/source/README.md."""
    text = README.read_text(encoding="utf-8")
    table = text[text.index("| subject | finding says |"):].splitlines()[2:]
    rows = []
    for line in table:
        if not line.startswith("|"):
            break
        subject, words, _ = (cell.strip() for cell in line.strip("|").split("|"))
        rows.append((subject, words))
    return rows


def test_the_sample_shows_the_gaps_its_readme_lists_and_no_other(sample_path):
    db = open_database(sample_path, readonly=True)
    report = staffing_report(db)
    db.close()
    assert report.as_of == AS_OF
    listed = readme_gaps()
    unmatched = list(report.findings)
    for subject, words in listed:
        match = next((f for f in unmatched if f.subject == subject and words in str(f.message)), None)
        assert match is not None, f"README lists {subject}: {words}, the sample does not report it"
        unmatched.remove(match)
    assert unmatched == [], "the sample reports gaps its README does not list"
    # Every entering department with items in the center has exactly one chief representative.
    assert all(department.chief and LIST_SEPARATOR not in department.chief
               for department in report.departments if department.center_items)
    center = next(pool for pool in report.pools if pool.venue == "厦门市政务服务中心")
    assert center.pooled < center.separate  # one pool needs fewer windows for the same load


def test_most_window_groups_have_what_their_load_needs(sample_path):
    """A plausible picture: few groups short, and the short one's need follows from its items' data."""
    from sqlalchemy import select

    from hallplanner.db.schema import HandlingPlace, ServiceItem, Venue, Window

    db = open_database(sample_path, readonly=True)
    report = staffing_report(db)
    short = [g for g in report.groups if g.needed and g.needed.windows > g.planned]
    assert {f"{g.venue} {g.label}" for g in short} == {subject for subject, words in readme_gaps() if "高峰需" in words}
    assert len(short) * 10 < len(report.groups)
    assert all(g.needed is not None for g in report.groups if g.venue != "厦门市政务服务中心" or g.items)
    extension = next(g for g in report.groups if g.venue == "出入境服务办证大厅(思明区镇海路)")
    assert extension.items and extension.needed.windows <= extension.planned, "extension windows carry their load"
    # The social-affairs windows of the center, from the items at C01–C06 and the places that handle them.
    social = next(g for g in short if g.label == "人社事务综合窗口")
    with db.reading() as session:
        center = session.scalars(select(Venue.id).where(Venue.name == "厦门市政务服务中心")).one()
        rows = session.execute(select(ServiceItem.id, ServiceItem.annual_volume, ServiceItem.avg_minutes,
                                      ServiceItem.fully_online)
                               .join(HandlingPlace).join(Window)
                               .where(Window.venue_id == center, Window.domain == "人社事务")).all()
        places = {item_id: len(session.scalars(select(HandlingPlace.id).where(HandlingPlace.item_id == item_id)
                                              .where(HandlingPlace.closes_on.is_(None))).all())
                  for item_id, *_ in rows}
    db.close()
    presets = report.assumptions
    cases = {item_id: volume * (presets.online_onsite_share if online else 1) / places[item_id]
             for item_id, volume, _, online in rows}
    minutes = sum(cases[item_id] * aht for item_id, _, aht, _ in rows) / sum(cases.values())
    peak = sum(cases.values()) / (presets.working_days * 7) * presets.peak_factor  # 7 open hours a day
    needed = Load(peak, 60, minutes, presets.target_wait_s, presets.service_level, presets.shrinkage).needed()
    assert (social.needed.windows, social.needed.positions) == (needed.windows, needed.positions)
    assert social.planned < needed.windows


def test_window_demand_follows_erlang_c_for_each_group(sample_path):
    db = open_database(sample_path, readonly=True)
    report = staffing_report(db, AS_OF)
    db.close()
    police = next(g for g in report.groups if g.label == "公安事务综合窗口")
    assert police.planned == 8 and police.needed is not None
    assert police.needed.windows > police.needed.traffic  # a queue needs more windows than its load
    assert police.needed.service_level >= report.assumptions.service_level
    columns, rows = window_group_table(report)
    assert len(columns) == len(rows[0]) and len(rows) == len(report.groups)
    columns, rows = staffing_table(report)
    assert rows[0][0] == "厦门市公安局" and len(columns) == len(rows[0])


def test_a_staff_edit_is_one_undo_step_with_its_posts(sample_copy):
    db = open_database(sample_copy)
    editor = PlanEditor(db)
    before = findings_of(db)
    clerk = person(db, "蔡欣怡")
    b01 = next(p.window_id for p in clerk.posts if p.post is Post.B)
    b02 = next(p.window_id for p in clerk.posts if p.post is Post.A)
    edit = editor.update_staff(clerk.id, clerk.version, {"posts": [(b02, Post.A, None), (b01, Post.B, None)]})
    after = findings_of(db)
    assert not any(text.startswith("厦门市政务服务中心 B02 科技事务综合窗口:下午无人值守") for text in after)
    assert person(db, "蔡欣怡").version == clerk.version + 1
    editor.undo(edit)
    assert findings_of(db) == before
    db.close()


def test_the_authorization_covers_the_items_it_lists(sample_copy):
    db = open_database(sample_copy)
    editor = PlanEditor(db)
    chief = person(db, "魏斌")
    report = staffing_report(db, AS_OF)
    housing = next(c for c in report.department_choices if c.short_name == "住房局")
    listed = [item_id for item_id, *_ in housing.center_items]
    editor.update_staff(chief.id, chief.version, {
        "authorization_written": True, "authorization_date": dt.date(2023, 12, 28),
        "authorization_coverage": AuthorizationCoverage.LISTED, "authorized_items": listed[:-1]})
    assert any(text.startswith("魏斌(住房局首席事务代表):授权未覆盖本部门在中心办理的 1 个事项") for text in findings_of(db))
    chief = person(db, "魏斌")
    editor.update_staff(chief.id, chief.version, {"authorized_items": listed})
    assert not any(text.startswith("魏斌") for text in findings_of(db))
    db.close()


def test_staffing_cli_reports_departments_and_groups(sample_path):
    result = subprocess.run([sys.executable, "-m", "hallplanner", "staffing", "--db", str(sample_path), "--json"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    police = next(d for d in data["departments"] if d["short_name"] == "公安局")
    assert police["status"] == "error" and police["chief_representative"] == "施春梅"
    group = next(g for g in data["window_groups"] if g["group"] == "人社事务综合窗口")
    assert group["required"]["windows"] >= 1 and group["planned_windows"] == 6
    assert group["at_center"] is True
    extension = next(g for g in data["window_groups"] if g["venue"] == "车驾管分中心" and g["kind"] == "general")
    assert extension["at_center"] is False and extension["required"]["windows"] >= 1 and extension["items"] == 20


def test_staffing_erlang_cli_and_its_refusals():
    def run(*args):
        return subprocess.run([sys.executable, "-m", "hallplanner", "staffing", "erlang", *args],
                              capture_output=True, text=True, timeout=60)

    base = ["--arrivals", "100", "--period-min", "30", "--aht-min", "3", "--target-wait-s", "20"]
    result = run(*base, "--service-level", "0.8", "--shrinkage", "0.3", "--json")
    data = json.loads(result.stdout)
    assert (data["windows"], data["positions"], round(data["p_wait"], 3)) == (14, 20, 0.174)
    assert set(data) >= {"windows", "positions", "p_wait", "service_level", "asa_s"}
    for args, expected in (((*base, "--service-level", "1.5"), "服务水平须在 0 与 1 之间"),
                           (("--arrivals", "-3", "--period-min", "30", "--aht-min", "3", "--target-wait-s", "20",
                             "--service-level", "0.8"), "到达量不能为负数"),
                           (("--arrivals", "3", "--period-min", "0", "--aht-min", "3", "--target-wait-s", "20",
                             "--service-level", "0.8"), "统计时段须大于 0 分钟"),
                           (("--arrivals", "100000", "--period-min", "1", "--aht-min", "10", "--target-wait-s", "20",
                             "--service-level", "0.8"), "无法达到目标服务水平"),
                           (base, "缺少参数:--service-level")):
        result = run(*args)
        assert result.returncode == 2
        assert len(result.stderr.strip().splitlines()) == 1 and expected in result.stderr, result.stderr


# The page, driven as a planner does.

def select_row(table, text):
    for row in range(table.rowCount()):
        if table.item(row, 0).text() == text:
            table.selectRow(row)
            return
    raise LookupError(text)


def show_page(qtbot, window):
    page = window.staffing
    window.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.report is not None, timeout=20_000)
    settle(qtbot, window)
    return page


def wait_for_report(qtbot, window, page, reads):
    qtbot.waitUntil(lambda: page.reads > reads, timeout=5_000)
    settle(qtbot, window)


def department_findings(page, short_name):
    department = next(d for d in page.report.departments if d.short_name == short_name)
    return department, [str(f.message) for f in department.findings]


def test_editing_staff_in_place_clears_a_finding_and_undo_brings_it_back(qtbot, sample_copy, messages):
    window = open_window(qtbot, sample_copy)
    page = show_page(qtbot, window)
    department, texts = department_findings(page, "住房局")
    assert department.status is Severity.ERROR and "没有书面的部门业务综合授权" in texts

    select_row(page.departments, "住房局")
    select_row(page.staff, "魏斌")
    assert page.form.name.text() == "魏斌"
    page.form.written.setChecked(True)
    page.form.coverage.setCurrentIndex(page.form.coverage.findData(AuthorizationCoverage.ALL))
    reads = page.reads
    qtbot.mouseClick(page.form.save, Qt.MouseButton.LeftButton)
    wait_for_report(qtbot, window, page, reads)

    _, texts = department_findings(page, "住房局")
    assert "没有书面的部门业务综合授权" not in texts
    db = open_database(sample_copy, readonly=True)
    stored = person(db, "魏斌")
    db.close()
    assert stored.authorization_written and stored.authorization_coverage is AuthorizationCoverage.ALL
    assert page.form.name.text() == "魏斌", "the person stays chosen after the save"

    reads = page.reads
    window.session.undo()
    wait_for_report(qtbot, window, page, reads)
    _, texts = department_findings(page, "住房局")
    assert "没有书面的部门业务综合授权" in texts
    assert messages == []


def test_a_window_left_without_its_a_post_shows_a_gap(qtbot, sample_copy, messages):
    window = open_window(qtbot, sample_copy)
    page = show_page(qtbot, window)
    select_row(page.departments, "司法局")
    select_row(page.staff, "翁晓燕")
    page.form.a_window.setCurrentIndex(0)  # (无): D01 loses its only person
    reads = page.reads
    qtbot.mouseClick(page.form.save, Qt.MouseButton.LeftButton)
    wait_for_report(qtbot, window, page, reads)
    _, texts = department_findings(page, "司法局")
    assert any(text.startswith("上午、下午无人值守") for text in texts)
    row = next(r for r in range(page.departments.rowCount()) if page.departments.item(r, 0).text() == "司法局")
    assert page.departments.item(row, 1).text() == "错误"

    reads = page.reads
    window.session.undo()
    wait_for_report(qtbot, window, page, reads)
    _, texts = department_findings(page, "司法局")
    assert not any("无人值守" in text for text in texts)


def test_the_checklist_is_edited_in_place(qtbot, sample_copy, messages):
    window = open_window(qtbot, sample_copy)
    page = show_page(qtbot, window)
    select_row(page.departments, "教育局")
    combo = page.checklist.cellWidget(0, 1)
    reads = page.reads
    combo.setCurrentIndex(combo.findText("已到位"))
    wait_for_report(qtbot, window, page, reads)
    _, texts = department_findings(page, "教育局")
    assert not any("整建制进驻”:部分到位" in text for text in texts)


def test_opening_hours_and_the_qualifications_an_item_needs_are_edits_that_undo(sample_copy):
    """The services a planner's edits of opening hours and item qualifications go through."""
    from sqlalchemy import select

    from hallplanner.db.schema import ItemQualification, OpeningSession, ServiceItem, Venue

    db = open_database(sample_copy)
    editor = PlanEditor(db)
    with db.reading() as session:
        center = session.scalars(select(Venue.id).where(Venue.name == "厦门市政务服务中心")).one()
        item_id = session.scalars(select(ServiceItem.id).where(ServiceItem.name == "普通护照签发")).one()

    def evening():
        with db.reading() as session:
            return session.scalars(select(OpeningSession).where(OpeningSession.name == "延时服务")).first()

    created = editor.create_session({"venue_id": center, "name": "延时服务", "days": "12345",
                                     "opens": dt.time(17, 30), "closes": dt.time(19, 0)})
    assert (evening().opens, evening().closes) == (dt.time(17, 30), dt.time(19, 0))
    updated = editor.update_session(evening().id, evening().version, {"closes": dt.time(20, 0)})
    assert evening().closes == dt.time(20, 0)
    editor.undo(updated)
    assert evening().closes == dt.time(19, 0)
    deleted = editor.delete_session(evening().id)
    assert evening() is None
    editor.undo(deleted)
    assert evening().closes == dt.time(19, 0), "the deleted session is back"
    assert created.label == "新增开放时段“延时服务”"

    edit = editor.set_item_qualifications(item_id, ["出入境证件签发资格", " ", "出入境证件签发资格"])
    with db.reading() as session:
        held = session.scalars(select(ItemQualification.qualification).where(ItemQualification.item_id == item_id))
        assert list(held) == ["出入境证件签发资格"]
    editor.undo(edit)
    with db.reading() as session:
        assert not session.scalars(select(ItemQualification).where(ItemQualification.item_id == item_id)).all()
    db.close()
