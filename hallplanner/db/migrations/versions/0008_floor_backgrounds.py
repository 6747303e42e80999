"""Floor backgrounds: a drawing of each floor (PNG or JPEG, a PDF page rasterised) kept in the plan,
with where it lies and its scale in metres a pixel.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "floor_images",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("media_type", sa.String(length=16), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=255), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_floor_images")),
        sa.UniqueConstraint("sha256", name=op.f("uq_floor_images_sha256")),
    )
    with op.batch_alter_table("floors") as batch:
        batch.add_column(sa.Column("background_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("background_scale", sa.Double(), server_default="0.02", nullable=False))
        batch.add_column(sa.Column("background_x", sa.Double(), server_default="0", nullable=False))
        batch.add_column(sa.Column("background_y", sa.Double(), server_default="0", nullable=False))
        batch.create_foreign_key(op.f("fk_floors_background_id_floor_images"), "floor_images", ["background_id"],
                                 ["id"], ondelete="SET NULL")


def downgrade() -> None:
    with op.batch_alter_table("floors") as batch:
        batch.drop_constraint(op.f("fk_floors_background_id_floor_images"), type_="foreignkey")
        batch.drop_column("background_y")
        batch.drop_column("background_x")
        batch.drop_column("background_scale")
        batch.drop_column("background_id")
    op.drop_table("floor_images")
