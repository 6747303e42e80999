"""An item catalog as departments send it back: find the header, recognise the columns, clean the rows.

Their files are messy: title rows above the header, the department merged down
its column, subtotal rows, stray spaces and line breaks, numbers typed as text.
The header is the row among the first ones that names the most known columns;
columns are recognised by the names Chinese lists use (``FIELD_NAMES``), and the
planner may map the others (``mapping``). Merged cells are filled from their
first cell; rows with neither a name nor a code, and subtotal rows, are skipped.
What a single row gets wrong is reported with its sheet and Excel row number;
what the database thinks of the rows is decided in ``services.importing``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import lru_cache
from itertools import repeat, zip_longest
from pathlib import Path

from hallplanner.domain.cleaning import clean_code, clean_text, header_key, is_subtotal, parse_count, parse_flag
from hallplanner.domain.limits import BASIC_CODE_MAX
from hallplanner.domain.messages import Message, message
from hallplanner.domain.vocabulary import EntryStatus, ItemType, Labelled, Level
from hallplanner.exchange.reading import RawSheet, Workbook, collector_paused, refuse
from hallplanner.services.importing import ImportRecord, ParsedCatalog, RowProblem

HEADER_SEARCH_ROWS = 30
SAMPLE_ROWS = 200  # rows kept as shown, for the wizard's preview

# What each importable field is called, for the planner (the wizard's mapping) and in messages.
FIELD_LABELS: dict[str, Message] = {
    "name": message("catalog_file", "事项名称"),
    "department": message("catalog_file", "实施部门"),
    "department_short": message("catalog_file", "部门简称"),
    "implementation_code": message("catalog_file", "实施编码"),
    "basic_code": message("catalog_file", "基本编码"),
    "code": message("catalog_file", "事项编码"),
    "item_type": message("catalog_file", "事项类型"),
    "level": message("catalog_file", "事项层级"),
    "category": message("catalog_file", "业务分类"),
    "annual_volume": message("catalog_file", "年办件量"),
    "avg_minutes": message("catalog_file", "平均办理时长"),
    "jointly_handled": message("catalog_file", "是否联办"),
    "online_depth": message("catalog_file", "网办深度"),
    "fully_online": message("catalog_file", "是否全流程网办"),
    "entering": message("catalog_file", "是否进驻"),
    "status": message("catalog_file", "进驻状态"),
    "negative_list": message("catalog_file", "负面清单"),
    "special_sensitive": message("catalog_file", "特殊敏感"),
    "plan_ref": message("catalog_file", "方案条款"),
    "illustrative": message("catalog_file", "示例数据"),
}

# Column headings Chinese lists use for each field; compared without spaces, brackets made ASCII.
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "name": ("事项名称", "政务服务事项名称", "事项名", "名称", "子项名称"),
    "department": ("部门", "实施部门", "实施主体", "实施机构", "实施主体名称", "部门名称", "所属部门", "责任单位"),
    "department_short": ("部门简称",),
    "implementation_code": ("实施编码", "事项实施编码"),
    "basic_code": ("基本编码", "事项基本编码"),
    "code": ("事项编码", "编码", "事项代码"),
    "item_type": ("事项类型", "类型", "权力类型"),
    "level": ("事项层级", "层级", "行使层级"),
    "category": ("业务分类", "分类", "业务类别"),
    "annual_volume": ("年办件量", "办件量", "年度办件量", "年均办件量"),
    "avg_minutes": ("平均办理时长(分钟)", "平均办理时长", "办理时长(分钟)"),
    "jointly_handled": ("是否联办", "联办"),
    "online_depth": ("网办深度",),
    "fully_online": ("是否全流程网办", "全流程网办", "是否全程网办"),
    "entering": ("是否进驻",),
    "status": ("进驻状态",),
    "negative_list": ("负面清单", "是否负面清单", "是否列入负面清单"),
    "special_sensitive": ("特殊敏感", "是否特殊敏感"),
    "plan_ref": ("方案条款",),
    "illustrative": ("示例数据",),
}
# Known headings that are not imported: recognised (so they help find the header), never asked about.
KNOWN_IGNORED = ("序号", "办理地点", "备注", "办理窗口", "是否确认", "意见")

_BY_HEADER = {header_key(name): key for key, names in FIELD_NAMES.items() for name in names}
_IGNORED = {header_key(name) for name in KNOWN_IGNORED}
CODE_FIELDS = ("implementation_code", "basic_code", "code")
COUNT_FIELDS = ("annual_volume", "avg_minutes", "online_depth")
FLAG_FIELDS = ("jointly_handled", "fully_online", "negative_list", "special_sensitive", "illustrative", "entering")
LEVEL_WORDS = {"市": Level.CITY, "区": Level.DISTRICT, "县": Level.DISTRICT, "镇": Level.TOWN, "街道": Level.TOWN,
               "乡镇": Level.TOWN, "村": Level.VILLAGE, "社区": Level.VILLAGE}
EXACT_DIGITS = 15  # a code stored as a number keeps this many digits at most


def _lookup(values: type[Labelled], extra: Mapping[str, Labelled] = {}) -> dict[str, Labelled]:
    table = {header_key(member.value): member for member in values}
    table.update({header_key(member.label): member for member in values})
    table.update({header_key(word): member for word, member in extra.items()})
    return table


ENUMS: dict[str, tuple[type[Labelled], dict[str, Labelled]]] = {
    "item_type": (ItemType, _lookup(ItemType, {t.value.removeprefix("行政"): t for t in ItemType
                                                if t.value.startswith("行政")})),
    "level": (Level, _lookup(Level, LEVEL_WORDS)),
    "status": (EntryStatus, _lookup(EntryStatus)),
}


def recognise(headers: list[object]) -> dict[int, str | None]:
    """Column → field for the headings it knows; unknown and ignored columns map to None."""
    mapping: dict[int, str | None] = {}
    taken: set[str] = set()
    for column, heading in enumerate(headers):
        key = _BY_HEADER.get(header_key(heading))
        mapping[column] = key if key and key not in taken else None
        if key:
            taken.add(key)
    return _resolve_code(mapping)


def _resolve_code(mapping: dict[int, str | None]) -> dict[int, str | None]:
    """事项编码 is the implementation code unless the file has that column; then the basic code, if missing."""
    fields = set(mapping.values())
    for column, key in mapping.items():
        if key == "code":
            mapping[column] = ("implementation_code" if "implementation_code" not in fields
                               else "basic_code" if "basic_code" not in fields else None)
    return mapping


def find_header(rows: list[list[object]]) -> int | None:
    """The index of the header row: among the first rows, the one naming the most known columns."""
    best, best_score = None, 1
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        keys = [header_key(cell) for cell in row]
        fields = {_BY_HEADER[key] for key in keys if key in _BY_HEADER}
        score = len(fields) + sum(key in _IGNORED for key in keys)
        if score > best_score and fields & {"name", "implementation_code", "basic_code", "code"}:
            best, best_score = index, score
    return best


def fill_merged(sheet: RawSheet, below: int) -> None:
    """Each merged range below the header row takes its first cell's value in every cell."""
    rows = sheet.rows
    for first_row, first_col, last_row, last_col in sheet.merged:
        if first_row <= below or first_row >= len(rows):
            continue
        value = rows[first_row][first_col] if first_col < len(rows[first_row]) else None
        for row in rows[first_row:last_row + 1]:
            for column in range(first_col, min(last_col + 1, len(row))):
                row[column] = value


