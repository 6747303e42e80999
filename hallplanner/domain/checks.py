"""The checks of the plan's rules, on plain facts about the plan as of a day.

The services load ``PlanFacts`` (all items, or only those an edit touched); the checks
here are plain Python, so they are tested without a database and run on 100,000 items
in well under a second. Item checks look at one item and the venues it uses: after an
edit they run again on the touched items only. Plan checks look across the plan
(sub-centers' windows, one-window progress) and run on the whole plan.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from hallplanner.domain.findings import Finding, Severity, SubjectType
from hallplanner.domain.messages import message
from hallplanner.domain.plan_rules import RULES
from hallplanner.domain.plan_time import PlaceFacts, VenueFacts, center_place, kept, status_on
from hallplanner.domain.vocabulary import (
    DeadlineKind,
    EntryStatus,
    KeepReason,
    Level,
    PlaceRole,
    VenueKind,
    WindowKind,
)

BASE_LEVELS = frozenset({Level.CITY, Level.DISTRICT})


@dataclass(slots=True)
class ItemFacts:
    id: int
    name: str
    department_id: int
    level: Level
    status: EntryStatus
    negative_list: bool
    special_sensitive: bool
    fully_online: bool
    jointly_handled: bool
    places: list[PlaceFacts] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class DepartmentFacts:
    id: int
    name: str
    region_id: int
    centrally_managed: bool


@dataclass(frozen=True, slots=True)
class WindowFacts:
    id: int
    venue_id: int
    number: str
    name: str
    kind: WindowKind
    domain: str
    department_id: int | None


@dataclass(frozen=True, slots=True)
class DeadlineFacts:
    region_id: int
    level: Level
    kind: DeadlineKind
    due_on: dt.date
    plan_ref: str


@dataclass
class PlanFacts:
    items: list[ItemFacts]
    departments: dict[int, DepartmentFacts]
    venues: dict[int, VenueFacts]
    windows: dict[int, WindowFacts]
    deadlines: list[DeadlineFacts]
    region_parents: dict[int, int | None]
    joint_items_at: dict[int, int]  # venue id → jointly handled items with a place there
    complete: bool = True  # every item is loaded: the plan checks can run

    def deadline(self, kind: DeadlineKind, level: Level, region_id: int | None) -> DeadlineFacts | None:
        """The deadline for ``level`` in the region, or in the nearest region above it that sets one."""
        by_key = {(d.region_id, d.level, d.kind): d for d in self.deadlines}
        seen: set[int] = set()
        while region_id is not None and region_id not in seen:
            seen.add(region_id)
            found = by_key.get((region_id, level, kind))
            if found is not None:
                return found
            region_id = self.region_parents.get(region_id)
        return None

    def item_deadline(self, item: ItemFacts, kind: DeadlineKind) -> DeadlineFacts | None:
        department = self.departments.get(item.department_id)
        return self.deadline(kind, item.level, department.region_id if department else None)


def in_base(item: ItemFacts, plan: PlanFacts) -> bool:
    """R1's base: city and district items, without those of vertically managed central departments."""
    department = plan.departments.get(item.department_id)
    return item.level in BASE_LEVELS and not (department is not None and department.centrally_managed)


def must_enter(item: ItemFacts, plan: PlanFacts) -> bool:
    """In R1's base and not on the negative list."""
    return in_base(item, plan) and not item.negative_list and not item.special_sensitive


def is_withdrawn(item: ItemFacts, day: dt.date) -> bool:
    """R3: the item has entered, yet no open center handles it as its main place.

    The editor refuses any edit that makes this true for an item it was false for,
    and the checks report every item it is true for.
    """
    if status_on(item.status, item.places, day) is not EntryStatus.ENTERED:
        return False
    place = center_place(item.places)
    return place is None or not place.venue.open_on(day)


# ---- Findings about one item -------------------------------------------------------------


def _item_finding(item: ItemFacts, rule: str, severity: Severity, text: str) -> Finding:
    return Finding(rule, severity, SubjectType.ITEM, item.id, item.name, text, RULES[rule].section)


def _open_places(item: ItemFacts, day: dt.date) -> list[PlaceFacts]:
    return [place for place in item.places if place.open_on(day, item.status)]


