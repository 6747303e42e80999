"""Whole-database operations: a new plan, a copy of a plan, the user's copy of the sample."""

from __future__ import annotations

from pathlib import Path

from hallplanner.db.database import Database, backup_sqlite, open_database
from hallplanner.db.schema import Region
from hallplanner.db.transfer import copy_rows
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


def save_copy(db: Database, path: Path) -> None:
    """Copy the open plan to a new SQLite file: a consistent snapshot even while others edit."""
    if path.exists():
        raise HallPlannerError(f"文件已存在,请换一个名称:{path}")
    if db.is_sqlite:
        backup_sqlite(Path(db.location), path)
        return
    copy = open_database(path, create=True)
    try:
        copy_rows(db, copy)
    finally:
        copy.close()


def copy_file(source: Path, destination: Path) -> None:
    """A plan file copied as it is (the shipped sample into the user's folder)."""
    backup_sqlite(source, destination)
