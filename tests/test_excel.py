"""Excel exchange: the styled exports, the catalog import from messy files, hostile files refused.

Files are built here with each mess departments make, then read back through the
real code; exports are read back with openpyxl and, where LibreOffice is
installed, opened by it headless.
"""

from __future__ import annotations

import datetime as dt

import hashlib
import json
import shutil
import subprocess
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from hallplanner.db.database import open_database
from hallplanner.db.schema import AuditEntry, Department, ServiceItem
from hallplanner.domain.cleaning import clean_code, clean_text, parse_count, parse_flag
from hallplanner.domain.findings import Finding, Severity, SubjectType
from hallplanner.domain.vocabulary import EntryStatus, ItemType
from hallplanner.exchange.catalog_file import read_catalog_file
from hallplanner.exchange.exporters import EXPORTERS, export_findings
from hallplanner.exchange.reading import FileRefused
from hallplanner.exchange.xlsx import Column, Sheet, write_sheets
from hallplanner.services.catalog import list_items
from hallplanner.services.editing import PlanEditor
from hallplanner.services.importing import ImportOptions, ImportRefused, import_catalog
from tests.test_cli import assert_one_clear_error, hallplanner

HEADER = ["序号", "实施部门", "事项名称", "实施编码", "基本编码", "事项类型", "业务分类", "年办件量", "是否联办",
          "是否进驻", "备注", "自定义列"]


def data_rows(path: Path, sheet: int = 0) -> list[tuple]:
    """The rows below the title row (header included), as openpyxl reads them back."""
    workbook = openpyxl.load_workbook(path)
    return [row for row in workbook.worksheets[sheet].iter_rows(min_row=2, values_only=True)]


def messy_workbook(path: Path, rows: list[list], *, title_rows: int = 2, merged: list[str] = ()) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "事项清单"
    sheet.append(["厦门市公安局进驻事项清单"])
    for _ in range(title_rows - 1):
        sheet.append([])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    for cells in merged:
        sheet.merge_cells(cells)
    workbook.save(path)
    return path


def counts(db) -> tuple[int, int, int]:
    with db.reading() as session:
        return (session.scalar(select(func.count()).select_from(ServiceItem)),
                session.scalar(select(func.count()).select_from(Department)),
                session.scalar(select(func.count()).select_from(AuditEntry)))


@pytest.fixture
def plan_db(sample_copy):
    db = open_database(sample_copy)
    yield db
    db.close()


# Cleaning.

def test_cleaning_of_what_departments_type():
    assert clean_text(" 普通护照\n签发\u3000") == "普通护照签发"
    assert clean_text("Wi-Fi   账号\r\n开通") == "Wi-Fi账号开通"
    assert clean_text("engine  room") == "engine room"
    assert clean_code("１１３５０２ ０００Ａ") == "113502000A"
    assert parse_count("1,350") == 1350 and parse_count("１３５０") == 1350 and parse_count(" 12 ") == 12
    assert parse_count(1350.0) == 1350 and parse_count("") is None
    with pytest.raises(ValueError, match="不是数字"):
        parse_count("约一千")
    with pytest.raises(ValueError, match="不小于 0 的整数"):
        parse_count("12.5")
    assert parse_flag("√") is True and parse_flag("否") is False and parse_flag("Y") is True
    with pytest.raises(ValueError, match="是”或“否"):
        parse_flag("也许")


# The writer.

def test_text_that_looks_like_a_formula_stays_text(tmp_path):
    texts = ["=SUM(A1:A2)", "+86 592", "-1", "@cmd", "\tindented", "line one\r\nline two\rthree", "bell\x07gone"]
    path = tmp_path / "texts.xlsx"
    write_sheets(path, [Sheet("文本", "标题", [Column("内容", wrap=False)], [[text] for text in texts])])
    with zipfile.ZipFile(path) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml  # no formula anywhere
    cells = openpyxl.load_workbook(path).active
    values = [cells.cell(row, 1) for row in range(3, 3 + len(texts))]
    assert all(cell.data_type == "s" for cell in values)
    assert [cell.value for cell in values] == ["=SUM(A1:A2)", "+86 592", "-1", "@cmd", "\tindented",
                                               "line one\nline two\nthree", "bellgone"]


def test_styled_as_planners_expect(tmp_path):
    path = tmp_path / "catalog.xlsx"
    rows = [("A", 1), ("B", 2), ("C", 3)]
    write_sheets(path, [Sheet("清单", "事项清单  数据库:plan.sqlite  导出日期:2024-05-01",
                              [Column("事项名称", 30), Column("年办件量", 8)], rows)])
    sheet = openpyxl.load_workbook(path).active
    assert sheet["A1"].value.startswith("事项清单") and sheet["A1"].font.bold
    assert [sheet["A2"].value, sheet["B2"].value] == ["事项名称", "年办件量"] and sheet["A2"].font.bold
    assert sheet.freeze_panes == "A3"
    assert sheet.auto_filter.ref == "A2:B5"  # header through the last row
    assert sheet.print_title_rows == "$1:$2"
    assert sheet.page_setup.orientation == "landscape" and int(sheet.page_setup.paperSize) == 9  # A4
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.column_dimensions["A"].width == 30


# Exports.

def test_assignments_list_every_item_at_its_window(tmp_path, sample_path):
    db = open_database(sample_path, readonly=True)
    path = tmp_path / "assignments.xlsx"
    written = EXPORTERS["assignments"].export(db, path)
    items = list_items(db)
    db.close()
    expected = {(place.venue, place.window_number, place.window, item.implementation_code, item.name,
                 str(place.role.label)) for item in items for place in item.places if place.window}
    header, *rows = data_rows(path)
    assert header == ("办理场所", "窗口号", "窗口名称", "部门", "实施编码", "事项名称", "角色", "业务分类")
    assert written == len(rows) == len(expected)
    assert {(r[0], r[1], r[2], r[4], r[5], r[6]) for r in rows} == expected


def test_department_lists_one_sheet_each_with_its_items(tmp_path, sample_path):
    db = open_database(sample_path, readonly=True)
    path = tmp_path / "departments.xlsx"
    EXPORTERS["departments"].export(db, path)
    items = list_items(db)
    db.close()
    workbook = openpyxl.load_workbook(path)
    owners = {item.department_short for item in items}
    assert set(workbook.sheetnames) == owners
    police = [row for row in workbook["公安局"].iter_rows(min_row=3, values_only=True)]
    assert sorted(row[1] for row in police) == sorted(i.implementation_code for i in items
                                                       if i.department_short == "公安局")
    assert all(row[9] is None and row[10] is None for row in police)  # left for the department to fill in


def test_the_change_list_findings_and_staffing_export_what_their_services_report(tmp_path, sample_path):
    from hallplanner.services.changes import place_changes
    from hallplanner.services.checks import check_plan
    from hallplanner.services.staffing import staffing_report

    for name in ("changes", "findings", "staffing"):
        result = hallplanner("export", name, "--db", str(sample_path), "-o", str(tmp_path / f"{name}.xlsx"))
        assert result.returncode == 0 and result.stderr == "", result.stderr
    db = open_database(sample_path, readonly=True)
    changes, report = place_changes(db), check_plan(db)
    staffing = staffing_report(db, dt.date.today())
    db.close()
    assert [(row[1], row[3], row[4]) for row in data_rows(tmp_path / "changes.xlsx")[1:]] == [
        (c.item_name, c.old_place or None, c.new_place or None) for c in changes]
    assert [(row[0], row[3], row[4]) for row in data_rows(tmp_path / "findings.xlsx")[1:]] == [
        (f.rule, f.subject, str(f.message)) for f in report.findings]
    assert len(data_rows(tmp_path / "staffing.xlsx", 0)[1:]) == len(staffing.departments)
    assert len(data_rows(tmp_path / "staffing.xlsx", 1)[1:]) == len(staffing.groups)


