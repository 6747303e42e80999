"""Copying a whole plan from one database to another (a SQLite file onto a server and back).

Every table is copied, the audit trail and the history included, with its ids. The
source is read in one snapshot (a single read transaction), table by table in
batches, so a plan of any size passes through a bounded amount of memory (only the
small regions table, which refers to itself, is read whole to put parents first); the
destination is written in one transaction, so it ends up either with the whole
plan, checked table by table against the source's counts, or exactly as it was.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Row, Table, func, select, text

from hallplanner.db import access, migrations
from hallplanner.db.database import Database, open_database
from hallplanner.db.schema import Base
from hallplanner.domain.errors import HallPlannerError, PlanExists
from hallplanner.domain.messages import Message, message

BATCH = 5_000

# Called after each batch with the rows copied so far and the rows to copy in all;
# it may raise to cancel the copy (the destination is then left as it was).
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class CopyResult:
    source: str
    destination: str
    counts: dict[str, int]  # rows copied, by table name, every table checked against the source
    replaced: bool  # the destination held a plan, emptied first (``force``)
    # Department logins on the server whose department (by full name) the new plan does not have:
    # they keep their role but no department, so they can change nothing until granted one again.
    logins_without_department: tuple[str, ...] = ()

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def copy_plan(source: str | Path, destination: str | Path, *, force: bool = False,
              progress: Progress | None = None) -> CopyResult:
    """Copy the plan at ``source`` to ``destination`` (paths or SQLAlchemy URLs).

    A destination that does not exist yet, or holds no tables, gets the schema first.
    Both sides must be at this program's schema version. A destination that already
    holds rows is refused unless ``force``, which empties it in the copy's transaction.
    """
    source_db = open_database(source, readonly=True, upgrade=False)
    try:
        return copy_from(source_db, destination, force=force, progress=progress)
    finally:
        source_db.close()


def copy_from(source_db: Database, destination: str | Path, *, force: bool = False,
              progress: Progress | None = None) -> CopyResult:
    """``copy_plan`` from a database already open (the plan on show), which stays open."""
    require_current(source_db, message("transfer", "源数据库"))
    destination_file = _file_path(destination)
    created = destination_file is not None and not destination_file.exists()
    target_db = open_database(destination, create=True, upgrade=False)
    try:
        if source_db.location == target_db.location or _same_server_database(source_db, target_db):
            raise HallPlannerError(message("transfer", "源数据库和目标数据库是同一个:{location}")
                                   .format(location=target_db.location))
        require_current(target_db, message("transfer", "目标数据库"))
        counts, replaced, orphaned = _copy(source_db, target_db, force=force, progress=progress)
    except BaseException:
        target_db.close()
        if created:
            _remove_sqlite_file(destination_file)
        raise
    target_db.close()
    return CopyResult(source_db.location, target_db.location, counts, replaced, orphaned)


def copy_rows(source: Database, target: Database, progress: Progress | None = None) -> dict[str, int]:
    """Copy every row of ``source`` into the empty ``target``, in one transaction."""
    return _copy(source, target, force=False, progress=progress)[0]


def _copy(source: Database, target: Database, *, force: bool,
          progress: Progress | None) -> tuple[dict[str, int], bool, tuple[str, ...]]:
    tables = Base.metadata.sorted_tables
    with snapshot(source) as reading, target.transaction() as session:
        writing = session.connection()
        expected = {table.name: reading.scalar(select(func.count()).select_from(table)) for table in tables}
        if writing.dialect.name == "postgresql" and not access.owns_tables(writing):
            raise HallPlannerError(message("transfer", "只有数据表的所有者(或超级用户)可以替换或填入服务器上的规划,"
                                                       "{login} 不是,未作改动:{location}")
                                   .format(login=writing.scalar(text("SELECT session_user::text")),
                                           location=target.location))
        logins = access.login_departments(writing)
        replaced = make_room(writing, target.location, force=force)
        total, done = sum(expected.values()), 0
        if progress:
            progress(0, total)
        for table in tables:
            for batch in _batches(reading, table):
                _write(writing, table, batch)
                done += len(batch)
                if progress:
                    progress(done, total)
        reset_id_sequences(writing, tables)
        copied = {table.name: writing.scalar(select(func.count()).select_from(table)) for table in tables}
        for name, count in expected.items():
            if copied[name] != count:
                raise HallPlannerError(message("transfer", "复制后表 {table} 的行数不符(源 {expected} 行,目标 {copied} 行),"
                                                           "已撤销,目标数据库未作改动:{location}")
                                       .format(table=name, expected=count, copied=copied[name], location=target.location))
        orphaned = access.restore_login_departments(writing, logins)
    return copied, replaced, orphaned


def _same_server_database(source: Database, target: Database) -> bool:
    """Whether two server databases are one, however their addresses are spelled (127.0.0.1 and
    localhost): a lock the source takes is one the target cannot (advisory locks are per database)."""
    if not (source.is_postgresql and target.is_postgresql):
        return False
    key = secrets.randbits(63)
    with source.engine.connect() as holding, target.engine.connect() as probing:
        holding.scalar(text("SELECT pg_advisory_lock(:key)"), {"key": key})
        try:
            free = probing.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": key})
            if free:
                probing.scalar(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
        finally:
            holding.scalar(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
        holding.rollback()
        probing.rollback()
    return not free


@contextmanager
def snapshot(db: Database) -> Iterator[Connection]:
    """One read transaction on ``db``: every table read as of the same moment, even while others write."""
    with db.engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            connection = connection.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
        with connection.begin():
            yield connection


def _batches(reading: Connection, table: Table) -> Iterator[Sequence[Row]]:
    """The rows of ``table`` in id order, ``BATCH`` at a time (a server-side cursor on PostgreSQL).

    A table that refers to itself (regions: a parent region) lists each parent before
    the rows that name it, as the destination checks each reference on insert.
    """
    query = select(table).order_by(table.c.id)
    if _refers_to_itself(table):
        ordered = _parents_first(reading.execute(query).all(), _self_reference(table))
        for start in range(0, len(ordered), BATCH):
            yield ordered[start : start + BATCH]
        return
    yield from reading.execution_options(yield_per=BATCH).execute(query).partitions()


def _write(writing: Connection, table: Table, rows: Sequence[Row]) -> None:
    """Insert ``rows`` (whole rows, columns in the table's order) through the driver itself.

    The driver is given what an INSERT through SQLAlchemy would give it: each column
    type's own conversion (an enum to its stored value, a date to SQLite's text, JSON
    to text) runs first. PostgreSQL takes the rows by COPY, SQLite by executemany.
    """
    dialect = writing.dialect
    convert = [column.type.dialect_impl(dialect).bind_processor(dialect) for column in table.columns]
    values = ([value if conversion is None or value is None else conversion(value)
               for conversion, value in zip(convert, row)] for row in rows)
    quote = dialect.identifier_preparer.quote
    columns = ", ".join(quote(column.name) for column in table.columns)
    driver = writing.connection.driver_connection
    if dialect.name == "postgresql":
        with driver.cursor() as cursor, cursor.copy(f"COPY {quote(table.name)} ({columns}) FROM STDIN") as copy:
            for row in values:
                copy.write_row(row)
    else:
        marks = ", ".join("?" for _ in table.columns)
        driver.executemany(f"INSERT INTO {quote(table.name)} ({columns}) VALUES ({marks})", values)


def _refers_to_itself(table: Table) -> bool:
    return any(key.column.table is table for key in table.foreign_keys)


def _self_reference(table: Table) -> str:
    return next(key.parent.name for key in table.foreign_keys if key.column.table is table)


def _parents_first(rows: Sequence[Row], parent_column: str) -> list[Row]:
    by_id = {row.id: row for row in rows}
    ordered: list[Row] = []
    placed: set[int] = set()
    for row in rows:
        chain = []
        while row is not None and row.id not in placed:
            chain.append(row)
            placed.add(row.id)
            row = by_id.get(getattr(row, parent_column))
        ordered.extend(reversed(chain))
    return ordered


def make_room(writing: Connection, location: str, *, force: bool) -> bool:
    """Check that the destination holds no plan, or with ``force`` empty it; whether it held one."""
    tables = Base.metadata.sorted_tables
    occupied = [table.name for table in tables if writing.scalar(select(func.count()).select_from(table))]
    if occupied and not force:
        raise PlanExists(message("transfer", "目标数据库已有数据(表 {table} 等 {count} 个表),未作改动:{location}"
                                             "(要用新内容替换它的全部内容,请加 --force)")
                         .format(table=occupied[0], count=len(occupied), location=location))
    if occupied:
        clear_tables(writing)
    return bool(occupied)


def clear_tables(connection: Connection) -> None:
    """Delete every row of every plan table (children first), inside the caller's transaction."""
    if connection.dialect.name == "postgresql":
        names = ", ".join(table.name for table in Base.metadata.sorted_tables)
        connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY"))
        return
    for table in reversed(Base.metadata.sorted_tables):
        if _refers_to_itself(table):
            # The references go first: SQLite checks a RESTRICT reference row by row, mid-statement.
            connection.execute(table.update().values({_self_reference(table): None}))
        connection.execute(table.delete())


def reset_id_sequences(connection: Connection, tables: list[Table]) -> None:
    """On PostgreSQL, make each id sequence continue after the ids just written (rows came with theirs)."""
    if connection.dialect.name != "postgresql":
        return  # SQLite gives a new row max(id) + 1 by itself
    for table in tables:
        connection.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), max(id)) "
                                f"FROM {table.name} HAVING max(id) IS NOT NULL"))


def require_current(db: Database, side: Message) -> None:
    """Refuse a database at another schema version than this program's (an older one is not upgraded here)."""
    state = migrations.schema_state(db.engine)
    if not state.is_current:
        raise HallPlannerError(message("transfer", "{side}的结构版本是 {current},本程序的是 {head},未作改动:{location}"
                                                   "(请先用 hallplanner db upgrade 升级它,或换一个数据库)")
                               .format(side=side, current=state.current, head=state.head, location=db.location))


def _file_path(target: str | Path) -> Path | None:
    target = str(target)
    if "://" in target:
        return None
    return Path(target).expanduser().resolve()


def _remove_sqlite_file(path: Path) -> None:
    """A destination file this copy created and could not fill goes again (with its journal files)."""
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
                     path.with_name(path.name + "-journal")):
        leftover.unlink(missing_ok=True)
