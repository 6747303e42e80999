"""Who changed what, when: the audit trail read back as edits, in the planner's words.

Every edit's rows carry one edit id (``db.changes``), and each row the records it belongs
to (item, window, venue, department, staff member), so the history of a record and the
filters are plain indexed queries. A page holds a limited number of edits, newest first,
and of each edit its first rows (an import of 100,000 items is one edit): a plan of any
size answers in the same time. Field names are the planner's (``domain.field_labels``),
value sets are shown by their labels and foreign keys by the names of what they point to;
a record deleted since is named from the trail itself.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, Enum, func, select

from hallplanner.db.changes import TABLE_LABELS
from hallplanner.db.database import Database
from hallplanner.db.schema import (
    AuditEdit,
    AuditEntry,
    Base,
    Department,
    Floor,
    OpeningSession,
    Region,
    ServiceItem,
    StaffMember,
    Venue,
    Window,
)
from hallplanner.domain.field_labels import field_label
from hallplanner.domain.messages import message
from hallplanner.services.history_views import (
    ACTIONS,
    EMPTY,
    RECORD_COLUMNS,
    EditHistory,
    EditPage,
    FieldChange,
    HistoryQuery,
    RowHistory,
)
from hallplanner.services.plan_facts import ID_CHUNK

# Foreign keys and what names the row they point to.
REFERENCES = {
    "item_id": (ServiceItem, ("name",)), "department_id": (Department, ("full_name",)),
    "venue_id": (Venue, ("name",)), "window_id": (Window, ("number", "name")), "staff_id": (StaffMember, ("name",)),
    "floor_id": (Floor, ("name",)), "session_id": (OpeningSession, ("name",)), "region_id": (Region, ("name",)),
    "parent_id": (Region, ("name",)),
}
# The fields that name a record of each table, in order (foreign keys by their names).
RECORD_NAMES = {
    "service_items": ("name",), "venues": ("name",), "departments": ("full_name",), "staff": ("name",),
    "windows": ("venue_id", "number", "name"), "handling_places": ("item_id", "venue_id"),
    "item_status_history": ("item_id",), "item_qualifications": ("item_id", "qualification"),
    "staff_posts": ("staff_id", "window_id"), "staff_qualifications": ("staff_id", "qualification"),
    "staff_authorized_items": ("staff_id", "item_id"), "opening_sessions": ("venue_id", "name"),
    "floors": ("venue_id", "name"), "zones": ("floor_id", "name"), "deadlines": ("region_id", "kind"),
    "department_checklist": ("department_id", "point"), "signboard_overrides": ("text",),
    "publications": ("item_id", "channel"), "inspections": ("venue_id", "inspected_on"),
}
HIDDEN = {"id", "version"}
EXPORT_PAGE = 500


def _local_midnight_utc(day: dt.date) -> dt.datetime:
    """The start of a local day, as the audit trail's UTC time."""
    return dt.datetime.combine(day, dt.time()).astimezone(dt.UTC).replace(tzinfo=None)


def _conditions(query: HistoryQuery) -> list:
    conditions = []
    if query.record is not None:
        kind, row_id = query.record
        conditions.append(getattr(AuditEntry, RECORD_COLUMNS[kind]) == row_id)
    if query.department_id is not None:
        conditions.append(AuditEntry.department_id == query.department_id)
    if query.actor:
        conditions.append(AuditEntry.actor == query.actor)
    if query.since is not None:
        conditions.append(AuditEntry.at >= _local_midnight_utc(query.since))
    if query.until is not None:
        conditions.append(AuditEntry.at < _local_midnight_utc(query.until + dt.timedelta(days=1)))
    return conditions


def history(db: Database, query: HistoryQuery = HistoryQuery()) -> EditPage:
    """One page of the edits ``query`` asks for, newest first."""
    with db.engine.connect() as connection:
        return _page(connection, query)


