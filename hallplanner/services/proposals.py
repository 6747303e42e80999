"""Negative-list adjustment proposals (plan §三(五)): raised, received, gathered, decided.

A department raises a proposal (put an item on the list, or take it off); the reform office
of its own level receives it; the city office gathers it and reports it; the province decides
(for the towns' and villages' list, 厦审改办〔2022〕29号, the city office). Each step is one
undoable edit with its date, person, office, reason and attachment names. An approval makes
an amended version of the list in force (effective on the approval day) and applies it to
the items' flags in the same edit; the checks then see the new flags like any other change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from hallplanner.db.database import Database
from hallplanner.db.schema import (
    Department,
    ListProposal,
    NegativeListEntry,
    NegativeListVersion,
    ProposalStep,
    Region,
    ServiceItem,
)
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.messages import Message, message
from hallplanner.domain.negative_list import (
    SCOPE_OF_LEVEL,
    ListEntry,
    ProposalFacts,
    StepFacts,
    in_force,
    step_problem,
)
from hallplanner.domain.vocabulary import ListScope, ProposalAction, ProposalState
from hallplanner.services.editor import Edit, EditorBase
from hallplanner.services.negative_list import sync_flags, version_entries_in, version_facts
from hallplanner.services.negative_list_views import ProposalView, StepView


def proposal_facts(session: Session) -> list[ProposalFacts]:
    proposals = session.scalars(select(ListProposal).options(selectinload(ListProposal.steps),
                                                             selectinload(ListProposal.department))
                                .order_by(ListProposal.id)).all()
    return [ProposalFacts(p.id, p.department_id, p.department.full_name, p.action, p.item_name, p.state,
                          tuple(StepFacts(step.state, step.on) for step in p.steps)) for p in proposals]


def list_proposals(db: Database) -> list[ProposalView]:
    with db.reading() as session:
        amendments = dict(session.execute(select(NegativeListVersion.proposal_id, NegativeListVersion.name)
                                          .where(NegativeListVersion.proposal_id.is_not(None))).all())
        proposals = session.scalars(select(ListProposal).options(selectinload(ListProposal.steps),
                                                                 selectinload(ListProposal.department))
                                    .order_by(ListProposal.id.desc())).all()
        return [ProposalView(p.id, p.department_id, p.department.full_name, p.scope, p.action, p.item_id, p.item_name,
                             p.basic_code, p.state,
                             tuple(StepView(s.state, s.on, s.person, s.office, s.reason, tuple(s.attachments))
                                   for s in p.steps), p.version, amendments.get(p.id, ""))
                for p in proposals]


def _city(region: Region) -> Region:
    while region.parent is not None and region.parent.parent is not None:
        region = region.parent
    return region.parent or region


def default_office(proposal: ListProposal, state: ProposalState) -> str:
    """Who acts at a step, as the plan has it: the department, its level's reform office, the city's, the province's."""
    region = proposal.department.region
    if state is ProposalState.RAISED:
        return proposal.department.full_name
    if state is ProposalState.SUBMITTED:
        return f"{region.name}审改办"
    if state is ProposalState.GATHERED or proposal.scope is ListScope.GRASSROOTS:
        return f"{_city(region).name}审改办"
    return "省审改办"


def _clean_attachments(attachments: Sequence[str]) -> list[str]:
    return [name.strip()[:200] for name in attachments if name.strip()]


