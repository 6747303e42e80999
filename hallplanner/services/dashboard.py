"""The 总览 page's figures: each department's and each region's progress, staffing gaps and open findings.

One whole check of the plan as of the day (``services.checks.check_plan``) gives the entry
progress and every finding; each finding is counted for the department its subject belongs to.
Run in the background like any read.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from sqlalchemy import select

from hallplanner.db.database import Database
from hallplanner.db.schema import Department, Region
from hallplanner.domain.findings import Severity, SubjectType
from hallplanner.services.checks import check_plan, subject_departments
from hallplanner.services.dashboard_views import Dashboard, ProgressRow

STAFFING_RULES = ("R10", "R10-local")


def dashboard(db: Database, as_of: dt.date | None = None) -> Dashboard:
    report = check_plan(db, as_of)
    owners = subject_departments(db, report.findings)
    errors: Counter[int] = Counter()
    warnings: Counter[int] = Counter()
    gaps: Counter[int] = Counter()
    for finding in report.findings:
        department = owners.get((finding.subject_type, finding.subject_id)) \
            if finding.subject_type is not SubjectType.PLAN else None
        if department is None or finding.severity is Severity.INFO:
            continue
        if finding.rule in STAFFING_RULES:
            gaps[department] += 1
        else:
            (errors if finding.severity is Severity.ERROR else warnings)[department] += 1
    with db.reading() as session:
        names = {row.id: (row.short_name, row.region) for row in session.execute(
            select(Department.id, Department.short_name, Region.name.label("region")).join(Region))}
    progress = {row.department_id: row for row in report.progress}
    rows = []
    for department_id, (short_name, region) in names.items():
        entry = progress.get(department_id)
        if entry is None and not (errors[department_id] or warnings[department_id] or gaps[department_id]):
            continue  # nothing to enter and nothing open: not worth a bar
        rows.append(ProgressRow(
            short_name, region, entry.due_on if entry else None, entry.to_enter if entry else 0,
            entry.entered if entry else 0, entry.planned if entry else 0, entry.overdue if entry else 0,
            gaps[department_id], errors[department_id], warnings[department_id]))
    rows.sort(key=lambda row: (-row.to_enter, row.name))
    by_region: dict[str, list[ProgressRow]] = defaultdict(list)
    for row in rows:
        by_region[row.region].append(row)
    regions = tuple(ProgressRow(region, region, min((r.due_on for r in group if r.due_on), default=None),
                                *(sum(getattr(r, field) for r in group) for field in (
                                    "to_enter", "entered", "planned", "overdue", "staffing_gaps", "errors",
                                    "warnings")))
                    for region, group in by_region.items())
    return Dashboard(report.as_of, tuple(rows), regions, report.count(Severity.ERROR),
                     report.count(Severity.WARNING))
