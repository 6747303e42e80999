"""What a signboard says: the plan's two sign formats, window plates, and notices for the special items.

The plan fixes the wording of two signs (PLAN-RULES.md R8, R9):

- a sub-center (§三(二)2): ``厦门市(XX区)政务服务中心XX局(委、办)XX(按业务分类)分中心``;
- an extension window (§三(三)2): ``厦门市(XX区)政务服务中心XX局(委、办)XX地点XX服务窗口``.

Our reading of them (PLAN-RULES.md): a city-level venue leaves ``(XX区)`` out, a
district writes its name; the department is named without the city, as its
signage short name, and a 局, 委 or 办 whose short name lacks that word gets it; a
会 or another kind of department uses its own short name. The ``XX`` before 分中心
is the venue's business category; an extension window's ``XX地点`` is its location
word and ``XX服务`` its business word (the venue's ``business_category`` again).

Window plates (``A12 公安事务综合窗口`` with what the window handles) and the notices
of the special items (§三(二)3: suitable signs, contact person and phone, the
address down to floor and room) have no wording in the plan: those templates are
ours, and every board says where its wording comes from (``Wording``).

These are defaults: a planner may override a board's main line, and the board
then shows the override beside the default. Data a board needs that is missing
makes a finding, never a blank or a guessed word on a board.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from hallplanner.domain import sign_wording as wording
from hallplanner.domain.findings import Finding, Severity, SubjectType
from hallplanner.domain.messages import Message, message
from hallplanner.domain.plan_rules import RULES
from hallplanner.domain.vocabulary import DepartmentKind, Labelled

SUFFIXED_KINDS = (DepartmentKind.BUREAU, DepartmentKind.COMMISSION, DepartmentKind.OFFICE)


class BoardKind(Labelled):
    """The boards planners print: one per sub-center, extension window, window and special item."""

    SUBCENTER = "subcenter", message("BoardKind", "分中心标识")
    EXTENSION = "extension", message("BoardKind", "延伸窗口标识")
    WINDOW = "window", message("BoardKind", "窗口牌")
    SENSITIVE = "sensitive", message("BoardKind", "特殊事项告示")


class Wording(Labelled):
    """Where a board's main line comes from."""

    PLAN = "plan", message("Wording", "方案规定的格式")
    PRESET = "preset", message("Wording", "本软件预设(方案未规定措辞)")
    OVERRIDE = "override", message("Wording", "规划人员修改")


# The plan's rule behind each board that can lack data (a window plate needs only the
# window's number and name, which every window has); its section is the registry's.
BOARD_RULES = {BoardKind.SUBCENTER: "R8", BoardKind.EXTENSION: "R9", BoardKind.SENSITIVE: "R7"}
SUBJECT_TYPES = {
    BoardKind.SUBCENTER: SubjectType.VENUE,
    BoardKind.EXTENSION: SubjectType.VENUE,
    BoardKind.SENSITIVE: SubjectType.ITEM,
}


@dataclass(frozen=True, slots=True)
class DepartmentFacts:
    full_name: str
    short_name: str
    kind: DepartmentKind


@dataclass(frozen=True, slots=True)
class VenueFacts:
    """A venue as its signs need it; ``district`` is empty for a city-level venue."""

    id: int
    name: str
    city: str
    district: str
    department: DepartmentFacts | None
    business_category: str = ""
    location_label: str = ""
    address: str = ""
    floor: str = ""
    room: str = ""
    contact_person: str = ""
    phone: str = ""


@dataclass(frozen=True, slots=True)
class WindowFacts:
    """A window, and what it handles: its items' categories, or an item's name where it has none."""

    id: int
    number: str
    name: str
    venue: str
    department: str  # the short name, for choosing boards; "" for a general window
    handled: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SensitiveFacts:
    """A special sensitive item (§三(二)3) and the venue where it is handled, if any."""

    id: int
    name: str
    department: DepartmentFacts
    venue: VenueFacts | None


@dataclass(frozen=True, slots=True)
class Override:
    """A planner's own wording for one board's main line."""

    text: str
    changed_by: str
    changed_at: str  # ISO date and time, as the planner reads it
    version: int


