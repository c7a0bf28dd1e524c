"""effective date may precede adoption (SPEC §4: a decision applying from the start of its year)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 04:30:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_MANDATES = "_mandates_kept"


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":  # a server drops a constraint in place
        op.drop_constraint(op.f("ck_decisions_effective"), "decisions", type_="check")
        return
    # SQLite drops a CHECK constraint only by rebuilding the table. The migration runs in
    # one transaction with foreign keys on, where dropping `decisions` would cascade to
    # its mandates: keep them aside and put them back, keys and all.
    op.execute(f"CREATE TEMPORARY TABLE {_MANDATES} AS SELECT * FROM mandates")
    with op.batch_alter_table("decisions", recreate="always") as batch:
        batch.drop_constraint(op.f("ck_decisions_effective"), type_="check")
    op.execute(
        f"INSERT INTO mandates SELECT * FROM {_MANDATES} WHERE pk NOT IN (SELECT pk FROM mandates)"
    )
    op.execute(f"DROP TABLE {_MANDATES}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.create_check_constraint(
            op.f("ck_decisions_effective"), "decisions", "effective IS NULL OR effective >= adopted"
        )
        return
    op.execute(f"CREATE TEMPORARY TABLE {_MANDATES} AS SELECT * FROM mandates")
    with op.batch_alter_table("decisions", recreate="always") as batch:
        batch.create_check_constraint(
            op.f("ck_decisions_effective"), "effective IS NULL OR effective >= adopted"
        )
    op.execute(
        f"INSERT INTO mandates SELECT * FROM {_MANDATES} WHERE pk NOT IN (SELECT pk FROM mandates)"
    )
    op.execute(f"DROP TABLE {_MANDATES}")
