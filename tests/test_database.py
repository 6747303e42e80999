"""The data layer on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from hallplanner.db.database import open_database
from hallplanner.db.migrations import schema_state
from hallplanner.db.schema import AuditEntry, HandlingPlace, ItemEvent, ServiceItem, Venue
from hallplanner.domain.errors import HallPlannerError
from hallplanner.services.catalog import list_items, list_venues
from tests.factories import add_hall_with_item


def test_new_database_has_the_current_schema(empty_db):
    state = schema_state(empty_db.engine)
    assert state.is_current and state.current == state.head


def test_catalog_reads_back_items_with_their_places(empty_db):
    with empty_db.transaction() as session:
        add_hall_with_item(session)
    [item] = list_items(empty_db)
    assert (item.name, item.department, item.department_short) == ("普通护照签发", "厦门市公安局", "公安局")
    assert item.window_names == ["公安事务综合窗口"]
    [place] = item.places
    assert (place.venue, place.window_number, place.role.label) == ("厦门市政务服务中心", "A01", "主办理点")
    [venue] = list_venues(empty_db)
    assert (venue.item_count, venue.load) == (1, 1200)
    assert [(w.number, w.item_count, w.load) for w in venue.windows] == [("A01", 1, 1200)]


def test_stale_update_is_refused_not_overwritten(empty_db):
    """Two planners read the same item; the second save must not silently win."""
    with empty_db.transaction() as session:
        item_id = add_hall_with_item(session).id
    with empty_db.reading() as first, empty_db.reading() as second:
        mine = first.get(ServiceItem, item_id)
        first.commit()  # the planner's form keeps what was read; no transaction stays open
        theirs = second.get(ServiceItem, item_id)
        theirs.annual_volume = 5000
        second.commit()
        mine.annual_volume = 10
        with pytest.raises(StaleDataError):
            first.commit()
    with empty_db.reading() as session:
        stored = session.get(ServiceItem, item_id)
        assert (stored.annual_volume, stored.version) == (5000, 2)


def test_audit_trail_records_who_changed_what(empty_db):
    with empty_db.transaction(actor="林规划") as session:
        item_id = add_hall_with_item(session).id
    with empty_db.transaction(actor="陈审核") as session:
        session.get(ServiceItem, item_id).annual_volume = 3000
    with empty_db.transaction(actor="陈审核") as session:
        session.delete(session.get(ServiceItem, item_id))

    with empty_db.reading() as session:
        trail = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "service_items").order_by(AuditEntry.id)
        ).all()
    # On a server the trail names the login too, with the name the planner gave.
    login = "" if empty_db.is_sqlite else "(postgres)"
    assert [(entry.actor, entry.action) for entry in trail] == [
        ("林规划" + login, "insert"), ("陈审核" + login, "update"), ("陈审核" + login, "delete")
    ]
    inserted, updated, deleted = trail
    assert json.loads(inserted.after)["name"] == "普通护照签发" and inserted.before is None
    assert json.loads(updated.before)["annual_volume"] == 1200
    assert json.loads(updated.after)["annual_volume"] == 3000
    assert json.loads(deleted.before)["annual_volume"] == 3000 and deleted.after is None


def test_deleting_an_item_removes_its_places_but_a_venue_in_use_cannot_go(empty_db):
    with empty_db.transaction() as session:
        item = add_hall_with_item(session)
        item_id, venue_id = item.id, item.places[0].venue_id
    with pytest.raises(IntegrityError), empty_db.transaction() as session:
        session.execute(
            update(HandlingPlace).where(HandlingPlace.item_id == item_id).values(window_id=None)
        )
        session.delete(session.get(Venue, venue_id))
    with empty_db.transaction() as session:
        session.delete(session.get(ServiceItem, item_id))
    with empty_db.reading() as session:
        assert session.scalars(select(HandlingPlace)).all() == []
        assert session.get(Venue, venue_id) is not None


def test_a_failed_transaction_leaves_the_database_as_it_was(empty_db):
    with empty_db.transaction() as session:
        item_id = add_hall_with_item(session).id
    with pytest.raises(IntegrityError), empty_db.transaction() as session:
        session.get(ServiceItem, item_id).name = "已改名"
        session.flush()
        session.get(ServiceItem, item_id).annual_volume = -1  # violates a CHECK constraint
    with empty_db.reading() as session:
        stored = session.get(ServiceItem, item_id)
        assert (stored.name, stored.annual_volume) == ("普通护照签发", 1200)


def test_database_reopens_with_its_rows(database_target):
    db = open_database(database_target, create=True)
    with db.transaction() as session:
        add_hall_with_item(session)
    db.close()
    reopened = open_database(database_target)
    assert [item.name for item in list_items(reopened)] == ["普通护照签发"]
    reopened.close()


def test_sqlite_connections_enforce_foreign_keys(tmp_path):
    db = open_database(tmp_path / "plan.sqlite", create=True)
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    db.close()


def test_a_write_torn_by_a_crash_is_rolled_back_when_the_file_is_next_opened(tmp_path, sample_copy):
    """A file in rollback-journal mode (the sample, or any file on a network drive) whose
    writer died mid-transaction, with changed pages already in the file: the next open
    that may write restores the last committed state; a read-only one cannot and says so."""
    def names_and_place_count(db):
        with db.reading() as session:
            names = session.scalars(select(ServiceItem.name).order_by(ServiceItem.id)).all()
            return names, session.scalar(select(func.count()).select_from(HandlingPlace))

    db = open_database(sample_copy, readonly=True)
    before = names_and_place_count(db)
    db.close()
    crash = (
        "import os, sqlite3, sys\n"
        "connection = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "connection.execute('PRAGMA cache_size=1')  # changed pages go to the file before COMMIT\n"
        "connection.execute('BEGIN IMMEDIATE')\n"
        "connection.execute(\"UPDATE service_items SET name = name || '(未保存)'\")\n"
        "connection.execute('DELETE FROM handling_places')\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", crash, str(sample_copy)], check=True, timeout=60)
    journal = sample_copy.with_name(sample_copy.name + "-journal")
    assert journal.exists()

    with pytest.raises(HallPlannerError, match="未正常关闭"):
        open_database(sample_copy, readonly=True)
    db = open_database(sample_copy)
    assert names_and_place_count(db) == before
    db.close()
    assert not journal.exists()


def sidecars(path: Path) -> list[str]:
    """The journal files SQLite keeps beside a database while it is open or after a crash."""
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))


def test_the_bundled_sample_is_only_ever_read(tmp_path, sample_path):
    before = hashlib.sha256(sample_path.read_bytes()).hexdigest()
    link = tmp_path / "样例.sqlite"
    link.symlink_to(sample_path)

    for target, options in ((sample_path, {}), (sample_path, {"create": True}), (link, {})):
        db = open_database(target, **options)
        assert db.is_bundled_sample and db.readonly
        assert len(list_items(db)) == 291
        assert sidecars(sample_path) == []  # opened as it is: no WAL switch, no -wal or -shm
        with pytest.raises(HallPlannerError, match="样例"), db.transaction():
            pass
        db.close()
    assert hashlib.sha256(sample_path.read_bytes()).hexdigest() == before
    assert sidecars(sample_path) == []


def test_a_copy_of_the_sample_is_the_planners_own(sample_copy):
    db = open_database(sample_copy)
    assert not db.is_bundled_sample and not db.readonly
    with db.transaction() as session:
        session.get(ServiceItem, 1).annual_volume = 4321
    db.close()


PLANNER = """
import sys, time
from pathlib import Path
from hallplanner.db.database import open_database
from hallplanner.domain.vocabulary import ItemType, Level
from hallplanner.services.editing import PlanEditor

