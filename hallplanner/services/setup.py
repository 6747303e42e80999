"""Whole-database operations: a new plan, a copy of a plan, the user's copy of the sample."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from hallplanner.db.database import Database, backup_sqlite, open_database
from hallplanner.db.schema import Region
from hallplanner.db.transfer import copy_rows
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.messages import message
from hallplanner.domain.regions import RegionSpec, xiamen_regions
from hallplanner.services.catalog import read_catalog
from hallplanner.services.editing import PlanEditor
from hallplanner.services.notices import last_change_id
from hallplanner.services.views import Catalog


@dataclass(frozen=True)
class OpenedPlan:
    """A plan ready for the workspace: its database, an editor on it, and everything it shows."""

    database: Database
    editor: PlanEditor
    catalog: Catalog
    last_change: int  # the audit trail's newest entry, from which colleagues' changes are watched


def open_plan(location: str, check: Callable[[], None] = lambda: None) -> OpenedPlan:
    """Open ``location`` (upgrading it if older) and read its catalog; ``check`` may raise to cancel."""
    database = open_database(location)
    try:
        check()
        # The watch starts before the read: a colleague's save in between is shown twice, never lost.
        last_change = last_change_id(database)
        catalog = read_catalog(database)
        check()
        return OpenedPlan(database, PlanEditor(database), catalog, last_change)
    except BaseException:
        database.close()
        raise


def new_plan(path: Path, regions: Sequence[RegionSpec] | None = None) -> None:
    """A new plan file holding the planner's city and districts (``domain.regions.plan_regions``);
    without them, Xiamen's."""
    if path.exists():
        raise HallPlannerError(message("setup", "文件已存在,未作改动:{path}").format(path=path))
    db = open_database(path, create=True)
    try:
        with db.transaction() as session:
            made: dict[str, Region] = {}
            for spec in regions or xiamen_regions():
                made[spec.name] = Region(name=spec.name, level=spec.level, parent=made.get(spec.parent),
                                         code=spec.code)
                session.add(made[spec.name])
    finally:
        db.close()


def save_copy(db: Database, path: Path) -> None:
    """Copy the open plan to a new SQLite file: a consistent snapshot even while others edit."""
    if path.exists():
        raise HallPlannerError(message("setup", "文件已存在,请换一个名称:{path}").format(path=path))
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
