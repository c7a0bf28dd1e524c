"""sessions carry their format, source and notes; series and events their source

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 05:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_ADDED = {
    "sessions": ("format", "source", "notes"),
    "session_series": ("source",),
    "events": ("source",),
    "event_series": ("source",),
}


def upgrade() -> None:
    for table, columns in _ADDED.items():
        with op.batch_alter_table(table) as batch:
            for column in columns:
                kind = sa.String() if column == "format" else sa.Text()
                batch.add_column(sa.Column(column, kind, nullable=False, server_default=""))


def downgrade() -> None:
    for table, columns in _ADDED.items():
        with op.batch_alter_table(table) as batch:
            for column in reversed(columns):
                batch.drop_column(column)
