"""scores remember the language of the item, so each language's own model can score it

Revision ID: 95f1ab37f556
Revises: af67a93a6430
Create Date: 2026-12-02 01:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = "95f1ab37f556"
down_revision = "af67a93a6430"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # NULL for scores from before language routing: they are redone once a language model is
    # installed (see ScoresRepository.unscored), because the item may be in that language.
    with op.batch_alter_table("scores", schema=None) as batch_op:
        batch_op.add_column(sa.Column("language", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("scores", schema=None) as batch_op:
        batch_op.drop_column("language")
