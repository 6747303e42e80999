"""Pixels of the real PDF, for the preview and the printer: what the planner sees is what prints.

Runs in the background: Qt allows a ``QImage`` to be made, and a ``QPainter`` to paint on
a ``QPrinter``, outside the GUI thread. The boards' PDF is made by the exchange layer and
rasterised there; this module only turns its pixels into images and puts them on paper.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.messages import message
from hallplanner.domain.signboards import Board
from hallplanner.exchange.sign_templates import Template

PRINT_DPI = 300  # enough for type on a board; a printer's 600 or 1200 dpi would only multiply the pixels


def image_of(page) -> QImage:
    """A rasterised page as a QImage that owns its pixels."""
    return QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGBX8888).copy()


def preview_image(board: Board, template: Template, font, dpi: float) -> QImage:
    """The board's page as it prints."""
    from hallplanner.exchange.raster import rasterise
    from hallplanner.exchange.signboards import pdf_bytes

    return image_of(next(rasterise(pdf_bytes([board], template, font), dpi)))


def page_size(template: Template) -> QPageSize:
    return QPageSize(QSizeF(template.width_mm, template.height_mm), QPageSize.Unit.Millimeter, template.name)


def prepare(printer: QPrinter, template: Template) -> None:
    """Paper the size of the board, as the print dialog then shows it."""
    printer.setPageSize(page_size(template))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)  # the size already says which way is long
    printer.setDocName(QCoreApplication.translate("SignboardPage", "标识牌"))


def print_boards(printer: QPrinter, boards: Sequence[Board], template: Template, font,
                 check: Callable[[], None]) -> int:
    """Paint each board's rasterised page on ``printer``, scaled to its printable area; the pages printed."""
    from hallplanner.exchange.raster import rasterise
    from hallplanner.exchange.signboards import pdf_bytes

    painter = QPainter()
    if not painter.begin(printer):
        raise HallPlannerError(message("printing", "无法开始打印,请检查打印机"))
    printed = 0
    try:
        area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        area.moveTo(0, 0)
        for page in rasterise(pdf_bytes(boards, template, font, check), min(printer.resolution(), PRINT_DPI), check):
            if printed:
                printer.newPage()
            image = image_of(page)
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            target.moveCenter(area.center())
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed
