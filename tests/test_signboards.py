"""Signboards: the plan's wording, what cannot be made and why, overrides, and the PDF read back."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from hallplanner.db.database import open_database
from hallplanner.db.schema import Region, SignboardOverride, Venue
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.findings import Severity, SubjectType
from hallplanner.domain.signboards import (
    BoardKind,
    DepartmentFacts,
    Override,
    SensitiveFacts,
    VenueFacts,
    WindowFacts,
    Wording,
    boards_and_findings,
    department_word,
    extension_draft,
    sensitive_draft,
    subcenter_draft,
    window_draft,
)
from hallplanner.domain.vocabulary import DepartmentKind
from hallplanner.exchange.fonts import find_cjk_font, load_font
from hallplanner.exchange.sign_templates import TEMPLATES, template_named
from hallplanner.exchange.signboards import write_pdf
from hallplanner.services.editing import PlanEditor
from hallplanner.services.signboards import read_signboards, signboard_findings
from tests.plans import both_backends, window
from tests.test_cli import assert_one_clear_error, hallplanner

PSB = DepartmentFacts("厦门市公安局", "公安局", DepartmentKind.BUREAU)
MCPIT = DepartmentFacts("中国国际贸易促进委员会厦门市委员会", "贸促会", DepartmentKind.COUNCIL)


def venue(**values) -> VenueFacts:
    defaults = dict(id=1, name="场所", city="厦门市", district="", department=PSB, business_category="治安",
                    location_label="镇海路", address="厦门市思明区新华路45号", floor="1", room="101室",
                    contact_person="黄丽华", phone="0592-7984698")
    return VenueFacts(**(defaults | values))


# Wording, as PLAN-RULES.md reads the plan's two formats.

def test_a_city_sub_center_sign_leaves_the_district_out():
    assert subcenter_draft(venue()).title == "厦门市政务服务中心公安局治安分中心"


def test_a_district_sub_center_sign_names_its_district():
    assert subcenter_draft(venue(district="思明区")).title == "厦门市思明区政务服务中心公安局治安分中心"


def test_an_extension_window_sign_names_place_then_business():
    draft = extension_draft(venue(business_category="出入境"))
    assert draft.title == "厦门市政务服务中心公安局镇海路出入境服务窗口"
    assert extension_draft(venue(district="湖里区", business_category="出入境")).title == \
        "厦门市湖里区政务服务中心公安局镇海路出入境服务窗口"


@pytest.mark.parametrize(("short_name", "kind", "expected"), [
    ("公安局", DepartmentKind.BUREAU, "公安局"),
    ("厦门市公安局", DepartmentKind.BUREAU, "公安局"),  # named without the city
    ("人社", DepartmentKind.BUREAU, "人社局"),  # the template's 局(委、办)
    ("外办", DepartmentKind.OFFICE, "外办"),
    ("贸促会", DepartmentKind.COUNCIL, "贸促会"),  # neither 局, 委 nor 办: its own short name
    ("总工会", DepartmentKind.OTHER, "总工会"),
])
def test_the_department_is_named_by_its_signage_short_name(short_name, kind, expected):
    assert department_word(DepartmentFacts("全称", short_name, kind), "厦门市", "") == expected


def test_a_council_keeps_its_own_name_on_an_extension_sign():
    draft = extension_draft(venue(department=MCPIT, location_label="象屿", business_category="原产地证书"))
    assert draft.title == "厦门市政务服务中心贸促会象屿原产地证书服务窗口"


@pytest.mark.parametrize(("draft", "missing"), [
    (subcenter_draft(venue(business_category="")), "业务分类"),
    (subcenter_draft(venue(department=None)), "所属部门"),
    (extension_draft(venue(location_label=" ")), "地点"),
    (extension_draft(venue(business_category="")), "业务分类"),
])
def test_missing_words_make_a_finding_and_no_board(draft, missing):
    boards, unmade = boards_and_findings([draft], {})
    assert boards == []
    [finding] = [u.finding for u in unmade]
    assert finding.rule == ("R8" if draft.kind is BoardKind.SUBCENTER else "R9")
    assert finding.severity is Severity.WARNING and finding.subject_type is SubjectType.VENUE
    assert missing in finding.message and finding.section in ("§三(二)2", "§三(三)2")


def test_an_override_replaces_the_main_line_and_answers_a_missing_word():
    draft = extension_draft(venue(business_category=""))
    override = Override("厦门市政务服务中心公安局镇海路出入境服务窗口", "林规划", "2024-01-02 09:30", 1)
    [board], unmade = boards_and_findings([draft], {(BoardKind.EXTENSION, 1): override})
    assert unmade == []
    assert (board.title, board.wording, board.default_title, board.override) == (
        override.text, Wording.OVERRIDE, "", override)


def test_a_special_item_notice_publishes_department_address_floor_room_contact_and_phone():
    item = SensitiveFacts(7, "政府采购投诉处理", DepartmentFacts("厦门市财政局", "财政局", DepartmentKind.BUREAU),
                          venue(address="厦门市思明区湖滨北路72号", floor="5", room="508室", contact_person="王晓东",
                                phone="0592-5958737"))
    [board], _ = boards_and_findings([sensitive_draft(item)], {})
    assert (board.title, board.lines, board.wording) == ("政府采购投诉处理", (
        "办理部门：厦门市财政局", "办理地点：厦门市思明区湖滨北路72号5层508室",
        "联系人：王晓东  联系电话：0592-5958737"), Wording.PRESET)


def test_a_notice_without_floor_or_room_is_an_error_that_an_override_cannot_answer():
    item = SensitiveFacts(7, "政府采购投诉处理", PSB, venue(floor="", room=""))
    override = Override("政府采购投诉处理", "林规划", "2024-01-02 09:30", 1)
    boards, unmade = boards_and_findings([sensitive_draft(item)], {(BoardKind.SENSITIVE, 7): override})
    assert boards == []
    [finding] = [u.finding for u in unmade]
    assert (finding.rule, finding.severity, finding.section) == ("R7", Severity.ERROR, "§三(二)3")
    assert "楼层" in finding.message and "房号" in finding.message


def test_a_window_plate_shows_number_name_and_what_it_handles():
    draft = window_draft(WindowFacts(3, "A12", "公安事务综合窗口", "中心", "公安局", ("出入境", "车驾管")))
    assert (draft.title, draft.lines, draft.wording) == ("A12 公安事务综合窗口", ("出入境、车驾管",), Wording.PRESET)


# The sample, through the services.

def test_the_sample_boards_and_what_keeps_the_rest_from_being_made(sample_path):
    db = open_database(sample_path, readonly=True)
    signboards = read_signboards(db)
    with db.reading() as session:
        findings = signboard_findings(session, dt.date(2023, 12, 31))
    db.close()
    titles = {board.title for board in signboards.boards}
    assert "厦门市政务服务中心公安局枋湖车驾管服务窗口" in titles
    assert "厦门市政务服务中心编办事业单位登记分中心" in titles
    assert "A01 公安事务综合窗口" in titles
    assert {"政府采购投诉处理", "计量仲裁检定和计量调解", "专利侵权纠纷行政裁决"} <= titles
    # Closed sub-centers get no board; an extension window without its business word (the sample's
    # APEC商务旅行卡办理点, a gap left for the planner) gets a finding.
    assert "厦门市政务服务中心科技局科技分中心" not in titles
    assert findings == signboards.findings and findings
    assert {finding.rule for finding in findings} == {"R9"}


@both_backends
def test_an_override_is_one_undoable_edit_that_remembers_who_and_when(plan):
    editor = PlanEditor(plan, actor="林规划")
    unmade = next(u for u in read_signboards(plan).unmade if u.kind is BoardKind.EXTENSION)

    edit = editor.set_signboard_wording(BoardKind.EXTENSION, unmade.subject_id, "  厦门市政务服务中心公安局 镇海路出入境服务窗口 ")

    [board] = read_signboards(plan).chosen([BoardKind.EXTENSION], subject_ids=[unmade.subject_id]).boards
    assert (board.title, board.wording) == ("厦门市政务服务中心公安局 镇海路出入境服务窗口", Wording.OVERRIDE)
    assert board.override.changed_by == ("林规划" if plan.is_sqlite else "林规划(postgres)")
    assert board.override.version == 1
    assert [change.table for change in edit.changes] == ["signboard_overrides"]

    editor.set_signboard_wording(BoardKind.EXTENSION, unmade.subject_id, "另一种措辞", board.override.version)
    with pytest.raises(HallPlannerError, match="他人修改"):
        editor.set_signboard_wording(BoardKind.EXTENSION, unmade.subject_id, "过时的措辞", board.override.version)

    cleared = editor.clear_signboard_wording(BoardKind.EXTENSION, unmade.subject_id, 2)
    assert cleared.label == "延伸窗口标识恢复默认措辞"
    assert unmade.subject_id in {u.subject_id for u in read_signboards(plan).unmade}
    editor.undo(cleared)  # the override comes back, with a new version
    [restored] = read_signboards(plan).chosen([BoardKind.EXTENSION], subject_ids=[unmade.subject_id]).boards
    assert (restored.title, restored.override.version) == ("另一种措辞", 3)
    editor.clear_signboard_wording(BoardKind.EXTENSION, unmade.subject_id, 3)
    with plan.reading() as session:
        assert session.scalars(select(SignboardOverride)).all() == []


@both_backends
def test_an_empty_override_is_refused(plan):
    with pytest.raises(HallPlannerError, match="不能为空"):
        PlanEditor(plan).set_signboard_wording(BoardKind.WINDOW, 1, "   ")


# PDF, read back with poppler.

def pdf_pages(path: Path) -> list[str]:
    """Each page's text without white space (a wrapped line is the same words)."""
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return ["".join(page.split()) for page in text.split("\f")[:-1]]


