"""The application shell: work off the GUI thread, change notices, colleagues' saves, failures told."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from hallplanner.db import database as database_module
from hallplanner.db.database import open_database
from hallplanner.domain.vocabulary import EntryStatus
from hallplanner.gui import app as gui_app
from hallplanner.gui import errors
from hallplanner.gui.errors import ErrorDialog
from hallplanner.gui.venues.venue_tree import WindowIdRole
from hallplanner.services.catalog import list_items, list_venues, record
from hallplanner.services.editing import PlanEditor
from tests.gui_helpers import (
    click_row,
    open_window,
    retype_and_save,
    settle,
    stored,
    tree_window_index,
    trigger,
    type_text,
)
from tests.test_migrations import make_first_revision_file


def views_equal_the_database(window, path) -> None:
    """Every item row, every venue and window total, and the detail form show what is stored."""
    db = open_database(path, readonly=True)
    try:
        assert dict(window.catalog.model._items) == {item.id: item for item in list_items(db)}
        assert window.places.venues() == list_venues(db)
        if window.detail.shows is not None:
            kind, row_id = window.detail.shows
            form = window.detail.forms[kind]
            assert {key: form.record[key] for key in form.values()} == \
                {key: record(db, kind, row_id)[key] for key in form.values()}
            assert form.changes() == {}
    finally:
        db.close()


def colleague_saves(path, item_name: str, volume: int) -> None:
    """Another HallPlanner process on the same file changes an item's case volume."""
    script = textwrap.dedent(f"""
        from hallplanner.db.database import open_database
        from hallplanner.services.catalog import list_items
        from hallplanner.services.editing import PlanEditor
        db = open_database({str(path)!r})
        [item] = [i for i in list_items(db) if i.name == {item_name!r}]
        PlanEditor(db, actor="陈审核").update_item(item.id, item.version, {{"annual_volume": {volume}}})
        db.close()
    """)
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)


def test_a_colleagues_save_in_another_process_appears_without_reopening(qtbot, sample_copy):
    window = open_window(qtbot, sample_copy)
    type_text(qtbot, window.catalog.filter_bar.search, "工会法人资格登记")
    click_row(qtbot, window, 0)
    [item] = window.catalog.selected_items()

    colleague_saves(sample_copy, "工会法人资格登记", 4321)

    qtbot.waitUntil(lambda: window.catalog.model.item(item.id).annual_volume == 4321, timeout=15_000)
    qtbot.waitUntil(lambda: window.detail.forms["item"].editors["annual_volume"].value() == 4321, timeout=5_000)
    settle(qtbot, window)
    views_equal_the_database(window, sample_copy)


def test_reload_shows_at_once_what_a_colleague_saved(qtbot, sample_copy):
    window = open_window(qtbot, sample_copy)
    window.session._watch.stop()  # only F5 may bring it in
    colleague_saves(sample_copy, "工会法人资格登记", 999)
    trigger(qtbot, window, "reload")
    assert next(i for i in window.catalog.model._items.values() if i.name == "工会法人资格登记").annual_volume == 999
    views_equal_the_database(window, sample_copy)


def test_a_refused_undo_leaves_every_view_equal_to_the_database(qtbot, sample_copy, messages):
    window = open_window(qtbot, sample_copy)
    window.session._watch.stop()  # the refusal itself must bring the views up to date
    type_text(qtbot, window.catalog.filter_bar.search, "工会法人资格登记")
    click_row(qtbot, window, 0)
    retype_and_save(qtbot, window, "item", "annual_volume", "100")
    colleague_saves(sample_copy, "工会法人资格登记", 222)

    trigger(qtbot, window, "undo")

    assert len(messages) == 1 and "已被他人修改" in messages[0][1]
    assert window.session.undo_stack.count() == 0
    assert stored(sample_copy, "工会法人资格登记").annual_volume == 222
    views_equal_the_database(window, sample_copy)


