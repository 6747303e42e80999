"""The floor plan: floors and zones as data, windows placed as one undoable edit, the layout page
(drag, nudge, undo) and the low-counter check of GB 55019-2021 §3.6.1."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from hallplanner.db.database import open_database
from hallplanner.db.schema import Floor, Window, Zone
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.findings import Severity, SubjectType
from hallplanner.domain.floorplan import LOW_COUNTER_RULE, snap
from hallplanner.domain.vocabulary import ZoneKind
from hallplanner.services.editing import PlanEditor
from hallplanner.services.floorplan import floor_layout, floorplan_findings, venue_floors, window_load
from hallplanner.services.floorplan_views import Placement
from tests.gui_helpers import CENTER, open_window, settle
from tests.plans import both_backends

FIRST_FLOOR = "1层"


def geometry(db, numbers, venue=CENTER):
    """Each window's (x, y, width, height, rotation) as the database holds it."""
    with db.reading() as session:
        rows = session.scalars(select(Window).where(Window.number.in_(numbers), Window.venue.has(name=venue)))
        return {window.number: (window.x, window.y, window.width, window.height, window.rotation) for window in rows}


def floor_id(db, name=FIRST_FLOOR, venue=CENTER):
    return next(floor.id for found in venue_floors(db) if found.venue == venue for floor in found.floors
                if floor.name == name)


def findings(db, rule=None):
    with db.reading() as session:
        return [finding for finding in floorplan_findings(session, None) if rule in (None, finding.rule)]


# Services.

def test_the_sample_center_has_three_floors_with_zones_and_passes_the_checks(sample_path):
    db = open_database(sample_path, readonly=True)
    [center] = venue_floors(db)
    assert center.venue == CENTER and [floor.name for floor in center.floors] == ["1层", "2层", "3层"]
    layout = floor_layout(db, center.floors[0].id)
    kinds = {zone.kind for zone in layout.zones}
    assert {ZoneKind.GENERAL, ZoneKind.WAITING} <= kinds
    assert {window.number for window in layout.windows} >= {"Z01", "Z06", "A01", "A08"}
    assert any(window.low_counter for window in layout.windows)
    police = next(window for window in layout.windows if window.number == "A01")
    load = window_load(db, police.id)
    assert police.items == len(load.items) > 0
    assert police.yearly_volume == sum(item.yearly_volume for item in load.items)
    assert findings(db) == []
    db.close()


@both_backends
def test_moving_many_windows_is_one_edit_and_undo_puts_them_back(plan):
    numbers = ["Z01", "Z02", "Z03"]
    before = geometry(plan, numbers)
    layout = floor_layout(plan, floor_id(plan))
    chosen = {window.id: window for window in layout.windows if window.number in numbers}
    editor = PlanEditor(plan)

    edit = editor.place_windows({window_id: Placement(window.placement.x + 1.5, window.placement.y + 10, 2.4, 1.5, 90)
                                 for window_id, window in chosen.items()})

    assert edit.ids("windows") == set(chosen) and {change.table for change in edit.changes} == {"windows"}
    moved = geometry(plan, numbers)
    assert moved == {number: (x + 1.5, y + 10, 2.4, 1.5, 90) for number, (x, y, *_) in before.items()}
    redo = editor.undo(edit)
    assert geometry(plan, numbers) == before
    editor.undo(redo)
    assert geometry(plan, numbers) == moved


def test_two_moves_of_one_window_are_undone_in_turn(sample_copy):
    """Undoing the later move leaves the row as the earlier one left it (with a new version): the
    earlier move can be undone next. A colleague's move in between still refuses the undo."""
    db = open_database(sample_copy)
    editor = PlanEditor(db)
    [a02] = [window for window in floor_layout(db, floor_id(db)).windows if window.number == "A02"]
    before = geometry(db, ["A02"])
    first = editor.place_windows({a02.id: Placement(23, 7, 2, 1.2)})
    second = editor.place_windows({a02.id: Placement(26, 8, 2, 1.2, 90)})
    editor.undo(second)
    assert geometry(db, ["A02"])["A02"] == (23, 7, 2, 1.2, 0)
    editor.undo(first)
    assert geometry(db, ["A02"]) == before

    again = editor.place_windows({a02.id: Placement(30, 7, 2, 1.2)})
    PlanEditor(db, actor="同事").place_windows({a02.id: Placement(31, 7, 2, 1.2)})
    with pytest.raises(HallPlannerError, match="已被他人修改"):
        editor.undo(again)
    assert geometry(db, ["A02"])["A02"][:2] == (31, 7)
    db.close()


