"""Floor plans: a venue's floors, zones on a floor, the floor each window stands on, low counters.

Existing windows are carried over: every venue with windows gets a floor "1层" (level 1), and its
windows stand on it, where their coordinates already put them.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

ZONE_KINDS = ("general", "domain", "dedicated", "waiting", "guidance", "self_service", "back_office", "other")


def versioned() -> sa.Column:
    return sa.Column("version", sa.Integer(), server_default="1", nullable=False)


def upgrade() -> None:
    op.create_table(
        "floors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("venue_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        versioned(),
        sa.ForeignKeyConstraint(["venue_id"], ["venues.id"], name=op.f("fk_floors_venue_id_venues"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_floors")),
        sa.UniqueConstraint("venue_id", "name", name="uq_floors_venue_name"),
    )
    op.create_index(op.f("ix_floors_venue_id"), "floors", ["venue_id"])
    op.create_table(
        "zones",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("floor_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.Enum(*ZONE_KINDS, name="zonekind", native_enum=False, create_constraint=True,
                                  length=32), nullable=False),
        sa.Column("colour", sa.String(length=7), nullable=False),
        sa.Column("polygon", sa.JSON(), nullable=False),
        versioned(),
        sa.ForeignKeyConstraint(["floor_id"], ["floors.id"], name=op.f("fk_zones_floor_id_floors"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_zones")),
    )
    op.create_index(op.f("ix_zones_floor_id"), "zones", ["floor_id"])

    with op.batch_alter_table("windows") as batch:
        batch.add_column(sa.Column("floor_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("low_counter", sa.Boolean(), server_default=sa.false(), nullable=False))
        batch.create_foreign_key(op.f("fk_windows_floor_id_floors"), "floors", ["floor_id"], ["id"],
                                 ondelete="RESTRICT")
        batch.create_index(op.f("ix_windows_floor_id"), ["floor_id"])

    # Every venue's windows on a default ground floor.
    op.execute("INSERT INTO floors (venue_id, name, level)"
               " SELECT DISTINCT venue_id, '1层', 1 FROM windows ORDER BY venue_id")
    op.execute("UPDATE windows SET floor_id = (SELECT floors.id FROM floors WHERE floors.venue_id = windows.venue_id)")


def downgrade() -> None:
    with op.batch_alter_table("windows") as batch:
        batch.drop_index(op.f("ix_windows_floor_id"))
        batch.drop_constraint(op.f("fk_windows_floor_id_floors"), type_="foreignkey")
        batch.drop_column("low_counter")
        batch.drop_column("floor_id")
    op.drop_table("zones")
    op.drop_table("floors")
