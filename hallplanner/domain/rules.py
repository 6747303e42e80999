"""Rules of the plan that an edit must keep, checked before it is made, whatever path it comes by.

Each rule is defined in ``plan_rules.RULES``; these are the checks an edit meets first.
R3 also has a predicate over the whole edit (``checks.is_withdrawn``), which the editor
applies after every edit and the plan checks report with.
"""

from __future__ import annotations

from collections.abc import Iterable

from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.messages import message
from hallplanner.domain.plan_time import CENTER_KINDS
from hallplanner.domain.vocabulary import EntryStatus, PlaceRole, VenueKind, VenueStatus


class RuleViolation(HallPlannerError):
    """An edit the plan forbids; the message cites the plan."""

    def __init__(self, rule: str, text: str) -> None:
        super().__init__(text)
        self.rule = rule


def check_place_kept(item_name: str, status: EntryStatus, venue_kind: VenueKind, old_role: PlaceRole,
                     new_role: PlaceRole | None) -> None:
    """R3/R4: an entered item keeps the center as its main place.

    ``new_role`` None means the place is removed.
    """
    if status is EntryStatus.ENTERED and venue_kind in CENTER_KINDS and old_role is PlaceRole.MAIN \
            and new_role is not PlaceRole.MAIN:
        raise RuleViolation("R3", message(
            "rules",
            "“{item}”已进驻政务服务中心,不得撤出,中心须保持为主办理点(方案§二(一)、§二(二))。可以改到中心的其他窗口。",
        ).format(item=item_name))


def check_status_change(item_name: str, old: EntryStatus, new: EntryStatus) -> None:
    """R3: an item that has entered stays entered."""
    if old is EntryStatus.ENTERED and new is not EntryStatus.ENTERED:
        raise RuleViolation("R3", message("rules", "“{item}”已进驻政务服务中心,不得撤出(方案§二(一))。")
                            .format(item=item_name))


def check_venue_open(venue_name: str, status: VenueStatus) -> None:
    """A closed venue handles nothing: not a rule of the plan, a fact of the data."""
    if status is VenueStatus.CLOSED:
        raise HallPlannerError(message("rules", "“{venue}”已撤销,不能再安排事项。").format(venue=venue_name))


def merged_status(statuses: Iterable[EntryStatus]) -> EntryStatus:
    """R6: a merged item that contains an entered item has entered."""
    statuses = list(statuses)
    for status in (EntryStatus.ENTERED, EntryStatus.PLANNED, EntryStatus.SUB_CENTER, EntryStatus.SPECIAL_SITE):
        if status in statuses:
            return status
    return EntryStatus.OUTSIDE
