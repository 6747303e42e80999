"""The negative list over time and its adjustment (plan §三(五), R14), in plain Python.

A list comes in versions, each in force from its effective date until the next version of
the same scope. An item is on a version when its basic code or its name is listed: the
province lists items by name, and codes differ between implementations. A proposal to
change the list moves through fixed steps (``NEXT_STATES``); the checks here turn the
versions, the items' flags and the proposals into findings of R14.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from hallplanner.domain.findings import Finding, Severity, SubjectType
from hallplanner.domain.messages import message
from hallplanner.domain.vocabulary import ListScope, Level, ProposalAction, ProposalState

SECTION = "§三(五)"
# Days a proposal may rest at one step before the checks ask about it: our default, not the plan's.
STUCK_AFTER_DAYS = 30

SCOPE_OF_LEVEL = {Level.CITY: ListScope.CENTERS, Level.DISTRICT: ListScope.CENTERS,
                  Level.TOWN: ListScope.GRASSROOTS, Level.VILLAGE: ListScope.GRASSROOTS}

NEXT_STATES: dict[ProposalState, tuple[ProposalState, ...]] = {
    ProposalState.RAISED: (ProposalState.SUBMITTED,),
    ProposalState.SUBMITTED: (ProposalState.GATHERED,),
    ProposalState.GATHERED: (ProposalState.APPROVED, ProposalState.REJECTED),
    ProposalState.APPROVED: (),
    ProposalState.REJECTED: (),
}
OPEN_STATES = frozenset(state for state, after in NEXT_STATES.items() if after)
WAITING_FOR = {
    ProposalState.RAISED: message("negative_list", "部门报送同级审改办"),
    ProposalState.SUBMITTED: message("negative_list", "市审改办汇总报送"),
    ProposalState.GATHERED: message("negative_list", "审定"),
}


@dataclass(frozen=True, slots=True)
class ListEntry:
    """One line of a negative list."""

    name: str
    basic_code: str = ""
    department: str = ""
    note: str = ""

    @property
    def key(self) -> str:
        """What identifies the line between versions: its code, or its name when it has none."""
        return f"code:{self.basic_code}" if self.basic_code else f"name:{self.name}"


@dataclass(frozen=True, slots=True)
class ListDiff:
    added: tuple[ListEntry, ...]
    removed: tuple[ListEntry, ...]


def diff(old: Iterable[ListEntry], new: Iterable[ListEntry]) -> ListDiff:
    """The lines ``new`` adds to ``old`` and those it drops, each in its list's order."""
    old_entries, new_entries = list(old), list(new)
    old_keys, new_keys = {entry.key for entry in old_entries}, {entry.key for entry in new_entries}
    return ListDiff(tuple(entry for entry in new_entries if entry.key not in old_keys),
                    tuple(entry for entry in old_entries if entry.key not in new_keys))


@dataclass(frozen=True, slots=True)
class VersionFacts:
    id: int
    name: str
    scope: ListScope
    effective_on: dt.date
    codes: frozenset[str]
    names: frozenset[str]

    def lists(self, basic_code: str, name: str) -> bool:
        return (bool(basic_code) and basic_code in self.codes) or name in self.names


def in_force(versions: Iterable[VersionFacts], scope: ListScope, day: dt.date) -> VersionFacts | None:
    """The version of ``scope`` in force on ``day``: the latest effective on or before it (ties: the latest made)."""
    candidates = [v for v in versions if v.scope is scope and v.effective_on <= day]
    return max(candidates, key=lambda v: (v.effective_on, v.id), default=None)


@dataclass(frozen=True, slots=True)
class ListedItem:
    id: int
    name: str
    basic_code: str
    level: Level
    negative_list: bool
    entered: bool  # entered the center and handled there on the day


@dataclass(frozen=True, slots=True)
class StepFacts:
    state: ProposalState
    on: dt.date