def test_findings_export(tmp_path, sample_path):
    findings = [
        Finding("R9", Severity.WARNING, SubjectType.WINDOW, 3, "A03 公安事务综合窗口", "=窗口过载,请分流", "§三(一)"),
        Finding("R4", Severity.ERROR, SubjectType.ITEM, 7, "普通护照签发", "须以中心为主办理点", "§二(二)"),
    ]
    db = open_database(sample_path, readonly=True)
    path = tmp_path / "findings.xlsx"
    export_findings(findings, db, path)
    db.close()
    header, *rows = data_rows(path)
    assert header[:2] == ("规则", "严重程度")
    assert [row[0] for row in rows] == ["R4", "R9"]  # errors first
    assert rows[1][4] == "=窗口过载,请分流"


def test_catalog_round_trip_through_an_empty_database(tmp_path, sample_path):
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    assert hallplanner("export", "catalog", "--db", str(sample_path), "-o", str(first)).returncode == 0
    empty = tmp_path / "empty.sqlite"
    assert hallplanner("db", "init", "--db", str(empty)).returncode == 0
    imported = hallplanner("import", "catalog", str(first), "--db", str(empty), "--create-departments", "--json")
    assert imported.returncode == 0, imported.stderr
    db = open_database(sample_path, readonly=True)
    assert json.loads(imported.stdout)["created"] == len(list_items(db))
    db.close()
    assert hallplanner("export", "catalog", "--db", str(empty), "-o", str(second)).returncode == 0
    assert data_rows(first) == data_rows(second)


# Importing messy files.

POLICE = "厦门市公安局"


def full_width(text: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) for ch in text)


def test_a_messy_department_list_is_cleaned_row_by_row(tmp_path, plan_db):
    path = messy_workbook(tmp_path / "messy.xlsx", [
        [1, "公安局", " 船舶\n登记证明\u3000核发 ", full_width("113502000036120108999999000111001"), None, "行政许可", "港航",
         "1,350", "√", "是", "请核对", "x"],
        [2, None, "船员证书  补发", "113502000036120108999999000112", "999999000112", "许可", "港航", "２０", "否",
         "是", None, None],
        [None, None, None, None, None, None, None, None, None, None, None, None],
        ["小计", None, None, None, None, None, None, "1370", None, None, None, None],
        [3, "厦门市公安局", "游艇证书核发", "113502000036120108999999000113", 999999000113, "行政确认", "港航", 7.0,
         None, "否", None, None],
        ["合 计", None, None, None, None, None, None, "1377", None, None, None, None],
    ], title_rows=2, merged=["B4:B5"])
    parsed = read_catalog_file(path)
    assert (parsed.sheet, parsed.header_row) == ("事项清单", 3)
    assert parsed.blank_rows == 1 and parsed.subtotal_rows == 2 and parsed.problems == []
    assert [record.department for record in parsed.records] == ["公安局", "公安局", "厦门市公安局"]  # merged, filled
    first, second, third = parsed.records
    assert first.values["name"] == "船舶登记证明核发"
    assert first.values["implementation_code"] == "113502000036120108999999000111001"
    assert first.values["annual_volume"] == 1350 and first.values["jointly_handled"] is True
    assert second.values["name"] == "船员证书补发"
    assert second.values["item_type"] is ItemType.LICENSE and second.values["annual_volume"] == 20
    assert third.values["basic_code"] == "999999000113" and third.entering is False

    before = counts(plan_db)
    outcome = import_catalog(plan_db, parsed, ImportOptions(source=path.name))
    assert outcome.problems == [] and outcome.created == 3 and outcome.edit is not None
    assert counts(plan_db)[0] == before[0] + 3
    stored = {item.name: item for item in list_items(plan_db)}
    assert stored["船舶登记证明核发"].department == POLICE and stored["船舶登记证明核发"].annual_volume == 1350
    assert stored["船舶登记证明核发"].basic_code == "999999000111"  # taken from the implementation code
    assert stored["游艇证书核发"].status is EntryStatus.OUTSIDE and stored["船员证书补发"].status is EntryStatus.PLANNED


