"""The plan's rules that every edit keeps (PLAN-RULES.md R3, R4, R6), without Qt or a database."""

from __future__ import annotations

import itertools

import pytest

from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.rules import (
    RuleViolation,
    check_place_kept,
    check_status_change,
    check_venue_open,
    merged_status,
)
from hallplanner.domain.vocabulary import EntryStatus, PlaceRole, VenueKind, VenueStatus

ENTERED = EntryStatus.ENTERED
NOT_ENTERED = [status for status in EntryStatus if status is not ENTERED]
# The service centers an item enters (plan §二(一)): the city's and the districts'.
CENTERS = [VenueKind.CITY_CENTER, VenueKind.DISTRICT_CENTER]
OTHER_PLACES = [kind for kind in VenueKind if kind not in CENTERS]
ITEM = "普通护照签发"


def groups(statuses: list[EntryStatus], sizes: tuple[int, ...]) -> list[tuple[EntryStatus, ...]]:
    """Every group of ``sizes`` statuses, repeats allowed, each once whatever its order."""
    return [group for size in sizes for group in itertools.combinations_with_replacement(statuses, size)]


def test_a_broken_rule_reaches_the_planner_as_a_message():
    assert issubclass(RuleViolation, HallPlannerError)


@pytest.mark.parametrize("new", NOT_ENTERED)
def test_an_entered_item_cannot_be_withdrawn(new):
    with pytest.raises(RuleViolation, match=f"“{ITEM}”已进驻政务服务中心,不得撤出") as error:
        check_status_change(ITEM, ENTERED, new)
    assert error.value.rule == "R3"


@pytest.mark.parametrize(("old", "new"), [*itertools.product(NOT_ENTERED, EntryStatus), (ENTERED, ENTERED)])
def test_every_other_status_change_is_the_planners_choice(old, new):
    check_status_change(ITEM, old, new)


@pytest.mark.parametrize("center", CENTERS)
@pytest.mark.parametrize("new_role", [None, PlaceRole.EXTENSION], ids=["place removed", "made an extension"])
def test_an_entered_item_keeps_the_center_as_its_main_place(center, new_role):
    with pytest.raises(RuleViolation, match="中心须保持为主办理点") as error:
        check_place_kept(ITEM, ENTERED, center, PlaceRole.MAIN, new_role)
    assert error.value.rule == "R3"
    assert ITEM in str(error.value) and "可以改到中心的其他窗口" in str(error.value)


@pytest.mark.parametrize("center", CENTERS)
def test_an_entered_item_may_move_to_another_window_of_the_center(center):
    check_place_kept(ITEM, ENTERED, center, PlaceRole.MAIN, PlaceRole.MAIN)


@pytest.mark.parametrize("place", OTHER_PLACES)
@pytest.mark.parametrize("role", PlaceRole)
def test_an_entered_item_may_give_up_its_places_outside_the_center(place, role):
    # R4: a place outside the center is kept only by the planner's decision.
    check_place_kept(ITEM, ENTERED, place, role, None)


@pytest.mark.parametrize("status", NOT_ENTERED)
@pytest.mark.parametrize("center", CENTERS)
def test_an_item_not_yet_entered_may_leave_the_center(status, center):
    check_place_kept(ITEM, status, center, PlaceRole.MAIN, None)


def test_a_closed_venue_takes_no_items():
    with pytest.raises(HallPlannerError, match="“科技分中心”已撤销,不能再安排事项") as refused:
        check_venue_open("科技分中心", VenueStatus.CLOSED)
    assert not isinstance(refused.value, RuleViolation), "a closed venue is data, not a rule of the plan"
    check_venue_open("市民中心", VenueStatus.OPEN)


@pytest.mark.parametrize("others", groups(list(EntryStatus), (1, 2)))
def test_a_merge_that_contains_an_entered_item_has_entered(others):
    for order in set(itertools.permutations([ENTERED, *others])):
        assert merged_status(iter(order)) is ENTERED, order


@pytest.mark.parametrize("parts", groups(NOT_ENTERED, (1, 2, 3)))
def test_a_merge_of_items_not_entered_has_not_entered(parts):
    # Nor does it invent a status: the merged item stands where one of its parts stood.
    results = {merged_status(iter(order)) for order in itertools.permutations(parts)}
    assert len(results) == 1, "the order of the parts does not matter"
    assert results.pop() in parts


@pytest.mark.parametrize("status", EntryStatus)
def test_a_merge_of_items_alike_keeps_their_status(status):
    assert merged_status([status, status]) is status
