"""The floor-plan checks beyond the low counter (``floorplan.low_counter_findings``): the width of the
public route at each counter, a low counter's accessibility sign, and back offices kept apart from the
window zones. Each finding names its source; see HALL-PRACTICE.md for each source's strength.

**The public route at a counter** (GB 55019-2021 §2.2.2: accessible routes at least 1.20 m clear,
1.80 m in crowded public places). A plan holds counters and zones, not walls or seats, so the check
measures what a plan can show: the clear width in front of each public counter, straight out from
its public side (the lower edge of the counter as drawn unturned; rotation turns it) across the
counter's width, to the nearest thing the public cannot walk through: another counter or a back-office
zone. Whoever comes to a counter comes along that strip, so it must be a route's width. 5 cm at each
end of the side are left out, so that the neighbours in a row (touching it) do not count. Walls are
not stored yet and are not obstacles; zones open to the public (waiting areas, self-service) are
passable. A counter standing in a back-office zone is not public and is not checked (it is an obstacle
for the others).

The minimum is our reading, a default the planner can change per floor: a government service hall
on a working day is a crowded public place, so 1.80 m unless the floor says otherwise; the planner may
set any width from the standard's 1.20 m up.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence

from hallplanner.domain.findings import Finding, Severity, SubjectType
from hallplanner.domain.floorplan import FloorFacts, contains, low_counter_findings
from hallplanner.domain.hall_geometry import bounds, clear_distance, shared_area
from hallplanner.domain.messages import Message, message
from hallplanner.domain.plan_rules import RULES
from hallplanner.domain.vocabulary import ZoneKind

ROUTE_RULE = "GB55019-2.2.2"
SIGN_RULE = "GB55019-4.0.1"
BACK_OFFICE_RULE = "DB32T2981-back-office"
MIN_ROUTE_WIDTH = 1.20  # metres: GB 55019-2021 §2.2.2, any accessible route
CROWDED_ROUTE_WIDTH = 1.80  # metres: the same clause, crowded public places
DEFAULT_ROUTE_WIDTH = CROWDED_ROUTE_WIDTH  # our reading for a service hall; a floor may set its own
MAX_ROUTE_WIDTH = 20.0  # metres: a typing slip beyond this, not a route
END_MARGIN = 0.05  # metres left out at each end of a public side: the neighbours in a row touch it
WINDOW_ZONE_KINDS = frozenset({ZoneKind.GENERAL, ZoneKind.DOMAIN, ZoneKind.DEDICATED})
MIN_OVERLAP = 0.01  # square metres: less is a drawing's rounding, not a back office in the window zone
CELL = 5.0  # metres: the side of the grid cells the obstacles are looked up in


def route_width_problems(width: float | None) -> list[Message]:
    """Why a floor's route width cannot be kept (``None``: back to the preset)."""
    if width is None:
        return []
    if not math.isfinite(width) or not MIN_ROUTE_WIDTH <= width <= MAX_ROUTE_WIDTH:
        return [message("floorplan", "公共通道最小净宽须在 {low} 米(GB 55019-2021 第2.2.2条的下限)到 {high} 米之间")
                .format(low=f"{MIN_ROUTE_WIDTH:.2f}", high=f"{MAX_ROUTE_WIDTH:g}")]
    return []


def floorplan_findings(floors: Sequence[FloorFacts]) -> list[Finding]:
    """Every floor-plan check on ``floors``."""
    found = [*low_counter_findings(floors), *route_findings(floors), *sign_findings(floors),
             *back_office_findings(floors)]
    return sorted(found, key=Finding.sort_key)