def test_a_refused_placement_changes_nothing(sample_copy):
    db = open_database(sample_copy)
    layout = floor_layout(db, floor_id(db))
    first, second = layout.windows[:2]
    before = geometry(db, [first.number, second.number])
    with pytest.raises(HallPlannerError, match="宽和深"):
        PlanEditor(db).place_windows({first.id: Placement(1, 1, 2, 1.2), second.id: Placement(1, 1, 0, 1.2)})
    assert geometry(db, [first.number, second.number]) == before
    db.close()


def test_zones_are_added_renamed_reshaped_and_deleted_each_one_undo_step(sample_copy):
    db = open_database(sample_copy)
    editor = PlanEditor(db)
    floor = floor_id(db, "2层")

    def zone_row(zone_id):
        with db.reading() as session:
            row = session.get(Zone, zone_id)
            return None if row is None else (row.name, row.kind, row.polygon, row.version)

    added = editor.add_zone(floor, "母婴室", ZoneKind.OTHER, "#f0d0e0", [(34, 9), (38, 9), (38, 12), (34, 12)])
    [zone_id] = added.ids("zones")
    zone = next(zone for zone in floor_layout(db, floor).zones if zone.id == zone_id)
    assert (zone.name, zone.kind, zone.polygon) == ("母婴室", ZoneKind.OTHER, ((34, 9), (38, 9), (38, 12), (34, 12)))
    editor.undo(added)
    assert zone_row(zone_id) is None

    [zone_id] = editor.add_zone(floor, "母婴室", ZoneKind.OTHER, "#f0d0e0", [(34, 9), (38, 9), (38, 12)]).ids("zones")
    first = zone_row(zone_id)
    editor.undo(editor.rename_zone(zone_id, first[3], "母婴室(哺乳)"))
    assert zone_row(zone_id)[:3] == first[:3]
    with pytest.raises(HallPlannerError, match="三个角点"):
        editor.reshape_zone(zone_id, zone_row(zone_id)[3], [(1, 1), (2, 2)])
    reshaped = editor.reshape_zone(zone_id, zone_row(zone_id)[3], [(34, 9), (40, 9), (40, 12)])
    assert zone_row(zone_id)[2] == [[34, 9], [40, 9], [40, 12]]
    editor.undo(reshaped)
    assert zone_row(zone_id)[:3] == first[:3]
    deleted = editor.delete_zone(zone_id)
    assert zone_row(zone_id) is None
    editor.undo(deleted)
    assert zone_row(zone_id)[:3] == first[:3]
    db.close()


def test_a_zone_and_a_hall_without_a_low_counter_are_findings(sample_copy):
    db = open_database(sample_copy)
    editor = PlanEditor(db)
    with db.reading() as session:
        police_low = session.scalars(select(Window.id).where(Window.number == "A08", Window.venue.has(name=CENTER))).one()
    editor.set_low_counter([police_low], False)

    [finding] = findings(db, LOW_COUNTER_RULE)
    assert (finding.rule, finding.severity, finding.subject_type) == (LOW_COUNTER_RULE, Severity.ERROR,
                                                                       SubjectType.VENUE)
    assert finding.subject == f"{CENTER} 1层 公安事务区" and "A01" in finding.message and "A08" in finding.message
    assert "GB 55019-2021" in finding.section

    # Moving the other zone's low counter (Z06) into the police zone mends the police zone but empties its own.
    layout = floor_layout(db, floor_id(db))
    z06 = next(window for window in layout.windows if window.number == "Z06")
    editor.place_windows({z06.id: Placement(39, 2, 2, 1.2)})
    [finding] = findings(db, LOW_COUNTER_RULE)
    assert finding.subject == f"{CENTER} 1层 无差别综合受理区"

    # No low counter on the whole floor: the hall's finding, once.
    editor.set_low_counter([z06.id], False)
    [finding] = findings(db, LOW_COUNTER_RULE)
    assert finding.subject == f"{CENTER} 1层" and str(len(layout.windows)) in finding.message
    db.close()


def test_snapping_keeps_to_the_tenth_of_a_metre():
    assert [snap(value) for value in (0.04, 0.06, 1.249, 2.35, -0.26)] == [0.0, 0.1, 1.2, 2.4, -0.3]
    assert snap(0.1 + 0.2) == 0.3


# The page.

