"""The plan over time in the workspace: the entry date, keeping and closing old places (R1, R3, R4).

Each test drives the real dialog from the 事项 menu's action and reads the database afterwards.
The items are found by what they are (planned, with a center window and an old place), not by
name, so the tests hold while the sample is corrected.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel

from sqlalchemy import delete, update

from hallplanner.db.database import open_database
from hallplanner.db.schema import HandlingPlace
from hallplanner.domain.vocabulary import EntryStatus, KeepReason, PlaceRole
from hallplanner.gui.catalog.columns import ENTRY_DATE_COLUMN
from hallplanner.gui.catalog.place_dialogs import (
    ClosePlaceDialog,
    EntryDateDialog,
    KeepPlaceDialog,
)
from hallplanner.services.catalog import list_items
from hallplanner.services.views import ItemView
from tests.gui_helpers import click_row, open_window, stored, trigger, type_text
from tests.plans import sample_day

TODAY = sample_day()  # the sample's reference date: its edits' and checks' now


def untouched(item: ItemView) -> bool:
    """Planned, no date fixed, nothing closed or kept yet."""
    return item.status is EntryStatus.PLANNED and all(
        p.opens_on is None and p.closes_on is None and p.keep_reason is None for p in item.places)


def planned_with_old_places(path, count: int = 1) -> list[ItemView]:
    """Planned items with a center window and old places nobody has decided on yet.

    The sample's planned items have their old places kept as the plan names them; the
    test first takes those decisions back, as for a plan that has not made them yet.
    """
    db = open_database(path)
    try:
        chosen = [i for i in list_items(db) if i.status is EntryStatus.PLANNED and i.center_place is not None
                  and i.center_place.opens_on is None and any(not p.is_center for p in i.places)][:count]
        assert len(chosen) == count
        with db.transaction("测试") as session:
            session.execute(update(HandlingPlace)
                            .where(HandlingPlace.item_id.in_([i.id for i in chosen]))
                            .values(keep_reason=None, keep_note="", closes_on=None, version=HandlingPlace.version + 1))
        ready = list_items(db, [i.id for i in chosen])
        assert all(untouched(i) for i in ready)
        return ready
    finally:
        db.close()


def select(qtbot, window, name: str) -> None:
    type_text(qtbot, window.catalog.filter_bar.search, name)
    click_row(qtbot, window, 0)  # an exact name comes first
    assert [i.name for i in window.catalog.selected_items()] == [name]


def answer(monkeypatch, dialog_class, fill) -> None:
    """The dialog, when the action opens it, is filled in by ``fill`` and its OK clicked."""

    def run(dialog):
        fill(dialog)
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        ok.click()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", run)


def places(item: ItemView) -> dict[str, object]:
    return {p.venue: p for p in item.places}


def test_fixing_the_entry_date_opens_the_center_and_closes_the_old_places(qtbot, sample_copy, monkeypatch):
    [item] = planned_with_old_places(sample_copy)
    window = open_window(qtbot, sample_copy)
    select(qtbot, window, item.name)
    day = TODAY - dt.timedelta(days=3)
    answer(monkeypatch, EntryDateDialog, lambda dialog: dialog.date.setDate(QDate(day)))

    trigger(qtbot, window, "schedule_entry")

    after = stored(sample_copy, item.name)
    assert after.status is EntryStatus.ENTERED, "a day before today: the item has entered"
    assert after.center_place.opens_on == day
    old = [p for p in after.places if not p.is_center]
    assert old and all(p.closes_on == day for p in old), "R4: closing is the default"
    shown = window.detail.forms["item"].extra.text()
    assert f"进驻日期:{day.isoformat()}(已进驻)" in shown
    assert all(p.venue in shown for p in old) and f"已于 {day.isoformat()} 关闭" in shown
    window.catalog.filter_bar.search.clear()
    window.catalog.view.sortByColumn(ENTRY_DATE_COLUMN, Qt.SortOrder.DescendingOrder)
    model = window.catalog.model
    dates = [model.index(row, ENTRY_DATE_COLUMN).data() for row in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True) and dates[-1] == "", "latest first, undated last"
    cell = model.index(model.row_of(item.id), ENTRY_DATE_COLUMN)
    assert cell.data() == day.isoformat() and "已进驻" in cell.data(Qt.ItemDataRole.ToolTipRole)


def test_a_later_entry_date_is_a_plan(qtbot, sample_copy, monkeypatch):
    [item] = planned_with_old_places(sample_copy)
    window = open_window(qtbot, sample_copy)
    select(qtbot, window, item.name)
    day = TODAY + dt.timedelta(days=30)
    answer(monkeypatch, EntryDateDialog, lambda dialog: dialog.date.setDate(QDate(day)))

    trigger(qtbot, window, "schedule_entry")

    after = stored(sample_copy, item.name)
    assert after.status is EntryStatus.PLANNED and after.center_place.opens_on == day
    assert all(p.closes_on == day for p in after.places if not p.is_center)
    shown = window.detail.forms["item"].extra.text()
    assert f"进驻日期:{day.isoformat()}(计划)" in shown and f"当前,计划 {day.isoformat()} 关闭" in shown


def test_a_kept_place_has_its_reason_and_becomes_an_extension_window_then_undo(qtbot, sample_copy, monkeypatch):
    [item] = planned_with_old_places(sample_copy)
    kept = next(p for p in item.places if not p.is_center)
    window = open_window(qtbot, sample_copy)
    select(qtbot, window, item.name)

    offered = []

    def keep(dialog: KeepPlaceDialog) -> None:
        offered.extend(dialog.venue.itemText(i) for i in range(dialog.venue.count()))
        dialog.venue.setCurrentIndex(dialog.venue.findData(kept.venue_id))
        dialog.reason.setCurrentIndex(dialog.reason.findData(KeepReason.JOINT_ITEMS.value))
        type_text(qtbot, dialog.note, "与同处联办事项一并办理")

    answer(monkeypatch, KeepPlaceDialog, keep)
    trigger(qtbot, window, "keep_place")
    assert offered == [p.venue for p in item.places if not p.is_center], "the item's old places, and no center"
    at_kept = places(stored(sample_copy, item.name))[kept.venue]
    assert (at_kept.keep_reason, at_kept.keep_note) == (KeepReason.JOINT_ITEMS, "与同处联办事项一并办理")
    assert "保留:该处有联办事项(与同处联办事项一并办理)" in window.detail.forms["item"].extra.text()

    answer(monkeypatch, EntryDateDialog, lambda dialog: None)  # today, as the dialog proposes
    trigger(qtbot, window, "schedule_entry")

    after = stored(sample_copy, item.name)
    assert after.status is EntryStatus.ENTERED and after.center_place.opens_on == TODAY
    at_kept = places(after)[kept.venue]
    assert (at_kept.role, at_kept.closes_on, at_kept.keep_reason) == (PlaceRole.EXTENSION, None, KeepReason.JOINT_ITEMS)
    assert all(p.closes_on == TODAY for p in after.places if not p.is_center and p.venue != kept.venue)

    trigger(qtbot, window, "undo")
    trigger(qtbot, window, "undo")
    undone = stored(sample_copy, item.name)
    assert (undone.status, undone.places) == (item.status, item.places), "both steps undone: places and dates as they were"
    assert "该处有联办事项" not in window.detail.forms["item"].extra.text()


def test_closing_an_old_place_for_several_items_closes_it_where_they_are(qtbot, sample_copy, monkeypatch):
    first, second = planned_with_old_places(sample_copy, 2)
    venue = next(p for p in first.places if not p.is_center)
    window = open_window(qtbot, sample_copy)
    rows = [window.catalog.model.row_of(first.id), window.catalog.model.row_of(second.id)]
    click_row(qtbot, window, rows[0])
    click_row(qtbot, window, rows[1], Qt.KeyboardModifier.ControlModifier)
    assert {i.id for i in window.catalog.selected_items()} == {first.id, second.id}
    day = TODAY + dt.timedelta(days=7)

    def close(dialog: ClosePlaceDialog) -> None:
        dialog.venue.setCurrentIndex(dialog.venue.findData(venue.venue_id))
        dialog.date.setDate(QDate(day))

    answer(monkeypatch, ClosePlaceDialog, close)
    trigger(qtbot, window, "close_place")

    for before in (first, second):
        after = stored(sample_copy, before.name)
        for place in after.places:
            expected = day if place.venue_id == venue.venue_id else None
            assert place.closes_on == expected, (after.name, place.venue)
    assert window.session.undo_stack.count() == 1, "several items, one undo step"


def test_entering_without_a_center_window_is_refused_and_changes_nothing(qtbot, sample_copy, monkeypatch, messages):
    db = open_database(sample_copy, readonly=True)
    item = next(i for i in list_items(db) if i.status is EntryStatus.PLANNED and i.center_place is None)
    db.close()
    window = open_window(qtbot, sample_copy)
    select(qtbot, window, item.name)
    said = []
    answer(monkeypatch, EntryDateDialog, lambda dialog: said.extend(label.text() for label in dialog.findChildren(QLabel)))

    trigger(qtbot, window, "schedule_entry")

    assert any("还没有政务服务中心窗口,无法进驻" in text and item.name in text for text in said), "the dialog warned"
    assert len(messages) == 1 and messages[0][0] == "warning" and "还没有政务服务中心的窗口" in messages[0][1]
    assert stored(sample_copy, item.name) == item, "not even a version moved"
    assert window.session.undo_stack.count() == 0


def test_keeping_and_closing_need_an_old_place(qtbot, sample_copy):
    db = open_database(sample_copy)
    entered = next(i for i in list_items(db) if i.status is EntryStatus.ENTERED and i.center_place is not None)
    with db.transaction("测试") as session:  # an item the center alone has ever handled
        session.execute(delete(HandlingPlace).where(HandlingPlace.item_id == entered.id,
                                                    HandlingPlace.venue_id != entered.center_place.venue_id))
    [only_center] = list_items(db, [entered.id])
    db.close()
    assert [p.is_center for p in only_center.places] == [True]
    window = open_window(qtbot, sample_copy)
    select(qtbot, window, only_center.name)
    assert window.actions["schedule_entry"].isEnabled()
    assert not window.actions["keep_place"].isEnabled() and not window.actions["close_place"].isEnabled()
