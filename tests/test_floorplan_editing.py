"""The layout editor on the 平面布局 page, driven as a planner does: add a window with the tool, resize
it by its handle, snap to a coarser grid, align and distribute, renumber a row, copy and paste,
move to another floor, draw a zone, import and scale a floor drawing, drop catalog items on a
counter, colour by load. Each gesture is one undo step; the database is checked after each, and
the geometry is the same when the plan is opened again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from hallplanner.db.database import open_database
from hallplanner.db.schema import Floor, HandlingPlace, Window, Zone
from hallplanner.domain.floorplan import snap
from hallplanner.domain.vocabulary import EntryStatus, WindowKind, ZoneKind
from hallplanner.gui.floorplan import dialogs
from hallplanner.gui.floorplan.view import ADD_WINDOW, DRAW_ZONE, SELECT
from tests.gui_helpers import CENTER, click_row, open_window, settle
from tests.test_floorplan import geometry, send_mouse, show_floorplan
from tests.test_floorplan_layout import png_file


def numbers_on_floor(db, floor_name="1层"):
    with db.reading() as session:
        rows = session.execute(select(Window.id, Window.number, Window.x, Window.y).join(Floor, Window.floor_id == Floor.id)
                               .where(Floor.name == floor_name, Window.venue.has(name=CENTER)))
        return {number: (window_id, x, y) for window_id, number, x, y in rows}


def click_at(view, metres: QPointF) -> None:
    point = QPointF(view.mapFromScene(metres * 100))
    send_mouse(view.viewport(), QEvent.Type.MouseButtonPress, point, Qt.MouseButton.LeftButton)
    send_mouse(view.viewport(), QEvent.Type.MouseButtonRelease, point, Qt.MouseButton.NoButton)


def pull(view, start_scene: QPointF, end_scene: QPointF) -> None:
    start, end = QPointF(view.mapFromScene(start_scene)), QPointF(view.mapFromScene(end_scene))
    send_mouse(view.viewport(), QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for step in range(1, 6):
        send_mouse(view.viewport(), QEvent.Type.MouseMove, start + (end - start) * step / 5, Qt.MouseButton.LeftButton)
    send_mouse(view.viewport(), QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def choose(page, *numbers):
    page.scene.clearSelection()
    for item in page.scene.counters_by_number(*numbers):
        item.setSelected(True)


@pytest.fixture
def editing(qtbot, sample_copy, messages):
    window = open_window(qtbot, sample_copy)
    page = show_floorplan(qtbot, window)
    db = open_database(sample_copy, readonly=True)
    yield window, page, db
    db.close()
    assert [text for _, text in messages if "平面.pdf" not in text] == []


def test_a_window_added_with_the_tool_resized_by_its_handle_and_undone(qtbot, editing, monkeypatch):
    window, page, db = editing
    monkeypatch.setattr(dialogs, "ask_window", lambda parent, number: dialogs.NewWindow(number, "补充窗口",
                                                                                         WindowKind.DOMAIN))
    steps = window.session.undo_stack.count()
    before = numbers_on_floor(db)
    page.view.scale(4, 4)  # a pixel a centimetre or so: the clicks land where the test says, to the grid's tenth
    page.view.centerOn(QPointF(3200, 2150))
    page.view.set_tool(ADD_WINDOW)
    click_at(page.view, QPointF(31.04, 20.96))
    settle(qtbot, window)
    [(number, (window_id, x, y))] = [(n, row) for n, row in numbers_on_floor(db).items() if n not in before]
    assert (number, x, y) == ("A09", 31.0, 21.0)  # after A08, on the 0.1 m grid
    qtbot.waitUntil(lambda: window_id in page.scene.counters and page.scene.counters[window_id].isSelected(),
                    timeout=5_000)

    page.view.set_tool(SELECT)
    item = page.scene.counters[window_id]
    corner = item.mapToScene(QPointF(200, 120))  # the corner handle of a 2 × 1.2 m counter
    pull(page.view, corner, corner + QPointF(73, 41))
    settle(qtbot, window)
    assert geometry(db, [number])[number] == (31.0, 21.0, 2.7, 1.6, 0)
    assert window.session.undo_stack.count() == steps + 2

    window.session.undo()
    settle(qtbot, window)
    assert geometry(db, [number])[number][2:4] == (2.0, 1.2)
    window.session.undo()
    settle(qtbot, window)
    assert number not in numbers_on_floor(db)


def test_a_coarser_grid_snaps_a_drag_and_snap_puts_windows_on_it(qtbot, editing):
    window, page, db = editing
    page.grid_box.setCurrentIndex(page.grid_box.findData(0.5))
    [z03] = page.scene.counters_by_number("Z03")
    choose(page, "Z03")
    start = z03.sceneBoundingRect().center()
    pull(page.view, start, start + QPointF(137, 61))
    settle(qtbot, window)
    x, y, *_ = geometry(db, ["Z03"])["Z03"]
    assert (x, y) == (snap(x, 0.5), snap(y, 0.5))

    window.session.undo()
    settle(qtbot, window)
    from hallplanner.services.editing import PlanEditor

    writer = open_database(db.location)  # a window off the grid, as an import might leave it
    PlanEditor(writer).place_windows({z03.window_id: z03.counter.placement.__class__(3.37, 2.12, 2, 1.2)})
    writer.close()
    window.session.reload()
    qtbot.waitUntil(lambda: page.scene.counters_by_number("Z03")[0].placement().x == 3.37, timeout=5_000)
    choose(page, "Z03")
    page.commands.actions["snap"].trigger()
    settle(qtbot, window)
    assert geometry(db, ["Z03"])["Z03"][:2] == (3.5, 2.0)


def test_align_and_distribute_are_one_step_each(qtbot, editing):
    window, page, db = editing
    numbers = ["A02", "A03", "A04", "A05"]
    before = geometry(db, numbers)
    for offset, item in zip((0.3, -0.2, 0.5, 0.1), page.scene.counters_by_number(*numbers)):
        item.moveBy(0, offset * 100)
    choose(page, *numbers)
    moved = {item.window_id: item.placement() for item in page.scene.counters_by_number(*numbers)}
    page.save_moves(moved, nudge=False)
    settle(qtbot, window)
    steps = window.session.undo_stack.count()

    page.commands.actions["align_top"].trigger()
    settle(qtbot, window)
    tops = {values[1] for values in geometry(db, numbers).values()}
    assert tops == {min(before[n][1] + off for n, off in zip(numbers, (0.3, -0.2, 0.5, 0.1)))}

    items = page.scene.counters_by_number(*numbers)
    items[1].moveBy(60, 0)  # uneven gaps
    page.save_moves({items[1].window_id: items[1].placement()}, nudge=False)
    settle(qtbot, window)
    page.commands.actions["distribute_x"].trigger()
    settle(qtbot, window)
    xs = sorted(values[0] for values in geometry(db, numbers).values())
    gaps = {round(b - a - 2.0, 3) for a, b in zip(xs, xs[1:])}
    assert len(gaps) == 1 and xs[0] == before["A02"][0] and xs[-1] == before["A05"][0]
    assert window.session.undo_stack.count() == steps + 3

    window.session.undo()
    settle(qtbot, window)
    assert sorted(values[0] for values in geometry(db, numbers).values())[1] == before["A03"][0] + 0.6


def test_renumbering_a_row_left_to_right_and_undo(qtbot, editing, monkeypatch):
    window, page, db = editing
    before = numbers_on_floor(db)
    monkeypatch.setattr(dialogs, "ask_renumbering", lambda parent, count, prefix, start: ("W", 1))
    choose(page, "Z04", "Z01", "Z06", "Z02", "Z03", "Z05")
    page.commands.actions["renumber"].trigger()
    settle(qtbot, window)
    after = numbers_on_floor(db)
    assert [after[f"W0{n}"][0] for n in range(1, 7)] == [before[f"Z0{n}"][0] for n in range(1, 7)]
    qtbot.waitUntil(lambda: "W01" in {item.counter.number for item in page.scene.counters.values()}, timeout=5_000)
    window.session.undo()
    settle(qtbot, window)
    assert numbers_on_floor(db) == before


def test_copy_paste_and_move_to_another_floor(qtbot, editing):
    window, page, db = editing
    before = numbers_on_floor(db)
    choose(page, "Z05", "Z06")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    after = numbers_on_floor(db)
    made = sorted(set(after) - set(before))
    assert made == ["Z07", "Z08"]
    assert after["Z07"][1:] == (before["Z05"][1] + 1, before["Z05"][2] + 1)
    qtbot.waitUntil(lambda: {item.counter.number for item in page.scene.selected_counters()} == set(made),
                    timeout=5_000)

    page.commands.move_to_floor([after[number][0] for number in made], page.venue_floors()[1].id)
    settle(qtbot, window)
    assert set(made) <= set(numbers_on_floor(db, "2层")) and not set(made) & set(numbers_on_floor(db))
    window.session.undo()
    settle(qtbot, window)
    window.session.undo()
    settle(qtbot, window)
    assert numbers_on_floor(db) == before


def test_a_zone_drawn_as_a_rectangle(qtbot, editing, monkeypatch):
    window, page, db = editing
    monkeypatch.setattr(dialogs, "ask_zone", lambda parent: dialogs.NewZone("母婴室", ZoneKind.OTHER, "#f0d0e0"))
    page.view.scale(2, 2)  # a pixel under 3 cm: the corners land on the tenth the test says
    page.view.centerOn(QPointF(3400, 2150))
    page.view.set_tool(DRAW_ZONE)
    pull(page.view, QPointF(3204, 2002), QPointF(3598, 2297))
    settle(qtbot, window)
    with db.reading() as session:  # the sample's second floor has a 母婴室 of its own
        zone = session.scalars(select(Zone).where(Zone.name == "母婴室", Zone.floor_id == page.current_floor())).one()
        assert (zone.kind, zone.colour, zone.polygon) == (ZoneKind.OTHER, "#f0d0e0",
                                                          [[32, 20], [36, 20], [36, 23], [32, 23]])
    qtbot.waitUntil(lambda: "母婴室" in {zone.name for zone in page.layout_shown.zones}, timeout=5_000)


def test_a_floor_drawing_imported_and_scaled_by_two_points(qtbot, editing, monkeypatch, tmp_path, messages):
    window, page, db = editing
    page.drawings.import_file(str(png_file(tmp_path / "一层.png", 400, 200)))
    settle(qtbot, window)
    qtbot.waitUntil(lambda: page.scene.drawing is not None, timeout=5_000)
    background = page.layout_shown.background
    assert background.width == 400 and background.source == "一层.png"

    monkeypatch.setattr(dialogs, "ask_distance", lambda parent, shown: shown * 2)  # the drawing was half size
    page.drawings.start_measuring()
    click_at(page.view, QPointF(2, 2))
    click_at(page.view, QPointF(6, 5))
    settle(qtbot, window)
    with db.reading() as session:
        floor = session.get(Floor, page.current_floor())
        assert floor.background_scale == pytest.approx(background.scale * 2, rel=0.02)
        assert (floor.background_x, floor.background_y) == pytest.approx((-2, -2), abs=0.05)  # (2, 2) stays

    page.drawings.start_shifting()  # the point at (3, 3) belongs at (4, 5)
    click_at(page.view, QPointF(3, 3))
    click_at(page.view, QPointF(4, 5))
    settle(qtbot, window)
    with db.reading() as session:
        floor = session.get(Floor, page.current_floor())
        assert (floor.background_x, floor.background_y) == pytest.approx((-1, 0), abs=0.05)
        assert floor.background_scale == pytest.approx(background.scale * 2, rel=0.02)

    bad = tmp_path / "平面.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    page.drawings.import_file(str(bad))
    settle(qtbot, window)
    assert messages == [("warning", "无法读取平面图文件 平面.pdf:PDF 文件已损坏或加密")]
    assert page.layout_shown.background.image_id == background.image_id


def test_items_dropped_on_a_counter_are_assigned_there(qtbot, editing):
    window, page, db = editing
    filters = window.catalog.filter_bar
    qtbot.mouseClick(filters.unassigned, Qt.MouseButton.LeftButton)
    filters.status.setCurrentIndex(filters.status.findData(EntryStatus.PLANNED))
    window.pages.setCurrentIndex(0)
    click_row(qtbot, window, 0)
    click_row(qtbot, window, 1, Qt.KeyboardModifier.ControlModifier)
    dragged = [item.id for item in window.catalog.selected_items()]
    mime = window.catalog.model.mimeData(window.catalog.view.selectionModel().selectedIndexes())
    window.pages.setCurrentWidget(page)
    settle(qtbot, window)
    [a04] = page.scene.counters_by_number("A04")
    steps = window.session.undo_stack.count()

    point = page.view.mapFromScene(a04.sceneBoundingRect().center())
    actions, buttons = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    for event in (QDragEnterEvent(point, actions, mime, buttons, Qt.KeyboardModifier.NoModifier),
                  QDragMoveEvent(point, actions, mime, buttons, Qt.KeyboardModifier.NoModifier),
                  QDropEvent(QPointF(point), actions, mime, buttons, Qt.KeyboardModifier.NoModifier)):
        QApplication.sendEvent(page.view.viewport(), event)
    settle(qtbot, window)

    def at_a04():
        with db.reading() as session:
            return set(session.scalars(select(HandlingPlace.item_id).where(HandlingPlace.item_id.in_(dragged),
                                                                           HandlingPlace.window_id == a04.window_id)))

    assert at_a04() == set(dragged) and len(dragged) == 2
    assert window.session.undo_stack.count() == steps + 1
    qtbot.waitUntil(lambda: page.items.count() == a04.counter.items and page.window_title.text().startswith("A04"),
                    timeout=5_000)
    window.session.undo()
    settle(qtbot, window)
    assert at_a04() == set()


def test_colour_by_load_and_findings_with_a_legend(qtbot, editing):
    window, page, db = editing
    domain_colours = {item.counter.number: page.scene.colour_of(item.counter).name()
                      for item in page.scene.counters.values()}
    assert "公安事务" in page.legend.entries
    page.colour_box.setCurrentIndex(page.colour_box.findData("load"))
    settle(qtbot, window)
    assert page.legend.entries[0] == "无办理事项" and len(page.legend.entries) == 4
    busiest = max(page.scene.counters.values(), key=lambda item: item.counter.yearly_volume)
    assert page.scene.colour_of(busiest.counter).name() == "#d9534f"
    page.colour_box.setCurrentIndex(page.colour_box.findData("findings"))
    qtbot.waitUntil(lambda: page.scene.colouring.marks is not None, timeout=20_000)
    assert page.legend.entries == ["无检查问题", "1–2 条问题", "3 条及以上问题"]
    assert {page.scene.colour_of(item.counter).name() for item in page.scene.counters.values()} != \
        set(domain_colours.values())


def test_the_geometry_survives_reopening_the_plan(qtbot, sample_copy, messages):
    window = open_window(qtbot, sample_copy)
    page = show_floorplan(qtbot, window)
    choose(page, "A06", "A07")
    page.commands.actions["align_bottom"].trigger()
    settle(qtbot, window)
    [a07] = page.scene.counters_by_number("A07")
    a07.setSelected(False)
    choose(page, "A07")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_R)
    settle(qtbot, window)
    shown = {item.counter.number: item.placement() for item in page.scene.counters.values()}
    window.close()

    again = open_window(qtbot, sample_copy)
    page = show_floorplan(qtbot, again)
    assert {item.counter.number: item.placement() for item in page.scene.counters.values()} == shown
    assert shown["A07"].rotation == 90 and messages == []


def test_floors_added_and_renamed_from_the_page(qtbot, editing, monkeypatch):
    window, page, db = editing
    names = iter(["4层", "四层"])
    monkeypatch.setattr(dialogs, "ask_floor_name", lambda parent, title, name="": next(names))
    page.commands.actions["add_floor"].trigger()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: [page.floor_box.itemText(i) for i in range(page.floor_box.count())][-1] == "4层",
                    timeout=5_000)
    page.floor_box.setCurrentIndex(page.floor_box.count() - 1)
    qtbot.waitUntil(lambda: page.layout_shown.floor.name == "4层", timeout=5_000)
    page.commands.actions["rename_floor"].trigger()
    settle(qtbot, window)
    with db.reading() as session:
        assert session.get(Floor, page.current_floor()).name == "四层"
    qtbot.waitUntil(lambda: page.floor_box.currentText() == "四层", timeout=5_000)


def test_items_dragged_over_the_floor_plan_tab_bring_the_page(qtbot, sample_copy):
    """The catalog is on the workspace page: a drag over the 平面布局 tab shows the plan to drop on."""
    window = open_window(qtbot, sample_copy)
    bar = window.pages.tabBar()
    tab = window.pages.indexOf(window.floorplan)
    assert window.pages.currentIndex() != tab
    mime = window.catalog.model.mimeData([window.catalog.model.index(0, 0)])
    point = bar.tabRect(tab).center()
    actions, buttons = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    for event in (QDragEnterEvent(point, actions, mime, buttons, Qt.KeyboardModifier.NoModifier),
                  QDragMoveEvent(point, actions, mime, buttons, Qt.KeyboardModifier.NoModifier)):
        QApplication.sendEvent(bar, event)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == tab, timeout=5_000)


def test_a_turned_window_grows_from_the_corner_opposite_its_handle(qtbot, editing):
    window, page, db = editing
    [a07] = page.scene.counters_by_number("A07")
    choose(page, "A07")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_R)
    settle(qtbot, window)
    corner = a07.mapToScene(QPointF(0, 0))
    handle = a07.mapToScene(QPointF(200, 120))
    pull(page.view, handle, handle + QPointF(-50, 40))  # turned a quarter: down the floor is wider
    settle(qtbot, window)
    x, y, width, height, rotation = geometry(db, ["A07"])["A07"]
    assert (width, height, rotation) == (2.4, 1.7, 90)
    window.session.reload()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: page.scene.counters_by_number("A07")[0].placement().width == 2.4, timeout=5_000)
    moved_corner = page.scene.counters_by_number("A07")[0].mapToScene(QPointF(0, 0))
    assert (moved_corner.x(), moved_corner.y()) == pytest.approx((corner.x(), corner.y()), abs=0.2)
