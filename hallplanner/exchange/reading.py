"""Reading spreadsheets planners receive: .xlsx, .xls, .ods and CSV, refusing hostile files first.

python-calamine reads the spreadsheet formats (about ten times faster than
openpyxl's read-only mode, and it reports merged ranges). Before it sees a file,
the file is looked at cheaply: what it really is (by its first bytes, not its
name), whether it is encrypted, for the zipped formats how large its parts unpack,
and how far its cells reach (an xlsx sheet's XML in ``sheet_extent``, an .xls
file's records in ``biff``, an ODS table here). calamine allocates a sheet as one
block of rows × columns, so a crafted file with one cell at XFD1048576 would ask for
hundreds of gigabytes and abort the process: such a file is refused here, in about
a second for a province's catalog, with a message that says why.

Entities: a part with a DOCTYPE (the carrier of XML bombs and external entities)
is refused; calamine's XML reader would not expand them anyway.
"""

from __future__ import annotations

import codecs
import csv
import gc
import html
import io
import re
import zipfile
import zlib
from array import array
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from itertools import chain, zip_longest
from pathlib import Path

import python_calamine

from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.messages import Message, message
from hallplanner.exchange import biff
from hallplanner.exchange.sheet_extent import ExtentScan, string_lengths

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNPACKED_BYTES = 600 * 1024 * 1024  # all parts of a zipped workbook, unpacked
MAX_RATIO = 250  # unpacked / packed, for parts over a megabyte: a zip bomb's ratio is in the thousands
MAX_PARTS = 10_000
MAX_ROWS = 1_048_576  # Excel's own limit
MAX_COLUMNS = 1_000
MAX_CELLS = 20_000_000  # rows × columns of one sheet as calamine lays it out
# Shared strings copied into a sheet's cells, as counted (every value may name one): a province's
# real catalog counts up to about a gigabyte when numbers name long strings; crafted ones ten or more.
MAX_STRING_BYTES = 2 * 1024 * 1024 * 1024
CHUNK = 1 << 20
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")

# calamine reads ODS attributes by their literal names, quoted either way, with spaces around "=";
# a repeat is a Rust integer (a "+" allowed), and a row's repeat may be written with entities.
_ODS_TABLE = re.compile(rb'<table:table(?=[\s>])((?:[^>"\']|"[^"]*"|\'[^\']*\')*)>')  # a ">" may be quoted
_ODS_ROW = re.compile(rb'<table:table-row(?=[\s/>])((?:[^>"\']|"[^"]*"|\'[^\']*\')*)>')
_ODS_REPEAT = re.compile(rb'table:number-(rows|columns)-repeated\s*=\s*([\'"])([^\'"]*)\2')
_ODS_NAME = re.compile(rb'table:name\s*=\s*([\'"])([^\'"]*)\1')


@dataclass
class RawSheet:
    """A sheet's cells as rows (row 0 is Excel's row 1), and its merged ranges (0-based, inclusive)."""

    name: str
    rows: list[list[object]]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)


class FileRefused(HallPlannerError):
    """The file cannot be read as a table; nothing was changed."""


def refuse(path: Path, reason: Message) -> FileRefused:
    return FileRefused(message("reading", "无法导入 {file}:{reason}").format(file=path.name, reason=reason))


