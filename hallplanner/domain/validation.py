"""Field checks for records a planner edits, with messages in Chinese."""

from __future__ import annotations

from collections.abc import Mapping

from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.limits import BASIC_CODE_MAX, IMPLEMENTATION_CODE_MAX, ONLINE_DEPTH_RANGE
from hallplanner.domain.messages import Message, message
from hallplanner.domain.vocabulary import InspectionState


class ValidationError(HallPlannerError):
    def __init__(self, problems: list[Message]) -> None:
        super().__init__(";".join(problems))
        self.problems = problems


def _text(values: Mapping, key: str, label: Message, max_length: int, problems: list[Message]) -> None:
    if key not in values:
        return
    text = str(values[key] or "").strip()
    if not text:
        problems.append(message("validation", "{field}不能为空").format(field=label))
    elif len(text) > max_length:
        problems.append(message("validation", "{field}不能超过 {limit} 个字符(现为 {length} 个)")
                        .format(field=label, limit=max_length, length=len(text)))


def item_problems(values: Mapping[str, object]) -> list[Message]:
    """What is wrong with these item fields (only the fields present are checked)."""
    problems: list[Message] = []
    _text(values, "name", message("validation", "事项名称"), 200, problems)
    _text(values, "basic_code", message("validation", "基本编码"), BASIC_CODE_MAX, problems)
    _text(values, "implementation_code", message("validation", "实施编码"), IMPLEMENTATION_CODE_MAX, problems)
    for key, label in (("annual_volume", message("validation", "年办件量")),
                       ("avg_minutes", message("validation", "平均办理时长"))):
        if key in values and (not isinstance(values[key], int) or values[key] < 0):
            problems.append(message("validation", "{field}须为不小于 0 的整数").format(field=label))
    if "online_depth" in values and values["online_depth"] not in ONLINE_DEPTH_RANGE:
        problems.append(message("validation", "网办深度须为 1 至 4 级"))
    if values.get("fully_online") and values.get("online_depth", 4) != 4:
        problems.append(message("validation", "全程网办的事项网办深度须为四级"))
    if values.get("special_sensitive") and values.get("negative_list") is False:
        problems.append(message("validation", "特殊敏感事项须在负面清单内"))
    return problems


def named_problems(values: Mapping[str, object], fields: Mapping[str, tuple[Message, int]]) -> list[Message]:
    """Required text fields: key → (label, max length)."""
    problems: list[Message] = []
    for key, (label, max_length) in fields.items():
        _text(values, key, label, max_length, problems)
    return problems


def check(problems: list[Message]) -> None:
    if problems:
        raise ValidationError(problems)


def inspection_problems(values: Mapping[str, object]) -> list[Message]:
    """What is wrong with an inspection's fields (plan §四(三)); a whole record is checked."""
    problems: list[Message] = []
    _text(values, "inspector", message("validation", "督查人"), 64, problems)
    if values.get("inspected_on") is None:
        problems.append(message("validation", "督查日期不能为空"))
    state = values.get("state")
    if state is InspectionState.OPEN and not str(values.get("findings") or "").strip():
        problems.append(message("validation", "待整改的督查须写明发现的问题"))
    if state is InspectionState.RECTIFIED and values.get("rectified_on") is None:
        problems.append(message("validation", "已整改的督查须填写整改完成日期"))
    rectify_by, inspected_on = values.get("rectify_by"), values.get("inspected_on")
    if rectify_by is not None and inspected_on is not None and rectify_by < inspected_on:
        problems.append(message("validation", "整改期限不能早于督查日期"))
    return problems
