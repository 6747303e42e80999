"""Negative list versions, adjustment proposals with their steps (plan §三(五)); regions' division codes.

Existing plans keep their items' negative-list flags; they have no list version until one is
imported. Regions get an empty administrative division code.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

SCOPES = ("centers", "grassroots")
STATES = ("raised", "submitted", "gathered", "approved", "rejected")


def value_set(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def versioned() -> sa.Column:
    return sa.Column("version", sa.Integer(), server_default="1", nullable=False)


def upgrade() -> None:
    with op.batch_alter_table("regions") as batch:
        batch.add_column(sa.Column("code", sa.String(length=12), server_default="", nullable=False))

    op.create_table(
        "negative_list_proposals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("scope", value_set("listscope", *SCOPES), nullable=False),
        sa.Column("action", value_set("proposalaction", "add", "remove"), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("item_name", sa.String(length=200), nullable=False),
        sa.Column("basic_code", sa.String(length=12), nullable=False),
        sa.Column("state", value_set("proposalstate", *STATES), nullable=False),
        sa.Column("illustrative", sa.Boolean(), nullable=False),
        versioned(),
        sa.ForeignKeyConstraint(["department_id"], ["departments.id"],
                                name=op.f("fk_negative_list_proposals_department_id_departments"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["item_id"], ["service_items.id"],
                                name=op.f("fk_negative_list_proposals_item_id_service_items"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_negative_list_proposals")),
    )
    op.create_index(op.f("ix_negative_list_proposals_department_id"), "negative_list_proposals", ["department_id"])
    op.create_index(op.f("ix_negative_list_proposals_item_id"), "negative_list_proposals", ["item_id"])

    op.create_table(
        "negative_list_proposal_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.Column("state", value_set("proposalstate", *STATES), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("person", sa.String(length=64), nullable=False),
        sa.Column("office", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("attachments", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["proposal_id"], ["negative_list_proposals.id"],
                                name=op.f("fk_negative_list_proposal_steps_proposal_id_negative_list_proposals"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_negative_list_proposal_steps")),
    )
    op.create_index(op.f("ix_negative_list_proposal_steps_proposal_id"), "negative_list_proposal_steps",
                    ["proposal_id"])

    op.create_table(
        "negative_list_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("scope", value_set("listscope", *SCOPES), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("document", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("based_on_id", sa.Integer(), nullable=True),
        sa.Column("proposal_id", sa.Integer(), nullable=True),
        sa.Column("illustrative", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        versioned(),
        sa.ForeignKeyConstraint(["based_on_id"], ["negative_list_versions.id"],
                                name=op.f("fk_negative_list_versions_based_on_id_negative_list_versions"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["proposal_id"], ["negative_list_proposals.id"],
                                name=op.f("fk_negative_list_versions_proposal_id_negative_list_proposals"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_negative_list_versions")),
    )
    op.create_index(op.f("ix_negative_list_versions_effective_on"), "negative_list_versions", ["effective_on"])
    op.create_index(op.f("ix_negative_list_versions_proposal_id"), "negative_list_versions", ["proposal_id"])

    op.create_table(
        "negative_list_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("basic_code", sa.String(length=12), nullable=False),
        sa.Column("department", sa.String(length=128), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["version_id"], ["negative_list_versions.id"],
                                name=op.f("fk_negative_list_entries_version_id_negative_list_versions"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_negative_list_entries")),
    )
    op.create_index(op.f("ix_negative_list_entries_version_id"), "negative_list_entries", ["version_id"])


def downgrade() -> None:
    op.drop_table("negative_list_entries")
    op.drop_table("negative_list_versions")
    op.drop_table("negative_list_proposal_steps")
    op.drop_table("negative_list_proposals")
    with op.batch_alter_table("regions") as batch:
        batch.drop_column("code")
