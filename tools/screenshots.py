"""The README's screenshots: the main window on the Xiamen sample, in each interface language.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py   # writes docs/screenshots/{workspace,findings}-{zh,en}.png

``workspace`` is the catalog and places with an item in the detail pane; ``findings`` adds
the plan checks' dock, a finding double-clicked so that the workspace shows its item.

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
VIEWS = ("workspace", "findings")


def shoot(language: str, view: str, target: Path) -> None:
    """In this process: draw ``view`` of the window in ``language`` and save it to ``target``."""
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
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
        def settle() -> None:  # the checks and the detail pane read in the background
            while not window.session.runner.is_idle():
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)

        settle()
        if view == "workspace":
            window.findings_dock.hide()
            window.catalog.view.selectRow(SELECTED_ROW)
        else:
            show_a_finding(window)
        settle()
        QTimer.singleShot(0, app.quit)  # one more turn of the loop: everything laid out and painted
        app.exec()
        window.grab().save(str(target))
        window.close()


def show_a_finding(window) -> None:
    """Double-click the first finding about an item that still needs a center window."""
    table = window.findings.table
    model = table.model()
    row = next(row for row in range(model.rowCount())
               if model.finding_at(row).rule == "R1" and "尚未分配中心窗口" in model.finding_at(row).message)
    table.selectRow(row)
    table.scrollTo(model.index(row, 0), table.ScrollHint.PositionAtCenter)
    table.doubleClicked.emit(model.index(row, 0))


def main() -> None:
    if len(sys.argv) == 4:
        shoot(sys.argv[1], sys.argv[2], Path(sys.argv[3]))
        return
    environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))}
    for view in VIEWS:
        for suffix, language in LANGUAGES.items():
            target = SHOTS / f"{view}-{suffix}.png"
            subprocess.run([sys.executable, __file__, language, view, str(target)], env=environment, check=True)
            print(target)


if __name__ == "__main__":
    main()
