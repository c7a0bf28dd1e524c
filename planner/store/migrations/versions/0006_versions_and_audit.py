"""records carry a version; audit of edits; offline copies and their operations

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 06:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from planner.store.server_side import add_server_defaults

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_VERSIONED = (
    "plan_info",
    "bodies",
    "session_series",
    "sessions",
    "event_series",
    "events",
    "reports",
    "decisions",
    "tracking",
)


def upgrade() -> None:
    for table in _VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("who", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit")),
    )
    op.create_table(
        "audit_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("audit", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["audit"], ["audit.id"], name=op.f("fk_audit_records_audit_audit"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_records")),
    )
    op.create_index(op.f("ix_audit_records_audit"), "audit_records", ["audit"], unique=False)
    op.create_index("ix_audit_records_kind_key", "audit_records", ["kind", "key"], unique=False)
    op.create_table(
        "offline_copies",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("taken_by", sa.Text(), nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("returned_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("returned_by", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offline_copies")),
    )
    op.create_table(
        "offline_ops",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_offline_ops")),
    )
    add_server_defaults(op.get_bind())


def downgrade() -> None:
    op.drop_table("offline_ops")
    op.drop_table("offline_copies")
    op.drop_index("ix_audit_records_kind_key", table_name="audit_records")
    op.drop_index(op.f("ix_audit_records_audit"), table_name="audit_records")
    op.drop_table("audit_records")
    op.drop_table("audit")
    for table in reversed(_VERSIONED):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
