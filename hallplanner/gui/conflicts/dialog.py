"""Someone else saved the same record: show both versions and let the planner choose."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from hallplanner.gui.i18n import translated


def _shown(value: object) -> str:
    if value is True:
        return QCoreApplication.translate("ConflictDialog", "是")
    if value is False:
        return QCoreApplication.translate("ConflictDialog", "否")
    label = getattr(value, "label", None)  # a value of the plan's vocabulary
    if label is not None:
        return translated(label)
    return "" if value is None else str(value)


class ConflictDialog(QDialog):
    """Accepted: keep my changes (saved over theirs). Rejected: take their version."""

    def __init__(self, labels: Mapping[str, str], mine: Mapping[str, object], theirs: Mapping[str, object],
                 parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("保存冲突"))
        self.resize(620, 320)
        note = QLabel(self.tr("在您读取之后,有人已保存了同一条记录(对方保存的版本号 {})。请选择保留哪个版本:")
                      .format(theirs.get("version")))
        note.setWordWrap(True)
        self.table = QTableWidget(0, 3, objectName="conflictTable")
        self.table.setHorizontalHeaderLabels([self.tr("字段"), self.tr("我的修改"), self.tr("对方保存的版本")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        for key, value in mine.items():
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, text in enumerate((labels.get(key, key), _shown(value), _shown(theirs.get(key)))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        buttons = QDialogButtonBox()
        self.keep_mine = buttons.addButton(self.tr("保留我的修改"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.take_theirs = buttons.addButton(self.tr("采用对方的版本"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
