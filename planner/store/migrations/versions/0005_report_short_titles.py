"""report lines carry a short title for labels on the timeline

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 06:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        batch.add_column(sa.Column("short_title", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        batch.drop_column("short_title")
