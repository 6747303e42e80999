"""The workspace, driven through its real widgets; every edit is checked in the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog, QInputDialog

from hallplanner.db.database import open_database
from hallplanner.db.transfer import copy_rows
from hallplanner.domain.vocabulary import EntryStatus, WindowKind
from hallplanner.gui import app as gui_app
from hallplanner.gui.catalog.window_picker import WindowPicker
from hallplanner.gui.conflicts.dialog import ConflictDialog
from hallplanner.gui.detail.new_record import NewRecordDialog
from hallplanner.gui.venues.venue_tree import WindowIdRole
from hallplanner.services.catalog import list_items
from hallplanner.services.editing import PlanEditor
from hallplanner.services.search import pinyin_initials
from tests.gui_helpers import (
    click_row,
    drop_on,
    open_window,
    retype,
    retype_and_save,
    settle,
    shown_items,
    stored,
    tree_window_index,
    trigger,
    type_text,
)


# Starting.

def test_first_start_opens_a_working_copy_of_the_sample(qtbot, tmp_path, sample_path):
    before = sample_path.read_bytes()
    window = gui_app.create_main_window(None)  # already opening, in the background
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.database_opened, timeout=20_000) as opened:
        pass  # no event is processed before the wait begins, so the signal cannot be missed

    copy = tmp_path / "data" / "HallPlanner" / "HallPlanner" / "xiamen.sqlite"
    assert opened.args == [str(copy)]
    assert len(shown_items(window)) == 291
    assert "显示 291 / 共 291 个事项" in window.counts.text()
    assert sample_path.read_bytes() == before
    assert gui_app.startup_database(None) == str(copy), "the next start reopens it"


def test_a_bad_file_is_explained_and_the_open_database_stays(qtbot, tmp_path, sample_copy, messages):
    window = open_window(qtbot, sample_copy)
    bad = tmp_path / "notes.sqlite"
    bad.write_text("not a database", encoding="utf-8")
    with qtbot.waitSignal(window.open_failed, timeout=20_000):
        window.open(str(bad))
    assert messages == [("critical", f"不是 HallPlanner 数据库(不是 SQLite 文件):{bad}")]
    assert window.session.database.location == str(sample_copy)
    assert len(shown_items(window)) == 291


# Finding items.

def test_filters_narrow_the_catalog(qtbot, sample_copy):
    window = open_window(qtbot, sample_copy)
    bar = window.catalog.filter_bar
    bar.department.setCurrentIndex(bar.department.findText("厦门市科学技术局"))
    assert {i.department_short for i in shown_items(window)} == {"科技局"}
    assert len(shown_items(window)) == 13
    bar.department.setCurrentIndex(0)

    qtbot.mouseClick(bar.unassigned, Qt.MouseButton.LeftButton)
    unassigned = shown_items(window)
    assert unassigned and all(not i.window_names for i in unassigned)
    bar.status.setCurrentIndex(bar.status.findData(EntryStatus.ENTERED))
    assert shown_items(window) and all(i.status is EntryStatus.ENTERED and not i.window_names
                                       for i in shown_items(window))
    assert f"显示 {len(shown_items(window))} / 共 291" in window.counts.text()


def test_pinyin_initials_find_names_categories_and_departments(qtbot, sample_copy):
    window = open_window(qtbot, sample_copy)
    type_text(qtbot, window.catalog.filter_bar.search, "crj")
    found = shown_items(window)
    entry_exit = [item for item in window.catalog.model._items.values() if item.category == "出入境"]
    assert entry_exit and {item.id for item in entry_exit} <= {item.id for item in found}
    assert all(any("crj" in pinyin_initials(word) for word in (i.name, i.category, i.department)) for i in found)
    window.catalog.filter_bar.search.clear()
    type_text(qtbot, window.catalog.filter_bar.search, "法律援助")
    assert [i.name for i in shown_items(window)] == ["对公民法律援助申请的审批"]


def test_an_exact_name_comes_first(qtbot, sample_copy):
    window = open_window(qtbot, sample_copy)
    window.catalog.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    type_text(qtbot, window.catalog.filter_bar.search, "外国人来华工作许可")
    names = [i.name for i in shown_items(window)]
    assert names[0] == "外国人来华工作许可" and len(names) > 1


def test_sorting_by_name_follows_pinyin(qtbot, sample_copy):
    window = open_window(qtbot, sample_copy)
    header = window.catalog.view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(1) + 10, header.height() // 2))
    names = [i.name for i in shown_items(window)]
    first_initials = [pinyin_initials(name)[0] for name in names if pinyin_initials(name)[0].isalpha()]
    assert first_initials == sorted(first_initials)


# Assigning.

def drag_rows_onto(qtbot, window, row, target) -> None:
    """Press on a selected row and pull: the table starts a real drag of the selection.

    The offscreen platform carries no drag between windows, so the drag the table
    made (still alive until the event loop deletes it) is dropped on the tree by
    hand, as the window system would.
    """
    view = window.catalog.view
    start = view.visualRect(view.model().index(row, 1)).center()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):  # QTest's moves carry no pressed button: send what a real pull sends
        point = QPointF(start + QPoint(0, 8 * step))
        QApplication.sendEvent(view.viewport(), QMouseEvent(
            QEvent.Type.MouseMove, point, view.viewport().mapToGlobal(point), Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    drags = view.findChildren(QDrag)
    assert len(drags) == 1, "the table started one drag"
    drop_on(window, drags[0].mimeData(), target)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start)


def test_drag_several_items_onto_a_window_then_undo_and_redo(qtbot, sample_copy):
    window = open_window(qtbot, sample_copy)
    qtbot.mouseClick(window.catalog.filter_bar.unassigned, Qt.MouseButton.LeftButton)
    window.catalog.filter_bar.status.setCurrentIndex(window.catalog.filter_bar.status.findData(EntryStatus.PLANNED))
    click_row(qtbot, window, 0)
    click_row(qtbot, window, 1, Qt.KeyboardModifier.ControlModifier)
    click_row(qtbot, window, 2, Qt.KeyboardModifier.ControlModifier)
    dragged = window.catalog.selected_items()
    assert len(dragged) == 3
    at_j01 = int(tree_window_index(window, "J01").siblingAtColumn(2).data())

    drag_rows_onto(qtbot, window, 0, tree_window_index(window, "J01"))
    settle(qtbot, window)

    names = [i.name for i in dragged]
    assert all(stored(sample_copy, name).window_names == ["民政事务窗口"] for name in names)
    assert window.actions["undo"].text().startswith("撤销 把 3 个事项分配到 J01")
    assert all(i.id not in {s.id for s in shown_items(window)} for i in dragged), "no longer unassigned"
    assert tree_window_index(window, "J01").siblingAtColumn(2).data() == str(at_j01 + 3)

    trigger(qtbot, window, "undo")
    assert all(stored(sample_copy, name).window_names == [] for name in names)
    assert {i.id for i in dragged} <= {s.id for s in shown_items(window)}
    trigger(qtbot, window, "redo")
    assert all(stored(sample_copy, name).window_names == ["民政事务窗口"] for name in names)


def test_the_quick_window_picker_from_the_keyboard(qtbot, sample_copy, monkeypatch):
    window = open_window(qtbot, sample_copy)
    type_text(qtbot, window.catalog.filter_bar.search, "工会法人资格登记")
    click_row(qtbot, window, 0)

    def pick(dialog):
        qtbot.keyClicks(dialog.search, "Z03")
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(WindowPicker, "exec", pick)
    qtbot.keyClick(window.catalog.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert stored(sample_copy, "工会法人资格登记").window_names == ["无差别综合窗口"]


def test_an_entered_item_cannot_be_withdrawn_and_the_ui_says_why(qtbot, sample_copy, messages):
    window = open_window(qtbot, sample_copy)
    type_text(qtbot, window.catalog.filter_bar.search, "对公民法律援助申请的审批")
    click_row(qtbot, window, 0)
    before = stored(sample_copy, "对公民法律援助申请的审批")

    trigger(qtbot, window, "unassign")

    assert len(messages) == 1 and "不得撤出" in messages[0][1] and "§二(一)" in messages[0][1]
    assert stored(sample_copy, "对公民法律援助申请的审批").places == before.places
    assert window.session.undo_stack.count() == 0


# Item lifecycle.

def test_merge_two_items_from_the_menu(qtbot, sample_copy, monkeypatch):
    window = open_window(qtbot, sample_copy)
    type_text(qtbot, window.catalog.filter_bar.search, "普通护照")
    click_row(qtbot, window, 0)
    click_row(qtbot, window, 1, Qt.KeyboardModifier.ShiftModifier)
    merged = window.catalog.selected_items()
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("普通护照签发及换发", True))

    trigger(qtbot, window, "merge_items")

    result = stored(sample_copy, "普通护照签发及换发")
    assert result.status is EntryStatus.ENTERED
    assert result.annual_volume == sum(i.annual_volume for i in merged)
    assert all(stored(sample_copy, i.name) is None for i in merged)
    window.catalog.filter_bar.search.clear()
    assert "普通护照签发及换发" in {i.name for i in shown_items(window)}
    trigger(qtbot, window, "undo")
    assert stored(sample_copy, "普通护照签发及换发") is None
    assert all(stored(sample_copy, i.name) is not None for i in merged)


def test_split_an_item_from_the_menu(qtbot, sample_copy, monkeypatch):
    window = open_window(qtbot, sample_copy)
    type_text(qtbot, window.catalog.filter_bar.search, "工伤认定申请")
    click_row(qtbot, window, 0)
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        lambda *args, **kwargs: ("工伤认定申请(单位申请)\n工伤认定申请(个人申请)", True))

    trigger(qtbot, window, "split_item")

    assert stored(sample_copy, "工伤认定申请") is None
    parts = [stored(sample_copy, "工伤认定申请(单位申请)"), stored(sample_copy, "工伤认定申请(个人申请)")]
    assert all(p is not None and p.status is EntryStatus.ENTERED for p in parts)
    assert [i.name for i in shown_items(window)] == ["工伤认定申请(单位申请)", "工伤认定申请(个人申请)"]


# Editing in the detail pane.

def test_editing_an_item_with_validation(qtbot, sample_copy):
    window = open_window(qtbot, sample_copy)
    type_text(qtbot, window.catalog.filter_bar.search, "申办APEC商务旅行卡")
    click_row(qtbot, window, 0)
    form = retype_and_save(qtbot, window, "item", "basic_code", "1234567890123")
    assert form.problems.text() == "基本编码不能超过 12 个字符(现为 13 个)"

    retype(qtbot, form, "basic_code", "001101009000")
    retype_and_save(qtbot, window, "item", "annual_volume", "4321")
    item = stored(sample_copy, "申办APEC商务旅行卡")
    assert (item.basic_code, item.annual_volume) == ("001101009000", 4321)
    assert shown_items(window)[0].annual_volume == 4321


@pytest.mark.postgres
@pytest.mark.parametrize("choice", ["keep mine", "take theirs"])
def test_stale_version_conflict_on_a_shared_postgres_database(qtbot, postgres_url, sample_path, monkeypatch, choice):
    source, shared = open_database(sample_path, readonly=True), open_database(postgres_url, create=True)
    copy_rows(source, shared)
    source.close()
    window = open_window(qtbot, postgres_url)
    type_text(qtbot, window.catalog.filter_bar.search, "工会法人资格登记")
    click_row(qtbot, window, 0)
    [seen] = window.catalog.selected_items()

    colleague = PlanEditor(shared, actor="陈审核")  # another planner, another connection
    colleague.update_item(seen.id, seen.version, {"annual_volume": 777})

    form = window.detail.forms["item"]
    retype(qtbot, form, "annual_volume", "555")
    shown_rows = []

    def decide(dialog):
        table = dialog.table
        shown_rows.extend([table.item(r, c).text() for c in range(3)] for r in range(table.rowCount()))
        return QDialog.DialogCode.Accepted if choice == "keep mine" else QDialog.DialogCode.Rejected

    monkeypatch.setattr(ConflictDialog, "exec", decide)
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    settle(qtbot, window)

    assert shown_rows == [["年办件量", "555", "777"]]
    expected = 555 if choice == "keep mine" else 777
    [stored_item] = [i for i in list_items(shared) if i.id == seen.id]
    assert stored_item.annual_volume == expected
    assert form.editors["annual_volume"].value() == expected
    assert shown_items(window)[0].annual_volume == expected
    shared.close()


def test_a_new_item_is_entered_in_the_full_form(qtbot, sample_copy, monkeypatch):
    window = open_window(qtbot, sample_copy)
    seen_problems = []

    def fill(dialog):
        form = dialog.form
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        type_text(qtbot, form.editors["name"], "新设事项测试")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # OK with the codes still empty
        qtbot.waitUntil(ok.isEnabled)  # refused: the dialog stays, ready again
        seen_problems.append(form.problems.text())
        type_text(qtbot, form.editors["basic_code"], "009900000001")
        type_text(qtbot, form.editors["implementation_code"], "11350200TEST0000009900000001")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
        return dialog.result()

    monkeypatch.setattr(NewRecordDialog, "exec", fill)
    trigger(qtbot, window, "new_item")

    assert seen_problems == ["基本编码不能为空\n实施编码不能为空"]
    created = stored(sample_copy, "新设事项测试")
    assert created is not None and created.status is EntryStatus.PLANNED
    assert window.catalog.model.total == 292
    trigger(qtbot, window, "undo")
    assert stored(sample_copy, "新设事项测试") is None and window.catalog.model.total == 291


def test_an_edit_updates_rows_without_resetting_the_table(qtbot, qtmodeltester, sample_copy):
    window = open_window(qtbot, sample_copy)
    qtmodeltester.check(window.catalog.model)
    item = next(i for i in shown_items(window) if i.status is EntryStatus.PLANNED and not i.window_names)
    with qtbot.assertNotEmitted(window.catalog.model.modelReset), \
            qtbot.waitSignal(window.catalog.model.dataChanged):
        window.catalog.assign([item.id], tree_window_index(window, "Z02").data(WindowIdRole))
    row = window.catalog.model.row_of(item.id)
    assert window.catalog.model.index(row, 7).data() == "Z02 无差别综合窗口", "the number tells windows apart"
    qtmodeltester.check(window.catalog.model)


def test_save_a_copy_and_the_recent_files(qtbot, tmp_path, sample_copy, monkeypatch):
    window = open_window(qtbot, sample_copy)
    target = tmp_path / "copy.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    trigger(qtbot, window, "save_copy")
    copy = open_database(target, readonly=True)
    assert len(list_items(copy)) == 291
    copy.close()

    window.files.recent_menu.aboutToShow.emit()
    assert [action.text() for action in window.files.recent_menu.actions()] == [str(sample_copy)]


def test_the_layout_is_remembered(qtbot):
    window = gui_app.MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.splitter.setSizes([300, 900, 400])
    sizes = window.splitter.sizes()
    window.close()
    assert QSettings().value("window/geometry") is not None
    # The offscreen screen (800 pixels) would clamp the restored geometry; the
    # splitter is checked at the window's own size.
    QSettings().remove("window/geometry")

    again = gui_app.MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert again.splitter.sizes() == sizes


def test_sorting_keeps_the_selected_item_and_filtering_disables_item_actions(qtbot, sample_copy):
    window = open_window(qtbot, sample_copy)
    click_row(qtbot, window, 5)
    [chosen] = window.catalog.selected_items()
    window.catalog.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert window.catalog.selected_items() == [chosen]

    type_text(qtbot, window.catalog.filter_bar.search, "zzzz")
    assert window.catalog.model.rowCount() == 0
    assert not window.actions["rename_item"].isEnabled() and not window.actions["assign"].isEnabled()


def test_renaming_a_window_shows_in_the_catalog_and_undo_in_the_detail_pane(qtbot, sample_copy):
    window = open_window(qtbot, sample_copy)
    tree = window.places.tree
    index = tree_window_index(window, "D01")
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())
    settle(qtbot, window)
    form = window.detail.forms["window"]
    assert form.editors["name"].text() == "法律服务综合窗口"
    department = form.editors["department_id"].currentText()
    retype_and_save(qtbot, window, "window", "name", "法律服务与公证综合窗口")

    legal = next(i for i in shown_items(window) if i.name == "对公民法律援助申请的审批")
    assert legal.window_names == ["法律服务与公证综合窗口"]
    assert stored(sample_copy, "对公民法律援助申请的审批").window_names == ["法律服务与公证综合窗口"]
    assert form.editors["department_id"].currentText() == department, "refreshing lists keeps the form's values"

    trigger(qtbot, window, "undo")
    assert form.editors["name"].text() == "法律服务综合窗口"
    assert next(i for i in shown_items(window) if i.name == "对公民法律援助申请的审批").window_names == [
        "法律服务综合窗口"]


def test_the_venue_tree_follows_edits_in_place(qtbot, qtmodeltester, sample_copy, monkeypatch):
    window = open_window(qtbot, sample_copy)
    tree = window.places.model
    qtmodeltester.check(tree)
    item = next(i for i in shown_items(window) if i.status is EntryStatus.PLANNED and not i.assigned)
    count = int(tree_window_index(window, "Z02").siblingAtColumn(2).data())
    with qtbot.assertNotEmitted(tree.rowsRemoved), qtbot.assertNotEmitted(tree.modelReset):
        window.catalog.assign([item.id], tree_window_index(window, "Z02").data(WindowIdRole))
        settle(qtbot, window)
    assert tree_window_index(window, "Z02").siblingAtColumn(2).data() == str(count + 1)

    def fill(dialog):
        dialog.form.editors["number"].setText("Z99")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
        return dialog.result()

    monkeypatch.setattr(NewRecordDialog, "exec", fill)
    center = tree_window_index(window, "Z02").parent()
    window.places.tree.setCurrentIndex(center)
    trigger(qtbot, window, "new_window")
    assert tree_window_index(window, "Z99").siblingAtColumn(2).data() == "0"
    qtmodeltester.check(tree)
    trigger(qtbot, window, "undo")
    with pytest.raises(AssertionError, match="no window Z99"):
        tree_window_index(window, "Z99")
    qtmodeltester.check(tree)


def test_the_bundled_sample_opens_read_only_and_offers_a_working_copy(qtbot, tmp_path, sample_path):
    before = sample_path.read_bytes()
    window = open_window(qtbot, sample_path)
    assert window.session.database.readonly and window.work_on_copy.isVisible()
    assert not window.actions["new_item"].isEnabled()

    with qtbot.waitSignal(window.database_opened, timeout=20_000) as opened:
        qtbot.mouseClick(window.work_on_copy, Qt.MouseButton.LeftButton)

    copy = tmp_path / "data" / "HallPlanner" / "HallPlanner" / "xiamen.sqlite"
    assert opened.args == [str(copy)] and not window.work_on_copy.isVisible()
    assert window.actions["new_item"].isEnabled()
    assert sample_path.read_bytes() == before
    assert not sample_path.with_name(sample_path.name + "-wal").exists()


def test_the_catalog_tells_windows_apart_and_counts_items(qtbot, sample_copy):
    window = open_window(qtbot, sample_copy)
    model = window.catalog.model
    db = open_database(sample_copy, readonly=True)
    stored_items = {item.id: item for item in list_items(db)}
    db.close()
    for row in range(model.rowCount()):
        item = stored_items[model.item_at(row).id]
        places = [p for p in item.places if p.window]
        assert model.index(row, 7).data() == "、".join(dict.fromkeys(f"{p.window_number} {p.window}" for p in places))
        assert model.index(row, 6).data() == f"{item.annual_volume:,}"
    assigned = sum(1 for item in stored_items.values() if item.assigned)
    assert f"其中已分配窗口的事项 {assigned} 个" in window.counts.text()
    assert len({model.index(row, 7).data() for row in range(model.rowCount()) if "公安事务综合窗口" in
                model.index(row, 7).data()}) > 1, "A01 … A08 share a name but not a number"


def test_renaming_the_filtered_department_keeps_the_filter(qtbot, sample_copy):
    window = open_window(qtbot, sample_copy)
    bar = window.catalog.filter_bar
    bar.department.setCurrentIndex(bar.department.findText("厦门市科学技术局"))
    shown = {i.id for i in shown_items(window)}
    department = next(d for d in window.catalog.departments if d.full_name == "厦门市科学技术局")
    window.session.edit(lambda editor: editor.update_department(department.id, 1, {"full_name": "厦门市科技局"}))
    settle(qtbot, window)
    assert bar.department.currentText() == "厦门市科技局"
    assert {i.id for i in shown_items(window)} == shown


def test_the_tree_and_the_detail_pane_follow_what_an_edit_changed(qtbot, sample_copy):
    window = open_window(qtbot, sample_copy)
    window.places.tree.setCurrentIndex(tree_window_index(window, "K01"))
    settle(qtbot, window)
    k01 = window.places.current_window()
    window.session.edit(lambda editor: editor.update_window(k01, 1, {"kind": WindowKind.GENERAL}))
    settle(qtbot, window)
    assert tree_window_index(window, "K01").siblingAtColumn(1).data() == WindowKind.GENERAL.label
    assert window.places.current_window() == k01, "the tree keeps its current row"

    item = next(i for i in shown_items(window) if i.status is EntryStatus.PLANNED and not i.assigned)
    select_row_of(qtbot, window, item.id)
    window.catalog.assign([item.id], tree_window_index(window, "Z02").data(WindowIdRole))
    settle(qtbot, window)
    assert "Z02 无差别综合窗口" in window.detail.forms["item"].extra.text()


def test_an_edit_of_the_exact_match_keeps_it_selected(qtbot, sample_copy):
    window = open_window(qtbot, sample_copy)
    type_text(qtbot, window.catalog.filter_bar.search, "外国人来华工作许可")
    click_row(qtbot, window, 0)
    [item] = window.catalog.selected_items()
    assert item.name == "外国人来华工作许可"
    form = window.detail.forms["item"]
    form.editors["annual_volume"].setValue(item.annual_volume + 1)
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert [i.id for i in window.catalog.selected_items()] == [item.id]
    assert window.actions["rename_item"].isEnabled()


def test_an_untouched_form_has_no_changes_even_where_it_cannot_show_a_value(qtbot):
    from hallplanner.gui.detail.forms import RecordForm

    form = RecordForm("window")
    qtbot.addWidget(form)
    form.load({"id": 1, "version": 1, "number": " A01 ", "name": "窗口", "x": 12.3456, "width": 2.0})
    assert form.changes() == {}
    form.editors["name"].setText("窗口二")
    assert form.changes() == {"name": "窗口二"}


def select_row_of(qtbot, window, item_id) -> None:
    click_row(qtbot, window, window.catalog.model.row_of(item_id))
