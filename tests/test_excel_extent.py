"""Crafted .xlsx, .xls and .ods files that would make calamine ask for more memory than exists are refused.

calamine aborts the whole process (no exception) when a sheet's layout cannot be
allocated, so these files must never reach it: each is refused by the checks in
exchange/sheet_extent.py, exchange/biff.py and exchange/reading.py, quickly, and the
database is untouched. The .xls files are LibreOffice's own, with a record patched;
calamine 0.37 (python-calamine 0.9.1) aborts on each of them, and on each crafted
sheet below (see docs/excel.md).
"""

from __future__ import annotations

import hashlib
import random
import shutil
import struct
import time
import zipfile
from pathlib import Path

import pytest

import python_calamine

from hallplanner.exchange import biff
from hallplanner.exchange.catalog_file import read_catalog_file
from hallplanner.exchange.reading import ODS_MIME, FileRefused, Workbook
from hallplanner.exchange.sheet_extent import ExtentScan
from tests.test_cli import assert_one_clear_error, hallplanner
from tests.test_excel import MAIN, messy_workbook, ods_file, xlsx_with_sheet

DATA = Path(__file__).parent / "data"
ROW = ["1", "公安局", "渔船登记", "113502000036120108999999000601", "", "行政许可", "", 40, "", "", 7, 8]
LABEL_SST, MUL_RK, DIMENSIONS, WINDOW2, BOUNDSHEET = 0x00FD, 0x00BD, 0x0200, 0x023E, 0x0085


@pytest.fixture
def libreoffice_xls(tmp_path) -> Path:
    """A small catalog saved as .xls by LibreOffice 7.4 (two adjacent numbers make it write a MULRK).

    Made from ``messy_workbook(path, [ROW])`` with ``soffice --headless --convert-to xls``, and kept
    in tests/data so that the checks are tested where LibreOffice is not installed.
    """
    return Path(shutil.copy(DATA / "catalog-libreoffice.xls", tmp_path / "catalog.xls"))


def records(stream: bytes) -> list[tuple[int, int, bytes]]:
    """(offset, type, body) of every record, read straight through."""
    found, position = [], 0
    while position + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, position)
        found.append((position, kind, stream[position + 4:position + 4 + length]))
        position += 4 + length
    return found


def patched(source: Path, target: Path, changes: dict[bytes, bytes]) -> Path:
    """A copy of an .xls with whole records replaced by others of the same length, in place in the file."""
    data = source.read_bytes()
    for old, new in changes.items():
        assert len(old) == len(new) and data.count(old) == 1  # the record lies whole in one run of the file
        data = data.replace(old, new)
    target.write_bytes(data)
    return target


def record(kind: int, body: bytes) -> bytes:
    return struct.pack("<HH", kind, len(body)) + body


def crafted_xls_files(source: Path, folder: Path) -> dict[str, tuple[Path, str]]:
    """Each way an .xls can make calamine lay out too much, and a fragment of the message that refuses it."""
    stream = biff.workbook_stream(source.read_bytes())
    found = records(stream)
    last_label = max((at, body) for at, kind, body in found if kind == LABEL_SST)[1]
    mul_rk = next(body for _, kind, body in found if kind == MUL_RK)
    dimensions = next(body for _, kind, body in found if kind == DIMENSIONS)
    window_at, window = next((at, body) for at, kind, body in found if kind == WINDOW2 and len(body) == 14 + 4)
    sheet = next(body for _, kind, body in found if kind == BOUNDSHEET)
    count = (len(mul_rk) - 6) // 6
    far_rk = b"\xff\xff" + struct.pack("<H", 65000) + mul_rk[4:-2] + struct.pack("<H", 65000 + count - 1)
    tall = struct.pack("<IIHHH", 0, 100_000_000, 0, 12, 0)
    return {
        # the farthest cell of a LABELSST record at the last row and column BIFF can name: 65,536 × 65,536
        "far cell": (patched(source, folder / "far.xls", {
            record(LABEL_SST, last_label): record(LABEL_SST, b"\xff\xff\xff\xff" + last_label[4:])}), "超出可导入的范围"),
        # a MULRK at the last row: its cells run from its first column as far as its body is long
        "far columns": (patched(source, folder / "columns.xls", {
            record(MUL_RK, mul_rk): record(MUL_RK, far_rk)}), "超出可导入的范围"),
        # calamine reserves what DIMENSIONS declares before it reads a cell
        "tall dimensions": (patched(source, folder / "tall.xls", {
            record(DIMENSIONS, dimensions): record(DIMENSIONS, tall)}), "超出可导入的范围"),
        # the sheet starts inside a WINDOW2 record whose body is a DIMENSIONS record: read straight
        # through, the stream shows only the WINDOW2
        "hidden dimensions": (patched(source, folder / "hidden.xls", {
            record(WINDOW2, window): record(WINDOW2, record(DIMENSIONS, tall)),
            record(BOUNDSHEET, sheet): record(BOUNDSHEET, struct.pack("<I", window_at + 4) + sheet[4:])}),
            "超出可导入的范围"),
        # calamine panics on a sheet past the stream's end (an exception no caller expects)
        "sheet past the end": (patched(source, folder / "past.xls", {
            record(BOUNDSHEET, sheet): record(BOUNDSHEET, struct.pack("<I", len(stream) + 1) + sheet[4:])}),
            "文件已损坏或不是工作簿"),
    }


