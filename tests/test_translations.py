"""The translation sources stay complete and in step with the code, and the shipped .qm with them.

lupdate skips without a word a call it cannot read (``self.tr(text)`` with a
variable, an f-string, a keyword argument), so the code is read here as well:
what it marks for translation must be readable by lupdate, and must be in the .ts.
"""

from __future__ import annotations

import ast
import re
import shutil
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from hallplanner.domain.plan_rules import RULES
from hallplanner.domain.vocabulary import DepartmentKind, ItemType
from tools import translations

PACKAGE = translations.PACKAGE
LANGUAGES = translations.LANGUAGES
MARKERS = {"tr", "translate", "QT_TRANSLATE_NOOP", "message"}  # message: hallplanner/domain/messages.py
CHINESE = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")  # ideographs, CJK and full-width punctuation

# Files whose Chinese stays Chinese in every language.
CHINESE_FILES = (
    "gui/platform_check.py",  # before a QApplication exists, a missing display is told on stderr, like the command line
    "domain/regions.py",  # the place names of the sample plan
    "domain/sign_wording.py",  # the words printed on Chinese signs, whatever the interface language
    "db/migrations/versions/",  # the values a schema version stored, as they were
)
# Chinese strings that stay Chinese in every language, file by file.
CHINESE_STRINGS = {
    # Each language is named in itself, and the language menu in both, for whoever cannot read the interface.
    "gui/i18n.py": {"中文"},
    "gui/language_menu.py": {"界面语言 / Language"},
    # The values stored for two value sets, which the provincial platform writes in Chinese (shown: their
    # labels); and reading the sample's source files, which the command line does.
    "domain/vocabulary.py": {*DepartmentKind, *ItemType, "、", "”不是有效的取值,可选:"},
    # Reasons and notes written into the items' history: data, kept in the language of the plan.
    "services/lifecycle.py": {"新增事项", "编辑事项", "原名“", "”", "由", "、", "“", "合并(方案§二(四))", "由“",
                              "”拆分(方案§二(四))"},
    "services/placement.py": {"设为", " 进驻"},
    # The plan's section numbers, which cite the Chinese text.
    "domain/plan_rules.py": {rule.section for rule in RULES.values()},
    "services/importing.py": {"导入事项目录", "导入 ", "原名“", "”(导入)", "、"},
    # The words departments write in their files, which the import reads and the exports write: data.
    "services/exports.py": {"是", "否"},
    "domain/cleaning.py": {"小计", "合计", "总计", "是", "有", "已", "对", "否", "无", "不", "未"},
    # Row counts for the command line's ``db info``.
    "services/summary.py": {"部门", "事项", "场所", "窗口", "人员"},
}
# The staffing rules' sources (data, like an item's plan clause) and weekday names, written as the plan writes them.
CHINESE_STRINGS["domain/staffing.py"] = {"§三(四)1", "§三(四)1(三集中、三到位:通行说法,非方案原文)", "本地做法(非方案要求)",
                                         "一二三四五六日", "周", "至周", "、", "”不是星期的写法(1 为周一,7 为周日)",
                                         "”不是星期的写法(如 12345 或 1-5)"}
CHINESE_STRINGS["services/staffing_views.py"] = {"、"}
# The offices a proposal passes and the amended versions' names and notes: data, in the language of the plan.
CHINESE_STRINGS["services/proposals.py"] = {"省审改办", "审改办", "提出,", "同意", "(调整 ", "调整建议 #"}
CHINESE_STRINGS["domain/negative_list.py"] = {"§三(五)", "、"}
CHECKED = ("gui", "services", "domain", "db", "bundled.py")  # what the GUI shows; the command line speaks Chinese


def python_files(*parts: str) -> list[Path]:
    files = []
    for part in parts:
        path = PACKAGE / part
        files += [path] if path.is_file() else sorted(path.rglob("*.py"))
    return files