def route_findings(floors: Sequence[FloorFacts]) -> list[Finding]:
    found = []
    for floor in floors:
        minimum = floor.route_width or DEFAULT_ROUTE_WIDTH
        basis = (message("floorplan", "本楼层设定的最小净宽") if floor.route_width
                 else message("floorplan", "预设:服务大厅按人员密集场所取 1.80 米,可按楼层改为不小于 1.20 米"))
        back_offices = [zone for zone in floor.zones if zone.kind is ZoneKind.BACK_OFFICE]
        counters = [counter for counter in floor.counters if counter.corners]
        obstacles = _Obstacles([(counter.label, counter.corners) for counter in counters]
                               + [(zone.name, zone.polygon) for zone in back_offices])
        for index, counter in enumerate(counters):
            if any(contains(zone.polygon, counter.centre) for zone in back_offices):
                continue
            front = (counter.corners[2], counter.corners[3])
            nearest = min(((distance, name) for name, distance in obstacles.in_front(front, minimum, skip=index)),
                          default=None)
            if nearest is None or nearest[0] >= minimum - 1e-6:
                continue
            found.append(Finding(ROUTE_RULE, Severity.ERROR, SubjectType.WINDOW, counter.window_id,
                                 f"{floor.hall} {counter.label}", message(
                "floorplan", "窗口前的公共通道净宽 {clear} 米(到“{obstacle}”),小于 {minimum} 米({basis});"
                "GB 55019-2021 第2.2.2条为强制性条文:请拉开窗口前的间距").format(
                clear=f"{nearest[0]:.2f}", obstacle=nearest[1], minimum=f"{minimum:.2f}", basis=basis),
                RULES[ROUTE_RULE].section))
    return found


def sign_findings(floors: Sequence[FloorFacts]) -> list[Finding]:
    """A low counter the plan does not record as signed."""
    return [Finding(SIGN_RULE, Severity.ERROR, SubjectType.WINDOW, counter.window_id,
                    f"{floor.hall} {counter.label}", message(
                        "floorplan", "低位服务设施没有无障碍标识;GB 55019-2021 第4.0.1、4.0.3条为强制性条文:"
                        "请设置无障碍标识,并在窗口上记为“已设无障碍标识”"), RULES[SIGN_RULE].section)
            for floor in floors for counter in floor.counters
            if counter.low_counter and not counter.accessibility_sign]


def back_office_findings(floors: Sequence[FloorFacts]) -> list[Finding]:
    """A back-office zone that shares floor with a window zone (a practice, not a standard: a warning)."""
    found = []
    for floor in floors:
        window_zones = [zone for zone in floor.zones if zone.kind in WINDOW_ZONE_KINDS]
        for office in (zone for zone in floor.zones if zone.kind is ZoneKind.BACK_OFFICE):
            for zone in window_zones:
                overlap = shared_area(office.polygon, zone.polygon)
                if overlap >= MIN_OVERLAP:
                    found.append(Finding(BACK_OFFICE_RULE, Severity.WARNING, SubjectType.VENUE, floor.venue_id,
                                         f"{floor.hall} {office.name}", message(
                        "floorplan", "后台办公区与窗口区“{zone}”重叠 {area} 平方米;江苏 DB32/T 2981 建议窗口区与"
                        "后台办公区分开设置(地方标准的做法,非强制):请把后台办公区移出窗口区").format(
                        zone=zone.name, area=f"{overlap:.1f}"), RULES[BACK_OFFICE_RULE].section))
    return found


class _Obstacles:
    """What the public cannot walk through on one floor, looked up by grid cell."""

    def __init__(self, shapes: list[tuple[str, Sequence[tuple[float, float]]]]) -> None:
        self.shapes = shapes
        self.cells: dict[tuple[int, int], list[int]] = {}
        for index, (_, polygon) in enumerate(shapes):
            for cell in _cells(bounds(polygon)):
                self.cells.setdefault(cell, []).append(index)

    def in_front(self, front, reach: float, skip: int) -> Iterator[tuple[str, float]]:
        """(name, clear distance) of each obstacle within ``reach`` of the public side ``front``."""
        (x1, y1), (x2, y2) = front
        length = math.hypot(x2 - x1, y2 - y1) or 1.0
        nx, ny = (y2 - y1) / length * reach, -(x2 - x1) / length * reach
        box = bounds([(x1, y1), (x2, y2), (x1 + nx, y1 + ny), (x2 + nx, y2 + ny)])
        seen = {skip}
        for cell in _cells(box):
            for index in self.cells.get(cell, ()):
                if index in seen:
                    continue
                seen.add(index)
                name, polygon = self.shapes[index]
                distance = clear_distance(front, reach, polygon, END_MARGIN)
                if distance is not None:
                    yield name, distance


def _cells(box: tuple[float, float, float, float]) -> Iterator[tuple[int, int]]:
    left, top, right, bottom = (math.floor(value / CELL) for value in box)
    for column in range(left, right + 1):
        for row in range(top, bottom + 1):
            yield column, row

