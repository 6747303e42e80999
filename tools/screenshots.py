"""The README's screenshots: the main window on the Xiamen sample, in each interface language.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py   # writes docs/screenshots/{workspace,staffing}-{zh,en}.png

Each language is drawn by a fresh process (translators are chosen once, at
start-up, as in the application), with settings and data in a throwaway folder
and a copy of the sample, so the developer's own settings stay untouched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "docs" / "screenshots"
LANGUAGES = {"zh": "zh_CN", "en": "en"}  # file suffix → interface language
SIZE = (1600, 920)
SELECTED_ROW = 2  # an item whose detail pane shows every kind of field
STAFFING_DEPARTMENT = "公安局"  # its chief representative's authorization misses items: a gap to show


def one_more_turn() -> None:
    """One more turn of the event loop: everything laid out and painted."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()


def shoot(language: str, target: Path, staffing: Path) -> None:
    """In this process: draw the window in ``language`` and save it to ``target``, then the staffing page."""
    from PySide6.QtCore import QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    from hallplanner.bundled import sample_database
    from hallplanner.gui.app import configure_application
    from hallplanner.gui.i18n import install_translators
    from hallplanner.gui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    configure_application()
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        install_translators(language)
        plan = Path(folder) / "xiamen.sqlite"
        shutil.copyfile(sample_database(), plan)
        window = MainWindow()
        window.resize(*SIZE)
        window.show()
        opened = QEventLoop()
        window.database_opened.connect(opened.quit)
        window.open(str(plan))
        opened.exec()
        window.catalog.view.selectRow(SELECTED_ROW)
        while not window.session.runner.is_idle():  # the detail pane reads the record in the background
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        one_more_turn()
        window.grab().save(str(target))
        window.pages.setCurrentWidget(window.staffing)
        while window.staffing.report is None or not window.session.runner.is_idle():
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        table = window.staffing.departments
        table.selectRow(next(row for row in range(table.rowCount()) if table.item(row, 0).text() == STAFFING_DEPARTMENT))
        window.staffing.staff.selectRow(0)
        one_more_turn()
        window.grab().save(str(staffing))
        window.close()


def main() -> None:
    if len(sys.argv) == 4:
        shoot(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]))
        return
    environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))}
    for suffix, language in LANGUAGES.items():
        target, staffing = SHOTS / f"workspace-{suffix}.png", SHOTS / f"staffing-{suffix}.png"
        subprocess.run([sys.executable, __file__, language, str(target), str(staffing)], env=environment, check=True)
        print(target, staffing)


if __name__ == "__main__":
    main()
