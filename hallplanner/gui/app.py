"""Starting the application: which database to show, settings, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from hallplanner import __version__
from hallplanner.bundled import SAMPLE_NAME, resources_dir, sample_database
from hallplanner.gui import settings as app_settings
from hallplanner.gui.main_window import MainWindow
from hallplanner.gui.platform_check import warn_if_no_chinese_font
from hallplanner.services.setup import copy_file


def working_copy_of_sample() -> Path:
    """The user's own copy of the shipped sample, made on first use.

    The app never writes the file in ``sample_db/``: planners edit a copy in
    their data folder.
    """
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / SAMPLE_NAME
    if not copy.exists():
        copy_file(sample_database(), copy)
    return copy


def startup_database(explicit: str | None) -> str:
    """``--db`` if given, else the last database used, else the sample's working copy."""
    if explicit:
        return explicit
    last = app_settings.last_database()
    if last and ("://" in last or Path(last).exists()):
        return last
    return str(working_copy_of_sample())


def configure_application(app: QCoreApplication) -> None:
    app.setOrganizationName("HallPlanner")
    app.setApplicationName("HallPlanner")
    app.setApplicationVersion(__version__)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)


def run_app(database: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    configure_application(app)
    warn_if_no_chinese_font()  # on stderr; the window can show the message it returns
    app.setWindowIcon(QIcon(str(resources_dir() / "hallplanner.svg")))
    window = create_main_window(database)
    window.show()
    return app.exec()


def create_main_window(database: str | None) -> MainWindow:
    """The main window, already opening ``database`` (or the default) in the background."""
    window = MainWindow()
    window.open(startup_database(database))
    return window
