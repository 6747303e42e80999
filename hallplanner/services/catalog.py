"""Reading the catalog: items with their places, venues with their windows."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import fields

from sqlalchemy import case, func, select

from hallplanner.db.database import Database
from hallplanner.db.schema import Department, HandlingPlace, Region, ServiceItem, Venue, Window
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.messages import message
from hallplanner.domain.vocabulary import PlaceRole
from hallplanner.services.plan_facts import plan_day
from hallplanner.services.search import search_text
from hallplanner.services.views import Catalog, DepartmentView, Interner, ItemView, PlaceView, VenueView, WindowView


ID_CHUNK = 10_000


def _item_columns() -> list:
    """The columns behind ItemView's fields, in field order (rows map on positionally)."""
    department = {"department": Department.full_name, "department_short": Department.short_name}
    return [department.get(f.name) or getattr(ServiceItem, f.name) for f in fields(ItemView) if f.name != "places"]


def list_items(db: Database, ids: Collection[int] | None = None) -> list[ItemView]:
    """Every item (or those with ``ids``) with its department and places, ordered by code.

    Reads plain rows through Core: ORM entities for 100,000 items cost seconds.
    Equal strings, places and place lists are shared between rows, which keeps a
    province catalog's memory to a fraction.
    """
    if ids is not None and len(ids) > ID_CHUNK:  # SQLite caps the parameters of one statement
        ids = sorted(ids)
        return [item for start in range(0, len(ids), ID_CHUNK) for item in list_items(db, ids[start:start + ID_CHUNK])]
    shared = Interner()
    with db.engine.connect() as connection:
        places: dict[int, list[PlaceView]] = defaultdict(list)
        place_query = (
            select(
                HandlingPlace.item_id,
                Venue.id,
                Venue.name,
                Venue.kind,
                HandlingPlace.role,
                Window.id,
                Window.number,
                Window.name,
                Window.domain,
                HandlingPlace.opens_on,
                HandlingPlace.closes_on,
                HandlingPlace.keep_reason,
                HandlingPlace.keep_note,
            )
            .join(Venue, HandlingPlace.venue_id == Venue.id)
            .outerjoin(Window, HandlingPlace.window_id == Window.id)
            .order_by(
                HandlingPlace.item_id,
                case((HandlingPlace.role == PlaceRole.MAIN, 0), else_=1),
                Venue.id,
            )
        )
        item_query = (
            select(*_item_columns())
            .join(Department, ServiceItem.department_id == Department.id)
            .order_by(ServiceItem.basic_code, ServiceItem.id)
        )
        if ids is not None:
            ids = sorted(ids)
            place_query = place_query.where(HandlingPlace.item_id.in_(ids))
            item_query = item_query.where(ServiceItem.id.in_(ids))
        for item_id, *place in connection.execute(place_query):
            places[item_id].append(shared(PlaceView(*(shared(value) for value in place))))
        shared_columns = {position for position, f in enumerate(fields(ItemView))
                          if f.name in ("department", "department_short", "category", "plan_ref")}
        return [
            ItemView(*(shared(value) if position in shared_columns else value for position, value in enumerate(row)),
                     shared(tuple(places.get(row[0], ()))))
            for row in connection.execute(item_query)
        ]


