"""Alembic environment: target metadata from the ORM; the URL comes from the caller or env."""

import os

from alembic import context
from sqlalchemy import create_engine

from moderator.storage import tables  # noqa: F401  (registers the tables)
from moderator.storage.base import Base

config = context.config
connection = config.attributes.get("connection")


def _run(conn) -> None:
    context.configure(
        connection=conn,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
        include_object=_include,
    )
    with context.begin_transaction():
        context.run_migrations()


def _include(obj, name, type_, reflected, compare_to):
    # The full-text search objects (SQLite FTS5 tables, the PostgreSQL GIN expression
    # index) are created by the migration, not the ORM.
    return not (name and name.startswith(("items_fts", "ix_items_fts")))


if connection is not None:
    _run(connection)
else:
    url = os.environ.get("MODERATOR_DATABASE_URL", "sqlite:///moderator-dev.db")
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    with create_engine(url).connect() as conn:
        _run(conn)
        conn.commit()
