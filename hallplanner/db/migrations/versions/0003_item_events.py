"""Item lifecycle log: new, delete, merge, split and rename (plan §二(四)).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "item_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column(
            "operation",
            sa.Enum("new", "delete", "merge", "split", "rename", name="itemoperation", native_enum=False,
                    create_constraint=True, length=32),
            nullable=False,
        ),
        sa.Column("sources", sa.Text(), nullable=False),
        sa.Column("results", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_events")),
    )
    op.create_index(op.f("ix_item_events_at"), "item_events", ["at"])


def downgrade() -> None:
    op.drop_table("item_events")
