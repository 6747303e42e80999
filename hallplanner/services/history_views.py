"""The history's plain rows (no SQLAlchemy: the GUI imports them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hallplanner.domain.messages import Message, message

# The records a history can be asked for, and the audit trail's column that names them.
RECORD_COLUMNS = {"item": "item_id", "window": "window_id", "venue": "venue_id", "department": "department_id",
                  "staff": "staff_id"}
ACTIONS = {"insert": message("history", "新增"), "update": message("history", "修改"),
           "delete": message("history", "删除")}
EMPTY = "—"


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of a row, before and after, as the planner reads it ("—" where empty)."""

    label: Message
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class RowHistory:
    """What one edit did to one record."""

    kind: Message  # 事项, 窗口, 办理地点 …
    record: str  # the record's name: "公安局 A01 公安事务综合窗口"
    action: Message  # 新增, 修改, 删除
    fields: tuple[FieldChange, ...]


@dataclass(frozen=True, slots=True)
class EditHistory:
    """One edit: when, who, what the undo stack called it, and the rows it changed (the first ones)."""

    edit_id: int
    at: dt.datetime  # UTC, as the audit trail keeps it
    actor: str
    label: str
    rows: tuple[RowHistory, ...]
    row_count: int  # all the rows of the edit the query asked for; ``rows`` may hold fewer

    @property
    def local_time(self) -> dt.datetime:
        return self.at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


@dataclass(frozen=True)
class HistoryQuery:
    """Which edits to show: of one record (``record``: kind and id) or of the whole plan; by whom,
    from and until which day (local dates), touching which department; a page of them."""

    record: tuple[str, int] | None = None
    actor: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    department_id: int | None = None
    limit: int = 100
    offset: int = 0
    rows_per_edit: int = 50


@dataclass(frozen=True)
class EditPage:
    edits: list[EditHistory]
    more: bool  # further (older) edits match
