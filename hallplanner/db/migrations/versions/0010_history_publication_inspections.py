"""History, publication and inspections: edits in the audit trail, the records each row belongs to,
the publication of changed handling places (R13), inspections (R16).

The audit rows written before this revision are gathered into edits as well as they can be: rows
of one actor written within a second of each other were one save. Their context (item, window,
venue, department, staff member) is read from the values they hold.

Revision ID: 0010
Revises: 0009
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

CONTEXT_COLUMNS = {"item_id": "service_items", "window_id": "windows", "venue_id": "venues",
                   "department_id": "departments", "staff_id": "staff"}
SAME_EDIT_SECONDS = 1.0
CHUNK = 5_000


def versioned() -> sa.Column:
    return sa.Column("version", sa.Integer(), server_default="1", nullable=False)


def value_set(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    op.create_table(
        "audit_edits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_edits")),
    )
    op.create_index(op.f("ix_audit_edits_at"), "audit_edits", ["at"])
    with op.batch_alter_table("audit_log") as batch:
        for column in ("edit_id", *CONTEXT_COLUMNS):
            batch.add_column(sa.Column(column, sa.Integer(), nullable=True))
            batch.create_index(op.f(f"ix_audit_log_{column}"), [column])
    op.create_table(
        "publications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("change_key", sa.String(length=32), nullable=False),
        sa.Column("channel", value_set("publicationchannel", "online_hall", "website", "wechat"), nullable=False),
        sa.Column("change_on", sa.Date(), nullable=True),
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.Column("published_by", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        versioned(),
        sa.ForeignKeyConstraint(["item_id"], ["service_items.id"], name=op.f("fk_publications_item_id_service_items"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_publications")),
        sa.UniqueConstraint("item_id", "change_key", "channel", name="uq_publications_change"),
    )
    op.create_index(op.f("ix_publications_item_id"), "publications", ["item_id"])
    op.create_table(
        "inspections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("venue_id", sa.Integer(), nullable=False),
        sa.Column("inspected_on", sa.Date(), nullable=False),
        sa.Column("inspector", sa.String(length=64), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("rectify_by", sa.Date(), nullable=True),
        sa.Column("state", value_set("inspectionstate", "open", "rectified", "clear"), nullable=False),
        sa.Column("rectified_on", sa.Date(), nullable=True),
        versioned(),
        sa.ForeignKeyConstraint(["venue_id"], ["venues.id"], name=op.f("fk_inspections_venue_id_venues"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspections")),
    )
    op.create_index(op.f("ix_inspections_venue_id"), "inspections", ["venue_id"])
    _gather_old_rows(op.get_bind())


def _context(entity: str, entity_id: int, after: dict | None, before: dict | None) -> dict:
    """As ``db.changes.context``: the row's own id, else what it names after the change, else before."""
    found = {}
    for column, owner in CONTEXT_COLUMNS.items():
        value = entity_id if entity == owner else None
        for values in (after, before):
            if value is None and values is not None:
                value = values.get(column)
        found[column] = value if isinstance(value, int) else None
    return found


def _gather_old_rows(connection: sa.Connection) -> None:
    audit = sa.table("audit_log", sa.column("at", sa.DateTime()), *(sa.column(name) for name in (
        "id", "actor", "entity", "entity_id", "before", "after", "edit_id", *CONTEXT_COLUMNS)))
    edits = sa.table("audit_edits", sa.column("id", sa.Integer()), sa.column("at", sa.DateTime()), sa.column("actor"),
                     sa.column("label"))
    item_departments = dict(connection.execute(sa.text("SELECT id, department_id FROM service_items")).all())
    staff_departments = dict(connection.execute(sa.text("SELECT id, department_id FROM staff")).all())
    rows = connection.execute(sa.select(audit.c.id, audit.c.at, audit.c.actor, audit.c.entity, audit.c.entity_id,
                                        audit.c.before, audit.c.after).order_by(audit.c.id)).all()
    last = None  # (edit id, actor, at) of the edit the previous row joined
    updates = []
    for row in rows:
        if last is None or row.actor != last[1] or (row.at - last[2]).total_seconds() > SAME_EDIT_SECONDS:
            new_id = connection.execute(sa.insert(edits).values(at=row.at, actor=row.actor, label="")
                                        .returning(edits.c.id)).scalar_one()
            last = (new_id, row.actor, row.at)
        else:
            last = (last[0], last[1], row.at)
        found = _context(row.entity, row.entity_id, json.loads(row.after) if row.after else None,
                         json.loads(row.before) if row.before else None)
        if found["department_id"] is None:
            found["department_id"] = (item_departments.get(found["item_id"])
                                      or staff_departments.get(found["staff_id"]))
        updates.append({"row_id": row.id, "edit_id": last[0], **found})
    statement = sa.update(audit).where(audit.c.id == sa.bindparam("row_id")).values(
        **{name: sa.bindparam(name) for name in ("edit_id", *CONTEXT_COLUMNS)})
    for start in range(0, len(updates), CHUNK):
        connection.execute(statement, updates[start:start + CHUNK])


def downgrade() -> None:
    op.drop_table("inspections")
    from hallplanner.db import access

    op.drop_table("publications")
    connection = op.get_bind()
    # On a server with accounts the trail's insert policy reads edit_id: it goes first, and comes back without it.
    secured = connection.dialect.name == "postgresql" and access.is_installed(connection)
    if secured:
        connection.exec_driver_sql("DROP POLICY IF EXISTS hallplanner_append ON audit_log")
    with op.batch_alter_table("audit_log") as batch:
        for column in ("edit_id", *CONTEXT_COLUMNS):
            batch.drop_index(op.f(f"ix_audit_log_{column}"))
            batch.drop_column(column)
    op.drop_table("audit_edits")
    if secured:
        access.install(connection)
