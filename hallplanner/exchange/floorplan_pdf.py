"""A floor's plan as a PDF page for wayfinding boards and for review, and as a PNG of that page.

The first page holds the plan to scale (zones, counters in their domain's colour with their numbers,
the low counters marked, each counter's public side drawn), a scale bar, the legend (zone kinds and
colours, domain colours) and the window list (number, name, department or domain); a list too long
for the page's side column goes on in three columns on the pages after. Everything is vector, in
one embedded Chinese TrueType font (``fonts.find_cjk_font``); the PNG is that first page rasterised
(``raster``), so the two never differ. Written through ``files.write_atomically``.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image
from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, LongTable, NextPageTemplate, PageTemplate, Paragraph, TableStyle

from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.hall_geometry import bounds, counter_corners
from hallplanner.domain.messages import message
from hallplanner.domain.vocabulary import WindowKind
from hallplanner.exchange.files import write_atomically
from hallplanner.exchange.fonts import CjkFont
from hallplanner.exchange.raster import rasterise
from hallplanner.services.floorplan_views import (
    DEDICATED_COLOUR,
    GENERAL_COLOUR,
    CounterView,
    FloorLayout,
)

PAGES = {"a3": landscape(A3), "a4": landscape(A4)}
MARGIN = 10 * mm
HEADER = 16 * mm
SIDE = {"a3": 100 * mm, "a4": 82 * mm}  # the legend and window list beside the plan
HALL_CLEARANCE = 1.0  # metres of floor drawn around what the floor holds, as the page draws the hall
LOW_COUNTER_BLUE = "#1f4e9c"  # the accessibility sign's colours: white on blue
LINE = colors.HexColor("#5b5f66")


@dataclass(frozen=True)
class FloorplanPdf:
    path: Path
    pages: int
    windows: int


def _darker(hex_colour: str, factor: float = 0.65) -> colors.Color:
    colour = colors.HexColor(hex_colour)
    return colors.Color(colour.red * factor, colour.green * factor, colour.blue * factor)


def _title(layout: FloorLayout) -> str:
    return f"{layout.venue} {layout.floor.name} 平面布局图"


def check_glyphs(layout: FloorLayout, font: CjkFont) -> None:
    """Refuse a plan whose characters the font cannot draw (they would print as empty boxes)."""
    texts = [_title(layout), *(zone.name for zone in layout.zones),
             *(value for counter in layout.windows for value in (counter.number, counter.name, counter.department,
                                                                  counter.domain))]
    missing = font.missing(texts)
    if missing:
        raise HallPlannerError(message("reports", "字体 {font} 没有这些字的字形:{chars};请选择其他字体,未生成 PDF")
                               .format(font=font.family or font.path.name, chars=missing))


class _Plan:
    """The floor to scale inside a box of the page: metres (y downwards) to points (y upwards)."""

    def __init__(self, layout: FloorLayout, box: tuple[float, float, float, float]) -> None:
        shapes = [zone.polygon for zone in layout.zones] + [_corners(counter) for counter in layout.windows]
        if shapes:
            boxes = [bounds(shape) for shape in shapes]
            left, top = min(b[0] for b in boxes), min(b[1] for b in boxes)
            right, bottom = max(b[2] for b in boxes), max(b[3] for b in boxes)
        else:
            left, top, right, bottom = 0.0, 0.0, 10.0, 10.0
        self.metres = (left - HALL_CLEARANCE, top - HALL_CLEARANCE, right + HALL_CLEARANCE, bottom + HALL_CLEARANCE)
        x, y, width, height = box
        span_x, span_y = self.metres[2] - self.metres[0], self.metres[3] - self.metres[1]
        self.scale = min(width / span_x, height / span_y)  # points a metre
        self.origin = (x, y + height)  # the plan hangs from the top left of its box
        self.bottom = y + height - span_y * self.scale

    def point(self, x: float, y: float) -> tuple[float, float]:
        return (self.origin[0] + (x - self.metres[0]) * self.scale, self.origin[1] - (y - self.metres[1]) * self.scale)

    def path(self, canvas: Canvas, polygon: Sequence[tuple[float, float]]):
        path = canvas.beginPath()
        path.moveTo(*self.point(*polygon[0]))
        for corner in polygon[1:]:
            path.lineTo(*self.point(*corner))
        path.close()
        return path


def _corners(counter: CounterView) -> tuple[tuple[float, float], ...]:
    p = counter.placement
    return counter_corners(p.x, p.y, p.width, p.height, p.rotation)


def _fit(font: CjkFont, text: str, size: float, width: float) -> float:
    """The type size at most ``size`` at which ``text`` is no wider than ``width`` points."""
    advance = sum(font.widths.get(ord(char), font.default_width) for char in text) / 1000 or 1
    return min(size, width / advance)


def draw_plan(canvas: Canvas, layout: FloorLayout, font: CjkFont, box: tuple[float, float, float, float]) -> None:
    plan = _Plan(layout, box)
    canvas.saveState()
    canvas.setStrokeColor(LINE)
    canvas.setFillColor(colors.HexColor("#fdfdfb"))
    canvas.setLineWidth(1.6)
    left, top, right, bottom = plan.metres
    canvas.drawPath(plan.path(canvas, [(left, top), (right, top), (right, bottom), (left, bottom)]), fill=1, stroke=1)

    for zone in layout.zones:
        canvas.setFillColor(colors.HexColor(zone.colour))
        canvas.setStrokeColor(_darker(zone.colour, 0.75))
        canvas.setLineWidth(0.6)
        canvas.drawPath(plan.path(canvas, zone.polygon), fill=1, stroke=1)
        zone_left, zone_top, zone_right, _ = bounds(zone.polygon)
        size = _fit(font, zone.name, min(11.0, 0.45 * plan.scale), (zone_right - zone_left) * plan.scale * 0.9)
        x, y = plan.point(zone_left + 0.25, zone_top + 0.2)
        canvas.setFillColor(_darker(zone.colour, 0.35))
        canvas.setFont(font.name, size)
        canvas.drawString(x, y - size, zone.name)

    for counter in layout.windows:
        corners = _corners(counter)
        canvas.setFillColor(colors.HexColor(counter.colour))
        canvas.setStrokeColor(_darker(counter.colour))
        canvas.setLineWidth(0.5)
        canvas.drawPath(plan.path(canvas, corners), fill=1, stroke=1)
        canvas.setStrokeColor(colors.white)  # the public side
        canvas.setLineWidth(max(0.4, 0.06 * plan.scale))
        (fx1, fy1), (fx2, fy2) = corners[2], corners[3]
        inset = 0.06
        canvas.line(*plan.point(fx1 + (corners[1][0] - fx1) * inset, fy1 + (corners[1][1] - fy1) * inset),
                    *plan.point(fx2 + (corners[0][0] - fx2) * inset, fy2 + (corners[0][1] - fy2) * inset))
        placement = counter.placement
        cx, cy = plan.point(placement.x + placement.width / 2, placement.y + placement.height / 2)
        across = min(placement.width, placement.height) * plan.scale
        along = max(placement.width, placement.height) * plan.scale
        size = _fit(font, counter.number, across * 0.5, along * 0.85)
        canvas.setFillColor(colors.white)
        canvas.setFont(font.name, size)
        canvas.drawCentredString(cx, cy - size * 0.35, counter.number)
        if counter.low_counter:
            radius = max(1.6, min(0.28 * plan.scale, 6))
            bx, by = plan.point(*corners[1])
            canvas.setFillColor(colors.HexColor(LOW_COUNTER_BLUE))
            canvas.setStrokeColor(colors.white)
            canvas.setLineWidth(0.5)
            canvas.circle(bx, by, radius, fill=1, stroke=1)
            canvas.setFillColor(colors.white)
            canvas.setFont(font.name, radius * 1.2)
            canvas.drawCentredString(bx, by - radius * 0.42, "低")
    _scale_bar(canvas, plan, font, box)
    canvas.restoreState()


def _scale_bar(canvas: Canvas, plan: _Plan, font: CjkFont, box: tuple[float, float, float, float]) -> None:
    length = next(metres for metres in (1, 2, 5, 10, 20, 50, 100) if metres * plan.scale >= 30 * mm or metres == 100)
    x, y = box[0], plan.bottom - 6 * mm
    canvas.setStrokeColor(colors.black)
    canvas.setFillColor(colors.black)
    canvas.setLineWidth(0.8)
    canvas.line(x, y, x + length * plan.scale, y)
    for tick in (0, length):
        canvas.line(x + tick * plan.scale, y - 2, x + tick * plan.scale, y + 2)
    canvas.setFont(font.name, 7)
    canvas.drawString(x + length * plan.scale + 3, y - 2.5, f"{length} 米(1:{round(1000 / (plan.scale / mm)):,})")


def legend_rows(layout: FloorLayout) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(colour, text) of each zone, and of each colour the counters wear, in the order met."""
    zones = list(dict.fromkeys((zone.colour, zone.name if zone.name == zone.kind.label else f"{zone.name}({zone.kind.label})")
                               for zone in layout.zones))
    counters: dict[str, str] = {}
    for counter in layout.windows:
        if counter.kind is WindowKind.GENERAL:
            text = str(WindowKind.GENERAL.label)
        elif counter.colour_key:
            text = counter.colour_key
        else:
            text = str(counter.kind.label)
        counters.setdefault(text, counter.colour)
    ordered = sorted(counters.items(), key=lambda entry: (entry[1] not in (GENERAL_COLOUR,), entry[1] == DEDICATED_COLOUR))
    return zones, [(colour, text) for text, colour in ordered]


