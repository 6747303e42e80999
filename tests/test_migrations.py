"""Schema upgrades: older files are upgraded safely, newer ones refused."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, create_engine, select

from hallplanner.db.database import open_database, sqlite_engine
from hallplanner.db.migrations import HEAD, REVISIONS, alembic_config, schema_state, upgrade_to_head
from hallplanner.db.schema import Base, Floor, StaffMember, Window
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.vocabulary import AuthorizationCoverage, Post
from hallplanner.services.catalog import list_items

FIRST_REVISION = "0001"

ROWS_AT_FIRST_REVISION = [
    "INSERT INTO regions (id, name, level) VALUES (1, '厦门市', 'city')",
    "INSERT INTO departments (id, full_name, short_name, kind, region_id) VALUES (1, '厦门市人社局', '人社局', '局', 1)",
    "INSERT INTO venues (id, name, kind, status, region_id, host_kind, business_category, location_label, address,"
    " floor, room, contact_person, phone, plan_ref, illustrative)"
    " VALUES (1, '厦门市政务服务中心', 'city_center', 'open', 1, 'government', '', '', '', '', '', '', '', '', false)",
    "INSERT INTO windows (id, venue_id, number, name, kind, domain, x, y, width, height, rotation)"
    " VALUES (1, 1, 'C01', '人社事务综合窗口', 'domain', '人社事务', 0, 0, 2, 1.2, 0)",
    *[
        "INSERT INTO service_items (id, name, basic_code, implementation_code, item_type, department_id, level,"
        " category, annual_volume, avg_minutes, jointly_handled, online_depth, fully_online, negative_list,"
        f" special_sensitive, status, plan_ref, illustrative) VALUES ({n}, '事项{n}', '00010{n:07d}', 'X{n}',"
        f" '行政确认', 1, 'city', '社会保险', {n * 10}, 15, false, 3, false, false, false, 'entered', '', true)"
        for n in range(1, 6)
    ],
    *[
        f"INSERT INTO handling_places (id, item_id, venue_id, window_id, role) VALUES ({n}, {n}, 1, 1, 'main')"
        for n in range(1, 6)
    ],
]


def make_first_revision_file(path: Path, extra_rows: tuple[str, ...] = ()) -> None:
    """A populated file as the first released HallPlanner wrote it."""
    engine = sqlite_engine(path)
    upgrade_to_head(engine, FIRST_REVISION)
    with engine.begin() as connection:
        for statement in (*ROWS_AT_FIRST_REVISION, *extra_rows):
            connection.exec_driver_sql(statement)
    engine.dispose()


def table_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("service_items", "handling_places", "windows")
        }


def migrated_from_scratch(target: str) -> Engine:
    """An engine on ``target`` after every migration ran on it, from an empty database."""
    engine = sqlite_engine(Path(target)) if "://" not in target else create_engine(target)
    upgrade_to_head(engine)
    return engine


def schema_clauses(path: Path) -> dict[str, list[str]]:
    """Each table's and index's SQL as its sorted clauses, names unquoted.

    SQLite quotes a table's name when a batch migration renames it into place, keeps
    the clauses in the order they were written, and appends an added column to the
    last line; none of that carries meaning.
    """
    with sqlite3.connect(path) as connection:
        return {
            name: sorted(clause.strip().replace('"', "") for line in sql.splitlines()
                         for clause in top_level_clauses(line) if clause.strip())
            for name, sql in connection.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL")
        }


def top_level_clauses(line: str) -> list[str]:
    """``line`` split at the commas outside parentheses and quotes."""
    clauses, depth, quoted, start = [], 0, False, 0
    for index, char in enumerate(line):
        if char == "'":
            quoted = not quoted
        elif not quoted and char in "()":
            depth += 1 if char == "(" else -1
        elif not quoted and depth == 0 and char == ",":
            clauses.append(line[start:index])
            start = index + 1
    clauses.append(line[start:])
    return clauses


def test_migrations_build_exactly_the_declared_schema(database_target):
    engine = migrated_from_scratch(database_target)
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    engine.dispose()


def test_a_new_database_has_the_schema_the_migrations_build(tmp_path):
    """New files get the declared schema directly, upgraded files get it by migrating:
    the two must agree, CHECK constraints included (which compare_metadata ignores)."""
    migrated, created = tmp_path / "migrated.sqlite", tmp_path / "created.sqlite"
    migrated_from_scratch(str(migrated)).dispose()
    open_database(created, create=True).close()
    assert schema_clauses(created) == schema_clauses(migrated)
    with sqlite3.connect(created) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [(HEAD,)]


def test_revisions_read_from_the_scripts_are_alembics():
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    assert REVISIONS == tuple(script.revision for script in scripts.walk_revisions())
    assert HEAD == scripts.get_current_head()


@pytest.mark.parametrize("readonly", [True, False])
def test_opening_a_current_database_does_not_import_alembic(sample_copy, readonly):
    """Alembic is slow to import and only a schema change needs it."""
    check = (
        "import sys\n"
        "from hallplanner.db.database import open_database\n"
        f"db = open_database(sys.argv[1], readonly={readonly})\n"
        "print(db.upgraded_from, sorted(name for name in sys.modules if name.split('.')[0] == 'alembic'))\n"
        "db.close()\n"
    )
    result = subprocess.run([sys.executable, "-c", check, str(sample_copy)], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["None", "[]"]


def test_opening_an_older_file_upgrades_it_after_a_backup(tmp_path):
    path = tmp_path / "plan.sqlite"
    make_first_revision_file(path)

    db = open_database(path)

    assert db.upgraded_from == FIRST_REVISION
    assert schema_state(db.engine).is_current
    # The batch migration recreated service_items; its child rows must all survive. (With
    # foreign keys on, dropping the old table would cascade-delete them: the runner turns them off.)
    assert table_counts(path) == {"service_items": 5, "handling_places": 5, "windows": 1}
    assert [item.window_names for item in list_items(db)] == [["人社事务综合窗口"]] * 5
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.close()

    assert db.backup_path is not None and db.backup_path.parent == tmp_path
    with sqlite3.connect(db.backup_path) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (FIRST_REVISION,)
    assert table_counts(db.backup_path) == {"service_items": 5, "handling_places": 5, "windows": 1}


def test_an_upgrade_that_would_leave_a_broken_reference_is_undone(tmp_path):
    """Foreign keys are off while migrations run; the runner checks them all before committing."""
    path = tmp_path / "plan.sqlite"
    make_first_revision_file(path)
    with closing(sqlite3.connect(path)) as connection, connection:  # another tool, foreign keys off
        connection.execute("INSERT INTO handling_places (id, item_id, venue_id, window_id, role)"
                           " VALUES (6, 99, 1, 1, 'main')")

    with pytest.raises(HallPlannerError, match=rf"外键检查失败.*handling_places.*{re.escape(str(path))}"):
        open_database(path)

    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (FIRST_REVISION,)
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "audit_log" not in tables
    assert table_counts(path) == {"service_items": 5, "handling_places": 6, "windows": 1}


def test_a_failing_upgrade_leaves_the_file_as_it_was(tmp_path):
    path = tmp_path / "plan.sqlite"
    # A row the new CHECK constraint rejects makes the upgrade fail half-way.
    make_first_revision_file(path, ("UPDATE service_items SET annual_volume = -5 WHERE id = 3",))

    with pytest.raises(HallPlannerError, match="升级失败"):
        open_database(path)

    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (FIRST_REVISION,)
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "audit_log" not in tables and "_alembic_tmp_service_items" not in tables
    assert table_counts(path) == {"service_items": 5, "handling_places": 5, "windows": 1}


@pytest.mark.postgres
def test_postgres_database_at_the_first_revision_upgrades(postgres_url):
    engine = create_engine(postgres_url)
    upgrade_to_head(engine, FIRST_REVISION)
    with engine.begin() as connection:
        for statement in ROWS_AT_FIRST_REVISION:
            connection.exec_driver_sql(statement)
    engine.dispose()

    db = open_database(postgres_url)
    assert db.upgraded_from == FIRST_REVISION and db.backup_path is None
    assert [item.window_names for item in list_items(db)] == [["人社事务综合窗口"]] * 5
    db.close()


def test_staff_rows_are_carried_over_into_authorization_data_and_posts(tmp_path):
    """0006: a window becomes an A post in every session; authorization text becomes a written
    authorization covering all of the department's items, dated from the start, the text kept as a note."""
    path = tmp_path / "plan.sqlite"
    engine = sqlite_engine(path)
    upgrade_to_head(engine, "0003")
    with engine.begin() as connection:
        for statement in (*ROWS_AT_FIRST_REVISION,
                          "INSERT INTO staff (id, name, department_id, role, full_time, authorization_scope, start_date,"
                          " venue_id, window_id, illustrative) VALUES"
                          " (1, '周斌', 1, 'chief_rep', true, '综合授权:受理、审核、审批、办结', '2023-11-13', 1, NULL, true),"
                          " (2, '吴凤英', 1, 'window', true, '', '2023-11-13', 1, 1, true)"):
            connection.exec_driver_sql(statement)
    engine.dispose()

    db = open_database(path)
    assert db.upgraded_from == "0003"
    with db.reading() as session:
        chief, clerk = session.scalars(select(StaffMember).order_by(StaffMember.id)).all()
        assert (chief.authorization_written, chief.authorization_coverage, chief.authorization_date, chief.note) == (
            True, AuthorizationCoverage.ALL, dt.date(2023, 11, 13), "综合授权:受理、审核、审批、办结")
        assert chief.posts == []
        assert (clerk.authorization_written, clerk.authorization_coverage, clerk.note) == (
            False, AuthorizationCoverage.NONE, "")
        assert [(post.window_id, post.post, post.session_id) for post in clerk.posts] == [(1, Post.A, None)]
    db.close()


