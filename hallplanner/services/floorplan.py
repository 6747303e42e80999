"""Floor plans: reading a floor's layout, the edits of the layout editor, and the floor-plan checks.

Reading gives plain rows (``floorplan_views``). The edits follow ``EditorBase``: one transaction
and one undo step each, however many windows a gesture moves. ``floorplan_findings`` reports the
accessibility rule a plan can decide (``domain.floorplan``) as findings; the plan checks take it
in ``services.checks.FINDING_SOURCES``. The checks themselves are in ``domain.floorplan`` (low
counters) and ``domain.floorplan_checks`` (route width, accessibility signs, back offices).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from hallplanner.db.database import Database
from hallplanner.db.schema import Department, Floor, HandlingPlace, ServiceItem, Venue, Window, Zone
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.findings import Finding
from hallplanner.domain.floorplan import (
    CounterFacts,
    FloorFacts,
    ZoneFacts,
    centre,
    geometry_problems,
)
from hallplanner.domain.floorplan_checks import floorplan_findings as floor_checks
from hallplanner.domain.floorplan_checks import route_width_problems
from hallplanner.domain.hall_geometry import counter_corners
from hallplanner.domain.messages import Message, message
from hallplanner.domain.sign_wording import LIST_SEPARATOR
from hallplanner.domain.validation import ValidationError, check, named_problems
from hallplanner.domain.vocabulary import ZoneKind
from hallplanner.services.editor import Edit, EditorBase
from hallplanner.services.floorplan_views import (
    BackgroundView,
    CounterView,
    FloorLayout,
    FloorView,
    Placement,
    VenueFloors,
    WindowItem,
    WindowLoad,
    ZoneView,
)

ZONE_FIELDS = {"name": (message("floorplan", "功能区名称"), 64)}
FLOOR_FIELDS = {"name": (message("floorplan", "楼层名称"), 32)}


def _current(day: dt.date):
    """Handling places in use on ``day``: opened (or open-ended) and not closed yet."""
    return (or_(HandlingPlace.opens_on.is_(None), HandlingPlace.opens_on <= day)
            & or_(HandlingPlace.closes_on.is_(None), HandlingPlace.closes_on > day))


def _floor_view(floor: Floor) -> FloorView:
    return FloorView(floor.id, floor.venue_id, floor.name, floor.level, floor.route_width, floor.version)


def _background_view(floor: Floor) -> BackgroundView | None:
    image = floor.background
    if image is None:
        return None
    return BackgroundView(image.id, image.width, image.height, floor.background_scale, floor.background_x,
                          floor.background_y, image.source)


def venue_floors(db: Database) -> list[VenueFloors]:
    """Every venue that has floors, in the order they were recorded, each with its floors lowest first."""
    with db.reading() as session:
        floors = session.scalars(select(Floor).order_by(Floor.level, Floor.name)).all()
        names = dict(session.execute(select(Venue.id, Venue.name).where(Venue.id.in_({f.venue_id for f in floors}))).all())
    by_venue: dict[int, list[FloorView]] = {}
    for floor in floors:
        by_venue.setdefault(floor.venue_id, []).append(_floor_view(floor))
    return [VenueFloors(venue_id, names[venue_id], tuple(by_venue[venue_id])) for venue_id in sorted(by_venue)]


def find_floor(db: Database, venue: str, floor: str) -> FloorView:
    """The floor named ``floor`` of the venue named ``venue``; refused with the names there are."""
    venues = venue_floors(db)
    found = next((entry for entry in venues if entry.venue == venue.strip()), None)
    if found is None and not venues:
        raise HallPlannerError(message("floorplan", "这个规划还没有楼层平面"))
    if found is None:
        raise HallPlannerError(message("floorplan", "没有场所“{venue}”的楼层平面;有楼层的场所:{names}").format(
            venue=venue, names=LIST_SEPARATOR.join(entry.venue for entry in venues)))
    chosen = next((entry for entry in found.floors if entry.name == floor.strip()), None)
    if chosen is None:
        raise HallPlannerError(message("floorplan", "场所“{venue}”没有楼层“{floor}”;它的楼层:{names}").format(
            venue=venue, floor=floor, names=LIST_SEPARATOR.join(entry.name for entry in found.floors)))
    return chosen


def _zone_view(zone: Zone) -> ZoneView:
    return ZoneView(zone.id, zone.floor_id, zone.name, zone.kind, zone.colour,
                    tuple((float(x), float(y)) for x, y in zone.polygon), zone.version)


def floor_layout(db: Database, floor_id: int, as_of: dt.date | None = None) -> FloorLayout:
    """The zones and windows of one floor, each window with its load today."""
    day = as_of or dt.date.today()
    with db.reading() as session:
        floor = session.get(Floor, floor_id)
        if floor is None:
            raise HallPlannerError(message("floorplan", "该楼层已被删除"))
        load = dict((window_id, (count, volume)) for window_id, count, volume in session.execute(
            select(HandlingPlace.window_id, func.count(), func.coalesce(func.sum(ServiceItem.annual_volume), 0))
            .join(ServiceItem, ServiceItem.id == HandlingPlace.item_id)
            .join(Window, Window.id == HandlingPlace.window_id)
            .where(Window.floor_id == floor_id, _current(day))
            .group_by(HandlingPlace.window_id)))
        rows = session.execute(select(Window, Department.short_name).outerjoin(Department)
                               .where(Window.floor_id == floor_id).order_by(Window.number)).all()
        windows = tuple(
            CounterView(window.id, window.number, window.name, window.kind, window.domain, department or "",
                        Placement(window.x, window.y, window.width, window.height, window.rotation),
                        window.low_counter, window.version, *load.get(window.id, (0, 0)),
                        accessibility_sign=window.accessibility_sign)
            for window, department in rows)
        numbers = frozenset(session.scalars(select(Window.number).where(Window.venue_id == floor.venue_id)))
        return FloorLayout(_floor_view(floor), floor.venue.name, tuple(map(_zone_view, floor.zones)), windows,
                           _background_view(floor), numbers)


def window_load(db: Database, window_id: int, as_of: dt.date | None = None) -> WindowLoad:
    day = as_of or dt.date.today()
    with db.reading() as session:
        rows = session.execute(
            select(ServiceItem.implementation_code, ServiceItem.name, ServiceItem.annual_volume)
            .join(HandlingPlace, HandlingPlace.item_id == ServiceItem.id)
            .where(HandlingPlace.window_id == window_id, _current(day))
            .order_by(ServiceItem.annual_volume.desc(), ServiceItem.name)).all()
    return WindowLoad(window_id, tuple(WindowItem(*row) for row in rows))


def floorplan_findings(session: Session, as_of: dt.date) -> list[Finding]:
    """The floor-plan checks (GB 55019-2021 low counters, route widths, accessibility signs; back offices)
    on every floor of the plan.

    ``as_of`` is unused: a floor plan has no dates yet; the argument keeps the shape of a finding source.
    """
    windows: dict[int, list[CounterFacts]] = {}
    for window in session.scalars(select(Window).where(Window.floor_id.is_not(None)).order_by(Window.number)):
        windows.setdefault(window.floor_id, []).append(CounterFacts(
            window.number, centre(window.x, window.y, window.width, window.height), window.low_counter,
            window.id, window.name, counter_corners(window.x, window.y, window.width, window.height, window.rotation),
            window.accessibility_sign))
    floors = [
        FloorFacts(floor.venue_id, floor.venue.name, floor.name, tuple(windows.get(floor.id, ())),
                   tuple(ZoneFacts(zone.name, zone.kind, tuple((x, y) for x, y in zone.polygon))
                         for zone in floor.zones), floor.route_width)
        for floor in session.scalars(select(Floor).order_by(Floor.venue_id, Floor.level))
    ]
    return floor_checks(floors)


def _polygon_problems(polygon: Sequence[Sequence[float]]) -> list[Message]:
    try:
        points = [(float(x), float(y)) for x, y in polygon]
    except (TypeError, ValueError):
        points = []
    if len(points) < 3:
        return [message("floorplan", "功能区至少要有三个角点")]
    return []


class FloorplanEdits(EditorBase):
    """The layout editor's edits: windows placed, zones added, renamed, reshaped, deleted; floors added."""

    def place_windows(self, placements: Mapping[int, Placement]) -> Edit:
        """Move, resize or turn windows, all in one edit (one undo step for a gesture on many)."""
        if not placements:
            raise HallPlannerError(message("floorplan", "没有选中窗口"))

        def work(session: Session) -> Message:
            windows = []
            for window_id, placement in placements.items():
                check(geometry_problems(placement.width, placement.height, placement.x, placement.y,
                                        placement.rotation))
                window = self._get(session, Window, window_id)
                if window.floor_id is None:
                    raise HallPlannerError(message("floorplan", "窗口“{number}”不在任何楼层上")
                                           .format(number=window.number))
                window.x, window.y = placement.x, placement.y
                window.width, window.height = placement.width, placement.height
                window.rotation = placement.rotation % 360
                windows.append(window)
            if len(windows) == 1:
                return message("floorplan", "移动窗口“{number}”").format(number=windows[0].number)
            return message("floorplan", "移动 {count} 个窗口").format(count=len(windows))

        return self._run(work)

    def set_low_counter(self, window_ids: Sequence[int], low_counter: bool) -> Edit:
        def work(session: Session) -> Message:
            for window_id in window_ids:
                self._get(session, Window, window_id).low_counter = low_counter
            return (message("floorplan", "设为低位窗口") if low_counter
                    else message("floorplan", "取消低位窗口"))

        return self._run(work)

    def set_accessibility_sign(self, window_ids: Sequence[int], signed: bool) -> Edit:
        """Record that the windows' accessibility signs are up (or not), one edit for them all."""
        if not window_ids:
            raise HallPlannerError(message("floorplan", "没有选中窗口"))

        def work(session: Session) -> Message:
            for window_id in window_ids:
                self._get(session, Window, window_id).accessibility_sign = signed
            return (message("floorplan", "记为已设无障碍标识") if signed
                    else message("floorplan", "记为未设无障碍标识"))

        return self._run(work)

    def set_route_width(self, floor_id: int, expected_version: int, width: float | None) -> Edit:
        """A floor's minimum public-route width in metres; ``None`` goes back to the preset."""
        def work(session: Session) -> Message:
            floor = self._fresh(session, Floor, floor_id, expected_version, {"route_width": width})
            check(route_width_problems(width))
            floor.route_width = width
            if width is None:
                return message("floorplan", "楼层“{name}”的公共通道净宽恢复预设").format(name=floor.name)
            return message("floorplan", "楼层“{name}”的公共通道最小净宽设为 {width} 米").format(
                name=floor.name, width=f"{width:.2f}")

        return self._run(work)

    def add_floor(self, venue_id: int, name: str, level: int) -> Edit:
        def work(session: Session) -> Message:
            check(named_problems({"name": name}, FLOOR_FIELDS))
            venue = self._get(session, Venue, venue_id)
            if any(floor.name == name.strip() for floor in venue.floors):
                raise ValidationError([message("floorplan", "该场所已有楼层“{name}”").format(name=name.strip())])
            session.add(Floor(venue_id=venue_id, name=name.strip(), level=level))
            return message("floorplan", "新增楼层“{name}”").format(name=name.strip())

        return self._run(work)

    def add_zone(self, floor_id: int, name: str, kind: ZoneKind, colour: str,
                 polygon: Sequence[Sequence[float]]) -> Edit:
        def work(session: Session) -> Message:
            check(named_problems({"name": name}, ZONE_FIELDS) + _polygon_problems(polygon))
            self._get(session, Floor, floor_id)
            session.add(Zone(floor_id=floor_id, name=name.strip(), kind=kind, colour=colour,
                             polygon=[[float(x), float(y)] for x, y in polygon]))
            return message("floorplan", "新增功能区“{name}”").format(name=name.strip())

        return self._run(work)

    def rename_zone(self, zone_id: int, expected_version: int, name: str) -> Edit:
        def work(session: Session) -> Message:
            zone = self._fresh(session, Zone, zone_id, expected_version, {"name": name})
            check(named_problems({"name": name}, ZONE_FIELDS))
            old, zone.name = zone.name, name.strip()
            return message("floorplan", "功能区“{old}”改名为“{name}”").format(old=old, name=zone.name)

        return self._run(work)

    def reshape_zone(self, zone_id: int, expected_version: int, polygon: Sequence[Sequence[float]]) -> Edit:
        def work(session: Session) -> Message:
            zone = self._fresh(session, Zone, zone_id, expected_version, {"polygon": polygon})
            check(_polygon_problems(polygon))
            zone.polygon = [[float(x), float(y)] for x, y in polygon]  # a new list: the ORM sees the change
            return message("floorplan", "调整功能区“{name}”").format(name=zone.name)

        return self._run(work)

    def delete_zone(self, zone_id: int) -> Edit:
        def work(session: Session) -> Message:
            zone = self._get(session, Zone, zone_id)
            session.delete(zone)
            return message("floorplan", "删除功能区“{name}”").format(name=zone.name)

        return self._run(work)
