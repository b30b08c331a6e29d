"""item changes: a short log of which items other processes changed, for the live queue
(SQLite apps poll it when PRAGMA data_version moves; PostgreSQL triggers also NOTIFY)

Revision ID: 3f9b6c2d8e41
Revises: 2cd76c94efa0
Create Date: 2026-12-02 05:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = "3f9b6c2d8e41"
down_revision = "2cd76c94efa0"
branch_labels = None
depends_on = None

# What a moderator sees change on a row: status, claim, platform state, text.
_WATCHED = ("status", "claimed_by", "claim_expires_at", "hidden_on_platform",
            "deleted_on_platform", "text", "purged")
# Every 1,000th change trims the log to its last 10,000; a reader further behind than
# that reloads everything (moderator/storage/change_repo.py).
_KEEP, _TRIM_EVERY = 10_000, 1_000
CHANNEL = "moderator_changes"  # moderator/storage/watch.py listens on it


def upgrade() -> None:
    op.create_table(
        "item_changes",
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
                  primary_key=True, autoincrement=True),
        sa.Column("item_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
                  nullable=False),  # no foreign key: a deleted item is a change too
    )
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_triggers()
    else:
        _postgres_triggers()


def _sqlite_triggers() -> None:
    log = "INSERT INTO item_changes (item_id) VALUES ({row}.item_id);"
    differs = " OR ".join(f"old.{c} IS NOT new.{c}" for c in _WATCHED)
    op.execute(f"CREATE TRIGGER item_changes_au AFTER UPDATE OF {', '.join(_WATCHED)} ON items "
               f"WHEN {differs} BEGIN INSERT INTO item_changes (item_id) VALUES (new.id); END")
    op.execute("CREATE TRIGGER item_changes_ad AFTER DELETE ON items "
               "BEGIN INSERT INTO item_changes (item_id) VALUES (old.id); END")
    # Inserted items need no row: readers compare max(items.id) (ingest stays trigger-free).
    for table, event in (("actions", "INSERT"), ("notes", "INSERT"), ("outbox", "INSERT"),
                         ("outbox", "UPDATE OF state")):
        name = f"item_changes_{table}_{event.split()[0].lower()}"
        op.execute(f"CREATE TRIGGER {name} AFTER {event} ON {table} "
                   f"BEGIN {log.format(row='new')} END")
    op.execute(f"CREATE TRIGGER item_changes_trim AFTER INSERT ON item_changes "
               f"WHEN new.seq % {_TRIM_EVERY} = 0 BEGIN "
               f"DELETE FROM item_changes WHERE seq <= new.seq - {_KEEP}; END")


def _postgres_triggers() -> None:
    op.execute(f"""
        CREATE FUNCTION item_changes_log() RETURNS trigger AS $$
        DECLARE
          changed bigint;
        BEGIN
          IF TG_TABLE_NAME = 'items' THEN
            changed := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
          ELSE
            changed := NEW.item_id;
          END IF;
          INSERT INTO item_changes (item_id) VALUES (changed);
          PERFORM pg_notify('{CHANNEL}', '');
          RETURN NULL;
        END $$ LANGUAGE plpgsql
    """)
    op.execute(f"""
        CREATE FUNCTION item_changes_trim() RETURNS trigger AS $$
        BEGIN
          DELETE FROM item_changes WHERE seq <= NEW.seq - {_KEEP};
          RETURN NULL;
        END $$ LANGUAGE plpgsql
    """)
    op.execute(f"CREATE TRIGGER item_changes_trim AFTER INSERT ON item_changes FOR EACH ROW "
               f"WHEN (NEW.seq % {_TRIM_EVERY} = 0) EXECUTE FUNCTION item_changes_trim()")
    # New items: one notification per statement (identical ones fold within a transaction).
    op.execute(f"""
        CREATE FUNCTION item_changes_notify() RETURNS trigger AS $$
        BEGIN
          PERFORM pg_notify('{CHANNEL}', '');
          RETURN NULL;
        END $$ LANGUAGE plpgsql
    """)
    differs = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in _WATCHED)
    op.execute(f"CREATE TRIGGER item_changes_au AFTER UPDATE OF {', '.join(_WATCHED)} ON items "
               f"FOR EACH ROW WHEN ({differs}) EXECUTE FUNCTION item_changes_log()")
    op.execute("CREATE TRIGGER item_changes_ad AFTER DELETE ON items "
               "FOR EACH ROW EXECUTE FUNCTION item_changes_log()")
    op.execute("CREATE TRIGGER item_changes_ai AFTER INSERT ON items "
               "FOR EACH STATEMENT EXECUTE FUNCTION item_changes_notify()")
    for table, event in (("actions", "INSERT"), ("notes", "INSERT"),
                         ("outbox", "INSERT OR UPDATE OF state")):
        op.execute(f"CREATE TRIGGER item_changes_{table} AFTER {event} ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION item_changes_log()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, table in (("item_changes_au", "items"), ("item_changes_ad", "items"),
                            ("item_changes_ai", "items"), ("item_changes_actions", "actions"),
                            ("item_changes_notes", "notes"), ("item_changes_outbox", "outbox"),
                            ("item_changes_trim", "item_changes")):
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS item_changes_log()")
        op.execute("DROP FUNCTION IF EXISTS item_changes_notify()")
        op.execute("DROP FUNCTION IF EXISTS item_changes_trim()")
    else:
        for name in ("item_changes_au", "item_changes_ad", "item_changes_actions_insert",
                     "item_changes_notes_insert", "item_changes_outbox_insert",
                     "item_changes_outbox_update", "item_changes_trim"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("item_changes")