def read_catalog_file(path: Path, sheet: str | None = None,
                      mapping: Mapping[int, str | None] | None = None) -> ParsedCatalog:
    """Read ``path``: the named sheet, or the first with a recognisable header."""
    workbook = Workbook(path)
    names = [sheet] if sheet else workbook.sheet_names
    for name in names:
        with collector_paused():  # once over the sheet's rows and the records, not once each
            raw = workbook.sheet(name)
            header = find_header(raw.rows)
            if header is not None:
                return parse_sheet(raw, header, path.name, mapping)
    if len(names) == 1:
        raise refuse(path, message("catalog_file", "工作表“{sheet}”的前 {count} 行中找不到表头(应有“事项名称”或“实施编码”等列名)")
                     .format(sheet=names[0], count=HEADER_SEARCH_ROWS))
    raise refuse(path, message("catalog_file", "各工作表的前 {count} 行中都找不到表头(应有“事项名称”或“实施编码”等列名)")
                 .format(count=HEADER_SEARCH_ROWS))


def parse_sheet(raw: RawSheet, header: int, source: str,
                mapping: Mapping[int, str | None] | None = None) -> ParsedCatalog:
    """The rows below ``header`` as import records.

    A province's catalog has 100,000 rows, so the work goes a column at a time (each
    column's cleaner chosen once, each repeated value read once) and the rows are only
    visited one by one where something is wrong with them: a subtotal, a blank row, a
    missing name, a repeated code. Nothing made here can form a cycle, so the cyclic
    garbage collector, which would walk the whole sheet again and again, is kept off.
    """
    with collector_paused():
        return _parse_sheet(raw, header, source, mapping)


