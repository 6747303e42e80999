"""A floor's drawing from a file: PNG or JPEG as they are, one page of a PDF rasterised to PNG.

The bytes are checked here (kind, size in pixels, a page that exists) so that what the plan keeps
is an image the floor plan can draw; a file that is none of these is refused with its name. No
Qt: the GUI decodes the bytes it is given.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pypdfium2

from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.layout import FloorDrawing
from hallplanner.domain.messages import message

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_START = b"\xff\xd8\xff"
PDF_START = b"%PDF-"
PDF_DPI = 150  # a floor drawing at A3 is about 2,500 × 1,750 pixels
MAX_PIXELS = 40_000_000
MAX_BYTES = 60 * 1024 * 1024
# JPEG frame markers that carry the image's size (SOF0–SOF15 but DHT, JPG and DAC).
JPEG_FRAMES = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _refused(path: Path, reason) -> HallPlannerError:
    return HallPlannerError(message("floor image", "无法读取平面图文件 {file}:{reason}").format(
        file=path.name, reason=reason))


def pdf_pages(path: Path) -> int:
    """How many pages a PDF has (0 for a file that is not a PDF)."""
    data = _read(path)
    if not data.startswith(PDF_START):
        return 0
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        raise _refused(path, message("floor image", "PDF 文件已损坏或加密")) from exc
    try:
        return len(document)
    finally:
        document.close()


def read_floor_drawing(path: Path, page: int = 1) -> FloorDrawing:
    """The drawing in ``path``: a PNG or JPEG as it is, or page ``page`` (from 1) of a PDF as PNG."""
    data = _read(path)
    if data.startswith(PNG_SIGNATURE):
        width, height = _png_size(path, data)
        return FloorDrawing(data, "image/png", width, height, path.name)
    if data.startswith(JPEG_START):
        width, height = _jpeg_size(path, data)
        return FloorDrawing(data, "image/jpeg", width, height, path.name)
    if data.startswith(PDF_START):
        return _pdf_page(path, data, page)
    raise _refused(path, message("floor image", "不是 PNG、JPEG 或 PDF 文件"))


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise _refused(path, message("floor image", "文件超过 {size} MB").format(size=MAX_BYTES // 2**20))
        return path.read_bytes()
    except OSError as exc:
        raise _refused(path, exc.strerror or type(exc).__name__) from exc


def _checked_size(path: Path, width: int, height: int) -> tuple[int, int]:
    if width <= 0 or height <= 0:
        raise _refused(path, message("floor image", "图像尺寸无效"))
    if width * height > MAX_PIXELS:
        raise _refused(path, message("floor image", "图像超过 {pixels} 万像素,请缩小后再导入")
                       .format(pixels=MAX_PIXELS // 10_000))
    return width, height


def _png_size(path: Path, data: bytes) -> tuple[int, int]:
    if len(data) < 33 or data[12:16] != b"IHDR":
        raise _refused(path, message("floor image", "PNG 文件已损坏"))
    width, height = struct.unpack(">II", data[16:24])
    return _checked_size(path, width, height)


def _jpeg_size(path: Path, data: bytes) -> tuple[int, int]:
    """Walk the JPEG's segments to the frame header that gives its size."""
    position = 2
    while position + 9 <= len(data):
        if data[position] != 0xFF:
            break
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        length = struct.unpack(">H", data[position + 2 : position + 4])[0]
        if marker in JPEG_FRAMES:
            height, width = struct.unpack(">HH", data[position + 5 : position + 9])
            return _checked_size(path, width, height)
        position += 2 + length
    raise _refused(path, message("floor image", "JPEG 文件已损坏"))


def _pdf_page(path: Path, data: bytes, page_number: int) -> FloorDrawing:
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        raise _refused(path, message("floor image", "PDF 文件已损坏或加密")) from exc
    try:
        if not 1 <= page_number <= len(document):
            raise _refused(path, message("floor image", "PDF 没有第 {page} 页(共 {pages} 页)")
                           .format(page=page_number, pages=len(document)))
        page = document[page_number - 1]
        width, height = page.get_size()
        scale = min(PDF_DPI / 72, (MAX_PIXELS / 4 / (width * height)) ** 0.5)
        bitmap = page.render(scale=scale, rev_byteorder=True)  # RGB, three bytes a pixel
        png = encode_png(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
        drawing = FloorDrawing(png, "image/png", bitmap.width, bitmap.height,
                               f"{path.name} p.{page_number}" if len(document) > 1 else path.name)
        bitmap.close()
        page.close()
        return drawing
    finally:
        document.close()


def encode_png(width: int, height: int, stride: int, rgb: bytes) -> bytes:
    """RGB pixels (``stride`` bytes a row) as a PNG file."""
    row = width * 3
    raw = b"".join(b"\x00" + rgb[top : top + row] for top in range(0, stride * height, stride))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return PNG_SIGNATURE + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")
