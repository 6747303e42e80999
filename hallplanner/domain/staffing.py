"""Staffing assumptions and the small calculations the checks share (plan §三(四)1).

The plan asks for one chief affairs representative per department carrying its comprehensive
authorization, whole-section entry with 三集中、三到位, and front-line windows fully staffed. The
numbers below are not the plan's: rotation terms are one city's local practice, and the demand
figures are presets a planner changes. Each says where it comes from, and the UI shows it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from hallplanner.domain.messages import Message, message

PLAN_SECTION = "§三(四)1"
# The plan names 三集中、三到位 without defining them; the checklist's points are common usage.
CHECKLIST_SECTION = "§三(四)1(三集中、三到位:通行说法,非方案原文)"
LOCAL_RULE = "R10-local"  # facts from practice, not the plan: rotation, A/B posts
LOCAL_SECTION = "本地做法(非方案要求)"

PRESET, LOCAL_PRACTICE = message("source", "预设"), message("source", "本地做法")


@dataclass(frozen=True)
class Setting:
    """A numeric assumption: what it is called, where its default comes from, its bounds."""

    label: Message
    source: Message  # where the default comes from
    minimum: float
    maximum: float
    decimals: int = 0


@dataclass(frozen=True)
class Assumptions:
    """The plan's staffing assumptions; the defaults hold until a planner changes them."""

    rep_rotation_years: int = 5
    window_rotation_years: int = 2
    rotation_notice_days: int = 90
    target_wait_s: int = 600
    service_level: float = 0.8
    shrinkage: float = 0.3
    peak_factor: float = 1.5
    working_days: int = 250
    online_onsite_share: float = 0.3
    reference_date: dt.date | None = None  # the date the checks refer to; None: the day they run

    def as_dict(self) -> dict[str, float | int | dt.date | None]:
        return {field.name: getattr(self, field.name) for field in fields(self)}


SETTINGS: dict[str, Setting] = {
    "rep_rotation_years": Setting(message("staffing", "首席事务代表轮岗年限"), LOCAL_PRACTICE, 1, 20),
    "window_rotation_years": Setting(message("staffing", "窗口人员轮岗年限"), LOCAL_PRACTICE, 1, 20),
    "rotation_notice_days": Setting(message("staffing", "轮岗提前提示天数"), PRESET, 0, 365),
    "target_wait_s": Setting(message("staffing", "目标等候时间(秒)"), PRESET, 0, 7200),
    "service_level": Setting(message("staffing", "目标时间内办理的比例"), PRESET, 0.01, 0.99, 2),
    "shrinkage": Setting(message("staffing", "缺勤率(休假、培训、轮休)"), PRESET, 0, 0.9, 2),
    "peak_factor": Setting(message("staffing", "高峰小时系数"), PRESET, 1, 5, 2),
    "working_days": Setting(message("staffing", "年工作日"), PRESET, 1, 366),
    "online_onsite_share": Setting(message("staffing", "全流程网办事项仍到现场的比例"), PRESET, 0, 1, 2),
}


def rotation_due(start: dt.date, years: int) -> dt.date:
    """``years`` after ``start`` (29 February falls to 28 February)."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return start.replace(year=start.year + years, day=28)


WEEKDAYS = "一二三四五六日"


def describe_days(days: str) -> str:
    """"12345" → 周一至周五, "6" → 周六, "135" → 周一、三、五."""
    numbers = sorted({int(day) for day in days if day in "1234567"})
    if not numbers:
        return ""
    if len(numbers) > 2 and numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"周{WEEKDAYS[numbers[0] - 1]}至周{WEEKDAYS[numbers[-1] - 1]}"
    return "周" + "、".join(WEEKDAYS[number - 1] for number in numbers)


def parse_days(text: str) -> str:
    """ISO weekday digits from "12345", "1-5" or "1,3,5"; ValueError names what is wrong."""
    digits: set[int] = set()
    for part in text.replace(",", " ").replace("、", " ").split():
        first, _, last = part.partition("-")
        if not (first.isdigit() and (not last or last.isdigit())):
            raise ValueError(f"“{text}”不是星期的写法(如 12345 或 1-5)")
        if last:
            digits.update(range(int(first), int(last) + 1))
        else:
            digits.update(int(char) for char in first)
    if not digits or not digits <= set(range(1, 8)):
        raise ValueError(f"“{text}”不是星期的写法(1 为周一,7 为周日)")
    return "".join(str(day) for day in sorted(digits))
