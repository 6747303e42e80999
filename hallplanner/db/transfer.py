"""Copying a whole plan from one database to another (a SQLite file into a shared server)."""

from __future__ import annotations

from sqlalchemy import func, select, text

from hallplanner.db.database import Database
from hallplanner.db.schema import Base
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.messages import message

BATCH = 10_000


def copy_rows(source: Database, target: Database) -> dict[str, int]:
    """Copy every row of ``source`` into the empty ``target``, in one transaction."""
    counts = {}
    with source.engine.connect() as reading, target.transaction() as session:
        connection = session.connection()
        for table in Base.metadata.sorted_tables:
            if connection.scalar(select(func.count()).select_from(table)):
                raise HallPlannerError(message("transfer", "目标数据库不是空的(表 {table} 已有数据):{location}")
                                       .format(table=table.name, location=target.location))
            rows = reading.execute(select(table).order_by(table.c.id)).mappings().all()
            for start in range(0, len(rows), BATCH):
                connection.execute(table.insert(), [dict(row) for row in rows[start : start + BATCH]])
            counts[table.name] = len(rows)
            if rows and connection.dialect.name == "postgresql":
                # Rows came with their ids; the id sequence must continue after them.
                connection.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                        f"(SELECT max(id) FROM {table.name}))"))
    return counts
