"""The floor plan as a PDF and a PNG: made by the command line, read back with poppler and Pillow.

What the page must show (window numbers, zone names) is read from the same database, never written here.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from hallplanner.cli import main
from hallplanner.db.database import open_database
from hallplanner.db.schema import Floor, Window
from hallplanner.services.floorplan import find_floor, floor_layout
from tests.gui_helpers import CENTER, open_window
from tests.test_floorplan import show_floorplan
from tests.test_cli import hallplanner
from tests.test_findings_report import pdf_fonts, pdf_text, squeezed


def layout_of(path: Path, floor: str = "1层"):
    db = open_database(path, readonly=True)
    try:
        return floor_layout(db, find_floor(db, CENTER, floor).id)
    finally:
        db.close()


def test_the_floor_plan_pdf_names_every_window_and_zone_in_an_embedded_font(sample_copy, tmp_path):
    pdf, png = tmp_path / "一层.pdf", tmp_path / "一层.png"
    made = hallplanner("floorplan", "--db", str(sample_copy), "--venue", CENTER, "--floor", "1层", "--pdf", str(pdf),
                       "--png", str(png), "--paper", "a4", "--dpi", "100")
    assert made.returncode == 0, made.stderr
    assert "1 页" in made.stdout

    layout = layout_of(sample_copy)
    text = squeezed(pdf_text(pdf, "-raw"))
    assert f"{CENTER}1层平面布局图" in text
    assert all(counter.number in text and squeezed(counter.name) in text for counter in layout.windows)
    assert all(squeezed(zone.name) in text for zone in layout.zones)
    assert "功能区" in text and "公安事务" in text and "低位服务设施" in text
    fonts = pdf_fonts(pdf)
    assert fonts and all(row[-5] == "yes" and row[1] == "TrueType" for row in fonts), fonts  # embedded, vector text
    with Image.open(png) as image:  # A4 landscape at 100 dpi: 297 × 210 mm, 1169.3 × 826.8 pixels
        width, height = image.size
        assert abs(width - 297 / 25.4 * 100) < 1 and abs(height - 210 / 25.4 * 100) < 1 and image.format == "PNG"
        assert f"{width}×{height}" in made.stdout
        # The plan is drawn: the police counters' blue is on the page, not only white paper.
        assert (59, 111, 182) in {colour for _, colour in image.convert("RGB").getcolors(1_000_000)}


def test_a_long_window_list_goes_on_over_the_next_pages(sample_copy, tmp_path):
    db = open_database(sample_copy)
    with db.transaction() as session:
        floor = session.scalars(select(Floor).where(Floor.name == "2层", Floor.venue.has(name=CENTER))).one()
        venue_id = floor.venue_id
        for index in range(120):
            session.add(Window(venue_id=venue_id, floor_id=floor.id, number=f"T{index:03d}", name="临时窗口",
                               kind="dedicated", domain="临时事务", x=2 + (index % 30) * 2.1, y=20 + (index // 30) * 4,
                               width=2, height=1.2))
    db.close()
    pdf = tmp_path / "二层.pdf"
    made = hallplanner("floorplan", "--db", str(sample_copy), "--venue", CENTER, "--floor", "2层", "--pdf", str(pdf))
    assert made.returncode == 0, made.stderr
    pages = int(made.stdout.split(":")[1].split(" 页")[0])
    assert pages >= 2
    text = squeezed(pdf_text(pdf, "-raw"))
    assert all(f"T{index:03d}" in text for index in range(120))
    assert f"第{pages}页" in text


def test_the_command_refuses_clearly_and_leaves_files_alone(sample_copy, tmp_path, capsys):
    """In process (the verbs' parsing and errors are those of ``main``), so that six refusals stay quick."""
    out = tmp_path / "out"
    out.mkdir()
    existing = out / "plan.pdf"
    existing.write_bytes(b"keep me")

    def run(*args: str) -> tuple[int, str]:
        status = main(["floorplan", "--db", str(sample_copy), *args])
        error = capsys.readouterr().err
        assert "Traceback" not in error
        return status, error.strip()

    status, error = run("--venue", CENTER, "--floor", "1层", "--pdf", str(existing))
    assert status == 1 and "已存在" in error and "--force" in error and len(error.splitlines()) == 1
    assert existing.read_bytes() == b"keep me"
    status, error = run("--venue", CENTER, "--floor", "9层", "--pdf", str(out / "x.pdf"))
    assert status == 1 and "9层" in error and "1层、2层、3层" in error
    status, error = run("--venue", "某中心", "--floor", "1层", "--png", str(out / "x.png"))
    assert status == 1 and "某中心" in error and CENTER in error
    status, error = run("--venue", CENTER, "--floor", "1层", "--png", str(out / "x.jpg"))
    assert status == 1 and ".png" in error
    status, error = run("--venue", CENTER, "--floor", "1层")
    assert status == 2 and "--pdf" in error and "--png" in error
    status, error = run("--venue", CENTER, "--floor", "1层", "--png", str(out / "x.png"), "--dpi", "5000")
    assert status == 2 and "--dpi" in error
    assert sorted(path.name for path in out.iterdir()) == ["plan.pdf"]

    status, _ = run("--venue", CENTER, "--floor", "1层", "--pdf", str(existing), "--force")
    assert status == 0 and existing.read_bytes().startswith(b"%PDF")


# The page's button.

def export_from_page(qtbot, page, monkeypatch, path: Path, kind: str) -> str:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), kind))
    with qtbot.waitSignal(page.export.exported, timeout=30_000) as written:
        qtbot.mouseClick(page.export.button, Qt.MouseButton.LeftButton)
    return written.args[0]


def test_the_page_exports_the_floor_on_show_as_pdf_and_png(qtbot, sample_copy, tmp_path, monkeypatch, messages):
    window = open_window(qtbot, sample_copy)
    page = show_floorplan(qtbot, window)
    page.floor_box.setCurrentIndex(page.floor_box.findText("3层"))
    qtbot.waitUntil(lambda: page.layout_shown.floor.name == "3层", timeout=20_000)
    export = page.export

    shown = export_from_page(qtbot, page, monkeypatch, tmp_path / "三层", export.tr("PDF,A4 横向 (*.pdf)"))
    pdf = tmp_path / "三层.pdf"  # the chosen kind's extension added
    assert str(pdf) in shown and window.statusBar().currentMessage() == shown
    text = squeezed(pdf_text(pdf, "-raw"))
    assert f"{CENTER}3层平面布局图" in text
    assert all(counter.number in text for counter in layout_of(sample_copy, "3层").windows)
    assert pdf_text(pdf, "-layout") and subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                                                       check=True).stdout.count("841.89 x 595.276")  # A4 landscape

    export_from_page(qtbot, page, monkeypatch, tmp_path / "三层.png", export.tr("PNG 图像 (*.png)"))
    with Image.open(tmp_path / "三层.png") as image:
        assert image.width > image.height > 1000  # A3 landscape at 150 dpi
    assert messages == []


def test_the_page_tells_the_planner_when_the_file_cannot_be_written(qtbot, sample_copy, tmp_path, monkeypatch,
                                                                    messages):
    window = open_window(qtbot, sample_copy)
    page = show_floorplan(qtbot, window)
    output = tmp_path / "missing folder" / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(output), ""))
    qtbot.mouseClick(page.export.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages), timeout=30_000)
    assert messages[0][0] == "warning" and "无法写入" in messages[0][1]
    assert page.export.button.isEnabled() and not output.parent.exists()
