"""Field checks for records a planner edits, with messages in Chinese."""

from __future__ import annotations

from collections.abc import Mapping

from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.limits import BASIC_CODE_MAX, IMPLEMENTATION_CODE_MAX, ONLINE_DEPTH_RANGE


class ValidationError(HallPlannerError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__(";".join(problems))
        self.problems = problems


def _text(values: Mapping, key: str, label: str, max_length: int, problems: list[str]) -> None:
    if key not in values:
        return
    text = str(values[key] or "").strip()
    if not text:
        problems.append(f"{label}不能为空")
    elif len(text) > max_length:
        problems.append(f"{label}不能超过 {max_length} 个字符(现为 {len(text)} 个)")


def item_problems(values: Mapping[str, object]) -> list[str]:
    """What is wrong with these item fields (only the fields present are checked)."""
    problems: list[str] = []
    _text(values, "name", "事项名称", 200, problems)
    _text(values, "basic_code", "基本编码", BASIC_CODE_MAX, problems)
    _text(values, "implementation_code", "实施编码", IMPLEMENTATION_CODE_MAX, problems)
    for key, label in (("annual_volume", "年办件量"), ("avg_minutes", "平均办理时长")):
        if key in values and (not isinstance(values[key], int) or values[key] < 0):
            problems.append(f"{label}须为不小于 0 的整数")
    if "online_depth" in values and values["online_depth"] not in ONLINE_DEPTH_RANGE:
        problems.append("网办深度须为 1 至 4 级")
    if values.get("fully_online") and values.get("online_depth", 4) != 4:
        problems.append("全程网办的事项网办深度须为四级")
    if values.get("special_sensitive") and values.get("negative_list") is False:
        problems.append("特殊敏感事项须在负面清单内")
    return problems


def named_problems(values: Mapping[str, object], fields: Mapping[str, tuple[str, int]]) -> list[str]:
    """Required text fields: key → (label, max length)."""
    problems: list[str] = []
    for key, (label, max_length) in fields.items():
        _text(values, key, label, max_length, problems)
    return problems


def check(problems: list[str]) -> None:
    if problems:
        raise ValidationError(problems)
