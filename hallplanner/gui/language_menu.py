"""The interface language menu: follow the system, 中文 or English; the choice applies at the next start."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from hallplanner.gui import settings as app_settings
from hallplanner.gui.i18n import LANGUAGE_NAMES

# In both languages and never translated: found by whoever cannot read the interface's language.
TITLE = "界面语言 / Language"


class LanguageMenu(QMenu):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(TITLE, parent)
        self.setObjectName("languageMenu")
        chosen = app_settings.language()
        group = QActionGroup(self)
        for choice, text in ((app_settings.SYSTEM_LANGUAGE, self.tr("跟随系统")), *LANGUAGE_NAMES.items()):
            action = self.addAction(text)
            action.setCheckable(True)
            action.setChecked(choice == chosen)
            action.setData(choice)
            group.addAction(action)
        group.triggered.connect(self._chosen)
        self.addSeparator()
        self.addAction(self.tr("下次启动时生效")).setEnabled(False)

    def _chosen(self, action: QAction) -> None:
        if action.data() == app_settings.language():
            return
        app_settings.set_language(action.data())
        QMessageBox.information(self.parentWidget(), TITLE,
                                self.tr("HallPlanner 下次启动时将使用所选的界面语言。"))
