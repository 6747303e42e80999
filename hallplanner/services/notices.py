"""From changed rows to a change notice: what each view must show afresh.

An edit, an undo or a colleague's save changes rows; the views show items,
venues with their totals, and departments. ``notice_for`` works out which of
those the rows touch (an item's places, a window's venue, a department's items
when its name changes) and reads exactly those, so no view reloads everything
and none queries the database itself. ``changes_since`` reads colleagues'
changes from the audit trail, which every edit writes.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import func, select

from hallplanner.db.changes import RowChange
from hallplanner.db.database import Database
from hallplanner.db.schema import AuditEntry
from hallplanner.services.catalog import (
    items_referring_to,
    list_departments,
    list_items,
    list_venues,
    venues_showing_departments,
)
from hallplanner.services.views import ChangeNotice

# The fields of a window, venue or department that items and the venue tree show.
SHOWN_FIELDS = {
    "windows": ("number", "name", "domain"),
    "venues": ("name", "kind"),
    "departments": ("full_name", "short_name"),
}


def _renamed(changes: list[RowChange], table: str) -> set[int]:
    """Rows of ``table`` whose shown fields an update changed."""
    return {
        change.id for change in changes
        if change.table == table and change.before and change.after
        and any(change.before.get(key) != change.after.get(key) for key in SHOWN_FIELDS[table])
    }


def _volume_changed(change: RowChange) -> bool:
    return change.before is None or change.after is None or \
        change.before.get("annual_volume") != change.after.get("annual_volume")


def notice_for(db: Database, changes: Iterable[RowChange], origin: str, label: str = "") -> ChangeNotice:
    """The notice for ``changes``, with the rows the views show read afresh."""
    changes = list(changes)
    tables: dict[str, set[int]] = defaultdict(set)
    item_ids: set[int] = set()
    venue_ids: set[int] = set()
    for change in changes:
        tables[change.table].add(change.id)
        for values in filter(None, (change.before, change.after)):
            if change.table in ("handling_places", "item_status_history"):
                item_ids.add(int(values["item_id"]))
            if change.table in ("handling_places", "windows"):
                venue_ids.add(int(values["venue_id"]))
    item_ids |= tables.get("service_items", set())
    venue_ids |= tables.get("venues", set())
    item_ids |= items_referring_to(db, windows=_renamed(changes, "windows"), venues=_renamed(changes, "venues"),
                                   departments=_renamed(changes, "departments"))
    items = list_items(db, item_ids) if item_ids else []
    weighed = {change.id for change in changes if change.table == "service_items" and _volume_changed(change)}
    venue_ids.update(place.venue_id for item in items if item.id in weighed for place in item.places)

    departments = tuple(list_departments(db)) if "departments" in tables else None
    # Venues and windows show their department's short name.
    short_renamed = {change.id for change in changes if change.table == "departments" and change.before
                     and change.after and change.before.get("short_name") != change.after.get("short_name")}
    venue_ids |= venues_showing_departments(db, short_renamed)
    venues = list_venues(db, venue_ids) if venue_ids else []
    return ChangeNotice(
        origin=origin,
        label=label,
        tables={table: frozenset(ids) for table, ids in tables.items()},
        items=tuple(items),
        removed_items=frozenset(item_ids - {item.id for item in items}),
        venues=tuple(venues),
        removed_venues=frozenset(venue_ids - {venue.id for venue in venues}),
        departments=departments,
    )


def last_change_id(db: Database) -> int:
    """The newest audit trail entry: where watching for colleagues' changes starts."""
    with db.engine.connect() as connection:
        return connection.scalar(select(func.max(AuditEntry.id))) or 0


def changes_since(db: Database, floor: int, seen: set[int]) -> tuple[list[RowChange], set[int]]:
    """Audit entries above ``floor`` not in ``seen``, as row changes, and their ids.

    Callers look back below the newest id they saw, because on a server a
    transaction can commit after one that took a later id.
    """
    with db.engine.connect() as connection:
        rows = connection.execute(
            select(AuditEntry.id, AuditEntry.entity, AuditEntry.entity_id, AuditEntry.before, AuditEntry.after)
            .where(AuditEntry.id > floor).order_by(AuditEntry.id)
        ).all()
    fresh = [row for row in rows if row.id not in seen]
    changes = [RowChange(row.entity, row.entity_id, json.loads(row.before) if row.before else None,
                         json.loads(row.after) if row.after else None) for row in fresh]
    return changes, {row.id for row in fresh}