def test_a_messy_cell_deep_in_a_long_list_is_cleaned_like_one_near_the_top(tmp_path):
    # Columns are cleaned in blocks whose clean cells pass untouched: a messy cell among
    # hundreds of clean ones must still be cleaned, and a subtotal deep down still skipped.
    rows = [[number, "公安局", f"事项{number}", f"11350200003612010899999900{number:04d}", "", "行政许可", "港航",
             number, "否", "是", None, None] for number in range(1, 1201)]
    rows[700][2] = "船舶\n登记\u3000核发"
    rows[701][3] = full_width("113502000036120108999999009999")
    rows[702][7] = "1,350"
    rows[703][8] = True  # a Boolean cell: read as 是, not confused with the number 1 of other rows
    rows[900] = ["小计", None, None, None, None, None, None, 99999, None, None, None, None]
    rows[1000][7] = "很多"
    parsed = read_catalog_file(messy_workbook(tmp_path / "long.xlsx", rows))
    by_row = {record.row: record.values for record in parsed.records}
    first = 4  # two title rows and the header above
    assert parsed.subtotal_rows == 1 and len(parsed.records) == 1199
    assert by_row[first + 700]["name"] == "船舶登记核发"
    assert by_row[first + 701]["implementation_code"] == "113502000036120108999999009999"
    assert by_row[first + 702]["annual_volume"] == 1350
    assert by_row[first + 703]["jointly_handled"] is True and by_row[first + 704]["jointly_handled"] is False
    assert [(problem.row, str(problem.text)) for problem in parsed.problems] == [
        (first + 1000, "年办件量“很多”不是数字")]


def test_every_error_names_sheet_and_row_and_nothing_is_written(tmp_path, plan_db):
    existing = list_items(plan_db)[0]
    path = messy_workbook(tmp_path / "errors.xlsx", [
        [1, "公安局", None, "113502000036120108999999000201", "999999000201", "行政许可", "", "10", "", "", "", ""],
        [2, "公安局", "甲事项", "113502000036120108999999000202", "999999000202", "行政许可", "", "很多", "", "", "", ""],
        [3, "公安局", "乙事项", "113502000036120108999999000202", "999999000202", "行政许可", "", "1", "", "", "", ""],
        [4, "公安局", "丙事项", "113502000036120108999999000204", "999999000204", "行政魔法", "", "1", "", "", "", ""],
        [5, "不存在的局", "丁事项", "113502000036120108999999000205", "999999000205", "行政许可", "", "", "", "", "", ""],
        [6, "公安局", "戊事项", "113502000036120108999999000206", "999999000206", "行政许可", "", "", "也许", "", "", ""],
        [7, "公安局", "己事项", "113502000036120108999999000207", "999999000207", "行政许可", "", "5", "", "", "", ""],
        [8, existing.department, existing.name + "(新名)", existing.implementation_code, "", "", "", "9", "", "", "",
         ""],
    ], title_rows=1)
    before = counts(plan_db)
    outcome = import_catalog(plan_db, read_catalog_file(path), ImportOptions())
    assert outcome.refused and outcome.edit is None
    said = {(problem.place, str(problem.text)) for problem in outcome.problems}
    assert ("事项清单!3", "缺少事项名称") in said
    assert ("事项清单!4", "年办件量“很多”不是数字") in said
    assert ("事项清单!5", "实施编码“113502000036120108999999000202”与第 4 行重复") in said
    assert any(place == "事项清单!6" and text.startswith("事项类型“行政魔法”无法识别,可选:行政许可") for place, text in said)
    assert ("事项清单!7", "数据库中没有部门“不存在的局”(确认新建部门后可导入)") in said
    assert ("事项清单!8", "是否联办“也许”应为“是”或“否”") in said
    assert counts(plan_db) == before  # not one row, not one audit entry

    skipped = import_catalog(plan_db, read_catalog_file(path), ImportOptions(skip_invalid=True))
    assert (skipped.created, skipped.updated, skipped.skipped) == (1, 1, 6)
    renamed = {item.id: item for item in list_items(plan_db)}[existing.id]
    assert renamed.name == existing.name + "(新名)" and renamed.annual_volume == 9  # updated, not duplicated
    assert counts(plan_db)[0] == before[0] + 1


