"""Staffing: authorization as data, posts per window and session (A/B), qualifications, opening hours,
the 三集中、三到位 checklist, staffing settings.

Existing staff rows are carried over: a person's window becomes an A post in every session of its
venue; a non-empty authorization text becomes a written authorization covering all of the
department's items, dated from the person's start date, and the text is kept as the person's note.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def value_set(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def versioned() -> sa.Column:
    return sa.Column("version", sa.Integer(), server_default="1", nullable=False)


def upgrade() -> None:
    op.create_table(
        "opening_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("venue_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("days", sa.String(length=7), nullable=False),
        sa.Column("opens", sa.Time(), nullable=False),
        sa.Column("closes", sa.Time(), nullable=False),
        versioned(),
        sa.CheckConstraint("opens < closes", name=op.f("ck_opening_sessions_session_opens_before_it_closes")),
        sa.ForeignKeyConstraint(["venue_id"], ["venues.id"], name=op.f("fk_opening_sessions_venue_id_venues"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opening_sessions")),
    )
    op.create_index(op.f("ix_opening_sessions_venue_id"), "opening_sessions", ["venue_id"])

    op.create_table(
        "staff_posts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("window_id", sa.Integer(), nullable=False),
        sa.Column("post", value_set("post", "a", "b"), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        versioned(),
        sa.ForeignKeyConstraint(["session_id"], ["opening_sessions.id"],
                                name=op.f("fk_staff_posts_session_id_opening_sessions"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_staff_posts_staff_id_staff"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["window_id"], ["windows.id"], name=op.f("fk_staff_posts_window_id_windows"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_posts")),
    )
    for column in ("session_id", "staff_id", "window_id"):
        op.create_index(op.f(f"ix_staff_posts_{column}"), "staff_posts", [column])

    for table, parent, column, parent_table in (
        ("staff_qualifications", "staff_id", "qualification", "staff"),
        ("item_qualifications", "item_id", "qualification", "service_items"),
        ("staff_authorized_items", "staff_id", "item_id", "staff"),
    ):
        second = (sa.Column("item_id", sa.Integer(), nullable=False) if column == "item_id"
                  else sa.Column(column, sa.String(length=64), nullable=False))
        constraints = [
            sa.ForeignKeyConstraint([parent], [f"{parent_table}.id"], name=op.f(f"fk_{table}_{parent}_{parent_table}"),
                                    ondelete="CASCADE"),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
            sa.UniqueConstraint(parent, column, name=op.f(f"uq_{table}_{parent.removesuffix('_id')}")),
        ]
        if column == "item_id":
            constraints.append(sa.ForeignKeyConstraint(["item_id"], ["service_items.id"],
                                                       name=op.f(f"fk_{table}_item_id_service_items"),
                                                       ondelete="CASCADE"))
        op.create_table(table, sa.Column("id", sa.Integer(), nullable=False),
                        sa.Column(parent, sa.Integer(), nullable=False), second, *constraints)
        op.create_index(op.f(f"ix_{table}_{parent}"), table, [parent])
        if column == "item_id":
            op.create_index(op.f(f"ix_{table}_item_id"), table, ["item_id"])

    op.create_table(
        "department_checklist",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("point", value_set("checklistpoint", "whole_section", "functions", "section", "online", "entry",
                                     "authorization", "supervision"), nullable=False),
        sa.Column("state", value_set("checkliststate", "done", "partial", "todo"), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        versioned(),
        sa.ForeignKeyConstraint(["department_id"], ["departments.id"],
                                name=op.f("fk_department_checklist_department_id_departments"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_department_checklist")),
        sa.UniqueConstraint("department_id", "point", name=op.f("uq_department_checklist_department")),
    )
    op.create_index(op.f("ix_department_checklist_department_id"), "department_checklist", ["department_id"])

    op.create_table(
        "staffing_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in (
            "rep_rotation_years", "window_rotation_years", "rotation_notice_days", "target_wait_s")),
        *(sa.Column(name, sa.Double(), nullable=False) for name in ("service_level", "shrinkage", "peak_factor")),
        sa.Column("working_days", sa.Integer(), nullable=False),
        sa.Column("online_onsite_share", sa.Double(), nullable=False),
        sa.Column("reference_date", sa.Date(), nullable=True),
        versioned(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staffing_settings")),
    )

    # Carry the staff over: windows become A posts, authorization text becomes data.
    op.execute("INSERT INTO staff_posts (staff_id, window_id, post, session_id)"
               " SELECT id, window_id, 'a', NULL FROM staff WHERE window_id IS NOT NULL ORDER BY id")
    with op.batch_alter_table("staff") as batch:
        batch.add_column(sa.Column("authorization_written", sa.Boolean(), server_default=sa.false(), nullable=False))
        batch.add_column(sa.Column("authorization_date", sa.Date(), nullable=True))
        batch.add_column(sa.Column("authorization_coverage",
                                   value_set("authorizationcoverage", "none", "all", "listed", "category"),
                                   server_default="none", nullable=False))
        batch.add_column(sa.Column("authorization_category", sa.String(length=64), server_default="", nullable=False))
        batch.add_column(sa.Column("note", sa.Text(), server_default="", nullable=False))
    written = "TRIM(authorization_scope) <> ''"
    op.execute(f"UPDATE staff SET authorization_written = {written}, authorization_date = start_date,"
               f" authorization_coverage = 'all', note = authorization_scope WHERE {written}")
    with op.batch_alter_table("staff") as batch:
        batch.drop_constraint(op.f("fk_staff_window_id_windows"), type_="foreignkey")
        batch.drop_column("window_id")
        batch.drop_column("authorization_scope")
        for column in ("authorization_category", "note"):  # the defaults only filled the rows there were
            batch.alter_column(column, server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("staff") as batch:
        batch.add_column(sa.Column("authorization_scope", sa.Text(), server_default="", nullable=False))
        batch.add_column(sa.Column("window_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(op.f("fk_staff_window_id_windows"), "windows", ["window_id"], ["id"],
                                 ondelete="SET NULL")
    op.execute("UPDATE staff SET authorization_scope = note, window_id = (SELECT min(window_id) FROM staff_posts"
               " WHERE staff_posts.staff_id = staff.id AND post = 'a')")
    with op.batch_alter_table("staff") as batch:
        for column in ("note", "authorization_category", "authorization_coverage", "authorization_date",
                       "authorization_written"):
            batch.drop_column(column)
    for table in ("staffing_settings", "department_checklist", "staff_authorized_items", "item_qualifications",
                  "staff_qualifications", "staff_posts", "opening_sessions"):
        op.drop_table(table)
