"""The floor-plan checks beyond the low counter, each fault planted on a copy of the sample (which has
none): a public route narrower than the floor's minimum, a low counter without its accessibility sign,
a back office inside a window zone. Plus the geometry they stand on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from hallplanner.db.database import open_database
from hallplanner.db.schema import Floor, Window
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.findings import Severity, SubjectType
from hallplanner.domain.floorplan_checks import BACK_OFFICE_RULE, ROUTE_RULE, SIGN_RULE
from hallplanner.domain.hall_geometry import clear_distance, counter_corners, shared_area
from hallplanner.domain.plan_rules import RULES
from hallplanner.domain.vocabulary import ZoneKind
from hallplanner.services.checks import check_plan
from hallplanner.services.editing import PlanEditor
from hallplanner.services.floorplan import floorplan_findings
from hallplanner.services.floorplan_views import Placement
from tests.gui_helpers import CENTER, open_window, settle, tree_window_index


def findings(db):
    with db.reading() as session:
        return floorplan_findings(session, None)


def window(db, number):
    with db.reading() as session:
        return session.scalars(select(Window).where(Window.number == number, Window.venue.has(name=CENTER))).one()


def first_floor(db):
    with db.reading() as session:
        return session.scalars(select(Floor).where(Floor.name == "1层", Floor.venue.has(name=CENTER))).one()


def test_a_counter_facing_another_across_a_narrow_aisle_is_a_finding_until_the_floor_allows_it(sample_copy):
    db = open_database(sample_copy)
    editor = PlanEditor(db)
    a01, a02 = window(db, "A01"), window(db, "A02")
    assert findings(db) == []
    # A02 turned round, facing A01 across 1.5 m: A01's front is at y 5.2, A02's at 6.7.
    moved = editor.place_windows({a02.id: Placement(a01.x, 6.7, 2, 1.2, 180)})

    found = {finding.subject_id: finding for finding in findings(db)}
    assert set(found) == {a01.id, a02.id}
    finding = found[a01.id]
    assert (finding.rule, finding.severity, finding.subject_type) == (ROUTE_RULE, Severity.ERROR, SubjectType.WINDOW)
    assert finding.subject == f"{CENTER} 1层 A01 公安事务综合窗口"
    assert "1.50" in finding.message and "1.80" in finding.message and "A02" in finding.message
    assert finding.section == "GB 55019-2021 §2.2.2" == RULES[ROUTE_RULE].section

    # The planner reads the floor as not crowded: 1.20 m is the standard's minimum, and 1.5 m passes.
    floor = first_floor(db)
    with pytest.raises(HallPlannerError, match="1.20"):
        editor.set_route_width(floor.id, floor.version, 1.0)
    allowed = editor.set_route_width(floor.id, floor.version, 1.2)
    assert first_floor(db).route_width == 1.2 and findings(db) == []
    editor.undo(allowed)
    assert first_floor(db).route_width is None and {f.subject_id for f in findings(db)} == {a01.id, a02.id}

    # A counter standing right in front of another leaves no route at all; the whole check reports it too.
    editor.undo(moved)
    editor.place_windows({a02.id: Placement(a01.x, 5.2, 2, 1.2)})  # right behind A01, facing the same way
    [blocked] = [finding for finding in check_plan(db).findings if finding.rule == ROUTE_RULE]
    assert blocked.subject_id == a01.id and "0.00" in blocked.message
    db.close()


def test_a_counter_beside_another_in_its_row_is_no_finding(sample_copy):
    """Neighbours in a row touch each other's sides: they stand beside the route, not on it."""
    db = open_database(sample_copy)
    a01, a02 = window(db, "A01"), window(db, "A02")
    PlanEditor(db).place_windows({a02.id: Placement(a01.x + a01.width, a01.y, 2, 1.2)})
    assert findings(db) == []
    db.close()


def test_a_low_counter_without_its_sign_is_a_finding(sample_copy):
    db = open_database(sample_copy)
    editor = PlanEditor(db)
    a08 = window(db, "A08")
    assert a08.low_counter and a08.accessibility_sign
    unsigned = editor.set_accessibility_sign([a08.id], False)

    [finding] = findings(db)
    assert (finding.rule, finding.severity, finding.subject_type, finding.subject_id) == (
        SIGN_RULE, Severity.ERROR, SubjectType.WINDOW, a08.id)
    assert "无障碍标识" in finding.message and finding.section.startswith("GB 55019-2021 §4.0.1")
    editor.undo(unsigned)
    assert findings(db) == []
    # An ordinary counter needs no sign.
    editor.set_accessibility_sign([window(db, "A01").id], False)
    assert findings(db) == []
    db.close()


def test_a_back_office_inside_the_window_zone_is_a_warning(sample_copy):
    db = open_database(sample_copy)
    editor = PlanEditor(db)
    floor = first_floor(db)
    # A back room in the police zone's far end (x 35–41, y 2.4–4), over the counters A07 and A08.
    added = editor.add_zone(floor.id, "档案室", ZoneKind.BACK_OFFICE, "#dddddd", [(35, 2.4), (41, 2.4), (41, 4), (35, 4)])

    [finding] = findings(db)
    assert (finding.rule, finding.severity, finding.subject_type) == (BACK_OFFICE_RULE, Severity.WARNING,
                                                                       SubjectType.VENUE)
    assert finding.subject == f"{CENTER} 1层 档案室" and "公安事务区" in finding.message and "9.6" in finding.message
    assert "DB32/T 2981" in finding.section
    editor.undo(added)
    assert findings(db) == []

    # Behind the window zones, as the sample's own back offices are: no finding.
    editor.add_zone(floor.id, "档案室", ZoneKind.BACK_OFFICE, "#dddddd", [(35, -3), (41, -3), (41, 0), (35, 0)])
    assert findings(db) == []
    db.close()


