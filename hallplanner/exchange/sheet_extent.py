"""How far an xlsx worksheet's cells reach, found before python-calamine reads the sheet.

calamine lays a sheet out as one block of rows × columns, from its first cell to its
last, 32 bytes a cell: one crafted cell at XFD1048576 makes it ask for 512 GB, and the
failed allocation aborts the whole process. So the sheet's XML is read first, the way
calamine's cells reader places cells:

- a cell is a ``c`` element under any namespace prefix; a self-closing one holds no value
  but takes its place all the same, as a self-closing ``row`` does;
- a cell with an ``r`` attribute sits where ``r`` says: letters in either case, either
  quote, spaces around "=", and when a tag has two, either may win;
- a cell without one follows the previous cell of its row, in the row its ``row``
  element names, or the one after the previous row.

calamine also reserves room for as many shared strings as the ``sst`` element of its
shared strings part declares in ``uniqueCount``, before it reads one: ``strings`` is the
largest such declaration. And it copies a shared string into every cell that names it: a
70 kB file of a thousand cells naming one megabyte-long string makes a gigabyte. Given the
strings' lengths (``string_lengths``), ``copied`` adds up, for every ``v`` element that
holds a value (any cell's, whatever its type: more than calamine copies, never less), the
length of the string it names, or of the longest where the text is no plain index.

The sheet is read a megabyte at a time, cut after a tag's end. In each piece two
regular expressions skip the millions of ordinary cells without a Python call. The
first looks for cell tags that do not begin with ``r="``: Excel, WPS, LibreOffice and
openpyxl always write it first. The second looks for every ``r`` past the columns and
rows reached so far, as the cells ending each piece show: in a file in order it finds
nothing, and what it finds widens the block. Only a sheet with
cells without ``r``, or whose block comes out too large, is walked tag by tag (seconds
for a province's sheet), for the block calamine would really allocate.
"""

from __future__ import annotations

import re
import string
from array import array
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import chain

WINDOW = 1 << 13  # the bytes at a piece's end whose cells give the rows and columns used so far
USUAL_ROWS, USUAL_COLUMNS = 99_999, 26

# A cell tag that does not begin with r="…" (it may have no reference), and any prefixed cell tag.
_UNUSUAL_CELL = re.compile(rb'<c(?=[\s/>])(?! r=")')
_PREFIXED_CELL = re.compile(rb':c(?=[\s/>])')
# The rest of a tag from after its name: attributes (a quoted value may hold ">"), then its end.
_TAG_REST = re.compile(rb'(?:[^>"\']++|"[^"]*+"|\'[^\']*+\')*+>')
# One attribute of a tag, as calamine's reader takes them: a name may follow the last quote at once.
_ATTRIBUTE = re.compile(rb'\s*+([^\s=/>]++)\s*+=\s*+(?:"([^"]*+)"|\'([^\']*+)\')')
_REFERENCE = re.compile(rb'([A-Za-z]*+)(\d++)')
_SI_TAG = re.compile(rb'si(?=[\s/>])(?<=[<:]si)')
_VALUE = re.compile(rb'v(?<=[<:]v)(?:\s[^>]*+)?>([^<]*+)')  # a v element's text
# A tag inside a t element's text, other than its end: no writer puts one there.
_TAG_IN_TEXT = re.compile(rb't(?<=[<:]t)(?:\s[^>]*+)?>[^<]*+<(?!/(?:[^\s<>/:]++:)?t\s*+>)')
_SST_TAG = re.compile(rb'sst(?=[\s/>])(?<=[<:]sst)')
_USUAL_REFERENCE = re.compile(rb'<c r="([A-Z]++)(\d++)"')
_TAG = re.compile(rb'<(/?)(?:[^\s<>/:]++:)?+(row|c)(?=[\s/>])((?:[^>"\']++|"[^"]*+"|\'[^\']*+\')*+)>')


