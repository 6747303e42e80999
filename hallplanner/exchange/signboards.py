"""Signboards as PDF: one page per board, in a template's size, colours and type sizes.

The page size, colours and type sizes come from a template (``sign_templates``).

Text always fits its box: lines wrap (between Chinese characters, and between
words of Latin text) and the type shrinks until every line is inside the margins;
nothing is clipped. Text is drawn with the canvas's string calls, which take it
literally: reportlab's paragraph markup is never used, so a name such as
``A<B & <font size=60>`` prints exactly as typed, with nothing to escape.

A PDF is written to a temporary file beside the target and renamed over it
only when complete: a failure leaves no half-written file and keeps an old one.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.messages import message
from hallplanner.domain.signboards import Board
from hallplanner.exchange.files import write_atomically
from hallplanner.exchange.fonts import CjkFont
from hallplanner.exchange.sign_templates import PRESET_NOTE, Template

LINE_PITCH = 1.3  # baseline to baseline, in type sizes
GAP = 0.6  # between the main line and the lines under it, in main-line type sizes
BORDER_INSET = 0.35  # the frame's distance from the edge, as a share of the margin


@dataclass(frozen=True)
class Block:
    """Lines of one size, as laid out; each line has a slot ``pitch`` type sizes high."""

    size: float
    lines: tuple[str, ...]
    pitch: float

    @property
    def height(self) -> float:
        return self.size * self.pitch * len(self.lines)


class Measure:
    """Widths of text in one font, at type size 1, from the font's own advance table."""

    def __init__(self, font: CjkFont) -> None:
        self.widths = font.widths
        self.default = font.default_width
        self.cache: dict[str, float] = {}
        # A line's slot holds the font's whole glyph box (ascent to descent), whatever the font.
        self.pitch = max(LINE_PITCH, (font.ascent - font.descent) / 1000)

    def __call__(self, text: str) -> float:
        width = self.cache.get(text)
        if width is None:
            widths, default = self.widths, self.default
            width = self.cache[text] = sum(widths.get(ord(char), default) for char in text) / 1000
        return width


def tokens(text: str) -> list[str]:
    """Where a line may break: between Chinese characters, at spaces, not inside a Latin word or number,
    and never before closing punctuation (、,。)and the like)."""
    found: list[str] = []
    word = ""
    for char in text:
        if char.isascii() and (char.isalnum() or char in "-_./:@#&<>=+'\""):
            word += char
            continue
        if word:
            found.append(word)
            word = ""
        if found and char in "、,。;:)》」』】!?.,;:!?)]}" or char == " " and found:
            found[-1] += char
        else:
            found.append(char)
    if word:
        found.append(word)
    return found


def wrap(text: str, width: float, size: float, measure: Measure, parts: Sequence[str] = ()) -> list[str]:
    """Greedy lines of ``text`` no wider than ``width`` at ``size``; a token wider than a line is cut.

    ``parts`` (joined, ``text``) are kept whole where a line holds them: a sign breaks
    after 政务服务中心 rather than inside the department's name.
    """
    limit = width / size
    lines: list[str] = []
    line = ""
    pieces = parts if "".join(parts) == text and parts else (text,)
    for token in (piece for part in pieces
                  for piece in ([part] if measure(part) <= limit else tokens(part))):
        if measure(line + token) <= limit:
            line += token
            continue
        if line.strip():
            lines.append(line.rstrip())
        line = token.lstrip()
        while measure(line) > limit and len(line) > 1:  # one token wider than the line: cut it
            cut = len(line) - 1
            while cut > 1 and measure(line[:cut]) > limit:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
    if line.strip():
        lines.append(line.rstrip())
    return lines


@dataclass(frozen=True)
class Layout:
    title: Block
    body: Block
    gap: float

    @property
    def height(self) -> float:
        return self.title.height + (self.gap + self.body.height if self.body.lines else 0)


