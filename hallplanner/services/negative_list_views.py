"""What the negative-list page and verbs show: plain rows, no SQLAlchemy (the GUI imports this module)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hallplanner.domain.negative_list import NEXT_STATES, ListEntry
from hallplanner.domain.vocabulary import ListScope, ProposalAction, ProposalState


@dataclass(frozen=True, slots=True)
class VersionView:
    id: int
    name: str
    scope: ListScope
    effective_on: dt.date
    document: str
    source: str
    note: str
    entries: int
    based_on: str  # the version an amendment changes; empty for an imported one
    proposal_id: int | None
    in_force: bool  # in force on the day asked
    illustrative: bool

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "scope": self.scope.value,
                "effective_on": self.effective_on.isoformat(), "document": self.document, "source": self.source,
                "note": self.note, "entries": self.entries, "based_on": self.based_on,
                "proposal_id": self.proposal_id, "in_force": self.in_force, "illustrative": self.illustrative}


@dataclass(frozen=True, slots=True)
class ListDiffView:
    old: VersionView
    new: VersionView
    added: tuple[ListEntry, ...]
    removed: tuple[ListEntry, ...]

    def as_json(self) -> dict[str, object]:
        def lines(entries: tuple[ListEntry, ...]) -> list[dict[str, str]]:
            return [{"name": e.name, "basic_code": e.basic_code, "department": e.department, "note": e.note}
                    for e in entries]

        return {"old": self.old.as_json(), "new": self.new.as_json(),
                "added": lines(self.added), "removed": lines(self.removed)}


@dataclass(frozen=True, slots=True)
class StepView:
    state: ProposalState
    on: dt.date
    person: str
    office: str
    reason: str
    attachments: tuple[str, ...]

    def as_json(self) -> dict[str, object]:
        return {"state": self.state.value, "on": self.on.isoformat(), "person": self.person, "office": self.office,
                "reason": self.reason, "attachments": list(self.attachments)}


@dataclass(frozen=True, slots=True)
class ProposalView:
    id: int
    department_id: int
    department: str
    scope: ListScope
    action: ProposalAction
    item_id: int | None
    item_name: str
    basic_code: str
    state: ProposalState
    steps: tuple[StepView, ...]
    version: int
    amendment: str  # the version an approval made; empty otherwise

    @property
    def next_states(self) -> tuple[ProposalState, ...]:
        return NEXT_STATES[self.state]

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "department": self.department, "scope": self.scope.value,
                "action": self.action.value, "item_id": self.item_id, "item": self.item_name,
                "basic_code": self.basic_code, "state": self.state.value, "amendment": self.amendment,
                "steps": [step.as_json() for step in self.steps]}
