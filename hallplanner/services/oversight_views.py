"""The plain rows of publication (R13) and inspections (R16) (no SQLAlchemy: the GUI imports them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hallplanner.domain.vocabulary import InspectionState, PublicationChannel, VenueKind


@dataclass(frozen=True, slots=True)
class ChannelState:
    """A change on one channel: published when and by whom, and for which date of the change."""

    channel: PublicationChannel
    published_on: dt.date | None = None
    published_by: str = ""
    announced_on: dt.date | None = None  # the change's date the notice gave

    def current(self, change_on: dt.date | None) -> bool:
        """Published, and for the date the plan holds now (a moved date is to publish again)."""
        return self.published_on is not None and self.announced_on == change_on


@dataclass(frozen=True, slots=True)
class PublicationRow:
    """One change of an item's handling place (``services.changes.PlaceChange``) and its channels."""

    change: object  # PlaceChange
    channels: tuple[ChannelState, ...]
    pending: tuple[PublicationChannel, ...]  # the channels not published for the change's date

    @classmethod
    def of(cls, change, channels: tuple[ChannelState, ...]) -> PublicationRow:
        return cls(change, channels, tuple(state.channel for state in channels if not state.current(change.on)))

    def overdue(self, day: dt.date) -> bool:
        """In effect on ``day`` (or before) and not yet published everywhere."""
        return bool(self.pending) and self.change.on is not None and self.change.on <= day

    @property
    def ref(self) -> tuple[int, str, dt.date | None]:
        """What marking it published names: the item, the change's key, its date."""
        return self.change.item_id, self.change.key, self.change.on


@dataclass(frozen=True, slots=True)
class InspectionView:
    id: int
    version: int
    venue_id: int
    venue: str
    venue_kind: VenueKind
    inspected_on: dt.date
    inspector: str
    scope: str
    findings: str
    rectify_by: dt.date | None
    state: InspectionState
    rectified_on: dt.date | None

    def overdue(self, day: dt.date) -> bool:
        return self.state is InspectionState.OPEN and self.rectify_by is not None and self.rectify_by < day
