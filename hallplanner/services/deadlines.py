"""The plan's deadlines: by when the items or sub-centers of a level in a region must be in place.

The plan sets its own (city items enter by 2023-12-31, sub-centers by 2023-11-30); a planner
changes them or sets one for a district. Each change is an edit like any other: one
transaction, one undo step.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hallplanner.db.database import Database
from hallplanner.db.schema import Deadline, Region
from hallplanner.domain.messages import Message, message
from hallplanner.domain.vocabulary import DeadlineKind, Level
from hallplanner.services.editor import Edit, EditorBase


@dataclass(frozen=True, slots=True)
class DeadlineView:
    region_id: int
    region: str
    level: Level
    kind: DeadlineKind
    due_on: dt.date | None  # None: a region and level the plan has set no deadline for yet
    plan_ref: str


def list_deadlines(db: Database) -> list[DeadlineView]:
    """Every deadline set, then the empty ones a planner may set: each region's own level, both kinds."""
    with db.reading() as session:
        regions = session.scalars(select(Region).order_by(Region.id)).all()
        set_ = {(d.region_id, d.level, d.kind): d for d in session.scalars(select(Deadline))}
    views = []
    for region in regions:
        for level in {region.level, *(d_level for (r, d_level, _) in set_ if r == region.id)}:
            for kind in DeadlineKind:
                found = set_.get((region.id, level, kind))
                if found is not None or level is region.level:
                    views.append(DeadlineView(region.id, region.name, level, kind,
                                              found.due_on if found else None, found.plan_ref if found else ""))
    return sorted(views, key=lambda v: (v.due_on is None, v.region_id, v.level.value, v.kind.value))


class DeadlineEdits(EditorBase):
    def set_deadline(self, region_id: int, level: Level, kind: DeadlineKind, due_on: dt.date | None,
                     plan_ref: str = "") -> Edit:
        """Set (or, with ``due_on`` None, remove) the deadline of ``kind`` for ``level`` in the region."""

        def work(session: Session) -> Message:
            region = self._get(session, Region, region_id)
            found = session.scalars(select(Deadline).where(
                Deadline.region_id == region_id, Deadline.level == level, Deadline.kind == kind)).first()
            if due_on is None:
                if found is not None:
                    session.delete(found)
                return message("deadlines", "取消{region}{level}“{kind}”的期限").format(
                    region=region.name, level=level.label, kind=kind.label)
            if found is None:
                session.add(Deadline(region_id=region_id, level=level, kind=kind, due_on=due_on, plan_ref=plan_ref))
            else:
                found.due_on = due_on
                if plan_ref:
                    found.plan_ref = plan_ref
            return message("deadlines", "把{region}{level}“{kind}”的期限定为 {date}").format(
                region=region.name, level=level.label, kind=kind.label, date=due_on.isoformat())

        return self._run(work)
