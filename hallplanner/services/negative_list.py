"""The negative list's versions: reading them, importing one, applying the version in force, R14's findings.

The items' ``negative_list`` flag stays the one truth every view, filter, export and check
reads (a plan without any version, a generated province, an item the list does not name,
all keep working). It is kept in sync with the versions by edits: importing a version and
approving a proposal apply the version in force today to the items' flags, and "apply"
does so for any day. Whatever still disagrees (a flag edited by hand, a version that came
into force since) is a finding of R14, so the flag is never silently different from the list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from hallplanner.db.database import Database
from hallplanner.db.schema import NegativeListEntry, NegativeListVersion, ServiceItem
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.findings import Finding
from hallplanner.domain.messages import Message, message
from hallplanner.domain.negative_list import (
    SCOPE_OF_LEVEL,
    ListedItem,
    ListEntry,
    VersionFacts,
    diff,
    in_force,
    list_findings,
    proposal_findings,
)
from hallplanner.domain.vocabulary import EntryStatus, Level, ListScope
from hallplanner.services.editor import Edit, EditorBase
from hallplanner.services.negative_list_views import ListDiffView, VersionView
from hallplanner.services.plan_facts import ID_CHUNK

_LEVELS = {member.value: member for member in Level}


def version_facts(session: Session) -> list[VersionFacts]:
    codes: dict[int, set[str]] = {}
    names: dict[int, set[str]] = {}
    for version_id, code, name in session.execute(select(
            NegativeListEntry.version_id, NegativeListEntry.basic_code, NegativeListEntry.name)):
        if code:
            codes.setdefault(version_id, set()).add(code)
        names.setdefault(version_id, set()).add(name)
    return [VersionFacts(row.id, row.name, row.scope, row.effective_on, frozenset(codes.get(row.id, ())),
                         frozenset(names.get(row.id, ())))
            for row in session.execute(select(NegativeListVersion.id, NegativeListVersion.name,
                                              NegativeListVersion.scope, NegativeListVersion.effective_on))]


def listed_items(session: Session) -> list[ListedItem]:
    return [ListedItem(item_id, name, code, _LEVELS[level], bool(flag), status == EntryStatus.ENTERED.value)
            for item_id, name, code, level, flag, status in session.execute(select(
                ServiceItem.id, ServiceItem.name, ServiceItem.basic_code, type_coerce(ServiceItem.level, String),
                ServiceItem.negative_list, type_coerce(ServiceItem.status, String)).order_by(ServiceItem.id))]


def negative_list_findings(session: Session, as_of: dt.date) -> list[Finding]:
    """R14 from the data: items' flags against the version in force, and proposals resting too long."""
    from hallplanner.services.proposals import proposal_facts  # proposals build on this module

    versions = version_facts(session)
    if versions:
        items = listed_items(session)
    else:  # nothing to compare the flags with: which scopes have items is all the check needs
        items = [ListedItem(0, "", "", _LEVELS[level], False, False) for level in session.scalars(
            select(type_coerce(ServiceItem.level, String)).distinct())]
    return list_findings(versions, items, as_of) + proposal_findings(proposal_facts(session), as_of)


# Reading.

def _version_view(version: NegativeListVersion, entries: int, current: set[int], names: dict[int, str]) -> VersionView:
    return VersionView(version.id, version.name, version.scope, version.effective_on, version.document, version.source,
                       version.note, entries, names.get(version.based_on_id, "") if version.based_on_id else "",
                       version.proposal_id, version.id in current, version.illustrative)


def list_versions(db: Database, as_of: dt.date | None = None) -> list[VersionView]:
    """Every version, newest in force first within each scope; ``in_force`` as of the day (default today)."""
    day = as_of or dt.date.today()
    with db.reading() as session:
        return _versions(session, day)


def _versions(session: Session, day: dt.date) -> list[VersionView]:
    facts = version_facts(session)
    current = {version.id for scope in ListScope if (version := in_force(facts, scope, day)) is not None}
    counts = dict(session.execute(select(NegativeListEntry.version_id, func.count())
                                  .group_by(NegativeListEntry.version_id)).all())
    rows = session.scalars(select(NegativeListVersion).order_by(
        NegativeListVersion.scope, NegativeListVersion.effective_on.desc(), NegativeListVersion.id.desc())).all()
    names = {row.id: row.name for row in rows}
    return [_version_view(row, counts.get(row.id, 0), current, names) for row in rows]


def version_entries(db: Database, version_id: int) -> list[ListEntry]:
    with db.reading() as session:
        _version(session, version_id)
        return version_entries_in(session, version_id)


