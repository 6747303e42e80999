"""The audit trail: every flushed insert, update and delete of an editable row.

One listener on the session factory records changes for every path that edits
through the ORM (GUI, command line, import), so no caller can forget it. Bulk
loads through Core (the sample builder, the generator) are not user edits and
are not audited row by row.
"""

from __future__ import annotations

import datetime as dt
import enum
import json

from sqlalchemy import insert, inspect
from sqlalchemy.orm import Session

from hallplanner.db.schema import AuditEntry, Versioned, utc_now


def _plain(value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _values(obj: Versioned, *, before: bool = False) -> dict[str, object]:
    state = inspect(obj)
    values = {}
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        if before and history.deleted:
            values[attr.key] = _plain(history.deleted[0])
        else:
            values[attr.key] = _plain(getattr(obj, attr.key))
    return values


def _json(values: dict[str, object] | None) -> str | None:
    return None if values is None else json.dumps(values, ensure_ascii=False, sort_keys=True)


def record_changes(session: Session, _flush_context: object) -> None:
    """``after_flush`` hook: the session still knows what the flush changed."""
    rows = []
    for action, objects in (("insert", session.new), ("update", session.dirty), ("delete", session.deleted)):
        for obj in objects:
            if not isinstance(obj, Versioned):
                continue
            if action == "update" and not session.is_modified(obj, include_collections=False):
                continue
            after = None if action == "delete" else _values(obj)
            before = None if action == "insert" else _values(obj, before=action == "update")
            rows.append(
                {
                    "at": utc_now(),
                    "actor": session.info.get("actor", ""),
                    "action": action,
                    "entity": obj.__tablename__,
                    "entity_id": inspect(obj).identity[0] if action == "delete" else obj.id,
                    "before": _json(before),
                    "after": _json(after),
                }
            )
    if rows:
        session.connection().execute(insert(AuditEntry), rows)
