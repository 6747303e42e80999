"""What the staffing view and ``hallplanner staffing`` show: plain rows, no SQLAlchemy.

The GUI imports this module without loading the database layer; the report is read in the
background by ``services.staffing``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hallplanner.domain.erlang import QueueResult
from hallplanner.domain.findings import Finding, Severity
from hallplanner.domain.messages import message
from hallplanner.domain.staffing import Assumptions, describe_days
from hallplanner.domain.vocabulary import (
    AuthorizationCoverage,
    ChecklistPoint,
    ChecklistState,
    Post,
    StaffRole,
    WindowKind,
)

LIST_SEPARATOR = "、"  # between names in a list, as Chinese writes them


@dataclass(frozen=True, slots=True)
class PostView:
    window_id: int
    window: str  # "A01 公安事务综合窗口"
    post: Post
    session_id: int | None  # None: every session of the venue
    session: str  # "上午", or "" for every session


@dataclass(frozen=True, slots=True)
class StaffView:
    id: int
    version: int
    name: str
    department_id: int
    department: str  # short name
    role: StaffRole
    full_time: bool
    start_date: dt.date | None
    venue_id: int | None
    venue: str
    authorization_written: bool
    authorization_date: dt.date | None
    authorization_coverage: AuthorizationCoverage
    authorization_category: str
    authorized_items: tuple[int, ...]
    qualifications: tuple[str, ...]
    note: str
    posts: tuple[PostView, ...]
    rotation_due: dt.date | None

    def posts_text(self, post: Post) -> str:
        return LIST_SEPARATOR.join(f"{p.window}({p.session})" if p.session else p.window
                                   for p in self.posts if p.post is post)


@dataclass(frozen=True, slots=True)
class SessionView:
    id: int
    version: int
    venue_id: int
    name: str
    days: str
    opens: dt.time
    closes: dt.time

    @property
    def label(self) -> str:
        return f"{self.name} {describe_days(self.days)} {self.opens:%H:%M}–{self.closes:%H:%M}"


@dataclass(frozen=True, slots=True)
class WindowChoice:
    id: int
    venue_id: int
    label: str


@dataclass(frozen=True, slots=True)
class ChecklistView:
    point: ChecklistPoint
    state: ChecklistState | None  # None: not assessed
    note: str


@dataclass(frozen=True, slots=True)
class DepartmentStaffing:
    id: int
    full_name: str
    short_name: str
    center_items: int  # items handled at an open center
    chief: str  # the chief representatives' names, "" when none
    window_staff: int
    back_office: int
    checklist: tuple[ChecklistView, ...]
    findings: tuple[Finding, ...]

    @property
    def status(self) -> Severity | None:
        return worst(self.findings)


@dataclass(frozen=True, slots=True)
class GroupDemand:
    """A window group of a venue: its load, the windows and people it needs, and what it has."""

    venue_id: int
    venue: str
    label: str  # 公安事务综合窗口, 无差别综合窗口, 不动产登记窗口
    kind: WindowKind
    windows: tuple[str, ...]  # numbers
    items: int
    onsite_volume: float  # cases a year handled here
    peak_arrivals: float  # per hour, at peak
    aht_min: float
    needed: QueueResult | None  # None: no load, or no opening hours to spread it over
    staffed_windows: int  # windows with an A post in every session
    staffed_people: int  # people holding an A post at these windows, and stand-ins with no A post elsewhere
    at_center: bool  # False: a venue outside the centers, whose items load its windows (none names one)
    findings: tuple[Finding, ...]

    @property
    def planned(self) -> int:
        return len(self.windows)

    @property
    def status(self) -> Severity | None:
        return worst(self.findings)


@dataclass(frozen=True, slots=True)
class PoolComparison:
    """One general (无差别) pool against separate window groups, for the same load at one venue."""

    venue_id: int
    venue: str
    groups: tuple[tuple[str, int], ...]  # (group label, windows it needs alone)
    pooled: int

    @property
    def separate(self) -> int:
        return sum(windows for _, windows in self.groups)


@dataclass(frozen=True, slots=True)
class DepartmentChoice:
    id: int
    short_name: str
    categories: tuple[str, ...]
    center_items: tuple[tuple[int, str, str], ...]  # (id, name, category) of its items at an open center


@dataclass(frozen=True)
class StaffingReport:
    as_of: dt.date
    assumptions: Assumptions
    settings_version: int | None  # None: the defaults, no row yet
    departments: tuple[DepartmentStaffing, ...]
    groups: tuple[GroupDemand, ...]
    pools: tuple[PoolComparison, ...]
    staff: tuple[StaffView, ...]
    sessions: tuple[SessionView, ...]
    venues: tuple[tuple[int, str], ...]  # open venues, (id, name)
    windows: tuple[WindowChoice, ...]
    department_choices: tuple[DepartmentChoice, ...]
    findings: tuple[Finding, ...]
    item_requirements: tuple[tuple[int, tuple[str, ...]], ...] = ()  # (item id, qualifications its handler needs)

    def as_json(self) -> dict:
        return {
            "as_of": self.as_of.isoformat(),
            "assumptions": {key: value.isoformat() if isinstance(value, dt.date) else value
                            for key, value in self.assumptions.as_dict().items()},
            "departments": [{
                "department": d.full_name, "short_name": d.short_name, "status": status_value(d.status),
                "center_items": d.center_items, "chief_representative": d.chief, "window_staff": d.window_staff,
                "back_office": d.back_office,
                "checklist": {c.point.value: c.state.value if c.state else None for c in d.checklist},
                "findings": [finding.as_json() for finding in d.findings],
            } for d in self.departments],
            "window_groups": [{
                "venue": g.venue, "group": g.label, "kind": g.kind.value, "status": status_value(g.status),
                "windows": list(g.windows), "items": g.items, "onsite_volume": round(g.onsite_volume),
                "peak_arrivals_per_hour": round(g.peak_arrivals, 2), "aht_min": round(g.aht_min, 2),
                "required": g.needed.as_json() if g.needed else None,
                "planned_windows": g.planned, "staffed_windows": g.staffed_windows, "at_center": g.at_center,
                "staffed_people": g.staffed_people,
                "findings": [finding.as_json() for finding in g.findings],
            } for g in self.groups],
            "pooled_versus_separate": [{
                "venue": p.venue, "separate": p.separate, "pooled": p.pooled,
                "groups": [{"group": label, "windows": windows} for label, windows in p.groups],
            } for p in self.pools],
            "findings": [finding.as_json() for finding in self.findings],
        }


def worst(findings: tuple[Finding, ...]) -> Severity | None:
    order = (Severity.ERROR, Severity.WARNING, Severity.INFO)
    return next((severity for severity in order if any(f.severity is severity for f in findings)), None)


def status_value(status: Severity | None) -> str:
    return status.value if status else "ok"


COMPLETE = message("staffing", "齐备")


def status_label(status: Severity | None) -> str:
    return str(status.label) if status else COMPLETE
