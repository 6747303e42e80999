"""One edit of thousands of items (a department dragged onto a window, an import): every row audited, one undo
step that restores the plan exactly, the rules kept, and the items read in a few queries, not per item."""

from __future__ import annotations

import json
import shutil
from contextlib import contextmanager

import pytest
from sqlalchemy import event, func, select

from hallplanner.db.changes import StaleRowError, _json, context
from hallplanner.db.database import open_database
from hallplanner.db.schema import AuditEdit, AuditEntry, Base, HandlingPlace, ServiceItem, Venue, Window
from hallplanner.domain.plan_time import CENTER_KINDS
from hallplanner.domain.rules import RuleViolation
from hallplanner.domain.vocabulary import EntryStatus
from hallplanner.sample.generate import generate
from hallplanner.services.editing import PlanEditor
from hallplanner.services.importing import ImportRecord, ParsedCatalog

SELECTED = 3_000
TRAIL = {"audit_log", "audit_edits"}


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    path = tmp_path_factory.mktemp("bulk") / "plan.sqlite"
    generate(path, items=4_000, seed=3)
    return path


@pytest.fixture
def db(generated, tmp_path):
    copy = tmp_path / "plan.sqlite"
    shutil.copyfile(generated, copy)
    database = open_database(copy)
    yield database
    database.close()


def department_items(db, count: int) -> list[int]:
    """What a planner selects: whole departments' items."""
    with db.engine.connect() as connection:
        return list(connection.scalars(select(ServiceItem.id).order_by(ServiceItem.department_id, ServiceItem.id)
                                       .limit(count)))


def center_window(db) -> Window:
    with db.reading() as session:
        window = session.scalars(select(Window).join(Venue).where(Venue.kind.in_(CENTER_KINDS))
                                 .order_by(Window.id)).first()
        session.expunge(window)
        return window


def plan_rows(db) -> dict[str, dict[int, dict]]:
    """Every row of the plan outside the trail, its version aside (a restored row gets a new one)."""
    with db.engine.connect() as connection:
        return {table.name: {row.id: {key: value for key, value in row._mapping.items() if key != "version"}
                             for row in connection.execute(select(table))}
                for table in Base.metadata.sorted_tables if table.name not in TRAIL and "id" in table.c}


def latest_trail(db):
    with db.engine.connect() as connection:
        edit = connection.execute(select(AuditEdit).order_by(AuditEdit.id.desc()).limit(1)).one()
        return edit, connection.execute(select(AuditEntry).where(AuditEntry.edit_id == edit.id)).all()


def trail_size(db) -> tuple[int, int]:
    with db.engine.connect() as connection:
        return (connection.scalar(select(func.count()).select_from(AuditEdit)),
                connection.scalar(select(func.count()).select_from(AuditEntry)))


def assert_audited(db, edit, label: str) -> None:
    """One audit row per changed row, with its values before and after and its records."""
    trail_edit, rows = latest_trail(db)
    assert trail_edit.label == label
    by_row = {(row.entity, row.entity_id): row for row in rows}
    assert len(by_row) == len(rows) == len(edit.changes)
    with db.engine.connect() as connection:
        departments = dict(connection.execute(select(ServiceItem.id, ServiceItem.department_id)).all())
    for change in edit.changes:
        row = by_row[change.table, change.id]
        assert (row.before, row.after) == (_json(change.before), _json(change.after))
        if change.table == "handling_places":
            names = context(change)  # a place taken off a window is in that window's history too
            assert (row.item_id, row.venue_id, row.window_id) == (
                names["item_id"], names["venue_id"], names["window_id"])
            assert row.department_id == departments.get(names["item_id"], row.department_id) is not None


@contextmanager
def statements(db):
    """The SQL the edit sends, by its first word."""
    sent: list[str] = []

    def count(connection, cursor, statement, parameters, context, executemany):
        sent.append(statement.split(None, 1)[0].upper())

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield sent
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def test_assigning_thousands_of_items_is_audited_row_by_row_and_undone_exactly(db):
    ids = department_items(db, SELECTED)
    window = center_window(db)
    editor = PlanEditor(db, "tester")
    before = plan_rows(db)

    with statements(db) as sent:
        edit = editor.assign(ids, window.id)
    after = plan_rows(db)

    with db.engine.connect() as connection:
        placed = set(connection.scalars(select(HandlingPlace.item_id).where(HandlingPlace.window_id == window.id)))
        entered = set(connection.scalars(select(ServiceItem.id).where(
            ServiceItem.id.in_(ids), ServiceItem.status == EntryStatus.ENTERED)))
    assert placed >= set(ids)
    assert entered, "the selection holds entered items, whose old places close as they get a center window"
    inserted = [change for change in edit.changes if change.before is None]
    updated = [change for change in edit.changes if change.before is not None]
    assert len(inserted) > SELECTED // 2 and updated
    assert_audited(db, edit, str(edit.label))
    # The items and their places are read in a few queries, and the trail written at once: not per item.
    assert sent.count("SELECT") < 60
    assert sent.count("INSERT") <= len(inserted) + 5

    undone = editor.undo(edit)
    assert plan_rows(db) == before
    assert_audited(db, undone, f"撤销:{edit.label}")

    redone = editor.undo(undone, redo=True)
    assert plan_rows(db) == after
    assert_audited(db, redone, f"重做:{edit.label}")
    with db.engine.connect() as connection:
        versions = dict(connection.execute(select(HandlingPlace.id, HandlingPlace.version)).all())
    # Restored rows carry new versions: a copy read before the undo is stale.
    assert all(versions[change.id] > change.after["version"] for change in updated)


