"""action from_status: each action records the item's status before it, so an undo
(unhide right after a hide) puts the item back where it was

Revision ID: 5d2c4e8a9b17
Revises: c4e5a1d2b3f6
Create Date: 2026-12-02 02:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = "5d2c4e8a9b17"
down_revision = "c4e5a1d2b3f6"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("from_status", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.drop_column("from_status")