def test_crafted_xls_files_are_refused_quickly_without_touching_the_database(libreoffice_xls, tmp_path,
                                                                            sample_copy):
    digest = hashlib.sha256(sample_copy.read_bytes()).hexdigest()
    crafted = crafted_xls_files(libreoffice_xls, tmp_path)
    for name, (path, expected) in crafted.items():
        started = time.monotonic()
        with pytest.raises(FileRefused, match=expected):
            read_catalog_file(path)
        assert time.monotonic() - started < 5, name
    path, expected = crafted["hidden dimensions"]
    assert_one_clear_error(hallplanner("import", "catalog", str(path), "--db", str(sample_copy)),
                           path.name, "工作表“事项清单”", expected)
    assert hashlib.sha256(sample_copy.read_bytes()).hexdigest() == digest


def biff_workbook(text: str, cells: int) -> bytes:
    """A BIFF8 workbook stream: one shared string (UTF-16, run on through CONTINUE records) in ``cells`` cells."""
    def record(kind: int, body: bytes) -> bytes:
        return struct.pack("<HH", kind, len(body)) + body

    characters = text.encode("utf-16-le")
    first, rest = characters[:8000], characters[8000:]
    strings = record(0x00FC, struct.pack("<IIHB", cells, 1, len(text), 0x01) + first) + b"".join(
        record(0x003C, b"\x01" + rest[start:start + 8000]) for start in range(0, len(rest), 8000))
    bof = struct.pack("<HHHH", 0x0600, 0x0005, 0, 0) + bytes(8)
    head_length = len(record(0x0809, bof) + strings) + len(record(BOUNDSHEET, bytes(6) + b"\x01\x00S")) + 4
    globals_ = record(0x0809, bof) + strings + record(BOUNDSHEET, struct.pack("<IBB", head_length, 0, 0) + b"\x01\x00S")
    sheet = record(0x0809, struct.pack("<HHHH", 0x0600, 0x0010, 0, 0) + bytes(8)) + b"".join(
        record(LABEL_SST, struct.pack("<HHHI", row, 0, 15, 0)) for row in range(cells))
    return globals_ + record(0x000A, b"") + sheet + record(0x000A, b"")


def test_an_xls_whose_cells_copy_a_long_shared_string_is_refused(libreoffice_xls, monkeypatch):
    """calamine copies the string into every cell: 20,000 × 65,000 characters is 3.9 GB."""
    long_text = "".join(varied_text(1, 65_000))
    [sheet] = biff.sheet_extents(biff_workbook(long_text, 20_000))
    assert (sheet.name, sheet.rows, sheet.copied) == ("S", 20_000, 20_000 * 3 * 65_000)
    [short] = biff.sheet_extents(biff_workbook("渔船登记", 20_000))
    assert short.copied == 20_000 * 3 * 4
    monkeypatch.setattr(biff, "workbook_stream", lambda data: biff_workbook(long_text, 20_000))
    with pytest.raises(FileRefused, match="工作表“S” 的单元格共引用 3719 MB 共享字符串"):
        Workbook(libreoffice_xls)


