"""The import wizard (file → columns and per-row preview → one edit) and the export dialog.

Reading the file, checking it against the plan (a dry run of the same import)
and the import itself all run in the background through the session; the
dialog shows what came back. The import goes on the undo stack as one step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hallplanner.domain.errors import HallPlannerError
from hallplanner.exchange.catalog_file import FIELD_LABELS, read_catalog_file
from hallplanner.exchange.exporters import EXPORTERS
from hallplanner.gui.errors import show_unexpected
from hallplanner.gui.i18n import refusal_text, translated
from hallplanner.gui.session import PlanSession
from hallplanner.services.importing import (
    CatalogImport,
    ImportOptions,
    ImportOutcome,
    ParsedCatalog,
    RowStatus,
)

PREVIEW_ROWS = 200


class ImportWizard(QDialog):
    """Columns as recognised (the planner may map the rest), every row's status, then one import."""

    def __init__(self, session: PlanSession, path: Path, parent: QWidget) -> None:
        super().__init__(parent, objectName="importWizard")
        self.session = session
        self.path = path
        self.parsed: ParsedCatalog | None = None
        self.outcome: ImportOutcome | None = None
        self.setWindowTitle(self.tr("导入事项目录 — {}").format(path.name))
        self.resize(1100, 700)
        self.source = QLabel(objectName="importSource")
        self.columns = QTableWidget(objectName="importColumns")
        self.columns.setColumnCount(2)
        self.columns.setHorizontalHeaderLabels([self.tr("文件中的列"), self.tr("导入为")])
        self.columns.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rows = QTableWidget(objectName="importRows")
        self.summary = QLabel(objectName="importSummary", wordWrap=True)
        self.create_departments = QCheckBox(self.tr("新建文件中出现、规划中还没有的部门"), objectName="createDepartments")
        self.skip_invalid = QCheckBox(self.tr("跳过有误的行,只导入无误的行"), objectName="skipInvalid")
        self.recheck = QPushButton(self.tr("按新的列对应重新检查"), objectName="recheck")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("导入"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        top = QHBoxLayout()
        top.addWidget(self.columns, 1)
        top.addWidget(self.rows, 3)
        layout.addLayout(top, 1)
        layout.addWidget(self.summary)
        options = QHBoxLayout()
        for widget in (self.create_departments, self.skip_invalid, self.recheck):
            options.addWidget(widget)
        options.addStretch()
        layout.addLayout(options)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self._import)
        self.recheck.clicked.connect(self._read)
        self.create_departments.toggled.connect(self._check)
        self.skip_invalid.toggled.connect(self._update_button)
        self._read()

    def _mapping(self) -> dict[int, str | None] | None:
        if self.parsed is None:
            return None
        return {row: self.columns.cellWidget(row, 1).currentData() for row in range(self.columns.rowCount())}

    def _read(self) -> None:
        """Read the file (again, with the planner's column mapping) in the background."""
        path, mapping = self.path, self._mapping()
        self.import_button.setEnabled(False)
        self.session.runner.submit(self.tr("正在读取 {}…").format(path.name),
                                   lambda progress: read_catalog_file(path, mapping=mapping),
                                   self._show_file, self._failed, cancellable=True)

    def _show_file(self, parsed: ParsedCatalog) -> None:
        self.parsed = parsed
        self.source.setText(self.tr("工作表“{sheet}”,表头在第 {row} 行;{count} 行事项,跳过空行 {blank} 行、小计行 {subtotal} 行")
                            .format(sheet=parsed.sheet, row=parsed.header_row, count=len(parsed.records),
                                    blank=parsed.blank_rows, subtotal=parsed.subtotal_rows))
        self.columns.setRowCount(len(parsed.headers))
        for row, heading in enumerate(parsed.headers):
            self.columns.setItem(row, 0, QTableWidgetItem(heading))
            choice = QComboBox()
            choice.addItem(self.tr("(不导入)"), None)
            for key, label in FIELD_LABELS.items():
                if key != "code":
                    choice.addItem(translated(label), key)
            choice.setCurrentIndex(max(0, choice.findData(parsed.mapping.get(row))))
            self.columns.setCellWidget(row, 1, choice)
        self._check()

    def _check(self) -> None:
        """A dry run of the import against the plan: what each row would do."""
        parsed, options = self.parsed, self._options(dry_run=True)
        if parsed is None:
            return
        self.import_button.setEnabled(False)
        self.session.read_long(self.tr("正在按规划检查 {count} 行…").format(count=f"{len(parsed.records):,}"),
                               lambda database, report: CatalogImport(database).run_import(parsed, options, report),
                               self._show_outcome, self._update_button)

    def _show_outcome(self, outcome: ImportOutcome) -> None:
        self.outcome = outcome
        parsed = self.parsed
        problems: dict[int, list[str]] = {}
        for problem in outcome.problems:
            problems.setdefault(problem.row, []).append(translated(problem.text))
        labels = {RowStatus.CREATE: self.tr("新增"), RowStatus.UPDATE: self.tr("更新"),
                  RowStatus.UNCHANGED: self.tr("未变"), RowStatus.INVALID: self.tr("有误")}
        shown = parsed.records[:PREVIEW_ROWS]
        headers = [self.tr("行"), self.tr("状态"), self.tr("问题")] + [translated(FIELD_LABELS["name"])]
        self.rows.clear()
        self.rows.setColumnCount(len(headers))
        self.rows.setHorizontalHeaderLabels(headers)
        self.rows.setRowCount(len(shown))
        for position, record in enumerate(shown):
            cells = [str(record.row), labels.get(outcome.row_status.get(record.row, ""), ""),
                     ";".join(problems.get(record.row, [])), str(record.values.get("name", ""))]
            for column, text in enumerate(cells):
                self.rows.setItem(position, column, QTableWidgetItem(text))
        self.rows.resizeColumnsToContents()
        lines = [translated(outcome.summary())]
        lines += [f"{problem.place}:{translated(problem.text)}" for problem in outcome.problems[:20]]
        if len(outcome.problems) > 20:
            lines.append(self.tr("……共 {} 个问题").format(len(outcome.problems)))
        self.summary.setText("\n".join(lines))
        self._update_button()

    def _update_button(self) -> None:
        outcome = self.outcome
        usable = outcome is not None and self.session.writable and (
            not outcome.problems or self.skip_invalid.isChecked())
        self.import_button.setEnabled(bool(usable))

    def _options(self, *, dry_run: bool) -> ImportOptions:
        return ImportOptions(dry_run=dry_run, skip_invalid=self.skip_invalid.isChecked(),
                             create_departments=self.create_departments.isChecked(), source=self.path.name)

    def _import(self) -> None:
        parsed, options = self.parsed, self._options(dry_run=False)
        self.import_button.setEnabled(False)
        self.session.edit(lambda editor, report: editor.import_catalog(parsed, options, report),
                          on_done=lambda edit: self.accept(), on_refused=lambda refusal: self._failed(refusal),
                          long=self.tr("正在导入 {count} 行…").format(count=f"{len(parsed.records):,}"),
                          on_cancelled=self._update_button)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, HallPlannerError):
            QMessageBox.warning(self, self.tr("无法导入"), refusal_text(exc))
        else:
            show_unexpected(exc, self.tr("文件未能读取。"), self)
        self._update_button()


