"""A negative list as the reform office sends it: find the header, recognise the columns, clean the lines.

The same machinery as an item catalog (``reading`` opens the file and refuses hostile ones,
``catalog_file.fill_merged`` fills merged cells, ``domain.cleaning`` cleans the values): the
header is the row among the first ones naming the most known columns, and it must name the
item. Title rows, blank and subtotal rows are skipped; what a line gets wrong is reported with
its file, sheet and Excel row, and an import with problems writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from hallplanner.domain.cleaning import clean_code, clean_text, header_key, is_subtotal
from hallplanner.domain.limits import BASIC_CODE_MAX
from hallplanner.domain.messages import message
from hallplanner.domain.negative_list import ListEntry
from hallplanner.exchange.catalog_file import HEADER_SEARCH_ROWS, fill_merged
from hallplanner.exchange.reading import Workbook, refuse
from hallplanner.services.importing import RowProblem

# Headings provincial and city lists use; compared without spaces, brackets made ASCII.
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "name": ("事项名称", "政务服务事项名称", "名称", "子项名称", "主项名称"),
    "basic_code": ("基本编码", "事项基本编码", "事项编码", "编码"),
    "department": ("实施部门", "部门", "主管部门", "实施主体", "责任单位", "部门名称"),
    "note": ("备注", "说明", "不进驻理由", "理由", "列入理由", "原因"),
}
KNOWN_IGNORED = ("序号", "事项类型", "层级", "适用层级")
_BY_HEADER = {header_key(name): key for key, names in FIELD_NAMES.items() for name in names}
_IGNORED = {header_key(name) for name in KNOWN_IGNORED}


@dataclass
class ParsedList:
    source: str  # file name
    sheet: str
    entries: list[ListEntry] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    skipped_rows: int = 0  # blank and subtotal rows


def find_header(rows: list[list[object]]) -> int | None:
    best, best_score = None, 0
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        keys = [header_key(cell) for cell in row]
        fields = {_BY_HEADER[key] for key in keys if key in _BY_HEADER}
        score = len(fields) + sum(key in _IGNORED for key in keys)
        if "name" in fields and score > best_score:
            best, best_score = index, score
    return best


def read_negative_list_file(path: Path, sheet: str | None = None) -> ParsedList:
    """The lines of ``path``: the named sheet, or the first with a header naming the item."""
    workbook = Workbook(path)
    for name in [sheet] if sheet else workbook.sheet_names:
        raw = workbook.sheet(name)
        header = find_header(raw.rows)
        if header is None:
            continue
        fill_merged(raw, header)
        return _parse(path.name, raw.name, raw.rows, header)
    raise refuse(path, message("negative_list_file", "前 {count} 行中找不到表头(应有“事项名称”列)")
                 .format(count=HEADER_SEARCH_ROWS))


def _parse(source: str, sheet: str, rows: list[list[object]], header: int) -> ParsedList:
    columns: dict[str, int] = {}
    for column, heading in enumerate(rows[header]):
        key = _BY_HEADER.get(header_key(heading))
        if key and key not in columns:
            columns[key] = column
    parsed = ParsedList(source, sheet)
    first_row: dict[str, int] = {}
    for index in range(header + 1, len(rows)):
        cells = rows[index]
        excel_row = index + 1

        def cell(key: str) -> object:
            column = columns.get(key)
            return cells[column] if column is not None and column < len(cells) else None

        name = clean_text(cell("name"))
        code = clean_code(cell("basic_code"))
        if isinstance(cell("basic_code"), (int, float)) and code.isdigit():
            code = code.zfill(BASIC_CODE_MAX)  # a number lost the code's leading zeros
        texts = [clean_text(value) for value in cells[:4]]
        if (not name and not code) or is_subtotal(texts + [name]):
            parsed.skipped_rows += 1
            continue
        problem = None
        if not name:
            problem = message("negative_list_file", "缺少事项名称")
        elif len(name) > 200:
            problem = message("negative_list_file", "事项名称超过 200 个字符")
        elif len(code) > BASIC_CODE_MAX:
            problem = message("negative_list_file", "基本编码“{code}”超过 {limit} 位").format(
                code=code, limit=BASIC_CODE_MAX)
        entry = ListEntry(name, code, clean_text(cell("department"))[:128], clean_text(cell("note")))
        if problem is None and entry.key in first_row:
            problem = message("negative_list_file", "“{name}”与第 {row} 行重复").format(
                name=name, row=first_row[entry.key])
        if problem is not None:
            parsed.problems.append(RowProblem(sheet, excel_row, problem))
            continue
        first_row[entry.key] = excel_row
        parsed.entries.append(entry)
    if not parsed.entries and not parsed.problems:
        parsed.problems.append(RowProblem(sheet, 0, message("negative_list_file", "表头下没有事项")))
    return parsed
