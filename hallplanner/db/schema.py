"""The database schema, as typed SQLAlchemy 2 mappings.

Every editable table carries a ``version`` column used for optimistic locking: an
UPDATE or DELETE names the version it read, so two planners sharing one database
cannot silently overwrite each other (SQLAlchemy raises ``StaleDataError``).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from hallplanner.domain.limits import BASIC_CODE_MAX, IMPLEMENTATION_CODE_MAX
from hallplanner.domain.signboards import BoardKind
from hallplanner.domain.vocabulary import (
    DeadlineKind,
    AuthorizationCoverage,
    ChecklistPoint,
    ChecklistState,
    DepartmentKind,
    EntryStatus,
    HostKind,
    InspectionState,
    ItemOperation,
    ItemType,
    KeepReason,
    Level,
    ListScope,
    PlaceRole,
    Post,
    ProposalAction,
    ProposalState,
    PublicationChannel,
    StaffRole,
    VenueKind,
    VenueStatus,
    WindowKind,
    ZoneKind,
)

# Named constraints keep Alembic batch migrations on SQLite reproducible.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def value_set(enum_class: type[StrEnum], name: str | None = None) -> Enum:
    """A column type that stores an enum's values as text, checked by the database."""
    return Enum(
        enum_class,
        native_enum=False,
        create_constraint=True,
        validate_strings=True,
        length=32,
        name=name or enum_class.__name__.lower(),
        values_callable=lambda members: [member.value for member in members],
    )


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """Optimistic locking: every UPDATE checks and bumps ``version``."""

    version: Mapped[int] = mapped_column(default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.version}


class Region(Base):
    __tablename__ = "regions"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    level: Mapped[Level] = mapped_column(value_set(Level))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("regions.id", ondelete="RESTRICT"))
    # 行政区划代码 (GB/T 2260, 6 digits; towns 9, villages 12); empty where not known.
    code: Mapped[str] = mapped_column(String(12), default="", server_default="")

    parent: Mapped[Region | None] = relationship(remote_side=[id])


class Department(Versioned, Base):
    __tablename__ = "departments"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(128), unique=True)
    short_name: Mapped[str] = mapped_column(String(64))  # as signage writes it: 公安局
    kind: Mapped[DepartmentKind] = mapped_column(value_set(DepartmentKind))
    region_id: Mapped[int] = mapped_column(ForeignKey("regions.id", ondelete="RESTRICT"), index=True)
    # 中央垂管部门 (customs, tax …): their items are outside the base of R1.
    centrally_managed: Mapped[bool] = mapped_column(default=False, server_default=false())

    region: Mapped[Region] = relationship()
    checklist: Mapped[list[ChecklistEntry]] = relationship(cascade="all, delete-orphan", order_by="ChecklistEntry.id")