def _version(session: Session, version_id: int) -> NegativeListVersion:
    version = session.get(NegativeListVersion, version_id)
    if version is None:
        raise HallPlannerError(message("negative_list", "没有编号为 {id} 的负面清单版本").format(id=version_id))
    return version


def diff_versions(db: Database, old_id: int, new_id: int, as_of: dt.date | None = None) -> ListDiffView:
    """What ``new_id`` adds to and drops from ``old_id``."""
    day = as_of or dt.date.today()
    with db.reading() as session:
        views = {view.id: view for view in _versions(session, day)}
        for version_id in (old_id, new_id):
            _version(session, version_id)
        old, new = (version_entries_in(session, version_id) for version_id in (old_id, new_id))
    changes = diff(old, new)
    return ListDiffView(views[old_id], views[new_id], changes.added, changes.removed)


def version_entries_in(session: Session, version_id: int) -> list[ListEntry]:
    return [ListEntry(entry.name, entry.basic_code, entry.department, entry.note)
            for entry in session.scalars(select(NegativeListEntry).where(NegativeListEntry.version_id == version_id)
                                         .order_by(NegativeListEntry.id))]


# Editing.

def sync_flags(session: Session, day: dt.date) -> int:
    """Each item's flag as the version of its scope in force on ``day`` gives it; scopes without one
    keep their flags. An item leaving the list stops being special sensitive (that is a kind of listed
    item, plan §三(二)3). Returns how many items changed."""
    session.flush()
    versions = version_facts(session)
    current = {scope: in_force(versions, scope, day) for scope in ListScope}
    changed = [item.id for item in listed_items(session)
               if (version := current[SCOPE_OF_LEVEL[item.level]]) is not None
               and version.lists(item.basic_code, item.name) != item.negative_list]
    for start in range(0, len(changed), ID_CHUNK):
        for item in session.scalars(select(ServiceItem).where(ServiceItem.id.in_(changed[start:start + ID_CHUNK]))):
            item.negative_list = not item.negative_list
            if not item.negative_list:
                item.special_sensitive = False
    return len(changed)


class NegativeListEdits(EditorBase):
    def import_negative_list(self, entries: Sequence[ListEntry], *, name: str, scope: ListScope,
                             effective_on: dt.date, document: str = "", source: str = "", note: str = "",
                             illustrative: bool = False, apply_on: dt.date | None = None) -> Edit:
        """A new version from a list's lines; then the items' flags follow the version in force on
        ``apply_on`` (default today). One edit: undo removes the version and restores the flags."""
        name = name.strip()
        if not name:
            raise HallPlannerError(message("negative_list", "请填写版本名称"))
        if not entries:
            raise HallPlannerError(message("negative_list", "清单中没有事项"))
        day = apply_on or dt.date.today()

        def work(session: Session) -> Message:
            version = NegativeListVersion(name=name[:128], scope=scope, effective_on=effective_on,
                                          document=document.strip()[:64], source=source[:200], note=note,
                                          illustrative=illustrative, created_by=self.actor or "")
            version.entries = [NegativeListEntry(name=e.name, basic_code=e.basic_code, department=e.department,
                                                 note=e.note) for e in entries]
            session.add(version)
            changed = sync_flags(session, day)
            return message("negative_list", "导入负面清单“{name}”({count} 项,{changed} 个事项标记随之改变)").format(
                name=name, count=len(entries), changed=changed)

        return self._run(work)

    def apply_negative_list(self, day: dt.date | None = None) -> Edit:
        """The items' flags as the versions in force on ``day`` (default today) give them."""
        on = day or dt.date.today()

        def work(session: Session) -> Message:
            if not any(in_force(version_facts(session), scope, on) for scope in ListScope):
                raise HallPlannerError(message("negative_list", "{date} 没有施行中的负面清单版本").format(
                    date=on.isoformat()))
            changed = sync_flags(session, on)
            return message("negative_list", "按 {date} 施行的负面清单更新事项标记({changed} 个事项)").format(
                date=on.isoformat(), changed=changed)

        return self._run(work)

    def delete_negative_list_version(self, version_id: int) -> Edit:
        """Remove a version no amendment builds on; the flags then follow what is in force today."""

        def work(session: Session) -> Message:
            version = _version(session, version_id)
            if session.scalar(select(NegativeListVersion.id).where(NegativeListVersion.based_on_id == version_id)):
                raise HallPlannerError(message("negative_list", "“{name}”有据它调整的版本,不能删除").format(
                    name=version.name))
            name = version.name
            session.delete(version)
            sync_flags(session, dt.date.today())
            return message("negative_list", "删除负面清单版本“{name}”").format(name=name)

        return self._run(work)