def test_a_libreoffice_xls_still_imports_after_the_check(libreoffice_xls):
    extents = biff.sheet_extents(biff.workbook_stream(libreoffice_xls.read_bytes()))
    assert [(sheet.name, sheet.columns) for sheet in extents] == [("事项清单", len(ROW))]
    parsed = read_catalog_file(libreoffice_xls)
    assert parsed.problems == []
    assert [(r.values["name"], r.values["annual_volume"]) for r in parsed.records] == [("渔船登记", 40)]


def ods_with_rows(path: Path, rows: str) -> Path:
    """An .ods whose table has the given rows' XML (written as a crafted file would) before its empty tail."""
    ods_file(path, [["事项名称"]])
    with zipfile.ZipFile(path) as original:
        parts = {name: original.read(name) for name in original.namelist()}
    tail = b'<table:table-row table:number-rows-repeated="1048570">'
    assert parts["content.xml"].count(tail) == 1
    parts["content.xml"] = parts["content.xml"].replace(tail, rows.encode() + tail)
    with zipfile.ZipFile(path, "w") as crafted:  # stored: a crafted file need not look like a zip bomb
        for name, data in parts.items():
            crafted.writestr(name, data, zipfile.ZIP_STORED)
    return path


def test_repeated_ods_cells_are_counted_however_the_attributes_are_written(tmp_path):
    def row(row_attribute: str, cell_attribute: str) -> str:
        return (f"<table:table-row {row_attribute}><table:table-cell {cell_attribute} office:value-type='string'>"
                "<text:p>x</text:p></table:table-cell></table:table-row>")

    crafted = {
        "single quotes": row("table:number-rows-repeated='6000'", "table:number-columns-repeated='16000'"),
        "spaces": row('table:number-rows-repeated = "6000"', 'table:number-columns-repeated\n=\t"16000"'),
        # nine rows of ten thousand, a thousand cells each: no single repeat is large
        "stacked": row('table:number-rows-repeated="10000"', 'table:number-columns-repeated="1000"') * 9,
        "entities": row('table:number-rows-repeated="1&#48;000"', 'table:number-columns-repeated="999"') * 3,
    }
    for name, rows in crafted.items():
        path = ods_with_rows(tmp_path / f"{name}.ods", rows)
        with pytest.raises(FileRefused, match="工作表“清单” 的单元格范围达 .*超出可导入的范围"):
            Workbook(path)
    # LibreOffice's own: every row ends in thousands of empty cells, the table in a million empty rows
    plain = ods_with_rows(tmp_path / "plain.ods", row('table:number-rows-repeated="2"', "") * 3 + (
        "<table:table-row><table:table-cell office:value-type='string'><text:p>y</text:p></table:table-cell>"
        '<table:table-cell table:style-name="ce1" table:number-columns-repeated="5"/>'
        '<table:table-cell table:number-columns-repeated="16378"/></table:table-row>'))
    assert Workbook(plain).sheet("清单").rows == [["事项名称"]] + [["x"]] * 6 + [["y"]]


# xlsx: cell references as calamine reads them.

FAR = "XFD1048576"
FIRST = '<row r="1"><c r="A1" t="inlineStr"><is><t>事项名称</t></is></c></row>'


def sheet_file(folder: Path, name: str, rows: str) -> Path:
    """An .xlsx whose one sheet holds a name header, then ``rows`` (sheetData XML, written as a crafted file would)."""
    source = messy_workbook(folder / "source.xlsx", [])
    return xlsx_with_sheet(folder / f"{name}.xlsx", f"<worksheet {MAIN}><sheetData>{FIRST}{rows}</sheetData></worksheet>",
                           source)


CRAFTED_SHEETS = {  # each made calamine 0.37 abort the process; none was refused before
    "lowercase letters": f'<row r="2"><c r="{FAR.lower()}"><v>1</v></c></row>',
    "single quotes": f"<row r='2'><c r='{FAR}'><v>1</v></c></row>",
    "spaces around =": f'<row r="2"><c r = "{FAR}"><v>1</v></c></row>',
    "tab before r": f'<row r="2"><c\tr="{FAR}"><v>1</v></c></row>',
    "second r wins": f'<row r="2"><c r="A2" r="{FAR}"><v>1</v></c></row>',
    "r after another attribute": f'<row r="2"><c s="0" r="{FAR}"><v>1</v></c></row>',
    "prefixed cell": f'<row r="2"><x:c xmlns:x="urn:x" r="{FAR}"><v>1</v></x:c></row>',
    "r right after a quote": f'<row r="2"><c s="0"r="{FAR}"><v>1</v></c></row>',
    # the walk must not take an r="…" inside another attribute's value for the cell's reference
    "r inside a value": "<row>" + "<c><v>1</v></c>" * 1_000 + '</row><row r="1048576"><c foo=\' r="A1"\'><v>1</v></c></row>',
    # no r: 40,000 cells follow each other along row 2, and a cell at row 60,000 makes 2.4 billion
    "cells without r": "<row>" + "<c><v>1</v></c>" * 40_000 + '</row><row r="60000"><c r="A60000"><v>1</v></c></row>',
    # empty self-closing cells hold no value but push the next one along
    "self-closing cells": "<row>" + "<c/>" * 40_000 + '<c><v>1</v></c></row><row r="60000"><c r="A60000"><v>1</v></c></row>',
}


