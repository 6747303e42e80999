"""Window demand (plan §三(四)1, "配齐一线窗口人员"): the windows and people each window group needs.

A venue's opening sessions give its open hours a week; an item's annual cases, split evenly over
the places that handle it (a preset), less the share that fully online items no longer bring to
the counter, spread over the year's open hours and raised by the peak-hour factor, give the
arrivals in the peak hour of each window group; Erlang C turns them, with the group's average
handling time, into the windows the target wait needs, and shrinkage into people.

Where a place's load goes: at a center, to the window the item is placed at (an item without one
waits for its window and loads none). Outside a center, places name no window (the venue's own
windows serve its items): the load goes to the venue's windows of the item's department, else to
its general (无差别) windows, else to its only group.
"""

from __future__ import annotations

from collections import defaultdict

from hallplanner.db.schema import Window
from hallplanner.domain.erlang import Load, QueueResult
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.findings import Finding, Severity, SubjectType
from hallplanner.domain.messages import message
from hallplanner.domain.staffing import Assumptions
from hallplanner.domain.vocabulary import Post, WindowKind
from hallplanner.services.staffing_plan import StaffingPlan, covers, staffing_finding
from hallplanner.services.staffing_views import GroupDemand, PoolComparison

GroupKey = tuple[int, str, str]  # venue, window kind, domain or department and name


def _group_key(window: Window) -> GroupKey:
    if window.kind is WindowKind.GENERAL:
        return (window.venue_id, window.kind.value, "")
    if window.kind is WindowKind.DOMAIN:
        return (window.venue_id, window.kind.value, window.domain or window.name)
    return (window.venue_id, window.kind.value, f"{window.department_id}:{window.name}")


class _Load:
    """A group's yearly on-site cases and their handling minutes."""

    def __init__(self) -> None:
        self.volume = 0.0
        self.minutes = 0.0  # volume × handling minutes, for the weighted average
        self.timed_volume = 0.0
        self.items: set[int] = set()

    def add(self, item_id: int, volume: float, minutes: int) -> None:
        self.items.add(item_id)
        self.volume += volume
        if minutes > 0:
            self.minutes += volume * minutes
            self.timed_volume += volume

    def merge(self, other: _Load) -> None:
        self.items |= other.items
        self.volume += other.volume
        self.minutes += other.minutes
        self.timed_volume += other.timed_volume

    @property
    def aht(self) -> float:
        return self.minutes / self.timed_volume if self.timed_volume else 0.0


def _queue(assumptions: Assumptions, load: _Load, open_hours_a_week: float) -> tuple[float, QueueResult | None]:
    if not open_hours_a_week or not load.volume or not load.aht:
        return 0.0, None
    weeks = assumptions.working_days / 5
    peak = load.volume / (weeks * open_hours_a_week) * assumptions.peak_factor
    try:
        result = Load(peak, 60, load.aht, assumptions.target_wait_s, assumptions.service_level,
                      assumptions.shrinkage).needed()
    except HallPlannerError:
        return peak, None
    return peak, result


def _venue_group(groups: dict[GroupKey, list[Window]], venue_id: int, department_id: int) -> GroupKey | None:
    """The group of a venue outside the centers that serves a department's items there."""
    own = [key for key, windows in groups.items() if key[0] == venue_id]
    for key in own:
        if any(window.department_id == department_id for window in groups[key]):
            return key
    general = (venue_id, WindowKind.GENERAL.value, "")
    if general in groups:
        return general
    return own[0] if len(own) == 1 else None


def _loads(plan: StaffingPlan, groups: dict[GroupKey, list[Window]]) -> dict[GroupKey, _Load]:
    window_group = {window.id: key for key, windows in groups.items() for window in windows}
    loads: dict[GroupKey, _Load] = defaultdict(_Load)
    for row in plan.places:
        if row.window_id is not None:
            key = window_group.get(row.window_id)
        elif row.venue_id in plan.center_ids:
            key = None  # at a center without its window yet: placed there, it will load that window's group
        else:
            key = _venue_group(groups, row.venue_id, row.department_id)
        if key is None:
            continue
        share = plan.assumptions.online_onsite_share if row.fully_online else 1.0
        loads[key].add(row.item_id, row.annual_volume * share / plan.place_count[row.item_id], row.avg_minutes)
    return loads


