"""Opening a database off the GUI thread: upgrade, read the catalog, build the search index."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from hallplanner.db.database import Database, open_database
from hallplanner.domain.errors import HallPlannerError
from hallplanner.services.catalog import DepartmentView, ItemView, VenueView, list_departments, list_items, list_venues
from hallplanner.services.search import SearchIndex


@dataclass
class Catalog:
    """Everything the workspace shows, read in one go."""

    items: list[ItemView]
    index: SearchIndex
    venues: list[VenueView]
    departments: list[DepartmentView]


def read_catalog(db: Database) -> Catalog:
    items = list_items(db)
    return Catalog(items, SearchIndex(items), list_venues(db), list_departments(db))


class _Signals(QObject):
    loaded = Signal(object, object)  # Database, Catalog
    failed = Signal(str)


class OpenJob(QRunnable):
    """Open ``target`` and read its catalog in the thread pool; report back by signal."""

    def __init__(self, target: str) -> None:
        super().__init__()
        self.target = target
        self.signals = _Signals()

    def run(self) -> None:
        try:
            db = open_database(self.target)
        except HallPlannerError as exc:
            self.signals.failed.emit(str(exc))
            return
        try:
            catalog = read_catalog(db)
        except Exception as exc:  # noqa: BLE001 - reported to the planner, not lost in a thread
            db.close()
            self.signals.failed.emit(f"读取数据库失败:{exc}")
            return
        self.signals.loaded.emit(db, catalog)


def start(job: OpenJob) -> None:
    QThreadPool.globalInstance().start(job)
