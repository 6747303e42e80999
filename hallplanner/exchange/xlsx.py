"""The one styled table writer every Excel export goes through.

A sheet is a title row (what the list is, the database, the date), a bold
header row that stays in view (frozen) and carries an autofilter, then the rows.
Columns get widths that fit their texts, and the print setup planners expect:
A4 landscape, fit to the page width, the header repeated on every page.

Rows stream through openpyxl's write-only mode, so a province catalog never
sits in memory as cells. Text stays text: openpyxl would store a string that
starts with ``=`` as a live formula, so such a string gets a cell typed as text;
line endings become ``\\n`` and the control characters Excel refuses are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from hallplanner.exchange.files import write_atomically

# Characters XML 1.0 (and so Excel) cannot hold; openpyxl raises on them.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
MAX_WIDTH = 60  # characters; longer texts wrap in the cell instead
PROGRESS_EVERY = 2_000  # rows between progress reports
SHEET_TITLE_MAX = 31  # Excel's limit on a sheet's name
_SHEET_TITLE_FORBIDDEN = re.compile(r"[\\/*?:\[\]]")


@dataclass(frozen=True)
class Column:
    """A column of an export: its header, and the width it needs at least (in characters)."""

    header: str
    width: int = 10
    wrap: bool = False  # long free text (lists of windows, messages): wrapped, not cut


@dataclass
class Sheet:
    """One sheet of an export: its name, title line, columns, and the rows (any iterable)."""

    name: str
    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[object]]
    count: int | None = None  # the number of rows, when known in advance: progress can say how far
    widths: list[int] = field(default_factory=list)


def cell_text(value: str) -> str:
    """Text as a cell holds it: ``\\r\\n`` and ``\\r`` become ``\\n``; characters Excel refuses are dropped."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if _ILLEGAL.search(value):
        value = _ILLEGAL.sub("", value)
    return value


def sheet_name(text: str, taken: set[str]) -> str:
    """A valid, unused sheet name made from ``text`` (Excel forbids some characters and more than 31)."""
    base = _SHEET_TITLE_FORBIDDEN.sub("_", text).strip("'") or "Sheet"
    name, number = base[:SHEET_TITLE_MAX], 2
    while name.casefold() in taken:
        suffix = f"({number})"
        name, number = base[:SHEET_TITLE_MAX - len(suffix)] + suffix, number + 1
    taken.add(name.casefold())
    return name


def _display_width(text: str) -> int:
    """Columns a text takes: a CJK character is as wide as two Latin ones."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


class TableWriter:
    """Writes sheets of rows into one workbook, streaming; ``save`` finishes the file."""

    def __init__(self, progress: Callable[[int, int | None], None] | None = None) -> None:
        self.workbook = Workbook(write_only=True)
        self.progress = progress or (lambda done, total: None)
        self.rows_written = 0
        self._names: set[str] = set()
        self._title_font = Font(bold=True, size=13)
        self._header_font = Font(bold=True)
        self._header_fill = PatternFill("solid", fgColor="DDEBF7")
        self._header_border = Border(bottom=Side(style="thin"))
        self._wrap = Alignment(wrap_text=True, vertical="top")

    def add(self, sheet: Sheet) -> None:
        columns = list(sheet.columns)
        ws = self.workbook.create_sheet(sheet_name(sheet.name, self._names))
        for number, column in enumerate(columns, 1):
            # Header texts decide the least width; data may not widen a streamed column after the fact.
            width = min(MAX_WIDTH, max(column.width, _display_width(column.header) + 2))
            ws.column_dimensions[get_column_letter(number)].width = width
        last = get_column_letter(max(1, len(columns)))
        ws.freeze_panes = "A3"
        ws.auto_filter.ref = f"A2:{last}2"  # widened to the last row once it is known, below
        ws.print_title_rows = "1:2"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.print_options.gridLines = True

        title = WriteOnlyCell(ws, value=cell_text(sheet.title))
        title.font = self._title_font
        title.data_type = "s"
        ws.append([title])
        ws.append([self._header(ws, column.header) for column in columns])
        wrapped = [number for number, column in enumerate(columns) if column.wrap]
        count = 0
        for row in sheet.rows:
            ws.append(self._values(ws, row, wrapped))
            count += 1
            if count % PROGRESS_EVERY == 0:
                self.progress(self.rows_written + count, sheet.count)
        self.rows_written += count
        ws.auto_filter.ref = f"A2:{last}{count + 2}"
        self.progress(self.rows_written, sheet.count)

    def _header(self, ws, text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=cell_text(text))
        cell.data_type = "s"
        cell.font, cell.fill, cell.border = self._header_font, self._header_fill, self._header_border
        cell.alignment = self._wrap
        return cell

    def _values(self, ws, row: Sequence[object], wrapped: list[int]) -> list[object]:
        values = list(row)
        for position, value in enumerate(values):
            if value.__class__ is str:
                text = cell_text(value) if ("\r" in value or _ILLEGAL.search(value)) else value
                if text.startswith("=") or position in wrapped:
                    # A string cell is never a formula in Excel; openpyxl would make "=…" one.
                    cell = WriteOnlyCell(ws, value=text)
                    cell.data_type = "s"
                    if position in wrapped:
                        cell.alignment = self._wrap
                    text = cell
                values[position] = text
            elif value is not None and not isinstance(value, (int, float)):
                values[position] = str(value)
        return values

    def save(self, file: BinaryIO) -> None:
        if not self.workbook.worksheets:
            self.workbook.create_sheet("Sheet")
        self.workbook.save(file)


def write_sheets(path: Path, sheets: Iterable[Sheet],
                 progress: Callable[[int, int | None], None] | None = None) -> int:
    """Write ``sheets`` into a new workbook at ``path``; the number of data rows written.

    Through a temporary file: a failed export leaves no half file, and a folder that cannot
    be written is refused before any row is read.
    """
    writer = TableWriter(progress)

    def write(file: BinaryIO) -> None:
        for sheet in sheets:
            writer.add(sheet)
        writer.save(file)

    write_atomically(path, write)
    return writer.rows_written
