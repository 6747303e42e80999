"""The status bar's count of errors and warnings; a click shows the findings panel."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from hallplanner.domain.findings import Severity
from hallplanner.gui.checks.finding_model import SEVERITY_COLOURS
from hallplanner.gui.checks.panel import FindingsPanel


class FindingsBadge(QLabel):
    clicked = Signal()

    def __init__(self, panel: FindingsPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="findingCounts")
        self.panel = panel
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("规划检查发现的问题;点击查看"))
        panel.counts_changed.connect(self._show)
        self.hide()  # until the first check has come back

    def _show(self) -> None:
        counts = {severity: self.panel.model.count(severity) for severity in (Severity.ERROR, Severity.WARNING)}
        self.setText(self.tr("检查:{errors} 个错误,{warnings} 个警告").format(
            errors=self._number(Severity.ERROR, counts[Severity.ERROR]),
            warnings=self._number(Severity.WARNING, counts[Severity.WARNING])))
        self.show()

    @staticmethod
    def _number(severity: Severity, count: int) -> str:
        if not count:
            return "0"
        return f'<b style="color:{SEVERITY_COLOURS[severity].name()}">{count}</b>'

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)