def test_a_big_edit_that_would_take_one_entered_item_out_of_the_center_changes_nothing(db):
    ids = department_items(db, SELECTED)
    with db.engine.connect() as connection:
        center, in_center = connection.execute(
            select(HandlingPlace.venue_id, func.count()).join(Venue).join(ServiceItem)
            .where(HandlingPlace.item_id.in_(ids), Venue.kind.in_(CENTER_KINDS),
                   ServiceItem.status == EntryStatus.ENTERED)
            .group_by(HandlingPlace.venue_id).order_by(func.count().desc()).limit(1)).one()
    assert in_center > 100
    before = plan_rows(db)
    trail_before = trail_size(db)

    with pytest.raises(RuleViolation) as refused:
        PlanEditor(db, "tester").unassign(ids, center)

    assert refused.value.rule == "R3"
    assert plan_rows(db) == before
    assert trail_size(db) == trail_before


def test_deleting_thousands_of_items_deletes_what_they_own_and_undo_brings_it_all_back(db):
    ids = department_items(db, SELECTED)
    editor = PlanEditor(db, "tester")
    before = plan_rows(db)

    with statements(db) as sent:
        edit = editor.delete_items(ids)

    rows = plan_rows(db)
    assert not set(ids) & rows["service_items"].keys()
    assert not any(place["item_id"] in set(ids) for place in rows["handling_places"].values())
    assert edit.ids("item_status_history") and edit.ids("handling_places")
    assert_audited(db, edit, str(edit.label))
    assert sent.count("SELECT") < 60
    event_row = [change for change in edit.changes if change.table == "item_events"]
    assert [len(json.loads(change.after["sources"])) for change in event_row] == [SELECTED]

    editor.undo(edit)
    assert plan_rows(db) == before


def test_importing_thousands_of_rows_that_bring_items_into_the_plan_is_one_audited_undoable_edit(db):
    with db.engine.connect() as connection:
        outside = connection.execute(select(ServiceItem.implementation_code, ServiceItem.name)
                                     .where(ServiceItem.status == EntryStatus.OUTSIDE)).all()
    assert len(outside) > 100
    # Each row renames its item and says it enters: a new status, its history row, a rename event.
    records = [ImportRecord("目录", row, {"implementation_code": code, "name": f"{name}(新)"}, entering=True)
               for row, (code, name) in enumerate(outside, 2)]
    editor = PlanEditor(db, "tester")
    before = plan_rows(db)

    with statements(db) as sent:
        edit = editor.import_catalog(ParsedCatalog("目录.xlsx", "目录", 1, [], {}, records))

    assert len(edit.ids("service_items")) == len(edit.ids("item_status_history")) == len(outside)
    with db.engine.connect() as connection:
        assert set(connection.scalars(select(ServiceItem.status).where(
            ServiceItem.implementation_code.in_([code for code, _ in outside])))) == {EntryStatus.PLANNED}
    assert_audited(db, edit, str(edit.label))
    assert sent.count("SELECT") < 60

    editor.undo(edit)
    assert plan_rows(db) == before


def test_undoing_a_big_delete_after_a_colleague_reused_one_code_names_that_item_and_changes_nothing(db):
    ids = department_items(db, SELECTED)
    editor = PlanEditor(db, "tester")
    edit = editor.delete_items(ids)
    middle = ids[len(ids) // 2]
    gone = next(change.before for change in edit.changes if change.table == "service_items" and change.id == middle)
    # A colleague creates an item under the code of one deleted in the middle of the selection.
    editor.create_item({key: gone[key] for key in ("name", "implementation_code", "basic_code", "item_type",
                                                   "department_id", "level")})
    before = plan_rows(db)
    trail_before = trail_size(db)

    with pytest.raises(StaleRowError) as refused:
        editor.undo(edit)

    assert (refused.value.table, refused.value.row_id) == ("service_items", middle)
    assert plan_rows(db) == before
    assert trail_size(db) == trail_before
