"""What the staffing checks and the window demand read (plan §三(四)1), in a few queries.

``StaffingPlan`` loads the open venues with their sessions, their windows, the departments with
their checklists, the staff with posts, qualifications and listed items, and the handling places
still open on the day asked; ``staffing_finding`` makes the findings of rule R10 (``R10-local`` for
local practice) that ``services.staffing`` and ``services.staffing_demand`` report.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from hallplanner.db.schema import (
    Department,
    HandlingPlace,
    ItemQualification,
    ServiceItem,
    StaffingSettings,
    StaffMember,
    StaffPost,
    Venue,
    Window,
)
from hallplanner.domain.findings import Finding, Severity, SubjectType
from hallplanner.domain.rules import CENTER_KINDS
from hallplanner.domain.staffing import (
    LOCAL_RULE,
    LOCAL_SECTION,
    PLAN_SECTION,
    Assumptions,
)
from hallplanner.domain.vocabulary import VenueStatus

RULE = "R10"


def read_assumptions(session: Session) -> tuple[Assumptions, int | None]:
    row = session.scalar(select(StaffingSettings).order_by(StaffingSettings.id).limit(1))
    if row is None:
        return Assumptions(), None
    return Assumptions(**{name: getattr(row, name) for name in Assumptions().as_dict()}), row.version


def window_label(window: Window) -> str:
    return f"{window.number} {window.name}"


class StaffingPlan:
    """What the staffing checks and the window demand read, in a few queries."""

    def __init__(self, session: Session, as_of: dt.date | None) -> None:
        self.assumptions, self.settings_version = read_assumptions(session)
        # The day asked; without one, the plan's reference date when it has one (the sample
        # describes the end of 2023), else today. Rotation is checked as of it; places closed by
        # then carry no load.
        self.as_of = as_of or self.assumptions.reference_date or dt.date.today()
        self.venues = session.scalars(select(Venue).options(selectinload(Venue.sessions))
                                      .where(Venue.status == VenueStatus.OPEN).order_by(Venue.id)).all()
        self.venue_ids = {venue.id for venue in self.venues}
        self.windows = session.scalars(select(Window).options(selectinload(Window.venue))
                                       .where(Window.venue_id.in_(self.venue_ids))
                                       .order_by(Window.venue_id, Window.number)).all()
        self.departments = session.scalars(select(Department).options(selectinload(Department.checklist))
                                           .order_by(Department.id)).all()
        self.staff = session.scalars(select(StaffMember).options(
            selectinload(StaffMember.posts).selectinload(StaffPost.window),
            selectinload(StaffMember.posts).selectinload(StaffPost.session),
            selectinload(StaffMember.qualifications), selectinload(StaffMember.authorized_items),
            selectinload(StaffMember.venue), selectinload(StaffMember.department),
        ).order_by(StaffMember.department_id, StaffMember.id)).all()
        rows = session.execute(
            select(HandlingPlace.item_id, HandlingPlace.venue_id, HandlingPlace.window_id, ServiceItem.department_id,
                   ServiceItem.name, ServiceItem.category, ServiceItem.annual_volume, ServiceItem.avg_minutes,
                   ServiceItem.fully_online)
            .join(ServiceItem, HandlingPlace.item_id == ServiceItem.id)
            .where(or_(HandlingPlace.closes_on.is_(None), HandlingPlace.closes_on > self.as_of))
            .order_by(HandlingPlace.item_id)
        ).all()
        self.places = rows
        self.place_count: dict[int, int] = defaultdict(int)
        for row in rows:
            self.place_count[row.item_id] += 1
        centers = {venue.id for venue in self.venues if venue.kind in CENTER_KINDS}
        self.center_ids = centers
        self.center_items: dict[int, dict[int, tuple[str, str]]] = defaultdict(dict)  # department → item → (name, category)
        for row in rows:
            if row.venue_id in centers:
                self.center_items[row.department_id][row.item_id] = (row.name, row.category)
        self.items_at_window: dict[int, set[int]] = defaultdict(set)
        for row in rows:
            if row.window_id is not None:
                self.items_at_window[row.window_id].add(row.item_id)
        self.item_names = {row.item_id: row.name for row in rows}
        self.requirements: dict[int, list[str]] = defaultdict(list)
        for item_id, qualification in session.execute(
                select(ItemQualification.item_id, ItemQualification.qualification).order_by(ItemQualification.id)):
            self.requirements[item_id].append(qualification)
        self.posts_at: dict[int, list[StaffPost]] = defaultdict(list)
        for person in self.staff:
            for post in person.posts:
                self.posts_at[post.window_id].append(post)

    def in_service(self, window: Window) -> bool:
        """A window handles items or has someone posted at it; an empty one is not in use yet."""
        return bool(self.items_at_window.get(window.id) or self.posts_at.get(window.id))


def staffing_finding(severity: Severity, subject_type: SubjectType, subject_id: int | None, subject: str, text: str,
                     *, local: bool = False, section: str = PLAN_SECTION) -> Finding:
    return Finding(LOCAL_RULE if local else RULE, severity, subject_type, subject_id, subject, text,
                   LOCAL_SECTION if local else section)


def covers(post: StaffPost, session_id: int) -> bool:
    """Whether ``post`` is held in the opening session ``session_id`` (a post without one is held in all)."""
    return post.session_id is None or post.session_id == session_id
