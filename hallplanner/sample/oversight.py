"""The sample's publications (R13) and inspections (R16), entered as the planners' edits.

They are made through the editor, as a planner makes them, so the sample's history has
edits to show: each row of ``publications.csv`` is one edit by its publisher, each
inspection one edit by its inspector, a rectification a later edit of the record. The
history's times are set to the days the source gives (09:00 UTC, 17:00 in Xiamen): the
sample is built today, the plan it shows ran in 2023.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import update

from hallplanner.db.database import Database
from hallplanner.db.schema import AuditEdit, AuditEntry
from hallplanner.domain.vocabulary import InspectionState, PublicationChannel
from hallplanner.sample.xiamen import SourceRow
from hallplanner.sample.xiamen import _read as read_source
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
    """Publications and inspections from ``source``, each an edit dated as the source says."""
    changes = place_changes(db)
    for row in read_source(source, "publications.csv"):
        old = row.ref("old_place", venues)
        on = row.date("on")
        refs = [(c.item_id, c.key, c.on) for c in changes if c.old_venue_id == old and c.on == on]
        if not refs:
            raise row.error("on", "该办理地点在这一天没有变更")
        published_on = row.date("published_on")
        edit = PlanEditor(db, row.text("published_by")).mark_published(refs, _channels(row), published_on)
        _dated(db, edit, published_on)
    for row in read_source(source, "inspections.csv"):
        state = row.choice("state", InspectionState)
        values = {"venue_id": row.ref("venue", venues), "inspected_on": row.date("inspected_on"),
                  "inspector": row.text("inspector"), "scope": row.text("scope", required=False),
                  "findings": row.text("findings", required=False),
                  "rectify_by": row.date("rectify_by", required=False),
                  "state": InspectionState.OPEN if state is InspectionState.RECTIFIED else state,
                  "rectified_on": None}
        editor = PlanEditor(db, values["inspector"])
        edit = editor.create_inspection(values)
        _dated(db, edit, values["inspected_on"])
        if state is InspectionState.RECTIFIED:
            rectified_on = row.date("rectified_on")
            inspection_id = next(change.id for change in edit.changes if change.table == "inspections")
            edit = editor.rectified([inspection_id], rectified_on)
            _dated(db, edit, rectified_on)
