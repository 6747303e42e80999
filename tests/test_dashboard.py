"""The 总览 page: figures from the whole check, per department and per region; exported as PNG and PDF."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess

from PySide6.QtCore import QDate
from PySide6.QtGui import QImage

from hallplanner.db.database import open_database
from hallplanner.services.checks import check_plan, subject_departments
from hallplanner.services.dashboard import dashboard
from tests.gui_helpers import open_window, settle
from tests.test_cli import hallplanner

DAY = dt.date(2023, 12, 28)


def test_the_figures_add_up_to_the_check_of_the_day(sample_path):
    db = open_database(sample_path, readonly=True)
    figures = dashboard(db, DAY)
    report = check_plan(db, DAY)
    owners = subject_departments(db, report.findings)
    db.close()
    by_name = {row.name: row for row in figures.departments}
    progress = {row.department: row for row in report.progress}
    assert by_name["人社局"].entered == by_name["人社局"].to_enter == progress["厦门市人力资源和社会保障局"].to_enter
    assert by_name["资源规划局"].planned + by_name["资源规划局"].waiting == by_name["资源规划局"].to_enter
    # Every warning and error about a department's subjects is counted once, staffing gaps apart; a
    # finding about the hall itself (a window group of the center) belongs to no department's bar.
    owned = [f for f in report.findings if f.severity.value != "info" and (f.subject_type, f.subject_id) in owners]
    assert sum(row.open_findings for row in figures.departments) == len(owned)
    assert sum(row.staffing_gaps for row in figures.departments) == len([f for f in owned if f.rule.startswith("R10")])
    regions = {row.name: row for row in figures.regions}
    assert list(regions) == ["厦门市", "思明区"]  # the districts side by side, the sample's one beside the city
    city, district = regions["厦门市"], regions["思明区"]
    assert (city.to_enter, city.entered) == (239, sum(r.entered for r in figures.departments if r.region == "厦门市"))
    assert (district.to_enter, district.entered, district.planned, district.overdue) == (6, 4, 1, 0)
    assert district.due_on == dt.date(2024, 3, 31) and district.warnings == 1  # 娱乐场所经营活动审批: no window yet


def test_the_page_shows_the_day_and_exports_png_and_pdf(qtbot, sample_copy, tmp_path, messages):
    window = open_window(qtbot, sample_copy)
    page = window.dashboard
    window.pages.setCurrentWidget(page)
    page.day.setDate(QDate(DAY))
    qtbot.waitUntil(lambda: page.shown is not None and page.shown.as_of == DAY, timeout=30_000)
    assert "2023-12-28" in page.summary.text() and "245" in page.summary.text()  # 239 city items, 6 of 思明区
    assert [bar.label for bar in page.progress_chart.bars][:3] == ["人社局", "公安局", "教育局"]
    png, pdf = tmp_path / "总览.png", tmp_path / "总览.pdf"
    page.export_to(png)
    page.export_to(pdf)
    settle(qtbot, window)
    image = QImage(str(png))
    assert image.width() > 800 and image.height() > 300
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Pages:\s+1\n", info) and "842 x 595" in info  # one A4 landscape page
    assert messages == []


def test_the_overview_command_gives_the_same_figures(sample_path):
    result = hallplanner("overview", "--db", str(sample_path), "--as-of", DAY.isoformat(), "--json")
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    db = open_database(sample_path, readonly=True)
    figures = dashboard(db, DAY)
    db.close()
    assert [row["name"] for row in shown["departments"]] == [row.name for row in figures.departments]
    assert shown["regions"][0]["entered"] == figures.regions[0].entered