def _page(connection: Connection, query: HistoryQuery) -> EditPage:
    conditions = _conditions(query)
    edit_ids = list(connection.scalars(
        select(AuditEntry.edit_id).where(*conditions).group_by(AuditEntry.edit_id)
        .order_by(AuditEntry.edit_id.desc()).limit(query.limit + 1).offset(query.offset)))
    more = len(edit_ids) > query.limit
    edit_ids = edit_ids[:query.limit]
    if not edit_ids:
        return EditPage([], False)
    edits = {row.id: row for row in connection.execute(select(AuditEdit).where(AuditEdit.id.in_(edit_ids)))}
    records = select(AuditEntry.edit_id, AuditEntry.entity, AuditEntry.entity_id).where(
        AuditEntry.edit_id.in_(edit_ids), *conditions).distinct().subquery()  # a record written twice is one
    counts = dict(connection.execute(select(records.c.edit_id, func.count()).group_by(records.c.edit_id)).all())
    numbered = select(AuditEntry.edit_id, AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id,
                      AuditEntry.before, AuditEntry.after,
                      func.row_number().over(partition_by=AuditEntry.edit_id, order_by=AuditEntry.id).label("n")) \
        .where(AuditEntry.edit_id.in_(edit_ids), *conditions).subquery()
    rows = _once_per_record(connection.execute(select(numbered).where(numbered.c.n <= query.rows_per_edit)
                                               .order_by(numbered.c.edit_id, numbered.c.n)).all())
    described = _Describer(connection, rows).rows()
    by_edit: dict[int, list[RowHistory]] = defaultdict(list)
    for row, text in zip(rows, described):
        by_edit[row.edit_id].append(text)
    result = []
    for edit_id in edit_ids:
        edit = edits.get(edit_id)
        at, actor, label = (edit.at, edit.actor, edit.label) if edit else (dt.datetime.min, "", "")
        result.append(EditHistory(edit_id, at, actor, label, tuple(by_edit[edit_id]), counts.get(edit_id, 0)))
    return EditPage(result, more)


@dataclass(frozen=True)
class _Written:
    """One record's audit rows within one edit, as one change: from its first state to its last."""

    edit_id: int
    action: str
    entity: str
    entity_id: int
    before: str | None
    after: str | None


def _once_per_record(rows: list) -> list:
    """An edit may write a record twice (renumbering a row of windows sets each number aside
    first, so that two windows can swap): the history shows it once, from before to after."""
    first: dict[tuple, int] = {}
    merged: list = []
    for row in rows:
        key = (row.edit_id, row.entity, row.entity_id)
        if key not in first:
            first[key] = len(merged)
            merged.append(row)
            continue
        earlier = merged[first[key]]
        if earlier.action == "insert" and row.action == "delete":  # made and removed again: keep both
            merged.append(row)
            continue
        before = {**json.loads(row.before or "{}"), **json.loads(earlier.before or "{}")} if earlier.before else None
        after = {**json.loads(earlier.after or "{}"), **json.loads(row.after or "{}")} if row.after else None
        action = "insert" if earlier.action == "insert" else "delete" if row.action == "delete" else "update"
        merged[first[key]] = _Written(row.edit_id, action, row.entity, row.entity_id,
                                      before and json.dumps(before), after and json.dumps(after))
    return merged


def all_edits(db: Database, query: HistoryQuery) -> Iterator[EditHistory]:
    """Every edit ``query`` matches, with all its rows, page by page (for an export)."""
    offset = 0
    while True:
        page = history(db, HistoryQuery(query.record, query.actor, query.since, query.until, query.department_id,
                                        EXPORT_PAGE, offset, rows_per_edit=10**9))
        yield from page.edits
        if not page.more:
            return
        offset += EXPORT_PAGE


def actors(db: Database) -> list[str]:
    """Everyone who changed the plan, for a filter."""
    with db.engine.connect() as connection:
        return sorted(connection.scalars(select(AuditEdit.actor).distinct()))


def staff_named(db: Database, name: str) -> int | None:
    """The staff member of this name (the first, if two share it), for a history asked by name."""
    with db.engine.connect() as connection:
        return connection.scalar(select(StaffMember.id).where(StaffMember.name == name).order_by(StaffMember.id))


def record_title(db: Database, kind: str, row_id: int) -> str:
    """How a record whose history is asked for is named (also once it is deleted)."""
    table = {"item": "service_items", "window": "windows", "venue": "venues", "department": "departments",
             "staff": "staff"}[kind]
    with db.engine.connect() as connection:
        describer = _Describer(connection, [])
        values = describer.values_of(table, row_id)
        return describer.record_name(table, values or {}) or f"#{row_id}"


