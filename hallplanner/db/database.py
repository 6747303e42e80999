"""Opening a database: SQLite files by path, anything else by SQLAlchemy URL.

Opening checks what the target is before SQLAlchemy touches it, so that a missing
file, a file that is not a database, a read-only file or a file written by a newer
HallPlanner each gets one clear message instead of a driver error. A SQLite file
is inspected through a read-only connection first: a file HallPlanner refuses is
left exactly as it was, and only an accepted one is opened for writing (which
switches it to WAL). An older file is upgraded in place after a backup copy is
made with SQLite's backup API. The shipped sample is only ever read.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.exc import DatabaseError as DriverDatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from hallplanner.bundled import is_sample_database
from hallplanner.db import migrations
from hallplanner.db.access import ACCESS_KEY, AccessRefused, current_access, guard_flush, server_actor
from hallplanner.db.changes import ACTOR_KEY, record_changes
from hallplanner.db.filesystems import network_location
from hallplanner.domain.access import Access
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.messages import Message, message

SQLITE_HEADER = b"SQLite format 3\x00"
# Header bytes 18 and 19 (file format write and read versions) are 2 in WAL mode.
WAL_FORMAT = b"\x02"
# Execution option that makes a SQLite transaction take the write lock at BEGIN.
WRITE_OPTION = "hallplanner_write"


@dataclass
class Database:
    """An open database: the engine, a session factory, and where it came from.

    ``notes`` are what the planner should be told once about this database, in
    Chinese, ready to show.
    """

    engine: Engine
    location: str
    readonly: bool = False
    is_bundled_sample: bool = False
    upgraded_from: str | None = None
    backup_path: Path | None = None
    notes: list[Message] = field(default_factory=list)
    # The login and what it may change, as the server said when the plan was opened.
    access: Access = field(default_factory=Access.unrestricted)
    _sessions: sessionmaker = field(init=False, repr=False)
    _writer: Engine = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # Same pool and connections; only the BEGIN differs (see ``sqlite_engine``).
        self._writer = self.engine.execution_options(**{WRITE_OPTION: True})
        event.listen(self._sessions, "after_flush", record_changes)
        event.listen(self._sessions, "before_flush", guard_flush)

    @contextmanager
    def transaction(self, actor: str | None = None) -> Iterator[Session]:
        """A session inside one transaction: committed on success, rolled back on error."""
        if self.is_bundled_sample:
            raise HallPlannerError(message("database", "这是随附的样例数据库,HallPlanner 不修改它,请在它的副本上编辑:{location}")
                                   .format(location=self.location))
        if self.readonly:
            raise HallPlannerError(message("database", "数据库以只读方式打开,不能保存修改:{location}")
                                   .format(location=self.location))
        if not self.access.may_write:
            raise AccessRefused(self.access.plan_refusal())
        with self._sessions(bind=self._writer) as session:
            session.info[ACCESS_KEY] = self.access
            with session.begin():
                # On a server the trail names the login (its policies check that), never the workstation's user.
                session.info[ACTOR_KEY] = (server_actor(session.connection(), actor) if self.is_postgresql
                                           else actor or default_actor())
                yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        with self._sessions() as session:
            yield session

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def is_postgresql(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def close(self) -> None:
        """Close every connection: the last read-write one to a SQLite file checkpoints the
        -wal into the file and removes the -wal and -shm."""
        self.engine.dispose()


def default_actor() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def open_database(
    target: str | Path, *, create: bool = False, readonly: bool = False, upgrade: bool = True
) -> Database:
    """Open ``target`` (a path or an SQLAlchemy URL), bringing its schema up to date.

    ``create`` makes a new, empty database where there is none (or an empty file).
    ``readonly`` opens a SQLite file without writing to it at all (not even its
    journal mode); a file the user cannot write, and the shipped sample, are opened
    that way too.
    ``upgrade=False`` opens an older schema as it is, for inspection.
    """
    target = str(target)
    if "://" not in target:
        return _open_sqlite_file(Path(target), create=create, readonly=readonly, upgrade=upgrade)
    try:
        url = make_url(target)
    except (ArgumentError, ValueError) as exc:  # ValueError: a port that is not a number
        raise HallPlannerError(message("database", "无法识别的数据库地址:{target}")
                               .format(target=without_password(target))) from exc
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        return _open_sqlite_file(Path(url.database), create=create, readonly=readonly, upgrade=upgrade)
    return _open_server(url, create=create, upgrade=upgrade)


def without_password(target: str) -> str:
    """``target`` with the password of a URL's ``user:password@`` part masked, for messages."""
    scheme, separator, rest = target.partition("://")
    credentials, at, place = rest.rpartition("@")
    if not separator or not at or ":" not in credentials:
        return target
    return f"{scheme}://{credentials.split(':', 1)[0]}:***@{place}"