def check_entry(item: ItemFacts, plan: PlanFacts, day: dt.date) -> Iterator[Finding]:
    """R1: an item of the base outside the negative list enters the center, by its deadline."""
    if not must_enter(item, plan):
        return
    status = status_on(item.status, item.places, day)
    if status is EntryStatus.ENTERED:
        return
    deadline = plan.item_deadline(item, DeadlineKind.ENTER)
    target = center_place(item.places)
    if item.status is not EntryStatus.PLANNED:
        yield _item_finding(item, "R1", Severity.ERROR, message(
            "checks", "不在负面清单,应进驻政务服务中心,目前为“{status}”:请列入进驻计划,或按 R14 申请列入负面清单")
            .format(status=item.status.label))
    elif deadline is not None and deadline.due_on < day:
        yield _item_finding(item, "R1", Severity.ERROR, message(
            "checks", "进驻期限 {due} 已过,仍未进驻{what}:请分配窗口并确定进驻日期").format(
            due=deadline.due_on.isoformat(),
            what=message("checks", "(尚未分配中心窗口)") if target is None else ""))
    elif target is None:
        yield _item_finding(item, "R1", Severity.WARNING, message(
            "checks", "拟进驻,尚未分配中心窗口:请拖到中心的窗口"))
    elif deadline is not None and target.opens_on is not None and target.opens_on > deadline.due_on:
        yield _item_finding(item, "R1", Severity.WARNING, message(
            "checks", "计划 {date} 进驻,晚于期限 {due}:请提前进驻日期").format(
            date=target.opens_on.isoformat(), due=deadline.due_on.isoformat()))


def check_continuity(item: ItemFacts, plan: PlanFacts, day: dt.date) -> Iterator[Finding]:
    """R1 审批服务不中断, R3, R12: on the day and on each day a place closes, something still handles the item."""
    if item.status is EntryStatus.OUTSIDE and not item.places:
        return  # not planned anywhere: R1 (or nothing, for items outside the base) says so
    if not _open_places(item, day):
        if item.fully_online:
            yield _item_finding(item, "R12", Severity.ERROR, message(
                "checks", "全流程网办事项也须保留线下办理窗口,目前没有开放的办理点:请分配窗口"))
        elif status_on(item.status, item.places, day) is EntryStatus.ENTERED:
            pass  # R3 reports it
        else:
            yield _item_finding(item, "R1", Severity.ERROR, message(
                "checks", "{day} 没有任何开放的办理点,审批服务中断:请安排办理窗口").format(day=day.isoformat()))
        return
    closings = sorted({closes for place in item.places
                       for closes in (place.closes_on, place.venue.closes_on) if closes is not None and closes > day})
    for closes in closings:
        if not _open_places(item, closes):
            closing = next(p for p in item.places if closes in (p.closes_on, p.venue.closes_on))
            yield _item_finding(item, "R1", Severity.ERROR, message(
                "checks", "“{venue}”自 {date} 起停办,此后没有其他办理点,审批服务将中断:请先确定新的办理窗口和进驻日期")
                .format(venue=closing.venue.name, date=closes.isoformat()))
            return


def check_not_withdrawn(item: ItemFacts, plan: PlanFacts, day: dt.date) -> Iterator[Finding]:
    """R3: an entered item keeps an open center as its main place."""
    if is_withdrawn(item, day):
        yield _item_finding(item, "R3", Severity.ERROR, message(
            "checks", "已进驻,但没有中心的办理窗口:已进驻事项不得撤出,请分配中心窗口或更正进驻状态"))


def check_sub_center(item: ItemFacts, plan: PlanFacts, day: dt.date) -> Iterator[Finding]:
    """R2: a negative-list item that has not entered has a sub-center of its own department."""
    if not in_base(item, plan) or not item.negative_list or item.special_sensitive:
        return
    if status_on(item.status, item.places, day) is EntryStatus.ENTERED:
        return
    sub_centers = [p for p in item.places if p.venue.kind is VenueKind.SUB_CENTER and p.role is PlaceRole.MAIN]
    open_now = [p for p in sub_centers if p.open_on(day, item.status)]
    deadline = plan.item_deadline(item, DeadlineKind.SUB_CENTER)
    if not sub_centers:
        yield _item_finding(item, "R2", Severity.ERROR, message(
            "checks", "负面清单事项未进驻,应由服务部门设立分中心办理:请安排到分中心"))
        return
    own = [p for p in sub_centers if p.venue.department_id == item.department_id]
    if not own:
        yield _item_finding(item, "R2", Severity.WARNING, message(
            "checks", "所在分中心“{venue}”不是本部门设立的:分中心应由面向群众服务的部门设立")
            .format(venue=sub_centers[0].venue.name))
    if not open_now:
        opens = min((p.venue.opens_on for p in sub_centers if p.venue.opens_on is not None), default=None)
        late = deadline is not None and (opens is None or opens > deadline.due_on) and deadline.due_on < day
        yield _item_finding(item, "R2", Severity.ERROR if late else Severity.WARNING, message(
            "checks", "分中心“{venue}”{when}尚未运行{due}").format(
            venue=sub_centers[0].venue.name,
            when=day.isoformat(),
            due=message("checks", "(期限 {due})").format(due=deadline.due_on.isoformat()) if deadline else ""))