@dataclass(frozen=True, slots=True)
class Board:
    """One board to print: its main line, the lines under it, and where the wording comes from."""

    kind: BoardKind
    subject_id: int
    subject: str  # what planners call the subject: venue name, "A12 公安事务综合窗口", item name
    venue: str
    department: str
    title: str
    lines: tuple[str, ...]
    wording: Wording
    default_title: str  # the wording the rules give; "" when data for it is missing
    override: Override | None = None
    # Where the main line may best wrap: its parts, joined, are the title (``厦门市政务服务中心`` | ``公安局治安分中心``).
    title_parts: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[BoardKind, int]:
        return self.kind, self.subject_id

    @property
    def parts(self) -> tuple[str, ...]:
        return self.title_parts if "".join(self.title_parts) == self.title else (self.title,)


@dataclass(frozen=True, slots=True)
class Draft:
    """A board before overrides: the default main line, or the problems that keep it from being made."""

    kind: BoardKind
    subject_id: int
    subject: str
    venue: str
    department: str
    title: str  # "" when ``title_problems``
    lines: tuple[str, ...]
    wording: Wording
    title_problems: tuple[Message, ...] = ()  # an override of the main line answers these
    line_problems: tuple[Message, ...] = ()  # only the data answers these
    title_parts: tuple[str, ...] = ()


def center_name(city: str, district: str) -> str:
    """``厦门市政务服务中心``, or ``厦门市思明区政务服务中心`` for a district's."""
    return f"{city}{district}{wording.CENTER}"


def department_word(department: DepartmentFacts, city: str, district: str) -> str:
    """The department as the signs name it: without the city, ending in 局, 委 or 办 when it is one."""
    name = department.short_name.strip()
    for prefix in (city + district, district, city):
        if prefix and name.startswith(prefix) and len(name) > len(prefix):
            name = name[len(prefix):]
            break
    if department.kind in SUFFIXED_KINDS and not name.endswith(department.kind.value):
        name += department.kind.value
    return name


def _missing(field: Message) -> Message:
    return message("signboards", "缺少{field}").format(field=field)


CITY = message("signboards", "所属市")
DEPARTMENT = message("signboards", "所属部门")
SHORT_NAME = message("signboards", "部门标识用简称")
CATEGORY = message("signboards", "业务分类(分中心标识的“XX分中心”)")
LOCATION = message("signboards", "地点(延伸窗口标识的“XX地点”)")
SERVICE = message("signboards", "业务分类(延伸窗口标识的“XX服务窗口”)")
ADDRESS = message("signboards", "地址")
FLOOR = message("signboards", "楼层")
ROOM = message("signboards", "房号")
CONTACT = message("signboards", "联系人")
PHONE = message("signboards", "联系电话")
PLACE = message("signboards", "办理地点")


def _head(venue: VenueFacts) -> tuple[str, str, list[Message]]:
    """The sign's centre and department words, or what is missing for them."""
    problems = []
    if not venue.city.strip():
        problems.append(_missing(CITY))
    department = ""
    if venue.department is None:
        problems.append(_missing(DEPARTMENT))
    elif not venue.department.short_name.strip():
        problems.append(_missing(SHORT_NAME))
    else:
        department = department_word(venue.department, venue.city, venue.district)
    return center_name(venue.city, venue.district), department, problems


def _department_name(venue: VenueFacts) -> str:
    return venue.department.short_name if venue.department is not None else ""


def subcenter_draft(venue: VenueFacts) -> Draft:
    """R8: ``厦门市(XX区)政务服务中心XX局(委、办)XX(按业务分类)分中心``."""
    center, department, problems = _head(venue)
    category = venue.business_category.strip()
    if not category:
        problems.append(_missing(CATEGORY))
    parts = () if problems else (center, f"{department}{category}{wording.SUBCENTER}")
    return Draft(BoardKind.SUBCENTER, venue.id, venue.name, venue.name, _department_name(venue), "".join(parts), (),
                 Wording.PLAN, tuple(problems), title_parts=parts)


