"""Inspections of the center, sub-centers and extension windows (plan §四(三), R16).

A record says when a place was inspected, by whom, what was checked, what was found, by when
it is to be put right and whether it has been. Records are edits like any other (undoable).
The plan checks report a rectification past its deadline, and a place under inspection
that has no record yet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from hallplanner.db.database import Database
from hallplanner.db.schema import Inspection, Venue
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.findings import Finding, Severity, SubjectType
from hallplanner.domain.messages import Message, message
from hallplanner.domain.plan_rules import RULES
from hallplanner.domain.plan_time import VenueFacts
from hallplanner.domain.sign_wording import LIST_SEPARATOR
from hallplanner.domain.validation import check, inspection_problems
from hallplanner.domain.vocabulary import InspectionState, VenueKind
from hallplanner.services.editor import Edit, EditorBase
from hallplanner.services.oversight_views import InspectionView

# The places §四(三) has inspected: the centers (entry), sub-centers and extension windows.
INSPECTED_KINDS = (VenueKind.CITY_CENTER, VenueKind.DISTRICT_CENTER, VenueKind.SUB_CENTER, VenueKind.EXTENSION)
FIELDS = ("venue_id", "inspected_on", "inspector", "scope", "findings", "rectify_by", "state", "rectified_on")


def _query():
    return (select(Inspection.id, Inspection.version, Inspection.venue_id, Venue.name, Venue.kind,
                   Inspection.inspected_on, Inspection.inspector, Inspection.scope, Inspection.findings,
                   Inspection.rectify_by, Inspection.state, Inspection.rectified_on)
            .join(Venue, Inspection.venue_id == Venue.id)
            .order_by(Inspection.inspected_on.desc(), Inspection.id.desc()))


def list_inspections(db: Database, venue_id: int | None = None) -> list[InspectionView]:
    """Every inspection, newest first (``venue_id``: of one place)."""
    query = _query() if venue_id is None else _query().where(Inspection.venue_id == venue_id)
    with db.engine.connect() as connection:
        return [InspectionView(*row) for row in connection.execute(query)]


def inspected_venues(db: Database) -> list[tuple[int, str, VenueKind]]:
    """The places inspections are about, for a form's choice."""
    with db.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(
            select(Venue.id, Venue.name, Venue.kind).where(Venue.kind.in_(INSPECTED_KINDS)).order_by(Venue.id))]


def inspection_findings(session: Session, day: dt.date) -> list[Finding]:
    """R16: rectifications past their deadline (errors, one per inspection); the places open on ``day``
    never inspected (one note for the plan: a list to work through, not a fault of each place)."""
    rule = RULES["R16"]
    findings = []
    inspected = set()
    for row in session.execute(_query()):
        view = InspectionView(*row)
        inspected.add(view.venue_id)
        if view.overdue(day):
            findings.append(Finding(
                "R16", Severity.ERROR, SubjectType.VENUE, view.venue_id, view.venue,
                message("inspections", "{date} 督查发现的问题应于 {due} 前整改,尚未整改:{findings}").format(
                    date=view.inspected_on.isoformat(), due=view.rectify_by.isoformat(), findings=view.findings),
                rule.section))
    never = [venue.name for venue in session.execute(
        select(Venue.id, Venue.name, Venue.kind, Venue.status, Venue.department_id, Venue.region_id, Venue.opens_on,
               Venue.closes_on).where(Venue.kind.in_(INSPECTED_KINDS)).order_by(Venue.id))
        if venue.id not in inspected and VenueFacts(*venue).open_on(day)]
    if never:
        findings.append(Finding("R16", Severity.INFO, SubjectType.PLAN, None, str(message("inspections", "督查")),
                                message("inspections", "{count} 个中心、分中心和延伸窗口尚无督查记录:{names}")
                                .format(count=len(never), names=LIST_SEPARATOR.join(never)), rule.section))
    return findings


class InspectionEdits(EditorBase):
    def create_inspection(self, values: Mapping[str, object]) -> Edit:
        def work(session: Session) -> Message:
            check(inspection_problems(values))
            venue = self._get(session, Venue, int(values["venue_id"]))
            session.add(Inspection(**{key: values.get(key, "") if key in ("scope", "findings") else values.get(key)
                                      for key in FIELDS}))
            return message("inspections", "新增督查记录:{venue} {date}").format(
                venue=venue.name, date=values["inspected_on"].isoformat())

        return self._run(work)

    def update_inspection(self, inspection_id: int, expected_version: int, values: Mapping[str, object]) -> Edit:
        def work(session: Session) -> Message:
            inspection = self._fresh(session, Inspection, inspection_id, expected_version, values)
            merged = {key: getattr(inspection, key) for key in FIELDS} | dict(values)
            check(inspection_problems(merged))
            for key, value in values.items():
                setattr(inspection, key, value)
            return message("inspections", "修改督查记录:{venue} {date}").format(
                venue=inspection.venue.name, date=inspection.inspected_on.isoformat())

        return self._run(work)

    def rectified(self, inspection_ids: list[int], on: dt.date) -> Edit:
        """The problems of these inspections were put right on ``on``: one edit."""
        def work(session: Session) -> Message:
            for inspection_id in inspection_ids:
                inspection = self._get(session, Inspection, inspection_id)
                if on < inspection.inspected_on:
                    raise HallPlannerError(message("inspections", "整改完成日期 {on} 早于督查日期 {date}:{venue}").format(
                        on=on.isoformat(), date=inspection.inspected_on.isoformat(), venue=inspection.venue.name))
                inspection.state, inspection.rectified_on = InspectionState.RECTIFIED, on
            return message("inspections", "标记已整改:{count} 条督查记录").format(count=len(inspection_ids))

        return self._run(work)

    def delete_inspection(self, inspection_id: int) -> Edit:
        def work(session: Session) -> Message:
            inspection = self._get(session, Inspection, inspection_id)
            session.delete(inspection)
            return message("inspections", "删除督查记录:{venue} {date}").format(
                venue=inspection.venue.name, date=inspection.inspected_on.isoformat())

        return self._run(work)