def _parse_sheet(raw: RawSheet, header: int, source: str,
                 mapping: Mapping[int, str | None] | None) -> ParsedCatalog:
    headers = [clean_text(cell) for cell in raw.rows[header]]
    columns = _resolve_code(dict(mapping)) if mapping is not None else recognise(headers)
    fill_merged(raw, header)
    sheet = raw.name
    body = raw.rows[header + 1:]
    first = header + 2  # the Excel row number of body[0]
    parsed = ParsedCatalog(source, sheet, header + 1, headers, columns, [])
    parsed.samples = [[cell if cell.__class__ is str and _plain_text(cell) else clean_text(cell) for cell in cells]
                      for cells in body[:SAMPLE_ROWS]]
    count = len(body)
    by_column = list(zip(*body) if len(set(map(len, body))) == 1 else zip_longest(*body))  # short rows: None

    problems: dict[int, list[RowProblem]] = {}  # body index → what is wrong with the row, in order
    fields: dict[str, list[object]] = {}  # field → its cleaned column, None where empty or unreadable
    gaps: dict[str, bool] = {}  # field → whether its column has a None
    seen: dict[int, list[object]] = {}  # column → the values its cleaning looked at
    for column, key in columns.items():
        if not key:
            continue
        cells = by_column[column] if column < len(by_column) else (None,) * count
        reader = _Reader(_READERS.get(key, clean_text), [] if key == "name" else seen.setdefault(column, []))
        cleaned = _clean_column(key, cells, reader)
        if reader.wrong:
            for index, value, exc in _unreadable(cells, cleaned, reader.wrong):
                problems.setdefault(index, []).append(RowProblem(sheet, first + index, message(
                    "catalog_file", "{field}“{value}”{reason}").format(
                    field=FIELD_LABELS[key], value=clean_text(value), reason=exc.args[0])))
        earlier = fields.get(key)  # a field mapped twice: the later column wins where it has a value
        fields[key] = cleaned if earlier is None else [
            later if later is not None else before for before, later in zip(earlier, cleaned)]
        gaps[key] = reader.empty and gaps.get(key, True)

    none = [None] * count
    names = fields.get("name", none)
    codes = fields.get("implementation_code", none)
    subtotals = {index for index in _subtotal_candidates(by_column, seen, [
        column for column, key in columns.items() if key == "name"])
                 if is_subtotal([clean_text(cell) for cell in body[index][:4]] + [names[index] or ""])}
    blanks: set[int] = set()
    if gaps.get("name", True):
        for index, name in enumerate(names):
            if name is not None or index in subtotals:
                continue
            if codes[index] is None and ("basic_code" not in fields or fields["basic_code"][index] is None) \
                    and index not in problems:
                blanks.add(index)
            else:
                problems.setdefault(index, []).append(RowProblem(sheet, first + index, message(
                    "catalog_file", "缺少事项名称")))
    if "implementation_code" in fields:
        _check_codes(fields, gaps, subtotals, problems, sheet, first)
    parsed.subtotal_rows = len(subtotals)
    parsed.blank_rows = len(blanks)
    for index in sorted(problems.keys() - subtotals):
        parsed.problems.extend(problems[index])

    departments, shorts = ([value or "" for value in column] if gaps.get(key, True) else column
                           for key, column in (("department", fields.pop("department", none)),
                                               ("department_short", fields.pop("department_short", none))))
    entering = fields.pop("entering", none)
    full = [key for key in fields if not gaps[key]]  # a value in every row
    partial = [key for key, cleaned in fields.items() if gaps[key] and cleaned.count(None) < count]
    values = list(map(_row_maker(tuple(full)), *(fields[key] for key in full))) if full \
        else [{} for _ in range(count)]
    for key in partial:
        for row_values, value in zip(values, fields[key]):
            if value is not None:
                row_values[key] = value
    records = list(map(ImportRecord._make, zip(repeat(sheet), range(first, first + count), values, departments,
                                               shorts, entering)))
    skipped = subtotals | blanks
    parsed.records = [record for index, record in enumerate(records) if index not in skipped] if skipped \
        else records
    return parsed


