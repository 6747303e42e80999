"""Field checks of the records a planner edits: limits of the provincial platform, messages in Chinese."""

from __future__ import annotations

import pytest

from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.validation import ValidationError, check, item_problems, named_problems


def test_only_the_fields_given_are_checked():
    # An edit of one field must not fail on the fields it leaves alone.
    assert item_problems({}) == []
    assert item_problems({"annual_volume": 120}) == []
    # Flags whose partner field is not part of the edit: the partner is not judged.
    assert item_problems({"special_sensitive": True}) == []
    assert item_problems({"fully_online": True}) == []


@pytest.mark.parametrize("name", ["", "   ", None])
def test_an_item_has_a_name(name):
    assert item_problems({"name": name}) == ["事项名称不能为空"]


def test_an_item_name_has_at_most_200_characters():
    assert item_problems({"name": "办" * 200}) == []
    assert item_problems({"name": f"  {'办' * 200}  "}) == [], "surrounding spaces do not count"
    assert item_problems({"name": "办" * 201}) == ["事项名称不能超过 200 个字符(现为 201 个)"]


@pytest.mark.parametrize(("key", "label", "limit"), [("basic_code", "基本编码", 12), ("implementation_code", "实施编码", 36)])
def test_codes_fit_the_provincial_platform(key, label, limit):
    assert item_problems({key: "1" * limit}) == []
    assert item_problems({key: "1" * (limit + 1)}) == [f"{label}不能超过 {limit} 个字符(现为 {limit + 1} 个)"]
    assert item_problems({key: ""}) == [f"{label}不能为空"]


@pytest.mark.parametrize(("key", "label"), [("annual_volume", "年办件量"), ("avg_minutes", "平均办理时长")])
def test_counts_are_whole_numbers_from_zero(key, label):
    assert item_problems({key: 0}) == []
    assert item_problems({key: 250_000}) == []
    for wrong in (-1, 1.5, "12", None):
        assert item_problems({key: wrong}) == [f"{label}须为不小于 0 的整数"], wrong


def test_online_depth_is_level_one_to_four():
    for depth in (1, 2, 3, 4):
        assert item_problems({"online_depth": depth}) == []
    for wrong in (0, 5, None, "4"):
        assert item_problems({"online_depth": wrong}) == ["网办深度须为 1 至 4 级"], wrong


def test_a_fully_online_item_is_online_to_level_four():
    assert item_problems({"fully_online": True, "online_depth": 3}) == ["全程网办的事项网办深度须为四级"]
    assert item_problems({"fully_online": True, "online_depth": 4}) == []
    assert item_problems({"fully_online": False, "online_depth": 3}) == []


def test_a_special_sensitive_item_is_on_the_negative_list():
    # Plan §三(二)3: the special sensitive items are negative-list items that get no sub-center.
    assert item_problems({"special_sensitive": True, "negative_list": False}) == ["特殊敏感事项须在负面清单内"]
    assert item_problems({"special_sensitive": True, "negative_list": True}) == []
    assert item_problems({"special_sensitive": False, "negative_list": False}) == []


def test_every_problem_is_reported_at_once():
    problems = item_problems({"name": "", "basic_code": "1" * 13, "annual_volume": -5})
    assert problems == ["事项名称不能为空", "基本编码不能超过 12 个字符(现为 13 个)", "年办件量须为不小于 0 的整数"]
    with pytest.raises(ValidationError) as error:
        check(problems)
    assert error.value.problems == problems
    assert str(error.value) == ";".join(problems)
    assert isinstance(error.value, HallPlannerError), "shown to the planner as it is"


def test_no_problems_pass():
    check([])


def test_named_records_have_their_required_texts():
    fields = {"name": ("场所名称", 50), "address": ("地址", 100)}
    assert named_problems({"name": "市民中心"}, fields) == []
    assert named_problems({"name": " ", "address": "路" * 101}, fields) == [
        "场所名称不能为空", "地址不能超过 100 个字符(现为 101 个)"]
