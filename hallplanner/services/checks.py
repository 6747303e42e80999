"""Checking the plan: facts loaded in a few plain queries, the domain's checks run on them.

``check_plan`` gives the whole report as of a day: findings of every decided rule (and of
the checks other features register in ``FINDING_SOURCES``), the checklist of the rules
only people can tick, and progress per department and per domain. ``check_items`` runs
the item checks on the items an edit touched, for a panel that refreshes after an edit
without checking everything again; ``subject_departments`` tells which department each
finding's subject belongs to, for views that filter findings by department.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from dataclasses import dataclass

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from hallplanner.db.database import Database
from hallplanner.db.schema import ServiceItem, StaffMember, Venue, Window
from hallplanner.domain import checks
from hallplanner.domain.checks import DepartmentProgress, DomainProgress
from hallplanner.domain.findings import Finding, Severity, SubjectType
from hallplanner.domain.messages import Message, message
from hallplanner.domain.plan_rules import RULES, Rule, RuleKind
from hallplanner.services.floorplan import floorplan_findings
from hallplanner.services.inspections import inspection_findings
from hallplanner.services.negative_list import negative_list_findings
from hallplanner.services.plan_facts import ID_CHUNK, collector_paused, load_facts, plan_day
from hallplanner.services.publication import FACTS_KEY, publication_findings
from hallplanner.services.signboards import signboard_findings
from hallplanner.services.staffing import staffing_findings

# Checks of other features: each reads what it needs in the session and returns its
# findings as of the day.
FindingSource = Callable[[Session, dt.date], list[Finding]]
FINDING_SOURCES: tuple[FindingSource, ...] = (signboard_findings, staffing_findings, floorplan_findings,
                                               publication_findings, inspection_findings,
                                               negative_list_findings)


@dataclass(frozen=True, slots=True)
class ChecklistRow:
    """A rule as the checklist shows it: its findings, or what it waits for."""

    rule: Rule
    errors: int
    warnings: int
    infos: int
    state: Message


@dataclass(frozen=True)
class CheckReport:
    as_of: dt.date
    findings: list[Finding]
    checklist: list[ChecklistRow]
    progress: list[DepartmentProgress]
    one_window: list[DomainProgress]

    def count(self, severity: Severity) -> int:
        return sum(finding.severity is severity for finding in self.findings)


def plan_rules(connection: Connection, day: dt.date, info: dict | None = None) -> checks.PlanReport:
    """The plan's own rules on the whole plan: facts loaded, every check run, progress measured
    (``info``: where to leave the facts for the other checks, a session's ``info``; the publication
    check derives the changes of places from them rather than reading the plan again)."""
    with collector_paused():
        facts = load_facts(connection)
        if info is not None:
            info[FACTS_KEY] = facts
        return checks.check_plan(facts, day)


def reference_day(db: Database) -> dt.date:
    """``plan_day`` in a session of its own: the day pages showing what is overdue judge by."""
    with db.reading() as session:
        return plan_day(session)


def check_plan(db: Database, as_of: dt.date | None = None, rules: Collection[str] = ()) -> CheckReport:
    """The whole report as of ``as_of`` (default: ``plan_day``); ``rules`` keeps only those rules' findings."""
    with db.reading() as session:
        day = as_of or plan_day(session)
        report = plan_rules(session.connection(), day, session.info)
        findings = report.findings
        for source in FINDING_SOURCES:
            findings.extend(source(session, day))
    rows = checklist(findings)
    if rules:
        findings = [finding for finding in findings if finding.rule in rules]
        rows = [row for row in rows if row.rule.id in rules]
    findings.sort(key=Finding.sort_key)
    return CheckReport(day, findings, rows, report.progress, report.one_window)


def check_items(db: Database, item_ids: Collection[int], as_of: dt.date | None = None) -> list[Finding]:
    """The item checks on ``item_ids`` only: what an edit of those items can change.

    With them, the signboards' findings about those items under the item rules (the special
    items' notices, R7), so that a view replacing the items' findings of ``checks.ITEM_RULES``
    with these loses none.
    """
    ids = set(item_ids)
    with db.reading() as session:
        day = as_of or plan_day(session)
        plan = load_facts(session.connection(), ids)
        findings = checks.check_items(plan, plan.items, day)
        # Of the other features' findings, only the special items' notices (R7) are about items
        # under an item rule; reading every board is skipped when none of the items is special.
        if any(item.special_sensitive for item in plan.items):
            findings += [finding for finding in signboard_findings(session, day)
                         if finding.subject_type is SubjectType.ITEM and finding.subject_id in ids
                         and finding.rule in checks.ITEM_RULES]
    return sorted(findings, key=Finding.sort_key)


# Where each kind of subject names its department; a window without one belongs to its venue's.
_DEPARTMENT_OF = {
    SubjectType.ITEM: (ServiceItem.id, ServiceItem.department_id),
    SubjectType.VENUE: (Venue.id, Venue.department_id),
    SubjectType.STAFF: (StaffMember.id, StaffMember.department_id),
}


def subject_departments(db: Database, findings: Collection[Finding]) -> dict[tuple[SubjectType, int], int]:
    """The department of each finding's subject, by (subject type, id); subjects of none are left out."""
    wanted: dict[SubjectType, set[int]] = {}
    for finding in findings:
        if finding.subject_id is not None:
            wanted.setdefault(finding.subject_type, set()).add(finding.subject_id)
    found = {(SubjectType.DEPARTMENT, row_id): row_id for row_id in wanted.pop(SubjectType.DEPARTMENT, ())}
    queries = {subject_type: select(*_DEPARTMENT_OF[subject_type]) for subject_type in _DEPARTMENT_OF}
    queries[SubjectType.WINDOW] = select(Window.id, func.coalesce(Window.department_id, Venue.department_id)) \
        .join(Venue, Window.venue_id == Venue.id)
    with db.engine.connect() as connection:
        for subject_type, ids in wanted.items():
            query = queries.get(subject_type)
            if query is None:
                continue
            if len(ids) > ID_CHUNK:  # many: one pass over the table beats the chunks of ids
                rows = (row for row in connection.execute(query) if row[0] in ids)
            else:
                rows = connection.execute(query.where(query.selected_columns[0].in_(ids)))
            found.update(((subject_type, row_id), department_id) for row_id, department_id in rows
                         if department_id is not None)
    return found


def checklist(findings: list[Finding]) -> list[ChecklistRow]:
    """Every rule of the plan, with its findings counted or what it waits for: none is silent."""
    counts: dict[tuple[str, Severity], int] = {}
    for finding in findings:
        counts[finding.rule, finding.severity] = counts.get((finding.rule, finding.severity), 0) + 1
    rows = []
    for rule in RULES.values():
        errors, warnings, infos = (counts.get((rule.id, severity), 0) for severity in Severity)
        if rule.kind is RuleKind.CHECKLIST and not errors + warnings + infos:
            state = rule.checklist
        elif rule.kind is RuleKind.PROGRESS:
            state = message("checks", "进度指标,见各领域一窗通办进度")
        elif errors or warnings:
            state = message("checks", "{errors} 个错误,{warnings} 个警告").format(errors=errors, warnings=warnings)
        elif rule.checklist is not None:
            state = message("checks", "未发现问题;{note}").format(note=rule.checklist)
        else:
            state = message("checks", "未发现问题")
        rows.append(ChecklistRow(rule, errors, warnings, infos, state))
    return rows
