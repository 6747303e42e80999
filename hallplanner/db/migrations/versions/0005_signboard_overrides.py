"""Signboard overrides: a planner's own wording for a board's main line (plan §三(二)2, §三(三)2).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signboard_overrides",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "board_kind",
            sa.Enum("subcenter", "extension", "window", "sensitive", name="boardkind", native_enum=False,
                    create_constraint=True, length=32),
            nullable=False,
        ),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=200), nullable=False),
        sa.Column("changed_by", sa.String(length=64), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signboard_overrides")),
        sa.UniqueConstraint("board_kind", "subject_id", name="uq_signboard_overrides_board"),
    )


def downgrade() -> None:
    op.drop_table("signboard_overrides")