@dataclass(frozen=True, slots=True)
class ProposalFacts:
    id: int
    department_id: int
    department: str
    action: ProposalAction
    item_name: str
    state: ProposalState
    steps: tuple[StepFacts, ...] = field(default=())

    @property
    def subject(self) -> str:
        return f"{self.department}:{self.action.label}“{self.item_name}”"


def list_findings(versions: Sequence[VersionFacts], items: Iterable[ListedItem], day: dt.date) -> list[Finding]:
    """R14 on the items: each flag as the version in force on ``day`` gives it; without versions, say so."""
    findings: list[Finding] = []
    current = {scope: in_force(versions, scope, day) for scope in ListScope}
    without_version: set[ListScope] = set()
    for item in items:
        scope = SCOPE_OF_LEVEL[item.level]
        version = current[scope]
        if version is None:
            without_version.add(scope)
            continue
        listed = version.lists(item.basic_code, item.name)
        if listed != item.negative_list:
            text = (message("negative_list", "{version}(自 {date} 起施行)列有该事项,事项却未标记为负面清单;"
                                             "请应用现行清单或核对事项")
                    if listed else
                    message("negative_list", "事项标记为负面清单,{version}(自 {date} 起施行)却未列入;"
                                             "请应用现行清单,或由部门提出调整建议"))
            findings.append(Finding("R14", Severity.WARNING, SubjectType.ITEM, item.id, item.name,
                                    text.format(version=version.name, date=version.effective_on.isoformat()), SECTION))
        elif listed and item.entered:
            findings.append(Finding("R14", Severity.INFO, SubjectType.ITEM, item.id, item.name, message(
                "negative_list", "已列入{version},但已进驻中心:已进驻的事项不得撤出(§二(一)),继续在中心办理")
                .format(version=version.name), SECTION))
    for scope in sorted(without_version, key=list(ListScope).index):
        findings.append(Finding("R14", Severity.INFO, SubjectType.PLAN, None, str(scope.label), message(
            "negative_list", "尚未导入“{scope}”的负面清单版本:事项的负面清单标记为手工填写,无从核对")
            .format(scope=scope.label), SECTION))
    return findings


def proposal_findings(proposals: Iterable[ProposalFacts], day: dt.date,
                      stuck_after: int = STUCK_AFTER_DAYS) -> list[Finding]:
    """R14 on the proposals: one resting at a step longer than ``stuck_after`` days is asked about."""
    findings = []
    for proposal in proposals:
        if proposal.state not in OPEN_STATES or not proposal.steps:
            continue
        since = proposal.steps[-1].on
        days = (day - since).days
        if days > stuck_after:
            waiting_for = WAITING_FOR[proposal.state]
            findings.append(Finding("R14", Severity.WARNING, SubjectType.DEPARTMENT, proposal.department_id,
                                    proposal.subject, message(
                "negative_list", "调整建议自 {date} 起停在“{state}”已 {days} 天,等待{waiting}(超过 {limit} 天)")
                .format(date=since.isoformat(), state=proposal.state.label, days=days, waiting=waiting_for,
                        limit=stuck_after), SECTION))
    return findings


def step_problem(current: ProposalState, wanted: ProposalState, previous_on: dt.date | None, on: dt.date,
                 person: str, reason: str):
    """Why a step cannot be recorded (a message), or None."""
    if wanted not in NEXT_STATES[current]:
        allowed = NEXT_STATES[current]
        if not allowed:
            return message("negative_list", "调整建议已办结(“{state}”),不能再办理").format(state=current.label)
        return message("negative_list", "调整建议处于“{state}”,下一步只能是:{allowed}").format(
            state=current.label, allowed="、".join(str(state.label) for state in allowed))
    if not person.strip():
        return message("negative_list", "请填写经办人")
    if wanted is ProposalState.REJECTED and not reason.strip():
        return message("negative_list", "不同意须写明理由")
    if previous_on is not None and on < previous_on:
        return message("negative_list", "日期 {date} 早于上一步的日期 {previous}").format(
            date=on.isoformat(), previous=previous_on.isoformat())
    return None
