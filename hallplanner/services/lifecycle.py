"""Items and their lifecycle: new, edit, rename, delete, merge, split (plan §二(四))."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from hallplanner.db.changes import ACTOR_KEY
from hallplanner.db.schema import HandlingPlace, ItemEvent, ServiceItem, StatusChange
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.messages import Message, message
from hallplanner.domain.rules import merged_status
from hallplanner.domain.validation import ValidationError, check, item_problems
from hallplanner.domain.vocabulary import EntryStatus, ItemOperation, PlaceRole
from hallplanner.services.editor import Edit, EditorBase, brief_items, column_values, describe_items

ITEM_FIELDS = (
    "name", "basic_code", "implementation_code", "item_type", "department_id", "level", "category",
    "annual_volume", "avg_minutes", "jointly_handled", "online_depth", "fully_online", "negative_list",
    "special_sensitive", "status", "plan_ref", "illustrative",
)


class ItemEdits(EditorBase):
    @staticmethod
    def _event(session: Session, operation: ItemOperation, sources: list[dict], results: list[ServiceItem],
               note: str = "") -> None:
        session.flush()  # results get their ids
        session.add(ItemEvent(
            actor=session.info.get(ACTOR_KEY, ""), operation=operation, note=note,
            sources=json.dumps(sources, ensure_ascii=False),
            results=json.dumps(brief_items(results), ensure_ascii=False),
        ))

    @staticmethod
    def _check_unique_code(session: Session, code: object, own_id: int | None) -> None:
        if not code:
            return
        other = session.scalar(select(ServiceItem).where(ServiceItem.implementation_code == code)
                               .where(ServiceItem.id != (own_id or 0)))
        if other is not None:
            raise ValidationError([message("lifecycle", "实施编码“{code}”已被“{item}”使用")
                                   .format(code=code, item=other.name)])

    def create_item(self, values: Mapping[str, object], note: str = "") -> Edit:
        def work(session: Session) -> Message:
            fields = {key: values[key] for key in ITEM_FIELDS if key in values}
            required = (("name", message("lifecycle", "事项名称")), ("department_id", message("lifecycle", "所属部门")))
            check(item_problems(fields) + [message("lifecycle", "缺少{field}").format(field=label)
                                           for key, label in required if not fields.get(key)])
            self._check_unique_code(session, fields.get("implementation_code"), None)
            fields.setdefault("status", EntryStatus.PLANNED)
            item = ServiceItem(**fields)
            item.status_history.append(StatusChange(from_status=None, to_status=item.status,
                                                    changed_by=session.info.get(ACTOR_KEY, ""), reason="新增事项"))
            session.add(item)
            self._event(session, ItemOperation.NEW, [], [item], note)
            return message("lifecycle", "新增事项“{name}”").format(name=item.name)

        return self._run(work)

    def update_item(self, item_id: int, expected_version: int, values: Mapping[str, object]) -> Edit:
        def work(session: Session) -> Message:
            item = self._fresh(session, ServiceItem, item_id, expected_version, values)
            fields = {key: values[key] for key in ITEM_FIELDS if key in values}
            check(item_problems({**column_values(item), **fields}))
            self._check_unique_code(session, fields.get("implementation_code"), item.id)
            if "status" in fields:
                self._status(session, item, fields.pop("status"), "编辑事项")
            renamed = "name" in fields and fields["name"] != item.name
            old_name, before = item.name, brief_items([item])
            for key, value in fields.items():
                setattr(item, key, value)
            if renamed:
                self._event(session, ItemOperation.RENAME, before, [item], f"原名“{old_name}”")
            return message("lifecycle", "修改事项“{name}”").format(name=item.name)

        return self._run(work)

    def rename_item(self, item_id: int, expected_version: int, name: str) -> Edit:
        edit = self.update_item(item_id, expected_version, {"name": name})
        return Edit(message("lifecycle", "更名为“{name}”").format(name=name), edit.changes)

    def delete_items(self, item_ids: Iterable[int], note: str = "") -> Edit:
        def work(session: Session) -> Message:
            # Everything the delete cascades to, loaded at once: the flush deletes (and records) it.
            items = self._items(session, item_ids, ServiceItem.status_history, ServiceItem.qualifications,
                                ServiceItem.authorizations)
            self._event(session, ItemOperation.DELETE, brief_items(items), [], note)
            for item in items:
                session.delete(item)
            return message("lifecycle", "删除{items}").format(items=describe_items(items))

        return self._run(work)

    def merge_items(self, item_ids: Iterable[int], name: str, note: str = "") -> Edit:
        """Merge items into one (R6: it has entered if any of them had).

        The merged item takes the first item's codes and fields, the others' case
        volume, and every place any of them was handled at.
        """

        def work(session: Session) -> Message:
            items = self._items(session, item_ids)
            if len(items) < 2:
                raise HallPlannerError(message("lifecycle", "合并至少需要两个事项"))
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
            sources = brief_items(items)
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
            return message("lifecycle", "合并{items}为“{name}”").format(items=describe_items(items), name=merged.name)

        return self._run(work)

    def split_item(self, item_id: int, names: list[str], note: str = "") -> Edit:
        """Split an item into parts that keep its status and places; volume is shared out."""

        def work(session: Session) -> Message:
            [item] = self._items(session, [item_id])
            names_ = [name.strip() for name in names]
            if len(names_) < 2:
                raise HallPlannerError(message("lifecycle", "拆分至少需要两个新事项名称"))
            check([problem for name in names_ for problem in item_problems({"name": name})])
            fields = {key: getattr(item, key) for key in ITEM_FIELDS}
            codes = [item.implementation_code] + [
                f"{item.implementation_code}-{number}" for number in range(2, len(names_) + 1)
            ]
            check([message("lifecycle", "拆分后的实施编码“{code}”超过 36 个字符,请先缩短原编码").format(code=code)
                   for code in codes if len(code) > 36])
            share, remainder = divmod(item.annual_volume, len(names_))
            places = [(p.venue_id, p.window_id, p.role) for p in item.places]
            sources = brief_items([item])
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
            return message("lifecycle", "把“{name}”拆分为 {count} 个事项").format(name=fields["name"], count=len(parts))

        return self._run(work)

