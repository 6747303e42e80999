"""Publishing changed handling places (plan §三(四)5, R13): per change and channel, published or not.

The changes follow from the plan over time (``services.changes``); a publication row records
that one change was published on one channel, on a day, by someone, for the change's date
then. Marking and unmarking are edits (one undo step however many rows). A change in effect
and not published on every channel is a finding under R13.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from hallplanner.db.database import Database
from hallplanner.db.schema import Publication
from hallplanner.domain.checks import PlanFacts
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.findings import Finding, Severity, SubjectType
from hallplanner.domain.messages import Message, message
from hallplanner.domain.plan_rules import RULES
from hallplanner.domain.sign_wording import LIST_SEPARATOR
from hallplanner.domain.vocabulary import PublicationChannel
from hallplanner.services.changes import place_changes_in
from hallplanner.services.editor import Edit, EditorBase
from hallplanner.services.oversight_views import ChannelState, PublicationRow
from hallplanner.services.plan_facts import collector_paused

FACTS_KEY = "hallplanner.plan_facts"  # as services.checks leaves them (it imports this module)
UNPUBLISHED = tuple(ChannelState(channel) for channel in PublicationChannel)  # shared: most changes
ALL_CHANNELS = tuple(PublicationChannel)
ChangeRef = tuple[int, str, dt.date | None]  # item id, change key, the change's date


def publication_rows(db: Database, pending_only: bool = False) -> list[PublicationRow]:
    """Every change of a handling place with its state on each channel (``pending_only``: those not
    published everywhere for their current date)."""
    with db.engine.connect() as connection:
        rows = _rows(connection)
    return [row for row in rows if row.pending] if pending_only else rows


def _rows(connection: Connection, plan: PlanFacts | None = None) -> list[PublicationRow]:
    with collector_paused():  # a province's changes: hundreds of thousands of plain rows
        return _read_rows(connection, plan)


def _read_rows(connection: Connection, plan: PlanFacts | None) -> list[PublicationRow]:
    published: dict[tuple[int, str], dict[PublicationChannel, ChannelState]] = defaultdict(dict)
    for row in connection.execute(select(Publication.item_id, Publication.change_key, Publication.channel,
                                         Publication.published_on, Publication.published_by, Publication.change_on)):
        published[row.item_id, row.change_key][row.channel] = ChannelState(row.channel, row.published_on,
                                                                           row.published_by, row.change_on)
    result = []
    for change in place_changes_in(connection, plan):
        states = published.get((change.item_id, change.key))
        if states is None:  # most changes: one shared row of channels, nothing published
            result.append(PublicationRow(change, UNPUBLISHED, ALL_CHANNELS))
        else:
            result.append(PublicationRow.of(change, tuple(states.get(channel, ChannelState(channel))
                                                          for channel in PublicationChannel)))
    return result


@lru_cache(maxsize=16)  # a province's findings name the same few sets of channels
def channel_names(channels: tuple[PublicationChannel, ...]) -> str:
    return LIST_SEPARATOR.join(str(channel.label) for channel in channels)


def publication_findings(session: Session, day: dt.date) -> list[Finding]:
    """R13: changes in effect on ``day`` not published everywhere, one finding per old place, date and new place."""
    groups: dict[tuple, list[PublicationRow]] = defaultdict(list)
    # The facts the plan's own rules were checked on (``services.checks`` leaves them), else read afresh.
    for row in _rows(session.connection(), session.info.get(FACTS_KEY)):
        if row.overdue(day):
            change = row.change
            groups[change.old_venue_id, change.new_venue_id, change.on, row.pending].append(row)
    rule = RULES["R13"]
    findings = []
    for (old_id, new_id, on, pending), rows in groups.items():
        change = rows[0].change
        new_places = {row.change.new_place for row in rows}
        new = new_places.pop() if len(new_places) == 1 else change.new_venue
        place = change.old_place or change.new_venue
        findings.append(Finding(
            "R13", Severity.WARNING, SubjectType.VENUE, old_id or new_id, place,
            message("publication", "{count} 个事项的办理地点自 {date} 起变更(“{old}” → “{new}”),尚未在{channels}公布")
            .format(count=len(rows), date=on.isoformat(), old=change.old_place or "—", new=new or "—",
                    channels=channel_names(pending)),
            rule.section))
    return findings


class PublicationEdits(EditorBase):
    def mark_published(self, changes: Sequence[ChangeRef], channels: Sequence[PublicationChannel],
                       published_on: dt.date, note: str = "") -> Edit:
        """The changes published on the channels that day: one edit, however many rows. A channel that
        already published a change for its date keeps its record (its day and publisher)."""
        if not changes or not channels:
            raise HallPlannerError(message("publication", "没有选中变更或公布渠道"))

        def work(session: Session) -> Message:
            existing = self._existing(session, changes, channels)
            by = self.actor or session.info.get("actor", "")
            for item_id, key, on in changes:
                for channel in channels:
                    row = existing.get((item_id, key, channel))
                    if row is None:
                        session.add(Publication(item_id=item_id, change_key=key, channel=channel, change_on=on,
                                                published_on=published_on, published_by=by, note=note))
                    elif row.change_on != on:  # published for a date the plan no longer holds
                        row.change_on, row.published_on, row.published_by, row.note = on, published_on, by, note
            return message("publication", "标记已公布:{count} 项变更({channels})").format(
                count=len(changes), channels=channel_names(tuple(channels)))

        return self._run(work)

    def unmark_published(self, changes: Sequence[ChangeRef], channels: Sequence[PublicationChannel]) -> Edit:
        """The changes are not published on the channels after all (a mistaken mark)."""
        def work(session: Session) -> Message:
            for row in self._existing(session, changes, channels).values():
                session.delete(row)
            return message("publication", "取消公布标记:{count} 项变更({channels})").format(
                count=len(changes), channels=channel_names(tuple(channels)))

        return self._run(work)

    @staticmethod
    def _existing(session: Session, changes: Sequence[ChangeRef],
                  channels: Sequence[PublicationChannel]) -> dict[tuple, Publication]:
        item_ids = {item_id for item_id, _, _ in changes}
        wanted = {(item_id, key) for item_id, key, _ in changes}
        found = {}
        for start in range(0, len(item_ids), 500):
            chunk = list(item_ids)[start:start + 500]
            for row in session.scalars(select(Publication).where(Publication.item_id.in_(chunk),
                                                                 Publication.channel.in_(list(channels)))):
                if (row.item_id, row.change_key) in wanted:
                    found[row.item_id, row.change_key, row.channel] = row
        return found