def _open_server(url: URL, *, create: bool, upgrade: bool) -> Database:
    location = url.render_as_string(hide_password=True)
    try:
        engine = create_engine(url, pool_pre_ping=True)
    except (ArgumentError, ModuleNotFoundError) as exc:
        raise HallPlannerError(message("database", "无法使用数据库地址 {location}:{reason}")
                               .format(location=location, reason=exc)) from exc
    db = _checked(Database(engine, location), None, create=create, upgrade=upgrade,
                  failure=message("database", "无法连接数据库"))
    try:
        with db.engine.connect() as connection:
            db.access = current_access(connection)
    except DriverDatabaseError as exc:
        db.close()
        raise HallPlannerError(message("database", "无法连接数据库 {location}:{reason}")
                               .format(location=location, reason=_first_line(exc))) from exc
    return db


def _open_sqlite_file(path: Path, *, create: bool, readonly: bool, upgrade: bool) -> Database:
    path = path.expanduser().resolve()
    if path.is_dir():
        raise HallPlannerError(message("database", "这是一个文件夹,不是数据库文件:{path}").format(path=path))
    if not path.exists():
        if not create:
            raise HallPlannerError(message("database", "数据库文件不存在:{path}").format(path=path))
        if not path.parent.is_dir():
            raise HallPlannerError(message("database", "文件夹不存在,无法创建数据库:{folder}").format(folder=path.parent))
        header = b""
    else:
        header = _read_header(path)
        if not header and not create:
            raise HallPlannerError(message("database", "数据库文件是空的(0 字节),请先用 hallplanner db init 初始化:{path}")
                                   .format(path=path))
    bundled = is_sample_database(path)
    readonly = readonly or bundled or (path.exists() and not _writable(path))

    # Everything that may refuse the file happens before a connection that could write it.
    if header:
        state = _inspect_sqlite(path, header, recover=not readonly)
    else:
        state = migrations.SchemaState(current=None, table_count=0)
    _check_acceptable(state, str(path), create=create, readonly=readonly)

    network = None if readonly else network_location(path)
    engine = sqlite_engine(path, readonly=readonly, journal_mode="DELETE" if network else "WAL")
    db = Database(engine, str(path), readonly=readonly, is_bundled_sample=bundled)
    if network:
        db.notes.append(message(
            "database",
            "数据库文件在网络驱动器上({network}):{path}。网络文件系统不能可靠地提供 SQLite 的 WAL 日志"
            "所需的共享内存,HallPlanner 在这里改用更稳妥的回滚日志。多位规划人员共用一个数据库时,"
            "请使用 PostgreSQL 服务器,不要共用网络驱动器上的文件。").format(network=network, path=path))
    return _checked(db, state, create=create, upgrade=upgrade, failure=message("database", "无法读取数据库文件"))


def _checked(db: Database, state: migrations.SchemaState | None, *, create: bool, upgrade: bool,
             failure: Message) -> Database:
    """``db`` with its schema checked (unless ``state`` was) and brought up to date, or closed and an error."""
    try:
        if state is None:
            state = migrations.schema_state(db.engine)
            _check_acceptable(state, db.location, create=create, readonly=db.readonly)
        _bring_up_to_date(db, state, upgrade=upgrade)
        # The first connection sets the journal mode; if that fails, opening failed.
        db.engine.connect().close()
    except DriverDatabaseError as exc:
        db.close()
        raise HallPlannerError(message("database", "{failure} {location}:{reason}")
                               .format(failure=failure, location=db.location, reason=_first_line(exc))) from exc
    except BaseException:
        db.close()
        raise
    return db