@lru_cache(maxsize=16)
def _row_maker(keys: tuple[str, ...]) -> Callable[..., dict[str, object]]:
    """A function of one value per key that makes a row's dict of them, compiled for these keys.

    A dict display with constant keys is built in one step: over a province's 100,000 rows
    it is a third faster than dict(zip(keys, values)). The keys are written into the code
    by repr, as literals, so nothing read from a file becomes code.
    """
    arguments = [f"value{index}" for index in range(len(keys))]
    entries = ", ".join(f"{key!r}: {argument}" for key, argument in zip(keys, arguments))
    return eval(f"lambda {', '.join(arguments)}: {{{entries}}}")  # noqa: S307 - literals only, see above


def _check_codes(fields: dict[str, list[object]], gaps: dict[str, bool], subtotals: set[int],
                 problems: dict[int, list[RowProblem]], sheet: str, first: int) -> None:
    """A repeated implementation code is a problem of its later rows; a 33-digit one gives the basic code."""
    codes = fields["implementation_code"]
    given = [code for code in codes if code is not None] if gaps["implementation_code"] else codes
    if len(set(given)) < len(given):
        first_row: dict[object, int] = {}  # code → the Excel row that first gave it
        for index, code in enumerate(codes):
            if code is None or index in subtotals:
                continue
            if code in first_row:
                problems.setdefault(index, []).append(RowProblem(sheet, first + index, message(
                    "catalog_file", "实施编码“{code}”与第 {row} 行重复").format(code=code, row=first_row[code])))
            else:
                first_row[code] = first + index
    basics = fields.get("basic_code")
    if basics is None or gaps["basic_code"]:
        derived = list(basics) if basics is not None else [None] * len(codes)
        for index, code in enumerate(codes):
            if derived[index] is None and code is not None and len(code) == 33 and code.isdigit():
                derived[index] = code[18:30]  # 统一社会信用代码 (18) + 基本编码 (12) + 序号 (3)
        fields["basic_code"] = derived
        gaps["basic_code"] = None in derived


def _subtotal_candidates(columns: list[tuple[object, ...]], seen: dict[int, list[object]],
                         name_columns: list[int]) -> set[int]:
    """The rows that may be subtotals (小计, 合计, 总计): only these are looked at one by one.

    A subtotal row has 计 in one of its first six cells, and one of its first four cells or
    its name holds 计 with 小, 合 or 总. A code column knows which values it read beyond its
    fast path (which lets no 计 through), a repeating column its distinct values: only those
    are searched, and a column is walked only for a value found. Names are searched in full.
    """
    def rows_with(column: int, test: Callable[[str], bool]) -> set[int]:  # cells holding 计 that pass ``test``
        cells = columns[column] if column < len(columns) else ()
        looked_at = seen.get(column, cells)
        if not _may_mention(looked_at, "计"):
            return set()
        marked = {value for value in looked_at if value.__class__ is str and "计" in value and test(value)}
        return {index for index, cell in enumerate(cells) if cell in marked} if marked else set()

    strong = set().union(*(rows_with(column, _may_total) for column in {0, 1, 2, 3, *name_columns}))
    if not strong:
        return strong
    return strong & set().union(*(rows_with(column, lambda text: True) for column in range(6)))


def _may_mention(values: Sequence[object], text: str) -> bool:
    """False when no value holds ``text``: one search over the values joined, when all are text."""
    try:
        return text in "".join(values)
    except TypeError:  # numbers or empty cells among them: each is looked at
        return True


def _may_total(text: str) -> bool:
    return "小" in text or "合" in text or "总" in text  # besides 计


_WRONG = object()  # a cell that could not be read; its problem is reported by the caller
_NUMBERS = (bool, int, float)
_BLOCK = 256


def _clean_column(key: str, cells: tuple[object, ...], reader: _Reader) -> list[object]:
    """Each cell of ``key``'s column read, None where empty, ``_WRONG`` where unreadable (``reader`` says why).

    Names and codes differ from row to row: those already clean (almost all) pass a cheap test
    untouched, the others are read one by one. The other columns repeat a few values
    (departments, flags, types, counts): each distinct value is read once.
    """
    if key == "name":
        return _pass_clean(cells, _plain_text, reader)
    if key in CODE_FIELDS:
        return _pass_clean(cells, _plain_code, reader)
    readings = _Readings(reader)
    cleaned = list(map(readings.__getitem__, cells))  # a value met before costs a lookup, not a call
    if any(value.__class__ in _NUMBERS for value in readings):
        kinds = set(map(type, cells))
        if bool in kinds or (int in kinds and float in kinds):  # True == 1 == 1.0 shared one reading: read apart
            reader.forget()
            return [reader(cell) for cell in cells]
    return cleaned


