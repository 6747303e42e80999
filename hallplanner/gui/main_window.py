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

MENUS = (  # (title, action ids; None is a separator)
    (QT_TRANSLATE_NOOP("MainWindow", "文件(&F)"), ("new", "open", "recent", "save_copy", None, "import_catalog", "export",
                                                     None, "reload", None, "quit")),
    (QT_TRANSLATE_NOOP("MainWindow", "编辑(&E)"), ("undo", "redo", None, "find")),
    (QT_TRANSLATE_NOOP("MainWindow", "事项(&I)"), ("assign", "unassign", "status", None, "schedule_entry", "keep_place",
                "close_place", None, "new_item", "rename_item", "merge_items", "split_item", None,
                "delete_items")),
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
        self.recent_menu = QMenu(self.tr("最近打开(&R)"), self)
        self.panels_menu = QMenu(self.tr("面板(&P)"), self)
        self.status_menu = QMenu(self.tr("设置进驻状态"), self)
        self.counts = QLabel(objectName="counts")
        self.work_on_copy = QPushButton(self.tr("这是随附样例(只读):在工作副本上编辑"), objectName="workOnCopy")
        self.work_on_copy.hide()
        self.statusBar().addPermanentWidget(self.work_on_copy)
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
        self.add_page(self.splitter, self.tr("规划工作区"))
        self.signboards = SignboardPage(self.session)
        self.signboards.notify.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.add_page(self.signboards, self.tr("标识牌"))
        self.staffing = StaffingPage(self.session)
        self.add_page(self.staffing, self.tr("人员配置"))
        self.floorplan = FloorplanPage(self.session)
        self.add_page(self.floorplan, self.tr("平面布局"))
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
        enabled = {
            "save_copy": open_, "find": open_, "reload": open_ and idle,
            "export": open_ and idle, "import_catalog": writable and idle,
            "undo": idle and stack.canUndo(), "redo": idle and stack.canRedo(),
            "assign": writable and selected > 0, "unassign": writable and selected > 0,
            "schedule_entry": writable and selected > 0,
            "keep_place": writable and old_places, "close_place": writable and old_places,
            "new_item": writable and bool(self.catalog.departments), "rename_item": writable and selected == 1,
            "merge_items": writable and selected >= 2, "split_item": writable and selected == 1,
            "delete_items": writable and selected > 0,
            "new_window": writable and venue is not None, "delete_window": writable and window is not None,
            "new_venue": writable, "delete_venue": writable and venue is not None and window is None,
            "new_department": writable,
            "delete_department": writable and self.places.current_department() is not None,
        }
        for action_id, state in enabled.items():
            self.actions[action_id].setEnabled(bool(state))
        self.actions["undo"].setText(self.tr("撤销 {}").format(stack.undoText()) if stack.canUndo()
                                     else self.tr("撤销(&U)"))
        self.actions["redo"].setText(self.tr("重做 {}").format(stack.redoText()) if stack.canRedo()
                                     else self.tr("重做(&R)"))
        self.status_menu.setEnabled(writable and selected > 0)

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
        app_settings.remember_database(database.location)
        self.update_actions()
        self.database_opened.emit(database.location)

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
