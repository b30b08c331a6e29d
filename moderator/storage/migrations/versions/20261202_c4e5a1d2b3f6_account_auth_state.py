"""account auth state: 'reconnect' when a platform login expired or was revoked, and the
date the login itself runs out (tokens stay in the OS keyring, never here)

Revision ID: c4e5a1d2b3f6
Revises: af67a93a6430
Create Date: 2026-12-02 01:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = "c4e5a1d2b3f6"
down_revision = "af67a93a6430"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("auth_state", sa.String(16), nullable=False,
                                      server_default="ok"))
        batch_op.add_column(sa.Column("auth_expires_at", sa.DateTime(timezone=True),
                                      nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_column("auth_expires_at")
        batch_op.drop_column("auth_state")
