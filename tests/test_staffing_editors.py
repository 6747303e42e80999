"""The staffing page's editors of an authorization's listed items and of a venue's opening hours,
driven as a planner does: each save one edit, its finding cleared, undo bringing it back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hallplanner.db.database import open_database
from hallplanner.domain.vocabulary import AuthorizationCoverage
from hallplanner.services.staffing import staffing_report
from tests.gui_helpers import CENTER, open_window
from tests.test_staffing import department_findings, select_row, show_page, wait_for_report


def stored_person(path, name):
    db = open_database(path, readonly=True)
    try:
        return next(p for p in staffing_report(db).staff if p.name == name)
    finally:
        db.close()


def stored_sessions(path, venue=CENTER):
    db = open_database(path, readonly=True)
    try:
        report = staffing_report(db)
        venue_id = next(venue_id for venue_id, name in report.venues if name == venue)
        return {s.name: (s.days, f"{s.opens:%H:%M}", f"{s.closes:%H:%M}") for s in report.sessions
                if s.venue_id == venue_id}
    finally:
        db.close()


def visible(picker) -> list[str]:
    return [picker.list.item(row).text() for row in range(picker.list.count()) if not picker.list.item(row).isHidden()]


def test_listing_the_items_an_authorization_covers_clears_the_gap_and_undo_restores_it(qtbot, sample_copy, messages):
    window = open_window(qtbot, sample_copy)
    page = show_page(qtbot, window)
    uncovered = "授权未覆盖本部门在中心办理的 20 个事项"
    assert any(text.startswith(uncovered) for text in department_findings(page, "公安局")[1])
    select_row(page.departments, "公安局")
    select_row(page.staff, "施春梅")
    form, picker = page.form, page.form.authorized_items
    assert not picker.isEnabled(), "a category's coverage lists no items"
    form.coverage.setCurrentIndex(form.coverage.findData(AuthorizationCoverage.LISTED))
    assert picker.isEnabled() and not form.category.isEnabled()
    police = next(c for c in page.report.department_choices if c.short_name == "公安局")
    assert picker.list.count() == len(police.center_items) == 46

    picker.search.setText("护照")
    assert visible(picker) and all("护照" in text for text in visible(picker))
    picker.search.clear()
    for category in ("出入境", "车驾管"):  # the whole department, a category at a time
        picker.category.setCurrentText(category)
        qtbot.mouseClick(picker.check_category, Qt.MouseButton.LeftButton)
    picker.list.item(0).setCheckState(Qt.CheckState.Unchecked)  # one left out
    assert len(picker.checked_ids()) == 45
    reads = page.reads
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    wait_for_report(qtbot, window, page, reads)
    assert any(text.startswith("授权未覆盖本部门在中心办理的 1 个事项") for text in department_findings(page, "公安局")[1])
    stored = stored_person(sample_copy, "施春梅")
    assert stored.authorization_coverage is AuthorizationCoverage.LISTED and len(stored.authorized_items) == 45

    picker.list.item(0).setCheckState(Qt.CheckState.Checked)
    reads = page.reads
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    wait_for_report(qtbot, window, page, reads)
    assert not any("授权未覆盖" in text for text in department_findings(page, "公安局")[1])
    assert set(stored_person(sample_copy, "施春梅").authorized_items) == {item_id for item_id, *_ in police.center_items}

    for _ in range(2):
        reads = page.reads
        window.session.undo()
        wait_for_report(qtbot, window, page, reads)
    assert any(text.startswith(uncovered) for text in department_findings(page, "公安局")[1])
    stored = stored_person(sample_copy, "施春梅")
    assert stored.authorization_coverage is AuthorizationCoverage.CATEGORY and stored.authorized_items == ()
    assert messages == []


def test_opening_hours_are_edited_in_place_and_the_window_checks_follow(qtbot, sample_copy, messages):
    window = open_window(qtbot, sample_copy)
    page = show_page(qtbot, window)
    hours = page.hours
    page.tabs.setCurrentWidget(hours)
    unstaffed = "厦门市政务服务中心 B02 科技事务综合窗口"
    assert hours.venue.currentText() == CENTER
    assert [hours.table.item(row, 0).text() for row in range(hours.table.rowCount())] == ["上午", "下午"]

    def b02():
        return [str(f.message) for f in page.report.findings if f.subject == unstaffed]

    assert any(text.startswith("下午无人值守") for text in b02())
    hours.table.selectRow(1)
    assert hours.name.text() == "下午" and hours.days.text() == "12345"
    reads = page.reads
    qtbot.mouseClick(hours.delete, Qt.MouseButton.LeftButton)  # B02's only A post is the morning's
    wait_for_report(qtbot, window, page, reads)
    assert b02() == [] and set(stored_sessions(sample_copy)) == {"上午"}
    reads = page.reads
    window.session.undo()
    wait_for_report(qtbot, window, page, reads)
    assert stored_sessions(sample_copy)["下午"] == ("12345", "13:00", "17:00")
    assert any(text.startswith("下午无人值守") for text in b02())

    hours.table.clearSelection()
    hours.name.setText("延时服务")
    hours.days.setText("8")
    qtbot.mouseClick(hours.add, Qt.MouseButton.LeftButton)
    assert "1 为周一" in hours.problem.text() and "延时服务" not in stored_sessions(sample_copy)
    hours.days.setText("1-5")
    hours.opens.setTime(hours.opens.time().fromString("17:00", "HH:mm"))
    hours.closes.setTime(hours.closes.time().fromString("19:00", "HH:mm"))
    reads = page.reads
    qtbot.mouseClick(hours.add, Qt.MouseButton.LeftButton)
    wait_for_report(qtbot, window, page, reads)
    assert stored_sessions(sample_copy)["延时服务"] == ("12345", "17:00", "19:00")
    assert any(text.startswith("下午、延时服务无人值守") for text in b02())

    row = next(r for r in range(hours.table.rowCount()) if hours.table.item(r, 0).text() == "延时服务")
    hours.table.selectRow(row)
    hours.closes.setTime(hours.closes.time().fromString("20:00", "HH:mm"))
    reads = page.reads
    qtbot.mouseClick(hours.save, Qt.MouseButton.LeftButton)
    wait_for_report(qtbot, window, page, reads)
    assert stored_sessions(sample_copy)["延时服务"] == ("12345", "17:00", "20:00")
    assert hours.current_session_id() is not None and hours.name.text() == "延时服务", "the session stays chosen"
    assert messages == []


def test_the_qualification_an_item_needs_is_edited_in_place(qtbot, sample_copy, messages):
    window = open_window(qtbot, sample_copy)
    page = show_page(qtbot, window)
    editor = page.requirements
    page.tabs.setCurrentWidget(editor)
    needs = "办理“中等职业学校实习指导教师资格认定”须具备“教师资格认定”"
    assert any(text.startswith(needs) for text in department_findings(page, "教育局")[1])
    editor.department.setCurrentIndex(editor.department.findText("教育局"))
    editor.search.setText("实习指导")
    shown = [editor.items.item(r) for r in range(editor.items.count()) if not editor.items.item(r).isHidden()]
    assert [entry.text() for entry in shown] == ["中等职业学校实习指导教师资格认定:教师资格认定"]
    editor.items.setCurrentItem(shown[0])
    item_id = editor.current_item()
    assert editor.needed.text() == "教师资格认定"
    editor.needed.clear()
    reads = page.reads
    qtbot.mouseClick(editor.save, Qt.MouseButton.LeftButton)
    wait_for_report(qtbot, window, page, reads)
    assert not any(text.startswith(needs) for text in department_findings(page, "教育局")[1])
    db = open_database(sample_copy, readonly=True)
    assert item_id not in dict(staffing_report(db).item_requirements)
    db.close()
    assert editor.current_item() == item_id, "the item stays chosen"

    reads = page.reads
    window.session.undo()
    wait_for_report(qtbot, window, page, reads)
    assert any(text.startswith(needs) for text in department_findings(page, "教育局")[1])
    db = open_database(sample_copy, readonly=True)
    assert dict(staffing_report(db).item_requirements)[item_id] == ("教师资格认定",)
    db.close()
    assert messages == []
