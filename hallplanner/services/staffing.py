"""Staffing (plan §三(四)1): the checks, and the report the staffing view and command show.

``staffing_findings(session, as_of)`` is what the plan checks call (rule R10, and ``R10-local``
for local practice: rotation terms, A/B posts). ``staffing_report(db, as_of)`` reads everything
the staffing view and ``hallplanner staffing`` show; ``staffing_table`` turns it into columns and
rows for an exporter. What they read is ``services.staffing_plan``; the window demand by Erlang C
is ``services.staffing_demand``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy.orm import Session

from hallplanner.db.database import Database
from hallplanner.db.schema import Department, StaffMember
from hallplanner.domain.findings import Finding, Severity, SubjectType
from hallplanner.domain.messages import message
from hallplanner.domain.rules import CENTER_KINDS
from hallplanner.domain.staffing import CHECKLIST_SECTION, Assumptions, rotation_due
from hallplanner.domain.vocabulary import (
    AuthorizationCoverage,
    ChecklistPoint,
    ChecklistState,
    Post,
    StaffRole,
)
from hallplanner.services.staffing_demand import window_demand
from hallplanner.services.staffing_plan import (
    StaffingPlan,
    covers,
    staffing_finding,
    window_label,
)
from hallplanner.services.staffing_views import (
    LIST_SEPARATOR,
    ChecklistView,
    DepartmentChoice,
    DepartmentStaffing,
    PostView,
    SessionView,
    StaffingReport,
    StaffView,
    WindowChoice,
    status_label,
)


def _covered(person: StaffMember, items: dict[int, tuple[str, str]]) -> set[int]:
    if not person.authorization_written:
        return set()
    coverage = person.authorization_coverage
    if coverage is AuthorizationCoverage.ALL:
        return set(items)
    if coverage is AuthorizationCoverage.LISTED:
        return {authorized.item_id for authorized in person.authorized_items}
    if coverage is AuthorizationCoverage.CATEGORY:
        return {item_id for item_id, (_, category) in items.items() if category == person.authorization_category}
    return set()


def _department_findings(plan: StaffingPlan, department: Department) -> list[Finding]:
    items = plan.center_items.get(department.id, {})
    if not items:
        return []
    name = department.full_name
    found = []
    chiefs = [p for p in plan.staff if p.department_id == department.id and p.role is StaffRole.CHIEF_REPRESENTATIVE]
    if not chiefs:
        found.append(staffing_finding(Severity.ERROR, SubjectType.DEPARTMENT, department.id, name, message(
            "staffing", "有 {count} 个事项在政务服务中心办理,但未设首席事务代表").format(count=len(items))))
    elif len(chiefs) > 1:
        found.append(staffing_finding(Severity.ERROR, SubjectType.DEPARTMENT, department.id, name, message(
            "staffing", "设有 {count} 名首席事务代表({names}),应只有一名").format(
            count=len(chiefs), names=LIST_SEPARATOR.join(p.name for p in chiefs))))
    for chief in chiefs:
        subject = f"{chief.name}({department.short_name}{chief.role.label})"
        if not chief.full_time:
            found.append(staffing_finding(Severity.ERROR, SubjectType.STAFF, chief.id, subject, message(
                "staffing", "首席事务代表未全职派驻政务服务中心")))
        elif chief.venue is None or chief.venue.kind not in CENTER_KINDS:
            found.append(staffing_finding(Severity.ERROR, SubjectType.STAFF, chief.id, subject, message(
                "staffing", "首席事务代表未派驻在政务服务中心")))
        if not chief.authorization_written:
            found.append(staffing_finding(Severity.ERROR, SubjectType.STAFF, chief.id, subject, message(
                "staffing", "没有书面的部门业务综合授权")))
            continue
        if chief.authorization_date is None:
            found.append(staffing_finding(Severity.WARNING, SubjectType.STAFF, chief.id, subject, message(
                "staffing", "书面授权未注明日期")))
        missing = sorted(set(items) - _covered(chief, items))
        if missing:
            found.append(staffing_finding(Severity.ERROR, SubjectType.STAFF, chief.id, subject, message(
                "staffing", "授权未覆盖本部门在中心办理的 {count} 个事项(如“{item}”)").format(
                count=len(missing), item=items[missing[0]][0])))
    found.extend(_checklist_findings(department))
    return found


def _checklist_findings(department: Department) -> list[Finding]:
    states = {entry.point: entry.state for entry in department.checklist}
    if not states:
        return [staffing_finding(Severity.INFO, SubjectType.DEPARTMENT, department.id, department.full_name, message(
            "staffing", "整建制进驻与三集中、三到位尚未评估"), section=CHECKLIST_SECTION)]
    found = []
    for point in ChecklistPoint:
        state = states.get(point)
        if state is ChecklistState.DONE:
            continue
        text = (message("staffing", "“{point}”尚未评估") if state is None
                else message("staffing", "“{point}”:{state}")).format(point=point.label, state=state.label if state else "")
        severity = Severity.INFO if state is None else Severity.WARNING
        found.append(staffing_finding(severity, SubjectType.DEPARTMENT, department.id, department.full_name, text,
                              section=CHECKLIST_SECTION))
    return found


def _window_findings(plan: StaffingPlan) -> list[Finding]:
    found = []
    unscheduled = set()
    for window in plan.windows:
        if not plan.in_service(window):
            continue
        sessions = window.venue.sessions
        if not sessions:
            unscheduled.add(window.venue)
            continue
        subject = f"{window.venue.name} {window_label(window)}"
        posts = plan.posts_at.get(window.id, [])
        no_a = [s.name for s in sessions if not any(p.post is Post.A and covers(p, s.id) for p in posts)]
        no_b = [s.name for s in sessions if not any(p.post is Post.B and covers(p, s.id) for p in posts)]
        if no_a:
            found.append(staffing_finding(Severity.ERROR, SubjectType.WINDOW, window.id, subject, message(
                "staffing", "{sessions}无人值守(无A岗人员),一线窗口人员未配齐").format(sessions=LIST_SEPARATOR.join(no_a))))
        if no_b:
            found.append(staffing_finding(Severity.WARNING, SubjectType.WINDOW, window.id, subject, message(
                "staffing", "{sessions}没有B岗顶岗人员(AB岗,本地做法)").format(sessions=LIST_SEPARATOR.join(no_b)), local=True))
        needed: dict[str, int] = {}
        for item_id in sorted(plan.items_at_window.get(window.id, ())):
            for qualification in plan.requirements.get(item_id, ()):
                needed.setdefault(qualification, item_id)
        for qualification, item_id in needed.items():
            lacking = [s.name for s in sessions
                       if not any(p.post is Post.A and covers(p, s.id)
                                  and qualification in {q.qualification for q in p.staff.qualifications}
                                  for p in posts)]
            if lacking:
                found.append(staffing_finding(Severity.ERROR, SubjectType.WINDOW, window.id, subject, message(
                    "staffing", "办理“{item}”须具备“{qualification}”,{sessions}值守的A岗人员无人具备").format(
                    item=plan.item_names[item_id], qualification=qualification, sessions=LIST_SEPARATOR.join(lacking))))
    for venue in sorted(unscheduled, key=lambda v: v.id):
        found.append(staffing_finding(Severity.INFO, SubjectType.VENUE, venue.id, venue.name, message(
            "staffing", "未设开放时间,无法检查窗口值守和窗口需求")))
    return found


def _rotation_findings(plan: StaffingPlan, as_of: dt.date) -> list[Finding]:
    found = []
    for person in plan.staff:
        due = _rotation_due(plan.assumptions, person)
        if due is None:
            continue
        subject = f"{person.name}({person.department.short_name}{person.role.label})"
        years = (plan.assumptions.rep_rotation_years if person.role is StaffRole.CHIEF_REPRESENTATIVE
                 else plan.assumptions.window_rotation_years)
        if due <= as_of:
            found.append(staffing_finding(Severity.WARNING, SubjectType.STAFF, person.id, subject, message(
                "staffing", "任职已满 {years} 年({due} 到期),应轮岗(本地做法)").format(years=years, due=due.isoformat()),
                local=True))
        elif (due - as_of).days <= plan.assumptions.rotation_notice_days:
            found.append(staffing_finding(Severity.INFO, SubjectType.STAFF, person.id, subject, message(
                "staffing", "{due} 任职满 {years} 年,届时应轮岗(本地做法)").format(years=years, due=due.isoformat()),
                local=True))
    return found


def _rotation_due(assumptions: Assumptions, person: StaffMember) -> dt.date | None:
    if person.start_date is None or person.role is StaffRole.BACK_OFFICE:
        return None
    years = (assumptions.rep_rotation_years if person.role is StaffRole.CHIEF_REPRESENTATIVE
             else assumptions.window_rotation_years)
    return rotation_due(person.start_date, years)


def staffing_findings(session: Session, as_of: dt.date) -> list[Finding]:
    """Every staffing finding of the plan (R10 and local practice) as of ``as_of``, sorted."""
    plan = StaffingPlan(session, as_of)
    as_of = plan.as_of
    found = [finding for department in plan.departments for finding in _department_findings(plan, department)]
    found += _window_findings(plan) + _rotation_findings(plan, as_of) + window_demand(plan)[2]
    return sorted(found, key=Finding.sort_key)


def staffing_report(db: Database, as_of: dt.date | None = None) -> StaffingReport:
    with db.reading() as session:
        return build_report(session, as_of)


def build_report(session: Session, as_of: dt.date | None) -> StaffingReport:
    plan = StaffingPlan(session, as_of)
    as_of = plan.as_of
    by_department: dict[int, list[Finding]] = defaultdict(list)
    department_findings = []
    for department in plan.departments:
        own = _department_findings(plan, department)
        department_findings += own
        by_department[department.id] += own
    window_findings, rotation_findings = _window_findings(plan), _rotation_findings(plan, as_of)
    groups, pools, demand_findings = window_demand(plan)
    staff_department = {person.id: person.department_id for person in plan.staff}
    window_department = {window.id: window.department_id for window in plan.windows}
    for finding in rotation_findings:
        by_department[staff_department[finding.subject_id]].append(finding)
    for finding in window_findings:
        if finding.subject_type is SubjectType.WINDOW and window_department.get(finding.subject_id) is not None:
            by_department[window_department[finding.subject_id]].append(finding)
    departments = []
    for department in plan.departments:
        people = [p for p in plan.staff if p.department_id == department.id]
        if not plan.center_items.get(department.id) and not people:
            continue
        states = {entry.point: entry for entry in department.checklist}
        departments.append(DepartmentStaffing(
            id=department.id, full_name=department.full_name, short_name=department.short_name,
            center_items=len(plan.center_items.get(department.id, {})),
            chief=LIST_SEPARATOR.join(p.name for p in people if p.role is StaffRole.CHIEF_REPRESENTATIVE),
            window_staff=sum(p.role is StaffRole.WINDOW for p in people),
            back_office=sum(p.role is StaffRole.BACK_OFFICE for p in people),
            checklist=tuple(ChecklistView(point, states[point].state if point in states else None,
                                          states[point].note if point in states else "") for point in ChecklistPoint),
            findings=tuple(sorted(by_department[department.id], key=Finding.sort_key))))
    findings = sorted(department_findings + window_findings + rotation_findings + demand_findings,
                      key=Finding.sort_key)
    categories: dict[int, set[str]] = defaultdict(set)
    for row in plan.places:
        if row.category:
            categories[row.department_id].add(row.category)
    return StaffingReport(
        as_of=as_of, assumptions=plan.assumptions, settings_version=plan.settings_version,
        departments=tuple(departments), groups=tuple(groups), pools=tuple(pools),
        staff=tuple(_staff_view(plan, person) for person in plan.staff),
        sessions=tuple(SessionView(s.id, s.version, venue.id, s.name, s.days, s.opens, s.closes)
                       for venue in plan.venues for s in venue.sessions),
        venues=tuple((venue.id, venue.name) for venue in plan.venues),
        windows=tuple(WindowChoice(window.id, window.venue_id, window_label(window)) for window in plan.windows),
        department_choices=tuple(DepartmentChoice(
            department.id, department.short_name, tuple(sorted(categories[department.id])),
            tuple((item_id, name, category) for item_id, (name, category)
                  in sorted(plan.center_items.get(department.id, {}).items())))
            for department in plan.departments),
        findings=tuple(findings),
        item_requirements=tuple((item_id, tuple(needed)) for item_id, needed in sorted(plan.requirements.items())))


def _staff_view(plan: StaffingPlan, person: StaffMember) -> StaffView:
    return StaffView(
        id=person.id, version=person.version, name=person.name, department_id=person.department_id,
        department=person.department.short_name, role=person.role, full_time=person.full_time,
        start_date=person.start_date, venue_id=person.venue_id, venue=person.venue.name if person.venue else "",
        authorization_written=person.authorization_written, authorization_date=person.authorization_date,
        authorization_coverage=person.authorization_coverage, authorization_category=person.authorization_category,
        authorized_items=tuple(a.item_id for a in person.authorized_items),
        qualifications=tuple(q.qualification for q in person.qualifications), note=person.note,
        posts=tuple(PostView(p.window_id, window_label(p.window), p.post, p.session_id,
                             p.session.name if p.session else "") for p in person.posts),
        rotation_due=_rotation_due(plan.assumptions, person))


# The staffing table, for exporters (columns and rows, no file format here).

STAFFING_COLUMNS = (
    message("staffing table", "部门"),
    message("staffing table", "状态"),
    message("staffing table", "中心办理事项"),
    message("staffing table", "首席事务代表"),
    message("staffing table", "窗口人员"),
    message("staffing table", "后台人员"),
    message("staffing table", "问题"),
)
GROUP_COLUMNS = (
    message("staffing table", "场所"),
    message("staffing table", "窗口组"),
    message("staffing table", "状态"),
    message("staffing table", "规划窗口"),
    message("staffing table", "高峰所需窗口"),
    message("staffing table", "值守齐全的窗口"),
    message("staffing table", "所需人员"),
    message("staffing table", "在岗人员"),
    message("staffing table", "高峰每小时到达"),
    message("staffing table", "平均办理分钟"),
    message("staffing table", "服务水平"),
    message("staffing table", "平均等候秒"),
    message("staffing table", "问题"),
)


def staffing_table(report: StaffingReport) -> tuple[tuple[str, ...], list[tuple]]:
    """Per department: status, demand and staffing, findings; the exporter writes these as they are."""
    rows = [(d.full_name, status_label(d.status), d.center_items, d.chief, d.window_staff, d.back_office,
             _joined(d.findings)) for d in report.departments]
    return STAFFING_COLUMNS, rows


def window_group_table(report: StaffingReport) -> tuple[tuple[str, ...], list[tuple]]:
    """Per window group: planned, required, staffed; the second sheet of the staffing export."""
    rows = []
    for g in report.groups:
        needed = g.needed
        rows.append((g.venue, g.label, status_label(g.status), g.planned, needed.windows if needed else None,
                     g.staffed_windows, needed.positions if needed else None, g.staffed_people,
                     round(g.peak_arrivals, 1), round(g.aht_min, 1),
                     round(needed.service_level, 3) if needed else None,
                     round(needed.asa_s) if needed else None, _joined(g.findings)))
    return GROUP_COLUMNS, rows


def _joined(findings: Iterable[Finding]) -> str:
    return ";".join(f"{f.subject}:{f.message}" for f in findings)
