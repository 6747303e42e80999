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
    version: int = 1


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
class BackgroundView:
    """The floor's drawing: which stored image, its size in pixels, metres a pixel, top-left in metres."""

    image_id: int
    width: int
    height: int
    scale: float
    x: float
    y: float
    source: str


@dataclass(frozen=True, slots=True)
class FloorLayout:
    floor: FloorView
    venue: str
    zones: tuple[ZoneView, ...]
    windows: tuple[CounterView, ...]
    background: BackgroundView | None = None
    venue_numbers: frozenset[str] = frozenset()  # every window number of the venue, on any floor


@dataclass(frozen=True, slots=True)
class WindowMarks:
    """What the colour modes show of a window besides its load: its staffing and its findings."""

    staffing: dict[int, str]  # window id → worst staffing severity ("error", "warning", "info")
    findings: dict[int, int]  # window id → findings about it or the items handled there


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
