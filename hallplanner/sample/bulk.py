"""Writing a whole new database in one go, for the sample builder and the generator."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, insert

from hallplanner.db import access
from hallplanner.db.database import Database, open_database
from hallplanner.db.schema import Base
from hallplanner.db.transfer import make_room, require_current, reset_id_sequences
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.messages import message


@contextmanager
def new_sqlite_file(destination: Path) -> Iterator[Database]:
    """A fresh database written beside ``destination`` and moved over it only when complete.

    A failed build leaves whatever was at ``destination`` untouched. The finished
    file is compacted and left in rollback-journal mode: one self-contained file.
    """
    destination = destination.expanduser().resolve()
    if not destination.parent.is_dir():
        raise HallPlannerError(f"文件夹不存在:{destination.parent}")
    partial = destination.with_name(destination.name + ".partial")
    for leftover in _sqlite_files(partial):
        leftover.unlink(missing_ok=True)
    db = open_database(partial, create=True)
    try:
        yield db
        with db.engine.connect() as connection:
            raw = connection.connection.driver_connection
            raw.execute("PRAGMA journal_mode=DELETE")
            raw.execute("VACUUM")
        db.close()
        os.replace(partial, destination)
    finally:
        db.close()
        for leftover in _sqlite_files(partial):
            leftover.unlink(missing_ok=True)


def _sqlite_files(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def write_new_database(destination: str | Path, rows: Mapping[str, list[dict]], actor: str, *,
                       force: bool = False, chunk: int = 20_000,
                       then: Callable[[Database], None] | None = None) -> None:
    """A new plan at ``destination`` holding ``rows`` (table name → rows), parents first.

    ``destination`` is a file, or a server's URL: there the database gets the schema
    if it has none, and a plan already in it is refused, or with ``force`` replaced in
    the same transaction. Bulk INSERTs through Core-speed executemany: no ORM objects,
    no audit rows. ``then`` runs on the new plan afterwards (edits that belong in the
    history); a file is moved into place only after it.
    """
    if "://" not in str(destination):
        with new_sqlite_file(Path(destination)) as db:
            with db.transaction(actor=actor) as session:
                _insert(session.connection(), rows, chunk)
            if then is not None:
                then(db)
        return
    db = open_database(destination, create=True, upgrade=False)
    try:
        require_current(db, message("sample", "目标数据库"))
        with db.transaction(actor=actor) as session:
            connection = session.connection()
            logins = access.login_departments(connection)
            make_room(connection, db.location, force=force)
            _insert(connection, rows, chunk)
            reset_id_sequences(connection, Base.metadata.sorted_tables)
            access.restore_login_departments(connection, logins)
        if then is not None:
            then(db)
    finally:
        db.close()


def _insert(connection: Connection, rows: Mapping[str, list[dict]], chunk: int) -> None:
    for table in Base.metadata.sorted_tables:
        table_rows = rows.get(table.name, [])
        for start in range(0, len(table_rows), chunk):
            connection.execute(insert(table), table_rows[start : start + chunk])
