"""Arranging windows (align, distribute, renumber, the numbers new windows take) and the layout
editor's edits on windows and floors: add, paste, renumber, move to another floor, rename a floor,
a drawing behind a floor. Each is one edit that undoes whole."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from hallplanner.db.database import open_database
from hallplanner.db.schema import AuditEntry, Floor, FloorImage, Window
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.layout import (
    Box,
    align,
    distribute,
    left_to_right,
    next_numbers,
    numbered,
    scale_from_points,
)
from hallplanner.domain.vocabulary import WindowKind
from hallplanner.exchange.floor_images import encode_png, pdf_pages, read_floor_drawing
from hallplanner.services.editing import PlanEditor
from hallplanner.services.floorplan import floor_layout, venue_floors
from hallplanner.services.floorplan_marks import floor_image, window_marks
from hallplanner.services.floorplan_views import Placement
from tests.gui_helpers import CENTER
from tests.plans import both_backends


def floors(db, venue=CENTER):
    return {floor.name: floor for found in venue_floors(db) if found.venue == venue for floor in found.floors}


def windows(db, numbers=None, venue=CENTER):
    with db.reading() as session:
        query = select(Window).where(Window.venue.has(name=venue))
        if numbers is not None:
            query = query.where(Window.number.in_(numbers))
        return {window.number: (window.id, window.floor_id, window.x, window.y, window.width, window.height,
                                window.name) for window in session.scalars(query)}


# Arithmetic.

def test_align_lines_up_by_the_covered_box_and_distribute_evens_the_gaps():
    boxes = [Box(1, 1, 2, 1), Box(4.3, 3, 2, 1), Box(9, 2, 2, 1, 90)]  # the last turned: 1 wide, 2 deep
    assert [box.bounds()[0] for box in align(boxes, "left")] == [1, 1, 1]
    assert [box.bounds()[2] for box in align(boxes, "right")] == [10.5, 10.5, 10.5]
    assert [box.bounds()[1] for box in align(boxes, "top")] == [1, 1, 1]
    assert {round(box.bounds()[3], 3) for box in align(boxes, "bottom")} == {4}
    assert [box.centre[1] for box in align(boxes, "centre_y")] == pytest.approx([2.5, 2.5, 2.5])
    spread = distribute(boxes, "x")
    gaps = [spread[1].bounds()[0] - spread[0].bounds()[2], spread[2].bounds()[0] - spread[1].bounds()[2]]
    assert gaps[0] == pytest.approx(gaps[1]) and spread[0] == boxes[0] and spread[2] == boxes[2]
    assert [box.y for box in spread] == [box.y for box in boxes]


def test_numbers_for_a_row_and_for_new_windows():
    assert numbered("A", 1, 12)[::11] == ["A01", "A12"]
    assert numbered("B", 99, 2) == ["B099", "B100"]
    assert next_numbers({"A01", "A02", "A08", "Z01"}, "A", 2) == ["A09", "A10"]
    assert next_numbers({"7"}, "", 1) == ["8"] and next_numbers(set(), "C", 1) == ["C01"]
    row = {1: Box(8, 1, 2, 1), 2: Box(2, 1.2, 2, 1), 3: Box(5, 0.9, 2, 1)}
    assert left_to_right(row) == [2, 3, 1]
    assert scale_from_points((0, 0), (3, 4), 10, 0.02) == pytest.approx(0.04)
    with pytest.raises(ValueError):
        scale_from_points((1, 1), (1, 1), 10, 0.02)


# Edits.

def test_add_and_paste_windows_each_one_edit_numbered_after_the_highest(sample_copy):
    db = open_database(sample_copy)
    editor = PlanEditor(db)
    first = floors(db)["1层"].id
    before = windows(db)
    added = editor.add_window(first, "A20", "公安补充窗口", WindowKind.DOMAIN, Placement(30, 20, 2, 1.2))
    assert windows(db, ["A20"])["A20"][1:] == (first, 30, 20, 2, 1.2, "公安补充窗口")
    with pytest.raises(HallPlannerError, match="已有窗口号“A20”"):
        editor.add_window(first, "A20", "又一个", WindowKind.DOMAIN, Placement(30, 22, 2, 1.2))
    editor.undo(added)
    assert windows(db) == before

    a01, a02 = windows(db, ["A01", "A02"]).values()
    pasted = editor.paste_windows(first, {a01[0]: Placement(30, 20, 2, 1.2), a02[0]: Placement(32.5, 20, 2, 1.2)})
    made = {number: row for number, row in windows(db).items() if number not in before}
    highest = max(int(number[1:]) for number in before if number.startswith("A"))
    assert sorted(made) == [f"A{highest + 1:02d}", f"A{highest + 2:02d}"]
    assert {row[6] for row in made.values()} == {a01[6], a02[6]}
    assert len(pasted.ids("windows")) == 2
    editor.undo(pasted)
    assert windows(db) == before
    db.close()


@both_backends
def test_renumbering_a_row_swaps_numbers_within_it_and_refuses_a_clash(plan):
    db = plan
    editor = PlanEditor(db)
    before = windows(db)
    row = [before[number][0] for number in ("A03", "A02", "A01")]  # right to left: A01 becomes A03
    edit = editor.renumber_windows(row, "A", 1)
    after = windows(db)
    assert [after[number][0] for number in ("A01", "A02", "A03")] == row
    assert {change.table for change in edit.changes} == {"windows"} and len(edit.ids("windows")) == 2
    editor.undo(edit)
    assert windows(db) == before

    with pytest.raises(HallPlannerError, match="已有窗口号“A04”"):
        editor.renumber_windows(row, "A", 4)  # A04, A05, A06: other windows hold them
    assert windows(db) == before


def test_windows_move_to_another_floor_of_their_venue_only(sample_copy):
    db = open_database(sample_copy)
    editor = PlanEditor(db)
    center_floors = floors(db)
    z01, z02 = windows(db, ["Z01", "Z02"]).values()
    edit = editor.move_windows_to_floor([z01[0], z02[0]], center_floors["2层"].id)
    assert {row[1] for row in windows(db, ["Z01", "Z02"]).values()} == {center_floors["2层"].id}
    assert "Z01" in {w.number for w in floor_layout(db, center_floors["2层"].id).windows}
    editor.undo(edit)
    assert {row[1] for row in windows(db, ["Z01", "Z02"]).values()} == {center_floors["1层"].id}

    with db.reading() as session:
        other = session.scalars(select(Window).where(~Window.venue.has(name=CENTER))).first()
        other_number = other.number
        other_id = other.id
    with pytest.raises(HallPlannerError, match=f"“{other_number}”属于另一场所"):
        editor.move_windows_to_floor([z01[0], other_id], center_floors["2层"].id)
    assert windows(db, ["Z01"])["Z01"][1] == center_floors["1层"].id
    db.close()


def test_a_floor_is_renamed_once_per_name(sample_copy):
    db = open_database(sample_copy)
    editor = PlanEditor(db)
    second = floors(db)["2层"]
    edit = editor.rename_floor(second.id, second.version, "二层")
    assert set(floors(db)) == {"1层", "二层", "3层"}
    with pytest.raises(HallPlannerError, match="已有楼层“1层”"):
        editor.rename_floor(second.id, floors(db)["二层"].version, "1层")
    editor.undo(edit)
    assert set(floors(db)) == {"1层", "2层", "3层"}
    db.close()


def png_file(path, width=40, height=20):
    pixels = bytes([200, 220, 240]) * width * height
    path.write_bytes(encode_png(width, height, width * 3, pixels))
    return path


@both_backends
def test_a_floor_drawing_is_stored_once_and_its_reference_undoes(plan, tmp_path):
    db = plan
    editor = PlanEditor(db)
    first = floors(db)["1层"].id
    drawing = read_floor_drawing(png_file(tmp_path / "一层平面.png"))
    assert (drawing.media_type, drawing.width, drawing.height) == ("image/png", 40, 20)

    edit = editor.set_floor_drawing(first, drawing, 0.5, 1, 2)
    background = floor_layout(db, first).background
    assert (background.width, background.scale, background.x, background.y, background.source) == (
        40, 0.5, 1, 2, "一层平面.png")
    assert floor_image(db, background.image_id) == ("image/png", drawing.data)
    with db.reading() as session:  # the bytes stay out of the audit trail
        assert not session.scalar(select(func.count()).select_from(AuditEntry)
                                  .where(AuditEntry.entity == "floor_images"))
    placed = editor.place_floor_drawing(first, 0.25, 3, 4)
    assert floor_layout(db, first).background.scale == 0.25
    with pytest.raises(HallPlannerError, match="底图比例"):
        editor.place_floor_drawing(first, 0, 3, 4)

    editor.set_floor_drawing(floors(db)["2层"].id, drawing, 0.1)  # the same image: stored once
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(FloorImage)) == 1
    editor.undo(placed)
    assert floor_layout(db, first).background.scale == 0.5
    editor.undo(edit)
    with db.reading() as session:
        assert session.get(Floor, first).background_id is None


def test_drawings_from_png_jpeg_and_a_pdf_page_and_a_clear_refusal(tmp_path, qapp):
    from PySide6.QtGui import QColor, QImage
    from reportlab.pdfgen import canvas

    image = QImage(64, 32, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    assert image.save(str(tmp_path / "plan.jpg"), "JPEG")
    assert (read_floor_drawing(tmp_path / "plan.jpg").width, read_floor_drawing(tmp_path / "plan.jpg").height) == (64, 32)

    pdf = canvas.Canvas(str(tmp_path / "plan.pdf"), pagesize=(720, 360))
    pdf.drawString(100, 100, "page 1")
    pdf.showPage()
    pdf.drawString(100, 100, "page 2")
    pdf.showPage()
    pdf.save()
    assert pdf_pages(tmp_path / "plan.pdf") == 2
    page = read_floor_drawing(tmp_path / "plan.pdf", 2)
    assert (page.media_type, page.width, page.height, page.source) == ("image/png", 1500, 750, "plan.pdf p.2")
    assert QImage.fromData(page.data).size().width() == 1500  # a PNG Qt decodes

    (tmp_path / "notes.txt").write_text("一层平面")
    with pytest.raises(HallPlannerError, match="无法读取平面图文件 notes.txt:不是 PNG、JPEG 或 PDF 文件"):
        read_floor_drawing(tmp_path / "notes.txt")
    with pytest.raises(HallPlannerError, match="plan.pdf:PDF 没有第 3 页"):
        read_floor_drawing(tmp_path / "plan.pdf", 3)
    (tmp_path / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 8)
    with pytest.raises(HallPlannerError, match="PNG 文件已损坏"):
        read_floor_drawing(tmp_path / "broken.png")


def test_window_marks_count_findings_and_staffing_by_window(sample_copy):
    db = open_database(sample_copy, readonly=True)
    first = floors(db)["1层"].id
    marks = window_marks(db, first)
    ids = {row[0] for row in windows(db).values() if row[1] == first}
    assert set(marks.staffing) <= ids and set(marks.findings) <= ids
    assert set(marks.staffing.values()) <= {"error", "warning", "info"}
    db.close()
