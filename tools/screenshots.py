"""The README's screenshots: views of the main window on the Xiamen sample, in each interface language.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py   # docs/screenshots/<view>-<language>.png

Views: ``workspace`` (catalog, places, detail pane), ``signboards`` (the signboards page),
``findings`` (the plan checks dock, one finding double-clicked), ``item-places`` (the detail
pane of an item entered on a fixed day, with kept and closed old places; Chinese only),
``staffing`` (the staffing page, a department with a gap chosen), ``floorplan`` (the city
center's ground floor coloured by load with its legend, a window selected with its items and
resize handles; Chinese only), ``connection`` (the dialog of File → 保存副本到服务器…, filled in),
``history`` (the history page after a few planners' edits, a multi-row edit chosen), ``publication``
(what is still to publish), ``inspections`` (an overdue rectification chosen), ``negative-list`` (the
list's versions and lines, a proposal with its steps) and ``dashboard`` (the 总览 page as of the
sample's day), these five Chinese only.

Each shot is drawn by a fresh process (translators are chosen once, at start-up, as in the
application), with settings and data in a throwaway folder and a copy of the sample, so the
developer's own settings stay untouched.
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
# The detail pane's places: an item of §三(一)7 that enters on a fixed day (the picture stays the
# same whenever it is drawn), one former place kept for each of two reasons, the others closed.
PLACES_ITEM, ENTRY_DAY = "不动产抵押权首次登记", "2023-12-20"
PANE_WIDTH = 380
STAFFING_DEPARTMENT = "公安局"  # its chief representative's authorization misses items: a gap to show
FLOORPLAN_WINDOW = "A01"  # a busy police window: its items fill the side panel
INSPECTION_ROW = 2  # the overdue rectification at 车驾管分中心
HISTORY_ROW = 1  # the history's second-newest edit: three items assigned to a window by one planner


def workspace(app, window):
    window.findings_dock.hide()
    window.catalog.view.selectRow(SELECTED_ROW)  # the detail pane reads it in the background
    return window


def signboards(app, window):
    window.findings_dock.hide()
    window.pages.setCurrentWidget(window.signboards)  # reads the boards, then previews the first
    settle(app, window)
    return window


def staffing(app, window):
    from PySide6.QtCore import QEventLoop

    window.findings_dock.hide()
    window.pages.setCurrentWidget(window.staffing)
    while window.staffing.report is None or not window.session.runner.is_idle():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    table = window.staffing.departments
    table.selectRow(next(row for row in range(table.rowCount()) if table.item(row, 0).text() == STAFFING_DEPARTMENT))
    window.staffing.staff.selectRow(0)
    return window


def findings(app, window):
    """Double-click the first finding about an item that still needs a center window."""
    table = window.findings.table
    model = table.model()
    row = next(row for row in range(model.rowCount())
               if model.finding_at(row).rule == "R1" and "尚未分配中心窗口" in model.finding_at(row).message)
    table.selectRow(row)
    table.scrollTo(model.index(row, 0), table.ScrollHint.PositionAtCenter)
    table.doubleClicked.emit(model.index(row, 0))
    return window


def item_places(app, window):
    window.findings_dock.hide()
    window.catalog.filter_bar.search.setText(PLACES_ITEM)
    window.splitter.setSizes([SIZE[0] - PANE_WIDTH - 600, 600, PANE_WIDTH])
    window.catalog.view.selectRow(0)
    return window.detail


def floorplan(app, window):
    from PySide6.QtCore import QEventLoop

    window.findings_dock.hide()
    page = window.floorplan
    window.pages.setCurrentWidget(page)
    while page.layout_shown is None or not window.session.runner.is_idle():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    page.colour_box.setCurrentIndex(page.colour_box.findData("load"))
    page.view.fit()
    page.scene.counters_by_number(FLOORPLAN_WINDOW)[0].setSelected(True)  # its items are read in the background
    return window


def connection(app, window):
    """File → 保存副本到服务器…: the connection dialog, filled in as a planner would."""
    from PySide6.QtWidgets import QDialog

    window.findings_dock.hide()
    window.actions["save_to_server"].trigger()
    dialog = window.findChild(QDialog, "connectionDialog")
    for field, text in ((dialog.host, "db.xm.gov.cn"), (dialog.database, "hallplanner"), (dialog.user, "zhangmin"),
                        (dialog.password, "secret")):
        field.setText(text)
    return dialog


def history(app, window):
    from PySide6.QtCore import QEventLoop

    window.findings_dock.hide()
    page = window.history
    window.pages.setCurrentWidget(page)
    while not page.edits or not window.session.runner.is_idle():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    page.table.selectRow(HISTORY_ROW)
    return window


def publication(app, window):
    window.findings_dock.hide()
    window.pages.setCurrentWidget(window.publication)
    settle(app, window)
    return window


def inspections(app, window):
    window.findings_dock.hide()
    window.pages.setCurrentWidget(window.inspections)
    settle(app, window)
    window.inspections.table.selectRow(INSPECTION_ROW)
    return window


def negative_list(app, window):
    """The list in force and the 人社局's proposal resting at the city office, with its steps."""
    from PySide6.QtCore import QEventLoop

    window.findings_dock.hide()
    page = window.negative_list
    window.pages.setCurrentWidget(page)
    while not page.reads or not window.session.runner.is_idle():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    row = next(row for row, proposal in enumerate(page.proposals) if proposal.next_states)
    page.proposal_table.selectRow(row)
    return window


