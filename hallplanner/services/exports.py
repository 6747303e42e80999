"""What the exports list, as plain rows: no file format here (the exchange layer writes them).

Each source reads through Core and yields tuples in the order of its columns, so
a province catalog streams from the database to the file without ORM objects.
Values are what a planner reads: labels, not stored enum values; ``是``/``否``
for flags (the import reads them back).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import case, func, select

from hallplanner.db.database import Database
from hallplanner.db.schema import Department, HandlingPlace, ServiceItem, Venue, Window
from hallplanner.domain.vocabulary import EntryStatus, ItemType, Level, PlaceRole

YES, NO = "是", "否"


def flag(value: bool) -> str:
    return YES if value else NO


# The catalog's columns, in export order: the item's stored fields, all of which the import reads back.
CATALOG_FIELDS = (
    "implementation_code", "basic_code", "name", "department", "department_short", "item_type", "level",
    "category", "annual_volume", "avg_minutes", "jointly_handled", "online_depth", "fully_online",
    "negative_list", "special_sensitive", "status", "plan_ref", "illustrative",
)


def count_items(db: Database) -> int:
    with db.engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(ServiceItem)) or 0


def catalog_rows(db: Database) -> Iterator[tuple]:
    """Every item with every stored field, ordered by code (``CATALOG_FIELDS``)."""
    query = (
        select(ServiceItem.implementation_code, ServiceItem.basic_code, ServiceItem.name, Department.full_name,
               Department.short_name, ServiceItem.item_type, ServiceItem.level, ServiceItem.category,
               ServiceItem.annual_volume, ServiceItem.avg_minutes, ServiceItem.jointly_handled,
               ServiceItem.online_depth, ServiceItem.fully_online, ServiceItem.negative_list,
               ServiceItem.special_sensitive, ServiceItem.status, ServiceItem.plan_ref, ServiceItem.illustrative)
        .join(Department, ServiceItem.department_id == Department.id)
        .order_by(ServiceItem.basic_code, ServiceItem.implementation_code)
    )
    labels = {**{t: str(t.label) for t in ItemType}, **{lv: str(lv.label) for lv in Level},
              **{s: str(s.label) for s in EntryStatus}}
    with db.engine.connect() as connection:
        for (code, basic, name, department, short, item_type, level, category, volume, minutes, joint, depth,
             online, negative, sensitive, status, plan_ref, illustrative) in connection.execute(query):
            yield (code, basic, name, department, short, labels[item_type], labels[level], category, volume,
                   minutes, flag(joint), depth, flag(online), flag(negative), flag(sensitive), labels[status],
                   plan_ref, flag(illustrative))


def count_assignments(db: Database) -> int:
    with db.engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(HandlingPlace)
                                 .where(HandlingPlace.window_id.is_not(None))) or 0


def assignment_rows(db: Database) -> Iterator[tuple]:
    """Items at windows: venue, window number, window name, department, item code, item name, role, category.

    Ordered as a planner walks the hall: venue, window number, item code.
    """
    query = (
        select(Venue.name, Window.number, Window.name, Department.short_name, ServiceItem.implementation_code,
               ServiceItem.name, HandlingPlace.role, ServiceItem.category)
        .select_from(HandlingPlace)
        .join(Window, HandlingPlace.window_id == Window.id)
        .join(Venue, HandlingPlace.venue_id == Venue.id)
        .join(ServiceItem, HandlingPlace.item_id == ServiceItem.id)
        .join(Department, ServiceItem.department_id == Department.id)
        .order_by(Venue.id, Window.number, ServiceItem.basic_code, ServiceItem.implementation_code)
    )
    roles = {role: str(role.label) for role in PlaceRole}
    with db.engine.connect() as connection:
        for venue, number, window, department, code, name, role, category in connection.execute(query):
            yield venue, number, window, department, code, name, roles[role], category


@dataclass(frozen=True)
class DepartmentList:
    """One department's items, for it to confirm: its names and how many rows there are."""

    full_name: str
    short_name: str
    count: int
    department_id: int


def department_lists(db: Database) -> list[DepartmentList]:
    """The departments that own items, in the order the catalog lists them (by id)."""
    with db.engine.connect() as connection:
        rows = connection.execute(
            select(Department.id, Department.full_name, Department.short_name, func.count(ServiceItem.id))
            .join(ServiceItem, ServiceItem.department_id == Department.id)
            .group_by(Department.id, Department.full_name, Department.short_name)
            .order_by(Department.id)
        )
        return [DepartmentList(full, short, count, department_id) for department_id, full, short, count in rows]


def department_rows(db: Database, department_id: int) -> Iterator[tuple]:
    """A department's items: number, codes, name, type, category, volume, status, where handled.

    The last columns stay empty for the department to fill in: 是否确认 and 意见.
    """
    places: dict[int, list[str]] = {}
    statuses = {status: str(status.label) for status in EntryStatus}
    types = {item_type: str(item_type.label) for item_type in ItemType}
    with db.engine.connect() as connection:
        place_rows = connection.execute(
            select(HandlingPlace.item_id, Venue.name, Window.number, Window.name)
            .join(Venue, HandlingPlace.venue_id == Venue.id)
            .outerjoin(Window, HandlingPlace.window_id == Window.id)
            .join(ServiceItem, HandlingPlace.item_id == ServiceItem.id)
            .where(ServiceItem.department_id == department_id)
            .order_by(HandlingPlace.item_id, case((HandlingPlace.role == PlaceRole.MAIN, 0), else_=1), Venue.id)
        )
        for item_id, venue, number, window in place_rows:
            places.setdefault(item_id, []).append(f"{venue} {number} {window}" if number else venue)
        items = connection.execute(
            select(ServiceItem.id, ServiceItem.implementation_code, ServiceItem.basic_code, ServiceItem.name,
                   ServiceItem.item_type, ServiceItem.category, ServiceItem.annual_volume, ServiceItem.status)
            .where(ServiceItem.department_id == department_id)
            .order_by(ServiceItem.basic_code, ServiceItem.implementation_code)
        )
        for number, (item_id, code, basic, name, item_type, category, volume, status) in enumerate(items, 1):
            yield (number, code, basic, name, types[item_type], category, volume, statuses[status],
                   "\n".join(places.get(item_id, ())), None, None)
