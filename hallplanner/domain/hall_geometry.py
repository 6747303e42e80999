"""Plane geometry the floor-plan checks need, in plain Python: a counter's corners and public side,
the area two zones share, how far an obstacle stands in front of a counter.

Metres, x to the right and y downwards (as drawn). Polygons are sequences of ``(x, y)`` corners,
either winding; they may be concave but not self-intersecting.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

Point = tuple[float, float]
Polygon = Sequence[Point]
EPSILON = 1e-9


def counter_corners(x: float, y: float, width: float, height: float, rotation: float) -> tuple[Point, ...]:
    """A counter's four corners on the floor, in the order top-left, top-right, bottom-right,
    bottom-left before rotation: it turns by ``rotation`` degrees (clockwise as drawn) about its centre.
    The last edge but one (bottom-right to bottom-left) is its public side."""
    cx, cy = x + width / 2, y + height / 2
    angle = math.radians(rotation)
    cos, sin = math.cos(angle), math.sin(angle)
    corners = ((x, y), (x + width, y), (x + width, y + height), (x, y + height))
    return tuple((cx + (px - cx) * cos - (py - cy) * sin, cy + (px - cx) * sin + (py - cy) * cos)
                 for px, py in corners)


def signed_area(polygon: Polygon) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(polygon, [*polygon[1:], polygon[0]])) / 2


def area(polygon: Polygon) -> float:
    return abs(signed_area(polygon)) if len(polygon) >= 3 else 0.0


def bounds(polygon: Polygon) -> tuple[float, float, float, float]:
    xs, ys = [x for x, _ in polygon], [y for _, y in polygon]
    return min(xs), min(ys), max(xs), max(ys)


def clip(subject: Polygon, convex: Polygon) -> list[Point]:
    """``subject`` cut to the convex polygon ``convex`` (Sutherland–Hodgman).

    A concave subject may come back with edges that run along the cut and back: they enclose no
    area, so the area and the extreme points of the result are still those of the intersection.
    """
    if signed_area(convex) < 0:
        convex = list(reversed(convex))
    output = list(subject)
    for edge in zip(convex, [*convex[1:], convex[0]]):
        if not output:
            break
        points, output = output, []
        for current, following in zip(points, [*points[1:], points[0]]):
            if _left_of(edge, current):
                output.append(current)
                if not _left_of(edge, following):
                    output.append(_crossing(edge, current, following))
            elif _left_of(edge, following):
                output.append(_crossing(edge, current, following))
    return output


def _left_of(edge: tuple[Point, Point], point: Point) -> bool:
    """On the inner side of an edge of a counter-clockwise polygon (the same test whichever way y points)."""
    (ax, ay), (bx, by) = edge
    return (bx - ax) * (point[1] - ay) - (by - ay) * (point[0] - ax) >= -EPSILON


def _crossing(edge: tuple[Point, Point], p: Point, q: Point) -> Point:
    """Where the segment p→q crosses the line through ``edge``."""
    (ax, ay), (bx, by) = edge
    dx, dy = q[0] - p[0], q[1] - p[1]
    denominator = (bx - ax) * dy - (by - ay) * dx
    side = (bx - ax) * (p[1] - ay) - (by - ay) * (p[0] - ax)
    t = -side / denominator if denominator else 0.0
    return (p[0] + t * dx, p[1] + t * dy)


def triangles(polygon: Polygon) -> list[tuple[Point, Point, Point]]:
    """A simple polygon cut into triangles (ear clipping; a few corners, so the quadratic cost is nothing)."""
    points = list(polygon)
    if signed_area(points) < 0:
        points.reverse()
    found = []
    while len(points) > 3:
        for index in range(len(points)):
            a, b, c = points[index - 1], points[index], points[(index + 1) % len(points)]
            if _cross(a, b, c) <= EPSILON:
                continue  # a reflex or flat corner is no ear
            if any(_in_triangle(p, a, b, c) for p in points if p not in (a, b, c)):
                continue
            found.append((a, b, c))
            del points[index]
            break
        else:  # degenerate (collinear) corners left: nothing of area remains to cut
            return found
    if len(points) == 3:
        found.append((points[0], points[1], points[2]))
    return found


def shared_area(first: Polygon, second: Polygon) -> float:
    """The area two polygons have in common."""
    return sum(area(clip(first, triangle)) for triangle in triangles(second))


def clear_distance(front: tuple[Point, Point], reach: float, obstacle: Polygon, margin: float) -> float | None:
    """How far ``obstacle`` stands in front of the public side ``front`` (right to left as the counter
    faces the public), looking straight out across the side's width less ``margin`` at each end,
    up to ``reach``; ``None`` when it is not within that."""
    (x1, y1), (x2, y2) = front
    length = math.hypot(x2 - x1, y2 - y1)
    if length <= 2 * margin:
        return None
    ux, uy = (x2 - x1) / length, (y2 - y1) / length  # along the side
    nx, ny = uy, -ux  # out of the counter, towards the public
    start = (x1 + ux * margin, y1 + uy * margin)
    end = (x2 - ux * margin, y2 - uy * margin)
    strip = [start, end, (end[0] + nx * reach, end[1] + ny * reach), (start[0] + nx * reach, start[1] + ny * reach)]
    cut = clip(obstacle, strip)
    if area(cut) <= EPSILON:
        return None
    return max(0.0, min((px - start[0]) * nx + (py - start[1]) * ny for px, py in cut))


def _cross(a: Point, b: Point, c: Point) -> float:
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def _in_triangle(p: Point, a: Point, b: Point, c: Point) -> bool:
    return _cross(a, b, p) >= 0 and _cross(b, c, p) >= 0 and _cross(c, a, p) >= 0
