"""The Xiamen sample as a writable plan on each backend, and lookups the service tests share.

The ``plan`` fixture itself is in ``conftest.py``.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from hallplanner.db.schema import Window
from hallplanner.domain.vocabulary import EntryStatus
from hallplanner.services.catalog import list_items

both_backends = pytest.mark.parametrize("plan", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
                                        indirect=True)


def items_named(db, *names):
    by_name = {item.name: item for item in list_items(db)}
    return [by_name[name] for name in names]


def window(db, number, venue="厦门市政务服务中心"):
    with db.reading() as session:
        return session.scalars(select(Window).options(joinedload(Window.venue)).where(Window.number == number)
                               .where(Window.venue.has(name=venue))).unique().one()


def planned_without_window(db, count):
    found = [i for i in list_items(db) if i.status is EntryStatus.PLANNED and not i.window_names]
    assert len(found) >= count
    return found[:count]


def plan_today(db):
    """The plan's own day (its reference date, else today): what its edits and checks call now."""
    from hallplanner.services.plan_facts import plan_day

    with db.reading() as session:
        return plan_day(session)


def sample_day():
    """The shipped sample's own day (it describes the end of 2023)."""
    from hallplanner.bundled import sample_database
    from hallplanner.db.database import open_database

    db = open_database(sample_database(), readonly=True)
    try:
        return plan_today(db)
    finally:
        db.close()
