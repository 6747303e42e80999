"""The File menu's work: a new plan, open, recent plans, save a copy; the files are written in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from hallplanner.bundled import SAMPLE_NAME, sample_database
from hallplanner.domain.errors import HallPlannerError
from hallplanner.gui import settings as app_settings
from hallplanner.gui.actions import connect_handlers
from hallplanner.gui.errors import show_unexpected
from hallplanner.gui.files.regions_dialog import RegionsDialog
from hallplanner.gui.i18n import refusal_text
from hallplanner.gui.session import PlanSession


def data_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def working_copy_of_sample(folder: Path) -> str:
    """The user's own copy of the shipped sample, made on first use (in the background).

    The app never writes the file in ``sample_db/``: planners edit a copy in
    their data folder.
    """
    from hallplanner.services.setup import copy_file

    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / SAMPLE_NAME
    if not copy.exists():
        copy_file(sample_database(), copy)
    return str(copy)


class FileActions(QObject):
    def __init__(self, session: PlanSession, window: QMainWindow, actions: dict[str, QAction],
                 recent_menu: QMenu) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.recent_menu = recent_menu
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        connect_handlers(actions, {"new": self.new_plan, "open": self.choose_plan, "save_copy": self.save_copy})

    def choose_plan(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("打开数据库"), "", self.tr("HallPlanner 数据库 (*.sqlite *.db);;所有文件 (*)"))
        if path:
            self.session.open(path)

    def new_plan(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("新建规划数据库"), "",
                                              self.tr("HallPlanner 数据库 (*.sqlite)"))
        if not path:
            return
        dialog = RegionsDialog(self.window)
        if dialog.exec() != RegionsDialog.DialogCode.Accepted:
            return
        city, city_code, districts = dialog.values()

        def work(_progress) -> None:
            from hallplanner.domain.regions import plan_regions
            from hallplanner.services.setup import new_plan

            new_plan(Path(path), plan_regions(city, city_code, districts))

        self.session.runner.submit(self.tr("正在新建 {}…").format(path), work,
                                   lambda _result: self.session.open(path), self._failed)

    def save_copy(self) -> None:
        database = self.session.database
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("另存副本"), "",
                                              self.tr("HallPlanner 数据库 (*.sqlite)"))
        if not path or database is None:
            return

        def work(_progress) -> None:
            from hallplanner.services.setup import save_copy

            save_copy(database, Path(path))

        self.session.runner.submit(
            self.tr("正在另存副本 {}…").format(path), work,
            lambda _result: self.window.statusBar().showMessage(self.tr("已另存副本:{}").format(path), 8000),
            self._failed)

    def work_on_copy(self) -> None:
        """The bundled sample is only read: open the planner's working copy of it (made if need be)."""
        folder = data_folder()
        self.session.runner.submit(self.tr("正在准备样例的工作副本…"), lambda _progress: working_copy_of_sample(folder),
                                   self.session.open, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, HallPlannerError):
            QMessageBox.warning(self.window, self.tr("无法完成"), refusal_text(exc))
        else:
            show_unexpected(exc, self.tr("文件未能写入。"), self.window)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for location in app_settings.recent_files():
            self.recent_menu.addAction(location, lambda target=location: self.session.open(target))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(无)")).setEnabled(False)
