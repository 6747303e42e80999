"""The signboards page: choose boards, see each as it prints, export a PDF or print; boards that cannot be made.

Boards are chosen by kind, venue and department, and by selecting rows (a window's
plate, say); Export and Print take the selected rows, or every listed board when
none is selected. The preview is the real PDF page, rasterised in the background.
A planner's own wording for a board is an edit like any other (one undo step);
the table says for every board where its wording comes from, and the note under
the preview shows the default beside an override.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.signboards import Board, BoardKind, Unmade
from hallplanner.exchange.sign_templates import (
    PRESET_NOTE,
    TEMPLATES,
    Template,
    custom_template,
    with_colours,
)
from hallplanner.gui import settings as app_settings
from hallplanner.gui.errors import show_unexpected
from hallplanner.gui.i18n import refusal_text, translated
from hallplanner.gui.pages import LazyPage
from hallplanner.gui.session import PlanSession
from hallplanner.gui.signboards import printing
from hallplanner.services.views import ChangeNotice

if TYPE_CHECKING:
    from hallplanner.exchange.fonts import CjkFont
    from hallplanner.services.signboards import Signboards

# The tables whose rows a board shows: a change to any of them reads the boards again.
SHOWN_TABLES = frozenset({"venues", "departments", "windows", "handling_places", "service_items",
                          "signboard_overrides", "regions"})
CUSTOM = "custom"
COLOURS = (  # (label, background, foreground): presets, as the template note says
    (QT_TRANSLATE_NOOP("SignboardPage", "白字蓝底"), "#1F4E91", "#FFFFFF"),
    (QT_TRANSLATE_NOOP("SignboardPage", "白字红底"), "#B0231A", "#FFFFFF"),
    (QT_TRANSLATE_NOOP("SignboardPage", "黑字白底"), "#FFFFFF", "#000000"),
)
BoardRole = Qt.ItemDataRole.UserRole


class SignboardPage(LazyPage):
    notify = Signal(str)  # a short report for the status bar

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signboardPage")
        self.session = session
        self.signboards: Signboards | None = None
        self.font: CjkFont | None = None
        self._preview_wanted = False
        self._preview_running = False
        self._finding_picked = False  # the planner last picked a board that cannot be made, not one listed

        self.kind = QComboBox(objectName="signKind")
        self.kind.addItem(self.tr("全部种类"), "")
        for kind in BoardKind:
            self.kind.addItem(translated(kind.label), kind.value)
        self.venue = QComboBox(objectName="signVenue")
        self.department = QComboBox(objectName="signDepartment")
        self.template = QComboBox(objectName="signTemplate")
        for template in TEMPLATES.values():
            self.template.addItem(translated(template.label), template.name)
        self.template.addItem(self.tr("自定义尺寸"), CUSTOM)
        self.custom_width = QSpinBox(objectName="signWidth", minimum=50, maximum=3000, value=300, suffix=" mm")
        self.custom_height = QSpinBox(objectName="signHeight", minimum=50, maximum=3000, value=150, suffix=" mm")
        self.colours = QComboBox(objectName="signColours")
        for label, background, foreground in COLOURS:
            self.colours.addItem(QCoreApplication.translate("SignboardPage", label), (background, foreground))
        self.font_label = QLabel(objectName="signFont", wordWrap=True)
        self.choose_font = QPushButton(self.tr("选择字体…"), objectName="signChooseFont")
        preset = QLabel(translated(PRESET_NOTE), wordWrap=True, objectName="signPresetNote")
        preset.setStyleSheet("color: palette(mid);")

        self.table = QTableWidget(0, 4, objectName="signTable")
        self.table.setHorizontalHeaderLabels([self.tr("种类"), self.tr("标识内容"), self.tr("场所"), self.tr("措辞来源")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.findings = QListWidget(objectName="signFindings", wordWrap=True)
        self.findings_title = QLabel(objectName="signFindingsTitle")

        self.preview = QLabel(objectName="signPreview", alignment=Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(200, 120)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.preview)
        self.wording_note = QLabel(objectName="signWordingNote", wordWrap=True,
                                   textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_wording = QPushButton(self.tr("修改措辞…"), objectName="signEditWording")
        self.reset_wording = QPushButton(self.tr("恢复默认措辞"), objectName="signResetWording")
        self.export = QPushButton(objectName="signExport")
        self.print_button = QPushButton(objectName="signPrint")

        choose = QFormLayout()
        choose.addRow(self.tr("种类"), self.kind)
        choose.addRow(self.tr("场所"), self.venue)
        choose.addRow(self.tr("部门"), self.department)
        size = QHBoxLayout()
        for widget in (self.template, self.custom_width, self.custom_height):
            size.addWidget(widget)
        choose.addRow(self.tr("模板"), size)
        choose.addRow(self.tr("颜色"), self.colours)
        fonts = QHBoxLayout()
        fonts.addWidget(self.font_label, 1)
        fonts.addWidget(self.choose_font)
        choose.addRow(self.tr("字体"), fonts)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(choose)
        left_layout.addWidget(preset)
        left_layout.addWidget(self.table, 3)
        left_layout.addWidget(self.findings_title)
        left_layout.addWidget(self.findings, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(self.wording_note)
        buttons = QHBoxLayout()
        for button in (self.edit_wording, self.reset_wording):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.export, self.print_button):
            buttons.addWidget(button)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="signSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([620, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        saved_template = app_settings.settings().value(app_settings.SIGNBOARD_TEMPLATE, "a4", type=str)
        self.template.setCurrentIndex(max(0, self.template.findData(saved_template)))
        for combo in (self.kind, self.venue, self.department):
            combo.currentIndexChanged.connect(self._show_boards)
        for control in (self.template, self.colours):
            control.currentIndexChanged.connect(self._template_changed)
        for spin in (self.custom_width, self.custom_height):
            spin.valueChanged.connect(self._template_changed)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.findings.currentItemChanged.connect(self._finding_chosen)
        self.choose_font.clicked.connect(self._choose_font)
        self.edit_wording.clicked.connect(self._edit_wording)
        self.reset_wording.clicked.connect(self._reset_wording)
        self.export.clicked.connect(self._export)
        self.print_button.clicked.connect(self._print)
        session.changed.connect(self._changed)
        self._template_changed()
        self._show_font()

    # Reading the boards.

    def _changed(self, notice: ChangeNotice) -> None:
        if notice.origin in ("open", "reload") or SHOWN_TABLES & set(notice.tables):
            self.plan_changed()

    def refresh(self) -> None:
        """Read the boards again, in the background."""
        def work(database):
            from hallplanner.services.signboards import read_signboards

            return read_signboards(database)

        self._stale = False
        self.session.read(work, self._show)

    def _show(self, signboards: Signboards) -> None:
        self.signboards = signboards
        for combo, values, everything in ((self.venue, signboards.venues, self.tr("全部场所")),
                                          (self.department, signboards.departments, self.tr("全部部门"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self._show_boards()

    def chosen(self) -> Signboards | None:
        if self.signboards is None:
            return None
        kind = self.kind.currentData()
        return self.signboards.chosen([BoardKind(kind)] if kind else [], self.venue.currentData() or "",
                                      self.department.currentData() or "")

    def _show_boards(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        selected = {board.key for board in self.selected_boards()}
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(chosen.boards))
        for row, board in enumerate(chosen.boards):
            source = translated(board.wording.label)
            if board.override is not None:
                source = self.tr("{source}({who},{when})").format(source=source, who=board.override.changed_by,
                                                                  when=board.override.changed_at)
            cells = (translated(board.kind.label), board.title, board.venue, source)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(BoardRole, board)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
            if board.key in selected:
                self.table.selectRow(row)
        self.table.resizeColumnToContents(0)
        self.table.blockSignals(False)
        self.findings.clear()
        for unmade in chosen.unmade:
            finding = unmade.finding
            entry = QListWidgetItem(self.tr("{rule} {severity} {subject}:{message}").format(
                rule=finding.rule, severity=translated(finding.severity.label), subject=finding.subject,
                message=translated(finding.message)))
            entry.setData(BoardRole, unmade)
            self.findings.addItem(entry)
        self.findings_title.setText(self.tr("无法制作的标识牌:{count} 块").format(count=len(chosen.unmade)))
        if self.table.currentRow() < 0 and chosen.boards:
            self.table.setCurrentCell(0, 1)
            self.table.clearSelection()
        self._selection_changed()

    def selected_boards(self) -> list[Board]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.table.item(row, 0).data(BoardRole) for row in rows]

    def boards_to_make(self) -> list[Board]:
        """The selected boards, or every board listed when none is selected."""
        chosen = self.chosen()
        return self.selected_boards() or (list(chosen.boards) if chosen else [])

    def current_board(self) -> Board | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(BoardRole) if item is not None else None

    def _finding_chosen(self, current: QListWidgetItem | None) -> None:
        self._finding_picked = current is not None
        self._update_buttons()

    def _selection_changed(self) -> None:
        self._finding_picked = False
        self._update_buttons()
        self._show_wording()
        self.update_preview()

    def _update_buttons(self) -> None:
        count = len(self.boards_to_make())
        writable = self.session.may_edit_plan
        self.export.setText(self.tr("导出 PDF({count} 块)…").format(count=count))
        self.print_button.setText(self.tr("打印({count} 块)…").format(count=count))
        ready = count > 0 and self.template_or_none() is not None
        self.export.setEnabled(ready)
        self.print_button.setEnabled(ready)
        target = self._wording_target()
        self.edit_wording.setEnabled(writable and target is not None)
        self.reset_wording.setEnabled(writable and isinstance(target, Board) and target.override is not None)

    def _show_wording(self) -> None:
        board = self.current_board()
        if board is None:
            self.wording_note.setText("")
        elif board.override is None:
            self.wording_note.setText(self.tr("措辞来源:{source}").format(source=translated(board.wording.label)))
        else:
            default = board.default_title or self.tr("(缺少数据,无法按默认格式制作)")
            self.wording_note.setText(self.tr("规划人员修改的措辞({who},{when});默认措辞:{default}").format(
                who=board.override.changed_by, when=board.override.changed_at, default=default))

    # Template and font.

    def template_or_none(self) -> Template | None:
        name = self.template.currentData()
        background, foreground = self.colours.currentData()
        try:
            template = (custom_template(self.custom_width.value(), self.custom_height.value()) if name == CUSTOM
                        else TEMPLATES[name])
            return with_colours(template, background, foreground)
        except HallPlannerError:
            return None

    def _template_changed(self) -> None:
        custom = self.template.currentData() == CUSTOM
        self.custom_width.setVisible(custom)
        self.custom_height.setVisible(custom)
        app_settings.settings().setValue(app_settings.SIGNBOARD_TEMPLATE, self.template.currentData())
        self._update_buttons()
        self.update_preview()

    def _show_font(self, problem: str = "") -> None:
        chosen = app_settings.settings().value(app_settings.SIGNBOARD_FONT, "", type=str)
        if problem:
            self.font_label.setText(problem)
        elif self.font is not None:
            self.font_label.setText(self.tr("{family}({path})").format(family=self.font.family, path=self.font.path))
        else:
            self.font_label.setText(chosen or self.tr("自动查找系统中的中文 TrueType 字体"))

    def _choose_font(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择中文 TrueType 字体"), "",
                                              self.tr("TrueType 字体 (*.ttf *.ttc);;全部文件 (*)"))
        if path:
            self.use_font(path)

    def use_font(self, path: str) -> None:
        """Try the planner's font in the background; keep it only if a PDF can embed it."""
        def work(progress):
            from hallplanner.exchange.fonts import load_font

            return load_font(path)

        def done(font) -> None:
            app_settings.settings().setValue(app_settings.SIGNBOARD_FONT, path)
            self.font = font
            self._show_font()
            self.update_preview()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, HallPlannerError):
                QMessageBox.warning(self, self.tr("不能使用该字体"), refusal_text(exc))
            else:
                show_unexpected(exc, self.tr("读取字体失败。"), self)

        self.session.runner.submit(self.tr("正在读取字体…"), work, done, failed)

    def _font_job(self):
        """The font for a background job: the one found before, else the planner's, else the system's."""
        font = self.font
        chosen = app_settings.settings().value(app_settings.SIGNBOARD_FONT, "", type=str)

        def resolve():
            from hallplanner.exchange.fonts import find_cjk_font

            return font or find_cjk_font(chosen or None)

        return resolve

    def _font_found(self, font) -> None:
        if self.font is None:
            self.font = font
            self._show_font()

    # Preview.

    def update_preview(self) -> None:
        """Show the current board as it prints; one rendering at a time, the latest wish wins."""
        self._preview_wanted = True
        if not self._preview_running:
            self._render_preview()

    def _render_preview(self) -> None:
        board, template = self.current_board(), self.template_or_none()
        self._preview_wanted = False
        if board is None or template is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("没有选中标识牌") if template else self.tr("尺寸无效"))
            return
        resolve = self._font_job()
        width_px = max(200, self.preview.parentWidget().width() - 24) * self.devicePixelRatioF()
        dpi = width_px / (template.width_mm / 25.4)

        def work(progress):
            font = resolve()
            return font, printing.preview_image(board, template, font, dpi)

        def done(result) -> None:
            self._preview_running = False
            font, image = result
            self._font_found(font)
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            self.preview.setPixmap(pixmap)
            if self._preview_wanted:
                self._render_preview()

        def failed(exc: BaseException) -> None:
            self._preview_running = False
            if isinstance(exc, HallPlannerError):
                self.preview.setPixmap(QPixmap())
                self.preview.setText(refusal_text(exc))
                self._show_font(refusal_text(exc) if self.font is None else "")
            else:
                show_unexpected(exc, self.tr("预览标识牌失败。"), self)
            if self._preview_wanted:
                self._render_preview()

        self._preview_running = True
        self.session.runner.submit("", work, done, failed, quiet=True)

    # Export and print.

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出标识牌 PDF"), self.tr("标识牌.pdf"),
                                              self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        boards, template, resolve = self.boards_to_make(), self.template_or_none(), self._font_job()

        def work(progress):
            from hallplanner.exchange.signboards import write_pdf

            font = resolve()
            write_pdf(path, boards, template, font, progress.check)
            return font

        def done(font) -> None:
            self._font_found(font)
            self.notify.emit(self.tr("已导出 {count} 块标识牌:{path}").format(count=len(boards), path=path))

        self.session.runner.submit(self.tr("正在生成标识牌 PDF…"), work, done,
                                   lambda exc: self._failed(exc, self.tr("导出标识牌失败,未写入文件。")),
                                   cancellable=True)

    def _print(self) -> None:
        template = self.template_or_none()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printing.prepare(printer, template)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print the boards on ``printer`` (set up by the print dialog) in the background."""
        boards, template, resolve = self.boards_to_make(), self.template_or_none(), self._font_job()

        def work(progress):
            font = resolve()
            return font, printing.print_boards(printer, boards, template, font, progress.check)

        def done(result) -> None:
            font, pages = result
            self._font_found(font)
            self.notify.emit(self.tr("已送出打印:{count} 块标识牌").format(count=pages))

        self._printer = printer  # kept alive until the job is done
        self.session.runner.submit(self.tr("正在打印标识牌…"), work, done,
                                   lambda exc: self._failed(exc, self.tr("打印标识牌失败。")), cancellable=True)

    def _failed(self, exc: BaseException, what: str) -> None:
        from hallplanner.gui.work import Cancelled

        if isinstance(exc, Cancelled):
            return
        if isinstance(exc, HallPlannerError):
            QMessageBox.warning(self, self.tr("无法完成"), refusal_text(exc))
        else:
            show_unexpected(exc, what, self)

    # The planner's own wording.

    def _wording_target(self) -> Board | Unmade | None:
        """The board whose wording may change: the current board, or a finding a new wording answers."""
        if self._finding_picked or self.current_board() is None:
            item = self.findings.currentItem()
            unmade = item.data(BoardRole) if item is not None else None
            if unmade is not None and unmade.kind in (BoardKind.SUBCENTER, BoardKind.EXTENSION):
                return unmade
        return self.current_board()

    def _edit_wording(self) -> None:
        target = self._wording_target()
        if target is None:
            return
        if isinstance(target, Board):
            default = target.default_title or self.tr("(缺少数据,无法按默认格式制作)")
            current, version = target.title, target.override.version if target.override else None
        else:
            default, current, version = self.tr("(缺少数据,无法按默认格式制作)"), "", None
        text, accepted = QInputDialog.getText(
            self, self.tr("修改标识牌措辞"),
            self.tr("默认措辞:{default}\n本标识牌的措辞(规划人员修改,标识牌页会标明):").format(default=default),
            text=current)
        if accepted and text.strip() and text.strip() != current:
            kind, subject = target.kind, target.subject_id
            self.session.edit(lambda editor: editor.set_signboard_wording(kind, subject, text, version))

    def _reset_wording(self) -> None:
        board = self.current_board()
        if board is not None and board.override is not None:
            kind, subject, version = board.kind, board.subject_id, board.override.version
            self.session.edit(lambda editor: editor.clear_signboard_wording(kind, subject, version))
