"""Finding items as planners type: Chinese names, codes and pinyin initials.

Typing ``crj`` finds 出入境 items: every name is also indexed by the first letters
of its pinyin (pypinyin reads phrases, so 银行 gives ``yh``). The index is a list
of lower-case strings, one per item, so a keystroke is one substring test per
item; filters on department, status and flags narrow the result.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from pypinyin import Style, lazy_pinyin

from hallplanner.domain.vocabulary import EntryStatus, Level
from hallplanner.services.catalog import ItemView


@lru_cache(maxsize=200_000)
def pinyin_initials(text: str) -> str:
    """``出入境证件`` → ``crjzj``; characters without pinyin are kept as they are."""
    return "".join(lazy_pinyin(text, style=Style.FIRST_LETTER, errors="default")).lower()


@lru_cache(maxsize=200_000)
def pinyin_spelling(text: str) -> str:
    """``厦门市`` → ``xia men shi``: phrase-aware, so place names read as locals say them."""
    return " ".join(lazy_pinyin(text, errors="default")).lower()


def search_text(item: ItemView) -> str:
    return "\x1f".join((item.name, item.basic_code, item.implementation_code, pinyin_initials(item.name))).lower()


@dataclass(frozen=True)
class ItemFilter:
    """What the filter bar asks for; ``None`` and ``False`` mean "any"."""

    text: str = ""
    department: str | None = None  # full name
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
            (self.department is None or item.department == self.department)
            and (self.status is None or item.status == self.status)
            and (self.level is None or item.level == self.level)
            and (self.domain is None or self.domain in item.domains)
            and (not self.unassigned_only or not item.window_names)
            and (not self.negative_list or item.negative_list)
            and (not self.special_sensitive or item.special_sensitive)
            and (not self.fully_online or item.fully_online)
        )

    @property
    def has_facets(self) -> bool:
        return self != ItemFilter(text=self.text)


class SearchIndex:
    """The searchable text of each item, position for position with ``items``."""

    def __init__(self, items: Sequence[ItemView]) -> None:
        self.texts = [search_text(item) for item in items]

    def replace(self, position: int, item: ItemView) -> None:
        self.texts[position] = search_text(item)

    def append(self, item: ItemView) -> None:
        self.texts.append(search_text(item))

    def remove(self, positions: Sequence[int]) -> None:
        for position in sorted(positions, reverse=True):
            del self.texts[position]

    def matching(self, items: Sequence[ItemView], wanted: ItemFilter, order: Sequence[int]) -> list[int]:
        """Positions of the items that pass ``wanted``, in ``order``."""
        needle = wanted.text.strip().lower()
        texts = self.texts
        positions = [p for p in order if needle in texts[p]] if needle else list(order)
        if wanted.has_facets:
            positions = [p for p in positions if wanted.accepts(items[p])]
        return positions