class ExtentScan:
    """Fed a worksheet's XML piece by piece: the block calamine would allocate for it, or a walk."""

    def __init__(self, shared_strings: bool = False, lengths: Sequence[int] = ()) -> None:
        self._shared_strings = shared_strings  # the part is where calamine reads shared strings
        self._lengths = lengths  # each shared string's length, in calamine's order
        # what a value that is no plain index may name (CDATA, a comment, a sign: read by calamine or as 0)
        self._longest = max(range(len(lengths)), key=lengths.__getitem__, default=0)
        self.copied = 0  # bytes of shared strings the part's cells would have copied
        # No cell goes beyond (1-based), unless ``needs_walk``. Up to 99,999 × 26 cells are not
        # worth a look: such a block fits any limit.
        self.rows, self.columns = USUAL_ROWS, USUAL_COLUMNS
        self.needs_walk = False  # a cell without r: only a walk tells where calamine puts it
        self.strings = 0  # the shared strings an sst tag in the part declares
        self._carry = b""  # the piece's end after its last ">", read with the next piece

    def feed(self, piece: bytes) -> None:
        data = self._carry + piece
        cut = data.rfind(b">") + 1
        self._carry = data[cut:]
        if not cut:
            return
        if self._shared_strings:
            for match in _SST_TAG.finditer(data, 0, cut):
                for declared in _values(data[match.end():_tag_end(data, match.end(), cut)], b"uniqueCount"):
                    count = declared.strip().lstrip(b"+")
                    self.strings = max(self.strings, int(count) if count.isdigit() else 0)
        if self._lengths:
            lengths = self._lengths
            self.copied += sum(map(lengths.__getitem__, map(self._string_index, _VALUE.findall(data, 0, cut))))
        if self.needs_walk:
            return
        if _has_unreferenced_cell(data, cut):
            self.needs_walk = True
            return
        usual = _USUAL_REFERENCE.findall(data, max(0, cut - WINDOW), cut)
        self.rows = max(self.rows, max((int(digits) for _, digits in usual), default=0))
        self.columns = max(self.columns, max(map(column_number, {letters for letters, _ in usual}), default=0))
        for letters, digits in _beyond(self.rows, self.columns).findall(data, 0, cut):
            self.rows, self.columns = max(self.rows, int(digits or 0)), max(self.columns, column_number(letters))

    def _string_index(self, text: bytes) -> int:
        """The shared string a cell's value names; the longest where that cannot be told from its text."""
        index = int(text) if text.isdigit() else self._longest
        return index if index < len(self._lengths) else self._longest

    def extent(self, xml: Callable[[], bytes], fits: Callable[[int, int], bool]) -> tuple[int, int]:
        """The block, exact (from ``xml()``, the whole sheet) where the scan's bound does not ``fits``.

        The bound may be larger than the truth, never smaller; a file is refused for what
        calamine would really do, not for how quickly it was looked at.
        """
        if self._carry.strip():
            self.feed(b">")  # the sheet ends inside a tag: broken, but looked at all the same
        if not self.needs_walk and fits(self.rows, self.columns):
            return self.rows, self.columns
        return walked_extent(xml())


def string_lengths(xml: bytes) -> array[int]:
    """Each shared string's length in the part (its text and markup: no less than calamine reads).

    calamine keeps one string for each ``si`` element, in order. One found inside a comment
    or CDATA section would shift the others, so then each takes the longest of as many
    following ones as there are such sections (all of them, past a few dozen); one inside
    a string's text is text to calamine, so then each may be as long as the whole part.
    """
    if _TAG_IN_TEXT.search(xml):  # calamine reads past it as text: one string may span any number of si
        return array("Q", [len(xml)]) * len(_SI_TAG.findall(xml))
    starts = [match.start() for match in _SI_TAG.finditer(xml)] + [len(xml)]
    lengths = array("Q", (end - start for start, end in zip(starts, starts[1:])))
    shift = xml.count(b"<!--") + xml.count(b"<![CDATA[")
    if shift > 64:
        return array("Q", [max(lengths, default=0)]) * len(lengths)
    if shift:
        return array("Q", (max(lengths[index:index + shift + 1]) for index in range(len(lengths))))
    return lengths


