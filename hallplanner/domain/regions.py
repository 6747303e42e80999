"""The administrative regions the plan speaks of."""

from __future__ import annotations

from dataclasses import dataclass

import re
from collections.abc import Sequence

from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.messages import message
from hallplanner.domain.vocabulary import Level

_CODE = re.compile(r"\d{6}")

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


def plan_regions(city: str, city_code: str, districts: Sequence[tuple[str, str]]) -> list[RegionSpec]:
    """The regions a planner names for a new plan: a city and its districts, each with its 6-digit
    administrative division code (GB/T 2260); a district's code begins with its city's first four digits."""
    city, city_code = city.strip(), city_code.strip()
    if not city:
        raise HallPlannerError(message("regions", "请填写城市名称"))
    if not _CODE.fullmatch(city_code):
        raise HallPlannerError(message("regions", "“{name}”的行政区划代码“{code}”应为 6 位数字").format(
            name=city, code=city_code))
    specs = [RegionSpec(city, Level.CITY, None, city_code)]
    seen = {city}
    for name, code in districts:
        name, code = name.strip(), code.strip()
        if not name or name in seen:
            raise HallPlannerError(message("regions", "区名“{name}”为空或重复").format(name=name))
        if not _CODE.fullmatch(code) or code[:4] != city_code[:4] or code == city_code:
            raise HallPlannerError(message("regions", "“{name}”的行政区划代码“{code}”应为 6 位数字,前 4 位与{city}"
                                                      "({city_code})相同").format(name=name, code=code, city=city,
                                                                                  city_code=city_code))
        seen.add(name)
        specs.append(RegionSpec(name, Level.DISTRICT, city, code))
    return specs