def extension_draft(venue: VenueFacts) -> Draft:
    """R9: ``厦门市(XX区)政务服务中心XX局(委、办)XX地点XX服务窗口``."""
    center, department, problems = _head(venue)
    location, service = venue.location_label.strip(), venue.business_category.strip()
    if not location:
        problems.append(_missing(LOCATION))
    if not service:
        problems.append(_missing(SERVICE))
    parts = () if problems else (center, f"{department}{location}{service}{wording.SERVICE_WINDOW}")
    return Draft(BoardKind.EXTENSION, venue.id, venue.name, venue.name, _department_name(venue), "".join(parts), (),
                 Wording.PLAN, tuple(problems), title_parts=parts)


def window_draft(window: WindowFacts) -> Draft:
    """A window plate, our template: ``A12 公安事务综合窗口`` over what the window handles."""
    label = f"{window.number} {window.name}".strip()
    lines = (wording.LIST_SEPARATOR.join(window.handled),) if window.handled else ()
    return Draft(BoardKind.WINDOW, window.id, label, window.venue, window.department, label, lines, Wording.PRESET)


def sensitive_draft(item: SensitiveFacts) -> Draft:
    """A special item's notice, our template (the plan names what to publish, not how to word it).

    The item's name is the main line; under it the department, the address down to
    floor and room, the contact person and phone (§三(二)3). Every one of these is required.
    """
    venue = item.venue
    if venue is None:
        return Draft(BoardKind.SENSITIVE, item.id, item.name, "", item.department.short_name, item.name, (),
                     Wording.PRESET, line_problems=(_missing(PLACE),))
    values = {ADDRESS: venue.address, FLOOR: venue.floor, ROOM: venue.room, CONTACT: venue.contact_person,
              PHONE: venue.phone}
    problems = tuple(_missing(field) for field, value in values.items() if not value.strip())
    lines = () if problems else wording.notice_lines(
        item.department.full_name, venue.address.strip(), venue.floor.strip(), venue.room.strip(),
        venue.contact_person.strip(), venue.phone.strip())
    return Draft(BoardKind.SENSITIVE, item.id, item.name, venue.name, item.department.short_name, item.name,
                 lines, Wording.PRESET, line_problems=problems)


@dataclass(frozen=True, slots=True)
class Unmade:
    """A board that cannot be made, and the finding that says why."""

    kind: BoardKind
    subject_id: int
    venue: str
    department: str
    finding: Finding


def boards_and_findings(drafts: Iterable[Draft], overrides: Mapping[tuple[BoardKind, int], Override]
                        ) -> tuple[list[Board], list[Unmade]]:
    """The boards that can be made, with overrides applied, and a finding for each that cannot.

    An override answers for a missing word of the main line (the planner wrote the
    line); it cannot stand in for the contact, phone or address of a notice.
    """
    boards, unmade = [], []
    for draft in drafts:
        override = overrides.get((draft.kind, draft.subject_id))
        problems = list(draft.line_problems) + ([] if override else list(draft.title_problems))
        if problems:
            unmade.append(Unmade(draft.kind, draft.subject_id, draft.venue, draft.department,
                                 board_finding(draft, problems)))
            continue
        boards.append(Board(
            draft.kind, draft.subject_id, draft.subject, draft.venue, draft.department,
            override.text if override else draft.title, draft.lines,
            Wording.OVERRIDE if override else draft.wording, draft.title, override, draft.title_parts))
    return boards, unmade


def board_finding(draft: Draft, problems: list[Message]) -> Finding:
    rule = BOARD_RULES[draft.kind]
    section = RULES[rule].section
    if draft.kind is BoardKind.SENSITIVE:
        # The plan itself names what the notice publishes: leaving any of it out is an error.
        severity = Severity.ERROR
        text = message("signboards", "无法制作{board}:{problems}。方案要求公布联系人及联系方式,办理地点精确到楼层房号")
    else:
        severity = Severity.WARNING
        text = message("signboards", "无法制作{board}:{problems}。请补全数据,或修改该标识的措辞")
    text = text.format(board=draft.kind.label, problems=listed(problems))
    return Finding(rule, severity, SUBJECT_TYPES[draft.kind], draft.subject_id, draft.subject, text, section)


def listed(parts: list[Message]) -> Message:
    """``缺少楼层、缺少房号``, each part still translatable."""
    joined = parts[0]
    for part in parts[1:]:
        joined = message("signboards", "{first}、{next}").format(first=joined, next=part)
    return joined
