"""How far the cells of an .xls workbook reach, read from its records before calamine places them.

calamine reads an .xls whole when it opens it. For each sheet it reserves room for
as many cells as a DIMENSIONS record declares (40 bytes each), then lays the cells
out as one block from the nearest to the farthest (32 bytes a cell). Both sizes come
from numbers in the file, so a crafted file asks for hundreds of gigabytes and the
process aborts. This module finds those numbers the way calamine 0.37 (python-calamine
0.9) does, without placing a cell:

- the workbook stream is the one calamine's own compound-file reader takes: the first
  directory entry named Workbook, Book, WORKBOOK or BOOK, whatever the directory tree
  says, so a stream hidden from a tree-walking reader cannot slip past;
- the globals are read to their EOF for the BOUNDSHEET offsets, and each sheet is walked
  from its offset (which may point anywhere, even inside another record) to its EOF,
  skipping nested substreams (embedded charts);
- the cell records are those calamine places: NUMBER, LABEL, RSTRING, BOOLERR, RK,
  LABELSST, FORMULA and MULRK, whose column range reaches as far as its body is long.
  It reads BIFF5 and BIFF8 (BIFF3 and BIFF4 share these record numbers, BIFF2's own
  cell records it ignores) and places no BLANK or MULBLANK.

A FAT or directory chain that loops, or a sheet offset past the stream's end, is
refused as damaged: calamine would loop without end, or panic.

calamine also copies a shared string (SST) into every LABELSST cell that names it:
the SST's strings are walked as calamine reads them, across CONTINUE records, and each
sheet tells how many bytes its cells would copy (3 a character, the most UTF-8 takes).
"""

from __future__ import annotations

import codecs
import struct
import sys
from array import array
from dataclasses import dataclass

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
STREAM_NAMES = ("Workbook", "Book", "WORKBOOK", "BOOK")  # calamine's order
END_OF_CHAIN = 0xFFFFFFFE
FIRST_RESERVED = 0xFFFFFFFA
DIFAT_SECTOR = 0xFFFFFFFC
MINI_STREAM_CUTOFF = 4096

BOF, EOF, BOUNDSHEET, FILEPASS, CODEPAGE, DIMENSIONS, MULRK = 0x0809, 0x000A, 0x0085, 0x002F, 0x0042, 0x0200, 0x00BD
SST, CONTINUE, LABEL_SST = 0x00FC, 0x003C, 0x00FD
# The cell records calamine places at their first two words (row, column), with the shortest body it accepts.
CELL_RECORDS = {0x0203: 14, 0x0204: 6, 0x00D6: 6, 0x0205: 8, 0x027E: 10, 0x00FD: 10, 0x0006: 20}
_HEADER = struct.Struct("<HHHH")  # record type, body length, and the body's first two words


class BiffError(Exception):
    """The compound file or its workbook stream is damaged; the text says where, in English."""


@dataclass(frozen=True)
class SheetExtent:
    """How far a sheet reaches, counted from A1: its farthest cell, or the cells DIMENSIONS reserves."""

    name: str
    rows: int
    columns: int
    copied: int = 0  # bytes of shared strings its LABELSST cells would copy, at most


