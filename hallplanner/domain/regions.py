"""The administrative regions the plan speaks of."""

from __future__ import annotations

from dataclasses import dataclass

from hallplanner.domain.vocabulary import Level

CITY = "厦门市"
XIAMEN_DISTRICTS = ("思明区", "湖里区", "集美区", "海沧区", "同安区", "翔安区")


@dataclass(frozen=True)
class RegionSpec:
    name: str
    level: Level
    parent: str | None


def xiamen_regions() -> list[RegionSpec]:
    """厦门市 and its six districts, parents first."""
    return [RegionSpec(CITY, Level.CITY, None)] + [
        RegionSpec(name, Level.DISTRICT, CITY) for name in XIAMEN_DISTRICTS
    ]