def list_venues(db: Database, ids: Collection[int] | None = None) -> list[VenueView]:
    """Venues (all, or those with ``ids``) with their windows, each with its item count and load.

    Plain rows, no ORM objects: an item edit refreshes only the venues it touched.
    """
    with db.engine.connect() as connection:

        def totals(column) -> dict[int, tuple[int, int]]:
            query = (
                select(column, func.count(HandlingPlace.id), func.sum(ServiceItem.annual_volume))
                .join(ServiceItem, HandlingPlace.item_id == ServiceItem.id)
                .where(column.is_not(None))
                .group_by(column)
            )
            if ids is not None:
                query = query.where(HandlingPlace.venue_id.in_(ids))
            return {key: (count, load or 0) for key, count, load in connection.execute(query)}

        window_totals = totals(HandlingPlace.window_id)
        venue_totals = totals(HandlingPlace.venue_id)
        short_names = dict(connection.execute(select(Department.id, Department.short_name)).all())
        windows: dict[int, list[WindowView]] = defaultdict(list)
        window_query = select(Window.id, Window.venue_id, Window.number, Window.name, Window.kind, Window.domain,
                              Window.department_id).order_by(Window.venue_id, Window.number)
        venue_query = select(Venue.id, Venue.name, Venue.kind, Venue.status, Venue.department_id).order_by(Venue.id)
        if ids is not None:
            window_query = window_query.where(Window.venue_id.in_(ids))
            venue_query = venue_query.where(Venue.id.in_(ids))
        for window_id, venue_id, number, name, kind, domain, department_id in connection.execute(window_query):
            count, load = window_totals.get(window_id, (0, 0))
            windows[venue_id].append(WindowView(window_id, number, name, kind, domain,
                                                short_names.get(department_id, ""), count, load))
        return [
            VenueView(venue_id, name, kind, status, short_names.get(department_id, ""),
                      *venue_totals.get(venue_id, (0, 0)), tuple(windows.get(venue_id, ())))
            for venue_id, name, kind, status, department_id in connection.execute(venue_query)
        ]


def list_departments(db: Database) -> list[DepartmentView]:
    with db.engine.connect() as connection:
        rows = connection.execute(
            select(Department.id, Department.full_name, Department.short_name).order_by(Department.id)
        )
        return [DepartmentView(*row) for row in rows]


RECORD_MODELS = {"item": ServiceItem, "window": Window, "venue": Venue, "department": Department}


def record(db: Database, kind: str, row_id: int) -> dict[str, object] | None:
    """One item's, window's, venue's or department's columns as a plain dict (with its version)."""
    model = RECORD_MODELS[kind]
    with db.engine.connect() as connection:
        row = connection.execute(select(model.__table__).where(model.__table__.c.id == row_id)).mappings().first()
        return dict(row) if row else None


def home_region(db: Database) -> int:
    """The top region of the plan (厦门市): where new venues and departments go by default."""
    with db.engine.connect() as connection:
        region = connection.scalar(select(Region.id).where(Region.parent_id.is_(None)).order_by(Region.id))
    if region is None:
        raise HallPlannerError(message("catalog", "数据库中还没有行政区划,无法新增"))
    return region


def items_referring_to(db: Database, *, windows: Collection[int] = (), venues: Collection[int] = (),
                       departments: Collection[int] = ()) -> set[int]:
    """Items whose shown names come from these windows, venues or departments."""
    if not (windows or venues or departments):
        return set()
    with db.engine.connect() as connection:
        placed = connection.scalars(select(HandlingPlace.item_id).where(
            HandlingPlace.window_id.in_(windows) | HandlingPlace.venue_id.in_(venues)))
        owned = connection.scalars(select(ServiceItem.id).where(ServiceItem.department_id.in_(departments)))
        return set(placed) | set(owned)


def read_catalog(db: Database) -> Catalog:
    """Everything the workspace shows, with the search text of every item."""
    items = list_items(db)
    with db.reading() as session:
        day = plan_day(session)
    return Catalog(items, list_venues(db), list_departments(db), [search_text(item) for item in items], day)


def venues_showing_departments(db: Database, departments: Collection[int]) -> set[int]:
    """Venues that show one of these departments' short names, on themselves or on a window."""
    if not departments:
        return set()
    with db.engine.connect() as connection:
        own = connection.scalars(select(Venue.id).where(Venue.department_id.in_(departments)))
        windows = connection.scalars(select(Window.venue_id).where(Window.department_id.in_(departments)))
        return set(own) | set(windows)
