"""The 历史, 变更公布 and 督查 pages driven as a planner does, checked against the database."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from hallplanner.db.database import open_database
from hallplanner.domain.vocabulary import InspectionState, PublicationChannel
from hallplanner.services.inspections import list_inspections
from hallplanner.services.publication import publication_rows
from tests.gui_helpers import click_row, open_window, settle, shown_items, trigger, type_text

OLD_DESK = "人社局原人事人才业务窗口"


def read(path, work):
    db = open_database(path, readonly=True)
    try:
        return work(db)
    finally:
        db.close()


def show_page(qtbot, window, page):
    window.pages.setCurrentWidget(page)
    settle(qtbot, window)


def test_an_items_history_shows_its_edit_grouped_and_in_words(qtbot, sample_copy):
    window = open_window(qtbot, sample_copy)
    click_row(qtbot, window, 0)
    item = shown_items(window)[0]
    window.session.edit(lambda editor: editor.update_item(item.id, item.version, {"annual_volume": 4242}))
    settle(qtbot, window)
    trigger(qtbot, window, "item_history")
    page = window.history
    assert window.pages.currentWidget() is page
    settle(qtbot, window)
    assert page.record == ("item", item.id)
    assert item.name in page.subject.text()
    def item_edits(db):
        from hallplanner.services.history import history
        from hallplanner.services.history_views import HistoryQuery

        return history(db, HistoryQuery(record=("item", item.id))).edits

    assert page.table.rowCount() == len(read(sample_copy, item_edits))  # ours and the sample's publications
    assert page.table.item(0, 2).text() == f"修改事项“{item.name}”"  # newest first
    page.table.selectRow(0)
    cells = [[page.rows.item(row, column).text() for column in range(6)] for row in range(page.rows.rowCount())]
    assert cells == [["事项", item.name, "修改", "年办件量", str(item.annual_volume), "4242"]]
    qtbot.mouseClick(page.whole_plan, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert page.record is None and page.table.rowCount() > 20


def test_the_history_filters_by_person(qtbot, sample_copy):
    window = open_window(qtbot, sample_copy)
    page = window.history
    show_page(qtbot, window, page)
    page.actor.setCurrentIndex(page.actor.findText("市审改办 黄建国"))
    settle(qtbot, window)
    actors = {page.table.item(row, 1).text() for row in range(page.table.rowCount())}
    assert actors == {"市审改办 黄建国"} and page.table.rowCount() == 3


def test_marking_changes_published_is_one_undo_step(qtbot, sample_copy):
    window = open_window(qtbot, sample_copy)
    page = window.publication
    show_page(qtbot, window, page)
    rows = [row for row, shown in enumerate(page.shown) if shown.change.old_place == OLD_DESK
            and shown.change.on == dt.date(2023, 12, 18)]
    assert len(rows) == 14
    for row in rows:
        page.table.selectionModel().select(page.table.model().index(row, 0),
                                           page.table.selectionModel().SelectionFlag.Select
                                           | page.table.selectionModel().SelectionFlag.Rows)
    for channel, box in page.channels.items():
        box.setChecked(channel is PublicationChannel.WECHAT)
    page.published_on.setDate(QDate(2023, 12, 28))
    qtbot.mouseClick(page.mark_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)

    def desk_pending(db):
        return [row for row in publication_rows(db, pending_only=True)
                if row.change.old_place == OLD_DESK and row.change.on == dt.date(2023, 12, 18)]

    assert read(sample_copy, desk_pending) == []
    assert window.session.undo_stack.count() == 1
    assert not [row for row in page.shown if row.change.old_place == OLD_DESK
                and row.change.on == dt.date(2023, 12, 18)]  # the page read again: nothing left to publish there
    trigger(qtbot, window, "undo")
    assert len(read(sample_copy, desk_pending)) == 14


def test_an_inspection_entered_on_the_page_is_saved_and_checked(qtbot, sample_copy):
    window = open_window(qtbot, sample_copy)
    page = window.inspections
    show_page(qtbot, window, page)
    assert page.table.rowCount() == 5  # 4 city venues and 思明区政务服务中心
    states = {page.table.item(row, 1).text(): page.table.item(row, 6).text() for row in range(5)}
    # Overdue as of the plan's reference date (2023-12-31), as the checks judge: not as of today.
    assert states["车驾管分中心"] == "待整改(逾期)" and states["编办事业单位登记分中心"] == "待整改"
    page.venue.setCurrentIndex(page.venue.findText("公安局禁毒分中心", Qt.MatchFlag.MatchStartsWith))
    page.inspected_on.setDate(QDate(2023, 12, 20))
    type_text(qtbot, page.inspector, "黄建国")
    type_text(qtbot, page.findings, "办事指南未公示")
    page.rectify_by.setDate(QDate(2023, 12, 25))
    page.state.setCurrentIndex(page.state.findData(InspectionState.OPEN))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    [saved] = [view for view in read(sample_copy, list_inspections) if view.venue == "公安局禁毒分中心"]
    assert (saved.inspector, saved.findings, saved.rectify_by, saved.state) == (
        "黄建国", "办事指南未公示", dt.date(2023, 12, 25), InspectionState.OPEN)
    assert page.table.rowCount() == 6
    row = next(row for row in range(6) if page.table.item(row, 1).text() == "公安局禁毒分中心")
    assert page.table.item(row, 6).text() == "待整改(逾期)"
    page.table.selectRow(row)
    qtbot.mouseClick(page.rectified_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    [saved] = [view for view in read(sample_copy, list_inspections) if view.venue == "公安局禁毒分中心"]
    assert saved.state is InspectionState.RECTIFIED and saved.rectified_on == dt.date.today()


def test_a_venues_history_from_the_tree_lists_its_inspection(qtbot, sample_copy):
    window = open_window(qtbot, sample_copy)
    venue = next(venue for venue in window.places.venues() if venue.name == "车驾管分中心")
    window.places.history_requested.emit("venue", venue.id, venue.name)  # as the tree's 查看历史 does
    settle(qtbot, window)
    page = window.history
    assert window.pages.currentWidget() is page and "车驾管分中心" in page.subject.text()
    assert [page.table.item(row, 2).text() for row in range(page.table.rowCount())] == [
        "新增督查记录:车驾管分中心 2023-11-22"]
    assert page.table.item(0, 1).text() == "市效能办督查组 林海燕"
