"""The README's screenshots: the main window on the Xiamen sample, in each interface language.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py   # docs/screenshots/{workspace,signboards}-{zh,en}.png
                                                             # and item-places-zh.png (the detail pane)

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
# The detail pane's places: an item of §三(一)7 that entered on a fixed day (the picture stays the
# same whenever it is drawn), one former place kept for each of two reasons, the others closed.
PLACES_ITEM, ENTRY_DAY = "不动产抵押权首次登记", "2023-12-20"
PANE_WIDTH = 380


def enter_with_kept_places(plan: Path) -> None:
    import datetime as dt

    from hallplanner.db.database import open_database
    from hallplanner.domain.vocabulary import KeepReason
    from hallplanner.services.catalog import list_items
    from hallplanner.services.editing import PlanEditor

    database = open_database(plan)
    try:
        [item] = [item for item in list_items(database) if item.name == PLACES_ITEM]
        former = [place for place in item.places if not place.is_center]
        editor = PlanEditor(database)
        editor.keep_place([item.id], former[0].venue_id, KeepReason.JOINT_ITEMS, "")
        editor.keep_place([item.id], former[-1].venue_id, KeepReason.LARGE_VOLUME, "银行网点抵押登记")
        editor.schedule_entry([item.id], dt.date.fromisoformat(ENTRY_DAY))
    finally:
        database.close()


def shoot(language: str, target: Path, places: bool = False) -> None:
    """In this process: draw the window in ``language`` and save it to ``target``.

    With ``places``, only the detail pane, showing an item's places after its entry;
    without, the workspace, then the signboards page beside it.
    """
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
        if places:
            enter_with_kept_places(plan)
        window = MainWindow()
        window.resize(*SIZE)
        window.show()
        opened = QEventLoop()
        window.database_opened.connect(opened.quit)
        window.open(str(plan))
        opened.exec()
        if places:
            window.catalog.filter_bar.search.setText(PLACES_ITEM)
            window.splitter.setSizes([SIZE[0] - PANE_WIDTH - 600, 600, PANE_WIDTH])
        window.catalog.view.selectRow(0 if places else SELECTED_ROW)  # the detail pane reads it in the background
        settle(app, window)
        if places:
            window.detail.grab().save(str(target))
        else:
            window.grab().save(str(target))
            window.pages.setCurrentWidget(window.signboards)  # reads the boards, then previews the first
            settle(app, window)
            settle(app, window)
            window.grab().save(str(target.with_name(target.name.replace("workspace", "signboards"))))
        window.close()


def settle(app, window) -> None:
    """Wait for the background work, then one more turn of the loop: everything laid out and painted."""
    from PySide6.QtCore import QEventLoop, QTimer

    while not window.session.runner.is_idle():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    turn = QEventLoop()  # not app.quit(): since Qt 6 it closes the window
    QTimer.singleShot(0, turn.quit)
    turn.exec()


def main() -> None:
    if len(sys.argv) >= 3:
        shoot(sys.argv[1], Path(sys.argv[2]), places="--places" in sys.argv[3:])
        return
    environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))}
    for suffix, language in LANGUAGES.items():
        target = SHOTS / f"workspace-{suffix}.png"
        subprocess.run([sys.executable, __file__, language, str(target)], env=environment, check=True)
        print(target)
    target = SHOTS / "item-places-zh.png"
    subprocess.run([sys.executable, __file__, LANGUAGES["zh"], str(target), "--places"], env=environment, check=True)
    print(target)


if __name__ == "__main__":
    main()
