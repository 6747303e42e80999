"""The plan over time: places open and close on dates, kept places carry a reason, deadlines.

Entered items' center places open on the day they entered (their status history says when);
closed venues keep no date (closed since before the plan recorded dates). The plan's own
deadlines are written for the home region: city items enter by 2023-12-31 (§三(一)),
sub-centers are set up by 2023-11-30 (§三(二)1).

Revision ID: 0004
Revises: 0003
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

KEEP_REASONS = ("large_volume", "joint_items", "named_by_plan")


def upgrade() -> None:
    with op.batch_alter_table("departments") as batch:
        batch.add_column(sa.Column("centrally_managed", sa.Boolean(), server_default=sa.false(), nullable=False))
    with op.batch_alter_table("venues") as batch:
        batch.add_column(sa.Column("opens_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("closes_on", sa.Date(), nullable=True))
    with op.batch_alter_table("handling_places") as batch:
        batch.add_column(sa.Column("opens_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("closes_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column(
            "keep_reason",
            sa.Enum(*KEEP_REASONS, name="keepreason", native_enum=False, create_constraint=True, length=32),
            nullable=True))
        batch.add_column(sa.Column("keep_note", sa.Text(), server_default="", nullable=False))
    deadlines = op.create_table(
        "deadlines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("region_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Enum("city", "district", "town", "village", name="level", native_enum=False,
                                   create_constraint=True, length=32), nullable=False),
        sa.Column("kind", sa.Enum("enter", "sub_center", name="deadlinekind", native_enum=False,
                                  create_constraint=True, length=32), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("plan_ref", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(["region_id"], ["regions.id"], name=op.f("fk_deadlines_region_id_regions"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deadlines")),
        sa.UniqueConstraint("region_id", "level", "kind", name="uq_deadlines_region_level_kind"),
    )
    connection = op.get_bind()
    # Entered items entered on the day of their last step to "entered".
    connection.execute(sa.text("""
        UPDATE handling_places SET opens_on = (
            SELECT MAX(h.changed_at) FROM item_status_history h
            WHERE h.item_id = handling_places.item_id AND h.to_status = 'entered')
        WHERE role = 'main'
          AND venue_id IN (SELECT id FROM venues WHERE kind IN ('city_center', 'district_center'))
          AND item_id IN (SELECT id FROM service_items WHERE status = 'entered')"""))
    if connection.dialect.name == "sqlite":  # MAX(changed_at) is a timestamp text: keep its date
        connection.execute(sa.text("UPDATE handling_places SET opens_on = substr(opens_on, 1, 10) "
                                   "WHERE opens_on IS NOT NULL"))
    home = connection.execute(sa.text(
        "SELECT id FROM regions WHERE parent_id IS NULL ORDER BY id LIMIT 1")).scalar()
    if home is not None:
        op.bulk_insert(deadlines, [
            {"region_id": home, "level": "city", "kind": "enter", "due_on": dt.date(2023, 12, 31),
             "plan_ref": "§三(一)", "version": 1},
            {"region_id": home, "level": "city", "kind": "sub_center", "due_on": dt.date(2023, 11, 30),
             "plan_ref": "§三(二)1", "version": 1},
        ])


def downgrade() -> None:
    op.drop_table("deadlines")
    with op.batch_alter_table("handling_places") as batch:
        for column in ("keep_note", "keep_reason", "closes_on", "opens_on"):
            batch.drop_column(column)
    with op.batch_alter_table("venues") as batch:
        batch.drop_column("closes_on")
        batch.drop_column("opens_on")
    with op.batch_alter_table("departments") as batch:
        batch.drop_column("centrally_managed")
