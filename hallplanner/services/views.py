"""What the services hand to the views: plain, immutable rows with no database behind them.

This module imports neither SQLAlchemy nor the schema, so the GUI can hold and
show these rows without loading the database layer (the main window paints
before it is imported). A catalog of 100,000 items lives in memory as these
objects, so they use slots and share their repeated parts (see ``Interner``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field

from hallplanner.domain.plan_time import CENTER_KINDS
from hallplanner.domain.vocabulary import (
    EntryStatus,
    ItemType,
    KeepReason,
    Level,
    PlaceRole,
    VenueKind,
    VenueStatus,
    WindowKind,
)


@dataclass(frozen=True, slots=True)
class PlaceView:
    """One place that handles an item: a venue, maybe a window in it, its role and its dates.

    The dates are the plan over time (``domain.plan_time``): a center place opens on the
    item's entry date; an old place closes then unless kept, with its reason (R4).
    """

    venue_id: int
    venue: str
    venue_kind: VenueKind
    role: PlaceRole
    window_id: int | None
    window_number: str | None
    window: str | None
    window_domain: str | None
    opens_on: dt.date | None = None
    closes_on: dt.date | None = None
    keep_reason: KeepReason | None = None
    keep_note: str = ""

    @property
    def window_label(self) -> str | None:
        """``A03 公安事务综合窗口``: the number tells apart windows that share a name."""
        return f"{self.window_number} {self.window}" if self.window else None

    @property
    def is_center(self) -> bool:
        """At a city or district center (the item's place after entry), not an old place."""
        return self.venue_kind in CENTER_KINDS


@dataclass(frozen=True, slots=True)
class ItemView:
    id: int
    name: str
    basic_code: str
    implementation_code: str
    item_type: ItemType
    department_id: int
    department: str
    department_short: str
    level: Level
    category: str
    annual_volume: int
    avg_minutes: int
    jointly_handled: bool
    online_depth: int
    fully_online: bool
    negative_list: bool
    special_sensitive: bool
    status: EntryStatus
    plan_ref: str
    illustrative: bool
    version: int
    places: tuple[PlaceView, ...]

    @property
    def window_names(self) -> list[str]:
        """Names of the windows handling the item, each once, in place order."""
        return list(dict.fromkeys(place.window for place in self.places if place.window))

    @property
    def window_labels(self) -> list[str]:
        """Number and name of each window handling the item, in place order."""
        return list(dict.fromkeys(place.window_label for place in self.places if place.window))

    @property
    def assigned(self) -> bool:
        """Whether some window handles the item."""
        return any(place.window_id is not None for place in self.places)

    @property
    def center_place(self) -> PlaceView | None:
        """The item's main place at a center: where it is, or will be, handled after entry."""
        return next((place for place in self.places if place.is_center and place.role is PlaceRole.MAIN), None)

    @property
    def entry_date(self) -> dt.date | None:
        """The day the item enters (or entered) the center, when the plan has fixed it."""
        center = self.center_place
        return center.opens_on if center is not None else None

    @property
    def domains(self) -> set[str]:
        """The domains (公安事务 …) of the windows handling the item."""
        return {place.window_domain for place in self.places if place.window_domain}


@dataclass(frozen=True, slots=True)
class WindowView:
    id: int
    number: str
    name: str
    kind: WindowKind
    domain: str
    department_short: str
    item_count: int
    load: int  # sum of the annual case volume of its items


@dataclass(frozen=True, slots=True)
class DepartmentView:
    id: int
    full_name: str
    short_name: str


@dataclass(frozen=True, slots=True)
class VenueView:
    id: int
    name: str
    kind: VenueKind
    status: VenueStatus
    department_short: str
    item_count: int  # items handled at the venue, at a window or not yet
    load: int
    windows: tuple[WindowView, ...]


@dataclass(frozen=True)
class Catalog:
    """Everything the workspace shows, read in one go (in the background)."""

    items: list[ItemView]
    venues: list[VenueView]
    departments: list[DepartmentView]
    search_texts: list[str]  # each item's, in the order of ``items``
    plan_day: dt.date  # the day the plan calls now: its reference date (基准日), else today


@dataclass(frozen=True)
class ChangeNotice:
    """What one edit, undo, redo, reload or colleague's change did, with fresh rows to show.

    ``tables`` names every changed row (table → ids); the other fields carry the
    rows a view shows, already read from the database in the background, so a
    view applies them without a query. ``catalog`` is set when everything was
    read again (reload): views then replace what they show.
    """

    origin: str  # "edit", "undo", "redo", "others", "reload", "open" (another plan)
    label: str = ""
    tables: Mapping[str, frozenset[int]] = field(default_factory=dict)
    items: tuple[ItemView, ...] = ()
    removed_items: frozenset[int] = frozenset()
    venues: tuple[VenueView, ...] = ()
    removed_venues: frozenset[int] = frozenset()
    departments: tuple[DepartmentView, ...] | None = None  # the whole list, when any changed
    catalog: Catalog | None = None

    def touches(self, table: str, row_id: int | None = None) -> bool:
        ids = self.tables.get(table)
        return bool(ids) and (row_id is None or row_id in ids)

    @property
    def is_empty(self) -> bool:
        return not self.tables and self.catalog is None


class Interner:
    """One shared object for equal values: 100,000 rows repeat a few hundred names and places.

    Values are told apart by type as well, because a str enum member equals its
    text and members of two enums with the same text equal each other.
    """

    def __init__(self) -> None:
        self._seen: dict[tuple[type, Hashable], Hashable] = {}

    def __call__(self, value):
        return self._seen.setdefault((type(value), value), value)
