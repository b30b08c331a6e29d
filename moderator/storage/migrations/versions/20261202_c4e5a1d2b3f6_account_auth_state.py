"""account auth state: 'reconnect' when a platform login expired or was revoked, and the
date the login itself runs out (tokens stay in the OS keyring, never here)

Revision ID: c4e5a1d2b3f6
Revises: 95f1ab37f556
Create Date: 2026-12-02 01:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = "c4e5a1d2b3f6"
down_revision = "95f1ab37f556"
branch_labels = None
depends_on = None


# Plain ADD/DROP COLUMN (SQLite >= 3.35 has both): no table rebuild, so the accounts
# table that threads and items reference is never dropped and recreated.
def upgrade() -> None:
    op.add_column("accounts", sa.Column("auth_state", sa.String(16), nullable=False,
                                        server_default="ok"))
    op.add_column("accounts", sa.Column("auth_expires_at", sa.DateTime(timezone=True),
                                        nullable=True))


def downgrade() -> None:
    op.drop_column("accounts", "auth_expires_at")
    op.drop_column("accounts", "auth_state")