class Deadline(Versioned, Base):
    """By when the items or sub-centers of a level in a region must be in place (plan §二(一))."""

    __tablename__ = "deadlines"
    __table_args__ = (UniqueConstraint("region_id", "level", "kind", name="uq_deadlines_region_level_kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("regions.id", ondelete="RESTRICT"))
    level: Mapped[Level] = mapped_column(value_set(Level))  # of the items (or sub-centers) it binds
    kind: Mapped[DeadlineKind] = mapped_column(value_set(DeadlineKind))
    due_on: Mapped[dt.date] = mapped_column(Date)
    plan_ref: Mapped[str] = mapped_column(String(32), default="")

    region: Mapped[Region] = relationship()


class ServiceItem(Versioned, Base):
    __tablename__ = "service_items"
    __table_args__ = (
        CheckConstraint("annual_volume >= 0", name="annual_volume_not_negative"),
        CheckConstraint("avg_minutes >= 0", name="avg_minutes_not_negative"),
        CheckConstraint("online_depth BETWEEN 1 AND 4", name="online_depth_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    basic_code: Mapped[str] = mapped_column(String(BASIC_CODE_MAX), index=True)
    implementation_code: Mapped[str] = mapped_column(String(IMPLEMENTATION_CODE_MAX), unique=True)
    item_type: Mapped[ItemType] = mapped_column(value_set(ItemType))
    department_id: Mapped[int] = mapped_column(
        ForeignKey("departments.id", ondelete="RESTRICT"), index=True
    )
    level: Mapped[Level] = mapped_column(value_set(Level))
    category: Mapped[str] = mapped_column(String(64), default="", index=True)
    annual_volume: Mapped[int] = mapped_column(default=0)
    avg_minutes: Mapped[int] = mapped_column(default=0)
    jointly_handled: Mapped[bool] = mapped_column(default=False)
    online_depth: Mapped[int] = mapped_column(default=1)
    fully_online: Mapped[bool] = mapped_column(default=False)
    negative_list: Mapped[bool] = mapped_column(default=False)
    special_sensitive: Mapped[bool] = mapped_column(default=False)
    status: Mapped[EntryStatus] = mapped_column(value_set(EntryStatus), index=True)
    plan_ref: Mapped[str] = mapped_column(String(32), default="")  # plan clause, e.g. §三(一)1
    # Names the plan's unpublished annex would give are invented in sample data.
    illustrative: Mapped[bool] = mapped_column(default=False)

    department: Mapped[Department] = relationship()
    places: Mapped[list[HandlingPlace]] = relationship(
        back_populates="item", cascade="all, delete-orphan"
    )
    # No passive deletes: the ORM must load and delete the children itself, so the
    # change tracker records them and undo can bring them back.
    status_history: Mapped[list[StatusChange]] = relationship(
        back_populates="item",
        cascade="all, delete-orphan",
        order_by="StatusChange.changed_at",
    )
    qualifications: Mapped[list[ItemQualification]] = relationship(cascade="all, delete-orphan",
                                                                   order_by="ItemQualification.id")
    authorizations: Mapped[list[AuthorizedItem]] = relationship(cascade="all, delete-orphan")


class StatusChange(Base):
    """One step in an item's entry-status history; written once, never edited."""

    __tablename__ = "item_status_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("service_items.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[EntryStatus | None] = mapped_column(value_set(EntryStatus, "from_status"))
    to_status: Mapped[EntryStatus] = mapped_column(value_set(EntryStatus, "to_status"))
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    changed_by: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str] = mapped_column(Text, default="")

    item: Mapped[ServiceItem] = relationship(back_populates="status_history")


class Venue(Versioned, Base):
    __tablename__ = "venues"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    kind: Mapped[VenueKind] = mapped_column(value_set(VenueKind), index=True)
    status: Mapped[VenueStatus] = mapped_column(value_set(VenueStatus), default=VenueStatus.OPEN)
    region_id: Mapped[int] = mapped_column(ForeignKey("regions.id", ondelete="RESTRICT"), index=True)
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("departments.id", ondelete="RESTRICT"), index=True
    )
    host_kind: Mapped[HostKind] = mapped_column(value_set(HostKind), default=HostKind.GOVERNMENT)
    business_category: Mapped[str] = mapped_column(String(64), default="")  # 分中心 signage
    location_label: Mapped[str] = mapped_column(String(64), default="")  # 延伸窗口 signage
    address: Mapped[str] = mapped_column(String(200), default="")
    floor: Mapped[str] = mapped_column(String(16), default="")
    room: Mapped[str] = mapped_column(String(32), default="")
    contact_person: Mapped[str] = mapped_column(String(64), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    plan_ref: Mapped[str] = mapped_column(String(32), default="")
    illustrative: Mapped[bool] = mapped_column(default=False)
    # The plan over time: None is open-ended (open since before the plan, or not closing).
    opens_on: Mapped[dt.date | None] = mapped_column(Date)
    closes_on: Mapped[dt.date | None] = mapped_column(Date)

    region: Mapped[Region] = relationship()
    department: Mapped[Department | None] = relationship()
    windows: Mapped[list[Window]] = relationship(
        back_populates="venue", order_by="Window.number", passive_deletes=True
    )
    sessions: Mapped[list[OpeningSession]] = relationship(cascade="all, delete-orphan",
                                                          order_by="OpeningSession.opens")
    floors: Mapped[list[Floor]] = relationship(back_populates="venue", cascade="all, delete-orphan",
                                               order_by="Floor.level")


class Floor(Versioned, Base):
    """One floor of a venue's building; ``level`` orders them (1 = ground floor, -1 = basement)."""

    __tablename__ = "floors"
    __table_args__ = (UniqueConstraint("venue_id", "name", name="uq_floors_venue_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    venue_id: Mapped[int] = mapped_column(ForeignKey("venues.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(32))  # 1层, 2层, 负一层
    level: Mapped[int] = mapped_column(default=1)
    # The minimum clear width of its public routes, metres; None: the preset (domain.floorplan_checks).
    route_width: Mapped[float | None] = mapped_column()
    # A drawing of the floor behind the plan: an image stored once (``FloorImage``), laid with its
    # top-left pixel at (background_x, background_y) metres, ``background_scale`` metres a pixel.
    background_id: Mapped[int | None] = mapped_column(ForeignKey("floor_images.id", ondelete="SET NULL"))
    background_scale: Mapped[float] = mapped_column(default=0.02, server_default="0.02")
    background_x: Mapped[float] = mapped_column(default=0.0, server_default="0")
    background_y: Mapped[float] = mapped_column(default=0.0, server_default="0")

    venue: Mapped[Venue] = relationship(back_populates="floors")
    # Loaded without its bytes (``deferred``): a layout read names the image, the page fetches it once.
    background: Mapped[FloorImage | None] = relationship(lazy="joined")
    zones: Mapped[list[Zone]] = relationship(back_populates="floor", cascade="all, delete-orphan",
                                             order_by="Zone.id")


class FloorImage(Base):
    """A floor's drawing as PNG or JPEG bytes, kept in the plan so a copy or a server has it too.

    Written once and never changed (one row per distinct image, by its SHA-256): a floor names it,
    and that reference is the undoable edit; the bytes stay out of the audit trail.
    """

    __tablename__ = "floor_images"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    media_type: Mapped[str] = mapped_column(String(16))  # image/png, image/jpeg
    width: Mapped[int]  # pixels
    height: Mapped[int]
    source: Mapped[str] = mapped_column(String(255), default="")  # the file it came from, and the PDF page
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)


class Zone(Versioned, Base):
    """An area of a floor: a polygon in metres (``[[x, y], …]``, the floor's coordinates), a name and colour."""

    __tablename__ = "zones"

    id: Mapped[int] = mapped_column(primary_key=True)
    floor_id: Mapped[int] = mapped_column(ForeignKey("floors.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    kind: Mapped[ZoneKind] = mapped_column(value_set(ZoneKind))
    colour: Mapped[str] = mapped_column(String(7), default="#d9e7f5")  # #rrggbb
    polygon: Mapped[list] = mapped_column(JSON, default=list)

    floor: Mapped[Floor] = relationship(back_populates="zones")


class Window(Versioned, Base):
    __tablename__ = "windows"
    __table_args__ = (UniqueConstraint("venue_id", "number", name="uq_windows_venue_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    venue_id: Mapped[int] = mapped_column(ForeignKey("venues.id", ondelete="RESTRICT"), index=True)
    number: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(128))
    kind: Mapped[WindowKind] = mapped_column(value_set(WindowKind))
    domain: Mapped[str] = mapped_column(String(64), default="")  # 公安事务, 人社事务 …
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("departments.id", ondelete="RESTRICT"), index=True
    )
    # Floor-plan geometry in metres; rotation in degrees.
    x: Mapped[float] = mapped_column(default=0.0)
    y: Mapped[float] = mapped_column(default=0.0)
    width: Mapped[float] = mapped_column(default=2.0)
    height: Mapped[float] = mapped_column(default=1.2)
    rotation: Mapped[float] = mapped_column(default=0.0)
    # The floor the window stands on; None: not placed on a floor plan yet.
    floor_id: Mapped[int | None] = mapped_column(ForeignKey("floors.id", ondelete="RESTRICT"), index=True)
    # A low counter (低位服务设施, GB 55019-2021 §3.6.1): for wheelchair users and children.
    low_counter: Mapped[bool] = mapped_column(default=False, server_default=false())
    # The low counter's accessibility sign is up (GB 55019-2021 §4.0.1), as the planner records it.
    accessibility_sign: Mapped[bool] = mapped_column(default=False, server_default=false())

    venue: Mapped[Venue] = relationship(back_populates="windows")
    department: Mapped[Department | None] = relationship()


class HandlingPlace(Versioned, Base):
    """An item is handled at a venue (and, in a hall, at one of its windows) in a role."""

    __tablename__ = "handling_places"
    __table_args__ = (UniqueConstraint("item_id", "venue_id", name="uq_handling_places_item_venue"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("service_items.id", ondelete="CASCADE"), index=True
    )
    venue_id: Mapped[int] = mapped_column(ForeignKey("venues.id", ondelete="RESTRICT"), index=True)
    window_id: Mapped[int | None] = mapped_column(
        ForeignKey("windows.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[PlaceRole] = mapped_column(value_set(PlaceRole))
    # The plan over time. At a center: the day the item enters (None for an entered item: entered
    # before the plan recorded dates; for a planned item: entry date not fixed yet). Elsewhere:
    # the day the place closes for the item, None while it stays.
    opens_on: Mapped[dt.date | None] = mapped_column(Date)
    closes_on: Mapped[dt.date | None] = mapped_column(Date)
    # R4: an old place kept when the item enters, and why (None: not kept, or no reason given).
    keep_reason: Mapped[KeepReason | None] = mapped_column(value_set(KeepReason))
    keep_note: Mapped[str] = mapped_column(Text, default="", server_default="")

    item: Mapped[ServiceItem] = relationship(back_populates="places")
    venue: Mapped[Venue] = relationship()
    window: Mapped[Window | None] = relationship()


class StaffMember(Versioned, Base):
    """A person a department stations: chief affairs representative, window staff or back office (plan §三(四)1).

    The authorization is data: written or not, its date, and which items it covers (all of the
    department's items in the center, the items listed in ``authorized_items``, or one category).
    """

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    department_id: Mapped[int] = mapped_column(
        ForeignKey("departments.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[StaffRole] = mapped_column(value_set(StaffRole))
    full_time: Mapped[bool] = mapped_column(default=True)  # 全职进驻
    start_date: Mapped[dt.date | None] = mapped_column(Date)  # at this post: rotation counts from here
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venues.id", ondelete="RESTRICT"))
    authorization_written: Mapped[bool] = mapped_column(default=False, server_default=false())
    authorization_date: Mapped[dt.date | None] = mapped_column(Date)
    authorization_coverage: Mapped[AuthorizationCoverage] = mapped_column(
        value_set(AuthorizationCoverage), default=AuthorizationCoverage.NONE, server_default="none")
    authorization_category: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    illustrative: Mapped[bool] = mapped_column(default=False)

    department: Mapped[Department] = relationship()
    venue: Mapped[Venue | None] = relationship()
    # Not passive: the ORM deletes the children itself, so undo can bring them back.
    posts: Mapped[list[StaffPost]] = relationship(back_populates="staff", cascade="all, delete-orphan",
                                                  order_by="StaffPost.id")
    qualifications: Mapped[list[StaffQualification]] = relationship(cascade="all, delete-orphan",
                                                                    order_by="StaffQualification.id")
    authorized_items: Mapped[list[AuthorizedItem]] = relationship(cascade="all, delete-orphan",
                                                                  order_by="AuthorizedItem.id")


class OpeningSession(Versioned, Base):
    """One opening session of a venue: on ``days`` (ISO weekday digits, "12345" = Monday to Friday)
    from ``opens`` to ``closes``."""

    __tablename__ = "opening_sessions"
    __table_args__ = (CheckConstraint("opens < closes", name="session_opens_before_it_closes"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    venue_id: Mapped[int] = mapped_column(ForeignKey("venues.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(32))  # 上午, 下午, 周六上午
    days: Mapped[str] = mapped_column(String(7))
    opens: Mapped[dt.time] = mapped_column(Time)
    closes: Mapped[dt.time] = mapped_column(Time)

    posts: Mapped[list[StaffPost]] = relationship(back_populates="session", cascade="all, delete-orphan")

    @property
    def hours_per_week(self) -> float:
        minutes = (self.closes.hour * 60 + self.closes.minute) - (self.opens.hour * 60 + self.opens.minute)
        return len(set(self.days)) * minutes / 60


class StaffPost(Versioned, Base):
    """A person covers a window as its A or B post, in one session or (``session_id`` empty) in all."""

    __tablename__ = "staff_posts"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    window_id: Mapped[int] = mapped_column(ForeignKey("windows.id", ondelete="RESTRICT"), index=True)
    post: Mapped[Post] = mapped_column(value_set(Post))
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("opening_sessions.id", ondelete="RESTRICT"), index=True)

    staff: Mapped[StaffMember] = relationship(back_populates="posts")
    window: Mapped[Window] = relationship()
    session: Mapped[OpeningSession | None] = relationship(back_populates="posts")


class StaffQualification(Base):
    """A qualification a person holds (the same words an item's requirement uses)."""

    __tablename__ = "staff_qualifications"
    __table_args__ = (UniqueConstraint("staff_id", "qualification", name="uq_staff_qualifications_staff"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    qualification: Mapped[str] = mapped_column(String(64))


class AuthorizedItem(Base):
    """An item a listed authorization covers."""

    __tablename__ = "staff_authorized_items"
    __table_args__ = (UniqueConstraint("staff_id", "item_id", name="uq_staff_authorized_items_staff"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("service_items.id", ondelete="CASCADE"), index=True)


class ItemQualification(Base):
    """A qualification the person handling an item must hold."""

    __tablename__ = "item_qualifications"
    __table_args__ = (UniqueConstraint("item_id", "qualification", name="uq_item_qualifications_item"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("service_items.id", ondelete="CASCADE"), index=True)
    qualification: Mapped[str] = mapped_column(String(64))


class ChecklistEntry(Versioned, Base):
    """Where a department stands on one point of 整建制 and 三集中、三到位; no row: not assessed."""

    __tablename__ = "department_checklist"
    __table_args__ = (UniqueConstraint("department_id", "point", name="uq_department_checklist_department"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id", ondelete="CASCADE"), index=True)
    point: Mapped[ChecklistPoint] = mapped_column(value_set(ChecklistPoint))
    state: Mapped[ChecklistState] = mapped_column(value_set(ChecklistState))
    note: Mapped[str] = mapped_column(Text, default="")


class StaffingSettings(Versioned, Base):
    """The plan's staffing assumptions, one row; without it the defaults in ``domain.staffing`` hold."""

    __tablename__ = "staffing_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    rep_rotation_years: Mapped[int] = mapped_column()
    window_rotation_years: Mapped[int] = mapped_column()
    rotation_notice_days: Mapped[int] = mapped_column()
    target_wait_s: Mapped[int] = mapped_column()
    service_level: Mapped[float] = mapped_column()
    shrinkage: Mapped[float] = mapped_column()
    peak_factor: Mapped[float] = mapped_column()
    working_days: Mapped[int] = mapped_column()
    online_onsite_share: Mapped[float] = mapped_column()
    reference_date: Mapped[dt.date | None] = mapped_column(Date)  # checks refer to it; empty: today


class SignboardOverride(Versioned, Base):
    """A planner's own wording for one board's main line, instead of the default the rules give.

    ``board_kind`` is a ``BoardKind`` value; ``subject_id`` the venue (sub-center,
    extension window), window or item (special item notice) the board is for. No
    foreign key: the subject's table depends on the kind, and an override of a
    deleted subject simply has no board to apply to.
    """

    __tablename__ = "signboard_overrides"
    __table_args__ = (UniqueConstraint("board_kind", "subject_id", name="uq_signboard_overrides_board"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    board_kind: Mapped[BoardKind] = mapped_column(value_set(BoardKind))
    subject_id: Mapped[int] = mapped_column()
    text: Mapped[str] = mapped_column(String(200))
    changed_by: Mapped[str] = mapped_column(String(64), default="")
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class NegativeListVersion(Versioned, Base):
    """One version of a negative list, in force from ``effective_on`` until the next of its scope."""

    __tablename__ = "negative_list_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    scope: Mapped[ListScope] = mapped_column(value_set(ListScope))
    effective_on: Mapped[dt.date] = mapped_column(Date, index=True)
    document: Mapped[str] = mapped_column(String(64), default="")  # 文号: 闽审改办〔2021〕…
    source: Mapped[str] = mapped_column(String(200), default="")  # the file it was imported from
    note: Mapped[str] = mapped_column(Text, default="")
    # An amendment: the version it changes and the approved proposal that changed it.
    based_on_id: Mapped[int | None] = mapped_column(ForeignKey("negative_list_versions.id", ondelete="RESTRICT"))
    proposal_id: Mapped[int | None] = mapped_column(
        ForeignKey("negative_list_proposals.id", ondelete="RESTRICT"), index=True)
    illustrative: Mapped[bool] = mapped_column(default=False)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)

    # Not passive: the ORM deletes the entries itself, so undo can bring them back.
    entries: Mapped[list[NegativeListEntry]] = relationship(cascade="all, delete-orphan",
                                                            order_by="NegativeListEntry.id")


class NegativeListEntry(Base):
    """One line of a version: the item as the list names it."""

    __tablename__ = "negative_list_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("negative_list_versions.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    basic_code: Mapped[str] = mapped_column(String(BASIC_CODE_MAX), default="")
    department: Mapped[str] = mapped_column(String(128), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class ListProposal(Versioned, Base):
    """A department's proposal to put an item on the negative list or take it off (plan §三(五))."""

    __tablename__ = "negative_list_proposals"

    id: Mapped[int] = mapped_column(primary_key=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id", ondelete="RESTRICT"), index=True)
    scope: Mapped[ListScope] = mapped_column(value_set(ListScope))
    action: Mapped[ProposalAction] = mapped_column(value_set(ProposalAction))
    # The item as proposed; an item not in the plan (yet) has no id.
    item_id: Mapped[int | None] = mapped_column(ForeignKey("service_items.id", ondelete="SET NULL"), index=True)
    item_name: Mapped[str] = mapped_column(String(200))
    basic_code: Mapped[str] = mapped_column(String(BASIC_CODE_MAX), default="")
    state: Mapped[ProposalState] = mapped_column(value_set(ProposalState))
    illustrative: Mapped[bool] = mapped_column(default=False)

    department: Mapped[Department] = relationship()
    steps: Mapped[list[ProposalStep]] = relationship(cascade="all, delete-orphan", order_by="ProposalStep.id")


class ProposalStep(Base):
    """One step of a proposal: the state it reached, when, by whom, why, with which attachments."""

    __tablename__ = "negative_list_proposal_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("negative_list_proposals.id", ondelete="CASCADE"),
                                             index=True)
    state: Mapped[ProposalState] = mapped_column(value_set(ProposalState))
    on: Mapped[dt.date] = mapped_column(Date)
    person: Mapped[str] = mapped_column(String(64))
    office: Mapped[str] = mapped_column(String(64), default="")  # who acted: 市公安局, 思明区审改办, 省审改办
    reason: Mapped[str] = mapped_column(Text, default="")
    attachments: Mapped[list] = mapped_column(JSON, default=list)  # file names, as the papers are called


class ItemEvent(Base):
    """One lifecycle step of plan §二(四): an item created, deleted, merged, split or renamed.

    Kept apart from the items (no foreign key) so that it outlives the items it names.
    """

    __tablename__ = "item_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, index=True)
    actor: Mapped[str] = mapped_column(String(64))
    operation: Mapped[ItemOperation] = mapped_column(value_set(ItemOperation))
    sources: Mapped[str] = mapped_column(Text, default="[]")  # JSON: [{"id", "code", "name"}]
    results: Mapped[str] = mapped_column(Text, default="[]")
    note: Mapped[str] = mapped_column(Text, default="")


class Publication(Versioned, Base):
    """One change of an item's handling place published on one channel (plan §三(四)5, R13).

    The change itself is not stored: it follows from the plan over time
    (``services.changes``). ``change_key`` names it by its venues (``"old>new"``, venue ids,
    empty where there is none) and ``change_on`` is the date the notice announced; when the
    plan's date moves, the notice is out of date and the change is to publish again.
    """

    __tablename__ = "publications"
    __table_args__ = (UniqueConstraint("item_id", "change_key", "channel", name="uq_publications_change"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("service_items.id", ondelete="CASCADE"), index=True)
    change_key: Mapped[str] = mapped_column(String(32))
    channel: Mapped[PublicationChannel] = mapped_column(value_set(PublicationChannel))
    change_on: Mapped[dt.date | None] = mapped_column(Date)
    published_on: Mapped[dt.date] = mapped_column(Date)
    published_by: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class Inspection(Versioned, Base):
    """An inspection of a center, sub-center or extension window (plan §四(三), R16)."""

    __tablename__ = "inspections"

    id: Mapped[int] = mapped_column(primary_key=True)
    venue_id: Mapped[int] = mapped_column(ForeignKey("venues.id", ondelete="RESTRICT"), index=True)
    inspected_on: Mapped[dt.date] = mapped_column(Date)
    inspector: Mapped[str] = mapped_column(String(64))
    scope: Mapped[str] = mapped_column(Text, default="")  # what was checked
    findings: Mapped[str] = mapped_column(Text, default="")
    rectify_by: Mapped[dt.date | None] = mapped_column(Date)
    state: Mapped[InspectionState] = mapped_column(value_set(InspectionState))
    rectified_on: Mapped[dt.date | None] = mapped_column(Date)

    venue: Mapped[Venue] = relationship()


class AuditEdit(Base):
    """One edit as the history shows it: when, by whom, under the label the undo stack showed."""

    __tablename__ = "audit_edits"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, index=True)
    actor: Mapped[str] = mapped_column(String(64))
    label: Mapped[str] = mapped_column(Text, default="")


class AuditEntry(Base):
    """Who changed what, when, with the row's values before and after (JSON).

    ``edit_id`` gathers the rows of one edit. The context columns name the records a planner
    looks a row up under (an item's place is in the item's, the window's, the venue's and
    the department's history); ``db.changes`` fills them when it writes the row.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, index=True)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(16))  # insert, update, delete
    entity: Mapped[str] = mapped_column(String(64))  # table name
    entity_id: Mapped[int] = mapped_column()
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    # No foreign keys: the trail outlives the records it names.
    edit_id: Mapped[int | None] = mapped_column(index=True)
    item_id: Mapped[int | None] = mapped_column(index=True)
    window_id: Mapped[int | None] = mapped_column(index=True)
    venue_id: Mapped[int | None] = mapped_column(index=True)
    department_id: Mapped[int | None] = mapped_column(index=True)
    staff_id: Mapped[int | None] = mapped_column(index=True)
