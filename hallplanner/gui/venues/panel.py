"""The places panel: venues and their windows (items are dropped here), and the departments."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QTabWidget,
    QTreeView,
    QWidget,
)

from hallplanner.domain.vocabulary import (
    DepartmentKind,
    HostKind,
    VenueKind,
    VenueStatus,
    WindowKind,
)
from hallplanner.gui.actions import connect_handlers
from hallplanner.gui.detail.forms import DEPARTMENT, VENUE, WINDOW
from hallplanner.gui.detail.new_record import ask_new_record
from hallplanner.gui.session import PlanSession
from hallplanner.gui.venues.venue_tree import VenueIdRole, VenueTreeModel, WindowIdRole
from hallplanner.services.views import ChangeNotice, DepartmentView, VenueView


class PlacesPanel(QTabWidget):
    selection_changed = Signal()
    record_chosen = Signal(str, int)  # kind, id: the detail pane shows it
    items_dropped = Signal(list, int)  # item ids, window id
    history_requested = Signal(str, int, str)  # kind, id, name: the history page shows the record's edits

    def __init__(self, session: PlanSession, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leftTabs")
        self.session = session
        self.departments: list[DepartmentView] = []
        self.model = VenueTreeModel(self)
        self.model.items_dropped.connect(self.items_dropped)
        self.tree = self._tree()
        self.department_list = QListWidget(objectName="departmentList")
        self.department_list.currentItemChanged.connect(self._department_chosen)
        self.department_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.department_list.customContextMenuRequested.connect(self._department_menu)
        self.addTab(self.tree, self.tr("场所与窗口"))
        self.addTab(self.department_list, self.tr("部门"))
        handlers = {"new_window": self.new_window, "delete_window": self.delete_window,
                    "new_venue": self.new_venue, "delete_venue": self.delete_venue,
                    "new_department": self.new_department, "delete_department": self.delete_department}
        connect_handlers(actions, handlers)
        session.changed.connect(self.apply)

    def _tree(self) -> QTreeView:
        view = QTreeView(objectName="venueTree")
        view.setModel(self.model)
        view.setUniformRowHeights(True)
        view.setAcceptDrops(True)
        view.setDropIndicatorShown(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        view.setColumnWidth(0, 180)
        view.setColumnWidth(1, 76)
        view.setColumnWidth(2, 40)
        view.selectionModel().currentChanged.connect(self._tree_chosen)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._tree_menu)
        return view

    def _tree_menu(self, position) -> None:
        index = self.tree.indexAt(position)
        if not index.isValid():
            return
        window_id, venue_id = index.data(WindowIdRole), index.data(VenueIdRole)
        kind, row_id = ("window", window_id) if window_id is not None else ("venue", venue_id)
        if row_id is None:
            return
        name = index.siblingAtColumn(0).data()
        if window_id is not None:
            name = f"{index.parent().siblingAtColumn(0).data()} {name}"
        menu = QMenu(self)
        menu.addAction(self.tr("查看历史"), lambda: self.history_requested.emit(kind, row_id, name))
        menu.exec(self.tree.viewport().mapToGlobal(position))
        menu.deleteLater()

    def _department_menu(self, position) -> None:
        entry = self.department_list.itemAt(position)
        if entry is None:
            return
        department_id = entry.data(Qt.ItemDataRole.UserRole)
        menu = QMenu(self)
        menu.addAction(self.tr("查看历史"),
                       lambda: self.history_requested.emit("department", department_id, entry.text()))
        menu.exec(self.department_list.viewport().mapToGlobal(position))
        menu.deleteLater()

    # Showing what changed.

    def apply(self, notice: ChangeNotice) -> None:
        if notice.catalog is not None:
            self.model.set_venues(notice.catalog.venues)
            self.tree.expandToDepth(0)
            self._show_departments(notice.catalog.departments)
            return
        if notice.venues or notice.removed_venues:
            self.model.update_venues(list(notice.venues), notice.removed_venues)
        if notice.departments is not None:
            self._show_departments(list(notice.departments))

    def _show_departments(self, departments: list[DepartmentView]) -> None:
        self.departments = departments
        current = self.current_department()
        self.department_list.blockSignals(True)
        self.department_list.clear()
        for department in departments:
            entry = QListWidgetItem(self.tr("{name}({short})").format(name=department.full_name,
                                                                      short=department.short_name))
            entry.setData(Qt.ItemDataRole.UserRole, department.id)
            self.department_list.addItem(entry)
            if department.id == current:
                self.department_list.setCurrentItem(entry)
        self.department_list.blockSignals(False)

    def venues(self) -> list[VenueView]:
        return self.model.venues()

    # Selection.

    def _tree_id(self, role: int) -> int | None:
        index = self.tree.currentIndex()
        return index.siblingAtColumn(0).data(role) if index.isValid() else None

    def current_window(self) -> int | None:
        return self._tree_id(WindowIdRole)

    def current_venue(self) -> int | None:
        return self._tree_id(VenueIdRole)

    def current_department(self) -> int | None:
        entry = self.department_list.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None

    def show_venue(self, venue_id: int) -> bool:
        """Select the venue in the tree and show it in the detail pane."""
        return self._show_in_tree(self.model.index_of(venue_id))

    def show_window(self, window_id: int) -> bool:
        """Select the window in the tree (its venue opened) and show it in the detail pane."""
        return self._show_in_tree(self.model.window_index(window_id))

    def _show_in_tree(self, index: QModelIndex | None) -> bool:
        if index is None:
            return False
        self.setCurrentWidget(self.tree)
        if index.parent().isValid():
            self.tree.expand(index.parent())
        if self.tree.currentIndex() == index:
            self._tree_chosen()  # current already: the detail pane may show another record
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def show_department(self, department_id: int) -> bool:
        """Select the department in its list and show it in the detail pane."""
        for row in range(self.department_list.count()):
            entry = self.department_list.item(row)
            if entry.data(Qt.ItemDataRole.UserRole) == department_id:
                self.setCurrentWidget(self.department_list)
                if self.department_list.currentItem() is entry:
                    self._department_chosen(entry)
                self.department_list.setCurrentItem(entry)
                return True
        return False

    def _tree_chosen(self) -> None:
        self.selection_changed.emit()
        window, venue = self.current_window(), self.current_venue()
        if window is not None:
            self.record_chosen.emit(WINDOW, window)
        elif venue is not None:
            self.record_chosen.emit(VENUE, venue)

    def _department_chosen(self, current: QListWidgetItem | None) -> None:
        self.selection_changed.emit()
        if current is not None:
            self.record_chosen.emit(DEPARTMENT, current.data(Qt.ItemDataRole.UserRole))

    # Creating and deleting.

    def new_window(self) -> None:
        venue = self.current_venue()
        if venue is None:
            return
        ask_new_record(self, self.session, WINDOW,
                       {"venue_id": venue, "name": self.tr("无差别综合窗口"), "kind": WindowKind.GENERAL,
                        "width": 2.0, "height": 1.2},
                       self.departments, lambda editor, values: editor.create_window(values))

    def delete_window(self) -> None:
        window = self.current_window()
        if window is not None:
            self.session.edit(lambda editor: editor.delete_window(window))

    def new_venue(self) -> None:
        ask_new_record(self, self.session, VENUE,
                       {"kind": VenueKind.EXTENSION, "status": VenueStatus.OPEN, "host_kind": HostKind.GOVERNMENT},
                       self.departments, lambda editor, values: editor.create_venue(values))

    def delete_venue(self) -> None:
        venue = self.current_venue()
        if venue is not None and self.current_window() is None:
            self.session.edit(lambda editor: editor.delete_venue(venue))

    def new_department(self) -> None:
        ask_new_record(self, self.session, DEPARTMENT, {"kind": DepartmentKind.BUREAU}, self.departments,
                       lambda editor, values: editor.create_department(values))

    def delete_department(self) -> None:
        department = self.current_department()
        if department is not None:
            self.session.edit(lambda editor: editor.delete_department(department))