def test_dry_run_tells_what_would_change_and_writes_nothing(tmp_path, plan_db):
    existing = list_items(plan_db)[0]
    path = messy_workbook(tmp_path / "dry.xlsx", [
        [1, "公安局", "新事项", "113502000036120108999999000301001", "999999000301", "行政许可", "", "3", "", "", "", ""],
        [2, existing.department_short, existing.name, "", "", "", "", str(existing.annual_volume + 1), "", "", "", ""],
    ])
    before = counts(plan_db)
    outcome = import_catalog(plan_db, read_catalog_file(path), ImportOptions(dry_run=True))
    assert (outcome.created, outcome.updated, outcome.edit) == (1, 1, None)  # matched by name, no code given
    assert counts(plan_db) == before
    assert "试运行" in outcome.summary()


def test_an_entered_item_cannot_leave_through_an_import(tmp_path, plan_db):
    entered = next(item for item in list_items(plan_db) if item.status is EntryStatus.ENTERED)
    path = messy_workbook(tmp_path / "leave.xlsx", [
        [1, entered.department, entered.name, entered.implementation_code, "", "", "", "", "", "否", "", ""]])
    with pytest.raises(ImportRefused) as refused:
        PlanEditor(plan_db).import_catalog(read_catalog_file(path))
    assert "不得撤出" in str(refused.value.outcome.problems[0].text)


def test_an_import_is_one_edit_that_one_undo_takes_back(tmp_path, plan_db):
    rows = [[n, "公安局", f"批量事项{n}", f"1135020000361201089999990{n:05d}", f"9999990{n:05d}", "行政许可", "", n,
             "", "", "", ""] for n in range(1, 301)]
    path = messy_workbook(tmp_path / "batch.xlsx", rows)
    before = counts(plan_db)
    editor = PlanEditor(plan_db)
    edit = editor.import_catalog(read_catalog_file(path), ImportOptions(source="batch.xlsx"))
    assert counts(plan_db)[0] == before[0] + 300 and "batch.xlsx" in edit.label
    editor.undo(edit)
    assert counts(plan_db)[:2] == before[:2]


def test_unknown_departments_are_created_only_when_confirmed(tmp_path, plan_db):
    path = messy_workbook(tmp_path / "new-dept.xlsx", [
        [1, "厦门市海洋发展局", "海域使用权登记", "113502000036120108999999000401001", "", "行政许可", "", "", "", "", "", ""]])
    refused = import_catalog(plan_db, read_catalog_file(path), ImportOptions())
    assert refused.refused
    created = import_catalog(plan_db, read_catalog_file(path), ImportOptions(create_departments=True))
    assert created.departments_created == ["厦门市海洋发展局"] and created.created == 1
    with plan_db.reading() as session:
        department = session.scalars(select(Department).where(Department.full_name == "厦门市海洋发展局")).one()
    assert department.short_name == "海洋发展局"


def test_a_department_of_skipped_rows_only_is_not_created(tmp_path, plan_db):
    path = messy_workbook(tmp_path / "bad-new-dept.xlsx", [
        [1, "厦门市数据管理局", "数据共享申请", "113502000036120108999999000402001", "", "行政许可", "", "很多", "", "", "",
         ""]])
    outcome = import_catalog(plan_db, read_catalog_file(path), ImportOptions(create_departments=True, skip_invalid=True))
    assert outcome.created == 0 and outcome.skipped == 1 and outcome.departments_created == []
    with plan_db.reading() as session:
        assert session.scalars(select(Department).where(Department.full_name == "厦门市数据管理局")).first() is None


