"""How much a database holds, for ``db info`` and the status bar."""

from __future__ import annotations

from sqlalchemy import func, select

from hallplanner.db.database import Database
from hallplanner.db.schema import Department, ServiceItem, StaffMember, Venue, Window


def count_rows(db: Database) -> dict[str, int]:
    """Row counts of the tables a planner thinks in, under their Chinese names."""
    tables = {"部门": Department, "事项": ServiceItem, "场所": Venue, "窗口": Window, "人员": StaffMember}
    with db.reading() as session:
        return {label: session.scalar(select(func.count()).select_from(model)) for label, model in tables.items()}
