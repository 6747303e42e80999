"""Starting a new plan: an empty database with the regions of the city."""

from __future__ import annotations

from pathlib import Path

from hallplanner.db.database import open_database
from hallplanner.db.schema import Region
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.regions import xiamen_regions


def new_plan(path: Path) -> None:
    if path.exists():
        raise HallPlannerError(f"文件已存在,未作改动:{path}")
    db = open_database(path, create=True)
    try:
        with db.transaction() as session:
            regions: dict[str, Region] = {}
            for spec in xiamen_regions():
                regions[spec.name] = Region(name=spec.name, level=spec.level, parent=regions.get(spec.parent))
                session.add(regions[spec.name])
    finally:
        db.close()
