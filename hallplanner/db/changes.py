"""What a transaction changed, row by row: the audit trail and the basis of undo.

One ``after_flush`` listener on the session factory sees every insert, update and
delete made through the ORM (GUI, command line, import), so no path can skip it.
It writes the audit trail and keeps the same changes on the session, where a
service picks them up to hand back as an undoable edit. The rows of one transaction
share one edit (``audit_edits``: when, who, the label the editor gives it), and each
row names the records it belongs to (``context``), so that the history can be read
per edit and per record. ``revert`` puts rows back
the way they were, refusing when someone else changed them in between.
Bulk loads through Core (the sample builder, the generator) are not user edits
and are neither audited nor tracked.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import String, Table, UniqueConstraint, bindparam, delete, insert, inspect, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hallplanner.db.schema import AuditEdit, AuditEntry, Base, ServiceItem, StaffMember, utc_now
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.messages import message

CHANGES_KEY = "hallplanner.changes"
LOOKUP_CHUNK = 5_000
EDIT_KEY = "hallplanner.edit"
ACTOR_KEY = "actor"
# The context columns of the audit trail: under which records a row is looked up (its own
# table's column holds the row's own id).
CONTEXT_COLUMNS = {"item_id": "service_items", "window_id": "windows", "venue_id": "venues",
                   "department_id": "departments", "staff_id": "staff"}


@dataclass(frozen=True)
class RowChange:
    """One row before and after a change; ``None`` where the row did not exist."""

    table: str
    id: int
    before: Mapping[str, object] | None
    after: Mapping[str, object] | None


class StaleRowError(HallPlannerError):
    """A row is no longer as this planner last saw it: someone else changed it."""

    def __init__(self, table: str, row_id: int) -> None:
        super().__init__(message("changes", "记录已被他人修改或删除({table} #{row}),请刷新后再试")
                         .format(table=TABLE_LABELS.get(table, table), row=row_id))
        self.table = table
        self.row_id = row_id


TABLE_LABELS = {
    "service_items": message("changes", "事项"),
    "handling_places": message("changes", "办理地点"),
    "windows": message("changes", "窗口"),
    "venues": message("changes", "场所"),
    "departments": message("changes", "部门"),
    "staff": message("changes", "人员"),
    "item_status_history": message("changes", "状态记录"),
    "item_events": message("changes", "事项变更记录"),
    "signboard_overrides": message("changes", "标识牌措辞"),
    "deadlines": message("changes", "期限"),
    "staff_posts": message("changes", "人员岗位"),
    "staff_qualifications": message("changes", "人员资格"),
    "staff_authorized_items": message("changes", "授权事项"),
    "item_qualifications": message("changes", "事项所需资格"),
    "opening_sessions": message("changes", "开放时段"),
    "department_checklist": message("changes", "三集中、三到位"),
    "staffing_settings": message("changes", "人员配置参数"),
    "floors": message("changes", "楼层"),
    "zones": message("changes", "功能区"),
    "publications": message("changes", "变更公布"),
    "inspections": message("changes", "督查记录"),
    "negative_list_versions": message("changes", "负面清单版本"),
    "negative_list_entries": message("changes", "负面清单条目"),
    "negative_list_proposals": message("changes", "负面清单调整建议"),
    "negative_list_proposal_steps": message("changes", "调整建议办理步骤"),
}


def _row_values(obj: Base, *, before: bool = False) -> dict[str, object]:
    state = inspect(obj)
    values = {}
    for attr in state.mapper.column_attrs:
        if before:
            history = state.attrs[attr.key].history
            if history.deleted:
                values[attr.key] = history.deleted[0]
                continue
        values[attr.key] = getattr(obj, attr.key)
    return values


def _plain(value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime, dt.time)):  # opening hours are times
        return value.isoformat()
    return value


def _json(values: Mapping[str, object] | None) -> str | None:
    if values is None:
        return None
    return json.dumps({key: _plain(value) for key, value in values.items()}, ensure_ascii=False, sort_keys=True)


def context(change: RowChange) -> dict[str, int | None]:
    """The records a row belongs to: its own id in its table's column, else what its values name
    after the change, else before (a place taken off a window is in that window's history)."""
    found = {}
    for column, owner in CONTEXT_COLUMNS.items():
        value = change.id if change.table == owner else None
        for values in (change.after, change.before):
            if value is None and values is not None:
                value = values.get(column)
        found[column] = value if isinstance(value, int) else None
    return found


def _departments_of(session: Session, model: type, ids: set[int]) -> dict[int, int]:
    """The department of each item or staff member, from the session where it is there, else the database."""
    found = {}
    for row_id in ids:
        obj = session.identity_map.get(inspect(model).identity_key_from_primary_key((row_id,)))
        if obj is not None:
            found[row_id] = obj.department_id
    missing = sorted(ids - found.keys())
    for start in range(0, len(missing), LOOKUP_CHUNK):  # a driver takes only so many parameters at once
        found.update(session.connection().execute(select(model.id, model.department_id).where(
            model.id.in_(missing[start:start + LOOKUP_CHUNK]))).all())
    return found


def edit_id(session: Session, at: dt.datetime) -> int:
    """The id of the session's edit in the history, made with its first audit row."""
    if EDIT_KEY not in session.info:
        session.info[EDIT_KEY] = session.connection().execute(
            insert(AuditEdit).values(at=at, actor=session.info.get(ACTOR_KEY, ""), label="")).inserted_primary_key[0]
    return session.info[EDIT_KEY]


def label_edit(session: Session, label: str) -> None:
    """Name the session's edit in the history as the undo stack names it."""
    if EDIT_KEY in session.info:
        session.connection().execute(update(AuditEdit).where(AuditEdit.id == session.info[EDIT_KEY])
                                     .values(label=str(label)))


def _audit(session: Session, changes: Iterable[RowChange]) -> None:
    changes = list(changes)
    if not changes:
        return
    at = utc_now()
    rows = []
    for change in changes:
        rows.append({
            "at": at,
            "actor": session.info.get(ACTOR_KEY, ""),
            "action": "insert" if change.before is None else "delete" if change.after is None else "update",
            "entity": change.table,
            "entity_id": change.id,
            "before": _json(change.before),
            "after": _json(change.after),
            "edit_id": edit_id(session, at),
            **context(change),
        })
    # A row about an item or a person is in its department's history too.
    for column, model in (("item_id", ServiceItem), ("staff_id", StaffMember)):
        wanted = {row[column] for row in rows if row["department_id"] is None and row[column] is not None}
        if wanted:
            departments = _departments_of(session, model, wanted)
            for row in rows:
                if row["department_id"] is None and row[column] is not None:
                    row["department_id"] = departments.get(row[column])
    session.connection().execute(insert(AuditEntry), rows)


def record_changes(session: Session, flush_context) -> None:
    """``after_flush`` hook: the session still knows what the flush changed.

    Deleted rows come from the flush itself: a child taken out of a collection with
    ``delete-orphan`` (``item.places.remove(place)``) is deleted by the flush without
    ever being in ``session.deleted``.
    """
    changes = []
    for obj in session.new:
        if not isinstance(obj, (AuditEntry, AuditEdit)):
            changes.append(RowChange(obj.__tablename__, obj.id, None, _row_values(obj)))
    for obj in session.dirty:
        if not isinstance(obj, (AuditEntry, AuditEdit)) and session.is_modified(obj, include_collections=False):
            changes.append(RowChange(obj.__tablename__, obj.id, _row_values(obj, before=True), _row_values(obj)))
    deleted = {id(obj): obj for obj in session.deleted}
    deleted.update((id(state.obj()), state.obj()) for state, (is_delete, list_only) in flush_context.states.items()
                   if is_delete and not list_only and state.obj() is not None)
    for obj in deleted.values():
        if not isinstance(obj, (AuditEntry, AuditEdit)):
            changes.append(RowChange(obj.__tablename__, inspect(obj).identity[0], _row_values(obj), None))
    _audit(session, changes)
    session.info.setdefault(CHANGES_KEY, []).extend(changes)


def tracked_changes(session: Session) -> tuple[RowChange, ...]:
    """Everything the session changed so far, one entry per row (first before, last after)."""
    session.flush()
    merged: dict[tuple[str, int], RowChange] = {}
    for change in session.info.get(CHANGES_KEY, []):
        key = (change.table, change.id)
        first = merged.get(key)
        merged[key] = change if first is None else RowChange(change.table, change.id, first.before, change.after)
    return tuple(change for change in merged.values() if change.before != change.after)


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _table_order() -> dict[str, int]:
    return {table.name: position for position, table in enumerate(Base.metadata.sorted_tables)}


def _same_values(row: Mapping[str, object], values: Mapping[str, object]) -> bool:
    """Whether the row holds ``values``, its version aside (compared as the audit trail writes them)."""
    return all(_plain(row[key]) == _plain(value) for key, value in values.items() if key != "version")


def _move_aside(connection, writes: list[RowChange]) -> dict[tuple[str, int], dict[str, object]]:
    """Unique text the revert changes back (window numbers A01 and A03 swapped), set aside first.

    Rows are written back one at a time, and a swap would collide with itself half way; each row
    whose unique text changes back gets a placeholder first (DEL and the row id: no planner types
    it, and PostgreSQL refuses NUL in text). Returns, per row set aside, the values it held (the
    staleness check compares those).
    """
    aside = {}
    for change in writes:
        if change.after is None:
            continue
        table = _table(change.table)
        columns = [column.name for constraint in table.constraints if isinstance(constraint, UniqueConstraint)
                   for column in constraint.columns if isinstance(column.type, String)
                   and change.before.get(column.name) != change.after.get(column.name)]
        if not columns:
            continue
        held = {name: change.after[name] for name in columns}
        statement = update(table).where(table.c.id == change.id, *(table.c[name] == value for name, value in held.items()))
        if connection.execute(statement.values({name: f"\x7f{change.id}" for name in columns})).rowcount == 1:
            aside[change.table, change.id] = held
    return aside


def _current_rows(connection, changes: list[RowChange]) -> dict[tuple[str, int], Mapping[str, object]]:
    """The rows as they are now, of the changes whose row must still be as the change left it: read a
    few thousand at a time, not one query per row (an undo of thousands of rows). Reading them all
    before writing any finds what one read per row just before its write would: a revert changes
    each row once."""
    wanted: dict[str, list[int]] = {}
    for change in changes:
        if change.after is not None and "version" in _table(change.table).c:
            wanted.setdefault(change.table, []).append(change.id)
    found = {}
    for name, ids in wanted.items():
        table = _table(name)
        for start in range(0, len(ids), LOOKUP_CHUNK):
            chunk = ids[start:start + LOOKUP_CHUNK]
            for row in connection.execute(select(table).where(table.c.id.in_(chunk))).mappings():
                found[name, row["id"]] = row
    return found


class _Writes:
    """The rows a revert writes back, in order; consecutive ones of one kind on one table go as one
    ``executemany``. A batch that fails (a row re-created or its parent gone, or a row changed
    since it was read) is rolled back to its savepoint and written row by row, which names the row."""

    def __init__(self, connection) -> None:
        self.connection = connection
        self.batched = connection.dialect.supports_sane_multi_rowcount
        self.kind: tuple | None = None
        self.rows: list[tuple[RowChange, dict]] = []

    def add(self, change: RowChange, action: str, values: dict) -> None:
        kind = (change.table, action, tuple(values))
        if kind != self.kind:
            self.flush()
            self.kind = kind
        self.rows.append((change, values))

    def flush(self) -> None:
        if not self.rows:
            return
        rows, (name, action, keys) = self.rows, self.kind
        self.rows, self.kind = [], None
        table = _table(name)
        if action == "insert":
            statement = insert(table)
        else:
            statement = delete(table) if action == "delete" else update(table)
            statement = statement.where(table.c.id == bindparam("row_id"))
            if "row_version" in keys:
                statement = statement.where(table.c.version == bindparam("row_version"))
        expected = None if action == "insert" else len(rows)  # a row written back is still there
        if self.batched and len(rows) > 1:
            savepoint = self.connection.begin_nested()
            try:
                result = self.connection.execute(statement, [values for _, values in rows])
                written = expected is None or result.rowcount == expected
            except IntegrityError:
                written = False
            if written:
                savepoint.commit()
                return
            savepoint.rollback()
        for change, values in rows:
            try:
                result = self.connection.execute(statement, values)
            except IntegrityError as exc:  # the row was re-created, or a parent is gone
                raise StaleRowError(change.table, change.id) from exc
            if expected is not None and result.rowcount != 1:
                raise StaleRowError(change.table, change.id)


def revert(session: Session, changes: Iterable[RowChange]) -> tuple[RowChange, ...]:
    """Put every row back to its ``before`` state, in one transaction.

    Each row must still be as ``after`` left it (the same values, or still present),
    else ``StaleRowError``. The values are compared, not the version: undoing a later
    edit of a row gives the row a new version but the values the earlier edit left, so
    the earlier edit can be undone next (two moves of one window, undone in turn).
    Restored rows get a new version, so other planners' stale copies stay stale.
    Returns the changes made, which revert in turn.
    """
    order = _table_order()
    changes = list(changes)
    removals = sorted((c for c in changes if c.before is None), key=lambda c: -order[c.table])
    writes = sorted((c for c in changes if c.before is not None), key=lambda c: order[c.table])
    connection = session.connection()
    aside = _move_aside(connection, writes)
    found_rows = _current_rows(connection, removals + writes)
    written = _Writes(connection)
    made = []
    for change in removals + writes:
        table = _table(change.table)
        versioned = "version" in table.c
        current = change.after
        if current is not None and versioned:
            found = found_rows.get((change.table, change.id))
            if found is not None and (change.table, change.id) in aside:
                found = {**found, **aside[change.table, change.id]}
            if found is None or not _same_values(found, current):
                written.flush()  # the rows before it first, as one write after another would
                raise StaleRowError(change.table, change.id)
            current = {**current, "version": found["version"]}
        checked = {"row_version": current["version"]} if current is not None and versioned else {}
        if change.before is None:
            restored = None
            written.add(change, "delete", {"row_id": change.id, **checked})
        elif change.after is None:
            restored = dict(change.before)
            if versioned:
                restored["version"] = int(change.before["version"]) + 1
            written.add(change, "insert", restored)
        else:
            restored = {**change.before, "version": int(current["version"]) + 1} if versioned else dict(change.before)
            written.add(change, "update", {**restored, "row_id": change.id, **checked})
        made.append(RowChange(change.table, change.id, current, restored))
    written.flush()
    _audit(session, made)
    return tuple(made)
