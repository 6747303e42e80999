"""The signboards page, driven through its real widgets; PDFs and the database checked afterwards."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QInputDialog

from hallplanner.db.database import open_database
from hallplanner.domain.signboards import BoardKind, Wording
from hallplanner.services.signboards import read_signboards
from tests.gui_helpers import open_window, settle, trigger
from tests.test_signboards import pdf_pages


def signboards_page(qtbot, target):
    window = open_window(qtbot, target)
    window.pages.setCurrentWidget(window.signboards)  # shown: the boards are read, the first previewed
    settle(qtbot, window)
    return window, window.signboards


def choose(qtbot, window, combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))
    settle(qtbot, window)


def rows(page) -> list[str]:
    return [page.table.item(row, 1).text() for row in range(page.table.rowCount())]


def test_boards_are_listed_previewed_and_the_unmade_explained(qtbot, sample_copy):
    window, page = signboards_page(qtbot, sample_copy)
    assert "厦门市政务服务中心公安局禁毒分中心" in rows(page)
    assert page.findings.count() == 1 and "R9" in page.findings.item(0).text()
    assert not page.preview.pixmap().isNull()  # the first board, rasterised from its PDF

    choose(qtbot, window, page.kind, BoardKind.SENSITIVE.value)
    assert rows(page) == ["政府采购投诉处理", "计量仲裁检定和计量调解", "专利侵权纠纷行政裁决"]
    assert page.findings.count() == 0
    choose(qtbot, window, page.kind, "")
    choose(qtbot, window, page.department, "人社局")
    boards = [page.table.item(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(page.table.rowCount())]
    assert {board.department for board in boards} == {"人社局"}
    assert "厦门市政务服务中心人社局劳动保障监察分中心" in rows(page) and "C01 人社事务综合窗口" in rows(page)


def test_export_writes_the_selected_boards(qtbot, sample_copy, tmp_path):
    window, page = signboards_page(qtbot, sample_copy)
    choose(qtbot, window, page.kind, BoardKind.WINDOW.value)
    page.table.selectRow(0)
    page.table.selectionModel().select(page.table.model().index(1, 0),
                                       page.table.selectionModel().SelectionFlag.Select
                                       | page.table.selectionModel().SelectionFlag.Rows)
    assert page.export.text() == "导出 PDF(2 块)…"
    output = tmp_path / "windows.pdf"
    page.export_to(str(output))
    settle(qtbot, window)
    assert [page[:3] for page in pdf_pages(output)] == ["A01", "A02"]


def test_a_wording_typed_for_an_unmade_board_is_stored_shown_and_undone(qtbot, sample_copy, monkeypatch):
    window, page = signboards_page(qtbot, sample_copy)
    choose(qtbot, window, page.kind, BoardKind.EXTENSION.value)
    made = rows(page)
    assert page.findings.count() == 1  # APEC商务旅行卡办理点 lacks its business word
    page.findings.setCurrentRow(0)
    wording = "厦门市政务服务中心外办湖滨北路APEC商务旅行卡服务窗口"
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (wording, True))
    qtbot.mouseClick(page.edit_wording, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    settle(qtbot, window)  # the notice reads the boards again

    assert sorted(rows(page)) == sorted([*made, wording]) and page.findings.count() == 0
    assert page.table.item(rows(page).index(wording), 3).text().startswith("规划人员修改")
    db = open_database(sample_copy, readonly=True)
    [board] = [b for b in read_signboards(db).chosen([BoardKind.EXTENSION]).boards if b.wording is Wording.OVERRIDE]
    db.close()
    assert board.title == wording

    trigger(qtbot, window, "undo")
    settle(qtbot, window)
    assert rows(page) == made and page.findings.count() == 1
    db = open_database(sample_copy, readonly=True)
    assert not [b for b in read_signboards(db).chosen([BoardKind.EXTENSION]).boards if b.wording is Wording.OVERRIDE]
    db.close()


def test_printing_paints_each_board_on_the_printer(qtbot, sample_copy, tmp_path):
    window, page = signboards_page(qtbot, sample_copy)
    choose(qtbot, window, page.kind, BoardKind.SENSITIVE.value)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    output = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(output))
    from hallplanner.gui.signboards.printing import prepare

    prepare(printer, page.template_or_none())
    page.print_to(printer)
    settle(qtbot, window)
    info = subprocess.run(["pdfinfo", str(output)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           3" in info
    assert "842 x 595" in info or "841.89 x 595.276" in info  # A4 landscape, as the template