def test_windows_are_put_on_a_default_ground_floor_of_their_venue(tmp_path):
    """0007: every venue with windows gets a floor "1层"; its windows stand on it, no low counter yet."""
    path = tmp_path / "plan.sqlite"
    engine = sqlite_engine(path)
    upgrade_to_head(engine, "0006")
    with engine.begin() as connection:
        for statement in (*ROWS_AT_FIRST_REVISION,
                          "INSERT INTO venues (id, name, kind, status, region_id, host_kind, business_category,"
                          " location_label, address, floor, room, contact_person, phone, plan_ref, illustrative)"
                          " VALUES (2, '车驾管分中心', 'extension', 'open', 1, 'government', '', '', '', '', '', '',"
                          " '', '', false), (3, '空场所', 'extension', 'open', 1, 'government', '', '', '', '', '',"
                          " '', '', '', false)",
                          "INSERT INTO windows (id, venue_id, number, name, kind, domain, x, y, width, height, rotation)"
                          " VALUES (2, 2, 'Z01', '无差别综合窗口', 'general', '', 3.5, 4, 2, 1.2, 90),"
                          " (3, 1, 'C02', '人社事务综合窗口', 'domain', '人社事务', 2.5, 0, 2, 1.2, 0)"):
            connection.exec_driver_sql(statement)
    engine.dispose()

    db = open_database(path)
    assert db.upgraded_from == "0006"
    with db.reading() as session:
        floors = session.scalars(select(Floor).order_by(Floor.venue_id)).all()
        assert [(floor.venue_id, floor.name, floor.level, floor.zones) for floor in floors] == [
            (1, "1层", 1, []), (2, "1层", 1, [])]
        windows = session.scalars(select(Window).order_by(Window.id)).all()
        assert [(window.floor_id, window.low_counter) for window in windows] == [
            (floors[0].id, False), (floors[1].id, False), (floors[0].id, False)]
        assert (windows[1].x, windows[1].y, windows[1].rotation) == (3.5, 4, 90)  # geometry kept
    db.close()