def check_kept_places(item: ItemFacts, plan: PlanFacts, day: dt.date) -> Iterator[Finding]:
    """R4: a place kept after entry is an extension window, kept for a reason."""
    if status_on(item.status, item.places, day) is not EntryStatus.ENTERED or center_place(item.places) is None:
        return
    for place in item.places:
        if not kept(place) or not place.open_on(day, item.status):
            continue
        if place.role is PlaceRole.MAIN:
            yield _item_finding(item, "R4", Severity.ERROR, message(
                "checks", "已进驻,“{venue}”仍是主办理点:中心应为主办理点,原办理点保留时作为靠前延伸办事窗口")
                .format(venue=place.venue.name))
        if place.keep_reason is None:
            yield _item_finding(item, "R4", Severity.WARNING, message(
                "checks", "原办理点“{venue}”予以保留,但未说明理由:原则上中心以外不再保留办理点,请注明理由(办件量大、有联办事项或方案明确)或关闭")
                .format(venue=place.venue.name))
        elif place.keep_reason is KeepReason.JOINT_ITEMS and plan.joint_items_at.get(place.venue.id, 0) < 2:
            yield _item_finding(item, "R4", Severity.WARNING, message(
                "checks", "以“有联办事项”为由保留“{venue}”,但该处没有其他联办事项:请核实保留理由")
                .format(venue=place.venue.name))


def check_special_item(item: ItemFacts, plan: PlanFacts, day: dt.date) -> Iterator[Finding]:
    """R7: a special sensitive item is handled at its own place, for now without a sub-center."""
    if not item.special_sensitive:
        return
    open_places = _open_places(item, day)
    if not open_places:
        yield _item_finding(item, "R7", Severity.ERROR, message(
            "checks", "特殊敏感事项没有开放的办理点:请登记其办理地点、联系人和电话"))
    elif any(place.venue.kind is VenueKind.SUB_CENTER for place in open_places):
        yield _item_finding(item, "R7", Severity.INFO, message(
            "checks", "特殊敏感事项按方案暂不设分中心,目前在分中心办理:请核实"))


ItemCheck = Callable[[ItemFacts, PlanFacts, dt.date], Iterator[Finding]]
ITEM_CHECKS: tuple[ItemCheck, ...] = (
    check_entry, check_continuity, check_not_withdrawn, check_sub_center, check_kept_places, check_special_item,
)
# The rules ITEM_CHECKS report: what a view replaces for an item after checking it again.
ITEM_RULES = frozenset({"R1", "R2", "R3", "R4", "R7", "R12"})


# ---- Findings across the plan --------------------------------------------------------------


def check_sub_center_windows(plan: PlanFacts, day: dt.date) -> Iterator[Finding]:
    """R8: sub-centers in principle have general windows throughout, and hold main places."""
    windows_at: dict[int, list[WindowFacts]] = defaultdict(list)
    for window in plan.windows.values():
        windows_at[window.venue_id].append(window)
    extension_roles: Counter[int] = Counter()
    for item in plan.items:
        for place in item.places:
            if place.venue.kind is VenueKind.SUB_CENTER and place.role is PlaceRole.EXTENSION:
                extension_roles[place.venue.id] += 1
    for venue in plan.venues.values():
        if venue.kind is not VenueKind.SUB_CENTER or not venue.open_on(day):
            continue
        general = [w for w in windows_at[venue.id] if w.kind is WindowKind.GENERAL]
        if len(general) < len(windows_at[venue.id]) or not general:
            yield Finding("R8", Severity.WARNING, SubjectType.VENUE, venue.id, venue.name, message(
                "checks", "分中心原则上应无差别综合窗口全覆盖:{general}/{total} 个窗口为无差别综合窗口")
                .format(general=len(general), total=len(windows_at[venue.id])), RULES["R8"].section)
        if extension_roles[venue.id]:
            yield Finding("R8", Severity.WARNING, SubjectType.VENUE, venue.id, venue.name, message(
                "checks", "分中心有 {count} 个事项登记为靠前延伸办事窗口:分中心是负面清单事项的主办理点,延伸窗口应另设场所")
                .format(count=extension_roles[venue.id]), RULES["R8"].section)