path, who, count, start = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
db = open_database(path)
editor = PlanEditor(db, actor=who)
while not start.exists():
    time.sleep(0.001)
for number in range(count):
    # Reads (is the code free?), then writes: the pattern a deferred BEGIN cannot serialise.
    editor.create_item({"name": f"{who}事项{number}", "department_id": 1, "basic_code": f"9{number:05d}",
                        "implementation_code": f"{who}-{number}", "item_type": ItemType.LICENSE,
                        "level": Level.CITY})
db.close()
"""


def test_two_planners_writing_one_file_at_once_both_succeed(tmp_path, sample_copy):
    """Each write transaction takes the write lock at BEGIN, so the other waits its turn
    instead of failing with "database is locked" when it read before the other wrote."""
    open_database(sample_copy).close()  # an existing working copy, already in WAL mode
    start, count = tmp_path / "start", 60
    planners = [
        subprocess.Popen([sys.executable, "-c", PLANNER, str(sample_copy), who, str(count), str(start)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for who in ("林", "陈")
    ]
    start.touch()
    for planner in planners:
        _, errors = planner.communicate(timeout=120)
        assert planner.returncode == 0, errors

    codes = sorted(f"{who}-{number}" for who in ("林", "陈") for number in range(count))
    db = open_database(sample_copy, readonly=True)
    with db.reading() as session:
        created = session.scalars(select(ServiceItem.implementation_code)
                                  .where(ServiceItem.implementation_code.in_(codes))).all()
        logged = session.scalar(select(func.count()).select_from(ItemEvent).where(ItemEvent.actor.in_(["林", "陈"])))
    db.close()
    assert (sorted(created), logged) == (codes, 2 * count)


CRASHING_PLANNER = """
import os, sys
from hallplanner.db.database import open_database
from hallplanner.db.schema import ServiceItem
db = open_database(sys.argv[1])
with db.transaction() as session:
    session.get(ServiceItem, 1).name = "崩溃前已保存的名称"
