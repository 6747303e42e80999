"""The change list for publication (R13): items whose handling place changes, old and new place, date.

Nothing is typed twice: the list follows from the plan over time. An item entering the
center on a day moves from each old place that closes then (or is kept beside the center,
R4); a place that closes without the item entering anywhere is listed too, so that the
public learns it, and so that the planner sees the gap (R1 reports it as well).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, select

from hallplanner.db.database import Database
from hallplanner.db.schema import Department, ServiceItem
from hallplanner.domain.messages import Message, message
from hallplanner.domain.checks import PlanFacts
from hallplanner.domain.plan_time import center_place
from hallplanner.domain.vocabulary import EntryStatus
from hallplanner.services.plan_facts import load_facts


class ChangeKind:
    MOVED = message("PlaceChange", "迁入中心")
    KEPT = message("PlaceChange", "迁入中心,原址保留为延伸窗口")
    CLOSED = message("PlaceChange", "原办理点关闭")
    ADDED = message("PlaceChange", "新设中心窗口")


@dataclass(frozen=True, slots=True)
class PlaceChange:
    item_id: int
    item_code: str
    item_name: str
    department: str
    old_place: str
    new_place: str
    on: dt.date | None  # None: entry date not fixed yet
    kind: Message
    old_venue_id: int | None = None
    new_venue_id: int | None = None
    new_venue: str = ""  # the new place's venue, without the window

    @property
    def key(self) -> str:
        """The change among the item's changes, by its venues: what a publication refers to."""
        return f"{self.old_venue_id or ''}>{self.new_venue_id or ''}"


def place_changes(db: Database) -> list[PlaceChange]:
    """Every change of an item's handling place the plan holds, by date (undated last), then item."""
    with db.engine.connect() as connection:
        return place_changes_in(connection)


def place_changes_in(connection: Connection, plan: PlanFacts | None = None) -> list[PlaceChange]:
    """``place_changes`` on an open connection (a check reads them in its own session), from the
    plan's facts when they are loaded already."""
    plan = plan if plan is not None and plan.complete else load_facts(connection)
    about = {row.id: row for row in connection.execute(
        select(ServiceItem.id, ServiceItem.implementation_code, Department.full_name)
        .join(Department, ServiceItem.department_id == Department.id))}
    changes = []
    for item in plan.items:
        center = center_place(item.places)
        if center is not None and center.opens_on is None and item.status is EntryStatus.ENTERED:
            center = None  # entered before the plan kept dates: nothing left to publish about it
        row = about[item.id]

        def change(old: str, new: str, on: dt.date | None, kind: Message, old_venue: int | None = None) -> PlaceChange:
            return PlaceChange(item.id, row.implementation_code, item.name, row.full_name, old, new, on, kind,
                               old_venue, center.venue.id if center is not None else None,
                               center.venue.name if center is not None else "")

        new_place = ""
        if center is not None:
            window = plan.windows.get(center.window_id) if center.window_id else None
            new_place = f"{center.venue.name} {window.number} {window.name}" if window else center.venue.name
        olds = [place for place in item.places if not place.venue.is_center]
        if center is not None:
            for place in olds:
                if place.closes_on is None and place.opens_on is not None and center.opens_on \
                        and place.opens_on >= center.opens_on:
                    continue  # an extension window opened beside the center is not a move
                # Before a fixed entry date, a place not kept closes then: the plan's default.
                kept = place.closes_on is None and (place.keep_reason is not None or center.opens_on is not None)
                changes.append(change(place.venue.name, new_place, place.closes_on or center.opens_on,
                                      ChangeKind.KEPT if kept else ChangeKind.MOVED, place.venue.id))
            if not olds:
                changes.append(change("", new_place, center.opens_on, ChangeKind.ADDED))
        else:
            changes.extend(change(place.venue.name, "", place.closes_on, ChangeKind.CLOSED, place.venue.id)
                           for place in olds if place.closes_on is not None)
    changes.sort(key=lambda c: (c.on is None, c.on or dt.date.min, c.item_code, c.old_place))
    return changes
