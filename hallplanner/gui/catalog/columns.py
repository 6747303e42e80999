"""The catalog's columns: what each shows of an item, how it sorts, what its tooltip says.

The context stays "ItemTableModel": the translations were made for the model that shows them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hallplanner.gui.detail.places import entry_text
from hallplanner.gui.i18n import translated
from hallplanner.services.views import ItemView


def _listed(texts: Iterable[str]) -> str:
    return QCoreApplication.translate("ItemTableModel", "、").join(texts)


def _flags(item: ItemView) -> str:
    marks = [
        (item.negative_list, QT_TRANSLATE_NOOP("ItemTableModel", "负面清单")),
        (item.special_sensitive, QT_TRANSLATE_NOOP("ItemTableModel", "特殊敏感")),
        (item.fully_online, QT_TRANSLATE_NOOP("ItemTableModel", "全程网办")),
        (item.jointly_handled, QT_TRANSLATE_NOOP("ItemTableModel", "联办")),
        (item.illustrative, QT_TRANSLATE_NOOP("ItemTableModel", "示例")),
    ]
    return _listed(QCoreApplication.translate("ItemTableModel", label) for present, label in marks if present)


def _windows(item: ItemView) -> str:
    return _listed(item.window_labels)


def _entry_date(item: ItemView) -> str:
    """ISO dates sort by date as text; an item without a fixed date sorts first."""
    day = item.entry_date
    return day.isoformat() if day is not None else ""


# (header, value of the column, whether it sorts as Chinese text); labels are shown, and sorted, translated.
COLUMNS: tuple[tuple[str, Callable[[ItemView], Any], bool], ...] = (
    (QT_TRANSLATE_NOOP("ItemTableModel", "编码"), lambda item: item.basic_code, False),
    (QT_TRANSLATE_NOOP("ItemTableModel", "事项名称"), lambda item: item.name, True),
    (QT_TRANSLATE_NOOP("ItemTableModel", "部门"), lambda item: item.department_short, True),
    (QT_TRANSLATE_NOOP("ItemTableModel", "业务类别"), lambda item: item.category, True),
    (QT_TRANSLATE_NOOP("ItemTableModel", "事项类型"), lambda item: translated(item.item_type.label), True),
    (QT_TRANSLATE_NOOP("ItemTableModel", "状态"), lambda item: translated(item.status.label), True),
    (QT_TRANSLATE_NOOP("ItemTableModel", "年办件量"), lambda item: item.annual_volume, False),
    (QT_TRANSLATE_NOOP("ItemTableModel", "窗口"), _windows, True),
    (QT_TRANSLATE_NOOP("ItemTableModel", "进驻日期"), _entry_date, False),
    (QT_TRANSLATE_NOOP("ItemTableModel", "标记"), _flags, True),
)
NAME_COLUMN, VOLUME_COLUMN, WINDOWS_COLUMN, ENTRY_DATE_COLUMN, FLAGS_COLUMN = 1, 6, 7, 8, 9


def shown_text(item: ItemView, column: int) -> Any:
    """What a cell shows; case volumes with thousands separators as in the venue tree."""
    value = COLUMNS[column][1](item)
    return f"{value:,}" if column == VOLUME_COLUMN else value


def tooltip(item: ItemView, column: int) -> str:
    """The whole of what a narrow column may cut, then where to find the item."""
    shown = COLUMNS[column][1](item)
    lines = [str(shown)] if column in (NAME_COLUMN, WINDOWS_COLUMN, FLAGS_COLUMN) and shown else []
    if column == ENTRY_DATE_COLUMN:
        lines.append(entry_text(item, dt.date.today()))  # planned or entered, or why no date
    lines += [item.name if column != NAME_COLUMN else "", item.department,
              QCoreApplication.translate("ItemTableModel", "实施编码:{}").format(item.implementation_code)]
    return "\n".join(line for line in lines if line)