def test_an_edit_leaves_the_window_answering_while_the_database_works(qtbot, sample_copy, monkeypatch):
    window = open_window(qtbot, sample_copy)
    release = threading.Event()
    original = PlanEditor.set_status

    def slow_set_status(editor, *args, **kwargs):
        release.wait(10)  # the database is busy, in the background
        return original(editor, *args, **kwargs)

    monkeypatch.setattr(PlanEditor, "set_status", slow_set_status)
    click_row(qtbot, window, 0)
    [item] = window.catalog.selected_items()
    ticks = []
    heartbeat = QTimer(interval=10)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    heartbeat.start()
    window.catalog.set_status(EntryStatus.ENTERED)
    qtbot.waitUntil(lambda: len(ticks) > 20, timeout=5_000)  # the event loop runs meanwhile
    assert window.session.is_busy() and not window.actions["undo"].isEnabled()
    release.set()
    settle(qtbot, window)
    heartbeat.stop()
    assert window.catalog.model.item(item.id).status is EntryStatus.ENTERED
    assert window.actions["undo"].isEnabled()


def test_a_failure_while_opening_closes_the_progress_and_tells_the_planner(qtbot, tmp_path, sample_copy,
                                                                           messages, monkeypatch):
    errors.start_logging()
    window = open_window(qtbot, sample_copy)
    older = tmp_path / "older.sqlite"
    make_first_revision_file(older)

    def failing_backup(source, destination):
        time.sleep(0.8)  # long enough for the progress dialog to show
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(database_module, "backup_sqlite", failing_backup)
    with qtbot.waitSignal(window.open_failed, timeout=20_000):
        window.open(str(older))
        qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QProgressDialog)), timeout=5_000)

    assert not any(d.isVisible() for d in window.findChildren(QProgressDialog))
    assert messages == [("critical", "打开数据库时出错:database or disk is full")]
    assert window.session.database.location == str(sample_copy), "the plan on show stays"
    assert "database or disk is full" in errors.log_path().read_text(encoding="utf-8")