@dataclass(frozen=True, slots=True)
class DomainProgress:
    """R11: how many of a domain's items can be done at its integrated windows."""

    domain: str
    at_domain_windows: int
    items: int


def one_window_progress(plan: PlanFacts, day: dt.date) -> list[DomainProgress]:
    """Per domain of the centers' integrated windows: the entered items of the departments
    staffing them, and how many of those are handled at a window of that domain."""
    departments_of: dict[str, set[int]] = defaultdict(set)
    for window in plan.windows.values():
        venue = plan.venues.get(window.venue_id)
        if window.kind is WindowKind.DOMAIN and window.domain and venue is not None and venue.is_center \
                and window.department_id is not None:
            departments_of[window.domain].add(window.department_id)
    progress = []
    for domain, departments in sorted(departments_of.items()):
        items = at_domain = 0
        for item in plan.items:
            if item.department_id not in departments or status_on(item.status, item.places, day) \
                    is not EntryStatus.ENTERED:
                continue
            items += 1
            place = center_place(item.places)
            window = plan.windows.get(place.window_id) if place and place.window_id else None
            at_domain += window is not None and window.domain == domain
        progress.append(DomainProgress(domain, at_domain, items))
    return progress


def check_one_window(plan: PlanFacts, day: dt.date) -> Iterator[Finding]:
    """R11: a progress measure, reported as information."""
    for row in one_window_progress(plan, day):
        share = row.at_domain_windows / row.items if row.items else 1.0
        yield Finding("R11", Severity.INFO, SubjectType.PLAN, None, row.domain, message(
            "checks", "{domain}:已进驻的 {items} 个事项中 {done} 个可在综合窗口办理({share:.0%}),逐步实现一窗通办")
            .format(domain=row.domain, items=row.items, done=row.at_domain_windows, share=share),
            RULES["R11"].section)


PlanCheck = Callable[[PlanFacts, dt.date], Iterator[Finding]]
PLAN_CHECKS: tuple[PlanCheck, ...] = (check_sub_center_windows, check_one_window)


def check_items(plan: PlanFacts, items: Iterable[ItemFacts], day: dt.date) -> list[Finding]:
    return [finding for item in items for check in ITEM_CHECKS for finding in check(item, plan, day)]


def check_plan(plan: PlanFacts, day: dt.date) -> list[Finding]:
    """Every decided rule on ``plan`` as of ``day``; the plan checks need every item loaded."""
    findings = check_items(plan, plan.items, day)
    if plan.complete:
        findings.extend(finding for check in PLAN_CHECKS for finding in check(plan, day))
    return findings


# ---- Progress per department and deadline --------------------------------------------------


@dataclass(frozen=True, slots=True)
class DepartmentProgress:
    department_id: int
    department: str
    due_on: dt.date | None
    to_enter: int  # items of the base outside the negative list
    entered: int
    planned: int  # not entered, with a center window
    overdue: int  # not entered, deadline passed


def entry_progress(plan: PlanFacts, day: dt.date) -> list[DepartmentProgress]:
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    due: dict[int, dt.date | None] = {}
    for item in plan.items:
        if not must_enter(item, plan):
            continue
        deadline = plan.item_deadline(item, DeadlineKind.ENTER)
        row = counts[item.department_id]
        due.setdefault(item.department_id, deadline.due_on if deadline else None)
        row[0] += 1
        if status_on(item.status, item.places, day) is EntryStatus.ENTERED:
            row[1] += 1
        else:
            row[2] += center_place(item.places) is not None
            row[3] += deadline is not None and deadline.due_on < day
    return sorted(
        (DepartmentProgress(department_id, plan.departments[department_id].name, due[department_id], *row)
         for department_id, row in counts.items()),
        key=lambda row: (row.due_on or dt.date.max, row.department))
