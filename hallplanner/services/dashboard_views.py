"""What the 总览 page shows: plain rows, no SQLAlchemy (the GUI imports this module)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ProgressRow:
    """A department's (or a region's) progress at a glance on the day."""

    name: str
    region: str
    due_on: dt.date | None
    to_enter: int  # items of the base outside the negative list
    entered: int
    planned: int  # not entered yet, with a center window
    overdue: int  # not entered, deadline passed
    staffing_gaps: int  # staffing findings (R10 and local practice): errors and warnings
    errors: int  # the other findings about the department's items, venues, windows, staff
    warnings: int

    @property
    def open_findings(self) -> int:
        return self.staffing_gaps + self.errors + self.warnings

    @property
    def waiting(self) -> int:
        """Not entered and without a center window yet."""
        return max(self.to_enter - self.entered - self.planned, 0)


@dataclass(frozen=True, slots=True)
class Dashboard:
    as_of: dt.date
    departments: tuple[ProgressRow, ...]
    regions: tuple[ProgressRow, ...]  # each region's departments summed: the districts side by side
    errors: int
    warnings: int