def _draw_legend(canvas: Canvas, layout: FloorLayout, font: CjkFont, x: float, top: float, width: float) -> float:
    """The legend from ``top`` down; where it ends."""
    zones, counters = legend_rows(layout)
    y = top

    def heading(text: str) -> None:
        nonlocal y
        canvas.setFillColor(colors.black)
        canvas.setFont(font.name, 10)
        canvas.drawString(x, y - 10, text)
        y -= 15

    def swatch(colour: str, text: str, *, round_: bool = False, label: str = "") -> None:
        nonlocal y
        canvas.setFillColor(colors.HexColor(colour))
        canvas.setStrokeColor(_darker(colour))
        canvas.setLineWidth(0.5)
        if round_:
            canvas.circle(x + 5, y - 4.5, 4.5, fill=1, stroke=1)
        else:
            canvas.rect(x, y - 9, 12, 9, fill=1, stroke=1)
        if label:
            canvas.setFillColor(colors.white)
            canvas.setFont(font.name, 5.5)
            canvas.drawCentredString(x + 5, y - 6.5, label)
        canvas.setFillColor(colors.black)
        canvas.setFont(font.name, _fit(font, text, 8, width - 18))
        canvas.drawString(x + 17, y - 7.5, text)
        y -= 12

    heading("功能区")
    for colour, text in zones:
        swatch(colour, text)
    y -= 4
    heading("窗口颜色(领域)")
    for colour, text in counters:
        swatch(colour, text)
    swatch(LOW_COUNTER_BLUE, "低位服务设施(GB 55019-2021 §3.6.1)", round_=True, label="低")
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.setFont(font.name, 7)
    canvas.drawString(x, y - 8, "窗口上的白线:窗口正面(办事群众一侧)")
    return y - 16


