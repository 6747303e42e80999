"""Planner edits through the service layer: rules kept, each edit undoable, history kept."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import joinedload

from hallplanner.db.changes import StaleRowError
from hallplanner.db.schema import AuditEntry, HandlingPlace, ItemEvent, ServiceItem, Window
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.rules import RuleViolation
from hallplanner.domain.validation import ValidationError
from hallplanner.domain.vocabulary import EntryStatus, KeepReason, PlaceRole, VenueKind, VenueStatus
from hallplanner.services.catalog import list_items
from hallplanner.domain.errors import StaleEdit
from hallplanner.services.editing import PlanEditor
from tests.plans import both_backends, items_named, plan_today, planned_without_window, window


@both_backends
def test_assigning_several_items_then_undo_and_redo(plan):
    editor = PlanEditor(plan, actor="林规划")
    items = planned_without_window(plan, 3)
    target = window(plan, "G01")

    edit = editor.assign([i.id for i in items], target.id)

    assert edit.label == f"把 3 个事项分配到 G01 {target.name}"
    assert {i.id: i.window_names for i in list_items(plan) if i.id in edit.item_ids} == {
        i.id: [target.name] for i in items}
    redo = editor.undo(edit)
    assert all(not i.window_names for i in list_items(plan) if i.id in edit.item_ids)
    editor.undo(redo)
    assert all(i.window_names == [target.name] for i in list_items(plan) if i.id in edit.item_ids)
    with plan.reading() as session:
        actions = [e.action for e in session.scalars(select(AuditEntry).where(AuditEntry.entity == "handling_places"))]
    assert actions == ["insert"] * 3 + ["delete"] * 3 + ["insert"] * 3


@both_backends
def test_an_entered_item_cannot_leave_the_center(plan):
    editor = PlanEditor(plan)
    [item] = items_named(plan, "对公民法律援助申请的审批")
    center = next(p for p in item.places if p.venue == "厦门市政务服务中心")
    with pytest.raises(RuleViolation, match="不得撤出"):
        editor.unassign([item.id], center.venue_id)
    with pytest.raises(RuleViolation, match="不得撤出"):
        editor.set_status([item.id], EntryStatus.PLANNED)
    with pytest.raises(RuleViolation):
        editor.set_role(item.id, center.venue_id, PlaceRole.EXTENSION)
    [after] = items_named(plan, "对公民法律援助申请的审批")
    assert after.places == item.places and after.status is EntryStatus.ENTERED

    moved = editor.assign([item.id], window(plan, "Z01").id)  # another window of the center is fine
    assert items_named(plan, "对公民法律援助申请的审批")[0].window_names == ["无差别综合窗口"]
    assert moved.ids("handling_places")




@both_backends
def test_a_planned_item_can_leave_a_window(plan):
    editor = PlanEditor(plan)
    item = next(i for i in list_items(plan) if i.status is EntryStatus.PLANNED and i.window_names)
    center = next(p for p in item.places if p.window)
    edit = editor.unassign([item.id], center.venue_id)
    assert edit.label == f"从“厦门市政务服务中心”移除“{item.name}”"
    assert items_named(plan, item.name)[0].window_names == []
    # A place taken out of the item's collection is deleted by the flush: still recorded, still undoable.
    assert [(c.table, c.after) for c in edit.changes] == [("handling_places", None)]
    with plan.reading() as session:
        assert session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "handling_places")
                               .order_by(AuditEntry.id.desc()).limit(1)).one() == "delete"
    editor.undo(edit)
    assert items_named(plan, item.name)[0].window_names == item.window_names


@both_backends
def test_merge_keeps_entered_status_places_and_history(plan):
    editor = PlanEditor(plan, actor="林规划")
    entered = next(i for i in list_items(plan) if i.status is EntryStatus.ENTERED and i.department_short == "科技局")
    [planned] = planned_without_window(plan, 1)

    edit = editor.merge_items([planned.id, entered.id], "科技项目综合办理")

    names = {i.name for i in list_items(plan)}
    assert "科技项目综合办理" in names and planned.name not in names and entered.name not in names
    [merged] = items_named(plan, "科技项目综合办理")
    assert merged.status is EntryStatus.ENTERED, "R6: a merge containing an entered item has entered"
    assert merged.annual_volume == planned.annual_volume + entered.annual_volume
    assert {p.venue_id for p in merged.places} == {p.venue_id for p in planned.places + entered.places}
    assert merged.implementation_code == planned.implementation_code
    with plan.reading() as session:
        [event] = session.scalars(select(ItemEvent)).all()
        item = session.get(ServiceItem, merged.id)
        assert "合并" in item.status_history[-1].reason
    assert event.operation.value == "merge" and event.actor == ("林规划" if plan.is_sqlite else "林规划(postgres)")
    assert [s["name"] for s in json.loads(event.sources)] == [planned.name, entered.name]
    assert [r["name"] for r in json.loads(event.results)] == ["科技项目综合办理"]

    editor.undo(edit)
    restored = {i.id: i for i in list_items(plan)}
    assert restored[planned.id].name == planned.name and restored[entered.id].places == entered.places
    assert "科技项目综合办理" not in {i.name for i in restored.values()}


@both_backends
def test_split_shares_volume_and_keeps_places(plan):
    editor = PlanEditor(plan)
    [item] = items_named(plan, "工伤认定申请")

    editor.split_item(item.id, ["工伤认定申请(用人单位)", "工伤认定申请(个人)"])

    parts = items_named(plan, "工伤认定申请(用人单位)", "工伤认定申请(个人)")
    assert sum(p.annual_volume for p in parts) == item.annual_volume
    assert all(p.status is item.status for p in parts)
    assert all({(pl.venue_id, pl.role) for pl in p.places} == {(pl.venue_id, pl.role) for pl in item.places}
               for p in parts)
    assert parts[0].implementation_code == item.implementation_code
    assert parts[1].implementation_code == item.implementation_code + "-2"
    assert "工伤认定申请" not in {i.name for i in list_items(plan)}


@both_backends
def test_stale_edit_shows_both_versions(plan):
    [item] = items_named(plan, "工会法人资格登记")
    mine, theirs = PlanEditor(plan, actor="林规划"), PlanEditor(plan, actor="陈审核")
    theirs.update_item(item.id, item.version, {"annual_volume": 321})

    with pytest.raises(StaleEdit) as conflict:
        mine.update_item(item.id, item.version, {"annual_volume": 999})
    assert conflict.value.mine == {"annual_volume": 999}
    assert conflict.value.theirs["annual_volume"] == 321
    assert items_named(plan, "工会法人资格登记")[0].annual_volume == 321

    mine.update_item(item.id, conflict.value.theirs["version"], {"annual_volume": 999})  # "keep mine"
    assert items_named(plan, "工会法人资格登记")[0].annual_volume == 999


@both_backends
def test_undo_refuses_to_overwrite_a_later_change(plan):
    [item] = items_named(plan, "申办APEC商务旅行卡")
    mine, theirs = PlanEditor(plan), PlanEditor(plan)
    edit = mine.update_item(item.id, item.version, {"annual_volume": 10})
    theirs.update_item(item.id, item.version + 1, {"annual_volume": 20})
    with pytest.raises(StaleRowError):
        mine.undo(edit)
    assert items_named(plan, "申办APEC商务旅行卡")[0].annual_volume == 20


@both_backends
def test_invalid_fields_are_refused_in_chinese(plan):
    [item] = items_named(plan, "工会法人资格登记")
    editor = PlanEditor(plan)
    with pytest.raises(ValidationError, match="基本编码不能超过 12 个字符") as error:
        editor.update_item(item.id, item.version, {"basic_code": "1234567890123", "annual_volume": -1})
    assert error.value.problems == ["基本编码不能超过 12 个字符(现为 13 个)", "年办件量须为不小于 0 的整数"]
    assert items_named(plan, "工会法人资格登记")[0] == item


@both_backends
def test_windows_venues_departments_in_use_are_not_deleted(plan):
    editor = PlanEditor(plan)
    busy = window(plan, "A01")
    with pytest.raises(HallPlannerError, match="还有 .* 个事项"):
        editor.delete_window(busy.id)
    created = editor.create_window({"venue_id": busy.venue_id, "number": "X99", "name": "临时窗口",
                                    "kind": busy.kind})
    [new_id] = created.ids("windows")
    editor.delete_window(new_id)
    with plan.reading() as session:
        assert session.get(Window, new_id) is None
        assert session.scalar(select(HandlingPlace).where(HandlingPlace.window_id == busy.id)) is not None


@both_backends
def test_duplicates_are_refused_with_a_clear_message(plan):
    editor = PlanEditor(plan)
    busy = window(plan, "A01")
    with pytest.raises(ValidationError, match="该场所已有窗口号“A01”"):
        editor.create_window({"venue_id": busy.venue_id, "number": "A01", "name": "重复窗口", "kind": busy.kind})
    [first, second] = items_named(plan, "工会法人资格登记", "申办APEC商务旅行卡")
    with pytest.raises(ValidationError, match="已被“工会法人资格登记”使用"):
        editor.update_item(second.id, second.version, {"implementation_code": first.implementation_code})
    with pytest.raises(ValidationError, match="缺少所属部门"):
        editor.create_item({"name": "新事项", "department_id": None, "basic_code": "1", "implementation_code": "X"})


@both_backends
def test_undoing_a_delete_brings_back_places_and_history(plan):
    editor = PlanEditor(plan)
    [item] = items_named(plan, "对公民法律援助申请的审批")
    with plan.reading() as session:
        history = [(h.from_status, h.to_status) for h in session.get(ServiceItem, item.id).status_history]
    assert history

    edit = editor.delete_items([item.id])
    assert {"handling_places", "item_status_history"} <= {c.table for c in edit.changes}
    editor.undo(edit)

    [restored] = items_named(plan, "对公民法律援助申请的审批")
    assert restored.places == item.places and restored.status is EntryStatus.ENTERED
    with plan.reading() as session:
        assert [(h.from_status, h.to_status) for h in session.get(ServiceItem, item.id).status_history] == history


@both_backends
def test_the_center_cannot_be_closed_or_turned_into_something_else(plan):
    editor = PlanEditor(plan)
    center = window(plan, "A01").venue
    with pytest.raises(HallPlannerError, match="不能撤销"):
        editor.update_venue(center.id, center.version, {"status": VenueStatus.CLOSED})
    with pytest.raises(RuleViolation, match="不得撤出"):
        editor.update_venue(center.id, center.version, {"kind": VenueKind.LEGACY_OFFICE})
    with pytest.raises(HallPlannerError, match="不能移到其他场所"):
        editor.update_window(window(plan, "A01").id, 1, {"venue_id": window(plan, "Z01", "车驾管分中心").venue_id})
    assert window(plan, "A01").venue.kind is VenueKind.CITY_CENTER


@both_backends
def test_undo_is_refused_when_it_would_withdraw_an_item_entered_meanwhile(plan):
    mine, theirs = PlanEditor(plan), PlanEditor(plan)
    [item] = planned_without_window(plan, 1)
    assigned = mine.assign([item.id], window(plan, "Z04").id)
    theirs.set_status([item.id], EntryStatus.ENTERED)

    with pytest.raises(HallPlannerError):  # entering dated the center place: the undo finds it changed
        mine.undo(assigned)
    [after] = items_named(plan, item.name)
    assert after.status is EntryStatus.ENTERED and after.window_names == ["无差别综合窗口"]


def places_of(db, item_id: int) -> dict[str, HandlingPlace]:
    with db.reading() as session:
        return {place.venue.name: place for place in session.scalars(
            select(HandlingPlace).where(HandlingPlace.item_id == item_id).options(joinedload(HandlingPlace.venue)))}


@both_backends
def test_entering_opens_the_center_place_and_closes_the_old_place_by_default(plan):
    editor = PlanEditor(plan)
    [item] = items_named(plan, "申办APEC商务旅行卡")
    # The sample keeps this place, as the plan does (§三(一)10); without a reason it is not kept.
    old_place = places_of(plan, item.id)["APEC商务旅行卡办理点"]
    editor.keep_place([item.id], old_place.venue_id, None)
    editor.assign([item.id], window(plan, "Z05").id)
    before_entry = places_of(plan, item.id)
    assert before_entry["APEC商务旅行卡办理点"].closes_on is None, "before entry the old place is the current one"
    assert before_entry["厦门市政务服务中心"].opens_on is None, "a planned entry without a date yet"

    editor.set_status([item.id], EntryStatus.ENTERED, on=dt.date(2023, 12, 20))

    places = places_of(plan, item.id)
    assert places["厦门市政务服务中心"].opens_on == dt.date(2023, 12, 20)
    assert places["厦门市政务服务中心"].role is PlaceRole.MAIN
    assert places["APEC商务旅行卡办理点"].closes_on == dt.date(2023, 12, 20), "R4: closing is the default"


@both_backends
def test_a_place_kept_with_its_reason_becomes_an_extension_window_on_entry(plan):
    editor = PlanEditor(plan)
    [item] = items_named(plan, "申办APEC商务旅行卡")
    old_place = next(place for name, place in places_of(plan, item.id).items() if name == "APEC商务旅行卡办理点")
    editor.keep_place([item.id], old_place.venue_id, KeepReason.NAMED_BY_PLAN, "§三(一)10")
    editor.assign([item.id], window(plan, "Z05").id)
    edit = editor.schedule_entry([item.id], dt.date(2023, 12, 20))

    kept = places_of(plan, item.id)["APEC商务旅行卡办理点"]
    assert (kept.role, kept.closes_on, kept.keep_reason, kept.keep_note) == (
        PlaceRole.EXTENSION, None, KeepReason.NAMED_BY_PLAN, "§三(一)10")
    [after] = items_named(plan, item.name)
    assert after.status is EntryStatus.ENTERED, "an entry date not after today means entered"
    editor.undo(edit)
    [undone] = items_named(plan, item.name)
    assert undone.status is EntryStatus.PLANNED and places_of(plan, item.id)["厦门市政务服务中心"].opens_on is None


@both_backends
def test_an_item_enters_only_with_a_center_window(plan):
    [item] = planned_without_window(plan, 1)
    with pytest.raises(HallPlannerError, match="还没有政务服务中心的窗口"):
        PlanEditor(plan).set_status([item.id], EntryStatus.ENTERED)
    [after] = items_named(plan, item.name)
    assert after.status is EntryStatus.PLANNED


@both_backends
def test_an_extension_window_is_added_beside_the_center(plan):
    editor = PlanEditor(plan)
    [item] = items_named(plan, "申办APEC商务旅行卡")
    editor.assign([item.id], window(plan, "Z05").id)
    editor.set_status([item.id], EntryStatus.ENTERED)
    editor.assign([item.id], window(plan, "A01", "建设银行住房公积金服务网点").id)

    roles = {name: place.role for name, place in places_of(plan, item.id).items()}
    assert roles["建设银行住房公积金服务网点"] is PlaceRole.EXTENSION
    assert roles["厦门市政务服务中心"] is PlaceRole.MAIN


@both_backends
def test_an_entered_item_cannot_be_rescheduled_out_of_the_center(plan):
    """R3 whatever the path: moving the entry date of an entered item (no date recorded) into the future."""
    editor = PlanEditor(plan)
    entered = next(i for i in list_items(plan) if i.status is EntryStatus.ENTERED and i.center_place is not None)
    with plan.transaction("测试") as session:  # entered before the plan kept dates
        session.execute(update(HandlingPlace).where(HandlingPlace.item_id == entered.id)
                        .values(opens_on=None, version=HandlingPlace.version + 1))
    with pytest.raises(RuleViolation):
        editor.schedule_entry([entered.id], dt.date.today() + dt.timedelta(days=100))
    assert places_of(plan, entered.id)["厦门市政务服务中心"].opens_on is None


@both_backends
def test_an_item_the_plan_has_not_yet_brought_in_can_be_rescheduled(plan):
    """R3 is judged on the plan's own day: on the sample's (2023-12-31) 住房公积金汇缴 is planned for
    2024-01-08, though that day is long past in the calendar; postponing it is a plan, not a withdrawal."""
    [item] = items_named(plan, "住房公积金汇缴")
    later = item.center_place.opens_on + dt.timedelta(days=30)
    assert plan_today(plan) < item.center_place.opens_on < dt.date.today()
    PlanEditor(plan).schedule_entry([item.id], later)
    [after] = items_named(plan, "住房公积金汇缴")
    assert after.center_place.opens_on == later and after.status is EntryStatus.PLANNED


@both_backends
def test_an_item_whose_entry_day_has_come_is_in_the_center_and_stays_there(plan):
    editor = PlanEditor(plan)
    [item] = planned_without_window(plan, 1)
    editor.assign([item.id], window(plan, "Z04").id)
    editor.schedule_entry([item.id], plan_today(plan))
    with pytest.raises(RuleViolation):
        editor.set_status([item.id], EntryStatus.OUTSIDE)
    [after] = items_named(plan, item.name)
    assert after.status is EntryStatus.ENTERED


@both_backends
def test_a_planned_entry_date_can_be_postponed_and_the_old_places_close_with_it(plan):
    editor = PlanEditor(plan)
    [item] = items_named(plan, "申办APEC商务旅行卡")
    editor.close_place([item.id], places_of(plan, item.id)["APEC商务旅行卡办理点"].venue_id, dt.date(2030, 1, 1))
    editor.assign([item.id], window(plan, "Z05").id)
    first, later = dt.date.today() + dt.timedelta(days=30), dt.date.today() + dt.timedelta(days=60)
    editor.schedule_entry([item.id], first)
    edit = editor.schedule_entry([item.id], later)

    places = places_of(plan, item.id)
    assert places["厦门市政务服务中心"].opens_on == later
    assert places["APEC商务旅行卡办理点"].closes_on == later
    assert later.isoformat() in edit.label