def test_csv_in_utf8_with_bom_and_in_gb18030(tmp_path, plan_db):
    text = "实施部门,事项名称,实施编码,事项类型,年办件量\n公安局,码头作业许可,113502000036120108999999000501,行政许可,\"2,400\"\n"
    for name, data in (("bom.csv", b"\xef\xbb\xbf" + text.encode("utf-8")), ("gb.csv", text.encode("gb18030"))):
        (tmp_path / name).write_bytes(data)
        parsed = read_catalog_file(tmp_path / name)
        assert parsed.problems == [] and parsed.header_row == 1
        [record] = parsed.records
        assert record.values["name"] == "码头作业许可" and record.values["annual_volume"] == 2400


def ods_file(path: Path, rows: list[list[str]]) -> Path:
    """A minimal OpenDocument spreadsheet, as LibreOffice would save it (repeated empty rows at the end)."""
    cells = "".join(
        "<table:table-row>" + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'
            for value in row) + "</table:table-row>" for row in rows)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
        f'<office:spreadsheet><table:table table:name="清单">{cells}'
        '<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/>'
        '</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return path


def test_ods_files_are_read(tmp_path):
    path = ods_file(tmp_path / "list.ods", [["清单"], ["实施部门", "事项名称", "实施编码"],
                                          ["公安局", "渔船登记", "113502000036120108999999000601"]])
    parsed = read_catalog_file(path)
    assert parsed.header_row == 2 and [r.values["name"] for r in parsed.records] == ["渔船登记"]


def test_the_planner_maps_columns_the_import_does_not_know(tmp_path):
    path = messy_workbook(tmp_path / "map.xlsx", [
        [1, "公安局", "渔港许可", "113502000036120108999999000701001", "", "行政许可", "", "", "", "", "", "12"]])
    automatic = read_catalog_file(path)
    assert automatic.mapping[HEADER.index("自定义列")] is None
    mapping = dict(automatic.mapping) | {HEADER.index("自定义列"): "avg_minutes"}
    [record] = read_catalog_file(path, mapping=mapping).records
    assert record.values["avg_minutes"] == 12


# Hostile and broken files.

def xlsx_with_sheet(path: Path, sheet_xml: str, source: Path) -> Path:
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as crafted:
        for name in original.namelist():
            data = sheet_xml.encode() if name == "xl/worksheets/sheet1.xml" else original.read(name)
            crafted.writestr(name, data)
    return path


MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def hostile_files(folder: Path) -> dict[str, tuple[Path, str]]:
    """Each file, and a fragment of the message that must refuse it."""
    plain = messy_workbook(folder / "plain.xlsx", [[1, "公安局", "事项", "1", "", "", "", "", "", "", "", ""]])
    empty = folder / "empty.xlsx"
    empty.write_bytes(b"")
    text = folder / "notes.xlsx"
    text.write_text("这不是表格", encoding="utf-8")
    word = folder / "letter.xlsx"
    with zipfile.ZipFile(word, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    encrypted = folder / "locked.xlsx"
    encrypted.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le")
                          + b"\x00" * 1024)
    entities = xlsx_with_sheet(folder / "entities.xlsx", (
        '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        f'<worksheet {MAIN}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row>'
        '</sheetData></worksheet>'), plain)
    external = xlsx_with_sheet(folder / "external.xlsx", (
        '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        f'<worksheet {MAIN}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row>'
        '</sheetData></worksheet>'), plain)
    far = xlsx_with_sheet(folder / "far.xlsx", (
        f'<worksheet {MAIN}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>'
        '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>b</t></is></c></row></sheetData></worksheet>'), plain)
    bomb = folder / "bomb.xlsx"
    with zipfile.ZipFile(plain) as original, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as crafted:
        for name in original.namelist():
            crafted.writestr(name, original.read(name))
        crafted.writestr("xl/media/padding.xml", b" " * (20 * 1024 * 1024))  # packs a thousand to one
    rows = folder / "rows.csv"
    rows.write_text("事项名称\n" + "x\n" * 1_100_000, encoding="utf-8")
    ods_bomb = folder / "repeat.ods"
    ods_file(ods_bomb, [["事项名称"]])
    with zipfile.ZipFile(ods_bomb) as original:
        content = original.read("content.xml").replace(
            b'<table:table-cell table:number-columns-repeated="1024"/>',
            b'<table:table-cell table:number-columns-repeated="16384" office:value-type="string"><text:p>x</text:p>'
            b'</table:table-cell>')
    with zipfile.ZipFile(ods_bomb, "w") as crafted:
        crafted.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        crafted.writestr("content.xml", content)
    return {
        "empty": (empty, "空的"), "text": (text, "不是 Excel"), "word": (word, "不是 Excel 或 ODS 工作簿"),
        "encrypted": (encrypted, "已加密"), "entities": (entities, "DOCTYPE"), "external": (external, "DOCTYPE"),
        "far": (far, "超出可导入的范围"), "bomb": (bomb, "解压后过大"), "rows": (rows, "超出可导入的范围"),
        "ods bomb": (ods_bomb, "超出可导入的范围"),
    }


