"""The sample's publications (R13) and inspections (R16), entered as the planners' edits.

They are made through the editor, as a planner makes them, so the sample's history has
edits to show: each row of ``publications.csv`` is one edit by its publisher, each
inspection one edit by its inspector, a rectification a later edit of the record. The
history's times are set to the days the source gives (09:00 UTC, 17:00 in Xiamen): the
sample is built today, the plan it shows ran in 2023.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import update

from hallplanner.db.database import Database
from hallplanner.db.schema import AuditEdit, AuditEntry
from hallplanner.domain.vocabulary import InspectionState, PublicationChannel
from hallplanner.sample.xiamen import SourceRow, read_source
from hallplanner.services.changes import place_changes
from hallplanner.services.editing import PlanEditor
from hallplanner.services.editor import Edit


def _dated(db: Database, edit: Edit, day: dt.date) -> None:
    """Give the edit just made the day the source says it was made."""
    at = dt.datetime.combine(day, dt.time(9, 0))
    with db.engine.begin() as connection:
        edit_id = connection.execute(AuditEntry.__table__.select().with_only_columns(AuditEntry.edit_id)
                                     .order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
        connection.execute(update(AuditEdit).where(AuditEdit.id == edit_id).values(at=at))
        connection.execute(update(AuditEntry).where(AuditEntry.edit_id == edit_id).values(at=at))


def _channels(row: SourceRow) -> list[PublicationChannel]:
    text = row.text("channels")
    if text == "all":
        return list(PublicationChannel)
    try:
        return [PublicationChannel(part.strip()) for part in text.split(";")]
    except ValueError:
        raise row.error("channels", f"“{text}”不是渠道:all 或 {';'.join(PublicationChannel)} 中的几个") from None


def enter_oversight(db: Database, source: Path, venues: dict[str, int]) -> None:
    """Publications and inspections from ``source``, each an edit dated as the source says, in date order
    (the history lists edits in the order they were made)."""
    changes = place_changes(db)
    events: list[tuple[dt.date, int, Callable[[], tuple[Edit, dt.date]]]] = []
    for row in read_source(source, "publications.csv"):
        old = row.ref("old_place", venues)
        on = row.date("on")
        refs = [(c.item_id, c.key, c.on) for c in changes if c.old_venue_id == old and c.on == on]
        if not refs:
            raise row.error("on", "该办理地点在这一天没有变更")
        published_on, channels, by = row.date("published_on"), _channels(row), row.text("published_by")
        events.append((published_on, len(events), lambda refs=refs, channels=channels, day=published_on, by=by: (
            PlanEditor(db, by).mark_published(refs, channels, day), day)))
    made: dict[int, int] = {}  # event number → the inspection it created
    for row in read_source(source, "inspections.csv"):
        state = row.choice("state", InspectionState)
        values = {"venue_id": row.ref("venue", venues), "inspected_on": row.date("inspected_on"),
                  "inspector": row.text("inspector"), "scope": row.text("scope", required=False),
                  "findings": row.text("findings", required=False),
                  "rectify_by": row.date("rectify_by", required=False),
                  "state": InspectionState.OPEN if state is InspectionState.RECTIFIED else state,
                  "rectified_on": None}
        number = len(events)

        def create(values=values, number=number) -> tuple[Edit, dt.date]:
            edit = PlanEditor(db, values["inspector"]).create_inspection(values)
            made[number] = next(change.id for change in edit.changes if change.table == "inspections")
            return edit, values["inspected_on"]

        events.append((values["inspected_on"], number, create))
        if state is InspectionState.RECTIFIED:  # put right later: an edit of its own
            rectified_on = row.date("rectified_on")
            events.append((rectified_on, len(events), lambda number=number, day=rectified_on, by=values["inspector"]: (
                PlanEditor(db, by).rectified([made[number]], day), day)))
    for _, _, make in sorted(events, key=lambda event: event[:2]):
        edit, day = make()
        _dated(db, edit, day)