def _staffed_people(plan: StaffingPlan, windows: list[Window]) -> int:
    """People who man these windows: their A posts, and stand-ins (B) who hold no A post elsewhere."""
    here = {window.id for window in windows}
    posts = [post for window in windows for post in plan.posts_at.get(window.id, ())]
    people = {post.staff_id for post in posts if post.post is Post.A}
    for post in posts:
        if post.post is Post.B and all(other.window_id in here for other in post.staff.posts if other.post is Post.A):
            people.add(post.staff_id)
    return len(people)


def window_demand(plan: StaffingPlan) -> tuple[list[GroupDemand], list[PoolComparison], list[Finding]]:
    """Each window group in service: its load, the windows and people it needs, what it has."""
    assumptions = plan.assumptions
    groups: dict[GroupKey, list[Window]] = defaultdict(list)
    for window in plan.windows:
        groups[_group_key(window)].append(window)
    loads = _loads(plan, groups)
    venues = {venue.id: venue for venue in plan.venues}
    result, pools, found = [], [], []
    by_venue: dict[int, list[tuple[str, _Load, QueueResult]]] = defaultdict(list)
    for key, windows in groups.items():
        venue = venues[key[0]]
        if not any(plan.in_service(window) for window in windows):
            continue
        hours = sum(session.hours_per_week for session in venue.sessions)
        load = loads.get(key, _Load())
        peak, needed = _queue(assumptions, load, hours)
        label = WindowKind.GENERAL.label if windows[0].kind is WindowKind.GENERAL else windows[0].name
        sessions = venue.sessions
        staffed_windows = sum(1 for window in windows if sessions and all(
            any(p.post is Post.A and covers(p, s.id) for p in plan.posts_at.get(window.id, ())) for s in sessions))
        people = _staffed_people(plan, windows)
        group_findings = []
        subject = f"{venue.name} {label}"
        if needed is not None:
            by_venue[venue.id].append((label, load, needed))
            if needed.windows > len(windows):
                group_findings.append(staffing_finding(Severity.WARNING, SubjectType.VENUE, venue.id, subject, message(
                    "staffing", "高峰需 {needed} 个窗口,规划了 {planned} 个").format(
                    needed=needed.windows, planned=len(windows))))
            if needed.positions > people:
                group_findings.append(staffing_finding(Severity.WARNING, SubjectType.VENUE, venue.id, subject, message(
                    "staffing", "按缺勤率需 {needed} 名窗口人员,在岗 {staffed} 名").format(
                    needed=needed.positions, staffed=people)))
        elif load.volume and hours:
            group_findings.append(staffing_finding(Severity.WARNING, SubjectType.VENUE, venue.id, subject, message(
                "staffing", "办件量或办理时长不足以估算窗口需求,或负荷超出可计算范围")))
        found.extend(group_findings)
        result.append(GroupDemand(
            venue_id=venue.id, venue=venue.name, label=label, kind=windows[0].kind,
            windows=tuple(window.number for window in windows), items=len(load.items), onsite_volume=load.volume,
            peak_arrivals=peak, aht_min=load.aht, needed=needed, staffed_windows=staffed_windows,
            staffed_people=people, at_center=venue.id in plan.center_ids,
            findings=tuple(sorted(group_findings, key=Finding.sort_key))))
    for venue_id, parts in by_venue.items():
        if len(parts) < 2:
            continue
        venue = venues[venue_id]
        pooled = _Load()
        for _, load, _ in parts:
            pooled.merge(load)
        _, together = _queue(assumptions, pooled, sum(s.hours_per_week for s in venue.sessions))
        if together is not None:
            pools.append(PoolComparison(venue_id, venue.name, tuple((label, needed.windows) for label, _, needed in parts),
                                        together.windows))
    return result, pools, found
