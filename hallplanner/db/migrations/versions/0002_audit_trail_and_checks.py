"""Audit trail, item status history, and value checks on service items.

The checks are added in batch mode, which on SQLite recreates ``service_items``;
its child rows (handling places) must survive that, which the migration runner
guarantees by running with foreign keys off and checking them afterwards.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

ENTRY_STATUSES = ("planned", "entered", "sub_center", "special_site", "outside")


def entry_status(name: str) -> sa.Enum:
    return sa.Enum(*ENTRY_STATUSES, name=name, native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index(op.f("ix_audit_log_at"), "audit_log", ["at"])

    op.create_table(
        "item_status_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("from_status", entry_status("from_status"), nullable=True),
        sa.Column("to_status", entry_status("to_status"), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["service_items.id"],
            name=op.f("fk_item_status_history_item_id_service_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_status_history")),
    )
    op.create_index(op.f("ix_item_status_history_item_id"), "item_status_history", ["item_id"])

    with op.batch_alter_table("service_items") as batch:
        batch.create_check_constraint("annual_volume_not_negative", "annual_volume >= 0")
        batch.create_check_constraint("avg_minutes_not_negative", "avg_minutes >= 0")
        batch.create_check_constraint("online_depth_range", "online_depth BETWEEN 1 AND 4")


def downgrade() -> None:
    with op.batch_alter_table("service_items") as batch:
        for name in ("online_depth_range", "avg_minutes_not_negative", "annual_volume_not_negative"):
            batch.drop_constraint(op.f(f"ck_service_items_{name}"), type_="check")
    op.drop_table("item_status_history")
    op.drop_table("audit_log")
