"""导出平面图…: the floor on show written as a PDF (A3 or A4 landscape) or a PNG, in the background.

The file is made by ``exchange.floorplan_pdf`` from the floor's layout read afresh (what the database
holds, not what a drag in progress shows), with the font the planner chose for signboards, if any.
A refusal (no usable font, a folder that cannot be written) is told in a dialog; nothing is half-written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QPushButton, QWidget

from hallplanner.domain.errors import HallPlannerError
from hallplanner.gui import settings as app_settings
from hallplanner.gui.i18n import refusal_text
from hallplanner.gui.session import PlanSession


@dataclass(frozen=True)
class Exported:
    path: Path
    pages: int  # of a PDF; 0 for a PNG
    size: tuple[int, int] = (0, 0)  # of a PNG, in pixels


def write_floorplan(database, floor_id: int, path: Path, paper: str, chosen_font: str,
                    day: dt.date) -> Exported | HallPlannerError:
    """In the background: the floor's plan written to ``path`` (.pdf or .png), or why nothing was."""
    from hallplanner.exchange.floorplan_pdf import write_floorplan_pdf, write_floorplan_png
    from hallplanner.exchange.fonts import find_cjk_font
    from hallplanner.services.floorplan import floor_layout

    try:
        font = find_cjk_font(Path(chosen_font) if chosen_font else None)
        layout = floor_layout(database, floor_id, day)
        if path.suffix.lower() == ".png":
            return Exported(path, 0, write_floorplan_png(path, layout, font, paper))
        return Exported(path, write_floorplan_pdf(path, layout, font, paper).pages)
    except HallPlannerError as refusal:
        return refusal


class FloorplanExport(QObject):
    """The page's 导出平面图… button and what it does."""

    exported = Signal(str)  # what the status bar says (tests wait on it)

    def __init__(self, session: PlanSession, page: QWidget) -> None:
        super().__init__(page)
        self.session, self.page = session, page
        self.button = QPushButton(self.tr("导出平面图…"), objectName="floorplanExport")
        self.button.setToolTip(self.tr("把当前楼层的平面图(图例、窗口清单)导出为 PDF(矢量,A3/A4 横向)或 PNG"))
        self.button.clicked.connect(self.export)

    def export(self) -> None:
        floor_id = self.page.current_floor()
        shown = self.page.layout_shown
        if self.session.database is None or floor_id is None or shown is None:
            return
        a3, a4, png = self.tr("PDF,A3 横向 (*.pdf)"), self.tr("PDF,A4 横向 (*.pdf)"), self.tr("PNG 图像 (*.png)")
        suggested = f"{shown.venue}-{shown.floor.name}-" + self.tr("平面图") + ".pdf"
        name, kind = QFileDialog.getSaveFileName(self.page, self.tr("导出平面图"), suggested, f"{a3};;{a4};;{png}")
        if not name:
            return
        path = Path(name)
        wanted = ".png" if kind == png else ".pdf"
        if path.suffix.lower() not in (".pdf", ".png"):
            path = path.with_name(path.name + wanted)
        paper = "a4" if kind == a4 else "a3"
        chosen_font = app_settings.settings().value(app_settings.SIGNBOARD_FONT, "", type=str)
        day = self.session.plan_day
        self.button.setEnabled(False)
        self.session.read(lambda database: write_floorplan(database, floor_id, path, paper, chosen_font, day),
                          self._exported, lambda: self.button.setEnabled(True))

    def _exported(self, outcome: Exported | HallPlannerError) -> None:
        self.button.setEnabled(True)
        if isinstance(outcome, HallPlannerError):
            QMessageBox.warning(self.page, self.tr("无法导出平面图"), refusal_text(outcome))
            return
        if outcome.pages:
            text = self.tr("已导出平面图 {path}:{pages} 页").format(path=outcome.path, pages=outcome.pages)
        else:
            text = self.tr("已导出平面图 {path}:{width}×{height} 像素").format(
                path=outcome.path, width=outcome.size[0], height=outcome.size[1])
        window = self.page.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)
        self.exported.emit(text)
