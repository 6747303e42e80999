"""Floor-plan checks: a floor's minimum public-route width, and whether a window carries its accessibility sign.

``floors.route_width`` is empty for the preset (``domain.floorplan_checks.DEFAULT_ROUTE_WIDTH``);
``windows.accessibility_sign`` starts false everywhere: whether a low counter's sign is up is a fact
the planner records, so existing low counters are reported until it is.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("floors") as batch:
        batch.add_column(sa.Column("route_width", sa.Double(), nullable=True))
    with op.batch_alter_table("windows") as batch:
        batch.add_column(sa.Column("accessibility_sign", sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("windows") as batch:
        batch.drop_column("accessibility_sign")
    with op.batch_alter_table("floors") as batch:
        batch.drop_column("route_width")
