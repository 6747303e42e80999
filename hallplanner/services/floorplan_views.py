"""What the floor-plan page shows: plain rows, no SQLAlchemy (the GUI imports this module)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from hallplanner.domain.vocabulary import WindowKind, ZoneKind

# Counters of one domain share a colour; general (无差别) windows are green, as halls sign them.
# The page (gui/floorplan/scene.py) and the exported plan both take them from here: a print matches the screen.
DOMAIN_PALETTE = ("#3b6fb6", "#b5523b", "#7a5aa6", "#2f8f8a", "#b07d1f", "#8a6d3b", "#5b7f2b", "#a2477b")
GENERAL_COLOUR, DEDICATED_COLOUR = "#2e8b57", "#6c7a89"


@dataclass(frozen=True, slots=True)
class FloorView:
    id: int
    venue_id: int
    name: str
    level: int
    route_width: float | None = None  # metres; None: the preset (domain.floorplan_checks.DEFAULT_ROUTE_WIDTH)
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
    accessibility_sign: bool = False  # a low counter's sign is up (GB 55019-2021 §4.0.1)

    @property
    def label(self) -> str:
        return f"{self.number} {self.name}"

    @property
    def colour_key(self) -> str:
        """What the counter's colour stands for: its domain, else its department."""
        return self.domain or self.department

    @property
    def colour(self) -> str:
        """``#rrggbb``: green for a general window, else its domain's (the same in every run)."""
        if self.kind is WindowKind.GENERAL:
            return GENERAL_COLOUR
        if not self.colour_key:
            return DEDICATED_COLOUR
        digest = hashlib.blake2b(self.colour_key.encode("utf-8"), digest_size=2).digest()
        return DOMAIN_PALETTE[int.from_bytes(digest) % len(DOMAIN_PALETTE)]


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
