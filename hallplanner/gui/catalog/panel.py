"""The catalog panel: filter bar and item table, and every action on the selected items."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hallplanner.domain.vocabulary import EntryStatus, ItemType, Level, PlaceRole
from hallplanner.gui.actions import connect_handlers
from hallplanner.gui.catalog.filter_bar import FilterBar
from hallplanner.gui.catalog.item_model import ItemTableModel
from hallplanner.gui.catalog.place_dialogs import (
    ClosePlaceDialog,
    EntryDateDialog,
    KeepPlaceDialog,
)
from hallplanner.gui.catalog.window_picker import WindowPicker
from hallplanner.gui.detail.forms import ITEM
from hallplanner.gui.detail.new_record import ask_new_record
from hallplanner.gui.i18n import translated
from hallplanner.gui.session import PlanSession
from hallplanner.services.views import ChangeNotice, DepartmentView, ItemView, VenueView

COLUMN_WIDTHS = (108, 196, 56, 60, 64, 48, 66, 150, 80, 100)


class CatalogPanel(QWidget):
    selection_changed = Signal()
    item_chosen = Signal(int)  # one item selected: the detail pane shows it

    def __init__(self, session: PlanSession, actions: dict[str, QAction],
                 venues: Callable[[], list[VenueView]], status_menu: QMenu, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.actions = actions
        self._venues = venues
        self.departments: list[DepartmentView] = []
        self._domains: dict[int, set[str]] = {}  # venue id → domains of its windows, for the filter
        self.model = ItemTableModel(self)
        self.model.may_change = lambda item: session.may_change_department(item.department_id)
        self.model.refusal = self._refusal
        self.filter_bar = FilterBar()
        self.filter_bar.changed.connect(self._filter)
        self.view = self._table()
        self.status_menu = status_menu
        for status in EntryStatus:
            self.status_menu.addAction(translated(status.label), lambda s=status: self.set_status(s))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.view)
        handlers = {"find": self.filter_bar.search.setFocus, "assign": self.pick_window,
                    "unassign": self.unassign_selected, "schedule_entry": self.schedule_entry,
                    "keep_place": self.keep_place, "close_place": self.close_place, "new_item": self.new_item, "rename_item": self.rename_item,
                    "merge_items": self.merge_items, "split_item": self.split_item,
                    "delete_items": self.delete_items}
        connect_handlers(actions, handlers)
        session.changed.connect(self.apply)

    def _table(self) -> QTableView:
        view = QTableView(objectName="itemTable")
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setDragEnabled(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        view.setAlternatingRowColors(True)
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))  # whole header, any language
        header.setStretchLastSection(True)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._item_menu)
        view.selectionModel().selectionChanged.connect(self._selected)
        # A reset (filtering) clears the selection without selectionChanged.
        self.model.modelReset.connect(self.selection_changed)
        return view

    def _refusal(self, item: ItemView) -> str | None:
        """Why this login may not change ``item``, for its tooltip (a viewer is told once, by the window)."""
        session = self.session
        if not session.writable or session.may_change_department(item.department_id):
            return None
        return session.department_refusal(item.department_id, item.department_short)

    # Showing what changed.

    def apply(self, notice: ChangeNotice) -> None:
        if notice.catalog is not None:
            self.model.set_catalog(notice.catalog)
            self.departments = notice.catalog.departments
            self._domains = {}
            self._note_venues(notice.catalog.venues, ())
            return
        if notice.items or notice.removed_items:
            self.model.update_items(notice.items, notice.removed_items)
        if notice.departments is not None:
            self.departments = list(notice.departments)
        if notice.venues or notice.removed_venues or notice.departments is not None:
            self._note_venues(notice.venues, notice.removed_venues)

    def _note_venues(self, venues, removed) -> None:
        for venue_id in removed:
            self._domains.pop(venue_id, None)
        for venue in venues:
            self._domains[venue.id] = {window.domain for window in venue.windows if window.domain}
        domains = sorted(set().union(*self._domains.values())) if self._domains else []
        self.filter_bar.set_choices([(d.full_name, d.id) for d in self.departments], domains)

    def _filter(self, wanted) -> None:
        self.model.set_filter(wanted)
        self.selection_changed.emit()

    # Selection.

    def selected_items(self) -> list[ItemView]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.item_at(row) for row in rows]

    def _selected(self) -> None:
        self.selection_changed.emit()
        items = self.selected_items()
        if len(items) == 1:
            self.item_chosen.emit(items[0].id)

    def show_item(self, item_id: int) -> bool:
        """Select ``item_id`` and show it in the detail pane; filters that hide it are cleared first."""
        if self.model.item(item_id) is None:
            return False
        if self.model.row_of(item_id) is None:
            self.filter_bar.clear()
        index = self.model.index(self.model.row_of(item_id), 1)
        if self.selected_items() == [self.model.item(item_id)]:
            self.item_chosen.emit(item_id)  # selected already: the detail pane may show another record
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _item_menu(self, position) -> None:
        menu = QMenu(self)
        for action_id in ("assign", "unassign"):
            menu.addAction(self.actions[action_id])
        items = self.selected_items()
        if len(items) == 1 and self.session.may_change_department(items[0].department_id):
            item = items[0]
            for place in item.places:
                for role in PlaceRole:
                    if role is not place.role:
                        menu.addAction(self.tr("在“{venue}”设为{role}").format(venue=place.venue,
                                                                              role=translated(role.label)),
                                       lambda p=place, r=role: self.session.edit(
                                           lambda editor: editor.set_role(item.id, p.venue_id, r)))
        menu.addMenu(self.status_menu)
        for action_id in ("schedule_entry", "keep_place", "close_place"):
            menu.addAction(self.actions[action_id])
        menu.addSeparator()
        for action_id in ("rename_item", "merge_items", "split_item", "delete_items", None, "item_history"):
            if action_id is None:
                menu.addSeparator()
            else:
                menu.addAction(self.actions[action_id])
        menu.exec(self.view.viewport().mapToGlobal(position))
        menu.deleteLater()

    # Assigning.

    def assign(self, item_ids: list[int], window_id: int) -> None:
        self.session.edit(lambda editor: editor.assign(item_ids, window_id))

    def pick_window(self) -> None:
        ids = [item.id for item in self.selected_items()]
        if not ids:
            return
        picker = WindowPicker(self._venues(), self)
        if picker.exec() == QDialog.DialogCode.Accepted and picker.chosen_window() is not None:
            self.assign(ids, picker.chosen_window())
        picker.deleteLater()

    def unassign_selected(self) -> None:
        ids = [item.id for item in self.selected_items()]
        if ids:
            self.session.edit(lambda editor: editor.take_out_of_windows(ids))

    def set_status(self, status: EntryStatus) -> None:
        ids = [item.id for item in self.selected_items()]
        if ids:
            self.session.edit(lambda editor: editor.set_status(ids, status))

    # The plan over time: the entry date, the old places (plan §二(一)–(二)).

    def schedule_entry(self) -> None:
        items = self.selected_items()
        if not items:
            return
        dialog = EntryDateDialog(items, self.session.plan_day, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            ids, day = [item.id for item in items], dialog.chosen_date()
            self.session.edit(lambda editor: editor.schedule_entry(ids, day))
        dialog.deleteLater()

    def keep_place(self) -> None:
        items = self.selected_items()
        if not items:
            return
        dialog = KeepPlaceDialog(items, self.session.plan_day, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen_venue() is not None:
            venue = dialog.chosen_venue()
            ids, reason, note = dialog.chosen_items(venue), dialog.chosen_reason(), dialog.chosen_note()
            self.session.edit(lambda editor: editor.keep_place(ids, venue, reason, note))
        dialog.deleteLater()

    def close_place(self) -> None:
        items = self.selected_items()
        if not items:
            return
        dialog = ClosePlaceDialog(items, self.session.plan_day, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen_venue() is not None:
            venue = dialog.chosen_venue()
            ids, day = dialog.chosen_items(venue), dialog.chosen_date()
            self.session.edit(lambda editor: editor.close_place(ids, venue, day))
        dialog.deleteLater()

    # Item lifecycle (plan §二(四)).

    def new_item(self) -> None:
        if not self.departments:
            return
        # A department login adds items of its own department only.
        departments = [d for d in self.departments if self.session.may_change_department(d.id)]
        if not departments:
            return
        chosen = self.filter_bar.department.currentData()  # the department filtered on, if any
        if chosen not in {d.id for d in departments}:
            chosen = departments[0].id
        defaults = {"department_id": chosen, "item_type": ItemType.PUBLIC_SERVICE, "level": Level.CITY,
                    "status": EntryStatus.PLANNED, "online_depth": 1}
        ask_new_record(self, self.session, ITEM, defaults, departments,
                       lambda editor, values: editor.create_item(values))

    def rename_item(self) -> None:
        items = self.selected_items()
        if len(items) != 1:
            return
        [item] = items
        name, ok = QInputDialog.getText(self, self.tr("事项更名"), self.tr("新名称:"), text=item.name)
        if ok and name.strip() and name.strip() != item.name:
            self.session.edit(lambda editor: editor.rename_item(item.id, item.version, name.strip()))

    def merge_items(self) -> None:
        items = self.selected_items()
        if len(items) < 2:
            return
        name, ok = QInputDialog.getText(self, self.tr("合并事项"),
                                        self.tr("把 {} 个事项合并为(名称):").format(len(items)), text=items[0].name)
        if ok and name.strip():
            ids = [item.id for item in items]
            self.session.edit(lambda editor: editor.merge_items(ids, name))

    def split_item(self) -> None:
        items = self.selected_items()
        if len(items) != 1:
            return
        [item] = items
        text, ok = QInputDialog.getMultiLineText(self, self.tr("拆分事项"), self.tr("拆分后的事项名称(每行一个):"),
                                                 self.tr("{name}(一)\n{name}(二)").format(name=item.name))
        names = [line.strip() for line in text.splitlines() if line.strip()]
        if ok and names:
            self.session.edit(lambda editor: editor.split_item(item.id, names))

    def delete_items(self) -> None:
        ids = [item.id for item in self.selected_items()]
        if not ids:
            return
        answer = QMessageBox.question(self, self.tr("删除事项"),
                                      self.tr("确定从目录中删除 %n 个事项?(可撤销)", "", len(ids)))
        if answer == QMessageBox.StandardButton.Yes:
            self.session.edit(lambda editor: editor.delete_items(ids))
