"""Every edit a planner makes, each in its own transaction, each undoable.

An operation returns an ``Edit``: a readable label for the undo stack and the
row changes it made. ``undo`` reverts those rows and returns the edit that
reverts the undo, so redo is undo again. The plan's rules are checked here, so
the GUI, the command line and an import all keep them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from hallplanner.db.changes import ACTOR_KEY, RowChange, StaleRowError, revert, tracked_changes
from hallplanner.db.database import Database
from hallplanner.db.schema import (
    Department,
    HandlingPlace,
    ItemEvent,
    ServiceItem,
    StaffMember,
    StatusChange,
    Venue,
    Window,
)
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.rules import (
    CENTER_KINDS,
    RuleViolation,
    check_place_kept,
    check_status_change,
    check_venue_open,
    merged_status,
)
from hallplanner.domain.validation import ValidationError, check, item_problems, named_problems
from hallplanner.domain.vocabulary import EntryStatus, ItemOperation, PlaceRole, VenueStatus

ITEM_FIELDS = (
    "name", "basic_code", "implementation_code", "item_type", "department_id", "level", "category",
    "annual_volume", "avg_minutes", "jointly_handled", "online_depth", "fully_online", "negative_list",
    "special_sensitive", "status", "plan_ref", "illustrative",
)
WINDOW_FIELDS = {"number": ("窗口号", 16), "name": ("窗口名称", 128)}
VENUE_FIELDS = {"name": ("场所名称", 128)}
DEPARTMENT_FIELDS = {"full_name": ("部门全称", 128), "short_name": ("标识用简称", 64)}


@dataclass(frozen=True)
class Edit:
    """What one operation changed, under the name the undo stack shows."""

    label: str
    changes: tuple[RowChange, ...]

    def ids(self, table: str) -> set[int]:
        return {change.id for change in self.changes if change.table == table}

    @property
    def item_ids(self) -> set[int]:
        """Items whose row, places or history this edit touched."""
        ids = self.ids("service_items")
        for change in self.changes:
            if change.table in ("handling_places", "item_status_history"):
                ids.update(values["item_id"] for values in (change.before, change.after) if values)
        return ids


class StaleEdit(HallPlannerError):
    """Someone saved the same record since this planner read it."""

    def __init__(self, table: str, row_id: int, mine: Mapping[str, object], theirs: Mapping[str, object]) -> None:
        super().__init__("该记录在您读取之后已被他人修改")
        self.table = table
        self.row_id = row_id
        self.mine = dict(mine)
        self.theirs = dict(theirs)


def _column_values(obj: object) -> dict[str, object]:
    return {column.key: getattr(obj, column.key) for column in obj.__mapper__.column_attrs}


def _reason(exc: DBAPIError) -> str:
    text = str(exc.orig if exc.orig is not None else exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


CHUNK = 10_000  # ids per IN (...) list


def _centered(connection: Connection, item_ids: set[int]) -> set[int]:
    """The entered items among ``item_ids`` that have their main place at an open center."""
    ids = sorted(item_ids)
    found: set[int] = set()
    for start in range(0, len(ids), CHUNK):
        found.update(connection.scalars(
            select(HandlingPlace.item_id)
            .join(ServiceItem, HandlingPlace.item_id == ServiceItem.id)
            .join(Venue, HandlingPlace.venue_id == Venue.id)
            .where(HandlingPlace.item_id.in_(ids[start : start + CHUNK]))
            .where(ServiceItem.status == EntryStatus.ENTERED, HandlingPlace.role == PlaceRole.MAIN)
            .where(Venue.kind.in_(CENTER_KINDS), Venue.status == VenueStatus.OPEN)
        ))
    return found


def _brief(items: list[ServiceItem]) -> list[dict]:
    """How the lifecycle log names items: they may be gone when it is read."""
    return [{"id": item.id, "code": item.implementation_code, "name": item.name} for item in items]


def _describe(items: list[ServiceItem]) -> str:
    return f"“{items[0].name}”" if len(items) == 1 else f" {len(items)} 个事项"


class PlanEditor:
    """The edits of one planner on one database."""

    def __init__(self, db: Database, actor: str | None = None) -> None:
        self.db = db
        self.actor = actor

    # The transaction around every operation.

    def _run(self, work: Callable[[Session], str]) -> Edit:
        with self._transaction() as session:
            label = work(session)
            edit = Edit(label, tracked_changes(session))
            self._keep_entered_items(session, edit)
            return edit

    def undo(self, edit: Edit) -> Edit:
        """Revert ``edit``; the returned edit reverts the revert (redo)."""
        with self._transaction() as session:
            reverted = Edit(edit.label, revert(session, edit.changes))
            self._keep_entered_items(session, reverted)
            return reverted

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        """The operation's transaction, with driver errors told in the planner's words."""
        try:
            with self.db.transaction(self.actor) as session:
                yield session
        except StaleDataError as exc:
            raise HallPlannerError("记录已被他人修改或删除,请刷新后再试") from exc
        except IntegrityError as exc:
            raise HallPlannerError(f"保存失败,与已有数据冲突,数据库未作改动({_reason(exc)})") from exc
        except DBAPIError as exc:
            raise HallPlannerError(f"数据库操作失败,未作改动({_reason(exc)})") from exc

    def _keep_entered_items(self, session: Session, edit: Edit) -> None:
        """R3/R4 for every path at once: an entered item handled at a center keeps it as its main place.

        (An item deleted from the catalog, plan §二(四), is not withdrawn.) Compares the items the edit touched (directly, or through their venue or
        window) as committed before the transaction with how the transaction
        leaves them; the whole edit is refused if one was taken out.
        """
        session.flush()
        touched = set(edit.item_ids)
        venues, windows = edit.ids("venues"), edit.ids("windows")
        if venues or windows:
            touched |= set(session.scalars(select(HandlingPlace.item_id).where(
                HandlingPlace.venue_id.in_(venues) | HandlingPlace.window_id.in_(windows))))
        if not touched:
            return
        with self.db.engine.connect() as before:  # sees what was committed, not this transaction
            centered_before = _centered(before, touched)
        deleted = {c.id for c in edit.changes if c.table == "service_items" and c.after is None}
        lost = centered_before - _centered(session.connection(), touched) - deleted
        if lost:
            item = session.get(ServiceItem, min(lost))
            name = item.name if item is not None else f"#{min(lost)}"
            raise RuleViolation("R3", f"“{name}”已进驻政务服务中心,不得撤出,中心须保持为主办理点"
                                      f"(方案§二(一)、§二(二)),此项操作未执行。")

    # Helpers inside a transaction.

    @staticmethod
    def _items(session: Session, item_ids: Iterable[int]) -> list[ServiceItem]:
        ids = list(dict.fromkeys(item_ids))
        if not ids:
            raise HallPlannerError("没有选中事项")
        found = {item.id: item for item in session.scalars(select(ServiceItem).where(ServiceItem.id.in_(ids)))}
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
            raise StaleEdit(model.__tablename__, row_id, values, _column_values(obj))
        return obj

    @staticmethod
    def _event(session: Session, operation: ItemOperation, sources: list[dict], results: list[ServiceItem],
               note: str = "") -> None:
        session.flush()  # results get their ids
        session.add(ItemEvent(
            actor=session.info.get(ACTOR_KEY, ""), operation=operation, note=note,
            sources=json.dumps(sources, ensure_ascii=False),
            results=json.dumps(_brief(results), ensure_ascii=False),
        ))

    @staticmethod
    def _check_unique_code(session: Session, code: object, own_id: int | None) -> None:
        if not code:
            return
        other = session.scalar(select(ServiceItem).where(ServiceItem.implementation_code == code)
                               .where(ServiceItem.id != (own_id or 0)))
        if other is not None:
            raise ValidationError([f"实施编码“{code}”已被“{other.name}”使用"])

    @staticmethod
    def _check_unique_name(session: Session, obj: object) -> None:
        """Window numbers are unique within their venue, department names overall."""
        with session.no_autoflush:
            if isinstance(obj, Window):
                clash = select(Window).where(Window.venue_id == obj.venue_id, Window.number == obj.number)
                message = f"该场所已有窗口号“{obj.number}”"
            elif isinstance(obj, Department):
                clash = select(Department).where(Department.full_name == obj.full_name)
                message = f"已有部门“{obj.full_name}”"
            else:
                return
            if obj.id is not None:
                clash = clash.where(type(obj).id != obj.id)
            if session.scalar(clash) is not None:
                raise ValidationError([message])

    @staticmethod
    def _status(session: Session, item: ServiceItem, new: EntryStatus, reason: str) -> None:
        old = item.status
        check_status_change(item.name, old, new)
        if old is not new:
            item.status = new
            item.status_history.append(StatusChange(from_status=old, to_status=new,
                                                    changed_by=session.info.get(ACTOR_KEY, ""), reason=reason))

    # Assigning items to windows and places.

    def assign(self, item_ids: Iterable[int], window_id: int, role: PlaceRole | None = None) -> Edit:
        """Handle the items at a window: a new place, or another window of the same venue."""

        def work(session: Session) -> str:
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
            return f"把{_describe(items)}分配到 {window.number} {window.name}"

        return self._run(work)

    def unassign(self, item_ids: Iterable[int], venue_id: int) -> Edit:
        """Stop handling the items at a venue; an entered item never leaves the center."""

        def work(session: Session) -> str:
            venue = self._get(session, Venue, venue_id)
            items = self._items(session, item_ids)
            removed = []
            for item in items:
                for place in [p for p in item.places if p.venue_id == venue_id]:
                    check_place_kept(item.name, item.status, venue.kind, place.role, None)
                    item.places.remove(place)
                    removed.append(item)
            if not removed:
                raise HallPlannerError(f"所选事项不在“{venue.name}”办理")
            return f"从“{venue.name}”移除{_describe(removed)}"

        return self._run(work)

    def set_role(self, item_id: int, venue_id: int, role: PlaceRole) -> Edit:
        def work(session: Session) -> str:
            [item] = self._items(session, [item_id])
            place = next((p for p in item.places if p.venue_id == venue_id), None)
            if place is None:
                raise HallPlannerError(f"“{item.name}”不在该场所办理")
            check_place_kept(item.name, item.status, place.venue.kind, place.role, role)
            place.role = role
            return f"把“{item.name}”在“{place.venue.name}”设为{role.label}"

        return self._run(work)

    def set_status(self, item_ids: Iterable[int], status: EntryStatus, reason: str = "") -> Edit:
        def work(session: Session) -> str:
            items = self._items(session, item_ids)
            for item in items:
                self._status(session, item, status, reason or f"设为{status.label}")
            return f"把{_describe(items)}设为{status.label}"

        return self._run(work)

    # Items and their lifecycle (plan §二(四)).

    def create_item(self, values: Mapping[str, object], note: str = "") -> Edit:
        def work(session: Session) -> str:
            fields = {key: values[key] for key in ITEM_FIELDS if key in values}
            check(item_problems(fields) + [f"缺少{label}" for key, label in
                                           (("name", "事项名称"), ("department_id", "所属部门")) if not fields.get(key)])
            self._check_unique_code(session, fields.get("implementation_code"), None)
            fields.setdefault("status", EntryStatus.PLANNED)
            item = ServiceItem(**fields)
            item.status_history.append(StatusChange(from_status=None, to_status=item.status,
                                                    changed_by=session.info.get(ACTOR_KEY, ""), reason="新增事项"))
            session.add(item)
            self._event(session, ItemOperation.NEW, [], [item], note)
            return f"新增事项“{item.name}”"

        return self._run(work)

    def update_item(self, item_id: int, expected_version: int, values: Mapping[str, object]) -> Edit:
        def work(session: Session) -> str:
            item = self._fresh(session, ServiceItem, item_id, expected_version, values)
            fields = {key: values[key] for key in ITEM_FIELDS if key in values}
            check(item_problems({**_column_values(item), **fields}))
            self._check_unique_code(session, fields.get("implementation_code"), item.id)
            if "status" in fields:
                self._status(session, item, fields.pop("status"), "编辑事项")
            renamed = "name" in fields and fields["name"] != item.name
            old_name, before = item.name, _brief([item])
            for key, value in fields.items():
                setattr(item, key, value)
            if renamed:
                self._event(session, ItemOperation.RENAME, before, [item], f"原名“{old_name}”")
            return f"修改事项“{item.name}”"

        return self._run(work)

    def rename_item(self, item_id: int, expected_version: int, name: str) -> Edit:
        edit = self.update_item(item_id, expected_version, {"name": name})
        return Edit(f"更名为“{name}”", edit.changes)

    def delete_items(self, item_ids: Iterable[int], note: str = "") -> Edit:
        def work(session: Session) -> str:
            items = self._items(session, item_ids)
            self._event(session, ItemOperation.DELETE, _brief(items), [], note)
            for item in items:
                session.delete(item)
            return f"删除{_describe(items)}"

        return self._run(work)

    def merge_items(self, item_ids: Iterable[int], name: str, note: str = "") -> Edit:
        """Merge items into one (R6: it has entered if any of them had).

        The merged item takes the first item's codes and fields, the others' case
        volume, and every place any of them was handled at.
        """

        def work(session: Session) -> str:
            items = self._items(session, item_ids)
            if len(items) < 2:
                raise HallPlannerError("合并至少需要两个事项")
            check(item_problems({"name": name}))
            first = items[0]
            fields = {key: getattr(first, key) for key in ITEM_FIELDS}
            places: dict[int, HandlingPlace] = {}
            for item in items:
                for place in item.places:
                    kept = places.get(place.venue_id)
                    if kept is None:
                        places[place.venue_id] = HandlingPlace(venue_id=place.venue_id, window_id=place.window_id,
                                                               role=place.role)
                    elif place.role is PlaceRole.MAIN:
                        kept.role = PlaceRole.MAIN
            status = merged_status(item.status for item in items)
            sources = _brief(items)
            for item in items:
                session.delete(item)
            session.flush()  # the first item's codes are free again
            merged = ServiceItem(**{
                **fields,
                "name": name.strip(),
                "status": status,
                "annual_volume": sum(item.annual_volume for item in items),
                "jointly_handled": any(item.jointly_handled for item in items),
                "online_depth": min(item.online_depth for item in items),
                "fully_online": all(item.fully_online for item in items),
            })
            merged.places = list(places.values())
            merged.status_history.append(StatusChange(
                from_status=None, to_status=status, changed_by=session.info.get(ACTOR_KEY, ""),
                reason="由" + "、".join(f"“{item.name}”" for item in items) + "合并(方案§二(四))"))
            session.add(merged)
            self._event(session, ItemOperation.MERGE, sources, [merged], note)
            return f"合并{_describe(items)}为“{merged.name}”"

        return self._run(work)

    def split_item(self, item_id: int, names: list[str], note: str = "") -> Edit:
        """Split an item into parts that keep its status and places; volume is shared out."""

        def work(session: Session) -> str:
            [item] = self._items(session, [item_id])
            names_ = [name.strip() for name in names]
            if len(names_) < 2:
                raise HallPlannerError("拆分至少需要两个新事项名称")
            check([problem for name in names_ for problem in item_problems({"name": name})])
            fields = {key: getattr(item, key) for key in ITEM_FIELDS}
            codes = [item.implementation_code] + [
                f"{item.implementation_code}-{number}" for number in range(2, len(names_) + 1)
            ]
            check([f"拆分后的实施编码“{code}”超过 36 个字符,请先缩短原编码" for code in codes if len(code) > 36])
            share, remainder = divmod(item.annual_volume, len(names_))
            places = [(p.venue_id, p.window_id, p.role) for p in item.places]
            sources = _brief([item])
            session.delete(item)
            session.flush()
            parts = []
            for number, (name, code) in enumerate(zip(names_, codes)):
                part = ServiceItem(**{**fields, "name": name, "implementation_code": code,
                                      "annual_volume": share + (remainder if number == 0 else 0)})
                part.places = [HandlingPlace(venue_id=v, window_id=w, role=r) for v, w, r in places]
                part.status_history.append(StatusChange(
                    from_status=None, to_status=part.status, changed_by=session.info.get(ACTOR_KEY, ""),
                    reason=f"由“{fields['name']}”拆分(方案§二(四))"))
                session.add(part)
                parts.append(part)
            self._event(session, ItemOperation.SPLIT, sources, parts, note)
            return f"把“{fields['name']}”拆分为 {len(parts)} 个事项"

        return self._run(work)

    # Windows, venues, departments.

    def _create(self, model: type, values: Mapping[str, object], fields: Mapping[str, tuple[str, int]],
                label: str) -> Edit:
        def work(session: Session) -> str:
            check(named_problems(values, fields) + [f"缺少{text}" for key, (text, _) in fields.items()
                                                    if key not in values])
            obj = model(**values)
            self._check_unique_name(session, obj)
            session.add(obj)
            return f"新增{label}“{getattr(obj, next(iter(fields)))}”"

        return self._run(work)

    def _update(self, model: type, row_id: int, expected_version: int, values: Mapping[str, object],
                fields: Mapping[str, tuple[str, int]], label: str) -> Edit:
        def work(session: Session) -> str:
            obj = self._fresh(session, model, row_id, expected_version, values)
            check(named_problems(values, fields))
            for key, value in values.items():
                setattr(obj, key, value)
            self._check_unique_name(session, obj)
            return f"修改{label}“{getattr(obj, next(iter(fields)))}”"

        return self._run(work)

    def _delete(self, model: type, row_id: int, label: str, users: list[tuple[type, object, str]]) -> Edit:
        def work(session: Session) -> str:
            obj = self._get(session, model, row_id)
            name = getattr(obj, "name", None) or getattr(obj, "full_name")
            for user, column, what in users:
                count = session.scalar(select(func.count()).select_from(user).where(column == row_id))
                if count:
                    raise HallPlannerError(f"{label}“{name}”还有 {count} 个{what},请先移走")
            session.delete(obj)
            return f"删除{label}“{name}”"

        return self._run(work)

    def create_window(self, values: Mapping[str, object]) -> Edit:
        return self._create(Window, values, WINDOW_FIELDS, "窗口")

    def update_window(self, window_id: int, expected_version: int, values: Mapping[str, object]) -> Edit:
        if "venue_id" in values:
            raise HallPlannerError("窗口不能移到其他场所;请在新场所新增窗口,再把事项分配过去")
        return self._update(Window, window_id, expected_version, values, WINDOW_FIELDS, "窗口")

    def delete_window(self, window_id: int) -> Edit:
        return self._delete(Window, window_id, "窗口", [
            (HandlingPlace, HandlingPlace.window_id, "事项"), (StaffMember, StaffMember.window_id, "人员")])

    def create_venue(self, values: Mapping[str, object]) -> Edit:
        return self._create(Venue, values, VENUE_FIELDS, "场所")

    def update_venue(self, venue_id: int, expected_version: int, values: Mapping[str, object]) -> Edit:
        """Closing a venue that still handles items is refused; the items move first."""
        if values.get("status") == VenueStatus.CLOSED:
            with self.db.reading() as session:
                count = session.scalar(select(func.count()).select_from(HandlingPlace)
                                       .where(HandlingPlace.venue_id == venue_id))
            if count:
                raise HallPlannerError(f"该场所还有 {count} 个事项在办理,不能撤销;请先把事项移走")
        return self._update(Venue, venue_id, expected_version, values, VENUE_FIELDS, "场所")

    def delete_venue(self, venue_id: int) -> Edit:
        return self._delete(Venue, venue_id, "场所", [
            (Window, Window.venue_id, "窗口"), (HandlingPlace, HandlingPlace.venue_id, "办理事项"),
            (StaffMember, StaffMember.venue_id, "人员")])

    def create_department(self, values: Mapping[str, object]) -> Edit:
        return self._create(Department, values, DEPARTMENT_FIELDS, "部门")

    def update_department(self, department_id: int, expected_version: int, values: Mapping[str, object]) -> Edit:
        return self._update(Department, department_id, expected_version, values, DEPARTMENT_FIELDS, "部门")

    def delete_department(self, department_id: int) -> Edit:
        return self._delete(Department, department_id, "部门", [
            (ServiceItem, ServiceItem.department_id, "事项"), (Venue, Venue.department_id, "场所"),
            (Window, Window.department_id, "窗口"), (StaffMember, StaffMember.department_id, "人员")])
