"""Assigning items to windows and places, roles and entry status (plan §二(一)–(二))."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from hallplanner.db.schema import HandlingPlace, Venue, Window
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.messages import Message, message
from hallplanner.domain.rules import CENTER_KINDS, check_place_kept, check_venue_open
from hallplanner.domain.vocabulary import EntryStatus, PlaceRole
from hallplanner.services.editor import Edit, EditorBase, describe_items


class PlacementEdits(EditorBase):
    def assign(self, item_ids: Iterable[int], window_id: int, role: PlaceRole | None = None) -> Edit:
        """Handle the items at a window: a new place, or another window of the same venue."""

        def work(session: Session) -> Message:
            window = self._get(session, Window, window_id)
            check_venue_open(window.venue.name, window.venue.status)
            items = self._items(session, item_ids)
            at_center = window.venue.kind in CENTER_KINDS
            for item in items:
                place = next((p for p in item.places if p.venue_id == window.venue_id), None)
                others_main = [p for p in item.places if p is not place and p.role is PlaceRole.MAIN]
                if at_center and role in (None, PlaceRole.MAIN):
                    # R4: the center becomes the main place; the old places are kept as extension windows.
                    for other in others_main:
                        if other.venue.kind not in CENTER_KINDS:
                            other.role = PlaceRole.EXTENSION
                if place is None:
                    default = PlaceRole.MAIN if at_center or not others_main else PlaceRole.EXTENSION
                    item.places.append(HandlingPlace(venue=window.venue, window=window, role=role or default))
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

    def set_status(self, item_ids: Iterable[int], status: EntryStatus, reason: str = "") -> Edit:
        def work(session: Session) -> Message:
            items = self._items(session, item_ids)
            for item in items:
                self._status(session, item, status, reason or f"设为{status.label}")
            return message("placement", "把{items}设为{status}").format(items=describe_items(items), status=status.label)

        return self._run(work)