def test_the_floor_plan_migration_downgrades(tmp_path):
    from alembic import command

    path = tmp_path / "plan.sqlite"
    engine = migrated_from_scratch(str(path))
    with engine.connect() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0006")
        connection.commit()
    engine.dispose()
    with sqlite3.connect(path) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        columns = {row[1] for row in connection.execute("PRAGMA table_info(windows)")}
    assert "floors" not in tables and "zones" not in tables and "floor_id" not in columns


def test_the_audit_trail_is_gathered_into_edits_with_the_records_of_each_row(tmp_path):
    """0010: rows of one actor within a second are one edit; each row names its item, window, venue, department."""
    import json

    from hallplanner.db.schema import AuditEdit, AuditEntry

    path = tmp_path / "plan.sqlite"
    engine = sqlite_engine(path)
    upgrade_to_head(engine, "0007")
    place = {"id": 7, "item_id": 2, "venue_id": 1, "window_id": 1, "role": "main", "version": 1}
    rows = [  # (at, actor, entity, id, before, after)
        ("2023-12-01 09:00:00.100000", "王芳", "handling_places", 7, None, place),
        ("2023-12-01 09:00:00.300000", "王芳", "service_items", 2, {"annual_volume": 20}, {"annual_volume": 30}),
        ("2023-12-01 09:05:00", "王芳", "windows", 1, {"name": "旧"}, {"name": "人社事务综合窗口", "venue_id": 1}),
        ("2023-12-01 09:05:00.200000", "陈立新", "service_items", 3, {"status": "planned"}, {"status": "entered"}),
    ]
    with engine.begin() as connection:
        for statement in ROWS_AT_FIRST_REVISION:
            connection.exec_driver_sql(statement)
        for at, actor, entity, row_id, before, after in rows:
            connection.exec_driver_sql(
                "INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (at, actor, "update", entity, row_id, before and json.dumps(before), after and json.dumps(after)))
    engine.dispose()

    db = open_database(path)
    with db.reading() as session:
        edits = session.scalars(select(AuditEdit).order_by(AuditEdit.id)).all()
        assert [edit.actor for edit in edits] == ["王芳", "王芳", "陈立新"]
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        assert [entry.edit_id for entry in entries] == [edits[0].id, edits[0].id, edits[1].id, edits[2].id]
        assert [(e.item_id, e.window_id, e.venue_id, e.department_id) for e in entries] == [
            (2, 1, 1, 1), (2, None, None, 1), (None, 1, 1, None), (3, None, None, 1)]
    db.close()
