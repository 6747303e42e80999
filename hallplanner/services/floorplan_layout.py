"""The layout editor's edits on windows and floors beyond placing them (``floorplan.FloorplanEdits``):
add a window, paste copies, renumber a row, move windows to another floor, rename a floor, and
lay a drawing behind a floor with its scale.

Each is one transaction and one undo step, however many windows. A floor's drawing is stored
once per distinct image (``FloorImage``, written through Core so its bytes stay out of the audit
trail and the undo record); the floor's reference to it, its position and scale are the edit.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from hallplanner.db.schema import Floor, FloorImage, Window
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.floorplan import geometry_problems
from hallplanner.domain.layout import FloorDrawing, next_numbers, numbered, renumber_problems, split_number
from hallplanner.domain.messages import Message, message
from hallplanner.domain.validation import ValidationError, check, named_problems
from hallplanner.domain.vocabulary import WindowKind
from hallplanner.services.editor import Edit, EditorBase
from hallplanner.services.floorplan import FLOOR_FIELDS
from hallplanner.services.floorplan_views import Placement
from hallplanner.services.places import WINDOW_FIELDS

SCALE_RANGE = (1e-4, 10.0)  # metres a pixel: from a scan at 10,000 dpi to a sketch


def _place(window: Window, placement: Placement) -> None:
    check(geometry_problems(placement.width, placement.height, placement.x, placement.y, placement.rotation))
    window.x, window.y = placement.x, placement.y
    window.width, window.height, window.rotation = placement.width, placement.height, placement.rotation % 360


def _venue_numbers(session: Session, venue_id: int, leaving: Sequence[int] = ()) -> set[str]:
    query = select(Window.number).where(Window.venue_id == venue_id)
    if leaving:
        query = query.where(Window.id.not_in(leaving))
    return set(session.scalars(query))


class LayoutEdits(EditorBase):
    def add_window(self, floor_id: int, number: str, name: str, kind: WindowKind, placement: Placement) -> Edit:
        """A new window standing on ``floor_id`` (of that floor's venue)."""

        def work(session: Session) -> Message:
            check(named_problems({"number": number, "name": name}, WINDOW_FIELDS))
            floor = self._get(session, Floor, floor_id)
            if number.strip() in _venue_numbers(session, floor.venue_id):
                raise ValidationError([message("places", "该场所已有窗口号“{number}”").format(number=number.strip())])
            window = Window(venue_id=floor.venue_id, floor_id=floor_id, number=number.strip(), name=name.strip(),
                            kind=kind)
            _place(window, placement)
            session.add(window)
            return message("floorplan", "新增窗口“{number}”").format(number=window.number)

        return self._run(work)

    def paste_windows(self, floor_id: int, copies: Mapping[int, Placement]) -> Edit:
        """New windows like the windows ``copies`` names (name, kind, domain, department, low counter),
        each where its placement puts it on ``floor_id``, numbered after the highest of its prefix.
        Items and staff stay with the originals: a copy is furniture, not an assignment."""
        if not copies:
            raise HallPlannerError(message("floorplan", "剪贴板上没有窗口"))

        def work(session: Session) -> Message:
            floor = self._get(session, Floor, floor_id)
            taken = _venue_numbers(session, floor.venue_id)
            made = []
            for source_id, placement in copies.items():
                source = self._get(session, Window, source_id)
                [number] = next_numbers(taken, split_number(source.number)[0], 1)
                taken.add(number)
                window = Window(venue_id=floor.venue_id, floor_id=floor_id, number=number, name=source.name,
                                kind=source.kind, domain=source.domain, department_id=source.department_id,
                                low_counter=source.low_counter)
                _place(window, placement)
                session.add(window)
                made.append(window)
            if len(made) == 1:
                return message("floorplan", "粘贴窗口“{number}”").format(number=made[0].number)
            return message("floorplan", "粘贴 {count} 个窗口").format(count=len(made))

        return self._run(work)

    def renumber_windows(self, window_ids: Sequence[int], prefix: str, start: int) -> Edit:
        """Number the windows in the order given: ``prefix`` and ``start``, ``start`` + 1 … (A01 … A12)."""
        if not window_ids:
            raise HallPlannerError(message("floorplan", "没有选中窗口"))
        numbers = numbered(prefix.strip(), start, len(window_ids))

        def work(session: Session) -> Message:
            check(renumber_problems(prefix, start, len(window_ids)))
            windows = [self._get(session, Window, window_id) for window_id in window_ids]
            if len({window.venue_id for window in windows}) > 1:
                raise HallPlannerError(message("floorplan", "只能给同一场所的窗口编号"))
            others = _venue_numbers(session, windows[0].venue_id, window_ids)
            clash = [number for number in numbers if number in others]
            if clash:
                raise ValidationError([message("places", "该场所已有窗口号“{number}”").format(number=clash[0])])
            changing = [(window, number) for window, number in zip(windows, numbers) if window.number != number]
            for window, _ in changing:  # out of the way first (A02 may become A03 while A03 becomes A04),
                # under a number no planner types: DEL and the row id
                window.number = f"\x7f{window.id}"
            session.flush()
            for window, number in changing:
                window.number = number
            return message("floorplan", "窗口重新编号 {first}–{last}").format(first=numbers[0], last=numbers[-1])

        return self._run(work)

    def move_windows_to_floor(self, window_ids: Sequence[int], floor_id: int) -> Edit:
        """The windows stand on another floor of their venue, where they stood on the plan."""
        if not window_ids:
            raise HallPlannerError(message("floorplan", "没有选中窗口"))

        def work(session: Session) -> Message:
            floor = self._get(session, Floor, floor_id)
            windows = [self._get(session, Window, window_id) for window_id in window_ids]
            for window in windows:
                if window.venue_id != floor.venue_id:
                    raise HallPlannerError(message("floorplan", "窗口“{number}”属于另一场所,只能移到本场所的楼层")
                                           .format(number=window.number))
                window.floor_id = floor_id
            if len(windows) == 1:
                return message("floorplan", "把窗口“{number}”移到{floor}").format(number=windows[0].number,
                                                                                 floor=floor.name)
            return message("floorplan", "把 {count} 个窗口移到{floor}").format(count=len(windows), floor=floor.name)

        return self._run(work)

    def rename_floor(self, floor_id: int, expected_version: int, name: str) -> Edit:
        def work(session: Session) -> Message:
            floor = self._fresh(session, Floor, floor_id, expected_version, {"name": name})
            check(named_problems({"name": name}, FLOOR_FIELDS))
            if any(other.name == name.strip() for other in floor.venue.floors if other is not floor):
                raise ValidationError([message("floorplan", "该场所已有楼层“{name}”").format(name=name.strip())])
            old, floor.name = floor.name, name.strip()
            return message("floorplan", "楼层“{old}”改名为“{name}”").format(old=old, name=floor.name)

        return self._run(work)

    def set_floor_drawing(self, floor_id: int, drawing: FloorDrawing | None, scale: float,
                          x: float = 0.0, y: float = 0.0) -> Edit:
        """Lay ``drawing`` behind the floor (None: take it away), ``scale`` metres a pixel, top-left at x, y."""

        def work(session: Session) -> Message:
            floor = self._get(session, Floor, floor_id)
            if drawing is None:
                floor.background_id = None
                return message("floorplan", "移除{floor}的底图").format(floor=floor.name)
            _check_scale(scale, x, y)
            image_id = session.scalar(select(FloorImage.id).where(FloorImage.sha256 == drawing.sha256))
            if image_id is None:  # through Core: stored once, outside the undo record and the audit trail
                image_id = session.execute(insert(FloorImage.__table__).values(
                    sha256=drawing.sha256, media_type=drawing.media_type, width=drawing.width,
                    height=drawing.height, source=drawing.source[:255], data=drawing.data)).inserted_primary_key[0]
            floor.background_id = image_id
            floor.background_scale, floor.background_x, floor.background_y = scale, x, y
            return message("floorplan", "为{floor}导入底图“{source}”").format(floor=floor.name, source=drawing.source)

        return self._run(work)

    def place_floor_drawing(self, floor_id: int, scale: float, x: float, y: float) -> Edit:
        """The drawing's scale (metres a pixel) and where its top-left pixel lies, in metres."""

        def work(session: Session) -> Message:
            floor = self._get(session, Floor, floor_id)
            if floor.background_id is None:
                raise HallPlannerError(message("floorplan", "该楼层没有底图"))
            _check_scale(scale, x, y)
            floor.background_scale, floor.background_x, floor.background_y = scale, x, y
            return message("floorplan", "设定{floor}底图比例").format(floor=floor.name)

        return self._run(work)


def _check_scale(scale: float, x: float, y: float) -> None:
    if not all(math.isfinite(value) for value in (scale, x, y)) or not SCALE_RANGE[0] <= scale <= SCALE_RANGE[1]:
        raise ValidationError([message("floorplan", "底图比例须在每像素 {low} 米到 {high} 米之间")
                               .format(low=SCALE_RANGE[0], high=SCALE_RANGE[1])])
