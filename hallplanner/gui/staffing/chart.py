"""A small bar chart: the windows separate groups need against one general (无差别) pool, same load."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from hallplanner.services.staffing_views import PoolComparison

PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f",
           "#bab0ac")
POOLED = QColor("#2f6f3e")
BAR_HEIGHT, GAP, LABEL_WIDTH, MARGIN = 26, 14, 150, 10


class PoolChart(QWidget):
    """Two bars painted with QPainter: the groups stacked, then the pool."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("poolChart")
        self.comparison: PoolComparison | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(420, MARGIN * 2 + BAR_HEIGHT * 2 + GAP + 58)

    def show_comparison(self, comparison: PoolComparison | None) -> None:
        self.comparison = comparison
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().windowText().color()
        comparison = self.comparison
        if comparison is None or not comparison.separate:
            painter.setPen(text_color)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("没有可比较的窗口需求"))
            return
        width = max(1.0, self.width() - LABEL_WIDTH - MARGIN * 2 - 40)
        scale = width / max(comparison.separate, comparison.pooled)
        top = MARGIN
        painter.setPen(text_color)
        painter.drawText(QRectF(MARGIN, top, LABEL_WIDTH, BAR_HEIGHT), Qt.AlignmentFlag.AlignVCenter,
                         self.tr("分设窗口:{}").format(comparison.separate))
        x = MARGIN + LABEL_WIDTH
        for number, (_, windows) in enumerate(comparison.groups):
            painter.fillRect(QRectF(x, top, windows * scale, BAR_HEIGHT), QColor(PALETTE[number % len(PALETTE)]))
            x += windows * scale
        top += BAR_HEIGHT + GAP
        painter.drawText(QRectF(MARGIN, top, LABEL_WIDTH, BAR_HEIGHT), Qt.AlignmentFlag.AlignVCenter,
                         self.tr("无差别窗口池:{}").format(comparison.pooled))
        painter.fillRect(QRectF(MARGIN + LABEL_WIDTH, top, comparison.pooled * scale, BAR_HEIGHT), POOLED)
        top += BAR_HEIGHT + 6
        saved = comparison.separate - comparison.pooled
        painter.drawText(QRectF(MARGIN, top, self.width() - MARGIN * 2, 48),
                         Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                         self.tr("{venue}:同样的办件量,合并为一个无差别综合窗口池少需 {saved} 个窗口"
                                 "(各色为分设的窗口组,同一 Erlang C 目标)").format(venue=comparison.venue, saved=saved))
