"""The plan over time: where an item is handled on a given day.

A handling place has the dates it opens and closes for the item (None: open-ended). An
item that enters the center has two kinds of place: its **target**, a window at a center
(city or district), open from the entry date; and its **current** places elsewhere (a
department hall, a sub-center), which close on the entry date unless the planner keeps
them (R4), with a reason, as extension windows.

So status follows from dates: an item has entered on day ``d`` when its center place is
open on ``d``. The stored status says which track an item is on (to enter, sub-center,
special site, outside); for an entered item whose center place has no date, the stored
status is the only record (it entered before the plan kept dates), and it counts as
entered on every day. A planned item's center place without a date is a target whose
entry date is not fixed yet: the deadline of its level and region applies.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hallplanner.domain.vocabulary import EntryStatus, KeepReason, PlaceRole, VenueKind, VenueStatus

CENTER_KINDS = frozenset({VenueKind.CITY_CENTER, VenueKind.DISTRICT_CENTER})


def open_between(opens_on: dt.date | None, closes_on: dt.date | None, day: dt.date) -> bool:
    """Open on ``day``: opened on or before it, and not yet closed (a place closes at the start of its day)."""
    return (opens_on is None or opens_on <= day) and (closes_on is None or day < closes_on)


@dataclass(frozen=True, slots=True)
class VenueFacts:
    id: int
    name: str
    kind: VenueKind
    status: VenueStatus
    department_id: int | None
    region_id: int
    opens_on: dt.date | None
    closes_on: dt.date | None

    @property
    def is_center(self) -> bool:
        return self.kind in CENTER_KINDS

    def open_on(self, day: dt.date) -> bool:
        """A closed venue without a closing date has been closed since before the plan kept dates."""
        if self.status is VenueStatus.CLOSED and self.closes_on is None:
            return False
        return open_between(self.opens_on, self.closes_on, day)


@dataclass(frozen=True, slots=True)
class PlaceFacts:
    item_id: int
    venue: VenueFacts
    window_id: int | None
    role: PlaceRole
    opens_on: dt.date | None
    closes_on: dt.date | None
    keep_reason: KeepReason | None

    def open_on(self, day: dt.date, status: EntryStatus) -> bool:
        """Handles the item on ``day``; a center place only once the item has entered."""
        if not self.venue.open_on(day):
            return False
        if self.venue.is_center and self.role is PlaceRole.MAIN:
            return entered_on(status, self, day)
        return open_between(self.opens_on, self.closes_on, day)


def entered_on(status: EntryStatus, center_place: PlaceFacts | None, day: dt.date) -> bool:
    """Whether the item has entered the center on ``day`` (see the module's notes)."""
    if center_place is None:
        return status is EntryStatus.ENTERED  # says so, though no center handles it: R3 reports it
    if center_place.opens_on is None:
        return status is EntryStatus.ENTERED
    return center_place.opens_on <= day


def center_place(places: list[PlaceFacts]) -> PlaceFacts | None:
    """The item's main place at a center: where it is (or will be) handled after entry."""
    return next((p for p in places if p.venue.is_center and p.role is PlaceRole.MAIN), None)


def status_on(status: EntryStatus, places: list[PlaceFacts], day: dt.date) -> EntryStatus:
    """The item's status on ``day``, from its stored track and its center place's date."""
    if status in (EntryStatus.PLANNED, EntryStatus.ENTERED):
        return EntryStatus.ENTERED if entered_on(status, center_place(places), day) else EntryStatus.PLANNED
    return status


def kept(place: PlaceFacts) -> bool:
    """An old place the item keeps after entering (R4): outside the center, not closing."""
    return not place.venue.is_center and place.closes_on is None
