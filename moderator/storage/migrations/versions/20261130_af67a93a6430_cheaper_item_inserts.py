"""cheaper item inserts: no unused text_hash index, claimed_by indexed only where set,
SQLite item counts kept per ingest batch instead of per row

Revision ID: af67a93a6430
Revises: b7c1d2e3f4a5
Create Date: 2026-11-30 02:10:00
"""
from alembic import op
import sqlalchemy as sa

revision = "af67a93a6430"
down_revision = "b7c1d2e3f4a5"
branch_labels = None
depends_on = None

_KEY = "status, platform, account_id, kind"


def upgrade() -> None:
    with op.batch_alter_table("items", schema=None) as batch_op:
        # No query filters on text_hash (it is a score-cache key read with the row).
        batch_op.drop_index("ix_items_text_hash")
        # Almost every item is unclaimed: a partial index costs an insert nothing and
        # still serves "claimed by me" (claimed_by = ? implies NOT NULL).
        batch_op.drop_index("ix_items_claimed_by")
        batch_op.create_index("ix_items_claimed_by", ["claimed_by"], unique=False,
                              sqlite_where=sa.text("claimed_by IS NOT NULL"),
                              postgresql_where=sa.text("claimed_by IS NOT NULL"))
    if op.get_bind().dialect.name == "sqlite":
        # Like the FTS index, ingest adds a whole batch's counts in one statement
        # (storage/ingest_repo.py); the per-row trigger cost a fifth of an insert.
        # Updates and deletes keep their triggers.
        op.execute("DROP TRIGGER item_counts_ai")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            f"CREATE TRIGGER item_counts_ai AFTER INSERT ON items BEGIN "
            f"INSERT INTO item_counts ({_KEY}, n) VALUES (new.status, new.platform, "
            f"new.account_id, new.kind, 1) ON CONFLICT ({_KEY}) "
            f"DO UPDATE SET n = item_counts.n + 1; END")
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.drop_index("ix_items_claimed_by")
        batch_op.create_index("ix_items_claimed_by", ["claimed_by"], unique=False)
        batch_op.create_index("ix_items_text_hash", ["text_hash"], unique=False)