def show_floorplan(qtbot, window):
    page = window.floorplan
    window.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.layout_shown is not None, timeout=20_000)
    settle(qtbot, window)
    return page


def send_mouse(widget, kind, point, buttons):
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(kind, QPointF(point), widget.mapToGlobal(QPointF(point)), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def drag(qtbot, view, item, by):
    """Press on ``item``, move in steps by ``by`` view pixels, release: as a planner's mouse does."""
    start = QPointF(view.mapFromScene(item.sceneBoundingRect().center()))
    viewport = view.viewport()
    send_mouse(viewport, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for step in range(1, 6):
        send_mouse(viewport, QEvent.Type.MouseMove, start + by * step / 5, Qt.MouseButton.LeftButton)
    send_mouse(viewport, QEvent.Type.MouseButtonRelease, start + by, Qt.MouseButton.NoButton)


def test_dragging_two_windows_saves_one_step_on_the_grid_and_undo_restores(qtbot, sample_copy, messages):
    window = open_window(qtbot, sample_copy)
    page = show_floorplan(qtbot, window)
    view = page.view
    z01, z02 = page.scene.counters_by_number("Z01", "Z02")
    z01.setSelected(True)
    z02.setSelected(True)
    steps = window.session.undo_stack.count()
    db = open_database(sample_copy, readonly=True)
    before = geometry(db, ["Z01", "Z02"])

    drag(qtbot, view, z01, QPointF(137, 61))
    settle(qtbot, window)
    assert messages == []

    assert window.session.undo_stack.count() == steps + 1
    after = geometry(db, ["Z01", "Z02"])
    dx, dy = after["Z01"][0] - before["Z01"][0], after["Z01"][1] - before["Z01"][1]
    assert dx > 0 and dy > 0  # it moved as the mouse did
    assert after["Z02"][:2] == pytest.approx((before["Z02"][0] + dx, before["Z02"][1] + dy))
    for x, y, *_ in after.values():
        assert (x, y) == (snap(x), snap(y))  # on the grid
    assert page.scene.counters_by_number("Z01")[0].placement().x == after["Z01"][0]

    window.session.undo()
    settle(qtbot, window)
    assert geometry(db, ["Z01", "Z02"]) == before
    qtbot.waitUntil(lambda: z01.placement().x == before["Z01"][0], timeout=5_000)  # the page follows

    # Two drags of one window, undone in turn.
    z02.setSelected(False)
    drag(qtbot, view, z01, QPointF(0, 60))
    settle(qtbot, window)
    drag(qtbot, view, z01, QPointF(0, 60))
    settle(qtbot, window)
    assert geometry(db, ["Z01"])["Z01"][1] > before["Z01"][1] + 2
    window.session.undo()
    settle(qtbot, window)
    window.session.undo()
    settle(qtbot, window)
    assert messages == [] and geometry(db, ["Z01"]) == {"Z01": before["Z01"]}
    db.close()


def test_repeated_nudges_of_one_selection_are_one_undo_step(qtbot, sample_copy, messages):
    window = open_window(qtbot, sample_copy)
    page = show_floorplan(qtbot, window)
    [a03] = page.scene.counters_by_number("A03")
    a03.setSelected(True)
    page.view.setFocus()
    steps = window.session.undo_stack.count()
    db = open_database(sample_copy, readonly=True)
    [(x, y, *_)] = geometry(db, ["A03"]).values()

    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Down):
        qtbot.keyClick(page.view, key)
    settle(qtbot, window)
    qtbot.keyClick(page.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)  # 1 m
    settle(qtbot, window)

    assert geometry(db, ["A03"])["A03"][:2] == pytest.approx((x + 1.3, y + 0.1))
    assert window.session.undo_stack.count() == steps + 1
    # Another selection starts a step of its own.
    a03.setSelected(False)
    [a04] = page.scene.counters_by_number("A04")
    a04.setSelected(True)
    qtbot.keyClick(page.view, Qt.Key.Key_Left)
    settle(qtbot, window)
    assert window.session.undo_stack.count() == steps + 2

    window.session.undo()
    settle(qtbot, window)
    window.session.undo()
    settle(qtbot, window)
    assert geometry(db, ["A03"])["A03"][:2] == pytest.approx((x, y))
    window.session.redo()
    settle(qtbot, window)
    assert geometry(db, ["A03"])["A03"][:2] == pytest.approx((x + 1.3, y + 0.1))
    db.close()


def test_selecting_a_window_shows_its_items_and_load(qtbot, sample_copy, messages):
    window = open_window(qtbot, sample_copy)
    page = show_floorplan(qtbot, window)
    [a01] = page.scene.counters_by_number("A01")
    a01.setSelected(True)
    settle(qtbot, window)
    assert page.window_title.text() == "A01 公安事务综合窗口"
    assert f"{a01.counter.yearly_volume:,}" in page.facts.text()
    assert page.items.count() == a01.counter.items > 0

    page.floor_box.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.layout_shown.floor.name == "2层", timeout=5_000)
    assert "C01" in {item.counter.number for item in page.scene.counters.values()}


