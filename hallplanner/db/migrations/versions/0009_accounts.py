"""Accounts and what each may change, on PostgreSQL: group roles, grants, row-level security.

The work is ``db.access.install``, which reads the tables the database has at the time and is
run again after every later upgrade, so tables that later migrations add are covered too.
Setting up needs the tables' owner with the right to create roles (or a superuser); a login
without it upgrades the schema and leaves access control to ``hallplanner db grant``, run by
one that has it. A no-op on SQLite: a file has no logins.

Revision ID: 0009
Revises: 0008
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from hallplanner.db import access

    connection = op.get_bind()
    if connection.dialect.name == "postgresql" and access.may_install(connection):
        access.install(connection)


def downgrade() -> None:
    from hallplanner.db import access

    connection = op.get_bind()
    if connection.dialect.name == "postgresql" and access.is_installed(connection):
        access.uninstall(connection)