def test_an_unexpected_error_is_logged_and_shown_with_a_report(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(ErrorDialog, "exec", lambda dialog: shown.append(dialog.report.toPlainText()))
    errors.start_logging()
    try:
        raise ZeroDivisionError("division by zero in a slot")
    except ZeroDivisionError as exc:
        errors._excepthook(type(exc), exc, exc.__traceback__)

    assert len(shown) == 1 and "ZeroDivisionError: division by zero in a slot" in shown[0]
    assert "Traceback" in shown[0] and "HallPlanner" in shown[0]
    assert "division by zero in a slot" in errors.log_path().read_text(encoding="utf-8")


@pytest.mark.postgres
def test_a_colleagues_save_on_a_shared_server_appears(qtbot, postgres_url, sample_path):
    from hallplanner.db.transfer import copy_rows

    source, shared = open_database(sample_path, readonly=True), open_database(postgres_url, create=True)
    copy_rows(source, shared)
    source.close()
    window = open_window(qtbot, postgres_url)
    [item] = [i for i in list_items(shared) if i.name == "工会法人资格登记"]
    PlanEditor(shared, actor="陈审核").update_item(item.id, item.version, {"annual_volume": 1234})
    qtbot.waitUntil(lambda: window.catalog.model.item(item.id).annual_volume == 1234, timeout=15_000)
    qtbot.waitUntil(lambda: window.places.venues() == list_venues(shared), timeout=5_000)
    shared.close()


def test_the_window_paints_before_the_database_layer_is_loaded():
    """The start path imports neither SQLAlchemy, Alembic nor pypinyin before the window shows."""
    script = textwrap.dedent("""
        import sys
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from hallplanner.gui.app import MainWindow
        window = MainWindow()
        window.show()
        app.processEvents()
        print(sorted(m for m in ("sqlalchemy", "alembic", "pypinyin") if m in sys.modules))
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.stdout.strip() == "[]", result.stderr


def test_closing_the_window_lets_queued_work_finish(qtbot, sample_copy):
    window = open_window(qtbot, sample_copy)
    item = next(i for i in window.catalog.model._items.values()
                if i.status is EntryStatus.PLANNED and not i.assigned)
    window.catalog.assign([item.id], tree_window_index(window, "Z02").data(WindowIdRole))
    window.close()  # before the edit came back
    assert window.session.database is None
    assert stored(sample_copy, item.name).window_names == ["无差别综合窗口"]
    QApplication.processEvents()  # the late result finds no plan open, and harms nothing


def test_at_start_the_frame_paints_then_the_panels_are_built_and_the_plan_opens(qtbot, sample_copy):
    window = gui_app.create_main_window(str(sample_copy), after_first_paint=True)
    qtbot.addWidget(window)
    assert not hasattr(window, "catalog") and not window.actions["undo"].isEnabled()
    assert window.actions["quit"].isEnabled()
    with qtbot.waitSignal(window.database_opened, timeout=20_000):
        window.show()
    assert window.catalog.model.total == 291
    assert window.pages.widget(0) is window.splitter
    # What was held back while the frame painted can be used now (another plan can be opened).
    assert all(window.actions[action_id].isEnabled() for action_id in ("new", "open", "open_from_server", "about"))


def test_a_conflict_answered_after_another_plan_opened_is_saved_nowhere(qtbot, sample_copy, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from hallplanner.gui.conflicts.dialog import ConflictDialog

    window = open_window(qtbot, sample_copy)
    window.session._watch.stop()
    type_text(qtbot, window.catalog.filter_bar.search, "工会法人资格登记")
    click_row(qtbot, window, 0)
    volume = stored(sample_copy, "工会法人资格登记").annual_volume
    colleague_saves(sample_copy, "工会法人资格登记", volume + 1)  # the form now holds a stale version
    other = tmp_path / "other.sqlite"
    shutil.copyfile(sample_copy, other)

    def answer_late(dialog):  # meanwhile the other plan has opened
        qtbot.waitUntil(lambda: window.session.database.location == str(other), timeout=10_000)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictDialog, "exec", answer_late)
    form = window.detail.forms["item"]
    form.editors["annual_volume"].setValue(777)
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    window.open(str(other))
    qtbot.waitUntil(lambda: window.session.database.location == str(other), timeout=10_000)
    settle(qtbot, window)
    assert stored(other, "工会法人资格登记").annual_volume == volume + 1
    assert stored(sample_copy, "工会法人资格登记").annual_volume == volume + 1
    assert window.session.undo_stack.count() == 0


def test_cancelling_while_the_catalog_is_read_keeps_the_plan_on_show(qtbot, sample_copy, tmp_path, monkeypatch):
    from hallplanner.services import setup

    window = open_window(qtbot, sample_copy)
    other = tmp_path / "other.sqlite"
    shutil.copyfile(sample_copy, other)
    read_catalog = setup.read_catalog
    monkeypatch.setattr(setup, "read_catalog", lambda db: (time.sleep(1.0), read_catalog(db))[1])
    window.open(str(other))
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QProgressDialog)), timeout=5_000)
    [dialog] = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # 取消
    settle(qtbot, window)
    assert window.session.database.location == str(sample_copy)
    assert not other.with_name(other.name + "-wal").exists(), "the cancelled plan was closed"


def test_a_colleagues_save_while_the_plan_opens_is_shown(qtbot, sample_copy, monkeypatch):
    from hallplanner.services import setup

    read_catalog = setup.read_catalog

    def read_then_colleague_saves(db):
        catalog = read_catalog(db)
        colleague_saves(sample_copy, "工会法人资格登记", 4321)
        return catalog

    monkeypatch.setattr(setup, "read_catalog", read_then_colleague_saves)
    window = open_window(qtbot, sample_copy)
    window.session.check_for_others()
    settle(qtbot, window)
    assert next(i for i in window.catalog.model._items.values()
                if i.name == "工会法人资格登记").annual_volume == 4321


def test_closing_while_a_plan_opens_leaves_it_closed(qtbot, sample_copy, tmp_path):
    window = open_window(qtbot, sample_copy)
    other = tmp_path / "other.sqlite"
    shutil.copyfile(sample_copy, other)
    window.open(str(other))
    window.close()
    QApplication.processEvents()
    assert window.session.database is None
    assert not other.with_name(other.name + "-wal").exists()
