"""The transaction around every edit, undo, and the rule every edit keeps.

An operation returns an ``Edit``: a readable label for the undo stack and the
row changes it made. ``undo`` reverts those rows and returns the edit that
reverts the undo, so redo is undo again. The operations themselves live by
concern (``placement``, ``lifecycle``, ``places``) and meet in ``editing.PlanEditor``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from hallplanner.db.changes import (ACTOR_KEY, LOOKUP_CHUNK, RowChange, StaleRowError, label_edit, revert,
                                   tracked_changes)
from hallplanner.db.database import Database
from hallplanner.db.schema import HandlingPlace, ServiceItem, StatusChange
from hallplanner.domain.errors import HallPlannerError, StaleEdit
from hallplanner.domain.messages import Message, message
from hallplanner.domain.checks import is_withdrawn
from hallplanner.domain.plan_time import center_place, status_on
from hallplanner.domain.rules import RuleViolation, check_status_change
from hallplanner.domain.vocabulary import EntryStatus
from hallplanner.services.plan_facts import load_items, plan_day

INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL: a grant or a row-level security policy refused the statement


@dataclass(frozen=True)
class Edit:
    """What one operation changed, under the name the undo stack shows."""

    label: Message
    changes: tuple[RowChange, ...]

    def ids(self, table: str) -> set[int]:
        return {change.id for change in self.changes if change.table == table}

    def followed_by(self, later: Edit) -> Edit:
        """This edit and ``later`` as one, under the later label: each row from its state before this
        edit to its state after ``later`` (undoing it checks the versions ``later`` left)."""
        merged: dict[tuple[str, int], RowChange] = {}
        for change in (*self.changes, *later.changes):
            first = merged.get((change.table, change.id))
            merged[change.table, change.id] = (change if first is None
                                               else RowChange(change.table, change.id, first.before, change.after))
        return Edit(later.label, tuple(change for change in merged.values() if change.before != change.after))

    @property
    def item_ids(self) -> set[int]:
        """Items whose row, places or history this edit touched."""
        ids = self.ids("service_items")
        for change in self.changes:
            if change.table in ("handling_places", "item_status_history"):
                ids.update(values["item_id"] for values in (change.before, change.after) if values)
        return ids


def column_values(obj: object) -> dict[str, object]:
    return {column.key: getattr(obj, column.key) for column in obj.__mapper__.column_attrs}


def _reason(exc: DBAPIError) -> str:
    text = str(exc.orig if exc.orig is not None else exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _in_center(connection: Connection, item_ids: set[int], day: dt.date) -> tuple[set[int], set[int], set[int]]:
    """Among ``item_ids`` on ``day``: those that exist; those that have entered and are in the
    center; those R3's predicate (``domain.checks.is_withdrawn``) finds withdrawn."""
    found, centered, withdrawn = set(), set(), set()
    for item in load_items(connection, item_ids):
        found.add(item.id)
        if is_withdrawn(item, day):
            withdrawn.add(item.id)
        elif status_on(item.status, center_place(item.places), day) is EntryStatus.ENTERED:
            centered.add(item.id)
    return found, centered, withdrawn


def brief_items(items: list[ServiceItem]) -> list[dict]:
    """How the lifecycle log names items: they may be gone when it is read."""
    return [{"id": item.id, "code": item.implementation_code, "name": item.name} for item in items]


def describe_items(items: list[ServiceItem]) -> Message:
    if len(items) == 1:
        return message("editor", "“{name}”").format(name=items[0].name)
    return message("editor", " {count} 个事项").format(count=len(items))


