"""The administrative regions the plan speaks of."""

from __future__ import annotations

from dataclasses import dataclass

from hallplanner.domain.vocabulary import Level

CITY = "厦门市"
CITY_CODE = "350200"
# 行政区划代码 (GB/T 2260) of Xiamen's districts.
XIAMEN_DISTRICTS = {"思明区": "350203", "湖里区": "350206", "集美区": "350211", "海沧区": "350205",
                    "同安区": "350212", "翔安区": "350213"}


@dataclass(frozen=True)
class RegionSpec:
    name: str
    level: Level
    parent: str | None
    code: str = ""


def xiamen_regions() -> list[RegionSpec]:
    """厦门市 and its six districts, parents first."""
    return [RegionSpec(CITY, Level.CITY, None, CITY_CODE)] + [
        RegionSpec(name, Level.DISTRICT, CITY, code) for name, code in XIAMEN_DISTRICTS.items()
    ]
