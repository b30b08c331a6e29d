"""outbox lease and error code: the write-ahead "sending" state names the process that
sends (a dead sender's entries are taken over at once, and checked on the platform before
any resend), and a failure keeps its error code (the app words it)

Revision ID: e1a7c3d5f902
Revises: 5d2c4e8a9b17
Create Date: 2026-12-02 05:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = "e1a7c3d5f902"
down_revision = "5d2c4e8a9b17"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lease_owner", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("error_code", sa.String(length=40), nullable=True))
        batch_op.create_index("ix_outbox_item", ["item_id", "id"])


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_item")
        batch_op.drop_column("error_code")
        batch_op.drop_column("lease_owner")
