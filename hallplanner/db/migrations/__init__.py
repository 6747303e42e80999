"""Schema versions, kept by Alembic from the first schema on.

Migrations run in one transaction. On SQLite they run with foreign keys off:
Alembic's batch mode recreates a table to alter it, and with foreign keys on the
DROP of the old table would cascade-delete every child row. After the migration,
``PRAGMA foreign_key_check`` must come back empty or the whole upgrade rolls back.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from hallplanner.domain.errors import HallPlannerError

MIGRATIONS_DIR = Path(__file__).parent


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str
    known: tuple[str, ...]
    table_count: int

    @property
    def is_empty(self) -> bool:
        return self.table_count == 0

    @property
    def is_current(self) -> bool:
        return self.current == self.head

    @property
    def is_newer(self) -> bool:
        return self.current is not None and self.current not in self.known


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def schema_state(engine: Engine) -> SchemaState:
    scripts = ScriptDirectory.from_config(alembic_config())
    known = tuple(revision.revision for revision in scripts.walk_revisions())
    with engine.connect() as connection:
        table_count = len(inspect(connection).get_table_names())
        current = MigrationContext.configure(connection).get_current_revision()
    return SchemaState(current, scripts.get_current_head(), known, table_count)


def upgrade_to_head(engine: Engine, revision: str = "head") -> None:
    """Migrate to ``revision`` in one transaction (tests name older ones)."""
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
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise HallPlannerError(
                            f"升级后外键检查失败({len(broken)} 行,首个在表 {broken[0][0]}),已撤销升级"
                        )
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys=ON")