def test_a_back_office_in_front_of_a_counter_narrows_its_route(sample_copy):
    db = open_database(sample_copy)
    floor = first_floor(db)
    z01 = window(db, "Z01")  # at x 2–4, its front at y 5.2
    PlanEditor(db).add_zone(floor.id, "库房", ZoneKind.BACK_OFFICE, "#dddddd", [(2.5, 6), (3.5, 6), (3.5, 8), (2.5, 8)])
    by_rule = {finding.rule: finding for finding in findings(db)}
    assert set(by_rule) == {ROUTE_RULE, BACK_OFFICE_RULE}  # it stands in the general zone, too
    assert by_rule[ROUTE_RULE].subject_id == z01.id and "0.80" in by_rule[ROUTE_RULE].message
    assert "库房" in by_rule[ROUTE_RULE].message
    db.close()


# The geometry.

def test_a_turned_counter_faces_where_its_lower_edge_turns():
    corners = counter_corners(0, 0, 2, 1.2, 90)  # turned a quarter clockwise (as drawn): it faces left
    wall_left = [(-4, -1), (-2, -1), (-2, 3), (-4, 3)]
    wall_below = [(-1, 3), (3, 3), (3, 5), (-1, 5)]
    front = (corners[2], corners[3])
    assert clear_distance(front, 5, wall_left, 0.05) == pytest.approx(2.4)
    assert clear_distance(front, 5, wall_below, 0.05) is None
    assert clear_distance(front, 2.4, wall_left, 0.05) is None  # just out of reach


def test_shared_area_of_concave_and_touching_polygons():
    ell = [(1, 9), (30, 9), (30, 14), (18, 14), (18, 18), (1, 18)]
    assert shared_area(ell, [(10, 15), (30, 15), (30, 18), (10, 18)]) == pytest.approx(24)
    assert shared_area([(10, 15), (30, 15), (30, 18), (10, 18)], ell) == pytest.approx(24)
    square = [(0, 0), (2, 0), (2, 2), (0, 2)]
    assert shared_area(square, square) == pytest.approx(4)
    assert shared_area(square, [(2, 0), (4, 0), (4, 2), (2, 2)]) == pytest.approx(0)


def test_the_window_form_records_a_low_counter_and_its_sign(qtbot, sample_copy):
    """The planner records the sign in the window's detail form: the finding comes and goes with it."""
    window_ = open_window(qtbot, sample_copy)
    tree = window_.places.tree
    index = tree_window_index(window_, "A08")
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())
    settle(qtbot, window_)
    form = window_.detail.forms["window"]
    low, sign = form.editors["low_counter"], form.editors["accessibility_sign"]
    assert low.isChecked() and sign.isChecked()
    qtbot.mouseClick(sign, Qt.MouseButton.LeftButton, pos=QPoint(6, sign.height() // 2))  # on the box
    assert not sign.isChecked()
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    settle(qtbot, window_)
    db = open_database(sample_copy, readonly=True)
    assert not window(db, "A08").accessibility_sign
    assert [(finding.rule, finding.subject_id) for finding in findings(db)] == [(SIGN_RULE, window(db, "A08").id)]
    db.close()


def test_the_floor_plan_page_sets_a_floors_route_width_in_one_undo_step(qtbot, sample_copy):
    """楼层与底图 → 公共通道最小净宽…: the planner reads the floor as not crowded; its findings follow."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QDoubleSpinBox

    from tests.test_floorplan import show_floorplan

    db = open_database(sample_copy)
    a01, a02 = window(db, "A01"), window(db, "A02")
    PlanEditor(db).place_windows({a02.id: Placement(a01.x, 6.7, 2, 1.2, 180)})  # facing A01 across 1.5 m
    assert {finding.subject_id for finding in findings(db)} == {a01.id, a02.id}
    db.close()

    main = open_window(qtbot, sample_copy)
    page = show_floorplan(qtbot, main)
    assert page.layout_shown.floor.name == "1层" and page.layout_shown.floor.route_width is None
    steps = main.session.undo_stack.count()

    def answer() -> None:  # the real dialog: leave the preset, type 1.20 m, OK
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        preset = dialog.findChild(QCheckBox, "routeWidthPreset")
        assert preset.isChecked()
        preset.setChecked(False)
        dialog.findChild(QDoubleSpinBox, "routeWidth").setValue(1.2)
        dialog.accept()

    QTimer.singleShot(0, answer)
    page.commands.actions["route_width"].trigger()
    settle(qtbot, main)
    qtbot.waitUntil(lambda: page.layout_shown.floor.route_width == 1.2, timeout=5_000)
    assert main.session.undo_stack.count() == steps + 1
    db = open_database(sample_copy, readonly=True)
    assert first_floor(db).route_width == 1.2 and findings(db) == []

    main.session.undo()
    settle(qtbot, main)
    assert first_floor(db).route_width is None and {f.subject_id for f in findings(db)} == {a01.id, a02.id}
    db.close()
    main.close()