def _window_table(layout: FloorLayout, font: CjkFont, width: float) -> LongTable:
    def style(size: float) -> ParagraphStyle:
        return ParagraphStyle(f"cell{size}", fontName=font.name, fontSize=size, leading=size * 1.25, wordWrap="CJK")

    cell, header = style(7), style(7.5)
    rows = [[Paragraph(name, header) for name in ("窗口号", "名称", "部门/领域")]]
    for counter in layout.windows:
        rows.append([Paragraph(escape(value), cell) for value in (
            counter.number, counter.name + ("(低位)" if counter.low_counter else ""),
            " · ".join(filter(None, (counter.department, counter.domain))) or counter.kind.label)])
    table = LongTable(rows, colWidths=[width * share for share in (0.17, 0.48, 0.35)], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), font.name),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde3ea")),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#b0b8c0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def render_floorplan(file, layout: FloorLayout, font: CjkFont, paper: str = "a3") -> int:
    """The floor's plan, legend and window list as a PDF into ``file``; the number of pages."""
    check_glyphs(layout, font)
    if paper not in PAGES:
        raise HallPlannerError(message("reports", "纸张须为 A3 或 A4:{paper}").format(paper=paper))
    page, side = PAGES[paper], SIDE[paper]
    plan_box = (MARGIN, MARGIN + 8 * mm, page[0] - 2 * MARGIN - side - 6 * mm, page[1] - 2 * MARGIN - HEADER - 8 * mm)
    side_x, side_top = page[0] - MARGIN - side, page[1] - MARGIN - HEADER
    title = _title(layout)

    def footer(canvas: Canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(font.name, 7)
        canvas.setFillColor(colors.HexColor("#666666"))
        canvas.drawString(MARGIN, MARGIN / 2, f"{title}  HallPlanner")
        canvas.drawRightString(page[0] - MARGIN, MARGIN / 2, f"第 {document.page} 页")
        canvas.restoreState()

    def first_page(canvas: Canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(font.name, 18)
        canvas.drawString(MARGIN, page[1] - MARGIN - 18, title)
        canvas.setFont(font.name, 8.5)
        canvas.setFillColor(colors.HexColor("#444444"))
        low = sum(counter.low_counter for counter in layout.windows)
        canvas.drawString(MARGIN, page[1] - MARGIN - 31, f"{len(layout.windows)} 个窗口,其中低位服务设施 {low} 个;"
                          f"{len(layout.zones)} 个功能区;尺寸单位:米")
        draw_plan(canvas, layout, font, plan_box)
        _draw_legend(canvas, layout, font, side_x, side_top, side)
        canvas.restoreState()
        footer(canvas, document)

    # The legend's height decides where the window list starts: measured on a throwaway canvas.
    legend_end = _draw_legend(Canvas(io.BytesIO(), pagesize=page), layout, font, side_x, side_top, side)
    beside = Frame(side_x, MARGIN, side, legend_end - MARGIN - 4 * mm, leftPadding=0, rightPadding=0,
                   topPadding=0, bottomPadding=0, id="beside")
    # A list too long for the side of the plan goes on in three columns on the pages after.
    gap = 8 * mm
    column = (page[0] - 2 * MARGIN - 2 * gap) / 3
    columns = [Frame(MARGIN + index * (column + gap), MARGIN, column, page[1] - 2 * MARGIN - 8 * mm, leftPadding=0,
                     rightPadding=0, topPadding=0, bottomPadding=0, id=f"column{index}") for index in range(3)]
    document = BaseDocTemplate(file, pagesize=page, title=title, creator="HallPlanner", subject=layout.venue,
                               initialFontName=font.name, initialFontSize=8,
                               pageTemplates=[PageTemplate("plan", [beside], onPage=first_page),
                                              PageTemplate("list", columns, onPage=footer)])
    document.build([NextPageTemplate("list"), _window_table(layout, font, min(side, column))])
    return document.page


def write_floorplan_pdf(path: Path, layout: FloorLayout, font: CjkFont, paper: str = "a3") -> FloorplanPdf:
    """The plan written to ``path``, completely or not at all."""
    pages: list[int] = []
    write_atomically(Path(path), lambda file: pages.append(render_floorplan(file, layout, font, paper)))
    return FloorplanPdf(Path(path), pages[0], len(layout.windows))


def write_floorplan_png(path: Path, layout: FloorLayout, font: CjkFont, paper: str = "a3",
                        dpi: float = 150) -> tuple[int, int]:
    """The PDF's first page (the plan, its legend and the start of the list) as a PNG at ``dpi``;
    its size in pixels."""
    pdf = io.BytesIO()
    render_floorplan(pdf, layout, font, paper)
    page = next(rasterise(pdf.getvalue(), dpi))
    image = Image.frombuffer("RGBX", (page.width, page.height), page.pixels, "raw", "RGBX", page.stride, 1).convert("RGB")
    write_atomically(Path(path), lambda file: image.save(file, format="PNG", optimize=True))
    return page.width, page.height
