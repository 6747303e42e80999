"""A floor's drawing behind the plan: importing it from a file, showing it, setting its scale.

Importing reads and checks the file in the background (``exchange.floor_images``: PNG, JPEG,
one page of a PDF) and decodes it there with Qt, so a file that is no image is refused with its
name before anything is saved; the drawing is then one edit. The drawing's bytes are read only
when the floor names another image than the one on show. The scale is set by measuring: two
clicks on the drawing, then the real distance between them; the first point stays where it is.
Moving it is two clicks too: a point of the drawing, then where on the floor it belongs.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.layout import scale_from_points
from hallplanner.domain.messages import message
from hallplanner.gui.floorplan import dialogs
from hallplanner.gui.floorplan.view import MEASURE, SELECT, SHIFT_DRAWING
from hallplanner.services.floorplan_views import BackgroundView

if TYPE_CHECKING:
    from hallplanner.gui.floorplan.page import FloorplanPage

DEFAULT_SCALE = 0.02  # metres a pixel for a drawing on an empty floor: 2,000 pixels are 40 m
FILE_FILTER = "*.png *.jpg *.jpeg *.pdf"


def decoded(data: bytes, source: str) -> QImage:
    image = QImage.fromData(data)
    if image.isNull():
        raise HallPlannerError(message("floor image", "无法读取平面图文件 {file}:图像数据已损坏").format(file=source))
    return image


class FloorDrawings(QObject):
    def __init__(self, page: FloorplanPage) -> None:
        super().__init__(page)
        self.page = page
        self.image: tuple[int, QImage] | None = None  # the stored image on show, decoded

    # Showing.

    def show(self, background: BackgroundView | None) -> None:
        """Show the floor's drawing; read its bytes only when it is another image than the one decoded."""
        scene = self.page.scene
        if background is None:
            if scene.drawing is not None:
                scene.show_drawing(None, None)
            return
        if self.image is not None and self.image[0] == background.image_id:
            if scene.drawing_shown != (background.image_id, background):
                scene.show_drawing(background, self.image[1])
            return
        image_id = background.image_id

        def work(database):
            from hallplanner.services.floorplan_marks import floor_image

            _, data = floor_image(database, image_id)
            return decoded(data, background.source)

        def done(image: QImage) -> None:
            self.image = (image_id, image)
            layout = self.page.layout_shown
            if layout is not None and layout.background is not None and layout.background.image_id == image_id:
                scene.show_drawing(layout.background, image)

        self.page.session.read(work, done)

    # Importing.

    def import_file(self, path: str | None = None) -> None:
        floor_id = self.page.current_floor()
        if floor_id is None or not self.page.session.writable:
            return
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.page, self.tr("导入楼层平面图"), "",
                                                  self.tr("平面图") + f" ({FILE_FILTER})")
            if not path:
                return
        chosen = Path(path)

        def count_pages(database):
            from hallplanner.exchange.floor_images import pdf_pages

            return pdf_pages(chosen)

        def counted(pages: int) -> None:
            page = dialogs.ask_pdf_page(self.page, pages) if pages > 1 else 1
            if page is not None:
                self._read(floor_id, chosen, page)

        self.page.session.read(count_pages, counted)

    def _read(self, floor_id: int, path: Path, page: int) -> None:
        def work(database):
            from hallplanner.exchange.floor_images import read_floor_drawing

            drawing = read_floor_drawing(path, page)
            decoded(drawing.data, drawing.source)  # what is kept, Qt can draw
            return drawing

        def done(drawing) -> None:
            scale = self._fitting_scale(drawing.width)
            self.page.session.edit(lambda editor: editor.set_floor_drawing(floor_id, drawing, scale, 0.0, 0.0))

        self.page.session.read(work, done)

    def _fitting_scale(self, width: int) -> float:
        """A first scale: the drawing as wide as what the floor holds now (the planner then measures)."""
        shown = [item.sceneBoundingRect() for item in (*self.page.scene.zones, *self.page.scene.counters.values())]
        if not shown:
            return DEFAULT_SCALE
        right = max(rect.right() for rect in shown) / 100 + 1
        return round(right / width, 6) if right > 0 else DEFAULT_SCALE

    def remove(self) -> None:
        floor_id = self.page.current_floor()
        if floor_id is not None and self.page.layout_shown is not None and self.page.layout_shown.background:
            self.page.session.edit(lambda editor: editor.set_floor_drawing(floor_id, None, DEFAULT_SCALE))

    # The scale.

    def start_measuring(self) -> None:
        self._start(MEASURE)

    def start_shifting(self) -> None:
        self._start(SHIFT_DRAWING)

    def _start(self, tool: str) -> None:
        layout = self.page.layout_shown
        if layout is None or layout.background is None:
            self.page.session.warned.emit(self.tr("请先为该楼层导入平面图"))
            return
        self.page.view.set_tool(tool)

    def shifted(self, first: QPointF, second: QPointF) -> None:
        """Move the drawing so that what lay under ``first`` lies under ``second`` (a door onto the wall)."""
        self.page.view.set_tool(SELECT)
        layout = self.page.layout_shown
        if layout is None or layout.background is None or first == second:
            return
        background, floor_id = layout.background, layout.floor.id
        x = round(background.x + second.x() - first.x(), 3)
        y = round(background.y + second.y() - first.y(), 3)
        self.page.session.edit(lambda editor: editor.place_floor_drawing(floor_id, background.scale, x, y))

    def measured(self, first: QPointF, second: QPointF) -> None:
        """Two points (metres, as the drawing is now laid); ask their real distance, rescale about the first."""
        self.page.view.set_tool(SELECT)
        layout = self.page.layout_shown
        if layout is None or layout.background is None:
            return
        shown = math.dist((first.x(), first.y()), (second.x(), second.y()))
        if shown <= 0:
            return
        metres = dialogs.ask_distance(self.page, shown)
        if metres is None:
            return
        background = layout.background
        self.set_scale(layout.floor.id, background, (first.x(), first.y()), (second.x(), second.y()), metres)

    def set_scale(self, floor_id: int, background: BackgroundView, first, second, metres: float) -> None:
        scale = scale_from_points(first, second, metres, background.scale)
        factor = scale / background.scale
        x = round(first[0] - (first[0] - background.x) * factor, 3)
        y = round(first[1] - (first[1] - background.y) * factor, 3)
        self.page.session.edit(lambda editor: editor.place_floor_drawing(floor_id, scale, x, y))