def workbook_stream(data: bytes) -> bytes:
    """The BIFF stream of a compound file, found and assembled as calamine's reader does."""
    if len(data) < 512 or data[:8] != MAGIC:
        raise BiffError("not a compound file")
    version, = struct.unpack_from("<H", data, 26)
    sector_shift, mini_shift = struct.unpack_from("<HH", data, 30)
    if sector_shift not in (9, 12) or mini_shift != 6:
        raise BiffError(f"sector shift {sector_shift}, minisector shift {mini_shift}")
    size = 1 << sector_shift
    dir_start, = struct.unpack_from("<I", data, 48)
    mini_fat_start, mini_fat_sectors, difat_start = struct.unpack_from("<III", data, 60)
    sectors = _Sectors(memoryview(data)[size:], size, len(data) // size)
    difat = _words(data[76:512])
    seen = set()
    while difat_start < FIRST_RESERVED:
        if difat_start in seen:
            raise BiffError("the DIFAT chain loops")
        seen.add(difat_start)
        difat.extend(_words(sectors.get(difat_start)))
        difat_start = difat.pop()
    fat = array("I")
    for sector in difat:
        if sector < DIFAT_SECTOR:
            fat.extend(_words(sectors.get(sector)))
    directory = sectors.chain(dir_start, fat, sys.maxsize)
    entries = [_entry(directory[at:at + 128], size) for at in range(0, len(directory), 128)]
    if not entries or (version != 3 and entries[0][1] == END_OF_CHAIN):
        raise BiffError("the root directory is empty")
    mini = None
    if mini_fat_sectors > 0:
        mini_fat = _words(sectors.chain(mini_fat_start, fat, mini_fat_sectors * size))
        mini = (_Sectors(memoryview(sectors.chain(entries[0][1], fat, entries[0][2])), 64,
                         (len(data) // size) * 8), mini_fat)
    error = BiffError("no Workbook stream")
    for name in STREAM_NAMES:
        entry = next((entry for entry in entries if entry[0] == name), None)
        if entry is None:
            continue
        _, start, length = entry
        try:
            if length >= MINI_STREAM_CUTOFF:
                return sectors.chain(start, fat, length)
            if mini is None:
                raise BiffError("a small stream without a mini stream")
            return mini[0].chain(start, mini[1], length)
        except BiffError as exc:  # calamine tries the next name on any failure
            error = exc
    raise error


class _Sectors:
    def __init__(self, body: memoryview, size: int, last: int) -> None:
        self.body, self.size, self.last = body, size, last

    def get(self, sector: int) -> memoryview:
        if sector > self.last:
            raise BiffError(f"sector {sector} is past the end of the file")
        return self.body[sector * self.size:(sector + 1) * self.size]

    def chain(self, sector: int, fat: array, length: int) -> bytes:
        parts, total, seen = [], 0, set()
        while sector != END_OF_CHAIN:
            if sector in seen:  # calamine would repeat the loop until the length, or forever
                raise BiffError("a sector chain loops")
            seen.add(sector)
            part = self.get(sector)[:length - total]
            parts.append(part)
            total += len(part)
            if total >= length:
                break
            if sector >= len(fat):
                raise BiffError(f"sector {sector} is not in the allocation table")
            sector = fat[sector]
        return b"".join(parts)


def _words(data: bytes | memoryview) -> array:
    words = array("I", bytes(data[:len(data) - len(data) % 4]))
    if sys.byteorder == "big":
        words.byteswap()
    return words


def _entry(raw: bytes, sector_size: int) -> tuple[str, int, int]:
    if len(raw) < 128:
        raise BiffError("a directory entry is cut short")
    name = raw[:64].decode("utf-16-le", "replace").split("\0", 1)[0]
    start, = struct.unpack_from("<I", raw, 116)
    length, = struct.unpack_from("<I" if sector_size == 512 else "<Q", raw, 120)
    return name, start, length


def sheet_extents(stream: bytes) -> list[SheetExtent]:
    """Every sheet calamine would lay out, with how far it reaches; none if calamine will stop at a password."""
    sheets, wide_names, codepage, lengths = [], True, "latin-1", array("Q")
    padded = stream + bytes(8)  # a cut-short record's first words read as zeros, not past the end
    position, end = 0, len(stream)
    while position + 4 <= end:
        kind, length = struct.unpack_from("<HH", padded, position)
        body, position = position + 4, position + 4 + length
        if position > end or kind == EOF:
            break
        if kind == FILEPASS and length >= 2 and padded[body:body + 2] != b"\0\0":
            return []  # calamine refuses the password before it reads a sheet
        if kind == BOF:
            version, substream = struct.unpack_from("<HH", padded, body)
            wide_names = not (version in (0x0002, 0x0007, 0x0200, 0x0300, 0x0400, 0x0500)
                              or (version == 0 and substream == 0x1000))
        elif kind == CODEPAGE and length >= 2:
            codepage = _codec(struct.unpack_from("<H", padded, body)[0])
        elif kind == SST:
            lengths = _string_lengths(_with_continues(padded, end, body, position))
        elif kind == BOUNDSHEET:
            if length < 6:
                raise BiffError("a sheet record is cut short")
            offset, = struct.unpack_from("<I", padded, body)
            sheets.append((offset, _sheet_name(stream[body + 6:position], wide_names, codepage)))
    return [_walk_sheet(padded, end, offset, name, lengths) for offset, name in sheets]


def _with_continues(padded: bytes, end: int, body: int, position: int) -> list[bytes]:
    """A record's body and those of the CONTINUE records right after it, as calamine gathers them."""
    pieces = [padded[body:position]]
    while position + 4 <= end:
        kind, length = struct.unpack_from("<HH", padded, position)
        if kind != CONTINUE or position + 4 + length > end:
            break
        pieces.append(padded[position + 4:position + 4 + length])
        position += 4 + length
    return pieces


def _string_lengths(pieces: list[bytes]) -> array:
    """The most bytes each SST string decodes to, read as calamine's parse_sst reads them.

    A string runs on into the next CONTINUE record (which starts with its own flags byte);
    its formatting runs and extended data are skipped, across records too. Where calamine
    would stop with an error (or panic), the file is refused as damaged.
    """
    lengths = array("Q")
    data, rest = memoryview(pieces[0]), [memoryview(piece) for piece in pieces[1:]]
    if len(data) < 8:
        raise BiffError("the shared strings record is cut short")
    data = data[8:]

    def skip(count: int) -> None:
        nonlocal data
        while count > 0:
            if not data:
                if not rest:
                    raise BiffError("a shared string runs past its records")
                data = rest.pop(0)
            taken = min(count, len(data))
            data, count = data[taken:], count - taken

    while data or rest:
        if not data:
            data = rest.pop(0)
            if not data:
                lengths.append(0)
                continue
        if len(data) < 3:
            raise BiffError("a shared string's header is cut short")
        characters, flags = data[0] | data[1] << 8, data[2]
        data = data[3:]
        runs = extended = 0
        if flags & 0x8:
            if len(data) < 2:
                raise BiffError("a shared string's header is cut short")
            runs, data = data[0] | data[1] << 8, data[2:]
        if flags & 0x4:
            if len(data) < 4:
                raise BiffError("a shared string's header is cut short")
            extended, data = struct.unpack_from("<i", data)[0] % (1 << 64), data[4:]
        width, remaining = 2 if flags & 0x1 else 1, characters
        while remaining:
            taken = min(remaining, len(data) // width)
            data, remaining = data[taken * width:], remaining - taken
            if remaining:
                if not rest or not rest[0]:
                    raise BiffError("a shared string runs past its records")
                data = rest.pop(0)
                width, data = 2 if data[0] & 0x1 else 1, data[1:]
        skip(runs * 4)
        skip(extended)
        lengths.append(3 * characters)
    return lengths


def _walk_sheet(padded: bytes, end: int, position: int, name: str, lengths: array) -> SheetExtent:
    """A sheet's records from its offset to its EOF, as calamine reads them; cell records take the fast path."""
    if position > end:
        raise BiffError(f"sheet {name!r} starts past the end of the workbook stream")
    rows = columns = copied = 0
    strings = len(lengths)
    sheet_bof_seen = False
    unpack, shortest = _HEADER.unpack_from, CELL_RECORDS.get
    while position <= end - 4:
        kind, length, row, column = unpack(padded, position)
        body, position = position + 4, position + 4 + length
        need = shortest(kind)
        if need is not None and need <= length and position <= end:
            if row >= rows:
                rows = row + 1
            if column >= columns:
                columns = column + 1
            if kind == LABEL_SST:
                index = struct.unpack_from("<I", padded, body + 6)[0]
                copied += lengths[index] if index < strings else 0
            continue
        if position > end or need is not None or kind == EOF:
            break  # a record cut short or too short for its kind: calamine stops with an error
        if kind == MULRK:
            count = (length - 1) // 6  # a body of 6 + 6 per cell, the first column at its start
            if count > 0:
                rows, columns = max(rows, row + 1), max(columns, column + count)
        elif kind == BOF:
            if sheet_bof_seen:
                position = _skip_substream(padded, end, position)
            sheet_bof_seen = True
        elif kind == DIMENSIONS:
            reserved = _dimensions(padded[body:position])
            if reserved is None:
                break
            rows, columns = max(rows, reserved[0]), max(columns, reserved[1])
    return SheetExtent(name, rows, columns, copied)


def _skip_substream(padded: bytes, end: int, position: int) -> int:
    """Where a nested substream (an embedded chart's BOF … EOF, nested in turn) ends."""
    depth = 1
    while position <= end - 4:
        kind, length = struct.unpack_from("<HH", padded, position)
        position += 4 + length
        depth += (kind == BOF) - (kind == EOF)
        if depth == 0:
            return position
    return end


def _dimensions(body: bytes) -> tuple[int, int] | None:
    """The rows and columns calamine reserves for a DIMENSIONS record, with its u32 arithmetic; None if refused."""
    if len(body) == 10:
        first_row, last_row, first_column, last_column = struct.unpack_from("<HHHH", body)
    elif len(body) == 14:
        first_row, last_row, first_column, last_column = struct.unpack_from("<IIHH", body)
    else:
        return None
    if first_column > 0xFF or last_column < first_column:
        first_column = 0
    if last_row < 1 or last_column < 1:
        return 1, 1
    return (last_row - first_row) % (1 << 32), last_column - first_column


def _sheet_name(raw: bytes, wide_names: bool, codepage: str) -> str:
    if not raw:
        return ""
    count = raw[0]
    if wide_names:
        wide = len(raw) > 1 and raw[1] & 1
        text = raw[2:2 + count * 2].decode("utf-16-le", "replace") if wide else raw[2:2 + count].decode("latin-1")
    else:
        text = raw[1:1 + count].decode(codepage, "replace")
    return text.replace("\0", "")


def _codec(codepage: int) -> str:
    name = {1200: "utf-16-le", 367: "ascii", 32768: "mac-roman", 32769: "cp1252"}.get(codepage, f"cp{codepage}")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return "latin-1"
