"""Starting the application: which plan to show, settings, error reporting, the main window.

The window is shown first and the plan opens in the background, so the planner
sees HallPlanner at once; the database layer is imported by that background job.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from hallplanner import __version__
from hallplanner.bundled import resources_dir
from hallplanner.gui import errors
from hallplanner.gui import settings as app_settings
from hallplanner.gui.files.actions import data_folder, working_copy_of_sample
from hallplanner.gui.i18n import install_translators, interface_language
from hallplanner.gui.main_window import MainWindow
from hallplanner.gui.platform_check import warn_if_no_chinese_font


def startup_database(explicit: str | None) -> str | None:
    """``--db`` if given, else the last database used; ``None``: the sample's working copy."""
    if explicit:
        return explicit
    last = app_settings.last_database()
    if last and ("://" in last or Path(last).exists()):
        return last
    return None


def configure_application() -> None:
    """Names that settings and data folders are found by; set before any QSettings is made."""
    QCoreApplication.setOrganizationName("HallPlanner")
    QCoreApplication.setApplicationName("HallPlanner")
    QCoreApplication.setApplicationVersion(__version__)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)


def run_app(database: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    configure_application()
    errors.install()
    install_translators(interface_language(app_settings.language(), QLocale.system()))  # before any widget
    font_problem = warn_if_no_chinese_font()  # on stderr too: Chinese may show as boxes
    app.setWindowIcon(QIcon(str(resources_dir() / "hallplanner.svg")))
    window = create_main_window(database, after_first_paint=True)
    window.show()
    if font_problem:
        QMessageBox.warning(window, "HallPlanner", font_problem)
    return app.exec()


def create_main_window(database: str | None, *, after_first_paint: bool = False) -> MainWindow:
    """The main window, opening ``database`` (or the default) in the background.

    ``after_first_paint`` paints the window's frame first, then builds the panels
    and starts opening: the planner sees HallPlanner before its panels' modules
    and the database layer are loaded.
    """
    window = MainWindow(build_now=not after_first_paint)
    folder = data_folder()
    target = startup_database(database)

    def open_plan() -> None:
        window.session.open(target, lambda: working_copy_of_sample(folder))

    if after_first_paint:
        window.first_painted.connect(lambda: (window.build(), open_plan()))
    else:
        open_plan()
    return window
