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

from collections.abc import Callable, Mapping
from pathlib import Path

from hallplanner.domain.cleaning import clean_code, clean_text, header_key, is_subtotal, parse_count, parse_flag
from hallplanner.domain.limits import BASIC_CODE_MAX
from hallplanner.domain.messages import Message, message
from hallplanner.domain.vocabulary import EntryStatus, ItemType, Labelled, Level
from hallplanner.exchange.reading import RawSheet, Workbook, refuse
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
    headers = [clean_text(cell) for cell in raw.rows[header]]
    columns = _resolve_code(dict(mapping)) if mapping is not None else recognise(headers)
    fill_merged(raw, header)
    parsed = ParsedCatalog(source, raw.name, header + 1, headers, columns, [])
    first_row: dict[str, int] = {}  # implementation code → the Excel row that first gave it
    converters = [(column, key, _converter(key)) for column, key in columns.items() if key]
    sheet = raw.name
    for index in range(header + 1, len(raw.rows)):
        cells = raw.rows[index]
        width = len(cells)
        excel_row = index + 1
        if len(parsed.samples) < SAMPLE_ROWS:
            parsed.samples.append([clean_text(cell) for cell in cells])
        values: dict[str, object] = {}
        problems: list[RowProblem] = []
        for column, key, convert in converters:
            value = cells[column] if column < width else None
            if value is None or value == "":
                continue
            try:
                result = convert(value)
            except ValueError as exc:
                problems.append(RowProblem(sheet, excel_row, message("catalog_file", "{field}“{value}”{reason}").format(
                    field=FIELD_LABELS[key], value=clean_text(value), reason=exc.args[0])))
                continue
            if result is not None and result != "":
                values[key] = result
        code = values.get("implementation_code")
        if _maybe_subtotal(cells) and is_subtotal([clean_text(cell) for cell in cells[:4]]
                                                  + [str(values.get("name", ""))]):
            parsed.subtotal_rows += 1
            continue
        if "name" not in values and not code and "basic_code" not in values and not problems:
            parsed.blank_rows += 1
            continue
        if "name" not in values:
            problems.append(RowProblem(sheet, excel_row, message("catalog_file", "缺少事项名称")))
        if code:
            if code in first_row:
                problems.append(RowProblem(sheet, excel_row, message(
                    "catalog_file", "实施编码“{code}”与第 {row} 行重复").format(code=code, row=first_row[code])))
            else:
                first_row[code] = excel_row
            if "basic_code" not in values and len(code) == 33 and code.isdigit():
                values["basic_code"] = code[18:30]  # 统一社会信用代码 (18) + 基本编码 (12) + 序号 (3)
        parsed.problems.extend(problems)
        department = values.pop("department", "")
        short = values.pop("department_short", "")
        parsed.records.append(ImportRecord(sheet, excel_row, values, department, short, values.pop("entering", None)))
    return parsed


def _maybe_subtotal(cells: list[object]) -> bool:
    return any(cell.__class__ is str and "计" in cell for cell in cells[:6])


def _converter(key: str) -> Callable[[object], object]:
    """The function that reads one cell of ``key``'s column; repeated values are read once."""
    if key == "name":
        return clean_text
    if key in CODE_FIELDS:
        return _basic_code if key == "basic_code" else _code
    if key in COUNT_FIELDS:
        return parse_count
    if key in FLAG_FIELDS:
        return _cached(parse_flag)
    if key in ENUMS:
        return _cached(_enum_reader(*ENUMS[key]))
    return _cached(clean_text)


def _cached(read: Callable[[object], object]) -> Callable[[object], object]:
    known: dict[object, object] = {}

    def cached(value: object) -> object:
        try:
            result = known[value]
        except KeyError:
            try:
                result = read(value)
            except ValueError as exc:
                result = exc
            known[value] = result
        if result.__class__ is ValueError:
            raise result
        return result

    return cached


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