class _Reader:
    """Reads the cells of one column that no fast path let through.

    It keeps what it could not read (``wrong``: the value and the reason), every value it
    looked at (``seen``), and whether any reading came out empty (``empty``: the column has
    a None, where a cell was empty or could not be read).
    """

    def __init__(self, read: Callable[[object], object], seen: list[object]) -> None:
        self.read, self.seen = read, seen
        self.wrong: list[tuple[object, ValueError]] = []
        self.empty = False

    def forget(self) -> None:
        """Start again, as if nothing had been read."""
        self.seen.clear()
        self.wrong.clear()
        self.empty = False

    def __call__(self, cell: object) -> object:
        self.seen.append(cell)
        if cell is None or cell == "":
            self.empty = True
            return None
        try:
            result = self.read(cell)
        except ValueError as exc:
            self.wrong.append((cell, exc))
            self.empty = True
            return _WRONG
        if result is None or result == "":
            self.empty = True
            return None
        return result


class _Readings(dict):
    """Cell value → its reading, each distinct value read once, on first sight."""

    def __init__(self, reader: _Reader) -> None:
        super().__init__()
        self.reader = reader

    def __missing__(self, cell: object) -> object:
        reading = self[cell] = self.reader(cell)
        return reading


def _plain_text(text: str) -> bool:
    return text.isprintable() and " " not in text  # clean_text would return it as it is


def _plain_code(text: str) -> bool:
    return text.isascii() and text.isalnum()  # clean_code would return it as it is


def _pass_clean(cells: tuple[object, ...], plain: Callable[[str], bool], reader: _Reader) -> list[object]:
    """The cells as ``reader`` would make them, where those already ``plain`` are passed as they are.

    The test runs on a block of cells joined into one string (one call instead of hundreds);
    only a block that fails it is looked at cell by cell.
    """
    cleaned: list[object] = []
    for start in range(0, len(cells), _BLOCK):
        block = cells[start:start + _BLOCK]
        try:
            joined = "".join(block)
        except TypeError:  # not all text: numbers, empty cells
            joined = ""
        if joined and plain(joined) and "" not in block:
            cleaned.extend(block)
        else:
            cleaned.extend([cell if cell.__class__ is str and cell and plain(cell) else reader(cell)
                            for cell in block])
    return cleaned


def _unreadable(cells: tuple[object, ...], cleaned: list[object],
                wrong: list[tuple[object, ValueError]]) -> Iterator[tuple[int, object, ValueError]]:
    """Each unreadable cell with its row and reason (a repeated value was read once); then left out as empty."""
    by_identity = {id(cell): exc for cell, exc in wrong}
    by_value = {cell: exc for cell, exc in wrong}
    for index, result in enumerate(cleaned):
        if result is _WRONG:
            cell = cells[index]
            yield index, cell, by_identity.get(id(cell)) or by_value[cell]
            cleaned[index] = None


def _code(value: object) -> str:
    if isinstance(value, float) and abs(value) >= 10 ** EXACT_DIGITS:
        raise ValueError(message("catalog_file", "以数字保存,已失去精度:请把该列设为文本后重新填写"))
    return clean_code(value)


def _basic_code(value: object) -> str:
    code = _code(value)
    if isinstance(value, (int, float)) and code.isdigit():
        return code.zfill(BASIC_CODE_MAX)  # a number lost the code's leading zeros
    return code


def _enum_reader(enum: type[Labelled], table: dict[str, Labelled]) -> Callable[[object], Labelled | None]:
    def read(value: object) -> Labelled | None:
        text = header_key(value)
        if not text:
            return None
        if text not in table:
            raise ValueError(message("catalog_file", "无法识别,可选:{choices}").format(
                choices="、".join(member.label for member in enum)))
        return table[text]

    return read


_READERS: dict[str, Callable[[object], object]] = {
    "implementation_code": _code, "code": _code, "basic_code": _basic_code,
    **{key: parse_count for key in COUNT_FIELDS},
    **{key: parse_flag for key in FLAG_FIELDS},
    **{key: _enum_reader(*ENUMS[key]) for key in ENUMS},
}  # any other field is text, cleaned as a name is