def dashboard(app, window):
    """As of the day the sample stands, so the picture stays the same whenever it is drawn."""
    from PySide6.QtCore import QDate, QEventLoop

    window.findings_dock.hide()
    page = window.dashboard
    window.pages.setCurrentWidget(page)
    page.day.setDate(QDate(2023, 12, 28))
    while page.shown is None or page.shown.as_of.isoformat() != "2023-12-28" or not window.session.runner.is_idle():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    return window


VIEWS = {"workspace": (workspace, LANGUAGES), "signboards": (signboards, LANGUAGES), "staffing": (staffing, LANGUAGES),
         "findings": (findings, LANGUAGES), "item-places": (item_places, {"zh": "zh_CN"}),
         "floorplan": (floorplan, {"zh": "zh_CN"}), "connection": (connection, LANGUAGES),
         "history": (history, {"zh": "zh_CN"}), "publication": (publication, {"zh": "zh_CN"}),
         "inspections": (inspections, {"zh": "zh_CN"}), "negative-list": (negative_list, {"zh": "zh_CN"}),
         "dashboard": (dashboard, {"zh": "zh_CN"})}


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


def planners_edits(plan: Path) -> None:
    """A morning's edits of two planners, for the history to show beside the sample's own."""
    from hallplanner.db.database import open_database
    from hallplanner.domain.vocabulary import EntryStatus
    from hallplanner.services.catalog import list_items, list_venues
    from hallplanner.services.editing import PlanEditor

    database = open_database(plan)
    try:
        center = next(venue for venue in list_venues(database) if venue.kind.value == "city_center")
        window = next(window for window in center.windows if window.number == "K01")  # 农业农村事务窗口
        waiting = [item for item in list_items(database)
                   if item.status is EntryStatus.PLANNED and not item.window_names and item.department_short == "农业农村局"]
        PlanEditor(database, "周明").assign([item.id for item in waiting[:3]], window.id)
        item = waiting[0]
        fresh = next(found for found in list_items(database, {item.id}))
        PlanEditor(database, "陈立新").update_item(item.id, fresh.version, {"annual_volume": 1860, "avg_minutes": 25})
    finally:
        database.close()


def shoot(language: str, view: str, target: Path) -> None:
    """In this process: draw ``view`` of the window in ``language`` and save it to ``target``."""
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
        if view == "item-places":
            enter_with_kept_places(plan)
        if view == "history":
            planners_edits(plan)
        window = MainWindow()
        window.resize(*SIZE)
        window.show()
        opened = QEventLoop()
        window.database_opened.connect(opened.quit)
        window.open(str(plan))
        opened.exec()
        settle(app, window)  # the checks run in the background after opening
        widget = VIEWS[view][0](app, window)
        settle(app, window)
        widget.grab().save(str(target))
        window.close()


def settle(app, window) -> None:
    """Wait for the background work, then one more turn of the loop: everything laid out and painted."""
    from PySide6.QtCore import QEventLoop, QTimer

    while not window.session.runner.is_idle():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    turn = QEventLoop()  # not app.quit(): since Qt 6 it closes the window
    QTimer.singleShot(0, turn.quit)
    turn.exec()


CHILD = "--shoot"  # how a fresh process is told to draw one shot: --shoot LANGUAGE VIEW TARGET


def main() -> None:
    if sys.argv[1:2] == [CHILD]:
        shoot(sys.argv[2], sys.argv[3], Path(sys.argv[4]))
        return
    unknown = [view for view in sys.argv[1:] if view not in VIEWS]
    if unknown:
        sys.exit(f"no such view: {', '.join(unknown)} (views: {', '.join(VIEWS)})")
    environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))}
    wanted = sys.argv[1:] or list(VIEWS)
    for view in wanted:
        for suffix, language in VIEWS[view][1].items():
            target = SHOTS / f"{view}-{suffix}.png"
            subprocess.run([sys.executable, __file__, CHILD, language, view, str(target)], env=environment, check=True)
            print(target)


if __name__ == "__main__":
    main()
