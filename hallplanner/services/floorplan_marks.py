"""What the floor plan reads besides the layout: a floor drawing's bytes, and the marks its colour
modes show (each window's staffing status and how many findings concern it)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from hallplanner.db.database import Database
from hallplanner.db.schema import FloorImage, HandlingPlace, Window
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.findings import SEVERITY_ORDER, SubjectType
from hallplanner.domain.messages import message
from hallplanner.services.checks import check_plan
from hallplanner.services.floorplan import _current
from hallplanner.services.floorplan_views import WindowMarks
from hallplanner.services.staffing import staffing_findings


def floor_image(db: Database, image_id: int) -> tuple[str, bytes]:
    """A stored drawing: its media type and bytes."""
    with db.reading() as session:
        image = session.get(FloorImage, image_id)
        if image is None:
            raise HallPlannerError(message("floorplan", "该底图已被删除"))
        return image.media_type, image.data


def window_marks(db: Database, floor_id: int, as_of: dt.date | None = None) -> WindowMarks:
    """For each window of the floor: its worst staffing finding, and the findings about it or its items,
    as of ``as_of`` (default: the day the plan's checks refer to)."""
    report = check_plan(db, as_of)
    day = report.as_of
    with db.reading() as session:
        windows = set(session.scalars(select(Window.id).where(Window.floor_id == floor_id)))
        window_of_item = dict(session.execute(
            select(HandlingPlace.item_id, HandlingPlace.window_id)
            .where(HandlingPlace.window_id.in_(windows), _current(day))).all())
        staffing_found = staffing_findings(session, day)
    staffing: dict[int, str] = {}
    for finding in staffing_found:
        if finding.subject_type is SubjectType.WINDOW and finding.subject_id in windows:
            worst = staffing.get(finding.subject_id)
            if worst is None or SEVERITY_ORDER[finding.severity] < SEVERITY_ORDER[type(finding.severity)(worst)]:
                staffing[finding.subject_id] = finding.severity.value
    counts: dict[int, int] = {}
    for finding in report.findings:
        window_id = (finding.subject_id if finding.subject_type is SubjectType.WINDOW
                     else window_of_item.get(finding.subject_id) if finding.subject_type is SubjectType.ITEM else None)
        if window_id in windows:
            counts[window_id] = counts.get(window_id, 0) + 1
    return WindowMarks(staffing, counts)
