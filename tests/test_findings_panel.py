"""The findings panel, driven through its real widgets on a copy of the sample.

What the panel shows is compared with what ``check_plan`` finds on the same database,
never with counts written here: the sample is being corrected and its findings change.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from sqlalchemy import select

from hallplanner.db.database import open_database
from hallplanner.db.schema import StaffingSettings, StaffMember
from hallplanner.domain.checks import ITEM_RULES
from hallplanner.domain.findings import Severity, SubjectType
from hallplanner.domain.vocabulary import EntryStatus, VenueKind, VenueStatus, WindowKind
from hallplanner.gui.checks import panel as panel_module
from hallplanner.services.catalog import list_items, record
from hallplanner.services.checks import check_plan
from tests.gui_helpers import CENTER, drop_on, open_window, settle, stored, tree_window_index, trigger, type_text


def report_of(path, day: dt.date | None = None):
    db = open_database(path, readonly=True)
    try:
        return check_plan(db, day)
    finally:
        db.close()


def record_of(path, kind: str, row_id: int) -> dict:
    db = open_database(path, readonly=True)
    try:
        return record(db, kind, row_id)
    finally:
        db.close()


def on_show(window) -> list:
    return window.findings.model.shown_findings()


def double_click(qtbot, view, row: int) -> None:
    index = view.model().index(row, 3)
    view.scrollTo(index)
    point = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)  # a double click begins with a click
    with qtbot.waitSignal(view.doubleClicked, timeout=1000):
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_the_panel_shows_what_the_checks_find(qtbot, sample_copy):
    window = open_window(qtbot, sample_copy)
    settle(qtbot, window)
    report = report_of(sample_copy)

    assert on_show(window) == report.findings
    panel = window.findings
    assert [panel.severities[s].text() for s in Severity] == [f"{s.label} {report.count(s)}" for s in Severity]
    assert window.findings_badge.isVisible()
    assert f">{report.count(Severity.ERROR)}<" in window.findings_badge.text()
    assert f">{report.count(Severity.WARNING)}<" in window.findings_badge.text()
    first = panel.model.index(0, 0)
    assert first.data() == report.findings[0].severity.label
    assert first.data(Qt.ItemDataRole.DecorationRole) is not None, "the severity has its icon"

    checklist = panel.checklist
    assert [checklist.item(row, 0).text() for row in range(checklist.rowCount())] == \
        [row.rule.id for row in report.checklist]
    assert all(checklist.item(row, 6).text() for row in range(checklist.rowCount())), "no rule is silent"
    progress = panel.progress.departments
    assert sorted(progress.item(row, 0).text() for row in range(progress.rowCount())) == \
        sorted(row.department for row in report.progress)
    assert progress.rowCount() > 0
    assert panel.progress.domains.rowCount() == len(report.one_window)


def test_an_edit_rechecks_its_items_and_undo_brings_the_finding_back(qtbot, qtmodeltester, sample_copy,
                                                                    monkeypatch):
    whole_checks = []
    check_whole_plan = panel_module.check_whole_plan
    monkeypatch.setattr(panel_module, "check_whole_plan",
                        lambda *args: whole_checks.append(args) or check_whole_plan(*args))
    monkeypatch.setattr(panel_module, "AUTO_RECHECK_SECONDS", 0)  # only what the edit itself starts
    window = open_window(qtbot, sample_copy)
    settle(qtbot, window)
    panel = window.findings
    catalog = window.catalog.model
    # R1 tells a planned item without a center window (on time or late) to get one.
    no_window = next(f for f in on_show(window) if f.rule == "R1" and "尚未分配中心窗口" in f.message
                     and catalog.item(f.subject_id).status is EntryStatus.PLANNED
                     and not catalog.item(f.subject_id).window_names)
    item = catalog.item(no_window.subject_id)
    type_text(qtbot, window.catalog.filter_bar.search, "no such item")  # the jump clears what hides it

    double_click(qtbot, panel.table, panel.model.row_of(no_window))
    settle(qtbot, window)
    assert window.catalog.selected_items() == [item]
    assert window.detail.shows == ("item", item.id)

    general = next(w for v in window.places.venues() if v.name == CENTER for w in v.windows
                   if w.kind is WindowKind.GENERAL)
    selection = window.catalog.view.selectionModel().selectedIndexes()
    drop_on(window, window.catalog.model.mimeData(selection), tree_window_index(window, general.number))
    settle(qtbot, window)

    assert stored(sample_copy, item.name).window_names == [general.name]
    assert no_window not in on_show(window)
    after = report_of(sample_copy)
    assert [f for f in on_show(window) if f.subject_id == item.id] == \
        [f for f in after.findings if f.subject_type is SubjectType.ITEM and f.subject_id == item.id]
    assert [f for f in on_show(window) if f.rule in ITEM_RULES] == [f for f in after.findings if f.rule in ITEM_RULES]
    assert len(whole_checks) == 1, "opening checked the whole plan; the edit only its item"
    assert "复查了修改的事项" in panel.state.text()

    trigger(qtbot, window, "undo")
    assert stored(sample_copy, item.name).window_names == []
    assert no_window in on_show(window)
    assert len(whole_checks) == 1

    qtbot.mouseClick(panel.recheck, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert len(whole_checks) == 2
    assert on_show(window) == report_of(sample_copy).findings
    qtmodeltester.check(panel.model)


def test_a_change_to_a_window_checks_the_whole_plan(qtbot, sample_copy):
    window = open_window(qtbot, sample_copy)
    settle(qtbot, window)
    r8 = {f.subject_id for f in on_show(window) if f.rule == "R8"}
    sub_center = next(v for v in window.places.venues() if v.kind is VenueKind.SUB_CENTER and v.windows
                      and v.status is VenueStatus.OPEN
                      and v.id not in r8)
    assert window.places.show_window(sub_center.windows[0].id)
    settle(qtbot, window)
    form = window.detail.forms["window"]
    form.editors["kind"].setCurrentIndex(form.editors["kind"].findData(WindowKind.DOMAIN))
    with qtbot.waitSignal(window.findings.checked, timeout=20_000):
        qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    settle(qtbot, window)

    assert record_of(sample_copy, "window", sub_center.windows[0].id)["kind"] is WindowKind.DOMAIN
    assert on_show(window) == report_of(sample_copy).findings
    assert any(f.rule == "R8" and f.subject_id == sub_center.id for f in on_show(window)), \
        "a sub-center with a window that is not general (R8)"


def test_where_a_whole_check_is_slow_a_change_asks_the_planner_to_check_again(qtbot, sample_copy, monkeypatch):
    monkeypatch.setattr(panel_module, "AUTO_RECHECK_SECONDS", 0)  # as if every whole check took too long
    window = open_window(qtbot, sample_copy)
    settle(qtbot, window)
    panel = window.findings
    before = on_show(window)
    sub_center = next(v for v in window.places.venues() if v.kind is VenueKind.SUB_CENTER and v.windows
                      and v.status is VenueStatus.OPEN
                      and v.id not in {f.subject_id for f in before if f.rule == "R8"})
    assert window.places.show_window(sub_center.windows[0].id)
    settle(qtbot, window)
    form = window.detail.forms["window"]
    form.editors["kind"].setCurrentIndex(form.editors["kind"].findData(WindowKind.DOMAIN))
    with qtbot.assertNotEmitted(panel.checked, wait=200):
        qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
        settle(qtbot, window)
    assert on_show(window) == before
    assert "请重新检查" in panel.state.text()

    with qtbot.waitSignal(panel.checked, timeout=20_000):
        qtbot.mouseClick(panel.recheck, Qt.MouseButton.LeftButton)
    assert on_show(window) == report_of(sample_copy).findings != before
    assert "请重新检查" not in panel.state.text()


def test_filters_by_severity_rule_and_department(qtbot, sample_copy):
    window = open_window(qtbot, sample_copy)
    settle(qtbot, window)
    panel = window.findings
    report = report_of(sample_copy)

    panel.severities[Severity.ERROR].click()
    assert on_show(window) == [f for f in report.findings if f.severity is not Severity.ERROR]
    panel.severities[Severity.ERROR].click()

    rule = min({f.rule for f in report.findings}, key=lambda r: sum(f.rule == r for f in report.findings))
    panel.rule.setCurrentIndex(panel.rule.findData(rule))
    assert on_show(window) == [f for f in report.findings if f.rule == rule]
    panel.rule.setCurrentIndex(0)

    db = open_database(sample_copy, readonly=True)
    departments = {item.id: item.department_id for item in list_items(db)}
    venue_departments = {f.subject_id: record(db, "venue", f.subject_id)["department_id"]
                         for f in report.findings if f.subject_type is SubjectType.VENUE}
    with db.reading() as session:
        staff_departments = dict(session.execute(select(StaffMember.id, StaffMember.department_id)).all())
    db.close()

    def department_of(finding):
        return {SubjectType.ITEM: departments, SubjectType.VENUE: venue_departments,
                SubjectType.STAFF: staff_departments}.get(finding.subject_type, {}).get(finding.subject_id)

    item_departments = {department_of(f) for f in report.findings if f.subject_type is SubjectType.ITEM}
    department = next(department_of(f) for f in report.findings
                      if f.subject_type is SubjectType.VENUE and department_of(f) in item_departments)
    panel.department.setCurrentIndex(panel.department.findData(department))
    expected = [f for f in report.findings if department_of(f) == department]
    assert on_show(window) == expected
    assert {f.subject_type for f in expected} >= {SubjectType.ITEM, SubjectType.VENUE}
    shown_names = {panel.model.index(row, 4).data() for row in range(panel.model.rowCount())}
    assert len(shown_names) == 1 and shown_names != {""}, "the department column names it"


def test_double_click_on_a_venue_finding_selects_it_in_the_places_tree(qtbot, sample_copy):
    window = open_window(qtbot, sample_copy)
    settle(qtbot, window)
    panel = window.findings
    venue_finding = next(f for f in on_show(window) if f.subject_type is SubjectType.VENUE)
    window.catalog.view.selectRow(0)
    settle(qtbot, window)

    double_click(qtbot, panel.table, panel.model.row_of(venue_finding))
    settle(qtbot, window)
    assert window.places.current_venue() == venue_finding.subject_id and window.places.current_window() is None
    assert window.detail.shows == ("venue", venue_finding.subject_id)


def test_a_plan_opens_checked_on_its_reference_date_and_without_one_on_today(qtbot, sample_copy):
    """The sample describes the end of 2023: checked as of today, every deadline would have passed."""
    db = open_database(sample_copy)
    with db.transaction() as session:
        reference = session.scalar(select(StaffingSettings.reference_date))
    db.close()
    assert reference is not None and reference < dt.date.today()
    window = open_window(qtbot, sample_copy)
    settle(qtbot, window)
    assert window.findings.day() == reference
    assert report_of(sample_copy).as_of == reference
    assert on_show(window) == report_of(sample_copy, reference).findings
    assert window.session.plan_day == reference, "what the dialogs propose"

    version = stored_settings_version(sample_copy)
    window.session.edit(lambda editor: editor.update_staffing_settings(version, {"reference_date": None}))
    settle(qtbot, window)
    assert report_of(sample_copy).as_of == dt.date.today()
    assert window.session.plan_day == dt.date.today(), "the session follows the planner's change"


def stored_settings_version(path) -> int:
    db = open_database(path, readonly=True)
    with db.reading() as session:
        version = session.scalar(select(StaffingSettings.version))
    db.close()
    return version


def test_the_as_of_date_changes_the_findings(qtbot, sample_copy):
    window = open_window(qtbot, sample_copy)
    settle(qtbot, window)
    day = dt.date(2023, 10, 1)
    then, now = report_of(sample_copy, day), report_of(sample_copy)
    assert then.findings != now.findings, "the sample's plan must differ between the two days"

    with qtbot.waitSignal(window.findings.checked, timeout=20_000):
        window.findings.as_of.setDate(QDate(day.year, day.month, day.day))
    assert on_show(window) == then.findings
    progress = window.findings.progress.departments
    assert {progress.item(row, 3).text() for row in range(progress.rowCount())} == \
        {str(row.entered) for row in then.progress}


def test_the_status_bar_count_shows_the_panel(qtbot, sample_copy):
    window = open_window(qtbot, sample_copy)
    settle(qtbot, window)
    window.findings_dock.hide()
    qtbot.mouseClick(window.findings_badge, Qt.MouseButton.LeftButton)
    assert window.findings_dock.isVisible()


def test_an_item_refresh_replaces_exactly_what_the_item_checks_report(sample_path):
    """The panel replaces an edited item's findings of ``ITEM_RULES``: those must be the item checks' rules."""
    from hallplanner.domain import checks
    from hallplanner.domain.plan_rules import RULES, RuleKind
    from hallplanner.services.plan_facts import load_facts

    db = open_database(sample_path, readonly=True)
    with db.engine.connect() as connection:
        plan = load_facts(connection)
    db.close()
    item_rules, plan_rules = set(), set()
    for day in (dt.date(2023, 9, 15), dt.date(2023, 12, 1), dt.date(2024, 1, 1), dt.date.today()):
        item_rules |= {f.rule for f in checks.check_items(plan, plan.items, day)}
        states = checks.on_day_all(plan, plan.items, day)
        plan_rules |= {f.rule for f in checks.check_sub_center_windows(plan, day)}
        plan_rules |= {f.rule for f in checks.one_window_findings(checks.one_window_progress(plan, states))}
    assert item_rules and item_rules <= ITEM_RULES
    assert not plan_rules & ITEM_RULES, "a plan-wide finding would be lost when an item is checked again"
    assert all(RULES[rule].kind is RuleKind.DECIDED for rule in ITEM_RULES)


def test_closing_a_venue_on_a_day_and_a_centrally_managed_department_are_edited_in_the_detail_pane(
        qtbot, sample_copy):
    """The plan over time for venues (R1's continuity) and R1's base, edited where the records are."""
    window = open_window(qtbot, sample_copy)
    settle(qtbot, window)
    hall = next(v for v in window.places.venues() if v.kind is VenueKind.EXTENSION and v.status is VenueStatus.OPEN)
    window.detail.show_record("venue", hall.id)
    settle(qtbot, window)
    form = window.detail.forms["venue"]
    assert form.editors["closes_on"].text() == "未定"
    form.editors["closes_on"].setDate(QDate(2024, 6, 30))
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert record_of(sample_copy, "venue", hall.id)["closes_on"] == dt.date(2024, 6, 30)

    department = window.catalog.departments[0]
    window.detail.show_record("department", department.id)
    settle(qtbot, window)
    form = window.detail.forms["department"]
    form.editors["centrally_managed"].click()
    assert form.changes() == {"centrally_managed": True}
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert record_of(sample_copy, "department", department.id)["centrally_managed"] is True
    trigger(qtbot, window, "undo")
    settle(qtbot, window)
    assert not record_of(sample_copy, "department", department.id)["centrally_managed"]


def test_the_plans_deadlines_are_changed_in_the_dock_and_the_checks_follow(qtbot, sample_copy):
    from hallplanner.gui.checks.deadlines import DeadlineDialog
    from hallplanner.services.deadlines import list_deadlines

    window = open_window(qtbot, sample_copy)
    settle(qtbot, window)
    qtbot.mouseClick(window.findings.deadlines, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    dialog = window.findings.findChild(DeadlineDialog)
    row = next(i for i, d in enumerate(dialog.deadlines) if d.kind.value == "enter" and d.due_on)
    dialog.editors[row].setDate(QDate(2030, 6, 30))
    with qtbot.waitSignal(window.findings.checked, timeout=20_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        settle(qtbot, window)
    db = open_database(sample_copy, readonly=True)
    moved = next(d for d in list_deadlines(db) if d.kind.value == "enter" and d.region_id == dialog.deadlines[row].region_id
                 and d.level is dialog.deadlines[row].level)
    db.close()
    assert moved.due_on == dt.date(2030, 6, 30)
    assert on_show(window) == report_of(sample_copy).findings, "checked again against the new deadline"
    assert not [f for f in on_show(window) if "2023-12-31 已过" in f.message]

    trigger(qtbot, window, "undo")
    settle(qtbot, window)
    db = open_database(sample_copy, readonly=True)
    changed = dialog.deadlines[row]
    assert [d.due_on for d in list_deadlines(db) if d.kind.value == "enter" and d.region_id == changed.region_id
            and d.level is changed.level] == [changed.due_on]
    db.close()