def _has_unreferenced_cell(data: bytes, end: int) -> bool:
    for match in chain(_UNUSUAL_CELL.finditer(data, 0, end), _PREFIXED_CELL.finditer(data, 0, end)):
        rest = _TAG_REST.match(data, match.end(), end)
        if rest is None or not _values(data[match.end():rest.end() - 1], b"r"):
            return True  # no reference, or no end in sight: let the walk decide
    return False


def _values(attributes: bytes, name: bytes) -> list[bytes]:
    """The values of the attributes called ``name`` (no prefix), read one after another as calamine does."""
    values, position = [], 0
    while attribute := _ATTRIBUTE.match(attributes, position):
        if attribute[1] == name:
            values.append(attribute[2] if attribute[2] is not None else attribute[3])
        position = attribute.end()
    return values


def _tag_end(data: bytes, start: int, end: int) -> int:
    rest = _TAG_REST.match(data, start, end)
    return rest.end() if rest else end


@lru_cache(maxsize=64)
def _beyond(rows: int, columns: int) -> re.Pattern[bytes]:
    """Every r attribute past ``rows`` or ``columns``, as (letters, digits)."""
    return re.compile(
        rb'r\s*+=\s*+["\'](?=' + _above(column_letters(columns), string.ascii_uppercase) + rb'(?![A-Za-z])'
        rb'|[A-Za-z]*+' + _above(str(rows), string.digits) + rb'(?!\d))([A-Za-z]*+)(\d*+)')


def walked_extent(xml: bytes) -> tuple[int, int]:
    """Every row and cell tag in order, counted as calamine counts them."""
    row = column = 0  # calamine's counters (0-based): where a cell without r goes
    rows = columns = 0
    for closing, name, attributes in map(re.Match.groups, _TAG.finditer(xml)):  # one tag at a time
        if closing:
            if name == b"row":
                row, column = row + 1, 0
            continue
        self_closing = attributes.rstrip().endswith(b"/")  # calamine reads <x/> as <x></x>
        references = [reference for reference in map(_reference, _values(attributes, b"r")) if reference]
        if name == b"row":
            if references:
                row = max(reference_row for reference_row, _ in references) - 1
            if self_closing:
                row, column = row + 1, 0
            continue
        if references:
            cell_row = max(reference_row for reference_row, _ in references)
            cell_column = max(reference_column for _, reference_column in references)
            column = cell_column - 1
        else:
            cell_row, cell_column = row + 1, column + 1
        if not self_closing:  # a cell without a value takes its place, but is not laid out
            rows, columns = max(rows, cell_row), max(columns, cell_column)
        column += 1
    return rows, columns


def _reference(value: bytes) -> tuple[int, int] | None:
    """An r value as (row, column), 1-based; None where calamine would refuse it as no reference."""
    match = _REFERENCE.fullmatch(value)
    return (int(match[2]), column_number(match[1])) if match else None


def column_number(letters: bytes) -> int:
    """A column's number from its letters (A is 1), as calamine reads them: in either case."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


def column_letters(number: int) -> str:
    letters = ""
    while number > 0:
        number, remainder = divmod(number - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _above(run: str, alphabet: str) -> bytes:
    """A pattern for a run of ``alphabet`` that is longer than ``run``, or as long and after it.

    Runs of digits and of column letters (in either case) both compare this way.
    """
    def chars(first: str, last: str) -> str:
        return f"{first}-{last}{first.lower()}-{last.lower()}" if first.isalpha() else f"{first}-{last}"

    one = f"[{chars(alphabet[0], alphabet[-1])}]"
    longer = f"{one}{{{len(run) + 1},}}"
    as_long = [
        "".join(f"[{char}{char.lower()}]" if char.isalpha() else char for char in run[:position])
        + f"[{chars(alphabet[alphabet.index(char) + 1], alphabet[-1])}]{one}{{{len(run) - position - 1}}}"
        for position, char in enumerate(run) if char != alphabet[-1]]
    if not as_long:
        return longer.encode()
    # A shorter run fails at the first look, before any choice is tried.
    return f"(?={one}{{{len(run)}}})(?:{'|'.join([longer, *as_long])})".encode()
