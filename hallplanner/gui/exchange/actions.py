"""The File menu's Excel actions: import a catalog, export a list."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from hallplanner.gui.actions import connect_handlers
from hallplanner.gui.session import PlanSession


class ExchangeActions(QObject):
    def __init__(self, session: PlanSession, window: QMainWindow, actions: dict[str, QAction]) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        connect_handlers(actions, {"import_catalog": self.import_catalog, "export": self.export})

    def import_catalog(self) -> None:
        from hallplanner.gui.exchange.dialogs import ImportWizard, choose_catalog_file

        path = choose_catalog_file(self.window)
        if path is not None:
            ImportWizard(self.session, path, self.window).open()

    def export(self) -> None:
        from hallplanner.gui.exchange.dialogs import ExportDialog

        ExportDialog(self.session, self.window).open()