class Workbook:
    """An opened spreadsheet or CSV file: its sheet names, and each sheet on request."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._calamine = None
        self._csv: RawSheet | None = None
        kind = _check_file(path)
        if kind == "csv":
            self._csv = _read_csv(path)
            self.sheet_names = [self._csv.name]
            return
        try:
            self._calamine = python_calamine.CalamineWorkbook.from_path(str(path))
            self.sheet_names = [sheet.name for sheet in self._calamine.sheets_metadata
                                if sheet.typ == python_calamine.SheetTypeEnum.WorkSheet]
        except python_calamine.PasswordError as exc:
            raise refuse(path, message("reading", "文件已加密(设有打开密码),请另存为不加密的文件再导入")) from exc
        except BaseException as exc:  # calamine's errors name the broken part; told as they are
            if not _reader_failure(exc):
                raise
            raise refuse(path, message("reading", "文件已损坏或不是工作簿({reason})")
                         .format(reason=_first_line(exc))) from exc
        if not self.sheet_names:
            raise refuse(path, message("reading", "工作簿中没有工作表"))

    def sheet(self, name: str) -> RawSheet:
        if self._csv is not None:
            return self._csv
        if name not in self.sheet_names:
            raise refuse(self.path, message("reading", "没有名为“{sheet}”的工作表(有:{sheets})")
                         .format(sheet=name, sheets="、".join(self.sheet_names)))
        try:
            sheet = self._calamine.get_sheet_by_name(name)
            # calamine has laid the sheet out by now (the checks before it saw to its size): this
            # spares the Python objects of a sheet that fits calamine but not an import
            if sheet.height * sheet.width > MAX_CELLS or sheet.height > MAX_ROWS:
                raise refuse(self.path, message("reading", "工作表“{sheet}”有 {rows} 行 {columns} 列,超出可导入的范围")
                             .format(sheet=name, rows=sheet.height, columns=sheet.width))
            with collector_paused():  # a province's sheet is 100,000 lists, none of them in a cycle
                rows = sheet.to_python(skip_empty_area=False)
            merged = [(first[0], first[1], last[0], last[1]) for first, last in (sheet.merged_cell_ranges or [])]
            if _merged_area(merged, sheet.height, sheet.width) > sheet.height * sheet.width:
                raise refuse(self.path, message("reading", "工作表“{sheet}”的合并单元格相互重叠,可能是恶意构造的文件")
                             .format(sheet=name))
        except FileRefused:
            raise
        except BaseException as exc:
            if not _reader_failure(exc):
                raise
            raise refuse(self.path, message("reading", "工作表“{sheet}”无法读取({reason})")
                         .format(sheet=name, reason=_first_line(exc))) from exc
        return RawSheet(name, rows, merged)


def _merged_area(merged: list[tuple[int, int, int, int]], height: int, width: int) -> int:
    """The cells merged ranges cover within the sheet, counted once per range.

    Excel and LibreOffice never let merged ranges overlap, so they cover the sheet at most
    once; thousands of ranges over the whole sheet would make filling them take hours.
    """
    return sum(max(0, min(last_row, height - 1) - first_row + 1) * max(0, min(last_col, width - 1) - first_col + 1)
               for first_row, first_col, last_row, last_col in merged)


def _reader_failure(exc: BaseException) -> bool:
    """An error of calamine's, or a panic: its bug on a malformed file, which pyo3 raises as a
    PanicException outside ``Exception``; not an interrupt."""
    return isinstance(exc, Exception) or type(exc).__name__ == "PanicException"


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while making objects that cannot form a cycle.

    Building a sheet's rows or its records makes hundreds of thousands of objects; the
    collector would walk them, and every other object of the process, again and again.
    Afterwards they are frozen, out of its sight (as the window's ``settle_memory`` does
    with a read catalog), instead of being walked once when it resumes; reference
    counting still frees them.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.enable()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__


def _check_file(path: Path) -> str:
    """What the file is ("zip", "ole" or "csv"), after checks that refuse what must not be read."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError as exc:
        raise refuse(path, message("reading", "文件不存在")) from exc
    except IsADirectoryError as exc:
        raise refuse(path, message("reading", "这是一个文件夹")) from exc
    except OSError as exc:
        raise refuse(path, message("reading", "无法读取文件({reason})").format(reason=exc.strerror or exc)) from exc
    if size == 0:
        raise refuse(path, message("reading", "文件是空的(0 字节)"))
    if size > MAX_FILE_BYTES:
        raise refuse(path, message("reading", "文件有 {size} MB,超过可导入的 {limit} MB")
                     .format(size=size // (1 << 20), limit=MAX_FILE_BYTES // (1 << 20)))
    if head.startswith(ZIP_MAGIC):
        _check_zip(path)
        return "zip"
    if head == OLE_MAGIC:
        data = path.read_bytes()
        if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
            raise refuse(path, message("reading", "文件已加密(设有打开密码),请另存为不加密的文件再导入"))
        _check_xls(path, data)
        return "ole"
    if path.suffix.lower() in TEXT_SUFFIXES:
        return "csv"
    raise refuse(path, message("reading", "不是 Excel(.xlsx、.xls)、ODS 或 CSV 文件"))


def _check_xls(path: Path, data: bytes) -> None:
    """Each sheet of an .xls reaches no further than calamine can lay out (see biff.py)."""
    try:
        sheets = biff.sheet_extents(biff.workbook_stream(data))
    except biff.BiffError as exc:
        raise refuse(path, message("reading", "文件已损坏或不是工作簿({reason})").format(reason=exc)) from exc
    for sheet in sheets:
        _check_extent(path, message("reading", "工作表“{sheet}”").format(sheet=sheet.name), sheet.rows, sheet.columns)
    if sheets:  # calamine reads every sheet when it opens the file: their copies add up
        most = max(sheets, key=lambda sheet: sheet.copied)
        _check_copied(path, message("reading", "工作表“{sheet}”").format(sheet=most.name),
                      sum(sheet.copied for sheet in sheets))


def _check_zip(path: Path) -> None:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise refuse(path, message("reading", "文件已损坏或不是工作簿({reason})").format(reason=_first_line(exc))) from exc
    with archive:
        parts = archive.infolist()
        names = {part.filename for part in parts}
        if len(parts) > MAX_PARTS:
            raise refuse(path, message("reading", "工作簿包含 {count} 个部件,不像正常的工作簿").format(count=len(parts)))
        unpacked = sum(part.file_size for part in parts)
        bomb = any(part.file_size > (1 << 20) and part.file_size > MAX_RATIO * max(part.compress_size, 1)
                   for part in parts)
        if unpacked > MAX_UNPACKED_BYTES or bomb:
            raise refuse(path, message("reading", "工作簿解压后过大({size} MB),可能是恶意构造的文件")
                         .format(size=unpacked // (1 << 20)))
        if any(part.flag_bits & 0x1 for part in parts):
            raise refuse(path, message("reading", "文件已加密(设有打开密码),请另存为不加密的文件再导入"))
        is_ods = "content.xml" in names and archive.read("mimetype")[:len(ODS_MIME)] == ODS_MIME \
            if "mimetype" in names else False
        if "xl/workbook.xml" not in names and not is_ods:
            raise refuse(path, message("reading", "这个压缩文件不是 Excel 或 ODS 工作簿(例如 Word 文档)"))
        if path.suffix.lower() == ".xlsb" or any(name.lower().endswith("workbook.bin") for name in names):
            raise refuse(path, message("reading", "不支持二进制工作簿(.xlsb),请在 Excel 中另存为 .xlsx 再导入"))
        if is_ods and "META-INF/manifest.xml" in names and b"encryption-data" in archive.read("META-INF/manifest.xml"):
            raise refuse(path, message("reading", "文件已加密(设有打开密码),请另存为不加密的文件再导入"))
        try:
            _check_parts(path, archive, [part for part in parts if not part.is_dir()])
        except (zipfile.BadZipFile, zlib.error, NotImplementedError, EOFError, OSError) as exc:
            raise refuse(path, message("reading", "文件已损坏或不是工作簿({reason})")
                         .format(reason=_first_line(exc))) from exc


def _check_parts(path: Path, archive: zipfile.ZipFile, parts: list[zipfile.ZipInfo]) -> None:
    """Every part as calamine's xlsx reader could take it, and content.xml as its ODS reader does.

    calamine picks its reader by the file's extension, and tries them in turn for another
    (or the same in capitals): a zip is looked at with both eyes, whatever it claims to be.
    """
    strings = [part for part in parts if _holds_shared_strings(part)]  # first: cells name them
    tables = [_check_part(path, archive, part) for part in strings]  # several: the longest of each string
    lengths = tables[0] if len(tables) == 1 else array("Q", map(max, zip_longest(*tables, fillvalue=0)))
    for part in parts:
        if part not in strings:
            _check_part(path, archive, part, lengths)


def _holds_shared_strings(part: zipfile.ZipInfo) -> bool:
    return part.filename.lower().endswith("sharedstrings.xml")  # calamine: its workbook's folder + this


def _check_part(path: Path, archive: zipfile.ZipFile, part: zipfile.ZipInfo,
                lengths: Sequence[int] = ()) -> Sequence[int]:
    """No DOCTYPE anywhere; cells reach no further, and strings are no more, than calamine can hold.

    In an xlsx every part is bounded as a worksheet: calamine reads a sheet wherever the
    workbook's relationships point, under any name; its cells may name the shared
    strings of ``lengths``. Returns the lengths of the shared strings the part holds, if
    it is where calamine reads them.
    """
    with archive.open(part) as stream:
        head = stream.read(CHUNK)
        if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
            raise refuse(path, message("reading", "工作簿中的 {part} 含有 DOCTYPE 或实体声明,可能是恶意构造的文件,已拒绝")
                         .format(part=part.filename))
        holds_strings = _holds_shared_strings(part)
        scan = ExtentScan(holds_strings, lengths)
        kept = []  # the whole part, where it is read again below: the shared strings, an ODS's content
        for piece in chain([head], iter(partial(stream.read, CHUNK), b"")):
            scan.feed(piece)
            if holds_strings or part.filename == "content.xml":
                kept.append(piece)
    if part.filename == "content.xml":
        _check_ods_content(path, b"".join(kept))
    if scan.strings > MAX_CELLS:
        raise refuse(path, message("reading", "{part} 声明了 {count} 个共享字符串,超出可导入的范围,可能是恶意构造的文件")
                     .format(part=part.filename, count=scan.strings))
    _check_copied(path, part.filename, scan.copied)
    _check_extent(path, part.filename, *scan.extent(partial(archive.read, part), _fits))
    return string_lengths(b"".join(kept)) if holds_strings else ()


def _fits(rows: int, columns: int) -> bool:
    return rows <= MAX_ROWS and columns <= MAX_COLUMNS and rows * columns <= MAX_CELLS


def _check_extent(path: Path, where: str, rows: int, columns: int) -> None:
    if not _fits(rows, columns):
        raise refuse(path, message("reading", "{part} 的单元格范围达 {rows} 行 × {columns} 列,超出可导入的范围,可能是恶意构造的文件")
                     .format(part=where, rows=rows, columns=columns))


def _check_copied(path: Path, where: str, copied: int) -> None:
    if copied > MAX_STRING_BYTES:
        raise refuse(path, message("reading", "{part} 的单元格共引用 {size} MB 共享字符串,超出可导入的范围,可能是恶意构造的文件")
                     .format(part=where, size=copied >> 20))


def _check_ods_content(path: Path, content: bytes) -> None:
    """Each table's rows × columns as calamine lays them out, repeats counted, stay within the limits.

    calamine expands a repeated row or cell unless it is empty and nothing with a value follows it:
    LibreOffice ends every row with thousands of repeated empty cells and every table with a million
    repeated empty rows, which cost nothing. A table reaches as many rows as lie up to its last row
    with a value, and as many columns as its widest such row, empty cells before a value counted.
    """
    tables = list(_ODS_TABLE.finditer(content))
    for table, following in zip(tables, tables[1:] + [None]):
        end = following.start() if following else len(content)
        rows = reached = columns = 0
        for row in _ODS_ROW.finditer(content, table.end(), end):
            rows += _ods_repeat(row.group(1), b"rows") if b"repeated" in row.group(1) else 1
            start, stop = row.end(), content.find(b"</table:table-row>", row.end(), end)
            if row.group(1).endswith(b"/"):
                continue
            stop = end if stop < 0 else stop
            last_value = max(content.rfind(b"office:", start, stop), content.rfind(b"<text:", start, stop),
                             content.rfind(b"table:formula", start, stop))
            if last_value < 0:
                continue
            # cells after the row's last value are not laid out: LibreOffice's thousands of empty ones
            value_end = content.find(b">", last_value, stop)
            value_end = stop if value_end < 0 else value_end + 1
            width = content.count(b"<table:", start, value_end)  # its cells (and any other table element)
            if content.find(b"repeated", start, value_end) >= 0:
                for cell in _ODS_REPEAT.finditer(content, start, value_end):
                    if cell.group(1) == b"columns":
                        tag = content[content.rfind(b"<", start, cell.start()):content.find(b">", cell.end(), stop)]
                        width += _ods_repeat(tag, b"columns") - 1
            reached, columns = rows, max(columns, width)
        if reached or columns:
            name = _ODS_NAME.search(table.group(1))
            sheet = name.group(2).decode("utf-8", "replace") if name else ""
            _check_extent(path, message("reading", "工作表“{sheet}”").format(sheet=sheet), reached, columns)


def _ods_repeat(tag: bytes, kind: bytes) -> int:
    """The repeat calamine reads from a tag (1 where it has none, or one calamine cannot read)."""
    for match in _ODS_REPEAT.finditer(tag):
        if match.group(1) == kind:
            value = html.unescape(match.group(3).decode("utf-8", "replace")) if kind == b"rows" \
                else match.group(3).decode("utf-8", "replace")
            return int(value) if re.fullmatch(r"\+?[0-9]+", value) else 1
    return 1


def _read_csv(path: Path) -> RawSheet:
    """A CSV file as one sheet: UTF-8 (with or without BOM), else GB18030; comma, tab or semicolon."""
    data = path.read_bytes()
    if data.count(b"\n") > MAX_ROWS:
        raise refuse(path, message("reading", "CSV 文件超过 {limit} 行,超出可导入的范围").format(limit=MAX_ROWS))
    if b"\x00" in data[:65536]:
        raise refuse(path, message("reading", "不是文本格式的 CSV 文件"))
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = codecs.decode(data, encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise refuse(path, message("reading", "无法识别文件的编码(应为 UTF-8 或 GB18030)"))
    sample = text[:65536]
    delimiter = max((",", "\t", ";"), key=sample.count)
    rows: list[list[object]] = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    return RawSheet(path.stem, rows)
