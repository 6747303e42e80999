"""Arranging windows on a floor: align, distribute, renumber a row, the numbers new windows take,
and the scale a background drawing gets from two points a known distance apart.

Plain arithmetic on ``Box`` rows in metres (``domain.floorplan`` explains the coordinates). A
turned window is aligned by the box it covers on the floor, so a counter turned a quarter turn
lines up by its depth, as the planner sees it.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from hallplanner.domain.floorplan import snap
from hallplanner.domain.messages import Message, message

EDGES = ("left", "right", "top", "bottom", "centre_x", "centre_y")  # what ``align`` lines windows up by
NUMBER_PATTERN = re.compile(r"^(.*?)(\d+)$")
MAX_NUMBER_LENGTH = 16  # windows.number


@dataclass(frozen=True, slots=True)
class Box:
    """A window's footprint: top-left corner before rotation, size, rotation in degrees."""

    x: float
    y: float
    width: float
    height: float
    rotation: float = 0.0

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x + self.width / 2, self.y + self.height / 2)

    @property
    def half_extent(self) -> tuple[float, float]:
        """Half the width and height of the upright box the turned window covers."""
        turn = math.radians(self.rotation)
        cos, sin = abs(math.cos(turn)), abs(math.sin(turn))
        return (round((self.width * cos + self.height * sin) / 2, 6), round((self.width * sin + self.height * cos) / 2, 6))

    def bounds(self) -> tuple[float, float, float, float]:
        """left, top, right, bottom of the covered box."""
        (cx, cy), (hx, hy) = self.centre, self.half_extent
        return tuple(round(value, 6) for value in (cx - hx, cy - hy, cx + hx, cy + hy))

    def centred_at(self, cx: float, cy: float, grid: float | None = None) -> Box:
        x, y = cx - self.width / 2, cy - self.height / 2
        if grid:
            x, y = snap(x, grid), snap(y, grid)
        return replace(self, x=round(x, 3), y=round(y, 3))


def align(boxes: Sequence[Box], edge: str) -> list[Box]:
    """Line the boxes up on the outermost of their ``edge`` (left: the leftmost left edge…), or on the
    mean of their centres (``centre_x``: one vertical line; ``centre_y``: one horizontal line)."""
    if edge not in EDGES:
        raise ValueError(edge)
    bounds = [box.bounds() for box in boxes]
    if edge == "left":
        target = min(b[0] for b in bounds)
        return [box.centred_at(target + box.half_extent[0], box.centre[1]) for box in boxes]
    if edge == "right":
        target = max(b[2] for b in bounds)
        return [box.centred_at(target - box.half_extent[0], box.centre[1]) for box in boxes]
    if edge == "top":
        target = min(b[1] for b in bounds)
        return [box.centred_at(box.centre[0], target + box.half_extent[1]) for box in boxes]
    if edge == "bottom":
        target = max(b[3] for b in bounds)
        return [box.centred_at(box.centre[0], target - box.half_extent[1]) for box in boxes]
    axis = 0 if edge == "centre_x" else 1
    target = sum(box.centre[axis] for box in boxes) / len(boxes)
    return [box.centred_at(target, box.centre[1]) if axis == 0 else box.centred_at(box.centre[0], target)
            for box in boxes]


def distribute(boxes: Sequence[Box], axis: str) -> list[Box]:
    """Equal gaps between the boxes along ``axis`` ("x" or "y"); the two outermost stay where they are.

    Returned in the order given. Gaps, not centres, are made equal, so counters of different
    widths stand evenly apart.
    """
    index = 0 if axis == "x" else 1
    order = sorted(range(len(boxes)), key=lambda i: boxes[i].centre[index])
    if len(boxes) < 3:
        return list(boxes)
    sizes = [2 * boxes[i].half_extent[index] for i in order]
    start = boxes[order[0]].bounds()[index]
    end = boxes[order[-1]].bounds()[index + 2]
    gap = (end - start - sum(sizes)) / (len(boxes) - 1)
    result = list(boxes)
    edge = start
    for position, i in enumerate(order):
        box = boxes[i]
        middle = edge + sizes[position] / 2
        result[i] = box.centred_at(middle, box.centre[1]) if index == 0 else box.centred_at(box.centre[0], middle)
        edge += sizes[position] + gap
    return result


def snapped(box: Box, grid: float) -> Box:
    return replace(box, x=snap(box.x, grid), y=snap(box.y, grid))


def left_to_right(boxes: dict[int, Box]) -> list[int]:
    """Window ids in reading order along a row: by centre, left to right (top to bottom for a column)."""
    xs = [box.centre[0] for box in boxes.values()]
    ys = [box.centre[1] for box in boxes.values()]
    wide = (max(xs) - min(xs)) >= (max(ys) - min(ys)) if boxes else True
    return sorted(boxes, key=lambda window_id: (boxes[window_id].centre[0 if wide else 1],
                                               boxes[window_id].centre[1 if wide else 0]))


def numbered(prefix: str, start: int, count: int, digits: int = 2) -> list[str]:
    """``prefix`` and ``count`` numbers from ``start``, zero-padded alike: A01 … A12."""
    width = max(digits, len(str(start + count - 1)))
    return [f"{prefix}{number:0{width}d}" for number in range(start, start + count)]


def renumber_problems(prefix: str, start: int, count: int) -> list[Message]:
    problems = []
    if start < 0:
        problems.append(message("layout", "起始号不能为负数"))
    elif count and len(numbered(prefix.strip(), start, count)[-1]) > MAX_NUMBER_LENGTH:
        problems.append(message("layout", "窗口号最长 {length} 个字符").format(length=MAX_NUMBER_LENGTH))
    return problems


def split_number(number: str) -> tuple[str, int | None, int]:
    """A01 → ("A", 1, 2): prefix, number (None when it ends in no digits), how many digits."""
    found = NUMBER_PATTERN.match(number)
    if found is None:
        return number, None, 0
    return found.group(1), int(found.group(2)), len(found.group(2))


def next_numbers(existing: Iterable[str], prefix: str, count: int) -> list[str]:
    """``count`` free numbers with ``prefix``, after the highest in use (A08 in use: A09, A10 …)."""
    taken = set(existing)
    used = [(value, digits) for p, value, digits in map(split_number, taken) if p == prefix and value is not None]
    start = max((value for value, _ in used), default=0) + 1
    digits = max((digits for _, digits in used), default=2)
    found: list[str] = []
    while len(found) < count:
        for candidate in numbered(prefix, start, count - len(found), digits):
            if candidate not in taken:
                found.append(candidate)
        start += count
    return found[:count]


def scale_from_points(first: tuple[float, float], second: tuple[float, float], metres: float,
                      current_scale: float) -> float:
    """The drawing's new metres-per-pixel when two points now ``current_scale`` apart are ``metres`` apart."""
    shown = math.dist(first, second)
    if shown <= 0 or not math.isfinite(metres) or metres <= 0:
        raise ValueError("points coincide or distance not positive")
    return current_scale * metres / shown


@dataclass(frozen=True)
class FloorDrawing:
    """A floor's drawing as the plan keeps it: PNG or JPEG bytes and their size in pixels."""

    data: bytes
    media_type: str  # image/png or image/jpeg
    width: int
    height: int
    source: str  # the file's name, and the page of a PDF

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()
