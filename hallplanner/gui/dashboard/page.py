"""The 总览 page: each department's progress at a glance, its staffing gaps and open findings, and each
region side by side; exportable as a PNG image or a one-page PDF.

The figures come from one whole check of the plan (``services.dashboard``), read in the background
when the page is shown and after any change while it is on show. Export grabs the charts on the GUI
thread (a picture of what is shown) and writes the file in the background.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QDate, QIODevice, QMarginsF, QRect, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hallplanner.gui.dashboard.chart import Bar, BarChart, Series
from hallplanner.gui.pages import LazyPage
from hallplanner.gui.session import PlanSession
from hallplanner.services.dashboard_views import Dashboard, ProgressRow
from hallplanner.services.views import ChangeNotice

ENTERED, PLANNED, WAITING, OVERDUE = "#59a14f", "#4e79a7", "#bab0ac", "#d62728"
GAPS, ERRORS, WARNINGS = "#f28e2b", "#d62728", "#edc948"


def write_image(image: QImage, path: Path) -> None:
    """The picture as PNG, or as one A4 landscape PDF page scaled to fit; written through a temporary file."""
    from hallplanner.exchange.files import write_atomically

    write_atomically(path, lambda handle: _write_pdf(image, handle) if path.suffix.lower() == ".pdf"
                     else _write_png(image, handle))


def _write_png(image: QImage, handle) -> None:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    handle.write(bytes(buffer.data()))


def _write_pdf(image: QImage, handle) -> None:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter))
    writer.setResolution(150)
    painter = QPainter(writer)
    area = painter.viewport()
    painter.drawImage(QRect(area.topLeft(), image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)),
                      image)
    painter.end()
    handle.write(bytes(buffer.data()))


class DashboardPage(LazyPage):
    notify = Signal(str)  # a line for the status bar

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self.session = session
        self.shown: Dashboard | None = None
        self.reads = 0
        self.day = date_edit = QDateEdit(QDate(session.plan_day), objectName="dashboardDay")  # the plan's own day
        date_edit.setCalendarPopup(True)
        date_edit.setDisplayFormat("yyyy-MM-dd")
        date_edit.dateChanged.connect(lambda _: self.refresh())
        self.summary = QLabel(objectName="dashboardSummary")
        self.export_button = QPushButton(self.tr("导出图片或 PDF…"), objectName="dashboardExport")
        self.export_button.clicked.connect(self.export)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("日期")))
        bar.addWidget(date_edit)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.export_button)

        progress = (Series(self.tr("已进驻"), ENTERED), Series(self.tr("已排中心窗口"), PLANNED),
                    Series(self.tr("尚未排窗口"), WAITING))
        problems = (Series(self.tr("人员配置缺口"), GAPS), Series(self.tr("其他错误"), ERRORS),
                    Series(self.tr("其他警告"), WARNINGS))
        self.progress_chart = BarChart(self.tr("各部门进驻进度(应进驻事项)"), progress)
        self.problem_chart = BarChart(self.tr("各部门待处理问题(检查发现的错误和警告)"), problems)
        self.region_chart = BarChart(self.tr("各地区进驻进度"), progress)
        self.charts = QWidget(objectName="dashboardCharts")
        columns = QHBoxLayout()
        columns.addWidget(self.progress_chart, 1, Qt.AlignmentFlag.AlignTop)
        columns.addWidget(self.problem_chart, 1, Qt.AlignmentFlag.AlignTop)
        inner = QVBoxLayout(self.charts)
        inner.addLayout(columns)
        inner.addWidget(self.region_chart)
        inner.addStretch(1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.charts)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        session.changed.connect(self._changed)

    def _changed(self, notice: ChangeNotice) -> None:
        if notice.catalog is not None:  # opened or read again: the plan's own day, as the checks take it
            with QSignalBlocker(self.day):
                self.day.setDate(QDate(self.session.plan_day))
        if not notice.is_empty:
            self.plan_changed()

    def refresh(self) -> None:
        self._stale = False
        day = self.day.date().toPython()

        def work(database):
            from hallplanner.services.dashboard import dashboard

            return dashboard(database, day)

        self.session.read(work, self.show_dashboard)

    def show_dashboard(self, figures: Dashboard) -> None:
        if figures.as_of != self.day.date().toPython():
            return  # another day was chosen meanwhile
        self.shown = figures
        self.summary.setText(self.tr("{day}:应进驻 {to_enter} 项,已进驻 {entered} 项,逾期 {overdue} 项;"
                                     "检查发现 {errors} 个错误、{warnings} 个警告").format(
            day=figures.as_of.isoformat(), to_enter=sum(r.to_enter for r in figures.departments),
            entered=sum(r.entered for r in figures.departments), overdue=sum(r.overdue for r in figures.departments),
            errors=figures.errors, warnings=figures.warnings))
        entering = [row for row in figures.departments if row.to_enter]
        self.progress_chart.show_bars(tuple(self._progress_bar(row) for row in entering),
                                      self.tr("没有应进驻的事项"))
        troubled = sorted((row for row in figures.departments if row.open_findings),
                          key=lambda row: (-row.open_findings, row.name))
        self.problem_chart.show_bars(tuple(Bar(row.name, (row.staffing_gaps, row.errors, row.warnings))
                                           for row in troubled), self.tr("没有待处理的问题"))
        self.region_chart.show_bars(tuple(self._progress_bar(row) for row in figures.regions if row.to_enter),
                                    self.tr("没有应进驻的事项"))
        self.reads += 1

    def _progress_bar(self, row: ProgressRow) -> Bar:
        share = row.entered / row.to_enter if row.to_enter else 0
        note = f"{share:.0%}"
        colour = ""
        if row.overdue:
            note += self.tr(",逾期 {overdue}").format(overdue=row.overdue)
            colour = OVERDUE
        return Bar(row.name, (row.entered, row.planned, row.waiting), note, colour)

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出总览"), self.tr("总览.png"),
                                              self.tr("PNG 图片 (*.png);;PDF 文件 (*.pdf)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        image = self.charts.grab().toImage()  # what is shown, on the GUI thread; the file in the background
        self.session.read(lambda database: write_image(image, path),
                          lambda _: self.notify.emit(self.tr("已导出总览:{}").format(path.name)))