def test_hostile_files_are_refused_quickly_without_touching_the_database(tmp_path, sample_copy):
    digest = hashlib.sha256(sample_copy.read_bytes()).hexdigest()
    for name, (path, expected) in hostile_files(tmp_path).items():
        started = time.monotonic()
        with pytest.raises(FileRefused, match=expected):
            read_catalog_file(path)
        assert time.monotonic() - started < 5, name
    for name in ("far", "entities", "bomb"):
        path, expected = hostile_files(tmp_path)[name]
        result = hallplanner("import", "catalog", str(path), "--db", str(sample_copy))
        assert_one_clear_error(result, path.name, expected)
    assert hashlib.sha256(sample_copy.read_bytes()).hexdigest() == digest


# The command line.

def test_import_command_reports_json_with_rows(tmp_path, sample_copy):
    path = messy_workbook(tmp_path / "cli.xlsx", [
        [1, "公安局", None, "113502000036120108999999000801001", "", "行政许可", "", "", "", "", "", ""],
        [2, "公安局", "帆船许可", "113502000036120108999999000802001", "", "行政许可", "", "4", "", "", "", ""]])
    refused = hallplanner("import", "catalog", str(path), "--db", str(sample_copy), "--json")
    assert refused.returncode == 1
    report = json.loads(refused.stdout)
    assert report["created"] == 0 and report["written"] is False
    assert report["errors"] == [{"sheet": "事项清单", "row": 4, "message": "缺少事项名称"}]
    done = hallplanner("import", "catalog", str(path), "--db", str(sample_copy), "--json", "--skip-invalid")
    assert done.returncode == 0, done.stderr
    assert {key: value for key, value in json.loads(done.stdout).items() if key != "errors"} == {
        "created": 1, "updated": 0, "unchanged": 0, "skipped": 1, "departments_created": [], "dry_run": False,
        "written": True}


# LibreOffice opens what we write (skipped where it is not installed; docs/excel.md records a run).

@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_exports_and_its_xls_imports(tmp_path, sample_path):
    exported = tmp_path / "catalog.xlsx"
    db = open_database(sample_path, readonly=True)
    EXPORTERS["catalog"].export(db, exported)
    db.close()
    profile = f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}"
    converted = subprocess.run(["soffice", profile, "--headless", "--convert-to", "xls", "--outdir", str(tmp_path),
                                str(exported)], capture_output=True, text=True, timeout=180)
    assert converted.returncode == 0, converted.stderr
    old_format = tmp_path / "catalog.xls"
    assert old_format.exists(), converted.stdout + converted.stderr
    back = read_catalog_file(old_format)
    assert back.problems == [] and len(back.records) == len(data_rows(exported)) - 1
    assert {r.values["implementation_code"] for r in back.records} == {row[0] for row in data_rows(exported)[1:]}