os._exit(0)  # the process dies: no close, no checkpoint
"""


def test_a_write_committed_before_a_crash_is_there_when_the_file_is_reopened(tmp_path, sample_copy):
    crash = subprocess.run([sys.executable, "-c", CRASHING_PLANNER, str(sample_copy)], capture_output=True,
                           text=True, timeout=60)
    assert crash.returncode == 0, crash.stderr
    assert sidecars(sample_copy) == ["xiamen.sqlite-shm", "xiamen.sqlite-wal"]
    main_file_only = tmp_path / "main-file-only" / "xiamen.sqlite"
    main_file_only.parent.mkdir()
    main_file_only.write_bytes(sample_copy.read_bytes())
    with closing(sqlite3.connect(main_file_only)) as connection:  # the write is only in the -wal
        assert connection.execute("SELECT name FROM service_items WHERE id = 1").fetchone() != ("崩溃前已保存的名称",)

    reader = open_database(sample_copy, readonly=True)
    with reader.reading() as session:
        assert session.get(ServiceItem, 1).name == "崩溃前已保存的名称"
    reader.close()
    db = open_database(sample_copy)
    with db.reading() as session:
        assert session.get(ServiceItem, 1).name == "崩溃前已保存的名称"
    db.close()
    assert sidecars(sample_copy) == []


def test_close_checkpoints_into_the_file_and_leaves_no_wal_or_shm(tmp_path, sample_copy):
    db = open_database(sample_copy)
    with db.reading() as first, db.reading() as second, db.transaction() as writing:  # three pooled connections
        assert first.get(ServiceItem, 2).name == second.get(ServiceItem, 2).name
        writing.get(ServiceItem, 2).annual_volume = 98765
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    assert "xiamen.sqlite-wal" in sidecars(sample_copy)
    with db.reading() as session:
        assert session.get(ServiceItem, 2).annual_volume == 98765
    db.close()

    assert sidecars(sample_copy) == []
    with closing(sqlite3.connect(sample_copy)) as connection:
        assert connection.execute("SELECT annual_volume FROM service_items WHERE id = 2").fetchone() == (98765,)
