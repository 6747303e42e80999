"""What a check says about the plan: a finding names a rule, a subject and what to do.

Every check (plan rules, staffing, signboards, the floor plan) reports ``Finding`` rows;
the findings panel, ``hallplanner check`` and the reports show them alike. ``rule`` is the
id the rule has in ``PLAN-RULES.md`` (``R4``); a fact from practice rather than the plan
has its own id and names its source in ``section``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from hallplanner.domain.messages import message
from hallplanner.domain.vocabulary import Labelled


class Severity(Labelled):
    """How much a finding matters: an error breaks the plan, a warning asks for a decision."""

    ERROR = "error", message("Severity", "错误")
    WARNING = "warning", message("Severity", "警告")
    INFO = "info", message("Severity", "提示")


class SubjectType(Labelled):
    """What a finding is about; with ``subject_id`` the GUI can jump to it."""

    ITEM = "item", message("SubjectType", "事项")
    VENUE = "venue", message("SubjectType", "办理场所")
    WINDOW = "window", message("SubjectType", "窗口")
    DEPARTMENT = "department", message("SubjectType", "部门")
    STAFF = "staff", message("SubjectType", "人员")
    PLAN = "plan", message("SubjectType", "方案")


SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a check found: which rule, how serious, about what, and what to do."""

    rule: str  # id as in PLAN-RULES.md: "R4"; practice rules name their own
    severity: Severity
    subject_type: SubjectType
    subject_id: int | None  # row id of the subject; None for the plan as a whole
    subject: str  # the subject as the planner names it: item name, "A12 公安事务综合窗口"
    message: str  # Chinese: what is wrong and what to do
    section: str  # where the rule comes from: "§二(二)", "GB 55019-2021 3.2.1"

    def sort_key(self) -> tuple:
        return (SEVERITY_ORDER[self.severity], rule_sort_key(self.rule), self.subject_type.value,
                self.subject, self.message)

    def as_json(self) -> dict[str, object]:
        return {"rule": self.rule, "severity": self.severity.value,
                "subject_type": self.subject_type.value, "subject_id": self.subject_id,
                "subject": self.subject, "message": str(self.message), "section": self.section}


@cache
def rule_sort_key(rule: str) -> tuple[int, str]:
    """R2 before R10, R12 before R12a; other ids after the plan's."""
    digits = "".join(ch for ch in rule[1:] if ch.isdigit()) if rule.startswith("R") else ""
    return (int(digits), rule) if digits else (10_000, rule)
