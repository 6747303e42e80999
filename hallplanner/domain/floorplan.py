"""The floor plan in plain terms: the grid windows snap to, which zone holds a window, and the
accessibility check a plan can decide (GB 55019-2021 §3.6.1: every public service counter has a
low counter, 低位服务设施).

Coordinates are metres on the floor, x to the right and y downwards (as drawn); a window's
``x, y`` is its top-left corner before rotation, and it turns by ``rotation`` degrees about its centre.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from hallplanner.domain.findings import Finding, Severity, SubjectType
from hallplanner.domain.messages import Message, message
from hallplanner.domain.plan_rules import RULES
from hallplanner.domain.sign_wording import LIST_SEPARATOR
from hallplanner.domain.vocabulary import ZoneKind

GRID = 0.1  # metres: what a drag or a nudge snaps to
SIZE_RANGE = (0.3, 20.0)  # metres: a counter's width and depth
LOW_COUNTER_RULE = "GB55019-3.6.1"  # in plan_rules.RULES, with its source: GB 55019-2021 §3.6.1
LOW_COUNTER_SOURCE = RULES[LOW_COUNTER_RULE].section  # 建筑与市政工程无障碍通用规范, a mandatory clause
PUBLIC_ZONE_KINDS = frozenset(ZoneKind) - {ZoneKind.BACK_OFFICE}

Point = tuple[float, float]


def snap(value: float, grid: float = GRID) -> float:
    """``value`` on the grid, rounded to the millimetre so that 0.1 + 0.2 is 0.3."""
    return round(round(value / grid) * grid, 3)


def contains(polygon: Sequence[Sequence[float]], point: Point) -> bool:
    """Whether ``point`` lies inside ``polygon`` (even-odd rule; a point on an edge may fall either way)."""
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(polygon, [*polygon[1:], polygon[0]]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def geometry_problems(width: float, height: float, *values: float) -> list[Message]:
    problems = []
    if not all(math.isfinite(value) for value in (width, height, *values)):
        problems.append(message("floorplan", "位置和尺寸须为有限的数"))
    elif not all(SIZE_RANGE[0] <= size <= SIZE_RANGE[1] for size in (width, height)):
        problems.append(message("floorplan", "窗口的宽和深须在 {low} 米到 {high} 米之间")
                        .format(low=SIZE_RANGE[0], high=SIZE_RANGE[1]))
    return problems


@dataclass(frozen=True, slots=True)
class CounterFacts:
    number: str
    centre: Point
    low_counter: bool
    window_id: int | None = None
    name: str = ""
    corners: tuple[Point, ...] = ()  # as ``hall_geometry.counter_corners`` gives them: the public side third
    accessibility_sign: bool = False

    @property
    def label(self) -> str:
        return f"{self.number} {self.name}".strip()


@dataclass(frozen=True, slots=True)
class ZoneFacts:
    name: str
    kind: ZoneKind
    polygon: tuple[Point, ...]


@dataclass(frozen=True, slots=True)
class FloorFacts:
    venue_id: int
    venue: str
    name: str
    counters: tuple[CounterFacts, ...]
    zones: tuple[ZoneFacts, ...]
    route_width: float | None = None  # the planner's minimum for public routes; None: the preset

    @property
    def hall(self) -> str:
        return f"{self.venue} {self.name}"


def low_counter_findings(floors: Sequence[FloorFacts]) -> list[Finding]:
    """A hall (a floor with counters) without a low counter; a public zone whose counters include none.

    When the whole floor has none, the floor's finding says it once instead of one per zone.
    """
    found = []
    for floor in floors:
        if not floor.counters:
            continue
        hall = f"{floor.venue} {floor.name}"
        if not any(counter.low_counter for counter in floor.counters):
            found.append(_finding(floor, hall, message(
                "floorplan", "该楼层大厅有 {count} 个服务窗口,没有低位服务设施(低位窗口);"
                "GB 55019-2021 第3.6.1条为强制性条文:请把一个窗口设为低位窗口").format(count=len(floor.counters))))
            continue
        for zone in floor.zones:
            if zone.kind not in PUBLIC_ZONE_KINDS:
                continue
            inside = [counter for counter in floor.counters if contains(zone.polygon, counter.centre)]
            if inside and not any(counter.low_counter for counter in inside):
                found.append(_finding(floor, f"{hall} {zone.name}", message(
                    "floorplan", "该区有 {count} 个服务窗口({numbers}),没有低位服务设施;"
                    "GB 55019-2021 第3.6.1条为强制性条文:请在区内设一个低位窗口")
                    .format(count=len(inside), numbers=LIST_SEPARATOR.join(counter.number for counter in inside))))
    return sorted(found, key=Finding.sort_key)


def _finding(floor: FloorFacts, subject: str, text: Message) -> Finding:
    return Finding(LOW_COUNTER_RULE, Severity.ERROR, SubjectType.VENUE, floor.venue_id, subject, text,
                   LOW_COUNTER_SOURCE)


def centre(x: float, y: float, width: float, height: float) -> Point:
    """A window's centre: it turns about it, so rotation leaves it where it is."""
    return (x + width / 2, y + height / 2)
