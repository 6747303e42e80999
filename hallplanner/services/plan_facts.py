"""The facts about a plan that its checks need, read in a few plain queries.

Core rows, not ORM entities: 100,000 items load in a fraction of a second. The editor
reads the same facts for the items an edit touches, before and after, so the rule an
edit must keep (R3) is decided by the very predicate the checks report with.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Collection, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, String, select, type_coerce
from sqlalchemy.orm import Session

from hallplanner.db.schema import (
    Deadline,
    Department,
    HandlingPlace,
    Region,
    ServiceItem,
    StaffingSettings,
    Venue,
    Window,
)
from hallplanner.domain.checks import DeadlineFacts, DepartmentFacts, ItemFacts, PlanFacts, WindowFacts
from hallplanner.domain.plan_time import PlaceFacts, VenueFacts
from hallplanner.domain.vocabulary import EntryStatus, KeepReason, Level, PlaceRole

ID_CHUNK = 10_000  # SQLite caps the parameters of one statement


def load_facts(connection: Connection, item_ids: Collection[int] | None = None) -> PlanFacts:
    """The facts the checks need: every item, or only ``item_ids`` (then ``complete`` is False)."""
    departments = {row.id: DepartmentFacts(row.id, row.full_name, row.region_id, row.centrally_managed)
                   for row in connection.execute(select(Department.id, Department.full_name, Department.region_id,
                                                        Department.centrally_managed))}
    venues = load_venues(connection)
    windows = {row.id: WindowFacts(*row) for row in connection.execute(select(
        Window.id, Window.venue_id, Window.number, Window.name, Window.kind, Window.domain, Window.department_id))}
    deadlines = [DeadlineFacts(*row) for row in connection.execute(select(
        Deadline.region_id, Deadline.level, Deadline.kind, Deadline.due_on, Deadline.plan_ref))]
    parents = dict(connection.execute(select(Region.id, Region.parent_id)).all())
    joint: dict[int, set[int]] = {}
    for venue_id, item_id in connection.execute(
            select(HandlingPlace.venue_id, HandlingPlace.item_id)
            .join(ServiceItem, HandlingPlace.item_id == ServiceItem.id)
            .where(ServiceItem.jointly_handled.is_(True), HandlingPlace.closes_on.is_(None))):
        joint.setdefault(venue_id, set()).add(item_id)
    return PlanFacts(load_items(connection, item_ids, venues), departments, venues, windows, deadlines, parents,
                     joint, complete=item_ids is None)


# Enum and date columns read as plain text and converted here: SQLAlchemy's per-value
# processing of them is half the time of reading a province's places.
_LEVELS = {member.value: member for member in Level}
_STATUSES = {member.value: member for member in EntryStatus}
_ROLES = {member.value: member for member in PlaceRole}
_KEEP_REASONS = {member.value: member for member in KeepReason}


def _date(value: object) -> dt.date | None:
    """A DATE column read as text (SQLite) or as a date (PostgreSQL's driver returns one anyway)."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value[:10])


def _load_items(connection: Connection, venues: dict[int, VenueFacts], ids: list[int] | None) -> list[ItemFacts]:
    item_query = select(
        ServiceItem.id, ServiceItem.name, ServiceItem.department_id, type_coerce(ServiceItem.level, String),
        type_coerce(ServiceItem.status, String), ServiceItem.negative_list, ServiceItem.special_sensitive,
        ServiceItem.fully_online, ServiceItem.jointly_handled).order_by(ServiceItem.id)
    place_query = select(
        HandlingPlace.item_id, HandlingPlace.venue_id, HandlingPlace.window_id, type_coerce(HandlingPlace.role, String),
        type_coerce(HandlingPlace.opens_on, String), type_coerce(HandlingPlace.closes_on, String),
        type_coerce(HandlingPlace.keep_reason, String)).order_by(HandlingPlace.id)
    if ids is not None:
        item_query = item_query.where(ServiceItem.id.in_(ids))
        place_query = place_query.where(HandlingPlace.item_id.in_(ids))
    items = {item_id: ItemFacts(item_id, name, department_id, _LEVELS[level], _STATUSES[status],
                                bool(negative), bool(special), bool(online), bool(joint))
             for item_id, name, department_id, level, status, negative, special, online, joint
             in connection.execute(item_query)}
    for item_id, venue_id, window_id, role, opens_on, closes_on, keep_reason in connection.execute(place_query):
        item = items.get(item_id)
        if item is not None:
            item.places.append(PlaceFacts(item_id, venues[venue_id], window_id, _ROLES[role], _date(opens_on),
                                          _date(closes_on), keep_reason and _KEEP_REASONS[keep_reason]))
    return list(items.values())


def load_venues(connection: Connection) -> dict[int, VenueFacts]:
    return {row.id: VenueFacts(*row) for row in connection.execute(select(
        Venue.id, Venue.name, Venue.kind, Venue.status, Venue.department_id, Venue.region_id,
        Venue.opens_on, Venue.closes_on))}


def load_items(connection: Connection, item_ids: Collection[int] | None,
               venues: dict[int, VenueFacts] | None = None) -> list[ItemFacts]:
    """Items with their places: all, or ``item_ids``."""
    venues = venues if venues is not None else load_venues(connection)
    if item_ids is None:
        return _load_items(connection, venues, None)
    ids = sorted(item_ids)
    return [item for start in range(0, len(ids), ID_CHUNK)
            for item in _load_items(connection, venues, ids[start:start + ID_CHUNK])]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while hundreds of thousands of plain, acyclic rows
    are made: it would walk them again and again for nothing (a third of a province's check)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def plan_day(session: Session) -> dt.date:
    """The day the plan's checks refer to unless asked another: its reference date (基准日, set
    with the staffing assumptions; the sample describes the end of 2023), else today."""
    reference = session.scalar(select(StaffingSettings.reference_date).order_by(StaffingSettings.id).limit(1))
    return reference or dt.date.today()
