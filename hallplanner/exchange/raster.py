"""PDF pages as pixels, for the in-app preview and for printing: what is shown is what prints.

pdfium (through ``pypdfium2``) draws the very PDF the boards are written to.
Pixels come back as plain bytes (``RGBX``, 4 bytes a pixel); the GUI wraps them
in a ``QImage``. No Qt here, so the exchange layer stays free of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pypdfium2

MAX_PIXELS = 48_000_000  # a door plate at 600 dpi would be 70 megapixels; its print needs far fewer


@dataclass(frozen=True)
class RasterPage:
    width: int
    height: int
    stride: int  # bytes a row
    pixels: bytes  # RGBX


def rasterise(pdf: bytes, dpi: float, check: Callable[[], None] | None = None) -> Iterator[RasterPage]:
    """Each page at ``dpi`` (less for a page that would exceed ``MAX_PIXELS``), one after another."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            if check is not None:
                check()
            page = document[index]
            width, height = page.get_size()  # points
            scale = min(dpi / 72, (MAX_PIXELS / (width * height)) ** 0.5)
            bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
            yield RasterPage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
            bitmap.close()
            page.close()
    finally:
        document.close()
