"""The plan checks as a report: a PDF read back with poppler, the command line, the findings dock's button.

What the report must say is taken from ``check_plan`` on the same database, never
written here: the sample is being corrected and its findings change.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from hallplanner.db.database import open_database
from hallplanner.db.schema import ServiceItem
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.plan_rules import RULES
from hallplanner.exchange.findings_pdf import write_findings_pdf
from hallplanner.exchange.fonts import find_cjk_font
from hallplanner.services.checks import check_plan
from hallplanner.services.editing import PlanEditor
from tests.gui_helpers import open_window, settle
from tests.test_cli import assert_one_clear_error, hallplanner

DAY = dt.date(2023, 12, 31)
MARKUP = "A<B & <font size=60>"
PLAN_RULES = [f"R{number}" for number in range(1, 17)]


def pdf_text(path: Path, mode: str) -> str:
    return subprocess.run(["pdftotext", mode, "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def squeezed(text: str) -> str:
    return "".join(text.split())


def pdf_fonts(path: Path) -> list[list[str]]:
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    return [line.split() for line in lines[2:]]


def report_of(path: Path, day: dt.date = DAY):
    db = open_database(path, readonly=True)
    try:
        return check_plan(db, day)
    finally:
        db.close()


def assert_reports(pdf: Path, report, database: str) -> None:
    """The title, database, day and checklist in the page's layout; every finding's subject in its cell."""
    layout = pdf_text(pdf, "-layout")
    assert "规划检查报告" in layout and database in layout and report.as_of.isoformat() in layout
    checklist_ids = [line.split()[0] for line in layout.splitlines()
                     if line.split() and line.split()[0] in RULES]
    assert set(PLAN_RULES) <= set(checklist_ids), checklist_ids
    # A subject wraps inside its cell; the cell's lines are drawn one after the other (-raw keeps that order).
    drawn = squeezed(pdf_text(pdf, "-raw"))
    assert report.findings
    missing = [finding.subject for finding in report.findings if squeezed(finding.subject) not in drawn]
    assert not missing
    fonts = pdf_fonts(pdf)
    assert fonts and all(row[-5] == "yes" for row in fonts), fonts  # the "emb" column


@pytest.fixture
def marked_plan(sample_copy):
    """The sample with an item that has a finding renamed to text that is also reportlab markup."""
    report = report_of(sample_copy)
    item_id = next(finding.subject_id for finding in report.findings
                   if finding.subject_type.value == "item" and finding.rule == "R1")
    db = open_database(sample_copy)
    with db.reading() as session:
        version = session.scalar(select(ServiceItem.version).where(ServiceItem.id == item_id))
    PlanEditor(db, actor="林规划").rename_item(item_id, version, f"{MARKUP} 登记")
    db.close()
    return sample_copy


def test_the_cli_writes_the_whole_report_and_still_reports_as_check_does(sample_copy, tmp_path):
    output = tmp_path / "report.pdf"
    plain = hallplanner("check", "--db", str(sample_copy), "--as-of", DAY.isoformat())
    result = hallplanner("check", "--db", str(sample_copy), "--as-of", DAY.isoformat(), "--pdf", str(output))
    assert result.returncode == plain.returncode, result.stderr
    assert result.stdout.startswith(plain.stdout) and f"已生成检查报告 {output}" in result.stdout
    assert_reports(output, report_of(sample_copy), sample_copy.name)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["report.pdf", "xiamen.sqlite"]  # no part file


def test_markup_in_a_name_prints_as_typed(marked_plan, tmp_path):
    output = tmp_path / "report.pdf"
    result = hallplanner("check", "--db", str(marked_plan), "--as-of", DAY.isoformat(), "--pdf", str(output))
    assert "Traceback" not in result.stderr
    assert output.exists(), result.stderr
    assert any(finding.subject == f"{MARKUP} 登记" for finding in report_of(marked_plan).findings)
    # Read as markup, the tag would not print (and would make the rest of the cell 60 points high).
    assert squeezed(f"{MARKUP} 登记") in squeezed(pdf_text(output, "-raw"))


def test_the_rule_option_keeps_those_rules_in_the_report(sample_copy, tmp_path):
    output = tmp_path / "r1.pdf"
    result = hallplanner("check", "--db", str(sample_copy), "--as-of", DAY.isoformat(), "--rule", "R1",
                         "--pdf", str(output))
    assert output.exists(), result.stderr
    layout = pdf_text(output, "-layout")
    rows = {line.split()[0] for line in layout.splitlines() if line.split() and line.split()[0] in RULES}
    assert rows == {"R1"}


def test_a_bad_path_gives_one_line_and_leaves_no_file(sample_copy, tmp_path):
    output = tmp_path / "missing folder" / "report.pdf"
    result = hallplanner("check", "--db", str(sample_copy), "--pdf", str(output))
    assert_one_clear_error(result, "无法写入", str(output))
    assert not output.parent.exists()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["xiamen.sqlite"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_part_file(sample_path, tmp_path, monkeypatch):
    from hallplanner.exchange import findings_pdf

    output = tmp_path / "report.pdf"
    output.write_bytes(b"last week's report")
    report = report_of(sample_path)

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(findings_pdf.SimpleDocTemplate, "build", broken)
    with pytest.raises(HallPlannerError, match="无法写入"):
        write_findings_pdf(output, report, "xiamen.sqlite", find_cjk_font())
    assert output.read_bytes() == b"last week's report"
    assert [path.name for path in tmp_path.iterdir()] == ["report.pdf"]


def test_without_a_usable_font_there_is_no_pdf(sample_copy, tmp_path):
    output = tmp_path / "report.pdf"
    result = hallplanner("check", "--db", str(sample_copy), "--pdf", str(output), "--font", str(tmp_path / "none.ttf"))
    assert_one_clear_error(result, "找不到字体文件")
    assert not output.exists()


def export_from_dock(qtbot, window, monkeypatch, path: Path, kind: str) -> str:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), kind))
    panel = window.findings
    with qtbot.waitSignal(panel.exported, timeout=30_000) as written:
        qtbot.mouseClick(panel.export_report, Qt.MouseButton.LeftButton)
    return written.args[0]


def test_the_dock_exports_the_report_for_the_day_shown(qtbot, sample_copy, tmp_path, monkeypatch, messages):
    window = open_window(qtbot, sample_copy)
    settle(qtbot, window)
    panel = window.findings
    assert panel.day() == DAY, "the dock opens on the sample's reference date"
    report = report_of(sample_copy)

    pdf = tmp_path / "dock.pdf"
    shown = export_from_dock(qtbot, window, monkeypatch, pdf, panel.tr("PDF 报告 (*.pdf)"))
    assert str(pdf) in shown and window.statusBar().currentMessage() == shown
    assert_reports(pdf, report, sample_copy.name)

    excel = tmp_path / "dock"  # no extension: the chosen kind's is added
    export_from_dock(qtbot, window, monkeypatch, excel, panel.tr("Excel 工作簿 (*.xlsx)"))
    workbook = openpyxl.load_workbook(tmp_path / "dock.xlsx", read_only=True)
    rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    workbook.close()  # read-only workbooks keep their file open until closed
    assert DAY.isoformat() in rows[0][0]
    subjects = [row[3] for row in rows[2:] if row[0]]
    assert subjects == [finding.subject for finding in report.findings]
    assert messages == []


def test_the_dock_tells_the_planner_when_the_file_cannot_be_written(qtbot, sample_copy, tmp_path, monkeypatch,
                                                                    messages):
    window = open_window(qtbot, sample_copy)
    settle(qtbot, window)
    output = tmp_path / "missing folder" / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(output), ""))
    qtbot.mouseClick(window.findings.export_report, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages), timeout=30_000)
    assert messages[0][0] == "warning" and "无法写入" in messages[0][1]
    assert window.findings.export_report.isEnabled()
    assert not output.parent.exists()
