"""Cleaning what departments type into their lists: spaces, line breaks, full-width forms, numbers as text.

Plain functions on cell values (``str``, ``int``, ``float`` or ``None``), shared by
every import. A value that cannot be read raises ``ValueError`` with the reason
in Chinese; the caller adds the sheet and row.
"""

from __future__ import annotations

import re
import unicodedata

from hallplanner.domain.messages import message

_SPACES = re.compile(r"\s+")  # Python's \s covers U+3000 (full-width space) and NBSP too
_CJK = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_SPACE_BY_CJK = re.compile(rf"(?<=[{_CJK}])\s+|\s+(?=[{_CJK}])")
_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")
_THOUSANDS = re.compile(r"(?<=\d)[,,'’ ](?=\d{3}(\D|$))")

YES_WORDS = frozenset({"是", "√", "✓", "✔", "y", "yes", "true", "1", "有", "已", "对"})
NO_WORDS = frozenset({"否", "×", "✗", "x", "n", "no", "false", "0", "无", "不", "未"})
SUBTOTAL_WORDS = ("小计", "合计", "总计")
NOT_A_NUMBER = message("cleaning", "不是数字")
NOT_A_COUNT = message("cleaning", "须为不小于 0 的整数")
NOT_A_FLAG = message("cleaning", "应为“是”或“否”")


def clean_text(value: object) -> str:
    """A name or label as one line: line breaks and full-width spaces go; a space stays only between Latin words.

    ``普通护照\\n签发`` → ``普通护照签发``; ``  Wi-Fi   接入 `` → ``Wi-Fi接入``.
    """
    if value.__class__ is str:
        if value.isprintable() and " " not in value:  # the common case: nothing to clean
            return value
        text = value
    elif value is None:
        return ""
    else:
        text = _number_text(value) if isinstance(value, (int, float)) else str(value)
    text = _SPACE_BY_CJK.sub("", text.strip())
    return _SPACES.sub(" ", text)


def clean_code(value: object) -> str:
    """A code as the platform writes it: full-width digits and letters made ASCII, no spaces at all."""
    if value.__class__ is str and value.isascii() and value.isalnum():  # the common case: nothing to clean
        return value
    if value is None:
        return ""
    text = _number_text(value) if isinstance(value, (int, float)) else str(value)
    return _SPACES.sub("", unicodedata.normalize("NFKC", text))


def header_key(value: object) -> str:
    """A column heading as it is compared: no spaces or line breaks, full-width brackets made ASCII, lower case."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", clean_text(value))).lower()


def _number_text(value: int | float) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def parse_count(value: object) -> int | None:
    """A whole, non-negative number however it was typed (``1,350``, ``1350``, ``1 350``, 1350.0); None if empty."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(NOT_A_NUMBER)
    if value.__class__ is int and value >= 0:
        return value
    if isinstance(value, (int, float)):
        if value != value or value < 0 or not float(value).is_integer():
            raise ValueError(NOT_A_COUNT)
        return int(value)
    text = _SPACES.sub(" ", unicodedata.normalize("NFKC", str(value))).strip()
    if not text:
        return None
    text = _THOUSANDS.sub("", text).replace(" ", "")
    if not _NUMBER.fullmatch(text):
        raise ValueError(NOT_A_NUMBER)
    number = float(text)
    if number < 0 or not number.is_integer():
        raise ValueError(NOT_A_COUNT)
    return int(number)


def parse_flag(value: object) -> bool | None:
    """是/否 however it was written (√, ×, Y, N, 1, 0 …); None if empty."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    text = clean_code(value).lower()
    if not text:
        return None
    if text in YES_WORDS:
        return True
    if text in NO_WORDS:
        return False
    raise ValueError(NOT_A_FLAG)


def is_subtotal(texts: list[str]) -> bool:
    """Whether a row is a subtotal or total line (小计, 合计, 总计) rather than an item."""
    return any(text.replace(" ", "").startswith(SUBTOTAL_WORDS) for text in texts if text)