def test_crafted_xlsx_sheets_are_refused_quickly_without_touching_the_database(tmp_path, sample_copy):
    digest = hashlib.sha256(sample_copy.read_bytes()).hexdigest()
    for name, rows in CRAFTED_SHEETS.items():
        path = sheet_file(tmp_path, name.replace(" ", "-"), rows)
        started = time.monotonic()
        with pytest.raises(FileRefused, match="sheet1.xml 的单元格范围达 .*超出可导入的范围"):
            read_catalog_file(path)
        assert time.monotonic() - started < 5, name
    elsewhere = with_parts(sheet_file(tmp_path, "elsewhere", ""), tmp_path / "elsewhere.xlsx", lambda parts: {
        **parts, "xl/_rels/workbook.xml.rels": parts["xl/_rels/workbook.xml.rels"].replace(
            b"worksheets/sheet1.xml", b"media/data.bin"),
        "xl/media/data.bin": parts["xl/worksheets/sheet1.xml"].replace(
            b"</sheetData>", f'<row r="2"><c r="{FAR}"><v>1</v></c></row></sheetData>'.encode())})
    strings = with_parts(sheet_file(tmp_path, "strings", ""), tmp_path / "strings.xlsx", lambda parts: {
        **parts, "xl/sharedStrings.xml": f'<sst {MAIN} uniqueCount="100000000000"><si><t>x</t></si></sst>'.encode()})
    glued = with_parts(sheet_file(tmp_path, "glued", ""), tmp_path / "glued.xlsx", lambda parts: {
        **parts, "xl/sharedStrings.xml": f'<sst {MAIN} count="1"uniqueCount="1000000000"><si><t>x</t></si></sst>'.encode()})
    # calamine copies a shared string into each cell naming it (anything but a number names string 0):
    # 8,000 cells × 300 kB make 2.3 GB; a decoy strings part of short strings does not hide it
    copies = with_parts(sheet_file(tmp_path, "copies", "".join(
        f'<row r="{row}"><c r="B{row}" t="s"><v>{"0" if row % 2 else "z"}</v></c></row>' for row in range(2, 8002))),
        tmp_path / "copies.xlsx", lambda parts: {
            **parts, "xl/sharedStrings.xml": f'<sst {MAIN}><si><t>{"事项" * 50_000}</t></si></sst>'.encode(),
            "xl/decoy_sharedStrings.xml": f'<sst {MAIN}>{"<si><t>x</t></si>" * 10}</sst>'.encode()})
    # an index written as CDATA may name any string: here the long second one, not the short first
    cdata = with_parts(sheet_file(tmp_path, "cdata", "".join(
        f'<row r="{row}"><c r="B{row}" t="s"><v><![CDATA[1]]></v></c></row>' for row in range(2, 8002))),
        tmp_path / "cdata.xlsx", lambda parts: {**parts, "xl/sharedStrings.xml": (
            f'<sst {MAIN}><si><t>x</t></si><si><t>{varied_text(1, 100_000)[0]}</t></si></sst>').encode()})
    # si tags inside a string's text cut nothing for calamine: a 3 MB string in a thousand cells
    nested = with_parts(sheet_file(tmp_path, "nested", "".join(
        f'<row r="{row}"><c r="B{row}" t="s"><v>0</v></c></row>' for row in range(2, 1002))),
        tmp_path / "nested.xlsx", lambda parts: {**parts, "xl/sharedStrings.xml": (
            f'<sst {MAIN}><si><t>' + "".join("<si/>" + text for text in varied_text(1_050, 1_000))
            + "</t></si></sst>").encode()})
    # both an ODS and an xlsx: calamine reads it as the extension says, or tries each reader
    both = with_parts(sheet_file(tmp_path, "both", f'<row r="2"><c r="{FAR}"><v>1</v></c></row>'), tmp_path / "both.xlsx",
                      lambda parts: {"mimetype": ODS_MIME, "content.xml": b"<office:document-content/>", **parts})
    binary = with_parts(messy_workbook(tmp_path / "binary.xlsx", [ROW]), tmp_path / "binary.xlsb",
                        lambda parts: {**parts, "xl/workbook.bin": b"\x83\x01\x00"})
    damaged = tmp_path / "damaged.xlsx"
    data = bytearray(messy_workbook(tmp_path / "source.xlsx", [ROW] * 50).read_bytes())
    data[data.index(b"xl/worksheets/sheet1.xml") + 40] ^= 0xFF  # a byte of the sheet's compressed data
    damaged.write_bytes(data)
    for path, expected in ((elsewhere, "xl/media/data.bin 的单元格范围达 .*超出可导入的范围"),
                           (strings, "xl/sharedStrings.xml 声明了 100000000000 个共享字符串"),
                           (glued, "xl/sharedStrings.xml 声明了 1000000000 个共享字符串"),
                           (copies, "sheet1.xml 的单元格共引用 2288 MB 共享字符串"),
                           (nested, "sheet1.xml 的单元格共引用 .* MB 共享字符串"),
                           (cdata, "sheet1.xml 的单元格共引用 .* MB 共享字符串"),
                           (both, "sheet1.xml 的单元格范围达 .*超出可导入的范围"),
                           (binary, "不支持二进制工作簿"),
                           (damaged, "文件已损坏或不是工作簿")):
        with pytest.raises(FileRefused, match=expected):
            read_catalog_file(path)
    path = sheet_file(tmp_path, "cli", CRAFTED_SHEETS["second r wins"])
    assert_one_clear_error(hallplanner("import", "catalog", str(path), "--db", str(sample_copy)),
                           path.name, "超出可导入的范围")
    assert hashlib.sha256(sample_copy.read_bytes()).hexdigest() == digest


def varied_text(count: int, length: int) -> list[str]:
    """``count`` texts of ``length`` Chinese characters that do not compress (a repeated one looks like a zip bomb)."""
    chosen = random.Random(7).choices(range(0x4E00, 0x9FA5), k=count * length)
    return ["".join(map(chr, chosen[start:start + length])) for start in range(0, count * length, length)]


def with_parts(source: Path, target: Path, change) -> Path:
    """A copy of a zipped workbook whose parts (name → bytes) are ``change``d."""
    with zipfile.ZipFile(source) as original:
        parts = change({name: original.read(name) for name in original.namelist()})
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as crafted:
        for name, data in parts.items():
            crafted.writestr(name, data)
    return target


