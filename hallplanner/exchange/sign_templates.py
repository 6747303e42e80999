"""Signboard templates: page size, margins, colours and the largest type sizes. Presets, not a standard.

No national size, colour or font for service-hall signs was found (HALL-PRACTICE.md).
One county's rule gives the desk plate (200×100 mm) and the door plate (500×250 mm);
white on blue, or on red, is common practice. A planner can make a custom size and
choose the colours. This module needs no PDF library, so the GUI lists templates
without loading one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.messages import Message, message


@dataclass(frozen=True)
class Template:
    """A board's page: size, margins, colours and the largest type sizes (text shrinks to fit)."""

    name: str
    label: Message
    width_mm: float
    height_mm: float
    margin_mm: float
    title_pt: float
    body_pt: float
    background: str = "#1F4E91"  # preset: white on blue
    foreground: str = "#FFFFFF"
    border: bool = True


TEMPLATES = {
    template.name: template for template in (
        Template("a4", message("templates", "A4 横向(297×210 mm)"), 297, 210, 15, 64, 30),
        Template("a3", message("templates", "A3 横向(420×297 mm)"), 420, 297, 20, 96, 44),
        Template("desk", message("templates", "桌牌(200×100 mm)"), 200, 100, 8, 40, 18),
        Template("door", message("templates", "门牌(500×250 mm)"), 500, 250, 20, 120, 52),
    )
}
DEFAULT_TEMPLATE = "a4"
PRESET_NOTE = message("templates", "预设值,非标准:未找到国家或地方对政务服务中心标识牌尺寸、颜色、字体的规定")
SMALLEST_MM, LARGEST_MM = 50, 3000


def custom_template(width_mm: float, height_mm: float, base: Template | None = None) -> Template:
    """A board of any size: type sizes and margins scale with the height from A4's (or ``base``'s)."""
    if not (SMALLEST_MM <= width_mm <= LARGEST_MM and SMALLEST_MM <= height_mm <= LARGEST_MM):
        raise HallPlannerError(message("templates", "标识牌尺寸须在 {low}–{high} mm 之间(现为 {width}×{height} mm)")
                               .format(low=SMALLEST_MM, high=LARGEST_MM, width=_mm(width_mm), height=_mm(height_mm)))
    base = base or TEMPLATES[DEFAULT_TEMPLATE]
    scale = min(height_mm / base.height_mm, width_mm / base.width_mm)
    return replace(base, name=f"{_mm(width_mm)}x{_mm(height_mm)}",
                   label=message("templates", "自定义({width}×{height} mm)").format(width=_mm(width_mm), height=_mm(height_mm)),
                   width_mm=width_mm, height_mm=height_mm, margin_mm=max(base.margin_mm * scale, 4),
                   title_pt=base.title_pt * scale, body_pt=base.body_pt * scale)


def _mm(value: float) -> str:
    return f"{value:g}"


def template_named(name: str) -> Template:
    """``a4``, ``a3``, ``desk``, ``door``, or a custom size ``WIDTHxHEIGHT`` in millimetres (``300x150``)."""
    if name in TEMPLATES:
        return TEMPLATES[name]
    width, separator, height = name.lower().replace("×", "x").partition("x")
    try:
        if separator:
            return custom_template(float(width), float(height))
    except ValueError:
        pass
    raise HallPlannerError(message("templates", "没有模板“{name}”:可选 {choices},或自定义尺寸 宽x高(毫米,如 300x150)")
                           .format(name=name, choices="、".join(TEMPLATES)))


def with_colours(template: Template, background: str, foreground: str) -> Template:
    """The template in other colours, each written ``#RRGGBB``."""
    for colour in (background, foreground):
        if not re.fullmatch(r"#[0-9A-Fa-f]{6}", colour):
            raise HallPlannerError(message("templates", "“{text}”不是颜色,请写成 #RRGGBB").format(text=colour))
    return replace(template, background=background.upper(), foreground=foreground.upper())