def relative(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def marker_calls(tree: ast.Module):
    """Every call of a translation function: (the call, its name, the class it is in)."""
    found = []

    def visit(node: ast.AST, cls: str | None) -> None:
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
            if name in MARKERS:
                found.append((node, name, cls))
        for child in ast.iter_child_nodes(node):
            visit(child, cls)

    visit(tree, None)
    return found


def is_text(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def marked_in_code() -> set[tuple[str, str]]:
    """(context, source text) of every literal the code marks, as lupdate should find it."""
    marked = set()
    for path in python_files("."):
        for call, name, cls in marker_calls(parse(path)):
            if name == "tr" and call.args and is_text(call.args[0]):
                marked.add((cls, call.args[0].value))  # self.tr: the class is the context
            elif name != "tr" and len(call.args) >= 2 and is_text(call.args[0]) and is_text(call.args[1]):
                marked.add((call.args[0].value, call.args[1].value))
    return marked


def ts_messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(context.findtext("name"), message.findtext("source")): message
            for context in root.iter("context") for message in context.iter("message")}


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


# What the code marks.

def unreadable(call: ast.Call, name: str, cls: str | None) -> str | None:
    """Why lupdate would skip this call, or None."""
    if call.keywords:
        return "keyword arguments"
    if name == "tr":
        if cls is None:
            return "tr() outside a class has no context"
        if not (call.args and is_text(call.args[0])):
            return "tr() of a variable or an f-string: mark the text with QT_TRANSLATE_NOOP where it is defined"
    elif name in ("QT_TRANSLATE_NOOP", "message"):
        if len(call.args) != 2 or not all(map(is_text, call.args)):
            return "a context and a text, both string literals"
    elif not is_text(call.args[0]):
        return "translate() with a context that is not a literal"
    elif isinstance(call.args[1], ast.JoinedStr):
        return "translate() of an f-string, which no .ts holds"
    return None  # translate() of a variable: a text marked where it is defined


def test_lupdate_can_read_every_call_that_marks_a_string():
    problems = [f"{relative(path)}:{call.lineno} {ast.unparse(call)}: {problem}"
                for path in python_files(".")
                for call, name, cls in marker_calls(parse(path))
                if not (name == "translate" and len(call.args) < 2)  # str.translate(table)
                for problem in [unreadable(call, name, cls)] if problem]
    assert problems == []


def untranslated_chinese(path: Path) -> list[str]:
    """Chinese string literals in ``path`` that are neither marked for translation nor a docstring."""
    tree = parse(path)
    skipped = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and is_text(body[0].value):
                skipped.add(id(body[0].value))
    for call, name, _cls in marker_calls(tree):
        skipped.update(id(arg) for arg in call.args[:2 if name != "tr" else 1] if is_text(arg))
    allowed = CHINESE_STRINGS.get(relative(path), set())
    return [f"{relative(path)}:{node.lineno} {node.value!r}" for node in ast.walk(tree)
            if is_text(node) and id(node) not in skipped and CHINESE.search(node.value) and node.value not in allowed]


def test_chinese_that_the_gui_shows_is_marked_for_translation():
    unmarked = [problem for path in python_files(*CHECKED) if not relative(path).startswith(CHINESE_FILES)
                for problem in untranslated_chinese(path)]
    assert unmarked == []


# The .ts sources.

@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_the_code_marks_is_in_the_ts(language):
    assert marked_in_code() - set(ts_messages(translations.ts_file(language))) == set()


@pytest.mark.parametrize("language", LANGUAGES)
def test_lupdate_finds_nothing_new_or_gone(tmp_path, language):
    """The .ts is what ``tools/translations.py update`` makes of the code as it is."""
    committed = translations.ts_file(language)
    fresh = tmp_path / committed.name
    shutil.copyfile(committed, fresh)
    translations.update(fresh, language)
    expected, found = set(ts_messages(committed)), set(ts_messages(fresh))
    assert (found - expected, expected - found) == (set(), set()), "run: python tools/translations.py update"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language):
    unfinished = [f"{context}: {source}" for (context, source), message in ts_messages(translations.ts_file(language)).items()
                  if message.find("translation").get("type") or not all(translations_of(message))]
    assert unfinished == []


def placeholders(text: str) -> list[str]:
    """The fields that ``str.format`` fills, Qt's %n, and whether there is a keyboard accelerator."""
    fields = sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)
    return fields + ["%n"] * text.count("%n") + (["&accelerator"] if re.search(r"&[^&\s]", text) else [])


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_accelerators(language):
    """A translation that lost ``{path}`` would fail where it is shown, after the text was translated."""
    different = [f"{context}: {source} → {text}"
                 for (context, source), message in ts_messages(translations.ts_file(language)).items()
                 for text in translations_of(message) if placeholders(text) != placeholders(source)]
    assert different == []


# The compiled .qm files.

@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path, language):
    fresh = tmp_path / "fresh.qm"
    translations.compile_ts(translations.ts_file(language), fresh)
    assert fresh.read_bytes() == translations.qm_file(language).read_bytes(), \
        "run: python tools/translations.py compile"
