"""What the floor-plan page shows: plain rows, no SQLAlchemy (the GUI imports this module)."""

from __future__ import annotations

from dataclasses import dataclass

from hallplanner.domain.vocabulary import WindowKind, ZoneKind


@dataclass(frozen=True, slots=True)
class FloorView:
    id: int
    venue_id: int
    name: str
    level: int


@dataclass(frozen=True, slots=True)
class VenueFloors:
    """A venue and its floors, lowest first: the page's two choosers."""

    venue_id: int
    venue: str
    floors: tuple[FloorView, ...]


@dataclass(frozen=True, slots=True)
class ZoneView:
    id: int
    floor_id: int
    name: str
    kind: ZoneKind
    colour: str  # #rrggbb
    polygon: tuple[tuple[float, float], ...]  # metres
    version: int


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a window stands on its floor, in metres and degrees (top-left corner before rotation)."""

    x: float
    y: float
    width: float
    height: float
    rotation: float = 0.0


@dataclass(frozen=True, slots=True)
class CounterView:
    """A window as the floor plan draws it, with its load."""

    id: int
    number: str
    name: str
    kind: WindowKind
    domain: str
    department: str
    placement: Placement
    low_counter: bool
    version: int
    items: int  # items handled at the window today
    yearly_volume: int  # their yearly cases, added up

    @property
    def label(self) -> str:
        return f"{self.number} {self.name}"


@dataclass(frozen=True, slots=True)
class FloorLayout:
    floor: FloorView
    venue: str
    zones: tuple[ZoneView, ...]
    windows: tuple[CounterView, ...]


@dataclass(frozen=True, slots=True)
class WindowItem:
    code: str
    name: str
    yearly_volume: int


@dataclass(frozen=True, slots=True)
class WindowLoad:
    """The items a window handles today, largest yearly volume first."""

    window_id: int
    items: tuple[WindowItem, ...]
