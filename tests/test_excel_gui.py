"""The import wizard and the export dialog, driven as a planner does; the database checked after."""

from __future__ import annotations

import threading

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from hallplanner.gui import work
from hallplanner.gui.exchange import dialogs
from hallplanner.services import importing
from tests.gui_helpers import open_window, settle, stored
from tests.test_excel import messy_workbook


def wizard(qtbot) -> dialogs.ImportWizard:
    qtbot.waitUntil(lambda: any(isinstance(w, dialogs.ImportWizard) for w in QApplication.topLevelWidgets()))
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, dialogs.ImportWizard))


def test_import_wizard_previews_rows_then_imports_as_one_undo_step(qtbot, sample_copy, tmp_path, monkeypatch, messages):
    path = messy_workbook(tmp_path / "list.xlsx", [
        [1, "厦门市海洋发展局", "海域使用权登记", "113502000036120108999999000901001", "", "行政许可", "", "1,200", "",
         "", "", ""],
        [2, "公安局", "", "113502000036120108999999000902001", "", "行政许可", "", "", "", "", "", ""],
    ])
    monkeypatch.setattr(dialogs, "choose_catalog_file", lambda parent: path)
    window = open_window(qtbot, sample_copy)
    window.actions["import_catalog"].trigger()
    dialog = wizard(qtbot)
    settle(qtbot, window)
    assert "表头在第 3 行" in dialog.source.text()
    statuses = [dialog.rows.item(row, 1).text() for row in range(dialog.rows.rowCount())]
    assert statuses == ["有误", "有误"] and not dialog.import_button.isEnabled()
    assert "事项清单!4:数据库中没有部门“厦门市海洋发展局”" in dialog.summary.text()
    assert "事项清单!5:缺少事项名称" in dialog.summary.text()

    dialog.create_departments.setChecked(True)
    settle(qtbot, window)
    assert dialog.rows.item(0, 1).text() == "新增"
    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    item = stored(sample_copy, "海域使用权登记")
    assert item is not None and item.annual_volume == 1200 and item.department_short == "海洋发展局"
    assert window.session.undo_stack.count() == 1
    window.actions["undo"].trigger()
    settle(qtbot, window)
    assert stored(sample_copy, "海域使用权登记") is None
    assert messages == []


def test_export_dialog_writes_the_chosen_list(qtbot, sample_copy, tmp_path):
    window = open_window(qtbot, sample_copy)
    dialog = dialogs.ExportDialog(window.session, window)
    dialog.choice.setCurrentIndex(dialog.choice.findData("assignments"))
    dialog.set_path(str(tmp_path / "windows"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    sheet = openpyxl.load_workbook(tmp_path / "windows.xlsx").active
    assert sheet["A2"].value == "办理场所" and sheet.max_row > 100


class RecordingProgressDialog(QProgressDialog):
    """The work's progress dialog, remembering every amount it was shown."""

    shown: list[tuple[int, int, str]] = []

    def setValue(self, value: int) -> None:  # noqa: N802 - Qt's name
        super().setValue(value)
        RecordingProgressDialog.shown.append((value, self.maximum(), self.labelText()))


def test_the_work_dialog_shows_amounts_and_a_cancel_stops_the_work(qtbot, monkeypatch):
    monkeypatch.setattr(work, "PROGRESS_DELAY_MS", 0)
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    runner = work.Runner(window)
    halfway, release = threading.Event(), threading.Event()
    outcome: list[object] = []

    def job(progress: work.Progress) -> str:
        progress.report(3, 10)
        halfway.set()
        release.wait(10)
        progress.report(10, 10)  # the planner cancelled meanwhile: this raises
        return "finished"

    runner.submit("正在导入…", job, outcome.append, outcome.append, cancellable=True)
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog, "workProgress") is not None)
    dialog = window.findChild(QProgressDialog, "workProgress")
    qtbot.waitUntil(lambda: dialog.value() == 3)
    assert dialog.maximum() == 10 and "已完成 3 / 10" in dialog.labelText()
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: bool(outcome))
    assert isinstance(outcome[0], work.Cancelled)


def test_a_long_import_shows_how_many_rows_are_done(qtbot, sample_copy, tmp_path, monkeypatch, messages):
    monkeypatch.setattr(work, "PROGRESS_DELAY_MS", 0)
    monkeypatch.setattr(work, "QProgressDialog", RecordingProgressDialog)
    monkeypatch.setattr(importing, "REPORT_EVERY", 40)
    RecordingProgressDialog.shown = []
    rows = [[number, "公安局", f"批量事项{number}", f"113502000036120108999999{number:06d}001", "", "行政许可", "", "",
             "", "", "", ""] for number in range(1, 201)]
    path = messy_workbook(tmp_path / "long.xlsx", rows)
    monkeypatch.setattr(dialogs, "choose_catalog_file", lambda parent: path)
    window = open_window(qtbot, sample_copy)
    window.actions["import_catalog"].trigger()
    dialog = wizard(qtbot)
    settle(qtbot, window)
    assert dialog.import_button.isEnabled()
    checked = [(value, total) for value, total, _ in RecordingProgressDialog.shown]
    assert (40, 200) in checked  # the dry run against the plan
    RecordingProgressDialog.shown = []
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    shown = RecordingProgressDialog.shown
    assert [(value, total) for value, total, _ in shown if value < total] == [(40, 200), (80, 200), (120, 200),
                                                                              (160, 200)]
    assert any("正在导入 200 行…" in label and "已完成 200 / 200" in label for _, _, label in shown)
    assert stored(sample_copy, "批量事项200") is not None and window.session.undo_stack.count() == 1
    assert messages == []
