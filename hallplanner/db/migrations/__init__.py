"""Schema versions, kept by Alembic from the first schema on.

A new database gets the declared schema directly and is stamped with the newest
revision, as Alembic recommends for fresh databases; the migrations upgrade
older files. Tables and indexes are created in a fixed order, so that the same
rows always give the same file, byte for byte (the shipped sample is checked so).

Migrations run in one transaction. On SQLite they run with foreign keys off:
Alembic's batch mode recreates a table to alter it, and with foreign keys on the
DROP of the old table would cascade-delete every child row. After the migration,
``PRAGMA foreign_key_check`` must come back empty or the whole upgrade rolls back.

Every open checks the schema version, and Alembic is slow to import (tens of
milliseconds on top of SQLAlchemy); so the check reads ``alembic_version`` with
plain SQL against the revisions listed in ``versions/``, and Alembic is imported
only to change a schema.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.schema import CreateIndex, CreateTable

from hallplanner.db.schema import Base
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.messages import message

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent
VERSION_TABLE = "alembic_version"


def _assigned(source: str, name: str) -> str | None:
    """The string a migration script assigns to ``name`` at top level (``None`` for None)."""
    match = re.search(rf"^{name}\s*(?::[^=\n]*)?=\s*(?:['\"]([^'\"]+)['\"]|None)\s*$", source, re.MULTILINE)
    if match is None:
        raise RuntimeError(f"migration script without a plain {name} assignment")
    return match.group(1)


def _revision_chain() -> tuple[str, ...]:
    """Every revision in ``versions/``, newest first, read from the scripts as text.

    The history is linear; tests check that this is exactly Alembic's own reading.
    """
    child_of = {}
    for script in MIGRATIONS_DIR.glob("versions/*.py"):
        source = script.read_text(encoding="utf-8")
        child_of[_assigned(source, "down_revision")] = _assigned(source, "revision")
    chain = []
    revision = child_of.get(None)
    while revision is not None:
        chain.append(revision)
        revision = child_of.get(revision)
    return tuple(reversed(chain))


REVISIONS = _revision_chain()
HEAD = REVISIONS[0]


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    table_count: int

    @property
    def head(self) -> str:
        return HEAD

    @property
    def is_empty(self) -> bool:
        return self.table_count == 0

    @property
    def is_current(self) -> bool:
        return self.current == HEAD

    @property
    def is_newer(self) -> bool:
        return self.current is not None and self.current not in REVISIONS


def schema_state(engine: Engine) -> SchemaState:
    """What the database holds: how many tables, and which revision it is at."""
    with engine.connect() as connection:
        tables = inspect(connection).get_table_names()
        current = None
        if VERSION_TABLE in tables:
            # More than one row would be a branched history, which HallPlanner never
            # writes: joined, the rows name no known revision and the file is refused.
            rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
            current = "+".join(rows) or None
    return SchemaState(current, len(tables))


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def create_schema(engine: Engine) -> None:
    """The declared schema in an empty database, stamped as the newest revision, in one transaction."""
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        for table in Base.metadata.sorted_tables:
            connection.execute(CreateTable(table))
            # ``table.indexes`` is a set, iterated in a different order in each process.
            for index in sorted(table.indexes, key=lambda index: index.name):
                connection.execute(CreateIndex(index))
        config.attributes["connection"] = connection
        command.stamp(config, "head")
        _refresh_access(connection)


def upgrade_to_head(engine: Engine, revision: str = "head") -> None:
    """Migrate to ``revision`` in one transaction (tests name older ones)."""
    from alembic import command

    config = alembic_config()
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        # The pragma is a no-op inside a transaction, so it goes to the driver directly.
        raw = connection.connection.driver_connection
        if sqlite:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                if revision == "head":
                    _refresh_access(connection)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise HallPlannerError(message("migrations", "升级后外键检查失败({rows} 行,首个在表 {table}),已撤销升级")
                                               .format(rows=len(broken), table=broken[0][0]))
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys=ON")


def _refresh_access(connection) -> None:
    """On PostgreSQL, grants and policies for every table there is now (tables a migration added too).

    Only where this login may set them up; otherwise ``hallplanner db grant`` does it later.
    """
    if connection.dialect.name != "postgresql":
        return
    from hallplanner.db import access

    if access.may_install(connection):
        access.install(connection)
