"""The main window: wires the catalog, the venue tree and the detail pane to the services."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hallplanner import __version__
from hallplanner.db.database import Database
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.validation import ValidationError
from hallplanner.domain.vocabulary import (
    DepartmentKind,
    EntryStatus,
    HostKind,
    ItemType,
    Level,
    PlaceRole,
    VenueKind,
    VenueStatus,
    WindowKind,
)
from hallplanner.gui import settings as app_settings
from hallplanner.gui.actions import create_actions
from hallplanner.gui.catalog.filter_bar import FilterBar
from hallplanner.gui.catalog.item_model import ItemTableModel
from hallplanner.gui.commands import EditCommand
from hallplanner.gui.detail import DEPARTMENT, ITEM, VENUE, WINDOW, DetailPane, field_labels
from hallplanner.gui.dialogs.conflict import ConflictDialog
from hallplanner.gui.dialogs.new_record import NewRecordDialog
from hallplanner.gui.dialogs.window_picker import WindowPicker
from hallplanner.gui.loading import Catalog, OpenJob, start
from hallplanner.gui.venues.venue_tree import VenueIdRole, VenueTreeModel, WindowIdRole
from hallplanner.services.catalog import (
    ItemView,
    home_region,
    items_referring_to,
    list_departments,
    list_items,
    list_venues,
    record,
)
from hallplanner.services.editing import Edit, PlanEditor, StaleEdit
from hallplanner.services.setup import new_plan, save_copy

COLUMN_WIDTHS = (104, 250, 72, 72, 80, 60, 72, 132, 120)


class MainWindow(QMainWindow):
    database_opened = Signal(str)  # the location of the database now shown
    open_failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.database: Database | None = None
        self.editor: PlanEditor | None = None
        self.venue_views = []
        self.departments = []
        self._jobs: list[OpenJob] = []
        self._splitter_restored = False
        self._detail_shows: tuple[str, int] | None = None  # (kind, id) of the record in the detail pane
        self.setWindowTitle(self.tr("HallPlanner 政务服务中心进驻规划"))
        self.resize(1600, 920)
        self.undo_stack = QUndoStack(self)
        self.actions = create_actions(self)

        self.items = ItemTableModel(self)
        self.item_view = self._item_table()
        self.filter_bar = FilterBar()
        self.filter_bar.changed.connect(self._filter)

        self.venues = VenueTreeModel(self)
        self.venues.items_dropped.connect(self.assign)
        self.venue_view = self._venue_tree()
        self.department_list = QListWidget(objectName="departmentList")
        self.department_list.currentItemChanged.connect(self._show_department)
        left = QTabWidget(objectName="leftTabs")
        left.addTab(self.venue_view, self.tr("场所与窗口"))
        left.addTab(self.department_list, self.tr("部门"))

        self.detail = DetailPane()
        for form in self.detail.forms.values():
            form.save_requested.connect(self.save_record)

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.filter_bar)
        middle_layout.addWidget(self.item_view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        for part in (left, middle, self.detail):
            self.splitter.addWidget(part)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([440, 840, 320])
        self.setCentralWidget(self.splitter)

        self.counts = QLabel(objectName="counts")
        self.statusBar().addPermanentWidget(self.counts)
        self._build_menus()
        self._connect_actions()
        self._restore_layout()
        self.update_actions()

    # Building.

    def _item_table(self) -> QTableView:
        view = QTableView(objectName="itemTable")
        view.setModel(self.items)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setDragEnabled(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        view.setAlternatingRowColors(True)
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._item_menu)
        view.selectionModel().selectionChanged.connect(self._item_selected)
        # A reset (filtering) clears the selection without selectionChanged.
        self.items.modelReset.connect(self.update_actions)
        return view

    def _venue_tree(self) -> QTreeView:
        view = QTreeView(objectName="venueTree")
        view.setModel(self.venues)
        view.setUniformRowHeights(True)
        view.setAcceptDrops(True)
        view.setDropIndicatorShown(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        view.setColumnWidth(0, 186)
        view.setColumnWidth(1, 92)
        view.setColumnWidth(2, 44)
        view.selectionModel().currentChanged.connect(self._venue_selected)
        return view

    def _build_menus(self) -> None:
        a = self.actions
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        file_menu.addAction(a["new"])
        file_menu.addAction(a["open"])
        self.recent_menu = file_menu.addMenu(self.tr("最近打开(&R)"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addAction(a["save_copy"])
        file_menu.addSeparator()
        file_menu.addAction(a["quit"])

        edit_menu = self.menuBar().addMenu(self.tr("编辑(&E)"))
        undo = self.undo_stack.createUndoAction(self, self.tr("撤销"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("重做"))
        redo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        self.undo_action, self.redo_action = undo, redo
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        edit_menu.addAction(a["find"])

        item_menu = self.menuBar().addMenu(self.tr("事项(&I)"))
        for action_id in ("assign", "unassign", None, "new_item", "rename_item", "merge_items", "split_item",
                          None, "delete_items"):
            item_menu.addSeparator() if action_id is None else item_menu.addAction(a[action_id])
        self.status_menu = item_menu.addMenu(self.tr("设置进驻状态"))
        for status in EntryStatus:
            self.status_menu.addAction(status.label, lambda s=status: self.set_status(s))

        place_menu = self.menuBar().addMenu(self.tr("场所与窗口(&W)"))
        for action_id in ("new_venue", "delete_venue", None, "new_window", "delete_window", None,
                          "new_department", "delete_department"):
            place_menu.addSeparator() if action_id is None else place_menu.addAction(a[action_id])

        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(a["about"])

    def _connect_actions(self) -> None:
        handlers: dict[str, Callable[[], object]] = {
            "new": self.new_database, "open": self.choose_database, "save_copy": self.save_copy,
            "quit": self.close, "find": self.filter_bar.search.setFocus, "assign": self.pick_window,
            "unassign": self.unassign_selected, "new_item": self.new_item, "rename_item": self.rename_item,
            "merge_items": self.merge_items, "split_item": self.split_item, "delete_items": self.delete_items,
            "new_window": self.new_window, "delete_window": self.delete_window, "new_venue": self.new_venue,
            "delete_venue": self.delete_venue, "new_department": self.new_department,
            "delete_department": self.delete_department, "about": self._about,
        }
        for action_id, handler in handlers.items():
            self.actions[action_id].triggered.connect(lambda _checked=False, h=handler: h())
            self.addAction(self.actions[action_id])

    def update_actions(self) -> None:
        """The one place that decides which actions can be used now."""
        open_ = self.database is not None
        writable = open_ and not self.database.readonly
        selected = len(self.selected_items())
        window = self._current_tree_id(WindowIdRole)
        venue = self._current_tree_id(VenueIdRole)
        enabled = {
            "save_copy": open_, "find": open_,
            "assign": writable and selected > 0, "unassign": writable and selected > 0,
            "new_item": writable and bool(self.departments), "rename_item": writable and selected == 1,
            "merge_items": writable and selected >= 2, "split_item": writable and selected == 1,
            "delete_items": writable and selected > 0,
            "new_window": writable and venue is not None, "delete_window": writable and window is not None,
            "new_venue": writable, "delete_venue": writable and venue is not None and window is None,
            "new_department": writable, "delete_department": writable and self.department_list.currentItem()
            is not None,
        }
        for action_id, state in enabled.items():
            self.actions[action_id].setEnabled(bool(state))
        self.status_menu.setEnabled(writable and selected > 0)

    # Opening and showing a database.

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("打开数据库"), "", self.tr("HallPlanner 数据库 (*.sqlite *.db);;所有文件 (*)")
        )
        if path:
            self.open(path)

    def open(self, target: str) -> None:
        """Open ``target`` in the background; the workspace stays as it is until it has loaded."""
        job = OpenJob(target)
        progress = QProgressDialog(self.tr("正在打开 {}…").format(target), None, 0, 0, self)
        progress.setWindowTitle(self.tr("打开数据库"))
        progress.setMinimumDuration(400)
        progress.setWindowModality(Qt.WindowModality.WindowModal)

        def finished() -> None:
            progress.close()
            self._jobs.remove(job)

        job.signals.loaded.connect(lambda db, catalog: (finished(), self._show_database(db, catalog)))
        job.signals.failed.connect(lambda message: (finished(), self._open_failed(message)))
        self._jobs.append(job)
        start(job)

    def _open_failed(self, message: str) -> None:
        QMessageBox.critical(self, self.tr("无法打开数据库"), message)
        self.open_failed.emit(message)

    def _show_database(self, database: Database, catalog: Catalog) -> None:
        if self.database is not None:
            self.database.close()
        self.database = database
        self.editor = PlanEditor(database)
        self.undo_stack.clear()
        self.items.set_items(catalog.items, catalog.index)
        self._show_places(catalog.venues, catalog.departments)
        self.venue_view.expandToDepth(0)
        self.detail.clear()
        self._detail_shows = None
        self.setWindowTitle(self.tr("HallPlanner 政务服务中心进驻规划 — {}").format(database.location))
        if database.upgraded_from:
            self.statusBar().showMessage(self.tr("数据库已升级,升级前的备份:{}").format(database.backup_path), 15000)
        if database.readonly:
            self.statusBar().showMessage(self.tr("数据库文件只读:可以查看,不能修改"), 15000)
        self._update_counts()
        self.update_actions()
        app_settings.remember_database(database.location)
        self.database_opened.emit(database.location)

    def _show_places(self, venues, departments) -> None:
        self.venue_views = venues
        self.departments = departments
        self.venues.set_venues(venues)
        domains = sorted({w.domain for v in venues for w in v.windows if w.domain})
        self.filter_bar.set_choices([d.full_name for d in departments], domains)
        current = self.department_list.currentItem()
        current_id = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.department_list.blockSignals(True)
        self.department_list.clear()
        for department in departments:
            entry = QListWidgetItem(f"{department.full_name}({department.short_name})")
            entry.setData(Qt.ItemDataRole.UserRole, department.id)
            self.department_list.addItem(entry)
            if department.id == current_id:
                self.department_list.setCurrentItem(entry)
        self.department_list.blockSignals(False)
        for form in self.detail.forms.values():
            form.set_departments([(d.id, d.full_name) for d in departments])

    def _filter(self, wanted) -> None:
        self.items.set_filter(wanted)
        self._update_counts()

    def _update_counts(self) -> None:
        self.counts.setText(self.tr("显示 {shown} / 共 {total} 个事项,已分配窗口 {assigned} 个;场所 {venues} 个").format(
            shown=self.items.rowCount(), total=self.items.total, assigned=self.items.assigned_count,
            venues=len(self.venue_views)))

    # Selection and the detail pane.

    def selected_items(self) -> list[ItemView]:
        rows = sorted({index.row() for index in self.item_view.selectionModel().selectedRows()})
        return [self.items.item_at(row) for row in rows]

    def _current_tree_id(self, role: int) -> int | None:
        index = self.venue_view.currentIndex()
        return index.siblingAtColumn(0).data(role) if index.isValid() else None

    def _item_selected(self) -> None:
        self.update_actions()
        items = self.selected_items()
        if len(items) == 1:
            self._show_record(ITEM, items[0].id)

    def _venue_selected(self) -> None:
        self.update_actions()
        window, venue = self._current_tree_id(WindowIdRole), self._current_tree_id(VenueIdRole)
        if window is not None:
            self._show_record(WINDOW, window)
        elif venue is not None:
            self._show_record(VENUE, venue)

    def _show_department(self, current: QListWidgetItem | None) -> None:
        self.update_actions()
        if current is not None:
            self._show_record(DEPARTMENT, current.data(Qt.ItemDataRole.UserRole))

    def _show_record(self, kind: str, row_id: int) -> None:
        if self.database is None:
            return
        values = record(self.database, kind, row_id)
        if values is None:
            self.detail.clear()
            self._detail_shows = None
            return
        self._detail_shows = (kind, row_id)
        extra = ""
        if kind == ITEM:
            [item] = list_items(self.database, [row_id]) or [None]
            extra = self._places_text(item) if item else ""
        self.detail.show_record(kind, values, extra)

    def _places_text(self, item: ItemView) -> str:
        if not item.places:
            return self.tr("办理地点:尚未安排")
        lines = [f"{place.venue}{' ' + place.window_number + ' ' + place.window if place.window else ''}"
                 f"({place.role.label})" for place in item.places]
        return self.tr("办理地点:") + ";".join(lines)

    # Running edits.

    def run_edit(self, operation: Callable[[PlanEditor], Edit]) -> Edit | None:
        """Run one service operation; on success it goes on the undo stack."""
        edits = self.run_edits([operation], "")
        return edits[0] if edits else None

    def run_edits(self, operations: list[Callable[[PlanEditor], Edit]], label: str) -> list[Edit]:
        """Run operations, each its own transaction; those that succeed undo as one step."""
        if self.editor is None:
            return []
        edits = []
        for operation in operations:
            try:
                edits.append(operation(self.editor))
            except HallPlannerError as exc:
                self.warn(str(exc))
        if len(edits) > 1:
            self.undo_stack.beginMacro(label)
        for edit in edits:
            self._push(edit)
        if len(edits) > 1:
            self.undo_stack.endMacro()
        return edits

    def _push(self, edit: Edit) -> None:
        """Put a done edit on the undo stack and show its effect."""
        self.undo_stack.push(EditCommand(self.editor, edit, self.apply_edit, self.warn))
        self.apply_edit(edit)

    def warn(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("无法完成"), message)

    def apply_edit(self, edit: Edit) -> None:
        """Bring every view up to date with what ``edit`` changed, without reloading all."""
        # Items show their windows', venues' and department's names too.
        item_ids = edit.item_ids | items_referring_to(
            self.database, windows=edit.ids("windows"), venues=edit.ids("venues"),
            departments=edit.ids("departments"))
        if item_ids:
            changed = list_items(self.database, item_ids)
            found = {item.id for item in changed}
            self.items.update_items(changed, item_ids - found)
        self._show_places(list_venues(self.database), list_departments(self.database))
        self._update_counts()
        self.update_actions()
        if self._detail_shows is not None:
            self._show_record(*self._detail_shows)
        self.statusBar().showMessage(edit.label, 5000)

    # Assigning.

    def assign(self, item_ids: list[int], window_id: int) -> None:
        self.run_edit(lambda editor: editor.assign(item_ids, window_id))

    def pick_window(self) -> None:
        items = self.selected_items()
        if not items:
            return
        picker = WindowPicker(self.venue_views, self)
        if picker.exec() == QDialog.DialogCode.Accepted and picker.chosen_window() is not None:
            self.assign([item.id for item in items], picker.chosen_window())

    def unassign_selected(self) -> None:
        """Take each selected item out of the venue of its (first) window."""
        groups: dict[int, list[int]] = {}
        for item in self.selected_items():
            place = next((p for p in item.places if p.window_id is not None), None)
            if place is not None:
                groups.setdefault(place.venue_id, []).append(item.id)
        if not groups:
            self.warn(self.tr("所选事项都还没有分配窗口"))
            return
        self.run_edits([lambda editor, v=venue_id, i=ids: editor.unassign(i, v) for venue_id, ids in groups.items()],
                       self.tr("移出所在窗口"))

    def set_status(self, status: EntryStatus) -> None:
        ids = [item.id for item in self.selected_items()]
        self.run_edit(lambda editor: editor.set_status(ids, status))

    def _item_menu(self, position) -> None:
        menu = QMenu(self)
        for action_id in ("assign", "unassign"):
            menu.addAction(self.actions[action_id])
        items = self.selected_items()
        if len(items) == 1:
            for place in items[0].places:
                for role in PlaceRole:
                    if role is not place.role:
                        menu.addAction(self.tr("在“{}”设为{}").format(place.venue, role.label),
                                       lambda p=place, r=role, i=items[0]: self.run_edit(
                                           lambda editor: editor.set_role(i.id, p.venue_id, r)))
        menu.addMenu(self.status_menu)
        menu.addSeparator()
        for action_id in ("rename_item", "merge_items", "split_item", "delete_items"):
            menu.addAction(self.actions[action_id])
        menu.exec(self.item_view.viewport().mapToGlobal(position))

    # Item lifecycle (plan §二(四)).

    def _create(self, kind: str, defaults: dict[str, object],
                operation: Callable[[PlanEditor, dict[str, object]], Edit]) -> None:
        """Ask for a new record's fields; it is saved when they pass validation."""

        def create(values: dict[str, object]) -> list[str] | None:
            try:
                edit = operation(self.editor, {**defaults, **values})
            except ValidationError as exc:
                return exc.problems
            except HallPlannerError as exc:
                return [str(exc)]
            self._push(edit)
            return None

        departments = [(d.id, d.full_name) for d in self.departments]
        NewRecordDialog(kind, defaults, departments, create, self).exec()

    def new_item(self) -> None:
        chosen = self.filter_bar.department.currentData()
        department = next((d for d in self.departments if d.full_name == chosen), self.departments[0])
        self._create(ITEM, {"department_id": department.id, "item_type": ItemType.PUBLIC_SERVICE,
                            "level": Level.CITY, "status": EntryStatus.PLANNED, "online_depth": 1},
                     PlanEditor.create_item)

    def rename_item(self) -> None:
        if len(self.selected_items()) != 1:
            return
        [item] = self.selected_items()
        name, ok = QInputDialog.getText(self, self.tr("事项更名"), self.tr("新名称:"), text=item.name)
        if ok and name.strip() and name.strip() != item.name:
            self.run_edit(lambda editor: editor.rename_item(item.id, item.version, name.strip()))

    def merge_items(self) -> None:
        items = self.selected_items()
        if len(items) < 2:
            return
        name, ok = QInputDialog.getText(self, self.tr("合并事项"),
                                        self.tr("把 {} 个事项合并为(名称):").format(len(items)), text=items[0].name)
        if ok and name.strip():
            self.run_edit(lambda editor: editor.merge_items([item.id for item in items], name))

    def split_item(self) -> None:
        if len(self.selected_items()) != 1:
            return
        [item] = self.selected_items()
        text, ok = QInputDialog.getMultiLineText(self, self.tr("拆分事项"), self.tr("拆分后的事项名称(每行一个):"),
                                                 f"{item.name}(一)\n{item.name}(二)")
        names = [line.strip() for line in text.splitlines() if line.strip()]
        if ok and names:
            self.run_edit(lambda editor: editor.split_item(item.id, names))

    def delete_items(self) -> None:
        items = self.selected_items()
        if not items:
            return
        answer = QMessageBox.question(self, self.tr("删除事项"),
                                      self.tr("确定从目录中删除 {} 个事项?(可撤销)").format(len(items)))
        if answer == QMessageBox.StandardButton.Yes:
            self.run_edit(lambda editor: editor.delete_items([item.id for item in items]))

    # Windows, venues, departments.

    def new_window(self) -> None:
        self._create(WINDOW, {"venue_id": self._current_tree_id(VenueIdRole), "name": self.tr("无差别综合窗口"),
                              "kind": WindowKind.GENERAL, "width": 2.0, "height": 1.2},
                     PlanEditor.create_window)

    def delete_window(self) -> None:
        window_id = self._current_tree_id(WindowIdRole)
        self.run_edit(lambda editor: editor.delete_window(window_id))

    def new_venue(self) -> None:
        region = self._home_region()
        if region is None:
            return
        self._create(VENUE, {"region_id": region, "kind": VenueKind.EXTENSION,
                             "status": VenueStatus.OPEN, "host_kind": HostKind.GOVERNMENT},
                     PlanEditor.create_venue)

    def delete_venue(self) -> None:
        venue_id = self._current_tree_id(VenueIdRole)
        self.run_edit(lambda editor: editor.delete_venue(venue_id))

    def new_department(self) -> None:
        region = self._home_region()
        if region is None:
            return
        self._create(DEPARTMENT, {"region_id": region, "kind": DepartmentKind.BUREAU},
                     PlanEditor.create_department)

    def _home_region(self) -> int | None:
        """The region new venues and departments belong to: the plan's top level."""
        try:
            return home_region(self.database)
        except HallPlannerError as exc:
            self.warn(str(exc))
            return None

    def delete_department(self) -> None:
        entry = self.department_list.currentItem()
        self.run_edit(lambda editor: editor.delete_department(entry.data(Qt.ItemDataRole.UserRole)))

    # Saving a record from the detail pane.

    def save_record(self, kind: str, row_id: int, version: int, changes: dict) -> None:
        update = {ITEM: PlanEditor.update_item, WINDOW: PlanEditor.update_window,
                  VENUE: PlanEditor.update_venue, DEPARTMENT: PlanEditor.update_department}[kind]
        form = self.detail.forms[kind]
        try:
            edit = update(self.editor, row_id, version, changes)
        except StaleEdit as conflict:
            dialog = ConflictDialog(field_labels(kind), conflict.mine, conflict.theirs, self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.save_record(kind, row_id, int(conflict.theirs["version"]), changes)
            else:
                self._refresh_after_conflict(kind, row_id)
            return
        except ValidationError as exc:
            form.show_problems(exc.problems)
            return
        except HallPlannerError as exc:
            form.show_problems([str(exc)])
            return
        self._push(edit)
        self._show_record(kind, row_id)

    def _refresh_after_conflict(self, kind: str, row_id: int) -> None:
        if kind == ITEM:
            self.items.update_items(list_items(self.database, [row_id]), [])
        self._show_record(kind, row_id)

    # Files.

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("新建规划数据库"), "", self.tr("HallPlanner 数据库 (*.sqlite)"))
        if path:
            try:
                new_plan(Path(path))
            except HallPlannerError as exc:
                self.warn(str(exc))
                return
            self.open(path)

    def save_copy(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("另存副本"), "", self.tr("HallPlanner 数据库 (*.sqlite)"))
        if not path or self.database is None:
            return
        try:
            save_copy(self.database, Path(path))
        except HallPlannerError as exc:
            self.warn(str(exc))
            return
        self.statusBar().showMessage(self.tr("已另存副本:{}").format(path), 8000)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for location in app_settings.recent_files():
            self.recent_menu.addAction(location, lambda target=location: self.open(target))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(无)")).setEnabled(False)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("关于 HallPlanner"),
                          self.tr("HallPlanner {}\n政务服务中心事项进驻、窗口布局与标识规划工具。").format(__version__))

    # Window state.

    def _restore_layout(self) -> None:
        for key, restore in ((app_settings.GEOMETRY, self.restoreGeometry), (app_settings.STATE, self.restoreState)):
            saved = app_settings.load_bytes(key)
            if saved is not None:
                restore(saved)

    def showEvent(self, event) -> None:
        # A splitter scales restored sizes to its current width, so they wait until
        # the window has its real size.
        super().showEvent(event)
        if not self._splitter_restored:
            self._splitter_restored = True
            saved = app_settings.load_bytes(app_settings.SPLITTERS)
            if saved is not None:
                self.splitter.restoreState(saved)

    def closeEvent(self, event) -> None:
        app_settings.save_bytes(app_settings.GEOMETRY, self.saveGeometry())
        app_settings.save_bytes(app_settings.STATE, self.saveState())
        app_settings.save_bytes(app_settings.SPLITTERS, self.splitter.saveState())
        if self.database is not None:
            self.database.close()
        super().closeEvent(event)