def layout(board: Board, template: Template, measure: Measure) -> Layout:
    """The largest sizes, up to the template's, at which the board's text fits inside the margins."""
    width = (template.width_mm - 2 * template.margin_mm) * mm
    height = (template.height_mm - 2 * template.margin_mm) * mm

    def at(scale: float) -> Layout:
        title_size, body_size = template.title_pt * scale, template.body_pt * scale
        title = Block(title_size, tuple(wrap(board.title, width, title_size, measure, board.parts)), measure.pitch)
        body = Block(body_size, tuple(line for text in board.lines for line in wrap(text, width, body_size, measure)),
                     measure.pitch)
        return Layout(title, body, GAP * title_size)

    def fits(candidate: Layout) -> bool:
        return candidate.height <= height and all(
            measure(line) * block.size <= width for block in (candidate.title, candidate.body) for line in block.lines)

    best = at(1.0)
    if fits(best):
        return best
    low, high = 0.0, 1.0  # fits at low (nothing to draw at 0), not at high
    for _ in range(14):
        middle = (low + high) / 2
        if fits(candidate := at(middle)):
            low, best = middle, candidate
        else:
            high = middle
    if low == 0.0:
        raise HallPlannerError(message("templates", "“{text}”在 {template} 上放不下").format(
            text=board.title, template=template.label))
    return best


class BoardPainter:
    """Draws boards onto a canvas, one page each."""

    def __init__(self, canvas: Canvas, template: Template, font: CjkFont) -> None:
        self.canvas, self.template, self.font = canvas, template, font
        self.measure = Measure(font)
        self.page = (template.width_mm * mm, template.height_mm * mm)
        self.background, self.foreground = HexColor(template.background), HexColor(template.foreground)
        # A glyph box, centred in its line's slot, rises this far above its centre line, in type sizes.
        self.raise_ = (font.ascent + font.descent) / 2000

    def draw(self, board: Board) -> None:
        canvas, template = self.canvas, self.template
        width, height = self.page
        canvas.setPageSize(self.page)
        canvas.setFillColor(self.background)
        canvas.rect(0, 0, width, height, stroke=0, fill=1)
        if template.border:
            inset = template.margin_mm * BORDER_INSET * mm
            canvas.setStrokeColor(self.foreground)
            canvas.setLineWidth(max(0.5, template.margin_mm * 0.08 * mm))
            canvas.rect(inset, inset, width - 2 * inset, height - 2 * inset, stroke=1, fill=0)
        canvas.setFillColor(self.foreground)
        placed = layout(board, template, self.measure)
        top = (height + placed.height) / 2  # the text block is centred on the page
        for block in (placed.title, placed.body):
            if not block.lines:
                continue
            canvas.setFont(self.font.name, block.size)
            slot = block.size * self.measure.pitch
            for line in block.lines:
                canvas.drawCentredString(width / 2, top - slot / 2 - self.raise_ * block.size, line)
                top -= slot
            top -= placed.gap
        canvas.showPage()


def check_glyphs(boards: Iterable[Board], font: CjkFont) -> None:
    """Refuse boards whose characters the font cannot draw (they would print as empty boxes)."""
    boards = list(boards)
    missing = font.missing(text for board in boards for text in (board.title, *board.lines))
    if missing:
        raise HallPlannerError(message("templates", "字体 {font} 没有这些字的字形:{chars};请选择其他字体,未生成 PDF")
                               .format(font=font.family or font.path.name, chars=missing))


def pdf_bytes(boards: Sequence[Board], template: Template, font: CjkFont,
              progress: Callable[[], None] | None = None) -> bytes:
    """The boards' PDF in memory (the preview rasterises these bytes)."""
    buffer = io.BytesIO()
    _draw_all(buffer, boards, template, font, progress)
    return buffer.getvalue()


def write_pdf(path: Path, boards: Sequence[Board], template: Template, font: CjkFont,
              progress: Callable[[], None] | None = None) -> None:
    """Write the boards' PDF to ``path``: completely, or not at all."""
    path = Path(path)
    if not boards:
        raise HallPlannerError(message("templates", "没有可制作的标识牌,未生成 PDF"))
    check_glyphs(boards, font)
    write_atomically(path, lambda file: _draw_all(file, boards, template, font, progress))


def _draw_all(file, boards: Sequence[Board], template: Template, font: CjkFont,
              progress: Callable[[], None] | None) -> None:
    check_glyphs(boards, font)
    # The canvas's own first font would be Helvetica, named in the PDF but not embedded.
    canvas = Canvas(file, pagesize=(template.width_mm * mm, template.height_mm * mm), pageCompression=1,
                    initialFontName=font.name, initialFontSize=12)
    canvas.setTitle("标识牌")
    canvas.setCreator("HallPlanner")
    canvas.setSubject(f"{template.label}:{PRESET_NOTE}")
    painter = BoardPainter(canvas, template, font)
    for board in boards:
        if progress is not None:
            progress()
        painter.draw(board)
    canvas.save()
