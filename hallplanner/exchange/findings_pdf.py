"""The plan checks as a PDF report: summary, the rules' checklist, progress, then every finding.

A4 landscape, in an embedded Chinese TrueType font (``fonts.find_cjk_font``). The
tables are reportlab paragraphs in table cells, so long text wraps inside its column
and the findings table repeats its header row on every page. Paragraphs read
reportlab's markup: every string from the plan goes through ``escape`` first, so a
name such as ``A<B & <font size=60>`` prints as typed and changes nothing else.

Like the signboards, the PDF is written to a temporary file beside the target and
renamed over it only when complete: a failure leaves no file behind and keeps an old one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    TableStyle,
)

from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.findings import Finding, Severity
from hallplanner.domain.messages import message
from hallplanner.exchange.files import write_atomically
from hallplanner.exchange.fonts import CjkFont
from hallplanner.services.checks import CheckReport

TITLE = "规划检查报告"
PAGE = landscape(A4)
MARGIN = 14 * mm
WIDTH = PAGE[0] - 2 * MARGIN
SEVERITY_COLOURS = {Severity.ERROR: "#b3261e", Severity.WARNING: "#8a5a00", Severity.INFO: "#33691e"}
HEADER_BACKGROUND = colors.HexColor("#dde3ea")
STRIPE = colors.HexColor("#f5f7f9")
GRID = colors.HexColor("#b0b8c0")
HEADING_ROOM = 30 * mm  # a heading starts a new page when less than this is left under it
GAP = "&nbsp;" * 4  # paragraphs fold runs of spaces into one


class Styles:
    """The paragraph styles of the report, in the one font it embeds."""

    def __init__(self, font: CjkFont) -> None:
        self.font = font

        def style(name: str, size: float, **more) -> ParagraphStyle:
            # wordWrap CJK: lines break between Chinese characters, not only at spaces.
            return ParagraphStyle(name, fontName=font.name, fontSize=size, leading=size * 1.35, wordWrap="CJK", **more)

        self.title = style("title", 20, spaceAfter=2 * mm)
        self.subtitle = style("subtitle", 10, textColor=colors.HexColor("#444444"), spaceAfter=4 * mm)
        self.heading = style("heading", 13, spaceBefore=5 * mm, spaceAfter=2 * mm)
        self.cell = style("cell", 8.5)
        self.header = style("header", 8.5)
        self.number = style("number", 8.5, alignment=TA_RIGHT)
        self.note = style("note", 8.5, textColor=colors.HexColor("#444444"))


def text(value: object) -> str:
    """Any value as paragraph text that reportlab prints literally (a Message is a str)."""
    return escape(str(value))


def table(rows: Sequence[Sequence[Paragraph]], widths: Sequence[float], font: CjkFont) -> LongTable:
    """A table with a header row repeated on every page it runs over."""
    share = WIDTH / sum(widths)
    found = LongTable(list(rows), colWidths=[width * share for width in widths], repeatRows=1)
    commands = [
        # A cell's own font, though every cell is a paragraph: else the table names Helvetica, not embedded.
        ("FONTNAME", (0, 0), (-1, -1), font.name),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BACKGROUND),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("BACKGROUND", (0, row), (-1, row), STRIPE) for row in range(2, len(rows), 2)]
    found.setStyle(TableStyle(commands))
    return found


def story(report: CheckReport, database: str, styles: Styles) -> list:
    """What the report says, in order: flowables for the page template to lay out."""
    counts = {severity: report.count(severity) for severity in Severity}

    def heading(title: str) -> list:
        return [CondPageBreak(HEADING_ROOM), Paragraph(title, styles.heading)]

    parts: list = [
        Paragraph(TITLE, styles.title),
        Paragraph(f"数据库:{text(database)}{GAP}检查日期:{report.as_of.isoformat()}", styles.subtitle),
        *heading("概况"),
        Paragraph(GAP.join(f"{text(severity.label)} {counts[severity]} 条" for severity in Severity)
                  + f"{GAP}共 {len(report.findings)} 条", styles.cell),
        *heading("规则核对"),
    ]

    def cells(values: Iterable[object], style: ParagraphStyle = styles.cell) -> list[Paragraph]:
        return [Paragraph(text(value), style) for value in values]

    def header(*names: str) -> list[Paragraph]:
        return [Paragraph(name, styles.header) for name in names]

    checklist = [header("规则", "内容", "条款", "判定方式", "错误", "警告", "提示", "状态")]
    checklist += [cells((row.rule.id, row.rule.title, row.rule.section, row.rule.kind.label))
                  + cells((row.errors, row.warnings, row.infos), styles.number) + cells((row.state,))
                  for row in report.checklist]
    parts.append(table(checklist, (9, 50, 16, 11, 6, 6, 6, 40), styles.font))

    parts += heading("各部门进驻进度")
    if report.progress:
        progress = [header("部门", "进驻期限", "应进驻", "已进驻", "已分配窗口未进驻", "逾期")]
        progress += [cells((row.department, row.due_on.isoformat() if row.due_on else "未设期限"))
                     + cells((row.to_enter, row.entered, row.planned, row.overdue), styles.number)
                     for row in report.progress]
        parts.append(table(progress, (40, 16, 10, 10, 16, 10), styles.font))
    else:
        parts.append(Paragraph("没有应进驻中心的事项。", styles.note))

    parts += heading("各领域一窗通办进度(R11)")
    if report.one_window:
        domains = [header("领域", "在领域综合窗口办理", "事项", "比例")]
        domains += [cells((row.domain,)) + cells((row.at_domain_windows, row.items,
                                                  f"{row.at_domain_windows / row.items:.0%}" if row.items else "–"),
                                                 styles.number)
                    for row in report.one_window]
        parts.append(table(domains, (40, 20, 12, 12), styles.font))
    else:
        parts.append(Paragraph("中心尚无领域综合窗口。", styles.note))

    parts += heading("发现的问题(按严重程度)")
    if report.findings:
        findings = [header("严重程度", "规则", "对象类型", "对象", "问题与处理", "依据")]
        for finding in sorted(report.findings, key=Finding.sort_key):
            severity = Paragraph(f'<font color="{SEVERITY_COLOURS[finding.severity]}">{text(finding.severity.label)}'
                                 "</font>", styles.cell)
            findings.append([severity] + cells((finding.rule, finding.subject_type.label, finding.subject,
                                                finding.message, finding.section)))
        parts.append(table(findings, (11, 9, 10, 34, 74, 22), styles.font))
    else:
        parts.append(Paragraph("没有发现问题。", styles.note))
    return parts


def check_glyphs(report: CheckReport, database: str, font: CjkFont) -> None:
    """Refuse a report whose characters the font cannot draw (they would print as empty boxes)."""
    texts = [database, *(str(value) for finding in report.findings
                         for value in (finding.subject, finding.message, finding.section))]
    missing = font.missing(texts)
    if missing:
        raise HallPlannerError(message("reports", "字体 {font} 没有这些字的字形:{chars};请选择其他字体,未生成 PDF")
                               .format(font=font.family or font.path.name, chars=missing))


def write_findings_pdf(path: Path, report: CheckReport, database: str, font: CjkFont) -> int:
    """Write the report to ``path``, completely or not at all; the number of pages."""
    path = Path(path)
    check_glyphs(report, database, font)
    styles = Styles(font)

    def number_page(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(font.name, 8)
        canvas.setFillColor(colors.HexColor("#666666"))
        canvas.drawString(MARGIN, MARGIN / 2, f"{TITLE}  {database}  {report.as_of.isoformat()}")
        canvas.drawRightString(PAGE[0] - MARGIN, MARGIN / 2, f"第 {document.page} 页")
        canvas.restoreState()

    pages = []

    def write(file) -> None:
        document = SimpleDocTemplate(
            file, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
            title=TITLE, subject=f"{database} {report.as_of.isoformat()}", creator="HallPlanner",
            initialFontName=font.name, initialFontSize=10)
        document.build(story(report, database, styles), onFirstPage=number_page, onLaterPages=number_page)
        pages.append(document.page)

    write_atomically(path, write)
    return pages[0]