class ExportDialog(QDialog):
    """Which list, which file; the file is written in the background."""

    def __init__(self, session: PlanSession, parent: QWidget) -> None:
        super().__init__(parent, objectName="exportDialog")
        self.session = session
        self.setWindowTitle(self.tr("导出 Excel 清单"))
        self.choice = QComboBox(objectName="exportList")
        for identifier, exporter in EXPORTERS.items():
            self.choice.addItem(translated(exporter.verbose_name), identifier)
        self.path = QLabel(objectName="exportPath")
        browse = QPushButton(self.tr("选择文件…"), objectName="exportBrowse")
        form = QFormLayout(self)
        form.addRow(self.tr("清单"), self.choice)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form.addRow(self.tr("保存到"), where)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("导出"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.setEnabled(False)
        form.addRow(self.buttons)
        browse.clicked.connect(self._browse)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self._export)

    def set_path(self, path: str) -> None:
        if path and not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self.path.setText(path)
        self.export_button.setEnabled(bool(path))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出到"), "", self.tr("Excel 工作簿 (*.xlsx)"))
        self.set_path(path)

    def _export(self) -> None:
        database = self.session.database
        if database is None:
            return
        exporter, path = EXPORTERS[self.choice.currentData()], Path(self.path.text())
        self.export_button.setEnabled(False)

        def done(rows: int) -> None:
            self.parent().statusBar().showMessage(
                self.tr("已导出{what} {path}:{rows} 行").format(what=translated(exporter.verbose_name), path=path,
                                                             rows=rows), 8000)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            if isinstance(exc, HallPlannerError):
                QMessageBox.warning(self, self.tr("无法导出"), refusal_text(exc))
            else:
                show_unexpected(exc, self.tr("文件未能写入。"), self)

        self.session.runner.submit(self.tr("正在导出 {}…").format(path.name),
                                   lambda progress: exporter.export(database, path), done, failed)


def choose_catalog_file(parent: QWidget) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ImportWizard", "导入事项目录"), "",
        QCoreApplication.translate("ImportWizard", "表格文件 (*.xlsx *.xls *.ods *.csv);;所有文件 (*)"))
    return Path(path) if path else None