class EditorBase:
    """What every kind of edit shares: the database, the actor, the transaction, undo."""

    def __init__(self, db: Database, actor: str | None = None) -> None:
        self.db = db
        self.actor = actor

    # The transaction around every operation.

    def _run(self, work: Callable[[Session], Message]) -> Edit:
        with self._transaction() as session:
            label = work(session)
            edit = Edit(label, tracked_changes(session))
            self._keep_entered_items(session, edit, strict=True)
            label_edit(session, label)
            return edit

    def undo(self, edit: Edit, *, redo: bool = False) -> Edit:
        """Revert ``edit``; the returned edit reverts the revert (redo, which the history names so)."""
        with self._transaction() as session:
            reverted = Edit(edit.label, revert(session, edit.changes))
            self._keep_entered_items(session, reverted, strict=False)
            label_edit(session, (message("editor", "重做:{label}") if redo else message("editor", "撤销:{label}"))
                       .format(label=edit.label))
            return reverted

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        """The operation's transaction, with driver errors told in the planner's words."""
        try:
            with self.db.transaction(self.actor) as session:
                yield session
        except StaleDataError as exc:
            raise HallPlannerError(message("editor", "记录已被他人修改或删除,请刷新后再试")) from exc
        except IntegrityError as exc:
            raise HallPlannerError(message("editor", "保存失败,与已有数据冲突,数据库未作改动({reason})")
                                   .format(reason=_reason(exc))) from exc
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:  # the server's own access control
                raise HallPlannerError(message("editor", "服务器拒绝了修改:此账号没有这项权限,未作改动({reason})")
                                       .format(reason=_reason(exc))) from exc
            raise HallPlannerError(message("editor", "数据库操作失败,未作改动({reason})")
                                   .format(reason=_reason(exc))) from exc

    def _keep_entered_items(self, session: Session, edit: Edit, *, strict: bool) -> None:
        """R3/R4 for every path at once: an entered item handled at a center keeps it as its main place.

        The predicate is R3's own (``domain.checks.is_withdrawn``), the one the plan checks
        report with. Compares the items the edit touched (directly, or through their venue
        or window) as committed before the transaction with how the transaction leaves them;
        the whole edit is refused if one that was in the center is taken out. (An item
        deleted from the catalog, plan §二(四), is gone, not withdrawn; an item that comes in
        as entered without a center window, by an import, is a finding, not a withdrawal.)
        """
        session.flush()
        touched = set(edit.item_ids)
        venues, windows = edit.ids("venues"), edit.ids("windows")
        if venues or windows:
            touched |= set(session.scalars(select(HandlingPlace.item_id).where(
                HandlingPlace.venue_id.in_(venues) | HandlingPlace.window_id.in_(windows))))
        if not touched:
            return
        day = plan_day(session)  # the plan's now, as its checks judge
        with self.db.engine.connect() as before:  # sees what was committed, not this transaction
            _, centered_before, withdrawn_before = _in_center(before, touched, day)
        still_there, centered_after, withdrawn_after = _in_center(session.connection(), touched, day)
        if strict:  # an edit: nothing in the center may leave it, by place, status or date
            lost = (centered_before - centered_after) & still_there
        else:  # an undo brings back an earlier state, entry status and dates included; never a withdrawal
            lost = withdrawn_after - withdrawn_before
        if lost:
            item = session.get(ServiceItem, min(lost))
            name = item.name if item is not None else f"#{min(lost)}"
            raise RuleViolation("R3", message(
                "editor", "“{item}”已进驻政务服务中心,不得撤出,中心须保持为主办理点(方案§二(一)、§二(二)),此项操作未执行。")
                .format(item=name))

    # Helpers inside a transaction.

    @staticmethod
    def _items(session: Session, item_ids: Iterable[int], *collections) -> list[ServiceItem]:
        """The items, with their places (and venues) and the other ``collections`` named loaded in
        a few queries: an edit of thousands of items must not load them one item at a time (each
        lazy load would flush the session first, and write the audit rows of one item)."""
        ids = list(dict.fromkeys(item_ids))
        if not ids:
            raise HallPlannerError(message("editor", "没有选中事项"))
        options = [selectinload(ServiceItem.places).selectinload(HandlingPlace.venue),
                   *(selectinload(collection) for collection in collections)]
        found = {}
        for start in range(0, len(ids), LOOKUP_CHUNK):  # a driver takes only so many parameters at once
            found.update((item.id, item) for item in session.scalars(
                select(ServiceItem).where(ServiceItem.id.in_(ids[start:start + LOOKUP_CHUNK])).options(*options)))
        missing = [item_id for item_id in ids if item_id not in found]
        if missing:
            raise StaleRowError("service_items", missing[0])
        return [found[item_id] for item_id in ids]

    @staticmethod
    def _get(session: Session, model: type, row_id: int):
        obj = session.get(model, row_id)
        if obj is None:
            raise StaleRowError(model.__tablename__, row_id)
        return obj

    def _fresh(self, session: Session, model: type, row_id: int, expected_version: int,
               values: Mapping[str, object]):
        obj = self._get(session, model, row_id)
        if obj.version != expected_version:
            raise StaleEdit(model.__tablename__, row_id, values, column_values(obj))
        return obj

    @staticmethod
    def _status(session: Session, item: ServiceItem, new: EntryStatus, reason: str) -> None:
        old = item.status
        check_status_change(item.name, old, new)
        if old is not new:
            item.status = new
            item.status_history.append(StatusChange(from_status=old, to_status=new,
                                                    changed_by=session.info.get(ACTOR_KEY, ""), reason=reason))