class _Describer:
    """Turns audit rows into the planner's words, naming foreign keys in a few batched reads."""

    def __init__(self, connection: Connection, rows: list) -> None:
        self.connection = connection
        self.rows_in = rows
        self.parsed = [(json.loads(row.before) if row.before else None, json.loads(row.after) if row.after else None)
                       for row in rows]
        wanted: dict[str, set[int]] = defaultdict(set)
        for before, after in self.parsed:
            for values in filter(None, (before, after)):
                for column in REFERENCES:
                    if isinstance(values.get(column), int):
                        wanted[column].add(values[column])
                if isinstance(values.get("change_key"), str):
                    wanted["venue_id"].update(int(part) for part in values["change_key"].split(">") if part.isdigit())
        self.names: dict[tuple[str, int], str] = {}
        for column, ids in wanted.items():
            self._read_names(column, ids)

    def _read_names(self, column: str, ids: set[int]) -> None:
        model, fields = REFERENCES[column]
        table = model.__tablename__
        ids = {row_id for row_id in ids if (table, row_id) not in self.names}
        if not ids:
            return
        extra = [Venue.name] if model is Window else []
        query = select(model.id, *(getattr(model, field) for field in fields), *extra)
        if model is Window:
            query = query.join(Venue, Window.venue_id == Venue.id)
        wanted = sorted(ids)
        for start in range(0, len(wanted), ID_CHUNK):  # an export's import edit names 100,000 items
            for row in self.connection.execute(query.where(model.id.in_(wanted[start:start + ID_CHUNK]))):
                parts = [str(part) for part in row[1:]]
                self.names[table, row[0]] = " ".join(parts[-1:] + parts[:-1]) if extra else " ".join(parts)
        for row_id in ids - {key[1] for key in self.names if key[0] == table}:
            values = self.values_of(table, row_id)  # deleted since: its last values in the trail
            named = " ".join(str(values.get(field, "")) for field in fields) if values else ""
            self.names[table, row_id] = message("history", "{name}(已删除)").format(name=named.strip() or f"#{row_id}")

    def values_of(self, table: str, row_id: int) -> dict | None:
        model = Base.metadata.tables[table]
        found = self.connection.execute(select(model).where(model.c.id == row_id)).mappings().first()
        if found is not None:
            return dict(found)
        last = self.connection.execute(
            select(AuditEntry.before, AuditEntry.after).where(AuditEntry.entity == table, AuditEntry.entity_id == row_id)
            .order_by(AuditEntry.id.desc()).limit(1)).first()
        if last is None:
            return None
        return json.loads(last.after or last.before)

    def rows(self) -> list[RowHistory]:
        return [self._row(row, before, after) for row, (before, after) in zip(self.rows_in, self.parsed)]

    def _row(self, row, before: dict | None, after: dict | None) -> RowHistory:
        table = row.entity
        values = after if after is not None else before or {}
        columns = Base.metadata.tables[table].c.keys() if table in Base.metadata.tables else list(values)
        if row.action == "update":
            keys = [key for key in columns if key not in HIDDEN and (before or {}).get(key) != (after or {}).get(key)]
        else:  # a new or deleted record: its fields, but not those its name already shows
            named = set(RECORD_NAMES.get(table, ()))
            keys = [key for key in columns if key not in HIDDEN | named and values.get(key) not in (None, "")]
        fields = []
        for key in keys:
            label = field_label(table, key)
            if label is None:
                continue
            fields.append(FieldChange(label, self.shown(table, key, (before or {}).get(key) if before else None),
                                      self.shown(table, key, (after or {}).get(key) if after else None)))
        return RowHistory(TABLE_LABELS.get(table, table), self.record_name(table, values) or f"#{row.entity_id}",
                          ACTIONS.get(row.action, row.action), tuple(fields))

    def record_name(self, table: str, values: dict) -> str:
        parts = [self.shown(table, field, values.get(field)) for field in RECORD_NAMES.get(table, ())]
        return " ".join(part for part in parts if part != EMPTY)

    def shown(self, table: str, column: str, value: object) -> str:
        """A stored value as the planner reads it."""
        if value is None or value == "":
            return EMPTY
        if column in REFERENCES and isinstance(value, int):
            key = (REFERENCES[column][0].__tablename__, value)
            if key not in self.names:
                self._read_names(column, {value})
            return self.names[key]
        if column == "change_key" and isinstance(value, str):
            old, _, new = value.partition(">")
            return " → ".join(self.shown(table, "venue_id", int(part)) if part.isdigit() else EMPTY
                              for part in (old, new))
        if isinstance(value, bool):
            return str(message("history", "是") if value else message("history", "否"))
        kind = Base.metadata.tables[table].c[column].type if column in Base.metadata.tables[table].c else None
        if isinstance(kind, Enum) and kind.enum_class is not None:
            try:
                return str(kind.enum_class(value).label)
            except (ValueError, AttributeError):
                return str(value)
        if isinstance(value, float):
            return f"{value:g}"
        if isinstance(value, list):
            return message("history", "{count} 个顶点").format(count=len(value))
        return str(value)
