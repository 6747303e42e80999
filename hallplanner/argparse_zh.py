"""argparse in Chinese: its own words, and help laid out for Chinese text.

argparse looks each of its messages up through the module-level names ``_`` and
``ngettext`` (gettext's, by default) at the moment it shows them. ``in_chinese``
points those two names at the table below for as long as the command line is
being parsed, then puts gettext's back: nothing else in the process is
translated, and neither the locale nor gettext's global domain is touched.

The keys are argparse's message ids, exactly as they appear in its source; a test
checks that every message the running Python's argparse can show a user is here.
Messages that only a wrongly built parser raises (a programming error) are left out.

argparse also measures text in characters, but a Chinese character takes two
columns on a terminal: ``HelpFormatter`` makes its measures come out in columns.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager

MESSAGES = {
    # help
    "usage: ": "用法:",
    "positional arguments": "位置参数",
    "options": "选项",
    "subcommands": "子命令",
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    " (default: %(default)s)": "(默认 %(default)s)",
    # errors on the command line a user typed
    "%(prog)s: error: %(message)s\n": "%(prog)s:错误:%(message)s\n",
    "%(prog)s: warning: %(message)s\n": "%(prog)s:警告:%(message)s\n",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s:%(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的取值 %(value)r(可选:%(choices)s)",
    "invalid %(type)s value: %(value)r": "无效的值 %(value)r(须为 %(type)s)",
    "the following arguments are required: %s": "缺少必需的参数:%s",
    "one of the arguments %s is required": "参数 %s 须至少给出一个",
    "unrecognized arguments: %s": "无法识别的参数:%s",
    "unexpected option string: %s": "意外的选项:%s",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 不明确,可能是:%(matches)s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "ignored explicit argument %r": "此选项不带值,却给了 %r",
    "expected one argument": "需要一个值",
    "expected at most one argument": "最多接受一个值",
    "expected at least one argument": "至少需要一个值",
    "expected %s argument": "需要 %s 个值",  # ngettext; Chinese has one form for any number
    "unknown parser %(parser_name)r (choices: %(choices)s)": "未知的子命令 %(parser_name)r(可选:%(choices)s)",
    "can't open '%(filename)s': %(error)s": "无法打开“%(filename)s”:%(error)s",
    "argument '%(argument_name)s' is deprecated": "参数“%(argument_name)s”已弃用",
    "option '%(option)s' is deprecated": "选项“%(option)s”已弃用",
    "command '%(parser_name)s' is deprecated": "子命令“%(parser_name)s”已弃用",
}


def _gettext(message: str) -> str:
    return MESSAGES.get(message, message)


def _ngettext(singular: str, plural: str, count: int) -> str:
    return MESSAGES.get(singular, singular if count == 1 else plural)


@contextmanager
def in_chinese() -> Iterator[None]:
    """argparse speaks Chinese inside this block (not thread-safe: parse on one thread)."""
    saved = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = _gettext, _ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"


def _columns(text: str) -> int:
    return sum(2 if _is_wide(char) else 1 for char in text)


# Follows each wide character while argparse measures the usage line and the column
# of arguments, so that its len() counts columns; removed from the finished help.
_SECOND_COLUMN = "\0"


def _in_columns(text: str) -> str:
    return "".join(char + _SECOND_COLUMN if _is_wide(char) else char for char in text)


# What a line may not be broken inside: a Latin word, a code, a path. Any other
# character is a unit of its own, as Chinese text breaks between any two characters.
_WRAP_UNIT = re.compile(r"[!-~]+|\s+|.")


def _wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` columns.

    Chinese punctuation that closes (,。;:)) stays at the end of its line, even
    if that makes the line two columns wider.
    """
    lines: list[str] = []
    line = ""
    for unit in _WRAP_UNIT.findall(" ".join(text.split())):
        closing = len(unit) == 1 and _is_wide(unit) and unicodedata.category(unit) in ("Po", "Pe", "Pf")
        if line and not closing and _columns(line + unit) > width:
            lines.append(line.rstrip())
            line = unit.lstrip()
        else:
            line += unit
    return lines + [line] if line else lines


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Help whose columns line up and whose lines fit the terminal when text is Chinese.

    Descriptions and epilogs keep the line breaks they are written with (they hold
    small tables); argument help is wrapped to the terminal.
    """

    def format_help(self) -> str:
        return super().format_help().replace(_SECOND_COLUMN, "")

    def _format_usage(self, usage, actions, groups, prefix):
        # The prefix's width sets the indent of wrapped usage lines.
        prefix = argparse._("usage: ") if prefix is None else prefix
        return super()._format_usage(usage, actions, groups, _in_columns(prefix))

    def _metavar_formatter(self, action, default_metavar):
        # Metavars make up both the usage line and the column of arguments.
        metavars = super()._metavar_formatter(action, default_metavar)
        return lambda count: tuple(_in_columns(metavar) for metavar in metavars(count))

    def _split_lines(self, text: str, width: int) -> list[str]:
        return _wrap(text, width)