HARMLESS_SHEETS = {  # what calamine reads without a large block: each must still be read, and as calamine reads it
    "cells without r": '<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="B3"><v>3</v></c><c><v>4</v></c></row>',
    "r after another attribute": '<row r="2"><c s="0" r="C2"><v>1</v></c></row>',
    "single-quoted references": "<row r='2'><c r='B2'><v>1</v></c><c r='c2'><v>2</v></c></row>",
    "prefixed r attribute": f'<row r="2"><c x:r="{FAR}" xmlns:x="urn:x"><v>1</v></c></row>',
    "far self-closing cell": f'<row r="2"><c r="{FAR}" s="1"/><c r="B2"><v>1</v></c></row>',
    "self-closing cells and rows": "<row><c/><c/><c><v>1</v></c></row><row/><row/><row><c><v>2</v></c></row>",
    # a formatted empty row at the sheet's very end: the quick bound says too large, the walk says not
    "far empty row": '<row r="2"><c r="B2"><v>1</v></c></row><row r="1048576" ht="20" customHeight="1"></row>',
    "wide and long": "".join(f'<row r="{row}">' + "".join(f'<c r="{letters}{row}"><v>1</v></c>' for letters in ("A", "BZ"))
                             + "</row>" for row in range(2, 300, 7)),
}


def test_sheets_calamine_reads_are_read_as_calamine_reads_them(tmp_path):
    for name, rows in HARMLESS_SHEETS.items():
        path = sheet_file(tmp_path, name.replace(" ", "-"), rows)
        expected = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
        workbook = Workbook(path)
        sheet = workbook.sheet(workbook.sheet_names[0])
        assert sheet.rows == expected.to_python(skip_empty_area=False), name
        with zipfile.ZipFile(path) as archive:
            scan = ExtentScan()
            scan.feed(archive.read("xl/worksheets/sheet1.xml"))
            rows_reached, columns_reached = scan.extent(lambda: archive.read("xl/worksheets/sheet1.xml"),
                                                        lambda rows, columns: rows * columns < 10_000_000)
        assert rows_reached >= expected.end[0] + 1 and columns_reached >= expected.end[1] + 1, name


def test_overlapping_merged_ranges_are_refused_before_they_are_filled(tmp_path):
    merges = "".join('<mergeCell ref="A2:Z60"/>' for _ in range(5_000))  # 7.8 million cells to fill over 1,560
    path = sheet_file(tmp_path, "merges", "".join(f'<row r="{row}"><c r="Z{row}"><v>1</v></c></row>' for row in range(2, 61)))
    path = with_parts(path, tmp_path / "merges.xlsx", lambda parts: {**parts, "xl/worksheets/sheet1.xml": parts[
        "xl/worksheets/sheet1.xml"].replace(b"</sheetData>", f'</sheetData><mergeCells count="5000">{merges}</mergeCells>'.encode())})
    started = time.monotonic()
    with pytest.raises(FileRefused, match="合并单元格相互重叠"):
        read_catalog_file(path)
    assert time.monotonic() - started < 5
    single = with_parts(path, tmp_path / "single.xlsx", lambda parts: {**parts, "xl/worksheets/sheet1.xml": parts[
        "xl/worksheets/sheet1.xml"].replace(merges.encode(), b'<mergeCell ref="A2:A60"/>')})
    workbook = Workbook(single)
    assert workbook.sheet(workbook.sheet_names[0]).merged == [(1, 0, 59, 0)]


def test_a_sheet_without_one_ordinary_reference_is_bounded_all_the_same():
    scan = ExtentScan()
    scan.feed(b"<sheetData><row r='2'><c r='B2'><v>1</v></c><c r = 'XFD7'><v>2</v></c></row></sheetData>")
    assert scan.extent(lambda: b"", lambda rows, columns: True) == (99_999, 16_384)


def test_a_panic_inside_calamine_is_a_refusal_not_a_traceback(tmp_path, monkeypatch):
    panic = type("PanicException", (BaseException,), {})  # what pyo3 raises for a Rust panic

    def panicking(path: str) -> None:
        raise panic("index out of bounds: the len is 3 but the index is 7")

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", panicking)
    with pytest.raises(FileRefused, match="文件已损坏或不是工作簿.*index out of bounds"):
        Workbook(messy_workbook(tmp_path / "catalog.xlsx", [ROW]))
