"""the database records every write of plan content (triggers on a server): audit rows
per transaction, the rows each write changed, before and after

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 07:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from planner.store.server_side import add_row_audit, drop_row_audit

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit") as batch:
        batch.add_column(sa.Column("xact", sa.BigInteger(), nullable=True))
        batch.add_column(
            sa.Column("by_hand", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.create_index("uq_audit_xact", ["xact"], unique=True)
    op.create_table(
        "audit_rows",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("audit", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["audit"], ["audit.id"], name=op.f("fk_audit_rows_audit_audit"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_rows")),
    )
    op.create_index(op.f("ix_audit_rows_audit"), "audit_rows", ["audit"], unique=False)
    op.create_index("ix_audit_rows_kind_key", "audit_rows", ["kind", "key"], unique=False)
    add_row_audit(op.get_bind())


def downgrade() -> None:
    drop_row_audit(op.get_bind())
    op.drop_index("ix_audit_rows_kind_key", table_name="audit_rows")
    op.drop_index(op.f("ix_audit_rows_audit"), table_name="audit_rows")
    op.drop_table("audit_rows")
    with op.batch_alter_table("audit") as batch:
        batch.drop_index("uq_audit_xact")
        batch.drop_column("by_hand")
        batch.drop_column("xact")