def sqlite_engine(path: Path, *, readonly: bool = False, journal_mode: str = "WAL",
                  immutable: bool = False) -> Engine:
    """An engine on a SQLite file with foreign keys on and transactional DDL.

    pysqlite's own transaction handling issues no BEGIN before DDL, which would let
    a failed migration leave a half-changed schema; SQLAlchemy's documented recipe
    below makes every transaction, DDL included, an explicit BEGIN … COMMIT.
    A connection with the ``WRITE_OPTION`` execution option begins with BEGIN
    IMMEDIATE, taking the write lock at once: a deferred transaction that reads and
    then writes fails at once ("database is locked") when another planner wrote in
    between, where an immediate one waits its turn within the busy timeout.
    ``journal_mode`` is set on every read-write connection: WAL on a local disk,
    the rollback journal (DELETE) where WAL is unsafe. ``immutable`` reads a file
    that nobody has open without any locking.
    """
    # The driver gets the path itself (or a percent-encoded file: URI), never a URL
    # that SQLAlchemy parses: a file name with # or ? must open as itself.
    if readonly:
        uri = f"{path.as_uri()}?mode=ro{'&immutable=1' if immutable else ''}"
    else:
        uri = f"{path.as_uri()}?mode=rwc"
    engine = create_engine("sqlite://", poolclass=QueuePool,
                           creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))

    @event.listens_for(engine, "connect")
    def configure(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None
        # No cursor of our own: one kept alive by a failure's traceback would keep the
        # closed connection, and the file, open (the journal mode may fail to switch).
        dbapi_connection.execute("PRAGMA foreign_keys=ON")
        dbapi_connection.execute("PRAGMA busy_timeout=5000")
        if not readonly:
            dbapi_connection.execute(f"PRAGMA journal_mode={journal_mode}")

    @event.listens_for(engine, "begin")
    def begin(connection) -> None:
        writing = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

    return engine


def _read_header(path: Path) -> bytes:
    """The file's first 100 bytes (empty for an empty file), after checking it is a SQLite file."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except PermissionError as exc:
        raise HallPlannerError(message("database", "没有读取权限:{path}").format(path=path)) from exc
    if header and not header.startswith(SQLITE_HEADER):
        raise HallPlannerError(message("database", "不是 HallPlanner 数据库(不是 SQLite 文件):{path}").format(path=path))
    return header


def _writable(path: Path) -> bool:
    """Whether HallPlanner may write the file and its journal beside it.

    A file without any write permission bit counts as read-only even for an
    administrator, who could write it anyway: the planner marked it so on purpose.
    """
    no_write_bits = path.stat().st_mode & 0o222 == 0
    return not no_write_bits and os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _inspect_sqlite(path: Path, header: bytes, *, recover: bool) -> migrations.SchemaState:
    """The schema state of an existing file, read without writing anything.

    A read-only connection to a WAL file creates empty -wal and -shm files that it
    cannot remove again; when there is no -wal, nobody has the file open and all of
    it is in the main file, which is then read as immutable, leaving no trace.
    A file whose last writer crashed mid-transaction (a hot rollback journal beside
    it) cannot be read read-only at all; when it is to be opened for writing
    anyway, a read-write connection first rolls the torn transaction back, as any
    SQLite program reading it would.
    """
    untouched_wal = header[18:19] == WAL_FORMAT and not _sidecar(path, "-wal").exists()
    engine = sqlite_engine(path, readonly=True, immutable=untouched_wal)
    try:
        return migrations.schema_state(engine)
    except DriverDatabaseError as exc:
        if getattr(exc.orig, "sqlite_errorname", "") != "SQLITE_READONLY_ROLLBACK":
            raise HallPlannerError(message("database", "无法读取数据库文件 {path}:{reason}")
                                   .format(path=path, reason=_first_line(exc))) from exc
        if not recover:
            raise HallPlannerError(message("database", "数据库文件上次未正常关闭,须以可写方式打开一次才能恢复,只读时无法读取:{path}")
                                   .format(path=path)) from exc
        _roll_back_hot_journal(path)
        return _inspect_sqlite(path, header, recover=False)
    finally:
        engine.dispose()


def _roll_back_hot_journal(path: Path) -> None:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        connection.close()


def _check_acceptable(state: migrations.SchemaState, location: str, *, create: bool, readonly: bool) -> None:
    """Refuse a database HallPlanner must not open (and an empty one it cannot initialise)."""
    if state.is_empty:
        if not create:
            raise HallPlannerError(message("database", "不是 HallPlanner 数据库(没有数据表):{location}").format(location=location))
        if readonly:
            raise HallPlannerError(message("database", "数据库文件只读,无法初始化:{location}").format(location=location))
        return
    if state.current is None:
        raise HallPlannerError(message("database", "不是 HallPlanner 数据库(缺少结构版本信息):{location}")
                               .format(location=location))
    if state.is_newer:
        raise HallPlannerError(message(
            "database",
            "此数据库由更新版本的 HallPlanner 写入(结构版本 {current},本程序支持到 {head}),请升级 HallPlanner 后再打开:{location}",
        ).format(current=state.current, head=state.head, location=location))


def _bring_up_to_date(db: Database, state: migrations.SchemaState, *, upgrade: bool) -> None:
    if state.is_empty:
        migrations.create_schema(db._writer)
        return
    if state.is_current or not upgrade:
        return
    if db.readonly:
        raise HallPlannerError(message("database", "数据库需要升级(结构版本 {current} → {head}),但文件只读:{location}")
                               .format(current=state.current, head=state.head, location=db.location))
    if db.is_sqlite:
        path = Path(db.location)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        db.backup_path = path.with_name(f"{path.stem}.before-upgrade-{state.current}-{stamp}{path.suffix}")
        backup_sqlite(path, db.backup_path)
    try:
        migrations.upgrade_to_head(db._writer)
    except (DriverDatabaseError, HallPlannerError) as exc:
        raise HallPlannerError(message("database", "数据库升级失败,文件保持原样(结构版本 {current}):{reason}:{location}")
                               .format(current=state.current, reason=_first_line(exc), location=db.location)) from exc
    db.upgraded_from = state.current


def backup_sqlite(path: Path, destination: Path) -> None:
    """Copy a live SQLite file with the backup API (consistent even mid-write)."""
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    target = sqlite3.connect(destination)
    try:
        with target:
            source.backup(target)
    finally:
        source.close()
        target.close()


def _first_line(exc: Exception) -> str:
    original = getattr(exc, "orig", None) or exc
    return str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__
