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
_ENTERED = EntryStatus.ENTERED


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
    joint_items_at: dict[int, set[int]]  # venue id → jointly handled items with a place there that stays
    complete: bool = True  # every item is loaded: the plan checks can run
    _deadline_cache: dict = field(default_factory=dict, repr=False)

    def deadline(self, kind: DeadlineKind, level: Level, region_id: int | None) -> DeadlineFacts | None:
        """The deadline for ``level`` in the region, or in the nearest region above it that sets one."""
        key = (kind, level, region_id)
        if key not in self._deadline_cache:
            self._deadline_cache[key] = self._find_deadline(kind, level, region_id)
        return self._deadline_cache[key]

    def _find_deadline(self, kind: DeadlineKind, level: Level, region_id: int | None) -> DeadlineFacts | None:
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

    The checks report every item it is true for (``check_not_withdrawn``); the editor
    refuses an undo that makes it true, and an edit that takes an item out of the center
    in any way (``services.editor``).
    """
    open_venues = frozenset(place.venue.id for place in item.places if place.venue.open_on(day))
    return any(True for _ in check_not_withdrawn(on_day(item, day, open_venues), None))


# ---- Findings about one item -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ItemOnDay:
    """What every item check asks first, worked out once per item and day."""

    item: ItemFacts
    day: dt.date
    status: EntryStatus  # on the day
    center: PlaceFacts | None  # the main place at a center
    open_venues: frozenset[int]  # the venues open on the day

    def open_places(self) -> list[PlaceFacts]:
        return [place for place in self.item.places
                if place.venue.id in self.open_venues and place.handles_on(self.day, self.item.status)]

    def open_places_on(self, day: dt.date) -> list[PlaceFacts]:
        return [place for place in self.item.places if place.open_on(day, self.item.status)]


def on_day(item: ItemFacts, day: dt.date, open_venues: frozenset[int]) -> ItemOnDay:
    center = center_place(item.places)
    return ItemOnDay(item, day, status_on(item.status, center, day), center, open_venues)


def on_day_all(plan: PlanFacts, items: Iterable[ItemFacts], day: dt.date) -> list[ItemOnDay]:
    open_venues = frozenset(venue.id for venue in plan.venues.values() if venue.open_on(day))
    return [on_day(item, day, open_venues) for item in items]


def _item_finding(item: ItemFacts, rule: str, severity: Severity, text: str) -> Finding:
    return Finding(rule, severity, SubjectType.ITEM, item.id, item.name, text, RULES[rule].section)


def check_entry(state: ItemOnDay, plan: PlanFacts) -> Iterator[Finding]:
    """R1: an item of the base outside the negative list enters the center, by its deadline."""
    item, day = state.item, state.day
    if state.status is EntryStatus.ENTERED or not must_enter(item, plan):
        return
    deadline = plan.item_deadline(item, DeadlineKind.ENTER)
    target = state.center
    if item.status not in (EntryStatus.PLANNED, EntryStatus.ENTERED):
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


def check_continuity(state: ItemOnDay, plan: PlanFacts) -> Iterator[Finding]:
    """R1 审批服务不中断, R3, R12: on the day and on each day a place closes, something still handles the item."""
    item, day = state.item, state.day
    if item.status is EntryStatus.OUTSIDE and not item.places:
        return  # not planned anywhere: R1 (or nothing, for items outside the base) says so
    if not state.open_places():
        if item.fully_online:
            yield _item_finding(item, "R12", Severity.ERROR, message(
                "checks", "全流程网办事项也须保留线下办理窗口,目前没有开放的办理点:请分配窗口"))
        elif state.status is EntryStatus.ENTERED:
            pass  # R3 reports it
        else:
            yield _item_finding(item, "R1", Severity.ERROR, message(
                "checks", "{day} 没有任何开放的办理点,审批服务中断:请安排办理窗口").format(day=day.isoformat()))
        return
    closings = sorted({closes for place in item.places
                       for closes in (place.closes_on, place.venue.closes_on) if closes is not None and closes > day})
    for closes in closings:
        if not state.open_places_on(closes):
            closing = next(p for p in item.places if closes in (p.closes_on, p.venue.closes_on))
            yield _item_finding(item, "R1", Severity.ERROR, message(
                "checks", "“{venue}”自 {date} 起停办,此后没有其他办理点,审批服务将中断:请先确定新的办理窗口和进驻日期")
                .format(venue=closing.venue.name, date=closes.isoformat()))
            return


def check_not_withdrawn(state: ItemOnDay, plan: PlanFacts) -> Iterator[Finding]:
    """R3: an entered item keeps an open center as its main place."""
    # Towns and villages enter their own service centers, by their own negative list (R15).
    if state.status is EntryStatus.ENTERED and state.item.level in BASE_LEVELS \
            and (state.center is None or state.center.venue.id not in state.open_venues):
        item = state.item
        yield _item_finding(item, "R3", Severity.ERROR, message(
            "checks", "已进驻,但没有中心的办理窗口:已进驻事项不得撤出,请分配中心窗口或更正进驻状态"))


def check_sub_center(state: ItemOnDay, plan: PlanFacts) -> Iterator[Finding]:
    """R2: a negative-list item that has not entered has a sub-center of its own department."""
    item, day = state.item, state.day
    if not item.negative_list or item.special_sensitive or state.status is EntryStatus.ENTERED \
            or not in_base(item, plan):
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


def check_kept_places(state: ItemOnDay, plan: PlanFacts) -> Iterator[Finding]:
    """R4: a place kept after entry is an extension window, kept for a reason."""
    item, day = state.item, state.day
    if state.status is not EntryStatus.ENTERED or state.center is None or len(item.places) < 2:
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
        elif place.keep_reason is KeepReason.JOINT_ITEMS and not plan.joint_items_at.get(place.venue.id, set()) - {item.id}:
            yield _item_finding(item, "R4", Severity.WARNING, message(
                "checks", "以“有联办事项”为由保留“{venue}”,但该处没有其他联办事项:请核实保留理由")
                .format(venue=place.venue.name))


def check_special_item(state: ItemOnDay, plan: PlanFacts) -> Iterator[Finding]:
    """R7: a special sensitive item is handled at its own place, for now without a sub-center."""
    item = state.item
    if not item.special_sensitive:
        return
    open_places = state.open_places()
    if not open_places:
        yield _item_finding(item, "R7", Severity.ERROR, message(
            "checks", "特殊敏感事项没有开放的办理点:请登记其办理地点、联系人和电话"))
    elif any(place.venue.kind is VenueKind.SUB_CENTER for place in open_places):
        yield _item_finding(item, "R7", Severity.INFO, message(
            "checks", "特殊敏感事项按方案暂不设分中心,目前在分中心办理:请核实"))


ItemCheck = Callable[[ItemOnDay, PlanFacts], Iterator[Finding]]
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


def one_window_progress(plan: PlanFacts, states: Iterable[ItemOnDay]) -> list[DomainProgress]:
    """Per domain of the centers' integrated windows: the entered items of the departments
    staffing them, each counted in one domain, and how many of those are handled at a window
    of that domain."""
    domains_of: dict[int, set[str]] = defaultdict(set)  # department → the domains it staffs
    for window in plan.windows.values():
        venue = plan.venues.get(window.venue_id)
        if window.kind is WindowKind.DOMAIN and window.domain and venue is not None and venue.is_center \
                and window.department_id is not None:
            domains_of[window.department_id].add(window.domain)
    items: Counter[str] = Counter()
    at_domain: Counter[str] = Counter()
    for state in states:
        domains = domains_of.get(state.item.department_id)
        if not domains or state.status is not EntryStatus.ENTERED:
            continue
        window = plan.windows.get(state.center.window_id) if state.center and state.center.window_id else None
        # An item counts once: in the domain of its window when that is one of its department's,
        # else in the first of its department's domains, where it is still to come.
        if window is not None and window.domain in domains:
            items[window.domain] += 1
            at_domain[window.domain] += 1
        else:
            items[min(domains)] += 1
    return [DomainProgress(domain, at_domain[domain], items[domain])
            for domain in sorted({domain for domains in domains_of.values() for domain in domains})]


def one_window_findings(progress: list[DomainProgress]) -> Iterator[Finding]:
    """R11: a progress measure, reported as information."""
    for row in progress:
        share = row.at_domain_windows / row.items if row.items else 1.0
        yield Finding("R11", Severity.INFO, SubjectType.PLAN, None, row.domain, message(
            "checks", "{domain}:已进驻的 {items} 个事项中 {done} 个可在综合窗口办理({share:.0%}),逐步实现一窗通办")
            .format(domain=row.domain, items=row.items, done=row.at_domain_windows, share=share),
            RULES["R11"].section)


def _settled(state: ItemOnDay) -> bool:
    """Entered, handled only at its open center window, nothing closing: no item check can find anything.

    Most items of a plan well under way are like that; skipping them keeps a province's
    check under a second.
    """
    center, places = state.center, state.item.places
    return (state.status is _ENTERED and len(places) == 1 and center is places[0]
            and center.closes_on is None and center.venue.closes_on is None and center.venue.id in state.open_venues)


def check_items(plan: PlanFacts, items: Iterable[ItemFacts], day: dt.date) -> list[Finding]:
    return _check_states(plan, on_day_all(plan, items, day))


def _check_states(plan: PlanFacts, states: Iterable[ItemOnDay]) -> list[Finding]:
    findings: list[Finding] = []
    for state in states:
        if _settled(state):
            continue
        for check in ITEM_CHECKS:
            findings.extend(check(state, plan))
    return findings


@dataclass(frozen=True)
class PlanReport:
    findings: list[Finding]
    progress: list[DepartmentProgress]
    one_window: list[DomainProgress]


def check_plan(plan: PlanFacts, day: dt.date) -> PlanReport:
    """Every decided rule on the whole ``plan`` as of ``day``, with the progress measures."""
    if not plan.complete:
        raise ValueError("the plan checks need every item: load the facts without item ids")
    states = on_day_all(plan, plan.items, day)
    findings = _check_states(plan, states)
    findings.extend(check_sub_center_windows(plan, day))
    one_window = one_window_progress(plan, states)
    findings.extend(one_window_findings(one_window))
    return PlanReport(findings, entry_progress(plan, states, day), one_window)


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


def entry_progress(plan: PlanFacts, states: Iterable[ItemOnDay], day: dt.date) -> list[DepartmentProgress]:
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    due: dict[int, dt.date | None] = {}
    for state in states:
        item = state.item
        if not must_enter(item, plan):
            continue
        deadline = plan.item_deadline(item, DeadlineKind.ENTER)
        row = counts[item.department_id]
        due.setdefault(item.department_id, deadline.due_on if deadline else None)
        row[0] += 1
        if state.status is EntryStatus.ENTERED:
            row[1] += 1
        else:
            row[2] += state.center is not None
            row[3] += deadline is not None and deadline.due_on < day
    return sorted(
        (DepartmentProgress(department_id, plan.departments[department_id].name, due[department_id], *row)
         for department_id, row in counts.items()),
        key=lambda row: (row.due_on or dt.date.max, row.department))
