"""The 变更公布 page (R13): each change of a handling place and where it is published.

The changes follow from the plan over time; the page shows each one's state on the three
channels (省网上办事大厅, 门户网站, 微信公众号) and marks the selected changes published on
the chosen channels and day: one edit, one undo step, however many rows.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hallplanner.domain.vocabulary import PublicationChannel
from hallplanner.gui.i18n import translated
from hallplanner.gui.oversight.common import DONE, LATE, PENDING, cell, fit_columns, selected_rows, table
from hallplanner.gui.pages import LazyPage
from hallplanner.gui.session import PlanSession
from hallplanner.services.oversight_views import PublicationRow
from hallplanner.services.views import ChangeNotice


class PublicationPage(LazyPage):
    notify = Signal(str)

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: list[PublicationRow] = []
        self.day = dt.date.today()  # the plan's day, once read
        self.shown: list[PublicationRow] = []
        self.pending_only = QCheckBox(self.tr("只显示待公布的变更"), objectName="publicationPendingOnly")
        self.pending_only.setChecked(True)
        self.pending_only.toggled.connect(self._fill)
        self.channels = {channel: QCheckBox(translated(channel.label), objectName=f"channel_{channel.value}")
                         for channel in PublicationChannel}
        for box in self.channels.values():
            box.setChecked(True)
        self.published_on = QDateEdit(QDate.currentDate(), calendarPopup=True, displayFormat="yyyy-MM-dd",
                                      objectName="publishedOn")
        self.mark_button = QPushButton(self.tr("标记已公布"), objectName="markPublished")
        self.mark_button.clicked.connect(self.mark_selected)
        self.unmark_button = QPushButton(self.tr("取消标记"), objectName="unmarkPublished")
        self.unmark_button.clicked.connect(self.unmark_selected)
        for button in (self.mark_button, self.unmark_button):
            button.setEnabled(False)  # until the plan's rows are read, with what this login may do
        self.export_button = QPushButton(self.tr("导出 Excel…"), objectName="publicationExport")
        self.export_button.clicked.connect(self._export)
        bar = QHBoxLayout()
        bar.addWidget(self.pending_only)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("渠道")))
        for box in self.channels.values():
            bar.addWidget(box)
        bar.addWidget(QLabel(self.tr("公布日期")))
        bar.addWidget(self.published_on)
        for button in (self.mark_button, self.unmark_button, self.export_button):
            bar.addWidget(button)
        self.table = table("publicationTable", [
            self.tr("变更日期"), self.tr("实施编码"), self.tr("事项"), self.tr("部门"), self.tr("原办理地点"),
            self.tr("新办理地点"), *(translated(channel.label) for channel in PublicationChannel)], many=True)
        self.summary = QLabel(objectName="publicationSummary")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        session.changed.connect(self._changed)
        session.opened.connect(lambda _database: self.plan_changed())

    def _changed(self, notice: ChangeNotice) -> None:
        if not notice.is_empty:
            self.plan_changed()

    def refresh(self) -> None:
        self._stale = False

        def work(database):
            from hallplanner.services.checks import reference_day
            from hallplanner.services.publication import publication_rows

            return publication_rows(database), reference_day(database)

        self.session.read(work, lambda result: self.show_rows(*result))

    def show_rows(self, rows: list[PublicationRow], day: dt.date) -> None:
        """``day``: the day the plan's checks refer to, by which a change is in effect."""
        self.rows, self.day = rows, day
        refusal = self.session.plan_refusal()  # publication is the plan's, not a department's
        for button in (self.mark_button, self.unmark_button):
            button.setEnabled(refusal is None)
            button.setToolTip(refusal or "")
        self._fill()

    def _fill(self) -> None:
        self.shown = [row for row in self.rows if row.pending] if self.pending_only.isChecked() else list(self.rows)
        self.table.setRowCount(len(self.shown))
        for number, row in enumerate(self.shown):
            change = row.change
            late = row.overdue(self.day)
            texts = [change.on.isoformat() if change.on else self.tr("未定"), change.item_code, change.item_name,
                     change.department, change.old_place or "—", change.new_place or "—"]
            for column, text in enumerate(texts):
                self.table.setItem(number, column, cell(text, LATE if late and column == 0 else None))
            for offset, state in enumerate(row.channels):
                if state.current(change.on):
                    text, colour = f"{state.published_on.isoformat()} {state.published_by}", DONE
                elif state.published_on is not None:
                    text, colour = self.tr("须重新公布(日期已变)"), PENDING
                else:
                    text, colour = self.tr("未公布"), LATE if late else PENDING
                self.table.setItem(number, len(texts) + offset, cell(text, colour))
        fit_columns(self.table)
        pending = sum(bool(row.pending) for row in self.rows)
        overdue = sum(row.overdue(self.day) for row in self.rows)
        self.summary.setText(self.tr("变更 {total} 项,待公布 {pending} 项,其中已生效 {overdue} 项(方案§三(四)5)")
                             .format(total=len(self.rows), pending=pending, overdue=overdue))

    # Marking.

    def chosen_channels(self) -> list[PublicationChannel]:
        return [channel for channel, box in self.channels.items() if box.isChecked()]

    def selected_refs(self) -> list[tuple]:
        return [self.shown[row].ref for row in selected_rows(self.table)]

    def mark_selected(self) -> None:
        refs, channels = self.selected_refs(), self.chosen_channels()
        if refs and channels:
            day = self.published_on.date().toPython()
            self.session.edit(lambda editor: editor.mark_published(refs, channels, day))

    def unmark_selected(self) -> None:
        refs, channels = self.selected_refs(), self.chosen_channels()
        if refs and channels:
            self.session.edit(lambda editor: editor.unmark_published(refs, channels))

    # Export.

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出变更公布清单"), "", self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.export_to(Path(path if path.lower().endswith(".xlsx") else path + ".xlsx"))

    def export_to(self, path: Path) -> None:
        pending_only = self.pending_only.isChecked()

        def work(database):
            from hallplanner.exchange.exporters import PublicationExporter

            return PublicationExporter(pending_only).export(database, path)

        self.session.read(work, lambda rows: self.notify.emit(
            self.tr("已导出变更公布清单 {path}:{rows} 行").format(path=path, rows=rows)))