def test_the_side_panel_makes_a_low_counter_and_the_finding_follows(qtbot, sample_copy, messages):
    window = open_window(qtbot, sample_copy)
    page = show_floorplan(qtbot, window)
    [a08] = page.scene.counters_by_number("A08")
    a08.setSelected(True)
    settle(qtbot, window)
    assert page.low_counter.isChecked()

    page.low_counter.click()  # A08 no longer a low counter: the police zone has none
    settle(qtbot, window)
    db = open_database(sample_copy, readonly=True)
    [finding] = findings(db)
    assert finding.subject.endswith("公安事务区")
    qtbot.waitUntil(lambda: not page.scene.counters_by_number("A08")[0].counter.low_counter, timeout=5_000)

    window.session.undo()
    settle(qtbot, window)
    assert findings(db) == []
    db.close()


def test_a_zone_is_renamed_and_deleted_from_the_plan(qtbot, sample_copy, messages, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    window = open_window(qtbot, sample_copy)
    page = show_floorplan(qtbot, window)
    waiting = next(zone for zone in page.layout_shown.zones if zone.name == "等候区")
    point = QPointF(waiting.polygon[0][0] * 100 + 300, waiting.polygon[0][1] * 100 + 300)
    assert page.scene.zone_at(point) == waiting

    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("一楼等候区", True))
    page.rename_zone(waiting.id)
    settle(qtbot, window)
    db = open_database(sample_copy, readonly=True)
    with db.reading() as session:
        assert session.get(Zone, waiting.id).name == "一楼等候区"
    qtbot.waitUntil(lambda: "一楼等候区" in {zone.name for zone in page.layout_shown.zones}, timeout=5_000)

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    page.delete_zone(waiting.id)
    settle(qtbot, window)
    with db.reading() as session:
        assert session.get(Zone, waiting.id) is None
    window.session.undo()
    settle(qtbot, window)
    with db.reading() as session:
        assert session.get(Zone, waiting.id).name == "一楼等候区"
    db.close()


def test_r_turns_the_selected_windows_a_quarter_turn_in_one_step(qtbot, sample_copy, messages):
    window = open_window(qtbot, sample_copy)
    page = show_floorplan(qtbot, window)
    for item in page.scene.counters_by_number("A05", "A06"):
        item.setSelected(True)
    page.view.setFocus()
    steps = window.session.undo_stack.count()
    db = open_database(sample_copy, readonly=True)
    before = geometry(db, ["A05", "A06"])

    qtbot.keyClick(page.view, Qt.Key.Key_R)
    settle(qtbot, window)
    assert {number: values[4] for number, values in geometry(db, ["A05", "A06"]).items()} == {"A05": 90, "A06": 90}
    assert window.session.undo_stack.count() == steps + 1
    qtbot.keyClick(page.view, Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, window)
    assert geometry(db, ["A05", "A06"]) == before
    window.session.undo()
    settle(qtbot, window)
    window.session.undo()
    settle(qtbot, window)
    assert geometry(db, ["A05", "A06"]) == before and messages == []
    db.close()


def test_a_floor_is_added_once_per_name_and_the_addition_undoes(sample_copy):
    db = open_database(sample_copy)
    editor = PlanEditor(db)
    with db.reading() as session:
        venue_id = session.scalars(select(Floor.venue_id).where(Floor.id == floor_id(db))).one()
    edit = editor.add_floor(venue_id, " 4层 ", 4)
    with db.reading() as session:
        assert session.scalars(select(Floor.name).where(Floor.venue_id == venue_id, Floor.level == 4)).one() == "4层"
    with pytest.raises(HallPlannerError, match="已有楼层“4层”"):
        editor.add_floor(venue_id, "4层", 5)
    editor.undo(edit)
    with db.reading() as session:
        assert not session.scalars(select(Floor).where(Floor.venue_id == venue_id, Floor.level == 4)).all()
    db.close()
