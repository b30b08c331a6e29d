"""live assignment: assigning an item (without a note) is a change the live queue sees, so
the colleague it is assigned to finds it under "Mij toegewezen" without reloading

Revision ID: 7c1e5a9d3b20
Revises: 4b7d9e1f2a6c
Create Date: 2026-12-02 09:00:00
"""
from alembic import op

revision = "7c1e5a9d3b20"
down_revision = "4b7d9e1f2a6c"
branch_labels = None
depends_on = None

# The columns of 3f9b6c2d8e41, and now the assignee.
_BEFORE = ("status", "claimed_by", "claim_expires_at", "hidden_on_platform",
           "deleted_on_platform", "text", "purged")
_AFTER = (*_BEFORE, "assigned_to")


def upgrade() -> None:
    _watch(_AFTER)


def downgrade() -> None:
    _watch(_BEFORE)


def _watch(columns: tuple[str, ...]) -> None:
    """Re-create the update trigger of the change log over ``columns``."""
    watched = ", ".join(columns)
    if op.get_bind().dialect.name == "postgresql":
        differs = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in columns)
        op.execute("DROP TRIGGER IF EXISTS item_changes_au ON items")
        op.execute(f"CREATE TRIGGER item_changes_au AFTER UPDATE OF {watched} ON items "
                   f"FOR EACH ROW WHEN ({differs}) EXECUTE FUNCTION item_changes_log()")
        return
    differs = " OR ".join(f"old.{c} IS NOT new.{c}" for c in columns)
    op.execute("DROP TRIGGER IF EXISTS item_changes_au")
    op.execute(f"CREATE TRIGGER item_changes_au AFTER UPDATE OF {watched} ON items "
               f"WHEN {differs} BEGIN INSERT INTO item_changes (item_id) VALUES (new.id); END")
