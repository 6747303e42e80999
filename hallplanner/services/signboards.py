"""Signboards: the boards a plan needs, read from the database, and the planner's own wording for them.

``read_signboards`` gathers what the boards need (venues with their region and
department, windows with what they handle, the special items with their place)
into the domain's plain facts; ``domain.signboards`` words the boards and says
which cannot be made. ``signboard_findings`` is the same check for the plan
checks. ``SignboardEdits`` stores a planner's wording for a board's main line
(one transaction, one undo step, like every edit).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hallplanner.db.changes import ACTOR_KEY
from hallplanner.db.database import Database
from hallplanner.db.schema import (
    Department,
    HandlingPlace,
    Region,
    ServiceItem,
    SignboardOverride,
    Venue,
    Window,
    utc_now,
)
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.findings import Finding
from hallplanner.domain.messages import Message, message
from hallplanner.domain.signboards import (
    Board,
    BoardKind,
    DepartmentFacts,
    Draft,
    Override,
    SensitiveFacts,
    Unmade,
    VenueFacts,
    WindowFacts,
    boards_and_findings,
    extension_draft,
    sensitive_draft,
    subcenter_draft,
    window_draft,
)
from hallplanner.domain.validation import check, named_problems
from hallplanner.domain.vocabulary import Level, PlaceRole, VenueKind, VenueStatus
from hallplanner.services.editor import Edit, EditorBase

WORDING_FIELD = {"text": (message("signboards", "标识牌措辞"), 200)}


@dataclass(frozen=True)
class Signboards:
    """Every board the plan can print now, and those it cannot, each with its finding."""

    boards: tuple[Board, ...]
    unmade: tuple[Unmade, ...]

    def chosen(self, kinds: Collection[BoardKind] = (), venue: str = "", department: str = "",
               subject_ids: Collection[int] = ()) -> Signboards:
        """The boards (and unmade boards) of these kinds (all when none), at this venue, of this department,
        about these subjects."""
        def keep(board: Board | Unmade) -> bool:
            return ((not kinds or board.kind in kinds) and (not venue or board.venue == venue)
                    and (not department or board.department == department)
                    and (not subject_ids or board.subject_id in subject_ids))

        return Signboards(tuple(filter(keep, self.boards)), tuple(filter(keep, self.unmade)))

    @property
    def findings(self) -> list[Finding]:
        return [unmade.finding for unmade in self.unmade]

    @property
    def venues(self) -> list[str]:
        return sorted({board.venue for board in (*self.boards, *self.unmade) if board.venue})

    @property
    def departments(self) -> list[str]:
        return sorted({board.department for board in (*self.boards, *self.unmade) if board.department})


def read_signboards(db: Database) -> Signboards:
    with db.reading() as session:
        boards, unmade = _boards(session)
    return Signboards(tuple(boards), tuple(unmade))


def signboard_findings(session: Session, as_of: dt.date) -> list[Finding]:
    """The boards that cannot be made (R7, R8, R9), for the plan checks.

    ``as_of`` is the checks' common date; a board is due whenever its place runs,
    so the date changes nothing here.
    """
    return [unmade.finding for unmade in _boards(session)[1]]


def _boards(session: Session) -> tuple[list[Board], list[Unmade]]:
    regions = {region.id: region for region in session.scalars(select(Region))}
    departments = {department.id: DepartmentFacts(department.full_name, department.short_name, department.kind)
                   for department in session.scalars(select(Department))}
    open_venues = session.scalars(select(Venue).where(Venue.status == VenueStatus.OPEN).order_by(Venue.id)).all()
    venues = {venue.id: _venue_facts(venue, regions, departments) for venue in open_venues}
    drafts: list[Draft] = []
    for venue in open_venues:
        if venue.kind is VenueKind.SUB_CENTER:
            drafts.append(subcenter_draft(venues[venue.id]))
        elif venue.kind is VenueKind.EXTENSION:
            drafts.append(extension_draft(venues[venue.id]))
    drafts += [window_draft(window) for window in _windows(session, {v.id: v.name for v in open_venues}, departments)]
    drafts += [sensitive_draft(item) for item in _sensitive_items(session, venues, departments)]
    overrides = {(row.board_kind, row.subject_id): Override(row.text, row.changed_by,
                                                            row.changed_at.isoformat(" ", "minutes"), row.version)
                 for row in session.scalars(select(SignboardOverride))}
    return boards_and_findings(drafts, overrides)


def _venue_facts(venue: Venue, regions: dict[int, Region], departments: dict[int, DepartmentFacts]) -> VenueFacts:
    city, district = _city_and_district(venue.region_id, regions)
    return VenueFacts(
        venue.id, venue.name, city, district,
        departments.get(venue.department_id) if venue.department_id is not None else None,
        venue.business_category, venue.location_label, venue.address, venue.floor, venue.room,
        venue.contact_person, venue.phone)


def _city_and_district(region_id: int, regions: dict[int, Region]) -> tuple[str, str]:
    """The city and district a sign names; a town's or village's venue names its district."""
    city = district = ""
    region = regions.get(region_id)
    while region is not None:
        if region.level is Level.DISTRICT and not district:
            district = region.name
        elif region.level is Level.CITY:
            city = region.name
            break
        region = regions.get(region.parent_id) if region.parent_id is not None else None
    return city, district


def _windows(session: Session, venue_names: dict[int, str], departments: dict[int, DepartmentFacts]
             ) -> list[WindowFacts]:
    handled: dict[int, dict[str, None]] = defaultdict(dict)
    rows = session.execute(
        select(HandlingPlace.window_id, ServiceItem.category, ServiceItem.name)
        .join(ServiceItem, HandlingPlace.item_id == ServiceItem.id)
        .where(HandlingPlace.window_id.is_not(None))
        .order_by(HandlingPlace.window_id, ServiceItem.category, ServiceItem.name))
    for window_id, category, name in rows:
        handled[window_id][category.strip() or name] = None
    windows = session.scalars(select(Window).where(Window.venue_id.in_(venue_names))
                              .order_by(Window.venue_id, Window.number))
    return [WindowFacts(window.id, window.number, window.name, venue_names[window.venue_id],
                        departments[window.department_id].short_name if window.department_id is not None else "",
                        tuple(handled.get(window.id, ())))
            for window in windows]


def _sensitive_items(session: Session, venues: dict[int, VenueFacts], departments: dict[int, DepartmentFacts]
                     ) -> list[SensitiveFacts]:
    items = session.scalars(select(ServiceItem).where(ServiceItem.special_sensitive.is_(True))
                            .order_by(ServiceItem.basic_code, ServiceItem.id)).all()
    places: dict[int, int] = {}
    rows = session.execute(select(HandlingPlace.item_id, HandlingPlace.venue_id, HandlingPlace.role)
                           .where(HandlingPlace.item_id.in_([item.id for item in items]))
                           .order_by(HandlingPlace.item_id, HandlingPlace.id))
    for item_id, venue_id, role in rows:
        if venue_id in venues and (item_id not in places or role is PlaceRole.MAIN):
            places.setdefault(item_id, venue_id)
            if role is PlaceRole.MAIN:
                places[item_id] = venue_id
    return [SensitiveFacts(item.id, item.name, departments[item.department_id],
                           venues.get(places[item.id]) if item.id in places else None)
            for item in items]


class SignboardEdits(EditorBase):
    """A planner's own wording for a board's main line, and going back to the default."""

    def set_signboard_wording(self, kind: BoardKind, subject_id: int, text: str,
                              expected_version: int | None = None) -> Edit:
        """Store ``text`` as the board's main line; ``expected_version`` is the override's as last read."""
        text = " ".join(text.split())
        check(named_problems({"text": text}, WORDING_FIELD))

        def work(session: Session) -> Message:
            row = self._override(session, kind, subject_id, expected_version, {"text": text})
            if row is None:
                row = SignboardOverride(board_kind=kind, subject_id=subject_id)
                session.add(row)
            row.text = text
            row.changed_by = session.info.get(ACTOR_KEY, "")
            row.changed_at = utc_now()
            return message("signboards", "修改{board}措辞为“{text}”").format(board=kind.label, text=text)

        return self._run(work)

    def clear_signboard_wording(self, kind: BoardKind, subject_id: int, expected_version: int) -> Edit:
        """Go back to the wording the rules give."""

        def work(session: Session) -> Message:
            row = self._override(session, kind, subject_id, expected_version, {})
            if row is not None:
                session.delete(row)
            return message("signboards", "{board}恢复默认措辞").format(board=kind.label)

        return self._run(work)

    def _override(self, session: Session, kind: BoardKind, subject_id: int, expected_version: int | None,
                  values: dict) -> SignboardOverride | None:
        row = session.scalar(select(SignboardOverride).where(SignboardOverride.board_kind == kind,
                                                             SignboardOverride.subject_id == subject_id))
        if (row is None) != (expected_version is None):  # a colleague set or cleared it since it was read
            raise HallPlannerError(message("signboards", "该标识牌的措辞已被他人修改,请刷新后再试"))
        if row is not None:
            return self._fresh(session, SignboardOverride, row.id, expected_version, values)
        return None