class ProposalEdits(EditorBase):
    def raise_proposal(self, department_id: int, action: ProposalAction, *, item_id: int | None = None,
                       item_name: str = "", basic_code: str = "", scope: ListScope | None = None,
                       on: dt.date, person: str, reason: str, attachments: Sequence[str] = (),
                       illustrative: bool = False) -> Edit:
        """A department proposes to put an item on the list or take it off; its first step is recorded."""

        def work(session: Session) -> Message:
            department = self._get(session, Department, department_id)
            name, code, chosen_scope = item_name.strip(), basic_code.strip(), scope
            item = self._get(session, ServiceItem, item_id) if item_id is not None else None
            if item is not None:
                name, code = item.name, item.basic_code
                chosen_scope = scope or SCOPE_OF_LEVEL[item.level]
                if (action is ProposalAction.ADD) == item.negative_list:
                    raise HallPlannerError(message(
                        "proposals", "“{item}”{state},无需{action}").format(
                        item=item.name, state=message("proposals", "已在负面清单中") if item.negative_list
                        else message("proposals", "不在负面清单中"), action=action.label))
            if not name:
                raise HallPlannerError(message("proposals", "请选择事项或填写事项名称"))
            if not reason.strip():
                raise HallPlannerError(message("proposals", "请写明调整理由"))
            if not person.strip():
                raise HallPlannerError(message("negative_list", "请填写经办人"))
            proposal = ListProposal(department=department, scope=chosen_scope or ListScope.CENTERS, action=action,
                                    item_id=item.id if item else None, item_name=name[:200], basic_code=code[:12],
                                    state=ProposalState.RAISED, illustrative=illustrative)
            proposal.steps.append(ProposalStep(state=ProposalState.RAISED, on=on, person=person.strip()[:64],
                                               office=default_office(proposal, ProposalState.RAISED)[:64],
                                               reason=reason.strip(), attachments=_clean_attachments(attachments)))
            session.add(proposal)
            return message("proposals", "{department}提出调整建议:{action}“{item}”").format(
                department=department.full_name, action=action.label, item=name)

        return self._run(work)

    def advance_proposal(self, proposal_id: int, expected_version: int, state: ProposalState, *, on: dt.date,
                         person: str, reason: str = "", attachments: Sequence[str] = (), office: str = "",
                         apply_on: dt.date | None = None) -> Edit:
        """The proposal's next step; an approval amends the list in force and applies it (on ``apply_on``,
        default today) to the items' flags."""

        def work(session: Session) -> Message:
            proposal = self._fresh(session, ListProposal, proposal_id, expected_version, {"state": state})
            previous = proposal.steps[-1].on if proposal.steps else None
            problem = step_problem(proposal.state, state, previous, on, person, reason)
            if problem:
                raise HallPlannerError(problem)
            proposal.state = state
            proposal.steps.append(ProposalStep(
                state=state, on=on, person=person.strip()[:64],
                office=(office.strip() or default_office(proposal, state))[:64],
                reason=reason.strip(), attachments=_clean_attachments(attachments)))
            label = message("proposals", "调整建议“{item}”:{state}").format(item=proposal.item_name, state=state.label)
            if state is ProposalState.APPROVED:
                session.flush()
                _amend(session, proposal, on, self.actor or "")
                sync_flags(session, apply_on or dt.date.today())
            return label

        return self._run(work)


def _amend(session: Session, proposal: ListProposal, on: dt.date, actor: str) -> NegativeListVersion:
    """The version in force on ``on``, changed as the proposal asks, in force from ``on``.

    Without any version of the scope, the list is taken from the items' flags (what the plan holds)."""
    base = in_force(version_facts(session), proposal.scope, on)
    if base is not None:
        entries = version_entries_in(session, base.id)
        base_name = base.name
    else:
        levels = [level for level, scope in SCOPE_OF_LEVEL.items() if scope is proposal.scope]
        entries = [ListEntry(item.name, item.basic_code) for item in session.scalars(
            select(ServiceItem).where(ServiceItem.negative_list.is_(True), ServiceItem.level.in_(levels))
            .order_by(ServiceItem.id))]
        base_name = message("proposals", "事项标记整理的清单")
    key = f"code:{proposal.basic_code}" if proposal.basic_code else f"name:{proposal.item_name}"
    if proposal.action is ProposalAction.ADD:
        if not any(entry.key == key or entry.name == proposal.item_name for entry in entries):
            entries.append(ListEntry(proposal.item_name, proposal.basic_code, proposal.department.full_name,
                                     f"调整建议 #{proposal.id}"))
    else:
        entries = [entry for entry in entries if entry.key != key and entry.name != proposal.item_name]
    version = NegativeListVersion(
        name=f"{base_name}(调整 {on.isoformat()})"[:128], scope=proposal.scope, effective_on=on,
        note=f"{proposal.action.label}“{proposal.item_name}”,{proposal.department.full_name}提出,"
             f"{proposal.steps[-1].office}{proposal.steps[-1].on.isoformat()}同意",
        based_on_id=base.id if base is not None else None, proposal_id=proposal.id, created_by=actor)
    version.entries = [NegativeListEntry(name=e.name, basic_code=e.basic_code, department=e.department, note=e.note)
                       for e in entries]
    session.add(version)
    return version
