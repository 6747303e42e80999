"""The main window: wires the catalog table and the venue tree to an open database."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QTreeView,
)

from hallplanner import __version__
from hallplanner.db.database import Database, open_database
from hallplanner.domain.errors import HallPlannerError
from hallplanner.gui.item_model import NAME_COLUMN, ItemTableModel
from hallplanner.gui.venue_tree import VenueTreeModel
from hallplanner.services.catalog import list_items, list_venues


COLUMN_WIDTHS = (104, 300, 80, 84, 88, 64, 76, 136, 150)


class MainWindow(QMainWindow):
    database_opened = Signal(str)  # the location of the database now shown

    def __init__(self) -> None:
        super().__init__()
        self.database: Database | None = None
        self.setWindowTitle(self.tr("HallPlanner 政务服务中心进驻规划"))
        self.resize(1480, 900)

        self.items = ItemTableModel(self)
        self.item_view = QTableView()
        self.item_view.setObjectName("itemTable")
        self.item_view.setModel(self.items)
        self.item_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.item_view.setAlternatingRowColors(True)
        self.item_view.verticalHeader().hide()
        self.item_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.item_view.horizontalHeader()
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)

        self.venues = VenueTreeModel(self)
        self.venue_view = QTreeView()
        self.venue_view.setObjectName("venueTree")
        self.venue_view.setModel(self.venues)
        self.venue_view.setUniformRowHeights(True)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.venue_view)
        splitter.addWidget(self.item_view)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([470, 1010])
        self.setCentralWidget(splitter)

        self.counts = QLabel()
        self.statusBar().addPermanentWidget(self.counts)
        self._build_menus()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        open_action = QAction(self.tr("打开(&O)…"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.choose_database)
        file_menu.addAction(open_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("退出(&Q)"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        about_action = QAction(self.tr("关于 HallPlanner(&A)"), self)
        about_action.triggered.connect(self._about)
        help_menu.addAction(about_action)

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("打开数据库"), "", self.tr("HallPlanner 数据库 (*.sqlite *.db);;所有文件 (*)")
        )
        if path:
            self.open(path)

    def open(self, target: str) -> bool:
        """Show the database at ``target``; on failure keep what is shown and say why."""
        try:
            database = open_database(target)
            items, venues = list_items(database), list_venues(database)
        except HallPlannerError as exc:
            QMessageBox.critical(self, self.tr("无法打开数据库"), str(exc))
            return False
        if self.database is not None:
            self.database.close()
        self.database = database
        self.items.set_items(items)
        self.venues.set_venues(venues)
        self.venue_view.expandToDepth(0)
        for column in range(1, self.venues.columnCount()):
            self.venue_view.resizeColumnToContents(column)
        self.venue_view.setColumnWidth(0, 210)
        assigned = sum(1 for item in items if item.window_names)
        self.counts.setText(
            self.tr("事项 {items} 个,已分配窗口 {assigned} 个;场所 {venues} 个").format(
                items=len(items), assigned=assigned, venues=len(venues)
            )
        )
        self.setWindowTitle(self.tr("HallPlanner 政务服务中心进驻规划 — {}").format(database.location))
        if database.upgraded_from:
            self.statusBar().showMessage(
                self.tr("数据库已升级,升级前的备份:{}").format(database.backup_path), 15000
            )
        self.database_opened.emit(database.location)
        return True

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("关于 HallPlanner"),
            self.tr("HallPlanner {}\n政务服务中心事项进驻、窗口布局与标识规划工具。").format(__version__),
        )

    def closeEvent(self, event) -> None:
        if self.database is not None:
            self.database.close()
        super().closeEvent(event)
