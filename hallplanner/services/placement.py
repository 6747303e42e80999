"""Assigning items to windows and places, roles, entry and the old places (plan §二(一)–(二)).

Entering is the plan over time (``domain.plan_time``): the item's center place opens on
the entry date and, on the same day, its old places elsewhere close, unless the planner
keeps one (R4), with its reason, as an extension window. Closing is the default: the plan
keeps in principle no place outside the center (原则上中心以外的办理点不再保留).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy.orm import Session

from hallplanner.db.schema import HandlingPlace, ServiceItem, Venue, Window
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.messages import Message, message
from hallplanner.domain.plan_time import CENTER_KINDS
from hallplanner.domain.rules import check_place_kept, check_venue_open
from hallplanner.domain.vocabulary import EntryStatus, KeepReason, PlaceRole
from hallplanner.services.editor import Edit, EditorBase, describe_items
from hallplanner.services.plan_facts import plan_day


class PlacementEdits(EditorBase):
    def assign(self, item_ids: Iterable[int], window_id: int, role: PlaceRole | None = None) -> Edit:
        """Handle the items at a window: a new place, or another window of the same venue."""

        def work(session: Session) -> Message:
            window = self._get(session, Window, window_id)
            check_venue_open(window.venue.name, window.venue.status)
            items = self._items(session, item_ids)
            at_center = window.venue.kind in CENTER_KINDS
            today = plan_day(session)
            for item in items:
                place = next((p for p in item.places if p.venue_id == window.venue_id), None)
                others_main = [p for p in item.places if p is not place and p.role is PlaceRole.MAIN]
                if place is None:
                    default = PlaceRole.MAIN if at_center or not others_main else PlaceRole.EXTENSION
                    place = HandlingPlace(venue=window.venue, window=window, role=role or default)
                    item.places.append(place)
                    if at_center and place.role is PlaceRole.MAIN and item.status is EntryStatus.ENTERED:
                        # An entered item gets its center window now: it is handled there from today.
                        self._enter(item, place, today)
                else:
                    if role is not None and role is not place.role:
                        check_place_kept(item.name, item.status, window.venue.kind, place.role, role)
                        place.role = role
                    place.window = window
            return message("placement", "把{items}分配到 {number} {window}").format(
                items=describe_items(items), number=window.number, window=window.name)

        return self._run(work)

    def unassign(self, item_ids: Iterable[int], venue_id: int) -> Edit:
        """Stop handling the items at a venue; an entered item never leaves the center."""

        def work(session: Session) -> Message:
            venue = self._get(session, Venue, venue_id)
            items = self._items(session, item_ids)
            removed = []
            for item in items:
                for place in [p for p in item.places if p.venue_id == venue_id]:
                    check_place_kept(item.name, item.status, venue.kind, place.role, None)
                    item.places.remove(place)
                    removed.append(item)
            if not removed:
                raise HallPlannerError(message("placement", "所选事项不在“{venue}”办理").format(venue=venue.name))
            return message("placement", "从“{venue}”移除{items}").format(venue=venue.name, items=describe_items(removed))

        return self._run(work)

    def take_out_of_windows(self, item_ids: Iterable[int]) -> Edit:
        """Take each item out of the venue of its first window, all in one transaction."""

        def work(session: Session) -> Message:
            items = self._items(session, item_ids)
            removed = []
            for item in items:
                place = next((p for p in item.places if p.window_id is not None), None)
                if place is None:
                    continue
                check_place_kept(item.name, item.status, place.venue.kind, place.role, None)
                item.places.remove(place)
                removed.append(item)
            if not removed:
                raise HallPlannerError(message("placement", "所选事项都还没有分配窗口"))
            return message("placement", "把{items}移出所在窗口").format(items=describe_items(removed))

        return self._run(work)

    def set_role(self, item_id: int, venue_id: int, role: PlaceRole) -> Edit:
        def work(session: Session) -> Message:
            [item] = self._items(session, [item_id])
            place = next((p for p in item.places if p.venue_id == venue_id), None)
            if place is None:
                raise HallPlannerError(message("placement", "“{item}”不在该场所办理").format(item=item.name))
            check_place_kept(item.name, item.status, place.venue.kind, place.role, role)
            place.role = role
            return message("placement", "把“{item}”在“{venue}”设为{role}").format(
                item=item.name, venue=place.venue.name, role=role.label)

        return self._run(work)

    def set_status(self, item_ids: Iterable[int], status: EntryStatus, reason: str = "",
                   on: dt.date | None = None) -> Edit:
        """Set the items' status; entering (on ``on``, default the plan's day) opens the center place
        and closes the old places the planner has not kept."""

        def work(session: Session) -> Message:
            items = self._items(session, item_ids, ServiceItem.status_history)
            for item in items:
                if status is EntryStatus.ENTERED and item.status is not EntryStatus.ENTERED:
                    self._enter(item, self._center_place(item), on or plan_day(session))
                self._status(session, item, status, reason or f"设为{status.label}")
            return message("placement", "把{items}设为{status}").format(items=describe_items(items), status=status.label)

        return self._run(work)

    def schedule_entry(self, item_ids: Iterable[int], on: dt.date) -> Edit:
        """Fix the day the items enter: their center places open then, their old places close then.

        A day not after the plan's day (``plan_day``: its reference date, else today) means they
        have entered; an entered item cannot be moved back out.
        """

        def work(session: Session) -> Message:
            items = self._items(session, item_ids, ServiceItem.status_history)
            today = plan_day(session)
            for item in items:
                place = self._center_place(item)
                if item.status is EntryStatus.ENTERED and place.opens_on is not None and on > today:
                    raise HallPlannerError(message(
                        "placement", "“{item}”已于 {date} 进驻,进驻日期不能改到今后(方案§二(一):已进驻事项不得撤出)")
                        .format(item=item.name, date=place.opens_on.isoformat()))
                self._enter(item, place, on, exactly=True)
                if on <= today:
                    self._status(session, item, EntryStatus.ENTERED, f"{on.isoformat()} 进驻")
            return message("placement", "把{items}的进驻日期定为 {date}").format(
                items=describe_items(items), date=on.isoformat())

        return self._run(work)

    def keep_place(self, item_ids: Iterable[int], venue_id: int, reason: KeepReason | None, note: str = "") -> Edit:
        """R4: keep the items' place at ``venue_id`` after entry, as an extension window, for ``reason``."""

        def work(session: Session) -> Message:
            venue = self._get(session, Venue, venue_id)
            if venue.kind in CENTER_KINDS:
                raise HallPlannerError(message("placement", "“{venue}”是政务服务中心,不是需要保留的原办理点")
                                       .format(venue=venue.name))
            items = self._items(session, item_ids)
            for item in items:
                place = self._place_at(item, venue)
                place.keep_reason, place.keep_note, place.closes_on = reason, note, None
                if self._has_center_place(item):
                    place.role = PlaceRole.EXTENSION
            return message("placement", "保留{items}在“{venue}”的办理点").format(
                items=describe_items(items), venue=venue.name)

        return self._run(work)

    def close_place(self, item_ids: Iterable[int], venue_id: int, on: dt.date) -> Edit:
        """Close the items' place at ``venue_id`` from ``on``; it is no longer kept."""

        def work(session: Session) -> Message:
            venue = self._get(session, Venue, venue_id)
            items = self._items(session, item_ids)
            for item in items:
                place = self._place_at(item, venue)
                check_place_kept(item.name, item.status, venue.kind, place.role, None)
                place.closes_on, place.keep_reason = on, None
            return message("placement", "{items}在“{venue}”的办理点自 {date} 起关闭").format(
                items=describe_items(items), venue=venue.name, date=on.isoformat())

        return self._run(work)

    # Inside a transaction.

    @staticmethod
    def _enter(item: ServiceItem, center: HandlingPlace, on: dt.date, *, exactly: bool = False) -> None:
        """The item enters on ``on``: its center place opens, old places not kept close.

        Entering now never postpones a planned entry date; fixing the date (``exactly``)
        moves it either way, and the old places that were to close on the old date with it.
        """
        previous = center.opens_on
        if exactly or previous is None or previous > on:
            center.opens_on = on
        for place in item.places:
            if place is center or place.venue.kind in CENTER_KINDS:
                continue
            if place.keep_reason is not None:
                place.role, place.closes_on = PlaceRole.EXTENSION, None
            elif place.closes_on is None or place.closes_on > on or (exactly and place.closes_on == previous):
                place.closes_on = on

    @staticmethod
    def _has_center_place(item: ServiceItem) -> bool:
        return any(p.venue.kind in CENTER_KINDS and p.role is PlaceRole.MAIN for p in item.places)

    @staticmethod
    def _center_place(item: ServiceItem) -> HandlingPlace:
        place = next((p for p in item.places if p.venue.kind in CENTER_KINDS and p.role is PlaceRole.MAIN), None)
        if place is None:
            raise HallPlannerError(message("placement", "“{item}”还没有政务服务中心的窗口:请先分配窗口,再确定进驻")
                                   .format(item=item.name))
        return place

    @staticmethod
    def _place_at(item: ServiceItem, venue: Venue) -> HandlingPlace:
        place = next((p for p in item.places if p.venue_id == venue.id), None)
        if place is None:
            raise HallPlannerError(message("placement", "“{item}”不在“{venue}”办理").format(
                item=item.name, venue=venue.name))
        return place

