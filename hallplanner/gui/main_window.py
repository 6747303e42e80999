"""The main window: composes the panels around one plan session; it does no work itself.

Each feature lives in its folder (``catalog``, ``venues``, ``detail``,
``conflicts``, ``files`` …) and listens to the session's change notices. The
window builds the menus from the actions declared in ``actions.py``, decides in
one place which of them can be used, and keeps the window's layout.

Features plug in two ways: a large view is a page of the central tabs
(``add_page``: the workspace of catalog and places is the first page), a panel
to keep in sight while editing is a dock (``add_dock``), listed in the 视图 menu.

At start-up the window can paint its frame (title, menus, status bar) before the
panels are built: ``MainWindow(build_now=False)``, then ``build()`` once it has
painted. The panels' modules are imported there, so the planner sees the window
while Python is still loading them.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QWidget,
)

from hallplanner import __version__
from hallplanner.domain.findings import SubjectType
from hallplanner.gui import settings as app_settings
from hallplanner.gui.actions import connect_handlers, create_actions
from hallplanner.gui.i18n import joined, translated
from hallplanner.gui.language_menu import LanguageMenu
from hallplanner.services.views import ChangeNotice

# Actions on the selected items, and actions on the plan as a whole: a login may be refused either.
ITEM_ACTIONS = ("assign", "unassign", "schedule_entry", "keep_place", "close_place", "rename_item", "merge_items",
                "split_item", "delete_items")
PLAN_ACTIONS = ("import_catalog", "new_window", "delete_window", "new_venue", "delete_venue", "new_department",
                "delete_department")

MENUS = (  # (title, action ids; None is a separator)
    (QT_TRANSLATE_NOOP("MainWindow", "文件(&F)"), ("new", "open", "recent", "save_copy", None, "open_from_server",
                                                     "save_to_server", None, "import_catalog", "export",
                                                     None, "reload", None, "quit")),
    (QT_TRANSLATE_NOOP("MainWindow", "编辑(&E)"), ("undo", "redo", None, "find")),
    (QT_TRANSLATE_NOOP("MainWindow", "事项(&I)"), ("assign", "unassign", "status", None, "schedule_entry", "keep_place",
                "close_place", None, "new_item", "rename_item", "merge_items", "split_item", None,
                "delete_items", None, "item_history")),
    (QT_TRANSLATE_NOOP("MainWindow", "场所与窗口(&W)"), ("new_venue", "delete_venue", None, "new_window", "delete_window", None, "new_department",
                   "delete_department")),
    (QT_TRANSLATE_NOOP("MainWindow", "视图(&V)"), ("panels",)),
    (QT_TRANSLATE_NOOP("MainWindow", "设置(&S)"), ("language",)),
    (QT_TRANSLATE_NOOP("MainWindow", "帮助(&H)"), ("about",)),
)


class MainWindow(QMainWindow):
    database_opened = Signal(str)  # the location of the database now shown
    open_failed = Signal(str)
    first_painted = Signal()  # once, when the planner first sees the window

    def __init__(self, *, build_now: bool = True) -> None:
        super().__init__()
        self._built = False
        self._painted = False
        self._splitter_restored = False
        self.setWindowTitle(self.tr("HallPlanner 政务服务中心进驻规划"))
        self.resize(1600, 920)
        self.actions = create_actions(self)
        self._tips = {action_id: action.statusTip() for action_id, action in self.actions.items()}
        self.recent_menu = QMenu(self.tr("最近打开(&R)"), self)
        self.panels_menu = QMenu(self.tr("面板(&P)"), self)
        self.status_menu = QMenu(self.tr("设置进驻状态"), self)
        self.counts = QLabel(objectName="counts")
        self.login = QLabel(objectName="login")  # on a server: who is signed in, and what the login may change
        self.login.hide()
        self.work_on_copy = QPushButton(self.tr("这是随附样例(只读):在工作副本上编辑"), objectName="workOnCopy")
        self.work_on_copy.hide()
        self.statusBar().addPermanentWidget(self.work_on_copy)
        self.statusBar().addPermanentWidget(self.login)
        self.statusBar().addPermanentWidget(self.counts)
        self._build_menus()
        connect_handlers(self.actions, {"quit": self.close, "about": self._about})
        geometry = app_settings.load_bytes(app_settings.GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        if build_now:
            self.build()
        else:
            for action in self.actions.values():
                action.setEnabled(action.objectName() in ("quit", "about"))

    def build(self) -> None:
        """The session and the panels, wired together."""
        # Imported here, not at the top: at start-up the frame paints before these load.
        from hallplanner.gui.catalog.panel import CatalogPanel
        from hallplanner.gui.checks.badge import FindingsBadge
        from hallplanner.gui.checks.panel import FindingsPanel
        from hallplanner.gui.dashboard.page import DashboardPage
        from hallplanner.gui.detail.pane import DetailPane
        from hallplanner.gui.exchange.actions import ExchangeActions
        from hallplanner.gui.files.actions import FileActions
        from hallplanner.gui.floorplan.page import FloorplanPage
        from hallplanner.gui.servers.actions import ServerActions
        from hallplanner.gui.history.page import HistoryPage
        from hallplanner.gui.oversight.inspections import InspectionsPage
        from hallplanner.gui.oversight.publication import PublicationPage
        from hallplanner.gui.negative_list.page import NegativeListPage
        from hallplanner.gui.session import PlanSession
        from hallplanner.gui.signboards.page import SignboardPage
        from hallplanner.gui.staffing.page import StaffingPage
        from hallplanner.gui.venues.panel import PlacesPanel

        self.session = PlanSession(self)
        self.places = PlacesPanel(self.session, self.actions)
        self.catalog = CatalogPanel(self.session, self.actions, self.places.venues, self.status_menu)
        self.detail = DetailPane(self.session)
        self.files = FileActions(self.session, self, self.actions, self.recent_menu)
        self.exchange = ExchangeActions(self.session, self, self.actions)
        self.servers = ServerActions(self.session, self, self.actions)
        self.places.items_dropped.connect(self.catalog.assign)
        self.catalog.item_chosen.connect(lambda item_id: self.detail.show_record("item", item_id))
        self.places.record_chosen.connect(self.detail.show_record)
        self.work_on_copy.clicked.connect(self.files.work_on_copy)
        for panel in (self.catalog, self.places):
            panel.selection_changed.connect(self.update_actions)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        for part in (self.places, self.catalog, self.detail):
            self.splitter.addWidget(part)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([430, 870, 300])
        self.pages = QTabWidget(objectName="pages", documentMode=True, tabBarAutoHide=True)
        # Items dragged from the catalog over 平面布局's tab bring the plan up, to be dropped on a window.
        self.pages.tabBar().setChangeCurrentOnDrag(True)
        self.pages.tabBar().setAcceptDrops(True)
        self.add_page(self.splitter, self.tr("规划工作区"))
        self.signboards = SignboardPage(self.session)
        self.signboards.notify.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.add_page(self.signboards, self.tr("标识牌"))
        self.staffing = StaffingPage(self.session)
        self.add_page(self.staffing, self.tr("人员配置"))
        self.floorplan = FloorplanPage(self.session)
        self.add_page(self.floorplan, self.tr("平面布局"))
        self.publication = PublicationPage(self.session)
        self.add_page(self.publication, self.tr("变更公布"))
        self.inspections = InspectionsPage(self.session)
        self.add_page(self.inspections, self.tr("督查"))
        self.history = HistoryPage(self.session)
        self.add_page(self.history, self.tr("历史"))
        for page in (self.history, self.publication):
            page_signal = page.exported if page is self.history else page.notify
            page_signal.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.places.history_requested.connect(self.show_history)
        self.staffing.history_requested.connect(self.show_history)
        connect_handlers(self.actions, {"item_history": self._item_history})
        self.negative_list = NegativeListPage(self.session)
        self.add_page(self.negative_list, self.tr("负面清单"))
        self.dashboard = DashboardPage(self.session)
        self.dashboard.notify.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.add_page(self.dashboard, self.tr("总览"))
        self.setCentralWidget(self.pages)
        self.findings = FindingsPanel(self.session)
        self.findings_dock = self.add_dock(self.findings, self.tr("规划检查"), "findingsDock")
        self.resizeDocks([self.findings_dock], [300], Qt.Orientation.Vertical)
        self.findings.subject_chosen.connect(self.show_subject)
        self.findings_badge = FindingsBadge(self.findings)
        self.findings_badge.clicked.connect(self.show_findings)
        self.statusBar().addPermanentWidget(self.findings_badge)
        self._connect()
        self._built = True
        for action in self.actions.values():  # held back while the frame painted; update_actions decides the rest
            action.setEnabled(True)
        state = app_settings.load_bytes(app_settings.STATE)
        if state is not None:
            self.restoreState(state)
        if self.isVisible():
            self._restore_splitter()
        self.update_actions()

    def _build_menus(self) -> None:
        submenus = {"recent": self.recent_menu, "status": self.status_menu, "language": LanguageMenu(self),
                    "panels": self.panels_menu}
        for title, action_ids in MENUS:
            menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", title))
            for action_id in action_ids:
                if action_id is None:
                    menu.addSeparator()
                elif action_id in submenus:
                    menu.addMenu(submenus[action_id])
                else:
                    menu.addAction(self.actions[action_id])
        for action in self.actions.values():
            self.addAction(action)  # shortcuts work wherever the focus is

    def add_page(self, page: QWidget, title: str) -> None:
        """A feature's large view, as a page of the central tabs."""
        self.pages.addTab(page, title)

    def add_dock(self, panel: QWidget, title: str, object_name: str,
                 area: Qt.DockWidgetArea = Qt.DockWidgetArea.BottomDockWidgetArea) -> QDockWidget:
        """A feature's panel to keep in sight while editing; the 视图 menu shows and hides it."""
        dock = QDockWidget(title, self, objectName=object_name)  # the name keeps its place across runs
        dock.setWidget(panel)
        self.addDockWidget(area, dock)
        self.panels_menu.addAction(dock.toggleViewAction())
        return dock

    def _connect(self) -> None:
        session, stack = self.session, self.session.undo_stack
        session.opened.connect(self._show_database)
        session.open_failed.connect(self._open_failed)
        session.changed.connect(self._after_change)
        session.warned.connect(self.warn)
        session.busy_changed.connect(self.update_actions)
        for signal in (stack.indexChanged, stack.canUndoChanged, stack.canRedoChanged):
            signal.connect(self.update_actions)
        connect_handlers(self.actions, {"undo": session.undo, "redo": session.redo, "reload": session.reload})
        self.catalog.filter_bar.changed.connect(self._update_counts)

    def update_actions(self) -> None:
        """The one place that decides which actions can be used now."""
        if not self._built:
            return
        session, stack = self.session, self.session.undo_stack
        open_ = session.database is not None
        writable = session.writable
        items = self.catalog.selected_items()
        selected = len(items)
        old_places = any(not place.is_center for item in items for place in item.places)
        window, venue = self.places.current_window(), self.places.current_venue()
        idle = not session.is_busy()
        # What the login may change (on a server): the plan as a whole, and the items selected.
        plan = session.may_edit_plan
        refused = next((session.department_refusal(item.department_id, item.department_short)
                        for item in items if not session.may_change_department(item.department_id)), None)
        mine = writable and selected > 0 and refused is None
        enabled = {
            "save_copy": open_, "save_to_server": open_ and idle, "find": open_, "reload": open_ and idle,
            "export": open_ and idle, "import_catalog": plan and idle,
            "undo": idle and stack.canUndo(), "redo": idle and stack.canRedo(),
            "assign": mine, "unassign": mine, "schedule_entry": mine,
            "keep_place": mine and old_places, "close_place": mine and old_places,
            "new_item": writable and bool(self.catalog.departments) and (plan or session.access.department_id is not None),
            "rename_item": mine and selected == 1, "merge_items": mine and selected >= 2,
            "split_item": mine and selected == 1, "delete_items": mine, "item_history": open_ and selected == 1,
            "new_window": plan and venue is not None, "delete_window": plan and window is not None,
            "new_venue": plan, "delete_venue": plan and venue is not None and window is None,
            "new_department": plan,
            "delete_department": plan and self.places.current_department() is not None,
        }
        # A refused action says why where the planner looks: its status tip in the menu.
        plan_refusal = session.plan_refusal() if open_ else None
        for action_id in enabled:
            reason = refused if action_id in ITEM_ACTIONS else plan_refusal if action_id in PLAN_ACTIONS else None
            self.actions[action_id].setStatusTip(reason or self._tips[action_id])
        for action_id, state in enabled.items():
            self.actions[action_id].setEnabled(bool(state))
        self.actions["undo"].setText(self.tr("撤销 {}").format(stack.undoText()) if stack.canUndo()
                                     else self.tr("撤销(&U)"))
        self.actions["redo"].setText(self.tr("重做 {}").format(stack.redoText()) if stack.canRedo()
                                     else self.tr("重做(&R)"))
        self.status_menu.setEnabled(mine)
        self.status_menu.setToolTip(refused or "")

    # The plan on show.

    def open(self, target: str) -> None:
        """Open ``target`` in the background; the workspace stays as it is until it has loaded."""
        self.session.open(target)

    def _show_database(self, database) -> None:
        self.setWindowTitle(self.tr("HallPlanner 政务服务中心进驻规划 — {}").format(database.location))
        notes = [translated(note) for note in getattr(database, "notes", [])]
        if database.upgraded_from:
            notes.append(self.tr("数据库已升级,升级前的备份:{}").format(database.backup_path))
        if database.readonly and not database.is_bundled_sample:
            notes.append(self.tr("数据库以只读方式打开:可以查看,不能修改"))
        self.statusBar().showMessage(joined(notes), 15000)
        self.work_on_copy.setVisible(database.is_bundled_sample)
        self._show_login()
        app_settings.remember_database(database.location)
        self.update_actions()
        self.database_opened.emit(database.location)

    def _show_login(self) -> None:
        access = self.session.access
        if not access.on_server:
            self.login.hide()
            return
        role = translated(access.role.label)
        where = f"({access.department_name})" if access.department_name else ""
        self.login.setText(self.tr("账号 {login} · {role}{where}").format(login=access.login, role=role, where=where))
        self.login.setToolTip(self.session.plan_refusal() or self.tr("此账号可以修改整个规划"))
        self.login.show()

    def _open_failed(self, message: str) -> None:
        QMessageBox.critical(self, self.tr("无法打开数据库"), message)
        self.open_failed.emit(message)

    def _after_change(self, notice: ChangeNotice) -> None:
        self._update_counts()
        self.update_actions()
        done = {"edit": "{}", "undo": self.tr("已撤销:{}"), "redo": self.tr("已重做:{}")}.get(notice.origin)
        if done and notice.label:
            self.statusBar().showMessage(done.format(translated(notice.label)), 5000)

    def _update_counts(self) -> None:
        model = self.catalog.model
        self.counts.setText(self.tr("显示 {shown} / 共 {total} 个事项,其中已分配窗口的事项 {assigned} 个;场所 {venues} 个")
                            .format(shown=model.rowCount(), total=model.total, assigned=model.assigned_count,
                                    venues=len(self.places.venues())))

    def show_findings(self) -> None:
        self.findings_dock.show()
        self.findings_dock.raise_()
        self.findings.table.setFocus()

    def show_subject(self, subject_type: SubjectType, subject_id: int) -> None:
        """A finding's subject in the workspace: an item in the catalog, a place in the tree; the record beside."""
        show = {SubjectType.ITEM: self.catalog.show_item, SubjectType.VENUE: self.places.show_venue,
                SubjectType.WINDOW: self.places.show_window,
                SubjectType.DEPARTMENT: self.places.show_department}.get(subject_type)
        if show is None:
            return
        self.pages.setCurrentWidget(self.splitter)
        if not show(subject_id):
            self.statusBar().showMessage(self.tr("规划中已没有这一{subject}").format(
                subject=translated(subject_type.label)), 5000)

    def show_history(self, kind: str, row_id: int, name: str = "") -> None:
        """The history page with the edits of one record (an item, window, venue, department)."""
        self.history.show_record((kind, row_id), name)
        self.pages.setCurrentWidget(self.history)

    def _item_history(self) -> None:
        items = self.catalog.selected_items()
        if len(items) == 1:
            self.show_history("item", items[0].id, items[0].name)

    def warn(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("无法完成"), message)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("关于 HallPlanner"),
                          self.tr("HallPlanner {}\n政务服务中心事项进驻、窗口布局与标识规划工具。").format(__version__))

    # Window state.

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)  # after this paint has reached the screen
        return handled

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._built:
            self._restore_splitter()

    def _restore_splitter(self) -> None:
        # A splitter scales restored sizes to its current width, so they wait until the
        # window is shown at its real size; once.
        if not self._splitter_restored:
            self._splitter_restored = True
            saved = app_settings.load_bytes(app_settings.SPLITTERS)
            if saved is not None:
                self.splitter.restoreState(saved)

    def closeEvent(self, event) -> None:
        app_settings.save_bytes(app_settings.GEOMETRY, self.saveGeometry())
        if self._built:
            app_settings.save_bytes(app_settings.STATE, self.saveState())
            app_settings.save_bytes(app_settings.SPLITTERS, self.splitter.saveState())
            self.session.shut_down()
        super().closeEvent(event)
