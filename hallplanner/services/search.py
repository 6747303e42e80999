"""Finding items as planners type: Chinese names, codes and pinyin initials.

Typing ``crj`` finds 出入境 items: every name, category and department is also
indexed by the first letters of its pinyin (pypinyin reads phrases, so 银行
gives ``yh``). Each item has one lower-case search text, so a keystroke is one
substring test per item; filters on department, status and flags narrow the
result. pypinyin loads its phrase dictionary on first use (0.3 s), so it is
imported there and not when the window starts.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from hallplanner.domain.vocabulary import EntryStatus, Level
from hallplanner.services.views import ItemView


@lru_cache(maxsize=200_000)
def pinyin_initials(text: str) -> str:
    """``出入境证件`` → ``crjzj``; characters without pinyin are kept as they are."""
    from pypinyin import Style, lazy_pinyin

    return "".join(lazy_pinyin(text, style=Style.FIRST_LETTER, errors="default")).lower()


@lru_cache(maxsize=200_000)
def pinyin_spelling(text: str) -> str:
    """``厦门市`` → ``xia men shi``: phrase-aware, so place names read as locals say them."""
    from pypinyin import lazy_pinyin

    return " ".join(lazy_pinyin(text, errors="default")).lower()


EXACT = "\x1e"  # encloses the fields that, typed in full, name one item: its codes and its name
OTHER = "\x1f"


def search_text(item: ItemView) -> str:
    """What a keystroke is matched against: codes, name, category, department, and their pinyin initials."""
    words = (item.name, item.category, item.department, item.department_short)
    exact = EXACT.join(("", item.basic_code, item.implementation_code, item.name, ""))
    return (exact + OTHER.join((*words[1:], *(pinyin_initials(word) for word in words if word)))).lower()


def exact_marker(needle: str) -> str:
    """Found in the search text of the items whose code or name is exactly ``needle``: they come first."""
    return f"{EXACT}{needle}{EXACT}"


@dataclass(frozen=True)
class ItemFilter:
    """What the filter bar asks for; ``None`` and ``False`` mean "any"."""

    text: str = ""
    department_id: int | None = None
    status: EntryStatus | None = None
    domain: str | None = None  # of the windows handling the item: 公安事务 …
    level: Level | None = None
    unassigned_only: bool = False
    negative_list: bool = False
    special_sensitive: bool = False
    fully_online: bool = False

    def accepts(self, item: ItemView) -> bool:
        """Everything but the text; the index tests the text."""
        return (
            (self.department_id is None or item.department_id == self.department_id)
            and (self.status is None or item.status == self.status)
            and (self.level is None or item.level == self.level)
            and (self.domain is None or self.domain in item.domains)
            and (not self.unassigned_only or not item.assigned)
            and (not self.negative_list or item.negative_list)
            and (not self.special_sensitive or item.special_sensitive)
            and (not self.fully_online or item.fully_online)
        )

    @property
    def has_facets(self) -> bool:
        return self != ItemFilter(text=self.text)
