"""A horizontal stacked bar chart painted with QPainter: one bar per row, coloured segments, a legend.

Qt Charts is not part of the PySide6 the application ships with, and a plotting library would
need its own Chinese font set up; bars with labels are a few lines of painting, and they print
and export as the widget shows them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR, GAP, MARGIN, LEGEND = 18, 7, 10, 24


@dataclass(frozen=True, slots=True)
class Series:
    name: str
    colour: str


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    values: tuple[int, ...]  # one per series
    note: str = ""  # after the bar: "逾期 3"
    note_colour: str = ""


class BarChart(QWidget):
    def __init__(self, title: str, series: tuple[Series, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.series = series
        self.bars: tuple[Bar, ...] = ()
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(360)

    def show_bars(self, bars: tuple[Bar, ...], empty_text: str = "") -> None:
        self.bars, self.empty_text = bars, empty_text
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        rows = max(len(self.bars), 1)
        return QSize(520, MARGIN * 2 + 24 + LEGEND + rows * (BAR + GAP))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        text = self.palette().windowText().color()
        metrics = QFontMetrics(self.font())
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(QRectF(MARGIN, MARGIN, self.width() - 2 * MARGIN, 20), Qt.AlignmentFlag.AlignLeft,
                         self.title)
        painter.setFont(self.font())
        x = MARGIN
        legend_top = MARGIN + 24
        for series in self.series:
            painter.fillRect(QRectF(x, legend_top + 3, 12, 12), QColor(series.colour))
            painter.drawText(QRectF(x + 16, legend_top, 200, 18), Qt.AlignmentFlag.AlignVCenter, series.name)
            x += 16 + metrics.horizontalAdvance(series.name) + 18
        top = legend_top + LEGEND
        if not self.bars:
            painter.drawText(QRectF(MARGIN, top, self.width() - 2 * MARGIN, BAR), Qt.AlignmentFlag.AlignVCenter,
                             self.empty_text)
            return
        label_width = max(metrics.horizontalAdvance(bar.label) for bar in self.bars) + 10
        note_width = max((metrics.horizontalAdvance(bar.note) for bar in self.bars), default=0) + 50
        width = max(self.width() - 2 * MARGIN - label_width - note_width, 40)
        biggest = max(max(sum(bar.values) for bar in self.bars), 1)
        for bar in self.bars:
            painter.setPen(text)
            painter.drawText(QRectF(MARGIN, top, label_width - 6, BAR),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, bar.label)
            x = MARGIN + label_width
            for value, series in zip(bar.values, self.series):
                if value:
                    segment = QRectF(x, top, value * width / biggest, BAR)
                    painter.fillRect(segment, QColor(series.colour))
                    if segment.width() >= metrics.horizontalAdvance(str(value)) + 4:
                        painter.setPen(QColor("white"))
                        painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, str(value))
                    x += segment.width()
            painter.setPen(QColor(bar.note_colour) if bar.note_colour else text)
            painter.drawText(QRectF(x + 6, top, note_width, BAR), Qt.AlignmentFlag.AlignVCenter, bar.note)
            top += BAR + GAP
