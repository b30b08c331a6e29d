"""item counts per status, platform, account and kind, kept by triggers

Revision ID: b7c1d2e3f4a5
Revises: 6e3111a567cf
Create Date: 2026-11-28 16:40:00
"""
from alembic import op
import sqlalchemy as sa

revision = "b7c1d2e3f4a5"
down_revision = "6e3111a567cf"
branch_labels = None
depends_on = None

_KEY = "status, platform, account_id, kind"


def upgrade() -> None:
    op.create_table(
        "item_counts",
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("platform", sa.String(16), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("status", "platform", "account_id", "kind",
                                name=op.f("pk_item_counts")),
    )
    op.execute(f"INSERT INTO item_counts ({_KEY}, n) SELECT {_KEY}, count(*) FROM items "
               f"GROUP BY {_KEY}")
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_triggers()
    else:
        _postgres_triggers()


def _bump(row: str, delta: str) -> str:
    return (f"INSERT INTO item_counts ({_KEY}, n) VALUES ({row}.status, {row}.platform, "
            f"{row}.account_id, {row}.kind, {delta}) ON CONFLICT ({_KEY}) "
            f"DO UPDATE SET n = item_counts.n + {delta};")


def _sqlite_triggers() -> None:
    op.execute(f"CREATE TRIGGER item_counts_ai AFTER INSERT ON items BEGIN {_bump('new', '1')} END")
    op.execute(f"CREATE TRIGGER item_counts_ad AFTER DELETE ON items BEGIN {_bump('old', '-1')} END")
    op.execute(
        "CREATE TRIGGER item_counts_au AFTER UPDATE OF status, platform, account_id, kind "
        "ON items WHEN old.status IS NOT new.status OR old.account_id IS NOT new.account_id "
        "OR old.kind IS NOT new.kind OR old.platform IS NOT new.platform "
        f"BEGIN {_bump('old', '-1')} {_bump('new', '1')} END")


def _postgres_triggers() -> None:
    op.execute(f"""
        CREATE FUNCTION item_counts_keep() RETURNS trigger AS $$
        BEGIN
          IF TG_OP IN ('UPDATE', 'DELETE') THEN {_bump('OLD', '-1')} END IF;
          IF TG_OP IN ('UPDATE', 'INSERT') THEN {_bump('NEW', '1')} END IF;
          RETURN NULL;
        END $$ LANGUAGE plpgsql
    """)
    op.execute("CREATE TRIGGER item_counts_aiud AFTER INSERT OR DELETE ON items "
               "FOR EACH ROW EXECUTE FUNCTION item_counts_keep()")
    op.execute("CREATE TRIGGER item_counts_au AFTER UPDATE OF status, platform, account_id, kind "
               "ON items FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status "
               "OR OLD.account_id IS DISTINCT FROM NEW.account_id OR OLD.kind IS DISTINCT "
               "FROM NEW.kind OR OLD.platform IS DISTINCT FROM NEW.platform) "
               "EXECUTE FUNCTION item_counts_keep()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS item_counts_aiud ON items")
        op.execute("DROP TRIGGER IF EXISTS item_counts_au ON items")
        op.execute("DROP FUNCTION IF EXISTS item_counts_keep()")
    else:
        for t in ("item_counts_ai", "item_counts_ad", "item_counts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {t}")
    op.drop_table("item_counts")