def pdf_fonts(path: Path) -> list[list[str]]:
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    return [line.split() for line in lines[2:]]


def word_boxes(path: Path) -> list[tuple[float, float, float, float, float, float, str]]:
    """Every word with its box and its page's size, in points."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    boxes = []
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S):
        width, height = float(page[1]), float(page[2])
        for word in re.finditer(r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*?)</word>',
                                page[3]):
            boxes.append((width, height, *map(float, word.groups()[:4]), word[5]))
    return boxes


@pytest.fixture
def district_plan(sample_copy):
    """The sample with 公安局治安分中心 moved to 思明区, a window given a name with markup, and an override."""
    db = open_database(sample_copy)
    editor = PlanEditor(db, actor="林规划")
    with db.reading() as session:
        siming = session.scalar(select(Region.id).where(Region.name == "思明区"))
        psb = session.scalars(select(Venue).where(Venue.name == "公安局治安分中心")).one()
        extension = session.scalars(select(Venue).where(Venue.name == "五缘湾赴金游办证中心")).one()
    editor.update_venue(psb.id, psb.version, {"region_id": siming})
    z01 = window(db, "Z01")
    editor.update_window(z01.id, z01.version, {"name": "A<B & <font size=60> 窗口"})
    editor.set_signboard_wording(BoardKind.EXTENSION, extension.id, "厦门市政务服务中心公安局五缘湾赴金游服务窗口")
    db.close()
    return sample_copy


def test_the_pdf_says_exactly_the_plans_wording_in_an_embedded_font(district_plan, tmp_path):
    output = tmp_path / "subcenters.pdf"
    result = hallplanner("signs", "--db", str(district_plan), "-o", str(output), "--kind", "subcenter")
    assert result.returncode == 0, result.stderr
    pages = pdf_pages(output)
    assert "厦门市思明区政务服务中心公安局治安分中心" in pages  # district
    assert "厦门市政务服务中心公安局禁毒分中心" in pages  # city
    assert len(pages) == 5 and f"{len(pages)} 块标识牌" in result.stdout
    fonts = pdf_fonts(output)
    assert fonts and all(row[-5] == "yes" for row in fonts), fonts  # the "emb" column


def test_a_name_with_markup_prints_exactly_as_typed(district_plan, tmp_path):
    output = tmp_path / "windows.pdf"
    result = hallplanner("signs", "--db", str(district_plan), "-o", str(output), "--kind", "window",
                         "--venue", "厦门市政务服务中心", "--template", "desk")
    assert result.returncode == 0, result.stderr
    assert "Z01A<B&<fontsize=60>窗口" in pdf_pages(output)
    sizes = {round(y_max - y_min) for _, _, _, y_min, _, y_max, text in word_boxes(output) if text.startswith("Z01")}
    assert len(sizes) == 1  # the markup did not change the size of anything


def test_an_override_prints_and_the_rest_of_the_extension_windows_are_listed_as_findings(district_plan, tmp_path):
    output = tmp_path / "extensions.pdf"
    result = hallplanner("signs", "--db", str(district_plan), "-o", str(output), "--kind", "extension")
    assert result.returncode == 0, result.stderr
    pages = pdf_pages(output)
    assert "厦门市政务服务中心公安局五缘湾赴金游服务窗口" in pages  # the override
    assert "厦门市政务服务中心公安局镇海路出入境服务窗口" in pages  # the plan's format
    assert "其中 1 块的措辞由规划人员修改" in result.stdout
    assert result.stdout.count("R9 警告") == 1  # APEC商务旅行卡办理点 has no business word


@pytest.mark.parametrize("template", ["desk", "a4"])
def test_text_fits_inside_the_margins_however_long(tmp_path, template):
    """The smallest template, a very long main line and a long unbroken Latin word: shrunk and wrapped, never cut."""
    from hallplanner.domain.signboards import Board

    title = "厦门市政务服务中心" + "中国国际贸易促进委员会厦门市委员会" * 4 + "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" * 2
    lines = ("、".join(f"事项类别{n}" for n in range(60)),)
    board = Board(BoardKind.WINDOW, 1, "x", "v", "d", title, lines, Wording.PRESET, title)
    chosen = TEMPLATES[template]
    output = tmp_path / "long.pdf"
    write_pdf(output, [board], chosen, find_cjk_font())
    assert pdf_pages(output) == ["".join((title, *lines))]
    margin = chosen.margin_mm * 72 / 25.4
    for width, height, x_min, y_min, x_max, y_max, _ in word_boxes(output):
        assert (round(width), round(height)) == (round(chosen.width_mm * 72 / 25.4), round(chosen.height_mm * 72 / 25.4))
        assert margin - 0.5 <= x_min and x_max <= width - margin + 0.5
        assert margin - 0.5 <= y_min and y_max <= height - margin + 0.5


def test_a_failed_write_leaves_the_old_file_and_no_part_file(tmp_path):
    from hallplanner.domain.signboards import Board

    output = tmp_path / "boards.pdf"
    output.write_bytes(b"the planner's earlier boards")
    board = Board(BoardKind.WINDOW, 1, "x", "v", "d", "窗口 \U0002a6a5", (), Wording.PRESET, "")  # a rare character
    with pytest.raises(HallPlannerError, match="没有这些字的字形"):
        write_pdf(output, [board], TEMPLATES["a4"], find_cjk_font())
    assert output.read_bytes() == b"the planner's earlier boards"
    assert [path.name for path in tmp_path.iterdir()] == ["boards.pdf"]


def test_a_cff_font_is_refused_with_a_reason(tmp_path):
    fake = tmp_path / "NotoSansCJKsc-Regular.otf"
    fake.write_bytes(b"OTTO" + bytes(64))
    with pytest.raises(HallPlannerError, match="CFF"):
        load_font(fake)


def test_without_a_usable_font_nothing_is_written_and_the_planner_is_told(tmp_path):
    with pytest.raises(HallPlannerError, match="没有找到可嵌入 PDF 的中文 TrueType 字体"):
        find_cjk_font(folders=[tmp_path])


def test_cli_bad_values_give_one_line(sample_copy, tmp_path):
    output = tmp_path / "boards.pdf"
    for args, expected in [
        (("--template", "huge"), "没有模板“huge”"),
        (("--template", "20x10"), "50–3000 mm"),
        (("--venue", "不存在的场所"), "没有场所“不存在的场所”"),
        (("--font", str(tmp_path / "none.ttf")), "找不到字体文件"),
        (("--kind", "door"), "--kind"),
    ]:
        result = hallplanner("signs", "--db", str(sample_copy), "-o", str(output), *args)
        assert_one_clear_error(result, expected)
        assert result.returncode == (2 if args[0] in ("--template", "--kind") else 1), "usage errors exit 2"
    assert not output.exists()


def test_custom_sizes_scale_the_type():
    custom = template_named("594x420")
    assert (custom.width_mm, custom.height_mm) == (594, 420)
    assert custom.title_pt == pytest.approx(TEMPLATES["a4"].title_pt * 2)
